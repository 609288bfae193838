#pragma once
// BadInputCatalogue: the table of docs/BAD_INPUT.md and the inputs of its rows, shared by the
// command-line test (tests/app/BadInputCatalogueTest.cpp: every row against the real executable)
// and the workbench test (tests/widgets/WorkbenchBadInputTest.cpp: the rows whose workbench
// column names a file the workbench reads). No GoogleTest and no Qt here.
#include <sys/resource.h>

#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace pgd::test {

struct CatalogueRow {
  std::string id, input, command, message, check;
  int exitCode = -1;
  // What the workbench does with the row's input: "open PATH", "import PATH", "settings PATH",
  // or "-" where the input cannot reach the workbench (see docs/BAD_INPUT.md).
  std::string workbench;
};

// The rows of the table whose header starts with "| id |". A line with the wrong number of cells
// becomes a row whose id starts with "malformed line: ".
std::vector<CatalogueRow> parseCatalogue(const std::filesystem::path& doc);

std::string replaceAll(std::string s, const std::string& from, const std::string& to);

// `actual` equals `pattern` where each "{n}" stands for one or more digits.
bool matchesMessage(const std::string& pattern, const std::string& actual);

// Every entry below `folder`: folders by name, files by name, size and modification time.
// (Folder times are left out: a temporary file that was created and removed again changes them.)
std::map<std::string, std::string> folderListing(const std::filesystem::path& folder);

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

// Builds a row's input in its (existing, empty) folder and says how its command runs.
using CatalogueInput = std::function<RunSetup(const std::filesystem::path& dir)>;

// The input of every row, by row id. `model` is a tiny model folder (width 4) that the model rows
// copy to `{dir}/model` and then corrupt.
std::map<std::string, CatalogueInput> catalogueInputs(const std::filesystem::path& model);

} // namespace pgd::test
