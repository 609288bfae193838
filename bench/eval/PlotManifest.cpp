#include "PlotManifest.h"

#include "image/StackWriter.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <fstream>

#include <fmt/format.h>

namespace pgd {

namespace fs = std::filesystem;

namespace {

constexpr int kCropSize = 128;

nlohmann::json params(NoiseParams p) {
  return {{"a", p.a}, {"b", p.b}};
}

struct Window {
  int x = 0;
  int y = 0;
  int size = kCropSize;
};

// The crop window where the clean image has the largest standard deviation (stride size / 2).
Window busiestWindow(const ImageStack& clean) {
  Window best;
  best.size = std::min({kCropSize, clean.width(), clean.height()});
  double bestSd = -1.0;
  const int stride = std::max(1, best.size / 2);
  for (int y = 0; y + best.size <= clean.height(); y += stride)
    for (int x = 0; x + best.size <= clean.width(); x += stride) {
      double s = 0.0, s2 = 0.0;
      for (int j = 0; j < best.size; ++j)
        for (int i = 0; i < best.size; ++i) {
          const double v = clean.at(0, y + j, x + i);
          s += v;
          s2 += v * v;
        }
      const double n = double(best.size) * best.size;
      const double sd = std::sqrt(std::max(0.0, s2 / n - (s / n) * (s / n)));
      if (sd > bestSd) {
        bestSd = sd;
        best.x = x;
        best.y = y;
      }
    }
  return best;
}

std::pair<double, double> displayRange(const ImageStack& clean, const Window& w) {
  std::vector<float> v;
  for (int j = 0; j < w.size; ++j)
    for (int i = 0; i < w.size; ++i)
      v.push_back(clean.at(0, w.y + j, w.x + i));
  std::sort(v.begin(), v.end());
  const double lo = v[std::size_t(0.005 * double(v.size() - 1))];
  double hi = v[std::size_t(0.995 * double(v.size() - 1))];
  if (!(hi > lo))
    hi = lo + 1.0;
  return {lo, hi};
}

std::string slug(const std::string& text) {
  std::string s;
  for (char c : text)
    s += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return s;
}

} // namespace

PlotManifest::PlotManifest(fs::path outDir) : m_outDir(std::move(outDir)) {
  m_json["noiseFit"] = nlohmann::json::array();
  m_json["estimates"] = nlohmann::json::array();
  m_json["gallery"] = nlohmann::json::array();
  m_json["captions"] = nlohmann::json::object();
}

void PlotManifest::addNoiseFit(const std::string& set, const std::string& image,
                               const std::string& caption, const NoiseFitPlotData& data) {
  nlohmann::json j;
  j["set"] = set;
  j["image"] = image;
  j["caption"] = caption;
  j["file"] = "noisefit_" + slug(set) + ".png";
  j["fit"] = params({data.fit.a, data.fit.b});
  j["fitRaw"] = params(data.fitRaw);
  j["hasGroundTruth"] = data.hasGroundTruth;
  if (data.hasGroundTruth) {
    j["groundTruthFit"] = params({data.groundTruthFit.a, data.groundTruthFit.b});
    j["groundTruthRaw"] = params(data.groundTruthRaw);
  }
  j["histograms"] = nlohmann::json::array();
  for (const auto& h : data.histograms) {
    nlohmann::json hj;
    hj["level"] = h.level;
    hj["levelLow"] = h.levelLow;
    hj["levelHigh"] = h.levelHigh;
    hj["count"] = h.count;
    hj["edges"] = h.edges;
    hj["density"] = h.density;
    hj["curves"] = nlohmann::json::array();
    for (const auto& c : h.curves)
      hj["curves"].push_back({{"label", c.label},
                              {"a", c.params.a},
                              {"b", c.params.b},
                              {"x", c.x},
                              {"density", c.density}});
    j["histograms"].push_back(hj);
  }
  j["varianceMean"] = {{"mean", data.varianceMean.mean},
                       {"variance", data.varianceMean.variance},
                       {"count", data.varianceMean.count},
                       {"lineX", data.varianceMean.lineX},
                       {"lineY", data.varianceMean.lineY}};
  m_json["noiseFit"].push_back(j);
}

void PlotManifest::addEstimate(const EstimatePoint& p) {
  nlohmann::json j;
  j["lambda"] = p.lambda;
  j["sigma"] = p.sigma;
  j["truth"] = params(p.truth);
  j["groundTruth"] = params(p.groundTruth);
  j["foi"] = params(p.foi);
  if (p.hasOurs) {
    j["ours"] = params(p.ours);
    j["oursPaper"] = params(p.oursPaper);
  }
  m_json["estimates"].push_back(j);
}

void PlotManifest::addGalleryRow(
    const std::string& title, const std::vector<std::pair<std::string, const ImageStack*>>& images,
    const ImageStack& clean) {
  const Window w = busiestWindow(clean);
  const auto [lo, hi] = displayRange(clean, w);
  fs::create_directories(m_outDir / "crops");
  nlohmann::json row;
  row["title"] = title;
  row["window"] = {{"x", w.x}, {"y", w.y}, {"size", w.size}};
  row["display"] = {{"low", lo}, {"high", hi}};
  row["crops"] = nlohmann::json::array();
  WriteOptions options;
  options.pixelType = OutputPixelType::Source;
  options.overwrite = true;
  for (const auto& [label, image] : images) {
    ImageStack crop(1, w.size, w.size);
    crop.metadata().sourceType = PixelType::UInt8;
    for (int j = 0; j < w.size; ++j)
      for (int i = 0; i < w.size; ++i) {
        const double v = (image->at(0, w.y + j, w.x + i) - lo) / (hi - lo) * 255.0;
        crop.at(0, j, i) = static_cast<float>(std::clamp(v, 0.0, 255.0));
      }
    const std::string file = "crops/" + slug(title) + "_" + slug(label) + ".png";
    writeImageStack(crop, m_outDir / file, options);
    row["crops"].push_back({{"label", label}, {"file", file}});
  }
  m_json["gallery"].push_back(row);
}

void PlotManifest::setCaption(const std::string& figure, const std::string& caption) {
  m_json["captions"][figure] = caption;
}

fs::path PlotManifest::save() const {
  const fs::path path = m_outDir / "plots.json";
  std::ofstream out(path);
  out << m_json.dump(1) << "\n";
  return path;
}

} // namespace pgd
