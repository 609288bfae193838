// parseLevels: typed clean levels are read strictly, sorted and deduplicated; typos are named.
#include "display/LevelsText.h"
#include "job/Error.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace pgd {
namespace {

std::string messageOf(const std::string& text) {
  try {
    parseLevels(text);
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Usage);
    return e.what();
  }
  return {};
}

TEST(LevelsText, ReadsNumbersSeparatedByCommasSemicolonsAndBlanks) {
  EXPECT_EQ(parseLevels("0.6, 0.1;0.3\t1e-2 +0.2"),
            (std::vector<double>{0.01, 0.1, 0.2, 0.3, 0.6}));
}

TEST(LevelsText, BlankTextMeansAutomaticLevels) {
  EXPECT_TRUE(parseLevels("").empty());
  EXPECT_TRUE(parseLevels(" ,; \n").empty());
}

TEST(LevelsText, DuplicatesAreDrawnOnce) {
  EXPECT_EQ(parseLevels("0.5 0.50 .5"), (std::vector<double>{0.5}));
}

TEST(LevelsText, NegativeLevelsAreKeptForImagesWithAnOffset) {
  EXPECT_EQ(parseLevels("-0.1,0.2"), (std::vector<double>{-0.1, 0.2}));
}

TEST(LevelsText, ATypoIsNamedInsteadOfDropped) {
  const std::string message = messageOf("0.1, 0.3x, 0.5");
  EXPECT_NE(message.find("'0.3x' is not a number"), std::string::npos) << message;
  EXPECT_EQ(message.find('\n'), std::string::npos);
}

TEST(LevelsText, NonFiniteValuesAreRefused) {
  EXPECT_NE(messageOf("nan").find("'nan'"), std::string::npos);
  EXPECT_NE(messageOf("inf").find("'inf'"), std::string::npos);
  EXPECT_NE(messageOf("1e999").find("'1e999'"), std::string::npos);
}

TEST(LevelsText, ALongOrBinaryTokenStaysOneShortLine) {
  const std::string message = messageOf(std::string(500, 'x') + "\x01");
  EXPECT_LT(message.size(), 160u);
  const std::string control = messageOf("a\x01"
                                        "b");
  EXPECT_NE(control.find("'a?b'"), std::string::npos) << control;
}

TEST(LevelsText, TooManyLevelsAreRefused) {
  std::string text;
  for (int i = 0; i <= kMaxTypedLevels; ++i)
    text += std::to_string(i) + " ";
  EXPECT_NE(messageOf(text).find("at most"), std::string::npos);
  text = "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 1"; // many typed, two distinct
  EXPECT_EQ(parseLevels(text).size(), 2u);
}

} // namespace
} // namespace pgd
