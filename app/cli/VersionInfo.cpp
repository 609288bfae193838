#include "cli/VersionInfo.h"

#include "job/Versions.h"
#include "nn/Precision.h"
#include "nn/TorchRuntime.h"
#include "train/TrainingConfig.h"

#include <CLI/Version.hpp>
#include <fmt/format.h>

namespace pgd {

void printVersion(std::ostream& out) {
  out << fmt::format("pgdenoise {}\n", appVersion());
  out << fmt::format("LibTorch {}, ITK {}, CLI11 {}\n", torchVersion(), itkVersion(),
                     CLI11_VERSION);
  TorchRuntime::initThreads();
  out << fmt::format("device: {} ({} CPU threads{})\n", TorchRuntime::resolveDevice("auto"),
                     TorchRuntime::threads(),
                     TorchRuntime::cudaAvailable() ? ", CUDA available" : ", no CUDA");
  const std::string device = TorchRuntime::resolveDevice("auto");
  out << fmt::format("precision: denoise {}, train {}",
                     device == "cuda" ? "float32 (CUDA)" : describeAutoPrecision(systemCpuinfo()),
                     toString(TrainingConfig().resolvedPrecision(device)));
  out << " (--precision overrides)\n";
}

} // namespace pgd
