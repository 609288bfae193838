// The bad-input catalogue docs/BAD_INPUT.md is the source of truth: this test parses its table
// and, for every row, builds the input with the generator of that row's id in a fresh folder,
// runs the command line of the row with the real `pgdenoise` executable and checks the exit code,
// that stderr is exactly the one line of the row, and the row's on-disk check. A row without a
// generator and a generator without a row both fail, so the catalogue and the behaviour cannot
// drift apart.
#include "CliTest.h"
#include "HandMadeImages.h"

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

// CliTest's image and file helpers, for the free functions below.
struct Helpers : CliTest {
  using CliTest::cleanImage;
  using CliTest::noisyImage;
  using CliTest::readBytes;
  using CliTest::writeBytes;
};

struct Row {
  std::string id, input, command, message, check;
  int exitCode = -1;
};

// A table cell without its code span: `x` or ``x`` (CommonMark strips one space each side).
std::string unquote(std::string cell) {
  std::size_t ticks = 0;
  while (ticks < cell.size() && cell[ticks] == '`')
    ++ticks;
  if (ticks > 0 && cell.size() >= 2 * ticks &&
      cell.compare(cell.size() - ticks, ticks, std::string(ticks, '`')) == 0) {
    cell = cell.substr(ticks, cell.size() - 2 * ticks);
    if (cell.size() >= 2 && cell.front() == ' ' && cell.back() == ' ')
      cell = cell.substr(1, cell.size() - 2);
  }
  return cell;
}

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(' ');
  const auto e = s.find_last_not_of(' ');
  return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

// The cells of a Markdown table line ("| a | b |"); "\|" is a literal bar.
std::vector<std::string> cells(const std::string& line) {
  std::vector<std::string> out;
  std::string cell;
  for (std::size_t i = 1; i < line.size(); ++i) {
    if (line[i] == '\\' && i + 1 < line.size() && line[i + 1] == '|') {
      cell += '|';
      ++i;
    } else if (line[i] == '|') {
      out.push_back(trim(cell));
      cell.clear();
    } else {
      cell += line[i];
    }
  }
  return out;
}

// The rows of the table whose header starts with "| id |".
std::vector<Row> parseCatalogue(const fs::path& doc) {
  std::ifstream in(doc);
  std::vector<Row> rows;
  std::string line;
  bool inTable = false;
  while (std::getline(in, line)) {
    if (!inTable) {
      inTable = line.rfind("| id |", 0) == 0;
      continue;
    }
    if (line.empty() || line.front() != '|')
      break;
    if (line.rfind("|---", 0) == 0 || line.rfind("| ---", 0) == 0)
      continue;
    const auto c = cells(line);
    Row r;
    if (c.size() != 6) {
      r.id = "malformed line: " + line;
      rows.push_back(r);
      continue;
    }
    r.id = unquote(c[0]);
    r.input = c[1];
    r.command = unquote(c[2]);
    r.message = unquote(c[3]);
    r.exitCode = std::atoi(c[4].c_str());
    r.check = c[5];
    r.check.erase(std::remove(r.check.begin(), r.check.end(), '`'), r.check.end());
    rows.push_back(r);
  }
  return rows;
}

std::string replaceAll(std::string s, const std::string& from, const std::string& to) {
  for (auto at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
    s.replace(at, from.size(), to);
  return s;
}

// `actual` equals `pattern` where each "{n}" stands for one or more digits.
bool matches(const std::string& pattern, const std::string& actual) {
  std::size_t p = 0, a = 0;
  while (p < pattern.size()) {
    if (pattern.compare(p, 3, "{n}") == 0) {
      const std::size_t start = a;
      while (a < actual.size() && std::isdigit(static_cast<unsigned char>(actual[a])))
        ++a;
      if (a == start)
        return false;
      p += 3;
    } else if (a < actual.size() && pattern[p] == actual[a]) {
      ++p;
      ++a;
    } else {
      return false;
    }
  }
  return a == actual.size();
}

// Every entry below `folder`: folders by name, files by name, size and modification time.
// (Folder times are left out: a temporary file that was created and removed again changes them.)
std::map<std::string, std::string> listing(const fs::path& folder) {
  std::map<std::string, std::string> entries;
  for (auto it = fs::recursive_directory_iterator(folder); it != fs::recursive_directory_iterator();
       ++it) {
    const std::string name = fs::relative(it->path(), folder).string();
    struct stat st {};
    if (::lstat(it->path().c_str(), &st) != 0) {
      entries[name] = "unreadable";
    } else if (S_ISDIR(st.st_mode)) {
      entries[name] = "folder";
      if ((st.st_mode & S_IRUSR) == 0)
        it.disable_recursion_pending();
    } else {
      entries[name] = std::to_string(st.st_size) + " bytes, modified " +
                      std::to_string(st.st_mtim.tv_sec) + "." + std::to_string(st.st_mtim.tv_nsec);
    }
  }
  return entries;
}

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
  const auto info = nlohmann::json::parse(Helpers::readBytes(folder / "model.json"));
  EXPECT_EQ(info.at("stopReason"), "cancelled");
  EXPECT_GE(info.at("steps").get<int>(), 1);
  for (const auto& e : fs::directory_iterator(folder.parent_path()))
    EXPECT_NE(e.path().filename().string().front(), '.') << "left behind: " << e.path();
}

// How a row's command runs, besides its command line.
struct RunSetup {
  // A file-size limit (RLIMIT_FSIZE) for the process: writes past it fail with EFBIG, as on a
  // full disk, for root and other users alike.
  rlim_t fileSizeLimit = RLIM_INFINITY;
  // Run as user nobody when the test runs as root, so that permissions apply.
  bool unprivileged = false;
  // A signal sent once the process has installed its handler for it and, when given, the file
  // `signalAfter` (relative to the row's folder) exists.
  int signal = 0;
  std::string signalAfter;
};

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
  result.err = Helpers::readBytes(errFile);
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

// --- Inputs, written into the row's folder ---------------------------------------------------

void tiff(const fs::path& file, const ImageStack& stack, bool sourceType = false) {
  WriteOptions wo;
  wo.pixelType = sourceType ? OutputPixelType::Source : OutputPixelType::Float32;
  writeImageStack(stack, file, wo);
}

// A noisy 64 x 64 16-bit image, good input for every command.
void cells(const fs::path& file, int size = 64, int frames = 1) {
  tiff(file, Helpers::noisyImage(size, frames, {0.02, 1e-3}), true);
}

// An 8-bit PNG of the phantom.
std::string pngBytes(const fs::path& scratch) {
  ImageStack clean = Helpers::cleanImage(32);
  for (auto& v : clean.values())
    v = v / 4100.0f * 255.0f;
  clean.metadata().sourceType = PixelType::UInt8;
  tiff(scratch, clean, true);
  const std::string bytes = Helpers::readBytes(scratch);
  fs::remove(scratch);
  return bytes;
}

ImageStack withValue(ImageStack s, int frame, float value) {
  s.at(frame, 10, 10) = value;
  return s;
}

void copyModel(const fs::path& to) {
  fs::copy(trainedModel(), to, fs::copy_options::recursive);
}

nlohmann::json modelJson(const fs::path& model) {
  return nlohmann::json::parse(Helpers::readBytes(model / "model.json"));
}

void write(const fs::path& file, const std::string& bytes) {
  Helpers::writeBytes(file, bytes);
}

// A copy of the trained model at d/model whose model.json is edited by `edit`.
void editedModel(const fs::path& d, const std::function<void(nlohmann::json&)>& edit) {
  copyModel(d / "model");
  auto j = modelJson(d / "model");
  edit(j);
  write(d / "model" / "model.json", j.dump(2));
}

void readOnly(const fs::path& folder) {
  fs::permissions(folder, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                              fs::perms::group_exec | fs::perms::others_read |
                              fs::perms::others_exec);
}

using Generator = std::function<RunSetup(const fs::path& dir)>;

std::map<std::string, Generator> generators() {
  std::map<std::string, Generator> g;
  const RunSetup plain;
  RunSetup nobody;
  nobody.unprivileged = true;

  // Files and formats.
  g["file-missing"] = [=](const fs::path&) { return plain; };
  g["file-dangling-link"] = [=](const fs::path& d) {
    fs::create_symlink(d / "moved-away.tif", d / "cells.tif");
    return plain;
  };
  g["file-fifo"] = [=](const fs::path& d) {
    ::mkfifo((d / "pipe.tif").c_str(), 0644);
    return plain;
  };
  g["folder-empty"] = [=](const fs::path& d) {
    fs::create_directory(d / "empty");
    copyModel(d / "model");
    return plain;
  };
  g["folder-no-images"] = [=](const fs::path& d) {
    fs::create_directory(d / "photos");
    write(d / "photos" / "cat.jpg", "\xff\xd8\xff\xe0 not really");
    write(d / "photos" / "notes.txt", "hello\n");
    return plain;
  };
  g["file-empty"] = [=](const fs::path& d) {
    write(d / "empty.tif", "");
    return plain;
  };
  g["file-text"] = [=](const fs::path& d) {
    write(d / "notes.tif", "this is not an image\n");
    return plain;
  };
  g["file-jpeg"] = [=](const fs::path& d) {
    write(d / "photo.jpg",
          std::string("\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01", 13) + std::string(200, '\x42'));
    return plain;
  };
  g["tiff-truncated"] = [=](const fs::path& d) {
    cells(d / "full.tif", 64, 2);
    const std::string bytes = Helpers::readBytes(d / "full.tif");
    fs::remove(d / "full.tif");
    write(d / "truncated.tif", bytes.substr(0, bytes.size() / 2));
    return plain;
  };
  g["tiff-header-only"] = [=](const fs::path& d) {
    write(d / "header.tif", std::string("II*\0\x08\0\0\0", 8));
    return plain;
  };
  g["tiff-garbage-ifd"] = [=](const fs::path& d) {
    std::string bytes("II*\0\x08\0\0\0", 8);
    for (int i = 0; i < 500; ++i)
      bytes += static_cast<char>((i * 37 + 11) % 251);
    write(d / "corrupt.tif", bytes);
    return plain;
  };
  g["tiff-strip-short"] = [=](const fs::path& d) {
    TiffPage p;
    p.width = p.height = 64;
    p.storedBytes = 100;
    write(d / "short.tif", handMadeTiff({p}));
    return plain;
  };
  g["tiff-zero-width"] = [=](const fs::path& d) {
    write(d / "zero.tif", handMadeTiff(0, 16, 16, 1));
    return plain;
  };
  g["tiff-huge-dimensions"] = [=](const fs::path& d) {
    TiffPage p;
    p.width = p.height = 100000;
    p.storedBytes = 64;
    write(d / "huge.tif", handMadeTiff({p}));
    return plain;
  };
  g["tiff-pages-differ"] = [=](const fs::path& d) {
    TiffPage small, large;
    large.width = large.height = 32;
    write(d / "mixed.tif", handMadeTiff({small, large}));
    return plain;
  };
  // Pixel types.
  g["type-complex"] = [=](const fs::path& d) {
    write(d / "complex.tif", handMadeTiff(16, 16, 64, 6));
    return plain;
  };
  g["type-1-bit"] = [=](const fs::path& d) {
    TiffPage p;
    p.bits = 1;
    p.storedBytes = 32;
    write(d / "bilevel.tif", handMadeTiff({p}));
    return plain;
  };
  g["type-half-float"] = [=](const fs::path& d) {
    write(d / "half.tif", handMadeTiff(16, 16, 16, 3));
    return plain;
  };
  g["type-5-channels"] = [=](const fs::path& d) {
    TiffPage p;
    p.bits = 8;
    p.samplesPerPixel = 5;
    write(d / "five.tif", handMadeTiff({p}));
    return plain;
  };
  g["png-truncated"] = [=](const fs::path& d) {
    const std::string png = pngBytes(d / "scratch.png");
    write(d / "cut.png", png.substr(0, png.size() / 2));
    return plain;
  };
  g["png-bad-crc"] = [=](const fs::path& d) {
    std::string png = pngBytes(d / "scratch.png");
    png[png.find("IDAT") + 8] ^= 0x55;
    write(d / "crc.png", png);
    return plain;
  };
  g["png-huge-dimensions"] = [=](const fs::path& d) {
    write(d / "huge.png", pngWithSize(pngBytes(d / "scratch.png"), 100000, 100000));
    return plain;
  };
  // Pixel values.
  g["value-nan"] = [=](const fs::path& d) {
    tiff(d / "nan.tif", withValue(Helpers::cleanImage(64), 0, std::nanf("")));
    copyModel(d / "model");
    return plain;
  };
  g["value-inf"] = [=](const fs::path& d) {
    tiff(d / "inf.tif", withValue(Helpers::cleanImage(64), 0, HUGE_VALF));
    return plain;
  };
  g["value-minus-inf-in-frame-2"] = [=](const fs::path& d) {
    tiff(d / "stack.tif", withValue(Helpers::cleanImage(64, 2), 1, -HUGE_VALF));
    return plain;
  };
  g["value-nan-reference"] = [=](const fs::path& d) {
    tiff(d / "clean.tif", withValue(Helpers::cleanImage(64), 0, std::nanf("")));
    cells(d / "cells.tif");
    return plain;
  };
  g["value-constant-train"] = [=](const fs::path& d) {
    tiff(d / "flat.tif", ImageStack(1, 64, 64, 500.0f));
    return plain;
  };
  g["value-constant-simulate"] = g["value-constant-train"];
  g["value-constant-reference"] = g["value-constant-train"];
  // Sizes.
  g["size-1x1-fit"] = [=](const fs::path& d) {
    tiff(d / "dot.tif", ImageStack(1, 1, 1, 7.0f));
    return plain;
  };
  g["size-1x1-eval"] = g["size-1x1-fit"];
  g["size-smaller-than-crop"] = [=](const fs::path& d) {
    cells(d / "small.tif", 16);
    return plain;
  };
  g["size-mismatch-eval"] = [=](const fs::path& d) {
    tiff(d / "clean.tif", Helpers::cleanImage(32));
    cells(d / "cells.tif");
    return plain;
  };
  // Models.
  const auto withCells = [](const fs::path& d) { cells(d / "cells.tif"); };
  g["model-missing"] = [=](const fs::path& d) {
    withCells(d);
    return plain;
  };
  g["model-folder-without-json"] = [=](const fs::path& d) {
    withCells(d);
    fs::create_directory(d / "model");
    write(d / "model" / "readme.txt", "hello\n");
    return plain;
  };
  const auto modelFile = [=](const std::string& file, const std::string& bytes) {
    return [=](const fs::path& d) {
      withCells(d);
      copyModel(d / "model");
      write(d / "model" / file, bytes);
      return plain;
    };
  };
  const auto modelEdit = [=](const std::function<void(nlohmann::json&)>& edit) {
    return [=](const fs::path& d) {
      withCells(d);
      editedModel(d, edit);
      return plain;
    };
  };
  g["model-json-not-json"] = modelFile("model.json", "{ not json");
  g["model-json-empty-object"] = modelFile("model.json", "{}");
  g["model-json-future-version"] = modelEdit([](nlohmann::json& j) { j["formatVersion"] = 99; });
  g["model-json-unknown-architecture"] =
      modelEdit([](nlohmann::json& j) { j["architecture"]["kind"] = "transformer"; });
  g["model-json-unknown-loss"] = modelEdit([](nlohmann::json& j) { j["loss"] = "l1"; });
  g["model-json-zero-scale"] =
      modelEdit([](nlohmann::json& j) { j["normalization"]["scale"] = 0.0; });
  g["model-json-string-width"] =
      modelEdit([](nlohmann::json& j) { j["architecture"]["width"] = "wide"; });
  g["model-json-negative-width"] =
      modelEdit([](nlohmann::json& j) { j["architecture"]["width"] = -4; });
  g["model-wrong-width"] = modelEdit([](nlohmann::json& j) {
    j["architecture"]["width"] = 8;
    j["architecture"]["headWidth"] = 64;
  });
  g["model-wrong-architecture"] = modelEdit([](nlohmann::json& j) {
    j["architecture"]["kind"] = "unet";
    j["loss"] = "n2v";
  });
  g["model-3-channels"] = modelEdit([](nlohmann::json& j) { j["architecture"]["inChannels"] = 3; });
  g["model-weights-missing"] = [=](const fs::path& d) {
    withCells(d);
    copyModel(d / "model");
    fs::remove(d / "model" / "weights.pt");
    return plain;
  };
  g["model-weights-truncated"] = [=](const fs::path& d) {
    withCells(d);
    copyModel(d / "model");
    const std::string w = Helpers::readBytes(d / "model" / "weights.pt");
    write(d / "model" / "weights.pt", w.substr(0, w.size() / 3));
    return plain;
  };
  g["models-import-corrupt"] = modelFile("weights.pt", "these are not weights\n");
  // Training configs.
  const auto config = [=](const std::string& json) {
    return [=](const fs::path& d) {
      cells(d / "train.tif", 128);
      if (!json.empty())
        write(d / "config.json", json);
      return plain;
    };
  };
  g["config-missing"] = config("");
  g["config-not-json"] = config("{ \"cropSize\": ");
  g["config-wrong-type"] = config(R"({"cropSize": "large"})");
  g["config-unknown-loss"] = config(R"({"loss": "l1"})");
  g["config-negative-batch"] = config(R"({"batchSize": -2, "maxSteps": 2})");
  g["config-n2v-blind-spot"] = config(R"({"loss": "n2v", "maxSteps": 2})");
  g["config-3-channels"] = config(
      R"({"cropSize": 32, "batchSize": 2, "maxSteps": 2, "stepsPerEpoch": 2, "network": {"width": 4, "headWidth": 32, "inChannels": 3}})");
  g["config-unknown-device"] = config(R"({"device": "tpu"})");
  // Outputs.
  g["output-folder-missing"] = [=](const fs::path& d) {
    withCells(d);
    copyModel(d / "model");
    return plain;
  };
  g["output-folder-is-a-file"] = [=](const fs::path& d) {
    withCells(d);
    copyModel(d / "model");
    write(d / "out", "a file\n");
    return plain;
  };
  g["output-exists"] = [=](const fs::path& d) {
    tiff(d / "clean.tif", Helpers::cleanImage(32));
    write(d / "noisy.tif", "an earlier result\n");
    return plain;
  };
  g["output-is-the-input"] = [=](const fs::path& d) {
    tiff(d / "clean.tif", Helpers::cleanImage(32));
    return plain;
  };
  g["output-wrong-extension"] = g["output-is-the-input"];
  g["output-png-float"] = g["output-is-the-input"];
  g["output-two-inputs-one-name"] = [=](const fs::path& d) {
    fs::create_directories(d / "a");
    fs::create_directories(d / "b");
    fs::create_directories(d / "out");
    cells(d / "a" / "cells.tif");
    cells(d / "b" / "cells.tif");
    copyModel(d / "model");
    return plain;
  };
  g["output-model-name-taken"] = [=](const fs::path& d) {
    cells(d / "train.tif", 128);
    fs::create_directories(d / "models");
    copyModel(d / "models" / "cells");
    return plain;
  };
  g["output-not-a-model-folder"] = [=](const fs::path& d) {
    cells(d / "train.tif", 128);
    fs::create_directories(d / "notes");
    write(d / "notes" / "todo.txt", "keep me\n");
    return plain;
  };
  g["output-export-exists"] = [=](const fs::path& d) {
    fs::create_directories(d / "models");
    copyModel(d / "models" / "cells");
    fs::create_directories(d / "usb" / "cells");
    return plain;
  };
  // Full disk (a file-size limit) and full standard output (/dev/full).
  g["disk-full-simulate"] = [=](const fs::path&) {
    RunSetup s;
    s.fileSizeLimit = 16 * 1024;
    return s;
  };
  g["disk-full-denoise"] = [=](const fs::path& d) {
    cells(d / "cells.tif", 96, 2);
    copyModel(d / "model");
    fs::create_directories(d / "out");
    write(d / "out" / "keep.txt", "existing\n");
    RunSetup s;
    s.fileSizeLimit = 40 * 1024;
    return s;
  };
  g["disk-full-model-store"] = [=](const fs::path& d) {
    cells(d / "train.tif", 128);
    RunSetup s;
    s.fileSizeLimit = 16 * 1024;
    return s;
  };
  g["disk-full-sample"] = g["disk-full-simulate"];
  g["stdout-full-fit-noise"] = [=](const fs::path& d) {
    withCells(d);
    return plain;
  };
  g["stdout-full-version"] = [=](const fs::path&) { return plain; };
  // Permissions: as root the command runs as user nobody, for whom they apply.
  g["permission-unreadable-image"] = [=](const fs::path& d) {
    withCells(d);
    fs::permissions(d / "cells.tif", fs::perms::none);
    return nobody;
  };
  g["permission-unreadable-folder"] = [=](const fs::path& d) {
    fs::create_directories(d / "data");
    cells(d / "data" / "cells.tif");
    fs::permissions(d / "data", fs::perms::none);
    return nobody;
  };
  g["permission-read-only-output-folder"] = [=](const fs::path& d) {
    tiff(d / "clean.tif", Helpers::cleanImage(32));
    fs::create_directories(d / "ro");
    readOnly(d / "ro");
    return nobody;
  };
  g["permission-read-only-input-folder"] = [=](const fs::path& d) {
    fs::create_directories(d / "ro");
    cells(d / "ro" / "cells.tif");
    copyModel(d / "model");
    readOnly(d / "ro");
    return nobody;
  };
  g["permission-read-only-model-store"] = [=](const fs::path& d) {
    cells(d / "train.tif", 128);
    fs::create_directories(d / "models");
    readOnly(d / "models");
    return nobody;
  };
  g["permission-unreadable-weights"] = [=](const fs::path& d) {
    withCells(d);
    copyModel(d / "model");
    fs::permissions(d / "model" / "weights.pt", fs::perms::none);
    fs::create_directories(d / "out");
    fs::permissions(d / "out", fs::perms::all);
    return nobody;
  };
  // Interrupted runs.
  g["interrupt-train-sigint"] = [=](const fs::path& d) {
    cells(d / "train.tif", 128);
    RunSetup s;
    s.signal = SIGINT;
    s.signalAfter = "models/stopped/model.json";
    return s;
  };
  g["interrupt-train-sigterm"] = [=](const fs::path& d) {
    cells(d / "train.tif", 128);
    RunSetup s;
    s.signal = SIGTERM;
    s.signalAfter = "stopped/model.json";
    return s;
  };
  g["interrupt-denoise-sigterm"] = [=](const fs::path& d) {
    cells(d / "cells.tif", 512, 2);
    copyModel(d / "model");
    RunSetup s;
    s.signal = SIGTERM;
    return s;
  };
  // Arguments.
  g["args-unknown-option"] = [=](const fs::path&) { return plain; };
  g["args-no-command"] = g["args-unknown-option"];
  g["args-model-missing"] = [=](const fs::path& d) {
    withCells(d);
    return plain;
  };
  g["args-crop-not-32"] = [=](const fs::path& d) {
    cells(d / "train.tif", 128);
    return plain;
  };
  g["args-width-out-of-range"] = g["args-crop-not-32"];
  g["args-bad-model-name"] = g["args-crop-not-32"];
  g["args-input-and-phantom"] = [=](const fs::path& d) {
    tiff(d / "clean.tif", Helpers::cleanImage(32));
    return plain;
  };
  g["args-fit-noise-no-method"] = g["args-model-missing"];
  g["args-local-residual-without-model"] = g["args-model-missing"];
  g["args-range-not-a-number"] = [=](const fs::path& d) {
    tiff(d / "clean.tif", Helpers::cleanImage(64));
    withCells(d);
    return plain;
  };
  g["args-fixed-without-values"] = [=](const fs::path& d) {
    withCells(d);
    copyModel(d / "model");
    return plain;
  };
  g["args-rename-bad-name"] = [=](const fs::path& d) {
    fs::create_directories(d / "models");
    copyModel(d / "models" / "cells");
    return plain;
  };
  return g;
}

// Builds the row's input in a fresh folder, runs its command and checks the outcome.
void checkRow(const Row& row, const Generator& generator, const fs::path& root) {
  SCOPED_TRACE(row.id + ": " + row.input);
  const fs::path dir = root / row.id;
  std::unique_lock<std::mutex> building(gForkLock);
  fs::create_directories(dir);
  const RunSetup setup = generator(dir);
  building.unlock();
  const auto before = listing(dir);
  const std::string command = replaceAll(row.command, "{dir}", dir.string());
  const Outcome outcome =
      runCommand(command, dir, setup, root / (row.id + ".out"), root / (row.id + ".err"));
  EXPECT_EQ(outcome.problem, "");
  EXPECT_EQ(outcome.code, row.exitCode) << outcome.err;
  const std::string err = replaceAll(outcome.err, dir.string(), "{dir}");
  EXPECT_EQ(std::count(err.begin(), err.end(), '\n'), 1) << "stderr is not one line: " << err;
  const std::string line = err.substr(0, err.find('\n'));
  EXPECT_TRUE(matches(row.message, line)) << "expected: " << row.message << "\n  actual: " << line;

  const auto after = listing(dir);
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
  const auto all = generators();
  EXPECT_GE(rows.size(), 40u) << "the catalogue needs at least 40 rows";
  std::set<std::string> ids;
  std::vector<std::pair<const Row*, const Generator*>> work;
  for (const Row& row : rows) {
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
