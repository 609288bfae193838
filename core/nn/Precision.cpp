#include "nn/Precision.h"

#include "job/Error.h"

#include <fstream>
#include <sstream>

namespace pgd {
namespace {

// The first native bfloat16 flag on a "flags" line of the cpuinfo text, or "" if none.
std::string nativeBFloat16Flag(const std::string& cpuinfo) {
  std::istringstream lines(cpuinfo);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.rfind("flags", 0) != 0)
      continue;
    const auto colon = line.find(':');
    if (colon == std::string::npos)
      continue;
    std::istringstream words(line.substr(colon + 1));
    std::string word;
    while (words >> word)
      if (word == "avx512_bf16" || word == "amx_bf16")
        return word;
  }
  return {};
}

} // namespace

const char* toString(Precision precision) {
  return precision == Precision::BFloat16 ? "bfloat16" : "float32";
}

bool cpuinfoHasNativeBFloat16(const std::string& cpuinfo) {
  return !nativeBFloat16Flag(cpuinfo).empty();
}

const std::string& systemCpuinfo() {
  static const std::string text = [] {
    std::ifstream in("/proc/cpuinfo");
    std::ostringstream all;
    all << in.rdbuf();
    return in ? all.str() : std::string();
  }();
  return text;
}

Precision resolvePrecision(const std::string& preference, const std::string& device) {
  return resolvePrecision(preference, device, systemCpuinfo());
}

Precision resolvePrecision(const std::string& preference, const std::string& device,
                           const std::string& cpuinfo) {
  if (preference == "float32")
    return Precision::Float32;
  if (preference == "bfloat16")
    return Precision::BFloat16;
  if (preference != "auto")
    throw Error(ErrorKind::Usage,
                "precision " + preference + ": expected auto, float32 or bfloat16");
  if (device == "cuda")
    return Precision::Float32;
  return cpuinfoHasNativeBFloat16(cpuinfo) ? Precision::BFloat16 : Precision::Float32;
}

std::string describeAutoPrecision(const std::string& cpuinfo) {
  const std::string flag = nativeBFloat16Flag(cpuinfo);
  return flag.empty() ? "float32 (no native bfloat16 on this CPU)"
                      : "bfloat16 (CPU has " + flag + ")";
}

} // namespace pgd
