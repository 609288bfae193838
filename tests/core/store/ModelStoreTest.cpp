#include "store/ModelStore.h"
#include "job/Error.h"
#include "store/BuiltInModel.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <random>
#include <sstream>

#include <sys/wait.h>
#include <unistd.h>

namespace pgd {
namespace {
namespace fs = std::filesystem;

class TempRoot {
public:
  TempRoot() {
    std::random_device rd;
    m_path = fs::temp_directory_path() / ("pgd-store-test-" + std::to_string(rd()));
    fs::create_directories(m_path);
  }
  ~TempRoot() {
    std::error_code ec;
    fs::remove_all(m_path, ec);
  }
  const fs::path& path() const { return m_path; }

private:
  fs::path m_path;
};

Model smallModel(unsigned long long seed = 1) {
  ModelInfo info;
  info.architecture = {NetworkKind::BlindSpot, 8, 64, 1};
  info.normalization = {255.0, 0.0};
  info.preset = "quick";
  return Model(info, seed);
}

std::vector<float> predictMu(const Model& m) {
  std::vector<float> x(40 * 50), mu(x.size()), s2(x.size());
  for (std::size_t i = 0; i < x.size(); ++i)
    x[i] = float(i % 37) / 37.0f;
  m.predict(x.data(), 40, 50, mu.data(), s2.data());
  mu.insert(mu.end(), s2.begin(), s2.end());
  return mu;
}

std::string expectModelError(const ModelStore& store, const std::string& name) {
  try {
    store.load(name);
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Model) << e.what();
    EXPECT_EQ(std::string(e.what()).find('\n'), std::string::npos);
    return e.what();
  }
  ADD_FAILURE() << "loaded " << name;
  return {};
}

void rewriteJson(const fs::path& file, const std::string& from, const std::string& to) {
  std::ifstream in(file);
  std::stringstream ss;
  ss << in.rdbuf();
  auto text = ss.str();
  const auto at = text.find(from);
  ASSERT_NE(at, std::string::npos);
  text.replace(at, from.size(), to);
  std::ofstream(file) << text;
}

TEST(ModelStore, ListsTheBuiltInBaseFirstAndNeverDeletesOrRenamesIt) {
  TempRoot root;
  ModelStore store(root.path());
  store.save(smallModel(), "mine");
  const auto entries = store.listWithBuiltIn();
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_TRUE(entries[0].builtIn);
  EXPECT_EQ(entries[0].name, kBuiltInBaseName);
  EXPECT_TRUE(entries[0].problem.empty()) << entries[0].problem;
  EXPECT_FALSE(entries[1].builtIn);
  EXPECT_EQ(store.list().size(), 1u); // the store folder itself holds only "mine"
  const auto refused = [&](const std::function<void()>& call) {
    try {
      call();
    } catch (const Error& e) {
      return e.kind() == ErrorKind::Usage;
    }
    return false;
  };
  EXPECT_TRUE(refused([&] { store.remove(kBuiltInBaseName); }));
  EXPECT_TRUE(refused([&] { store.rename(kBuiltInBaseName, "mine2"); }));
  EXPECT_TRUE(builtInBaseFolder().has_value());
  EXPECT_TRUE(store.load(kBuiltInBaseName).info().perImageNormalization);
}

TEST(ModelStore, SaveLoadGivesIdenticalPredictions) {
  TempRoot root;
  ModelStore store(root.path());
  const auto model = smallModel(3);
  const auto folder = store.save(model, "cells-1");
  EXPECT_TRUE(fs::exists(folder / "weights.pt"));
  EXPECT_TRUE(fs::exists(folder / "model.json"));
  const auto loaded = store.load("cells-1");
  EXPECT_EQ(predictMu(loaded), predictMu(model));
  EXPECT_EQ(loaded.info().preset, "quick");
  EXPECT_EQ(ModelStore::loadFolder(folder).info().architecture.width, 8);
  const auto entries = store.list();
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].name, "cells-1");
  EXPECT_TRUE(entries[0].problem.empty());
  // No temporary folders are left behind.
  EXPECT_EQ(std::distance(fs::directory_iterator(root.path()), fs::directory_iterator()), 1);
}

TEST(ModelStore, OverwriteOnlyWhenAskedAndNamesAreChecked) {
  TempRoot root;
  ModelStore store(root.path());
  store.save(smallModel(1), "m");
  EXPECT_THROW(store.save(smallModel(2), "m"), Error);
  store.save(smallModel(2), "m", true);
  EXPECT_EQ(predictMu(store.load("m")), predictMu(smallModel(2)));
  EXPECT_THROW(store.save(smallModel(), "../evil"), Error);
  EXPECT_THROW(store.save(smallModel(), ""), Error);
}

TEST(ModelStore, RenameRemoveExportImport) {
  TempRoot root;
  ModelStore store(root.path());
  store.save(smallModel(4), "a");
  store.rename("a", "b");
  EXPECT_FALSE(store.contains("a"));
  EXPECT_EQ(store.load("b").info().name, "b");
  store.exportTo("b", root.path() / "exported");
  ModelStore other(root.path() / "other");
  EXPECT_EQ(other.importFrom(root.path() / "exported", "c"), "c");
  EXPECT_EQ(predictMu(other.load("c")), predictMu(smallModel(4)));
  store.remove("b");
  EXPECT_FALSE(store.contains("b"));
  EXPECT_THROW(store.remove("b"), Error);
}

TEST(ModelStore, CorruptTruncatedNewerAndMissingModelsGiveClearErrors) {
  TempRoot root;
  ModelStore store(root.path());
  for (const char* name : {"trunc", "newer", "noweights", "nojson", "arch"})
    store.save(smallModel(), name);
  const auto w = root.path() / "trunc" / "weights.pt";
  fs::resize_file(w, fs::file_size(w) / 2);
  EXPECT_NE(expectModelError(store, "trunc").find("corrupt"), std::string::npos);
  rewriteJson(root.path() / "newer" / "model.json", "\"formatVersion\": 1", "\"formatVersion\": 9");
  EXPECT_NE(expectModelError(store, "newer").find("newer"), std::string::npos);
  fs::remove(root.path() / "noweights" / "weights.pt");
  EXPECT_NE(expectModelError(store, "noweights").find("weights.pt: missing"), std::string::npos);
  fs::remove(root.path() / "nojson" / "model.json");
  EXPECT_NE(expectModelError(store, "nojson").find("model.json: missing"), std::string::npos);
  rewriteJson(root.path() / "arch" / "model.json", "\"width\": 8", "\"width\": 16");
  EXPECT_NE(expectModelError(store, "arch").find("shape"), std::string::npos);
  expectModelError(store, "does-not-exist");
  int problems = 0;
  for (const auto& e : store.list())
    problems += !e.problem.empty();
  EXPECT_EQ(problems, 3); // newer, noweights, nojson are flagged without loading weights
}

// A pid that certainly ran and has ended: a child that exits at once, reaped.
long deadPid() {
  const pid_t child = ::fork();
  if (child == 0)
    ::_exit(0);
  int status = 0;
  ::waitpid(child, &status, 0);
  return child;
}

TEST(ModelStore, ListingRepairsWhatAKilledSaveLeftBehind) {
  TempRoot root;
  ModelStore store(root.path());
  const long dead = deadPid();
  // Killed between "swap the old model out" and "move the new one in": the model is hidden.
  ModelStore::saveFolder(smallModel(5),
                         root.path() / (".kept.pgd-old-" + std::to_string(dead) + "-1"));
  ModelStore::saveFolder(smallModel(6),
                         root.path() / (".kept.pgd-saving-" + std::to_string(dead) + "-2"));
  // Killed while writing a new model: a partial temporary.
  fs::create_directories(root.path() /
                         (".half.pgd-saving-" + std::to_string(dead) + "-3482917465"));
  std::ofstream(root.path() / (".half.pgd-saving-" + std::to_string(dead) + "-3482917465") /
                "weights.pt")
      << "trunc";
  // A save in progress in a live process (this one) must not be touched.
  const fs::path live = root.path() / (".busy.pgd-saving-" + std::to_string(::getpid()) + "-4");
  fs::create_directories(live);
  // A user's own hidden folder that merely looks similar is not ours.
  fs::create_directories(root.path() / ".notes.pgd-old");

  const auto entries = store.list();
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].name, "kept");
  EXPECT_TRUE(entries[0].problem.empty()) << entries[0].problem;
  EXPECT_EQ(predictMu(store.load("kept")), predictMu(smallModel(5)));
  std::vector<std::string> left;
  for (const auto& e : fs::directory_iterator(root.path()))
    left.push_back(e.path().filename().string());
  std::sort(left.begin(), left.end());
  EXPECT_EQ(left, (std::vector<std::string>{".busy.pgd-saving-" + std::to_string(::getpid()) + "-4",
                                            ".notes.pgd-old", "kept"}));
}

TEST(ModelStore, ReplacingAModelLeavesNoTemporaries) {
  TempRoot root;
  ModelStore store(root.path());
  store.save(smallModel(1), "m");
  store.save(smallModel(2), "m", true);
  EXPECT_EQ(predictMu(store.load("m")), predictMu(smallModel(2)));
  int entries = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(root.path()))
    ++entries;
  EXPECT_EQ(entries, 1);
}

} // namespace
} // namespace pgd
