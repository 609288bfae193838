#pragma once
// AutocastScope: runs the LibTorch operations of its lifetime in a precision (nn/Precision.h).
// BFloat16 turns LibTorch's autocast on for the device with bfloat16 as its type: convolutions
// then take bfloat16 inputs and weights and give bfloat16 outputs, while the operations autocast
// keeps in float32 and everything outside the scope stay float32. Float32 turns autocast off,
// so a part of a network can stay in float32 inside a bfloat16 scope. The previous state comes
// back at the end, and the outermost scope drops autocast's cache of converted weights (they
// change with every optimiser step). Core-internal (includes LibTorch). Autocast state is per
// thread: a scope affects only the thread that created it, and must end on it.
#include "nn/Precision.h"

#include <torch/torch.h>

namespace pgd {

class AutocastScope {
public:
  AutocastScope(torch::DeviceType device, Precision precision);
  ~AutocastScope();
  // Whether this thread's autocast is on for `device` (inside a BFloat16 scope, not a nested
  // Float32 one).
  static bool reducedPrecisionOn(torch::DeviceType device);

  AutocastScope(const AutocastScope&) = delete;
  AutocastScope& operator=(const AutocastScope&) = delete;

private:
  bool m_cuda;
  bool m_previousEnabled;
  at::ScalarType m_previousType;
};

} // namespace pgd
