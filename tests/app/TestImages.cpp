#include "TestImages.h"

#include "noise/PoissonGaussianNoise.h"
#include "sample/SamplePhantom.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

namespace pgd::test {
namespace fs = std::filesystem;

ImageStack phantomClean(int size, int frames) {
  PhantomOptions po;
  po.width = size;
  po.height = size;
  po.frames = frames;
  ImageStack clean = makeCleanPhantom(po);
  for (auto& v : clean.values())
    v = 100.0f + 4000.0f * v;
  return clean;
}

ImageStack phantomNoisy(int size, int frames, NoiseParams noise, unsigned seed) {
  PhantomOptions po;
  po.width = size;
  po.height = size;
  po.frames = frames;
  SynthesisOptions so;
  so.seed = seed;
  ImageStack noisy = addPoissonGaussianNoise(makeCleanPhantom(po), noise, so);
  for (auto& v : noisy.values())
    v = std::clamp(std::nearbyint(1000.0f + 4000.0f * v), 0.0f, 65535.0f);
  noisy.metadata().sourceType = PixelType::UInt16;
  return noisy;
}

std::string readFileBytes(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void writeFileBytes(const fs::path& file, const std::string& bytes) {
  std::ofstream out(file, std::ios::binary);
  out << bytes;
}

} // namespace pgd::test
