// The base model's pretraining split (data/pretraining/split.txt, docs/BASE_MODEL.md): it parses,
// and it names no evaluation image, so nobody adds one by accident.
#include "train/PretrainingSplit.h"
#include "job/Error.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#ifndef PGD_SOURCE_DIR
#error "PGD_SOURCE_DIR must point at the source tree"
#endif

namespace {

using pgd::PretrainingKind;

// The evaluation sets, as paths under the data folder: a split entry must not be one of these,
// lie inside one, or be a folder that holds one.
const std::vector<std::string> kEvaluationPaths = {
    "FMD_samples/confocal/raw/Confocal_BPAE_B.tif",
    "FMD_samples/confocal/raw/Confocal_BPAE_G.tif",
    "FMD_samples/confocal/raw/Confocal_BPAE_R.tif",
    "FMD_samples/confocal/gt_avg50",
    "W2S_test_8bit/noisy_avg1/input_avg1_081_", // FOV 081-090, every channel
    "W2S_test_8bit/noisy_avg1/input_avg1_082_",
    "W2S_test_8bit/noisy_avg1/input_avg1_083_",
    "W2S_test_8bit/noisy_avg1/input_avg1_084_",
    "W2S_test_8bit/noisy_avg1/input_avg1_085_",
    "W2S_test_8bit/noisy_avg1/input_avg1_086_",
    "W2S_test_8bit/noisy_avg1/input_avg1_087_",
    "W2S_test_8bit/noisy_avg1/input_avg1_088_",
    "W2S_test_8bit/noisy_avg1/input_avg1_089_",
    "W2S_test_8bit/noisy_avg1/input_avg1_090_",
    "W2S_test_8bit/gt_avg400/target_avg400_081_", // their clean targets
    "W2S_test_8bit/gt_avg400/target_avg400_082_",
    "W2S_test_8bit/gt_avg400/target_avg400_083_",
    "W2S_test_8bit/gt_avg400/target_avg400_084_",
    "W2S_test_8bit/gt_avg400/target_avg400_085_",
    "W2S_test_8bit/gt_avg400/target_avg400_086_",
    "W2S_test_8bit/gt_avg400/target_avg400_087_",
    "W2S_test_8bit/gt_avg400/target_avg400_088_",
    "W2S_test_8bit/gt_avg400/target_avg400_089_",
    "W2S_test_8bit/gt_avg400/target_avg400_090_",
    "HowardLab_bacteria",
    "BSD68",
};

bool startsWith(const std::string& s, const std::string& prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

// An entry reaches an evaluation path when one is a prefix of the other (a folder entry holds
// the path; a file entry lies in the evaluation folder or matches its file prefix).
std::string evaluationHit(const std::string& entry) {
  for (const auto& e : kEvaluationPaths)
    if (startsWith(entry, e) || startsWith(e, entry + "/") || entry == e)
      return e;
  return "";
}

TEST(PretrainingSplit, ListsNoEvaluationImage) {
  const auto entries =
      pgd::readPretrainingSplit(std::string(PGD_SOURCE_DIR) + "/data/pretraining/split.txt");
  ASSERT_GE(entries.size(), 10u);
  int noisy = 0, clean = 0;
  for (const auto& e : entries) {
    EXPECT_EQ(evaluationHit(e.path), "") << e.path << " is an evaluation image";
    (e.kind == PretrainingKind::Noisy ? noisy : clean)++;
  }
  EXPECT_GT(noisy, 0);
  EXPECT_GT(clean, 0);
}

TEST(PretrainingSplit, TheEvaluationCheckCatchesEvaluationImages) {
  EXPECT_NE(evaluationHit("W2S_test_8bit/noisy_avg1/input_avg1_085_2.tif"), "");
  EXPECT_NE(evaluationHit("FMD_samples/confocal/raw/Confocal_BPAE_G.tif"), "");
  EXPECT_NE(evaluationHit("W2S_test_8bit/noisy_avg1"), ""); // a folder holding FOV 081-090
  EXPECT_NE(evaluationHit("HowardLab_bacteria/16bit/noisy_avg1_16bit.png"), "");
  EXPECT_NE(evaluationHit("BSD68"), "");
  EXPECT_EQ(evaluationHit("W2S_test_8bit/noisy_avg1/input_avg1_091_0.tif"), "");
  EXPECT_NE(evaluationHit("W2S_test_8bit/gt_avg400/target_avg400_090_2.tif"), "");
  EXPECT_NE(evaluationHit("W2S_test_8bit/gt_avg400"), ""); // a folder holding their targets
  // Other fields of view's clean targets may get synthetic noise (docs/BASE_MODEL.md).
  EXPECT_EQ(evaluationHit("W2S_test_8bit/gt_avg400/target_avg400_091_0.tif"), "");
  EXPECT_EQ(evaluationHit("BSD_Train400"), "");
}

TEST(PretrainingSplit, ParsesKindsAndSkipsComments) {
  const auto entries =
      pgd::parsePretrainingSplit("# comment\n\na/b.tif noisy\nc clean # trailing\n");
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].path, "a/b.tif");
  EXPECT_EQ(entries[0].kind, PretrainingKind::Noisy);
  EXPECT_EQ(entries[1].path, "c");
  EXPECT_EQ(entries[1].kind, PretrainingKind::Clean);
}

TEST(PretrainingSplit, RefusesMalformedLines) {
  for (const char* text : {"a.tif\n", "a.tif noisy extra\n", "a.tif dirty\n", "/abs.tif noisy\n",
                           "../up.tif noisy\n", "a.tif noisy\na.tif clean\n"})
    EXPECT_THROW(pgd::parsePretrainingSplit(text), pgd::Error) << text;
}

} // namespace
