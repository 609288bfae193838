// libFuzzer target for the training settings stored in model.json: arbitrary bytes must give a
// TrainingConfig or a pgd::Error, never a crash or another exception; whatever is accepted must
// survive a round trip unchanged.
#include "job/Error.h"
#include "train/TrainingConfig.h"

#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    const pgd::TrainingConfig config = pgd::TrainingConfig::fromJson(text);
    const std::string once = config.toJson();
    if (pgd::TrainingConfig::fromJson(once).toJson() != once)
      std::abort(); // accepted settings must read back as written
  } catch (const pgd::Error&) {
  }
  return 0;
}
