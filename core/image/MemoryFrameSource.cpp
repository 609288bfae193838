#include "image/MemoryFrameSource.h"

#include <algorithm>

namespace pgd {

MemoryFrameSource::MemoryFrameSource(const ImageStack& stack)
    : FrameSource(stack.frames(), stack.height(), stack.width(), true), m_stack(&stack) {
  mutableMetadata() = stack.metadata();
}

MemoryFrameSource::MemoryFrameSource(ImageStack&& stack)
    : FrameSource(stack.frames(), stack.height(), stack.width(), true), m_owned(std::move(stack)),
      m_stack(&*m_owned) {
  mutableMetadata() = m_stack->metadata();
}

void MemoryFrameSource::decode(int frame, float* out) {
  std::copy_n(m_stack->frame(frame), m_stack->frameSize(), out);
}

} // namespace pgd
