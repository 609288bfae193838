#include "image/Normalization.h"

#include <gtest/gtest.h>

#include <vector>

using pgd::Normalization;

TEST(Normalization, EightBitUsesPaperScale) {
  pgd::ImageStack s(1, 4, 4, 10.0f);
  s.metadata().sourceType = pgd::PixelType::UInt8;
  const Normalization n = Normalization::fromData(s);
  EXPECT_DOUBLE_EQ(n.scale, 255.0);
  EXPECT_DOUBLE_EQ(n.offset, 0.0);
}

TEST(Normalization, SixteenBitUsesRobustRange) {
  pgd::ImageStack s(1, 100, 100);
  for (std::size_t i = 0; i < s.size(); ++i)
    s.values()[i] = 100.0f + float(i % 1000);
  s.metadata().sourceType = pgd::PixelType::UInt16;
  const Normalization n = Normalization::fromData(s);
  EXPECT_NEAR(n.offset, 101.0, 2.0);
  EXPECT_NEAR(n.scale, 998.0, 3.0);
}

TEST(Normalization, RawUnitConversionMatchesVarianceAlgebra) {
  // With raw = s*x + o and var_n = a x + b: var_raw = s^2 (a (raw-o)/s + b) = s a raw + s^2 b - s a
  // o.
  Normalization n{4000.0, 100.0};
  const pgd::NoiseParams norm{0.02, 0.001};
  const pgd::NoiseParams raw = n.toRaw(norm);
  for (double x : {0.0, 0.3, 1.0}) {
    const double varN = norm.a * x + norm.b;
    const double rawX = n.toRawValue(x);
    EXPECT_NEAR(raw.a * rawX + raw.b, n.scale * n.scale * varN, 1e-6);
  }
  const pgd::NoiseParams back = n.toNormalisedParams(raw);
  EXPECT_NEAR(back.a, norm.a, 1e-12);
  EXPECT_NEAR(back.b, norm.b, 1e-12);
}

TEST(Normalization, ConstantImageDoesNotDivideByZero) {
  pgd::ImageStack s(1, 8, 8, 42.0f);
  s.metadata().sourceType = pgd::PixelType::UInt16;
  const Normalization n = Normalization::fromData(s);
  EXPECT_GT(n.scale, 0.0);
}

TEST(Normalization, StacksMapToNormalisedUnitsAndBack) {
  const Normalization n{1000.0, 100.0};
  pgd::ImageStack raw(2, 3, 4);
  for (std::size_t i = 0; i < raw.size(); ++i)
    raw.values()[i] = 100.0f + 37.0f * float(i);
  raw.metadata().sourcePath = "cells.tif";
  const pgd::ImageStack normalised = n.normalised(raw);
  EXPECT_EQ(normalised.metadata().sourcePath, "cells.tif");
  for (std::size_t i = 0; i < raw.size(); ++i)
    EXPECT_FLOAT_EQ(normalised.values()[i], float(n.toNormalised(raw.values()[i])));
  std::vector<float> back(raw.size());
  n.toRawValues(normalised.values().data(), back.size(), back.data());
  for (std::size_t i = 0; i < raw.size(); ++i)
    EXPECT_NEAR(back[i], raw.values()[i], 1e-3);
}

TEST(Normalization, IntegerTypesClipAtTheirRangeAndFloatsDoNot) {
  const Normalization n{1000.0, 100.0};
  const pgd::ClipLevels u16 = pgd::clipLevelsOf(pgd::PixelType::UInt16, n);
  EXPECT_DOUBLE_EQ(u16.low, n.toNormalised(0.0));
  EXPECT_DOUBLE_EQ(u16.high, n.toNormalised(65535.0));
  const pgd::ClipLevels u8 = pgd::clipLevelsOf(pgd::PixelType::UInt8, {255.0, 0.0});
  EXPECT_DOUBLE_EQ(u8.low, 0.0);
  EXPECT_DOUBLE_EQ(u8.high, 1.0);
  const pgd::ClipLevels f32 = pgd::clipLevelsOf(pgd::PixelType::Float32, n);
  EXPECT_EQ(f32.low, -pgd::kNoClipLevel);
  EXPECT_EQ(f32.high, pgd::kNoClipLevel);
}
