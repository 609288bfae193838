#include "nn/AutocastScope.h"

#include <ATen/autocast_mode.h>

namespace pgd {

AutocastScope::AutocastScope(torch::DeviceType device, Precision precision)
    : m_cuda(device == torch::kCUDA),
      m_previousEnabled(m_cuda ? at::autocast::is_enabled() : at::autocast::is_cpu_enabled()),
      m_previousType(m_cuda ? at::autocast::get_autocast_gpu_dtype()
                            : at::autocast::get_autocast_cpu_dtype()) {
  const bool enable = precision == Precision::BFloat16;
  if (m_cuda) {
    at::autocast::set_autocast_gpu_dtype(at::kBFloat16);
    at::autocast::set_enabled(enable);
  } else {
    at::autocast::set_autocast_cpu_dtype(at::kBFloat16);
    at::autocast::set_cpu_enabled(enable);
  }
  at::autocast::increment_nesting();
}

bool AutocastScope::reducedPrecisionOn(torch::DeviceType device) {
  return device == torch::kCUDA ? at::autocast::is_enabled() : at::autocast::is_cpu_enabled();
}

AutocastScope::~AutocastScope() {
  // As torch.autocast's __exit__: the cache lives until the outermost scope ends.
  if (at::autocast::decrement_nesting() == 0)
    at::autocast::clear_cache();
  if (m_cuda) {
    at::autocast::set_enabled(m_previousEnabled);
    at::autocast::set_autocast_gpu_dtype(m_previousType);
  } else {
    at::autocast::set_cpu_enabled(m_previousEnabled);
    at::autocast::set_autocast_cpu_dtype(m_previousType);
  }
}

} // namespace pgd
