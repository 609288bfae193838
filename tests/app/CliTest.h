#pragma once
// CliTest: fixture for the `pgdenoise` end-to-end tests. Runs runCli() in-process with string
// streams, in a fresh temporary folder with $PGD_MODEL_DIR pointing into it, and writes small
// synthetic images (built-in phantom plus Poisson-Gaussian noise) for the commands to chew on.
#include "image/ImageStack.h"
#include "noise/NoiseParams.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

namespace pgd::test {

struct CliResult {
  int code = -1;
  std::string out;
  std::string err;
};

class CliTest : public ::testing::Test {
protected:
  void SetUp() override;
  void TearDown() override;

  // Runs `pgdenoise args...` in-process.
  static CliResult run(const std::vector<std::string>& args);
  const std::filesystem::path& dir() const { return m_dir; }
  std::filesystem::path path(const std::string& name) const { return m_dir / name; }

  // Clean phantom in raw units (raw = 100 + 4000 * x), `frames` x size x size.
  static ImageStack cleanImage(int size, int frames = 1);
  // The phantom with Poisson-Gaussian noise at normalised a,b, stored as uint16 source type.
  static ImageStack noisyImage(int size, int frames, NoiseParams noise, unsigned seed = 3);
  // Writes a float32 (or source-typed) TIFF.
  std::filesystem::path writeImage(const std::string& name, const ImageStack& stack,
                                   bool sourceType = false) const;
  // Trains a tiny model (seconds) on a noisy 64x64 image into the store under `name`.
  void trainTinyModel(const std::string& name);

  static std::string readBytes(const std::filesystem::path& file);
  static void writeBytes(const std::filesystem::path& file, const std::string& bytes);
  // Every file below `folder` with its bytes, for "nothing changed" checks.
  static std::vector<std::pair<std::string, std::string>>
  snapshot(const std::filesystem::path& folder);

private:
  std::filesystem::path m_dir;
};

// Asserts the exit code and that stderr holds exactly one "pgdenoise: error: ..." line
// containing `needle`.
void expectError(const CliResult& r, int code, const std::string& needle);

} // namespace pgd::test
