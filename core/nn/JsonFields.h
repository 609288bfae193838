#pragma once
// Whole numbers read from JSON that people or other programs wrote (model.json, training
// settings). nlohmann's get<int>() on a number outside int's range, such as 1e40, is undefined
// behaviour (found by fuzzing; docs/FUZZING.md), so every integer field is read through here:
// a whole number within [min, max], given as an integer or as an integral float, or Error(Model)
// naming the field. Pure functions; safe from any thread.
#include "job/Error.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <type_traits>

namespace pgd {

template <typename Int>
Int jsonInteger(const nlohmann::json& value, const std::string& field,
                Int min = std::numeric_limits<Int>::min(),
                Int max = std::numeric_limits<Int>::max()) {
  static_assert(std::is_integral_v<Int>);
  bool ok = false;
  Int result = 0;
  if (value.is_number_unsigned()) {
    const auto v = value.get<std::uint64_t>();
    ok = v <= static_cast<std::uint64_t>(max) && (min <= 0 || v >= static_cast<std::uint64_t>(min));
    result = ok ? static_cast<Int>(v) : 0;
  } else if (value.is_number_integer()) { // signed
    const auto v = value.get<std::int64_t>();
    if constexpr (std::is_signed_v<Int>)
      ok = v >= static_cast<std::int64_t>(min) && v <= static_cast<std::int64_t>(max);
    else
      ok = v >= 0 && static_cast<std::uint64_t>(v) >= min && static_cast<std::uint64_t>(v) <= max;
    result = ok ? static_cast<Int>(v) : 0;
  } else if (value.is_number_float()) {
    // Written by hand as 128.0, or by a program that only has doubles: integral values count.
    const double v = value.get<double>();
    ok = std::isfinite(v) && v == std::floor(v) && v >= static_cast<double>(min) &&
         v <= static_cast<double>(max) && std::abs(v) < 9.2e18; // 9.2e18: int64's edge
    result = ok ? static_cast<Int>(v) : 0;
  }
  if (!ok) {
    // The value as written (cut short), and the range only where it is narrower than the type's.
    std::string written = value.is_number() ? value.dump() : value.type_name();
    if (value.is_string())
      written = value.dump().substr(0, 24);
    const bool ranged =
        min != std::numeric_limits<Int>::min() || max != std::numeric_limits<Int>::max();
    throw Error(ErrorKind::Model,
                field + ": expected a whole number" +
                    (ranged ? " from " + std::to_string(min) + " to " + std::to_string(max) : "") +
                    ", not " + written);
  }
  return result;
}

// The field `key` of `object` read with jsonInteger, or `fallback` when the field is absent.
template <typename Int>
Int jsonIntegerOr(const nlohmann::json& object, const char* key, Int fallback,
                  const std::string& context, Int min = std::numeric_limits<Int>::min(),
                  Int max = std::numeric_limits<Int>::max()) {
  const auto it = object.find(key);
  if (it == object.end())
    return fallback;
  return jsonInteger<Int>(*it, context + key, min, max);
}

} // namespace pgd
