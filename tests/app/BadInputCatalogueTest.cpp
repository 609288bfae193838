// The bad-input catalogue docs/BAD_INPUT.md is the source of truth: this test parses its table
// and, for every row, builds the input with the generator of that row's id in a fresh folder,
// runs the command line of the row with the real `pgdenoise` executable and checks the exit code,
// that stderr is exactly the one line of the row, and the row's on-disk check. A row without a
// generator and a generator without a row both fail, so the catalogue and the behaviour cannot
// drift apart.
#include "BadInputCatalogue.h"
#include "CliTest.h"
#include "TestImages.h"

#include "image/StackWriter.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <csignal>
#include <fcntl.h>
#include <fstream>
#include <functional>
#include <grp.h>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace pgd::test {
namespace {
namespace fs = std::filesystem;

// "only {dir}/X added (model, stopReason cancelled)": the model folder X, relative to `dir`.
std::optional<fs::path> modelAddedBy(const std::string& check) {
  const std::string prefix = "only {dir}/";
  const std::string suffix = " added (model, stopReason cancelled)";
  if (check.rfind(prefix, 0) != 0 || check.size() <= prefix.size() + suffix.size() ||
      check.compare(check.size() - suffix.size(), suffix.size(), suffix) != 0)
    return std::nullopt;
  return fs::path(check.substr(prefix.size(), check.size() - prefix.size() - suffix.size()));
}

// Nothing changed but the model folder `model` (and the folders above it) appearing, and it
// holds a loadable-looking model that says it was cancelled, with no temporaries next to it.
void expectOnlyModelAdded(const std::map<std::string, std::string>& before,
                          std::map<std::string, std::string> after, const fs::path& dir,
                          const fs::path& model) {
  for (auto it = after.begin(); it != after.end();) {
    const fs::path entry(it->first);
    const auto [m, e] = std::mismatch(model.begin(), model.end(), entry.begin(), entry.end());
    const bool insideModel = m == model.end();
    const bool aboveModel = e == entry.end() && !before.count(it->first);
    it = insideModel || aboveModel ? after.erase(it) : std::next(it);
  }
  EXPECT_EQ(after, before);
  const fs::path folder = dir / model;
  ASSERT_TRUE(fs::exists(folder / "model.json") && fs::exists(folder / "weights.pt"));
  EXPECT_GT(fs::file_size(folder / "weights.pt"), 0u);
  const auto info = nlohmann::json::parse(readFileBytes(folder / "model.json"));
  EXPECT_EQ(info.at("stopReason"), "cancelled");
  EXPECT_GE(info.at("steps").get<int>(), 1);
  for (const auto& e : fs::directory_iterator(folder.parent_path()))
    EXPECT_NE(e.path().filename().string().front(), '.') << "left behind: " << e.path();
}

// Held while forking and while building inputs: ITK's fork handler stops ITK's thread pool, which
// must be neither in use by the other worker nor stopped by two forks at once.
std::mutex gForkLock;

struct Outcome {
  int code = -1;
  std::string err;
  std::string problem; // why the run itself failed, if it did
};

bool handlesSignal(pid_t pid, int signal) {
  std::ifstream comm("/proc/" + std::to_string(pid) + "/comm");
  std::string name;
  std::getline(comm, name);
  if (name != "pgdenoise")
    return false;
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  for (std::string line; std::getline(status, line);)
    if (line.rfind("SigCgt:", 0) == 0)
      return (std::stoull(line.substr(7), nullptr, 16) >> (signal - 1)) & 1u;
  return false;
}

// Runs `command` (a command line starting with "pgdenoise") through /bin/sh in `dir`, with
// $PGD_MODEL_DIR at dir/models, stdin from /dev/null, stdout to `outFile` and stderr to `errFile`.
Outcome runCommand(const std::string& command, const fs::path& dir, const RunSetup& setup,
                   const fs::path& outFile, const fs::path& errFile) {
  Outcome result;
  const std::string program = "pgdenoise";
  if (command != program && command.rfind(program + " ", 0) != 0) {
    result.problem = "the command does not start with 'pgdenoise '";
    return result;
  }
  const std::string line =
      "exec '" + std::string(PGD_CLI_BINARY) + "'" + command.substr(program.size());
  std::vector<std::string> env;
  for (char** e = environ; *e; ++e)
    if (std::string(*e).rfind("PGD_MODEL_DIR=", 0) != 0)
      env.emplace_back(*e);
  env.push_back("PGD_MODEL_DIR=" + (dir / "models").string());
  std::vector<char*> envp;
  for (auto& e : env)
    envp.push_back(e.data());
  envp.push_back(nullptr);
  std::string sh = "/bin/sh", dashC = "-c", lineCopy = line;
  char* argv[] = {sh.data(), dashC.data(), lineCopy.data(), nullptr};
  const std::string dirText = dir.string(), outText = outFile.string(), errText = errFile.string();
  const bool dropPrivileges = setup.unprivileged && ::geteuid() == 0;

  std::unique_lock<std::mutex> forking(gForkLock);
  const pid_t pid = ::fork();
  if (pid == 0) {
    // Only async-signal-safe calls between fork and exec.
    const int in = ::open("/dev/null", O_RDONLY);
    const int out = ::open(outText.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int err = ::open(errText.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (in < 0 || out < 0 || err < 0 || ::dup2(in, 0) < 0 || ::dup2(out, 1) < 0 ||
        ::dup2(err, 2) < 0)
      ::_exit(120);
    if (setup.fileSizeLimit != RLIM_INFINITY) {
      rlimit limit{};
      ::getrlimit(RLIMIT_FSIZE, &limit);
      limit.rlim_cur = setup.fileSizeLimit;
      struct sigaction ignore {};
      ignore.sa_handler = SIG_IGN;
      if (::setrlimit(RLIMIT_FSIZE, &limit) != 0 || ::sigaction(SIGXFSZ, &ignore, nullptr) != 0)
        ::_exit(121);
    }
    if (dropPrivileges &&
        (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0))
      ::_exit(122);
    if (::chdir(dirText.c_str()) != 0)
      ::_exit(123);
    ::execve(argv[0], argv, envp.data());
    ::_exit(124);
  }
  forking.unlock();
  if (pid < 0) {
    result.problem = "fork failed";
    return result;
  }
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  bool signalled = setup.signal == 0;
  int status = 0;
  for (;;) {
    const pid_t done = ::waitpid(pid, &status, WNOHANG);
    if (done == pid)
      break;
    if (std::chrono::steady_clock::now() > deadline) {
      ::kill(pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      result.problem = "timed out";
      break;
    }
    if (!signalled && handlesSignal(pid, setup.signal) &&
        (setup.signalAfter.empty() || fs::exists(dir / setup.signalAfter))) {
      ::kill(pid, setup.signal);
      signalled = true;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(signalled ? 5 : 1));
  }
  if (!signalled && result.problem.empty())
    result.problem = "exited before the signal could be sent";
  result.code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.err = readFileBytes(errFile);
  return result;
}

// The tiny model trained once for the whole suite.
fs::path trainedModel() {
  return fs::temp_directory_path() / ("pgd-bad-input-" + std::to_string(::getpid())) / "model";
}

class BadInputCatalogueTest : public CliTest {
protected:
  static void SetUpTestSuite() {
    s_root = trainedModel().parent_path();
    fs::create_directories(s_root);
    WriteOptions wo;
    wo.pixelType = OutputPixelType::Source;
    writeImageStack(noisyImage(128, 1, {0.02, 1e-3}), s_root / "train.tif", wo);
    const Outcome trained =
        runCommand("pgdenoise --quiet train " + (s_root / "train.tif").string() + " --output " +
                       (s_root / "model").string() +
                       " --width 4 --crop 32 --batch 2 --steps 2 --steps-per-epoch 2 --device cpu",
                   s_root, {}, s_root / "train.out", s_root / "train.err");
    ASSERT_EQ(trained.code, 0) << trained.problem << trained.err;
  }
  static void TearDownTestSuite() {
    std::error_code ec;
    fs::remove_all(s_root, ec);
  }

  static fs::path s_root;
};

fs::path BadInputCatalogueTest::s_root;

// Builds the row's input in a fresh folder, runs its command and checks the outcome.
void checkRow(const CatalogueRow& row, const CatalogueInput& generator, const fs::path& root) {
  SCOPED_TRACE(row.id + ": " + row.input);
  const fs::path dir = root / row.id;
  std::unique_lock<std::mutex> building(gForkLock);
  fs::create_directories(dir);
  const RunSetup setup = generator(dir);
  building.unlock();
  const auto before = folderListing(dir);
  const std::string command = replaceAll(row.command, "{dir}", dir.string());
  const Outcome outcome =
      runCommand(command, dir, setup, root / (row.id + ".out"), root / (row.id + ".err"));
  EXPECT_EQ(outcome.problem, "");
  EXPECT_EQ(outcome.code, row.exitCode) << outcome.err;
  const std::string err = replaceAll(outcome.err, dir.string(), "{dir}");
  EXPECT_EQ(std::count(err.begin(), err.end(), '\n'), 1) << "stderr is not one line: " << err;
  const std::string line = err.substr(0, err.find('\n'));
  EXPECT_TRUE(matchesMessage(row.message, line))
      << "expected: " << row.message << "\n  actual: " << line;

  const auto after = folderListing(dir);
  if (row.check == "folder unchanged")
    EXPECT_EQ(after, before);
  else if (const auto model = modelAddedBy(row.check))
    expectOnlyModelAdded(before, after, dir, *model);
  else
    ADD_FAILURE() << "unknown check: " << row.check;

  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, ec);
       it != fs::recursive_directory_iterator(); it.increment(ec))
    fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, ec);
  fs::remove_all(dir, ec);
}

TEST_F(BadInputCatalogueTest, EveryRowOfTheCatalogueBehavesAsDocumented) {
  const auto rows = parseCatalogue(PGD_BAD_INPUT_DOC);
  const auto all = catalogueInputs(trainedModel());
  EXPECT_GE(rows.size(), 40u) << "the catalogue needs at least 40 rows";
  std::set<std::string> ids;
  std::vector<std::pair<const CatalogueRow*, const CatalogueInput*>> work;
  for (const CatalogueRow& row : rows) {
    const auto generator = all.find(row.id);
    if (!ids.insert(row.id).second)
      ADD_FAILURE() << "row id used twice in docs/BAD_INPUT.md: " << row.id;
    else if (generator == all.end())
      ADD_FAILURE() << "row without a generator: " << row.id;
    else
      work.emplace_back(&row, &generator->second);
  }
  for (const auto& entry : all)
    EXPECT_TRUE(ids.count(entry.first))
        << "generator without a row in docs/BAD_INPUT.md: " << entry.first;

  // Two rows at a time: most of each run is loading the executable's libraries.
  std::atomic<std::size_t> next{0};
  const auto worker = [&] {
    for (std::size_t i = next++; i < work.size(); i = next++)
      checkRow(*work[i].first, *work[i].second, s_root);
  };
  std::thread second(worker);
  worker();
  second.join();
}

} // namespace
} // namespace pgd::test
