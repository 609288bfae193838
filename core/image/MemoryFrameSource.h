#pragma once
// MemoryFrameSource: the frames of an ImageStack in memory as a FrameSource, so the workbench's
// in-memory stacks and the streamed files go through the same per-frame code. Either borrows the
// stack (which must then outlive the source) or owns it (a PNG's one frame). Values are handed
// out as they are (NaN and infinite values included). Same thread rules as FrameSource.
#include "image/FrameSource.h"

#include <optional>

namespace pgd {

class MemoryFrameSource : public FrameSource {
public:
  explicit MemoryFrameSource(const ImageStack& stack);
  explicit MemoryFrameSource(ImageStack&& stack);

protected:
  void decode(int frame, float* out) override;

private:
  std::optional<ImageStack> m_owned;
  const ImageStack* m_stack;
};

} // namespace pgd
