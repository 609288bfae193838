#include "train/TrainingLoss.h"

#include "nn/Losses.h"

namespace pgd::training {

namespace {

constexpr double kN2VMaskFraction = 0.02;

} // namespace

torch::Tensor batchLoss(ModelImpl& impl, LossKind kind, double lambda, const torch::Tensor& batch,
                        std::mt19937_64& maskRng) {
  const auto device = impl.device();
  if (kind == LossKind::N2V) {
    const auto manipulated = n2vManipulate(batch, kN2VMaskFraction, maskRng);
    const auto prediction = impl.forward(manipulated.input.to(device));
    return n2vLoss(batch.to(device), prediction, manipulated.mask.to(device));
  }
  const auto y = batch.to(device, /*non_blocking=*/batch.is_pinned());
  const auto out = impl.forward(y);
  const auto mu = out.narrow(1, 0, 1);
  const auto s = out.narrow(1, 1, 1);
  if (kind == LossKind::Regularized) {
    auto& net = impl.blindSpot();
    return regularizedLossMap(y, mu, s, net->noiseAPrime(), net->noiseB(), lambda).mean();
  }
  return uncalibratedLossMap(y, mu, s).mean();
}

} // namespace pgd::training
