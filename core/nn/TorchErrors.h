#pragma once
// TorchErrors: turns LibTorch's exceptions into pgd errors at the places where core calls the
// network (prediction, a training step, validation), so no user sees LibTorch's multi-line
// backtrace: an allocation failure on the device becomes OutOfMemoryError (callers retry with
// less memory or stop cleanly), anything else Error(Internal) with LibTorch's first line.
// Core-internal (includes c10). Safe from any thread.
#include "job/Error.h"

#include <c10/util/Exception.h>

#include <string>

namespace pgd {

// True for CUDA's caching-allocator failure and the CPU allocator's "can't allocate memory".
bool isOutOfMemory(const c10::Error& e);

// Throws the pgd error for `e`; `doing` completes "<device> ran out of memory while <doing>".
[[noreturn]] void throwTorchError(const c10::Error& e, const std::string& device,
                                  const std::string& doing);

// Runs `body`; LibTorch's exceptions leave it as pgd errors (see above).
template <class Body>
decltype(auto) translateTorchErrors(const std::string& device, const std::string& doing,
                                    Body&& body) {
  try {
    return body();
  } catch (const c10::Error& e) {
    throwTorchError(e, device, doing);
  }
}

} // namespace pgd
