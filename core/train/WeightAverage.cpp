#include "train/WeightAverage.h"

#include <algorithm>

namespace pgd {

WeightAverage::WeightAverage(torch::nn::Module& module, double decay) : m_decay(decay) {
  torch::NoGradGuard noGrad;
  for (auto& p : module.parameters()) {
    m_parameters.push_back(p);
    m_average.push_back(p.detach().clone());
    m_trained.push_back(torch::empty_like(p));
  }
}

void WeightAverage::update(long step) {
  torch::NoGradGuard noGrad;
  const double d = std::min(m_decay, (1.0 + double(step)) / (10.0 + double(step)));
  for (std::size_t i = 0; i < m_parameters.size(); ++i)
    m_average[i].mul_(d).add_(m_parameters[i].detach(), 1.0 - d);
}

void WeightAverage::swapIn() {
  if (m_swappedIn)
    return;
  torch::NoGradGuard noGrad;
  for (std::size_t i = 0; i < m_parameters.size(); ++i) {
    m_trained[i].copy_(m_parameters[i]);
    m_parameters[i].copy_(m_average[i]);
  }
  m_swappedIn = true;
}

void WeightAverage::swapOut() {
  if (!m_swappedIn)
    return;
  torch::NoGradGuard noGrad;
  for (std::size_t i = 0; i < m_parameters.size(); ++i)
    m_parameters[i].copy_(m_trained[i]);
  m_swappedIn = false;
}

} // namespace pgd
