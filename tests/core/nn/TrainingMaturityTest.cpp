#include "nn/TrainingMaturity.h"

#include <gtest/gtest.h>

#include <cmath>

namespace pgd {
namespace {

ModelInfo trained(long steps, const char* stopReason, double lateGain = std::nan("")) {
  ModelInfo info;
  info.steps = steps;
  info.stopReason = stopReason;
  info.lateValidationGain = lateGain;
  return info;
}

TEST(TrainingMaturity, ConvergedRunIsTrainedEnough) {
  EXPECT_EQ(undertrainedReason(trained(2600, "converged (no validation improvement for 8 "
                                             "evaluations)")),
            "");
  EXPECT_EQ(undertrainedReason(trained(4000, "step limit", 0.002)), "");
}

TEST(TrainingMaturity, FewStepsAreUndertrained) {
  const std::string r = undertrainedReason(trained(4, "step limit"));
  EXPECT_NE(r.find("trained only 4 steps"), std::string::npos) << r;
  EXPECT_NE(undertrainedReason(trained(kMinTrainedSteps - 1, "converged")), "");
  EXPECT_EQ(undertrainedReason(trained(kMinTrainedSteps, "converged")), "");
}

// A warm start begins from the base model's training: few steps of its own are not a reason, a
// cancel or a still-falling validation loss still are.
TEST(TrainingMaturity, WarmStartIsNotJudgedByItsOwnStepCount) {
  ModelInfo info = trained(300, "time budget", 0.001);
  EXPECT_NE(undertrainedReason(info), "");
  info.base = BaseModelRef{"base", "0123456789abcdef"};
  EXPECT_EQ(undertrainedReason(info), "");
  info.stopReason = "cancelled";
  EXPECT_NE(undertrainedReason(info), "");
  info.stopReason = "time budget";
  info.lateValidationGain = 2.0 * kLateValidationGainLimit;
  EXPECT_NE(undertrainedReason(info), "");
}

TEST(TrainingMaturity, StoppedEarlyIsUndertrained) {
  for (const char* reason :
       {"cancelled", "diverged (loss is not finite)", "out of memory on cuda at step 3000"}) {
    const std::string r = undertrainedReason(trained(3000, reason));
    EXPECT_NE(r.find("stopped early"), std::string::npos) << reason;
  }
}

TEST(TrainingMaturity, StillFallingValidationLossAtTheLimitIsUndertrained) {
  const std::string r =
      undertrainedReason(trained(2000, "time budget", 2.0 * kLateValidationGainLimit));
  EXPECT_NE(r.find("still falling"), std::string::npos) << r;
  // A converged run is judged converged whatever the late gain says.
  EXPECT_EQ(undertrainedReason(trained(2000, "converged", 1.0)), "");
}

TEST(TrainingMaturity, ModelJsonWithoutTrainingRecordIsNotJudged) {
  EXPECT_EQ(undertrainedReason(ModelInfo{}), "");
}

} // namespace
} // namespace pgd
