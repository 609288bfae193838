#pragma once
// ResultTables: every score of a run, the per-set means and the CSV files (per_image.csv,
// synthetic_grid.csv). Means are plain means over the images of a set. Not thread-safe.
#include "OracleImage.h"
#include "ScoreRow.h"
#include "SyntheticCell.h"

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace pgd {

struct SetMean {
  double psnr = 0.0;
  double ssim = 0.0;
  double plainPsnr = 0.0;
  double aRaw = ScoreRow::kNone; // mean fitted a,b (raw units) where the method has them
  double bRaw = ScoreRow::kNone;
  int images = 0;
  double steps = ScoreRow::kNone; // mean training steps and seconds of the method's model
  double trainSeconds = ScoreRow::kNone;
};

class ResultTables {
public:
  void add(const std::vector<ScoreRow>& rows);
  void setSynthetic(std::vector<SyntheticCell> cells) { m_cells = std::move(cells); }
  void addOracle(OracleImage image) { m_oracle.push_back(std::move(image)); }

  const std::vector<ScoreRow>& rows() const { return m_rows; }
  const std::vector<SyntheticCell>& synthetic() const { return m_cells; }
  const std::vector<OracleImage>& oracle() const { return m_oracle; }
  // Sets in first-seen order.
  std::vector<std::string> sets() const;
  // Methods present for `set`, in MethodCatalog order.
  std::vector<std::string> methods(const std::string& set) const;
  // Mean over the images of `set` that have `method`; images == 0 when none.
  SetMean mean(const std::string& set, const std::string& method) const;
  // Mean over the images that have both methods of (first - second) PSNR; NaN when none.
  double meanDifference(const std::string& set, const std::string& first,
                        const std::string& second) const;
  // Smallest per-image (first - second) PSNR difference, NaN when none.
  double worstDifference(const std::string& set, const std::string& first,
                         const std::string& second) const;

  void writeCsv(const std::filesystem::path& outDir) const;

private:
  std::vector<double> differences(const std::string& set, const std::string& first,
                                  const std::string& second) const;

  std::vector<ScoreRow> m_rows;
  std::vector<SyntheticCell> m_cells;
  std::vector<OracleImage> m_oracle;
};

} // namespace pgd
