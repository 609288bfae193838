#include "noise/NoiseFitPlotData.h"

#include "job/Error.h"
#include "noise/ForegroundLevels.h"
#include "noise/GroundTruthFit.h"
#include "noise/PoissonGaussianNoise.h"
#include "noise/Quantiles.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <vector>

namespace pgd {

namespace {

bool sameShape(const ImageStack& p, const ImageStack& q) {
  return p.frames() == q.frames() && p.height() == q.height() && p.width() == q.width();
}

PdfCurve densityCurve(const std::string& label, NoiseParams params, double level, double lo,
                      double hi, int points) {
  PdfCurve c;
  c.label = label;
  c.params = params;
  const int m = std::max(2, points);
  for (int i = 0; i < m; ++i) {
    const double v = lo + (hi - lo) * double(i) / double(m - 1);
    c.x.push_back(v);
    c.density.push_back(poissonGaussianDensity(v, level, params));
  }
  return c;
}

LevelHistogram levelHistogram(const ImageStack& noisy, const float* select, double level,
                              double halfWidth, const NoiseFitPlotData& data,
                              const NoiseFitPlotOptions& o) {
  LevelHistogram h;
  h.level = level;
  h.levelLow = level - halfWidth;
  h.levelHigh = level + halfWidth;
  std::vector<float> values;
  for (std::size_t i = 0; i < noisy.size(); ++i)
    if (select[i] >= h.levelLow && select[i] <= h.levelHigh && std::isfinite(noisy.values()[i]))
      values.push_back(noisy.values()[i]);
  h.count = values.size();
  // Range: +-4 fitted SDs around the level, widened to the data actually seen.
  const double sd = std::sqrt(std::max(1e-12, data.fit.a * std::max(0.0, level) + data.fit.b));
  double lo = level - 4.0 * sd;
  double hi = level + 4.0 * sd;
  if (!values.empty()) {
    const auto [mn, mx] = std::minmax_element(values.begin(), values.end());
    lo = std::min(lo, double(*mn));
    hi = std::max(hi, double(*mx));
  }
  const int bins = std::max(1, o.histogramBins);
  const double width = (hi - lo) / bins;
  for (int i = 0; i <= bins; ++i)
    h.edges.push_back(lo + width * i);
  h.density.assign(std::size_t(bins), 0.0);
  for (float v : values)
    h.density[std::min(std::size_t(bins) - 1, std::size_t((v - lo) / width))] += 1.0;
  if (!values.empty())
    for (double& d : h.density)
      d /= double(values.size()) * width;
  h.curves.push_back(
      densityCurve("pseudo-clean fit", {data.fit.a, data.fit.b}, level, lo, hi, o.pdfPoints));
  if (data.hasGroundTruth)
    h.curves.push_back(densityCurve("ground-truth fit",
                                    {data.groundTruthFit.a, data.groundTruthFit.b}, level, lo, hi,
                                    o.pdfPoints));
  return h;
}

// The frames `frames` of `stack`, in that order, as a stack of their own (pixels only).
ImageStack framesOf(const ImageStack& stack, const std::vector<int>& frames) {
  ImageStack out(int(frames.size()), stack.height(), stack.width());
  for (std::size_t i = 0; i < frames.size(); ++i)
    std::copy_n(stack.frame(frames[i]), stack.frameSize(), out.frame(int(i)));
  return out;
}

// Each frame's a,b in raw units.
std::vector<NoiseParams> rawParams(const std::vector<NoiseFitResult>& fits,
                                   const Normalization& normalization) {
  std::vector<NoiseParams> raw;
  for (const NoiseFitResult& f : fits)
    raw.push_back(normalization.toRaw({f.a, f.b}));
  return raw;
}

// The frames of `stack` one under another with `gap` rows of NaN between each two, as one frame.
std::vector<float> framesWithGaps(const ImageStack& stack, int gap) {
  const std::size_t w = std::size_t(stack.width());
  const std::size_t pitch = std::size_t(stack.height() + gap);
  const std::size_t rows = std::size_t(stack.frames()) * pitch - std::size_t(gap);
  std::vector<float> out(w * rows, std::numeric_limits<float>::quiet_NaN());
  for (int f = 0; f < stack.frames(); ++f)
    std::copy(stack.frame(f), stack.frame(f) + stack.frameSize(),
              out.begin() + std::ptrdiff_t(std::size_t(f) * pitch * w));
  return out;
}

// Bins of mu over [lo, hi]: each bin's level and mean squared residual (residual source `source`
// minus mu). The level is the mean mu of the bin, or on frames that read the local residual its
// calibrated level, the bin's mean noisy value (docs/NOISE_FIT.md, "Calibrated levels"), as the
// fit read it.
VarianceMeanCurve varianceMean(const ImageStack& source, const ImageStack& mu,
                               const ImageStack& noisy, double lo, double hi,
                               const NoiseFitPlotData& data, const NoiseFitPlotOptions& o) {
  VarianceMeanCurve c;
  const std::size_t bins = std::size_t(std::max(1, o.varianceBins));
  std::vector<double> n(bins, 0.0), sm(bins, 0.0), sr2(bins, 0.0);
  const double width = hi > lo ? (hi - lo) / double(bins) : 1.0;
  const std::size_t plane = std::max<std::size_t>(1, mu.frameSize());
  for (std::size_t i = 0; i < source.size(); ++i) {
    const double m = mu.values()[i];
    const double y = source.values()[i];
    if (!(m >= lo && m <= hi) || !std::isfinite(y))
      continue;
    const NoiseFitResult& frameFit = data.perFrame[std::min(data.perFrame.size() - 1, i / plane)];
    const bool calibrated = o.fit.calibrateLevels && frameFit.method == "local-difference";
    const double level = calibrated ? double(noisy.values()[i]) : m;
    const std::size_t k = std::min(bins - 1, std::size_t((m - lo) / width));
    n[k] += 1.0;
    sm[k] += level;
    sr2[k] += (y - m) * (y - m);
  }
  for (std::size_t k = 0; k < bins; ++k) {
    if (n[k] < double(std::max<std::size_t>(1, o.minPixelsPerBin)))
      continue;
    c.mean.push_back(sm[k] / n[k]);
    c.variance.push_back(sr2[k] / n[k]);
    c.count.push_back(std::size_t(n[k]));
  }
  c.lineX = {lo, hi};
  c.lineY = {data.fit.a * lo + data.fit.b, data.fit.a * hi + data.fit.b};
  return c;
}

} // namespace

NoiseFitPlotData makeNoiseFitPlotData(const ImageStack& noisy, const ImageStack& pseudoClean,
                                      const NoiseFitPlotOptions& options,
                                      const Normalization& normalization, const ImageStack* clean,
                                      const std::vector<NoiseFitResult>* fitsAsUsed) {
  if (!sameShape(noisy, pseudoClean) || (clean && !sameShape(noisy, *clean)))
    throw Error(ErrorKind::Usage,
                "noise plot: noisy, pseudo-clean and clean stacks differ in shape");
  if (noisy.empty())
    throw Error(ErrorKind::Input, "noise plot: empty image");
  if (fitsAsUsed && fitsAsUsed->size() != std::size_t(noisy.frames()))
    throw Error(ErrorKind::Usage, "noise plot: need one fit per frame");
  // A constant frame (NoiseFitResult::constantFrame) holds no noise: the stack's fit, histograms
  // and variance panel come from the other frames, while perFrame keeps every frame's fit.
  if (fitsAsUsed) {
    std::vector<int> kept;
    std::vector<NoiseFitResult> keptFits;
    for (int f = 0; f < noisy.frames(); ++f)
      if (!(*fitsAsUsed)[std::size_t(f)].constantFrame) {
        kept.push_back(f);
        keptFits.push_back((*fitsAsUsed)[std::size_t(f)]);
      }
    if (!kept.empty() && kept.size() < fitsAsUsed->size()) {
      const ImageStack keptClean = clean ? framesOf(*clean, kept) : ImageStack();
      NoiseFitPlotData data =
          makeNoiseFitPlotData(framesOf(noisy, kept), framesOf(pseudoClean, kept), options,
                               normalization, clean ? &keptClean : nullptr, &keptFits);
      data.perFrame = *fitsAsUsed;
      data.perFrameRaw = rawParams(data.perFrame, normalization);
      return data;
    }
  }
  NoiseFitPlotData data;
  data.normalization = normalization;
  const NoiseFitter fitter(options.fit);
  if (fitsAsUsed)
    data.perFrame = *fitsAsUsed;
  else
    for (int f = 0; f < noisy.frames(); ++f)
      data.perFrame.push_back(
          fitter.fitFrame(noisy.frame(f), pseudoClean.frame(f), noisy.width(), noisy.height()));
  // What each frame's fit read as noise (docs/NOISE_FIT.md, "Residual"): the noisy frame for the
  // paper's residual, mu + its local difference for the local one; the stack's fit and the
  // variance panel read the same, so they agree with the per-frame a,b.
  ImageStack residualSource = noisy;
  for (int f = 0; f < noisy.frames(); ++f)
    if (data.perFrame[std::size_t(f)].method == "local-difference") {
      NoiseFitOptions frameOptions = options.fit;
      frameOptions.localSpacing = data.perFrame[std::size_t(f)].localSpacing;
      const std::vector<float> local = localDifferenceSamples(
          noisy.frame(f), pseudoClean.frame(f), noisy.width(), noisy.height(), frameOptions);
      std::copy(local.begin(), local.end(), residualSource.frame(f));
    }
  const NoiseFitResult& first = data.perFrame.front();
  const bool shared =
      fitsAsUsed && std::all_of(data.perFrame.begin(), data.perFrame.end(),
                                [&](const auto& f) { return f.a == first.a && f.b == first.b; });
  if (shared || noisy.frames() == 1) {
    data.fit = first;
  } else if (first.method == "local-difference") {
    // The local residual over all frames at once, calibrated levels and all: the frames one under
    // another as one frame, rows of NaN between them.
    NoiseFitOptions stackOptions = options.fit;
    stackOptions.residual = FitResidual::LocalDifference;
    stackOptions.localSpacing = first.localSpacing;
    // As many rows of NaN as the stencils reach, so that none spans two frames.
    const int gap = localStencilReach(stackOptions.curvatureCorrection, first.localSpacing);
    const std::vector<float> y = framesWithGaps(noisy, gap);
    const std::vector<float> m = framesWithGaps(pseudoClean, gap);
    data.fit = NoiseFitter(stackOptions)
                   .fitFrame(y.data(), m.data(), noisy.width(),
                             noisy.frames() * (noisy.height() + gap) - gap);
  } else {
    NoiseFitOptions stackOptions = options.fit;
    stackOptions.residual = FitResidual::PseudoClean;
    data.fit = NoiseFitter(stackOptions)
                   .fit(residualSource.values().data(), pseudoClean.values().data(), noisy.size());
    data.fit.method = first.method;
  }
  data.fitRaw = normalization.toRaw({data.fit.a, data.fit.b});
  if (clean) {
    data.hasGroundTruth = true;
    data.groundTruthFit = GroundTruthFit(options.fit)
                              .fit(noisy.values().data(), clean->values().data(), noisy.size());
    data.groundTruthRaw = normalization.toRaw({data.groundTruthFit.a, data.groundTruthFit.b});
  }
  data.perFrameRaw = rawParams(data.perFrame, normalization);

  const ImageStack& selector = clean ? *clean : pseudoClean;
  const std::vector<double> range =
      quantiles(selector.values().data(), selector.size(), {0.01, 0.99});
  const double halfWidth = options.levelHalfWidth * std::max(1e-12, range[1] - range[0]);
  std::vector<double> levels = options.levels;
  if (levels.empty()) // quantiles of the foreground (noise/ForegroundLevels.h)
    levels = foregroundLevels(selector.values().data(), selector.size(),
                              std::max(1, options.automaticLevels));
  for (double level : levels)
    data.histograms.push_back(
        levelHistogram(noisy, selector.values().data(), level, halfWidth, data, options));
  data.varianceMean =
      varianceMean(residualSource, pseudoClean, noisy, range[0], range[1], data, options);
  return data;
}

} // namespace pgd
