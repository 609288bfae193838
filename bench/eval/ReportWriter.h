#pragma once
// ReportWriter: the Markdown report of a run (RESULTS.md): header (command, date, data, preset,
// device, budget, what was left out), methods, per-set means for the real data, the synthetic
// a,b (paper Table 2 style) and PSNR (Table 3 style) tables, BSD68, the targets with
// met/missed and by how much, and the figures. Every table names its data, preset, device and
// PSNR convention. Links are written relative to the report file's folder. A hand-written
// NOTES.md in the output folder (the discussion of a run) is appended verbatim.
#include "EvalSettings.h"
#include "ResultTables.h"
#include "RunInfo.h"

#include <filesystem>
#include <string>

namespace pgd {

class ReportWriter {
public:
  ReportWriter(const EvalSettings& settings, const ResultTables& tables, const RunInfo& run);
  // Markdown text with links relative to `reportFolder`.
  std::string markdown(const std::filesystem::path& reportFolder) const;
  void write(const std::filesystem::path& reportFile) const;

private:
  std::string header() const;
  std::string realSets() const;
  std::string synthetic() const;
  std::string bsd68() const;
  std::string targets() const;
  std::string oracle() const;
  std::string figures(const std::filesystem::path& reportFolder) const;
  std::string discussion() const;
  std::string deviceOf(const std::string& set) const;

  const EvalSettings& m_settings;
  const ResultTables& m_tables;
  const RunInfo& m_run;
};

} // namespace pgd
