#include "noise/NoiseUnitsText.h"

#include <fmt/format.h>

namespace pgd {

std::string noiseUnitsText(NoiseParams raw, NoiseParams normalised, int digits) {
  return fmt::format("a_raw={:.{}g} b_raw={:.{}g} (raw units), a_norm={:.{}g} b_norm={:.{}g} "
                     "(normalised)",
                     raw.a, digits, raw.b, digits, normalised.a, digits, normalised.b, digits);
}

} // namespace pgd
