// A driver for builds without libFuzzer (g++): feeds every file of each corpus folder, and
// deterministic mutations of it (truncations, byte flips, extreme 4-byte fields), to
// LLVMFuzzerTestOneInput. It is the regression net every CI build runs: the kept corpus under
// tests/fuzz/corpus/ (inputs libFuzzer found interesting, replayed as they are) and the
// code-generated seeds (mutated). Real coverage-guided fuzzing uses the clang build
// (tests/fuzz/run-fuzzers.sh; docs/FUZZING.md).
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

std::vector<std::uint8_t> mutated(std::vector<std::uint8_t> v, int m, std::mt19937& rng) {
  switch (m % 3) {
  case 0: // truncate
    v.resize(v.empty() ? 0 : rng() % v.size());
    break;
  case 1: // flip a few bytes, biased to the header where the structure lives
    for (int k = 0; k < 1 + int(rng() % 4) && !v.empty(); ++k)
      v[rng() % std::min<std::size_t>(v.size(), (m & 4) ? v.size() : 64)] ^=
          std::uint8_t(1u << (rng() % 8));
    break;
  default: // overwrite a 4-byte field with an extreme value
    if (v.size() >= 8) {
      const std::size_t at = rng() % (v.size() - 4);
      const std::uint32_t val = (rng() & 1) ? 0xffffffffu : 0x7fffffffu;
      std::memcpy(v.data() + at, &val, 4);
    }
  }
  return v;
}

} // namespace

int main(int argc, char** argv) {
  if (argc < 3 || argc % 2 == 0) {
    std::fprintf(stderr, "usage: %s MUTATIONS_PER_FILE CORPUS_DIR [MUTATIONS CORPUS_DIR]...\n",
                 argv[0]);
    return 2;
  }
  std::mt19937 rng(12345);
  long runs = 0;
  for (int a = 1; a + 1 < argc; a += 2) {
    const int mutations = std::atoi(argv[a]);
    std::error_code ec;
    if (!std::filesystem::is_directory(argv[a + 1], ec)) {
      std::fprintf(stderr, "no corpus folder %s\n", argv[a + 1]);
      return 2;
    }
    long files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(argv[a + 1])) {
      if (!entry.is_regular_file())
        continue;
      std::ifstream in(entry.path(), std::ios::binary);
      const std::vector<std::uint8_t> seed((std::istreambuf_iterator<char>(in)),
                                           std::istreambuf_iterator<char>());
      LLVMFuzzerTestOneInput(seed.data(), seed.size());
      ++runs;
      ++files;
      for (int m = 0; m < mutations; ++m) {
        const std::vector<std::uint8_t> v = mutated(seed, m, rng);
        LLVMFuzzerTestOneInput(v.data(), v.size());
        ++runs;
      }
    }
    if (files == 0) { // an empty corpus would make the test pass while testing nothing
      std::fprintf(stderr, "corpus folder %s has no files\n", argv[a + 1]);
      return 2;
    }
  }
  std::printf("replayed %ld inputs without a crash\n", runs);
  return 0;
}
