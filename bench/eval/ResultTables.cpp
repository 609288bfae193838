#include "ResultTables.h"

#include "MethodCatalog.h"
#include "job/Error.h"

#include <algorithm>
#include <cmath>
#include <fstream>

#include <fmt/format.h>

namespace pgd {

namespace fs = std::filesystem;

namespace {

std::string num(double v, int digits = 6) {
  return std::isfinite(v) ? fmt::format("{:.{}g}", v, digits) : std::string();
}

std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s)
    out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::ofstream openCsv(const fs::path& path) {
  std::ofstream out(path);
  if (!out)
    throw Error(ErrorKind::Output, path.string() + ": cannot write");
  return out;
}

} // namespace

void ResultTables::add(const std::vector<ScoreRow>& rows) {
  m_rows.insert(m_rows.end(), rows.begin(), rows.end());
}

std::vector<std::string> ResultTables::sets() const {
  std::vector<std::string> out;
  for (const auto& r : m_rows)
    if (std::find(out.begin(), out.end(), r.set) == out.end())
      out.push_back(r.set);
  return out;
}

std::vector<std::string> ResultTables::methods(const std::string& set) const {
  std::vector<std::string> out;
  for (const auto& m : MethodCatalog::all())
    if (std::any_of(m_rows.begin(), m_rows.end(),
                    [&](const ScoreRow& r) { return r.set == set && r.method == m.id; }))
      out.push_back(m.id);
  return out;
}

SetMean ResultTables::mean(const std::string& set, const std::string& method) const {
  SetMean m;
  int noiseCount = 0, modelCount = 0;
  double a = 0.0, b = 0.0, steps = 0.0, seconds = 0.0;
  for (const auto& r : m_rows) {
    if (r.set != set || r.method != method)
      continue;
    m.psnr += r.psnr;
    m.ssim += r.ssim;
    m.plainPsnr += r.plainPsnr;
    ++m.images;
    if (r.trainSteps >= 0) {
      steps += double(r.trainSteps);
      seconds += r.trainSeconds;
      ++modelCount;
    }
    if (std::isfinite(r.aRaw) && std::isfinite(r.bRaw)) {
      a += r.aRaw;
      b += r.bRaw;
      ++noiseCount;
    }
  }
  if (m.images > 0) {
    m.psnr /= m.images;
    m.ssim /= m.images;
    m.plainPsnr /= m.images;
  }
  if (modelCount > 0) {
    m.steps = steps / modelCount;
    m.trainSeconds = seconds / modelCount;
  }
  if (noiseCount > 0) {
    m.aRaw = a / noiseCount;
    m.bRaw = b / noiseCount;
  }
  return m;
}

std::vector<double> ResultTables::differences(const std::string& set, const std::string& first,
                                              const std::string& second) const {
  std::vector<double> d;
  for (const auto& r : m_rows) {
    if (r.set != set || r.method != first)
      continue;
    for (const auto& s : m_rows)
      if (s.set == set && s.image == r.image && s.method == second)
        d.push_back(r.psnr - s.psnr);
  }
  return d;
}

double ResultTables::meanDifference(const std::string& set, const std::string& first,
                                    const std::string& second) const {
  const auto d = differences(set, first, second);
  if (d.empty())
    return ScoreRow::kNone;
  double s = 0.0;
  for (double v : d)
    s += v;
  return s / double(d.size());
}

double ResultTables::worstDifference(const std::string& set, const std::string& first,
                                     const std::string& second) const {
  const auto d = differences(set, first, second);
  return d.empty() ? ScoreRow::kNone : *std::min_element(d.begin(), d.end());
}

void ResultTables::writeCsv(const fs::path& outDir) const {
  fs::create_directories(outDir);
  auto out = openCsv(outDir / "per_image.csv");
  out << "set,image,method,convention,psnr_db,ssim,plain_psnr_db,a_norm,b_norm,a_raw,b_raw,"
         "noise_source,train_steps,best_step,train_seconds,stop_reason,preset,device\n";
  for (const auto& r : m_rows)
    out << fmt::format("{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}\n", r.set, r.image,
                       r.method, r.convention, num(r.psnr), num(r.ssim), num(r.plainPsnr),
                       num(r.aNorm), num(r.bNorm), num(r.aRaw), num(r.bRaw), quoted(r.noiseSource),
                       r.trainSteps >= 0 ? std::to_string(r.trainSteps) : "",
                       r.bestStep >= 0 ? std::to_string(r.bestStep) : "", num(r.trainSeconds, 4),
                       quoted(r.stopReason), r.preset, r.device);
  if (!m_oracle.empty()) {
    auto oracle = openCsv(outDir / "oracle.csv");
    oracle << "set,image,step,train_seconds,validation_loss,validation_mu_mse,psnr_posterior_db,"
              "psnr_mu_db,auto_stop_returns,oracle_best\n";
    for (const auto& o : m_oracle)
      for (std::size_t i = 0; i < o.checkpoints.size(); ++i) {
        const auto& c = o.checkpoints[i];
        oracle << fmt::format("{},{},{},{},{},{},{},{},{},{}\n", o.set, o.image, c.step,
                              num(c.seconds, 4), num(c.validationLoss), num(c.validationMuMse),
                              num(c.psnrPosterior), num(c.psnrMu), int(i) == o.autoIndex ? 1 : 0,
                              int(i) == o.oracleIndex ? 1 : 0);
      }
  }
  if (m_cells.empty())
    return;
  auto grid = openCsv(outDir / "synthetic_grid.csv");
  grid << "lambda,sigma,a_true,b_true,a_ours,b_ours,a_ours_paper,b_ours_paper,a_gtfit,b_gtfit,"
          "a_foi,b_foi,psnr_noisy,psnr_ours_mu,psnr_ours_posterior,psnr_ours_posterior_paper,"
          "psnr_gt_posterior,psnr_n2v\n";
  for (const auto& c : m_cells)
    grid << fmt::format("{:g},{:g},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}\n", c.lambda,
                        c.sigma, num(c.truth.a), num(c.truth.b), c.hasOurs ? num(c.ours.a) : "",
                        c.hasOurs ? num(c.ours.b) : "", c.hasOurs ? num(c.oursPaper.a) : "",
                        c.hasOurs ? num(c.oursPaper.b) : "", num(c.groundTruth.a),
                        num(c.groundTruth.b), num(c.foi.a), num(c.foi.b), num(c.psnrNoisy),
                        num(c.psnrMu), num(c.psnrPosterior), num(c.psnrPosteriorPaper),
                        num(c.psnrGroundTruth), num(c.psnrN2v));
}

} // namespace pgd
