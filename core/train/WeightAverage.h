#pragma once
// WeightAverage: an exponential moving average of a module's parameters (Polyak averaging), for
// the trainer. The optimiser updates the module's own weights; after each step update() folds
// them into the average, and swapIn()/swapOut() put the averaged weights into the module (for
// validation, checkpoints and the returned model) and the trained ones back. Averaging over ~100
// small-batch Adam steps removes the step-to-step jitter that otherwise makes neighbouring
// checkpoints differ by up to 2.5 dB (docs/TRAINING.md). Owned by one TrainingRun; same thread
// only.
#include <torch/torch.h>

#include <vector>

namespace pgd {

class WeightAverage {
public:
  // decay in (0, 1): the weight of the old average per step. The module must outlive this.
  WeightAverage(torch::nn::Module& module, double decay);

  // Folds the module's current weights in. Early steps use a smaller decay,
  // min(decay, (1 + step) / (10 + step)), so the start-up weights fade out quickly.
  void update(long step);
  // Puts the averaged weights into the module, keeping the trained ones aside (idempotent).
  void swapIn();
  // Restores the trained weights after swapIn() (idempotent).
  void swapOut();
  bool swappedIn() const { return m_swappedIn; }

private:
  std::vector<torch::Tensor> m_parameters; // the module's own tensors (shared storage)
  std::vector<torch::Tensor> m_average;
  std::vector<torch::Tensor> m_trained; // aside while swapped in
  double m_decay;
  bool m_swappedIn = false;
};

} // namespace pgd
