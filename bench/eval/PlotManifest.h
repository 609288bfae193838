#pragma once
// PlotManifest: the data behind every figure of the evaluation, written as plots.json for the Qt
// plotting tool (pgd_eval_plots), which only draws. Holds Fig. 2 style noise-fit data (one image
// per real set), the synthetic a,b estimates against the truth, and the crop gallery (the crops
// themselves are written here as 8-bit PNGs with one display range per row). Not thread-safe.
#include "image/ImageStack.h"
#include "noise/NoiseFitPlotData.h"

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace pgd {

struct EstimatePoint {
  double lambda = 0.0;
  double sigma = 0.0;
  NoiseParams truth;
  bool hasOurs = false;
  NoiseParams ours;      // pseudo-clean fit
  NoiseParams oursPaper; // local-difference fit
  NoiseParams groundTruth;
  NoiseParams foi;
};

class PlotManifest {
public:
  explicit PlotManifest(std::filesystem::path outDir);

  void addNoiseFit(const std::string& set, const std::string& image, const std::string& caption,
                   const NoiseFitPlotData& data);
  void addEstimate(const EstimatePoint& point);
  // One gallery row: the same window of every image (raw units, single frames of one shape);
  // the window is the 128x128 block (or smaller image) where `clean` varies most, the display
  // range the 0.5-99.5% percentiles of `clean` there. The last entry should be the clean image.
  void addGalleryRow(const std::string& title,
                     const std::vector<std::pair<std::string, const ImageStack*>>& images,
                     const ImageStack& clean);
  void setCaption(const std::string& figure, const std::string& caption);

  // Writes plots.json into the output folder and returns its path.
  std::filesystem::path save() const;

private:
  std::filesystem::path m_outDir;
  nlohmann::json m_json;
};

} // namespace pgd
