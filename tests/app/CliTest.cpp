#include "CliTest.h"
#include "TestImages.h"

#include "cli/Cli.h"
#include "image/StackWriter.h"

#include <algorithm>
#include <cstdlib>
#include <random>
#include <sstream>

namespace pgd::test {
namespace fs = std::filesystem;

void CliTest::SetUp() {
  std::random_device rd;
  m_dir = fs::temp_directory_path() / ("pgd-cli-test-" + std::to_string(rd()));
  fs::create_directories(m_dir);
  ::setenv("PGD_MODEL_DIR", (m_dir / "models").c_str(), 1);
}

void CliTest::TearDown() {
  std::error_code ec;
  fs::permissions(m_dir, fs::perms::owner_all, fs::perm_options::add, ec);
  fs::remove_all(m_dir, ec);
  ::unsetenv("PGD_MODEL_DIR");
}

CliResult CliTest::run(const std::vector<std::string>& args) {
  std::vector<std::string> storage{"pgdenoise"};
  storage.insert(storage.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& s : storage)
    argv.push_back(s.data());
  argv.push_back(nullptr);
  std::ostringstream out, err;
  CliResult r;
  r.code = runCli(static_cast<int>(storage.size()), argv.data(), out, err);
  r.out = out.str();
  r.err = err.str();
  return r;
}

ImageStack CliTest::cleanImage(int size, int frames) {
  return phantomClean(size, frames);
}

ImageStack CliTest::noisyImage(int size, int frames, NoiseParams noise, unsigned seed) {
  return phantomNoisy(size, frames, noise, seed);
}

fs::path CliTest::writeImage(const std::string& name, const ImageStack& stack,
                             bool sourceType) const {
  WriteOptions wo;
  wo.pixelType = sourceType ? OutputPixelType::Source : OutputPixelType::Float32;
  const fs::path p = m_dir / name;
  writeImageStack(stack, p, wo);
  return p;
}

void CliTest::trainTinyModel(const std::string& name) {
  writeImage("train.tif", noisyImage(128, 2, {0.02, 1e-3}), true);
  const CliResult r =
      run({"--quiet", "train", path("train.tif").string(), "--name", name, "--width", "4", "--crop",
           "32", "--batch", "2", "--steps", "4", "--steps-per-epoch", "2", "--device", "cpu"});
  ASSERT_EQ(r.code, 0) << r.err;
}

std::string CliTest::readBytes(const fs::path& file) {
  return readFileBytes(file);
}

void CliTest::writeBytes(const fs::path& file, const std::string& bytes) {
  writeFileBytes(file, bytes);
}

std::vector<std::pair<std::string, std::string>> CliTest::snapshot(const fs::path& folder) {
  std::vector<std::pair<std::string, std::string>> files;
  for (const auto& e : fs::recursive_directory_iterator(folder))
    if (e.is_regular_file())
      files.emplace_back(e.path().string(), readBytes(e.path()));
  std::sort(files.begin(), files.end());
  return files;
}

void expectError(const CliResult& r, int code, const std::string& needle) {
  EXPECT_EQ(r.code, code) << "stderr: " << r.err;
  const std::string prefix = code == 6 ? "pgdenoise: cancelled: " : "pgdenoise: error: ";
  const auto at = r.err.rfind(prefix);
  ASSERT_NE(at, std::string::npos) << "stderr: " << r.err;
  const std::string line = r.err.substr(at);
  EXPECT_EQ(std::count(line.begin(), line.end(), '\n'), 1) << "not one line: " << line;
  EXPECT_NE(line.find(needle), std::string::npos) << "'" << needle << "' not in: " << line;
}

} // namespace pgd::test
