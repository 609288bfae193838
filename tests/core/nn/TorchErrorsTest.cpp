#include "nn/TorchErrors.h"
#include "nn/BlindSpotNet.h"
#include "nn/Model.h"

#include <gtest/gtest.h>

#include <string>

namespace pgd {
namespace {

bool isOneLine(const std::string& text) {
  return text.find('\n') == std::string::npos && text.find('\r') == std::string::npos;
}

// A real LibTorch failure: the blind-spot net refuses a height that is not a multiple of 32.
c10::Error realTorchError() {
  try {
    BlindSpotNet net(BlindSpotNetOptions{4, 32, 1});
    net->forward(torch::zeros({1, 1, 33, 32}));
  } catch (const c10::Error& e) {
    return e;
  }
  throw std::logic_error("LibTorch accepted a bad shape");
}

TEST(TorchErrors, LibTorchFailuresBecomeOneLineInternalErrors) {
  const c10::Error raw = realTorchError();
  ASSERT_FALSE(isOneLine(raw.what())) << "LibTorch's own message carries its backtrace";
  try {
    translateTorchErrors("cpu", "predicting a tile", [&]() -> int { throw raw; });
    FAIL();
  } catch (const OutOfMemoryError&) {
    FAIL() << "not an out-of-memory error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Internal);
    const std::string what = e.what();
    EXPECT_TRUE(isOneLine(what)) << what;
    EXPECT_EQ(what.rfind("LibTorch failed while predicting a tile: ", 0), 0u) << what;
    EXPECT_NE(what.find("multiples of 32"), std::string::npos) << what;
  }
  // What the CLI and the workbench print for any exception that is not a pgd Error.
  const std::string shown = unexpectedErrorMessage(raw);
  EXPECT_TRUE(isOneLine(shown)) << shown;
  EXPECT_EQ(shown.rfind("internal error: ", 0), 0u);
  EXPECT_NE(shown.find("multiples of 32"), std::string::npos);
  EXPECT_NE(shown.find("pgdenoise --version"), std::string::npos);
  EXPECT_EQ(shown.find("frame #"), std::string::npos);
}

TEST(TorchErrors, AllocationFailuresBecomeOutOfMemoryErrors) {
  const auto expectOom = [](const auto& thrown, const std::string& device) {
    try {
      translateTorchErrors(device, "training step 7", [&]() -> int { throw thrown; });
      FAIL();
    } catch (const OutOfMemoryError& e) {
      EXPECT_EQ(e.device(), device);
      EXPECT_EQ(e.kind(), ErrorKind::Internal);
      const std::string what = e.what();
      EXPECT_TRUE(isOneLine(what)) << what;
      EXPECT_EQ(what.rfind(device + " ran out of memory while training step 7 (", 0), 0u) << what;
    }
  };
  // CUDA's caching allocator throws this type; the CPU allocator a plain c10::Error.
  expectOom(c10::OutOfMemoryError({__func__, __FILE__, __LINE__},
                                  "CUDA out of memory. Tried to allocate 2.00 GiB (GPU 0; 79.2 "
                                  "GiB total capacity)\nmore detail"),
            "cuda");
  expectOom(c10::Error({__func__, __FILE__, __LINE__},
                       "[enforce fail at alloc_cpu.cpp:83] err == 0. DefaultCPUAllocator: can't "
                       "allocate memory: you tried to allocate 4398046511104 bytes."),
            "cpu");
  EXPECT_FALSE(isOutOfMemory(realTorchError()));
}

TEST(TorchErrors, ModelPredictReportsLibTorchFailuresAsOneLineErrors) {
  // An empty tile makes LibTorch's convolution fail (kernel larger than the padded input).
  ModelInfo info;
  info.architecture = {NetworkKind::BlindSpot, 4, 32, 1};
  const Model model(info);
  std::vector<float> tile(1, 0.5f), mu(1), s2(1);
  try {
    model.predict(tile.data(), 0, 0, mu.data(), s2.data());
    FAIL() << "an empty tile cannot be predicted";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Internal);
    const std::string what = e.what();
    EXPECT_TRUE(isOneLine(what)) << what;
    EXPECT_EQ(what.rfind("LibTorch failed while predicting a 0x0 tile: ", 0), 0u) << what;
  }
}

} // namespace
} // namespace pgd
