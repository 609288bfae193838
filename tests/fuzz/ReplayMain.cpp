// A driver for builds without libFuzzer (g++): feeds every seed file, and deterministic
// mutations of it (truncations, byte flips, inserted junk), to LLVMFuzzerTestOneInput. It is a
// regression net that runs in every CI build; real coverage-guided fuzzing uses the clang build
// (tests/fuzz/run-fuzzers.sh).
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

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s MUTATIONS_PER_SEED CORPUS_DIR...\n", argv[0]);
    return 2;
  }
  const int mutations = std::atoi(argv[1]);
  std::mt19937 rng(12345);
  long runs = 0;
  for (int a = 2; a < argc; ++a)
    for (const auto& entry : std::filesystem::directory_iterator(argv[a])) {
      if (!entry.is_regular_file())
        continue;
      std::ifstream in(entry.path(), std::ios::binary);
      const std::vector<std::uint8_t> seed((std::istreambuf_iterator<char>(in)),
                                           std::istreambuf_iterator<char>());
      LLVMFuzzerTestOneInput(seed.data(), seed.size());
      ++runs;
      for (int m = 0; m < mutations; ++m) {
        std::vector<std::uint8_t> v = seed;
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
        LLVMFuzzerTestOneInput(v.data(), v.size());
        ++runs;
      }
    }
  std::printf("replayed %ld inputs without a crash\n", runs);
  return 0;
}
