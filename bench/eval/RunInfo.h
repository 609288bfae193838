#pragma once
// RunInfo: how and where an evaluation run happened, for the report header. Plain value.
#include <string>
#include <vector>

namespace pgd {

struct RunInfo {
  std::string commandLine;
  std::string started;  // ISO 8601 UTC
  std::string finished; // ISO 8601 UTC
  double seconds = 0.0;
  std::string device;                 // where the models trained, e.g. "cpu (2 threads, 2 cores)"
  std::string host;                   // CPU model line
  std::vector<std::string> omissions; // what this mode leaves out
  std::vector<std::string> failures;  // parts that threw, with the message
  std::vector<std::string> figures;   // PNG files (relative to the output folder) that exist
};

} // namespace pgd
