// The training reader's memory budget (core/image/BudgetedStackReader.h): stacks that fit are read
// whole; larger ones give a random subset of their frames, within the budget, at least one per
// file, the same for the same seed.
#include "TempDir.h"

#include "image/BudgetedStackReader.h"
#include "image/StackWriter.h"

#include <gtest/gtest.h>

#include <set>
#include <vector>

namespace pgd::test {
namespace {

// frames x h x w with every frame different (frame f holds 1000 * f + pixel index).
ImageStack distinctFrames(int frames, int h, int w) {
  ImageStack s(frames, h, w);
  for (int f = 0; f < frames; ++f)
    for (std::size_t i = 0; i < s.frameSize(); ++i)
      s.frame(f)[i] = float(1000 * f + int(i % 997));
  return s;
}

std::vector<float> frameOf(const ImageStack& s, int f) {
  return {s.frame(f), s.frame(f) + s.frameSize()};
}

TEST(BudgetedStackReader, ReadsEverythingWithinTheBudget) {
  TempDir dir;
  writeImageStack(distinctFrames(6, 16, 16), dir / "a.tif");
  const BudgetedStacks all = readStacksWithinBudget({dir / "a.tif"}, 6 * 16 * 16 * 4, 1);
  ASSERT_EQ(all.stacks.size(), 1u);
  EXPECT_EQ(all.stacks[0].frames(), 6);
  EXPECT_EQ(all.framesRead, 6);
  EXPECT_TRUE(all.stacks[0].metadata().warnings.empty());
}

TEST(BudgetedStackReader, LargerStacksGiveARandomSubsetWithinTheBudget) {
  TempDir dir;
  const ImageStack a = distinctFrames(20, 16, 16), b = distinctFrames(3, 32, 32);
  writeImageStack(a, dir / "a.tif");
  writeImageStack(b, dir / "b.tif");
  const std::size_t budget = 8 * 16 * 16 * 4 + 32 * 32 * 4; // 8 small frames and 1 large
  const BudgetedStacks got = readStacksWithinBudget({dir / "a.tif", dir / "b.tif"}, budget, 7);
  EXPECT_EQ(got.framesInFiles, 23);
  ASSERT_EQ(got.stacks.size(), 2u);
  std::size_t bytes = 0;
  for (const auto& s : got.stacks) {
    EXPECT_GE(s.frames(), 1) << "every file keeps a frame";
    bytes += s.size() * sizeof(float);
  }
  EXPECT_LE(bytes, budget);
  EXPECT_EQ(got.framesRead, got.stacks[0].frames() + got.stacks[1].frames());
  EXPECT_LT(got.framesRead, 23);
  // Each frame read is one of the file's frames, each at most once, in file order.
  std::set<int> seen;
  for (int f = 0; f < got.stacks[0].frames(); ++f) {
    int match = -1;
    for (int g = 0; g < a.frames(); ++g)
      if (frameOf(got.stacks[0], f) == frameOf(a, g))
        match = g;
    ASSERT_GE(match, 0) << "frame " << f << " is none of the file's frames";
    EXPECT_TRUE(seen.empty() || match > *seen.rbegin());
    seen.insert(match);
  }
  EXPECT_NE(got.stacks[0].metadata().warnings.back().find(" of 20 frames read"), std::string::npos);
  // The same seed, the same frames; another seed, (almost surely) others.
  const BudgetedStacks again = readStacksWithinBudget({dir / "a.tif", dir / "b.tif"}, budget, 7);
  EXPECT_EQ(again.stacks[0].values(), got.stacks[0].values());
  const BudgetedStacks other = readStacksWithinBudget({dir / "a.tif", dir / "b.tif"}, budget, 8);
  EXPECT_NE(other.stacks[0].values(), got.stacks[0].values());
}

} // namespace
} // namespace pgd::test
