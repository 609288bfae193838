#include "train/Trainer.h"

#include "job/Error.h"
#include "train/TrainingFrames.h"
#include "train/TrainingRun.h"
#include "train/ValidationScoring.h"

namespace pgd {

using training::TrainingRun;

Trainer::Trainer(TrainingConfig config) : m_config(std::move(config)) {}

TrainingResult Trainer::train(const std::vector<ImageStack>& data, ProgressSink& progress) {
  TrainingRun run(m_config, data, m_base, m_baseRef);
  return run.run(progress, m_observer, m_checkpoint, m_checkpointSeconds);
}

double Trainer::validationLoss(Model& model, const std::vector<ImageStack>& data,
                               const TrainingConfig& config) {
  return validationScores(model, data, config).loss;
}

ValidationScores Trainer::validationScores(Model& model, const std::vector<ImageStack>& data,
                                           const TrainingConfig& config) {
  if (data.empty())
    throw Error(ErrorKind::Input, "training data: no images");
  const auto frames = training::prepareFrames(data, model.info().normalization);
  const auto split =
      ValidationSplit::make(frames.shapes, config.cropSize, config.validationFraction, config.seed);
  return training::validationScoresOf(model.impl(), config, frames, split);
}

} // namespace pgd
