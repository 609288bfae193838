#include "store/ModelName.h"
#include "job/Error.h"

#include <gtest/gtest.h>

namespace pgd {
namespace {

TEST(ModelName, OneRuleForEveryFrontEnd) {
  EXPECT_TRUE(isValidModelName("cells-2024_01.v2"));
  EXPECT_FALSE(isValidModelName(""));
  EXPECT_FALSE(isValidModelName(".hidden"));
  EXPECT_FALSE(isValidModelName("a b"));
  EXPECT_FALSE(isValidModelName("../escape"));
  EXPECT_TRUE(isValidModelName(std::string(kMaxModelNameLength, 'a')));
  EXPECT_FALSE(isValidModelName(std::string(kMaxModelNameLength + 1, 'a')));
  try {
    checkModelName("bad/name");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Usage);
    EXPECT_EQ(std::string(e.what()),
              "model name 'bad/name': use 1 to 128 letters, digits, '-', '_' and '.' (not first)");
  }
}

TEST(ModelName, AnyTextBecomesAValidName) {
  EXPECT_EQ(modelNameFrom("my cells (1)"), "my_cells__1_");
  EXPECT_EQ(modelNameFrom("..hidden stack"), "hidden_stack");
  EXPECT_EQ(modelNameFrom("Zellen-Ä"), "Zellen-__"); // UTF-8 bytes become '_'
  EXPECT_EQ(modelNameFrom(""), "model");
  EXPECT_EQ(modelNameFrom("..."), "model");
  const std::string longName = modelNameFrom(std::string(300, 'x'));
  EXPECT_EQ(longName.size(), kMaxModelNameLength);
  for (const char* text : {"a b", "...x", "ü", "x/y\\z", ""})
    EXPECT_TRUE(isValidModelName(modelNameFrom(text))) << text;
}

} // namespace
} // namespace pgd
