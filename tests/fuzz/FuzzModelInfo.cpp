// libFuzzer target for the model-metadata loader: arbitrary bytes as model.json must give a
// ModelInfo or a pgd::Error, never a crash or another exception.
#include "job/Error.h"
#include "nn/ModelInfo.h"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    const pgd::ModelInfo info = pgd::modelInfoFromJson(text);
    // Whatever was accepted must survive a round trip.
    (void)pgd::modelInfoFromJson(pgd::toJson(info));
  } catch (const pgd::Error&) {
  }
  return 0;
}
