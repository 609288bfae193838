#pragma once
// The noise fit's binned objective J (the fast path, NoiseFitOptions::binned): the moments of the
// kept pixels' levels and squared residuals per fine bin of mu (noise/BinCollection.h fills them),
// from which J is read at any (a, b) in time proportional to the bins. Any thread; read-only once
// packed.
#include "image/Normalization.h"
#include "noise/BinnedNewtonFit.h"
#include "noise/NoiseFitter.h"
#include "noise/StencilCoupling.h"

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <limits>
#include <utility>
#include <vector>

namespace pgd::noisefit {

// Binned objective: per fine bin of mu, moments of d = mu - centre and of r2 up to second order
// in d, so that sum r2/v + log v expands around v_c = a*centre + b with an O(d^3) error.
struct BinnedData {
  // One cache line per bin: the binning pass updates a bin per pixel at scattered levels.
  struct alignas(64) Bin {
    double n = 0, d = 0, d2 = 0, r2 = 0, r2d = 0, r2d2 = 0;
    double e = 0;    // sum of y - mu (y: the noisy value), for the calibrated levels
    double far2 = 0; // sum of the far local difference squared, for the curvature correction
    // Another chunk's sums of the same bin, added field by field (collectBinned merges the
    // chunks in their order).
    void merge(const Bin& p) {
      n += p.n;
      d += p.d;
      d2 += p.d2;
      r2 += p.r2;
      r2d += p.r2d;
      r2d2 += p.r2d2;
      e += p.e;
      far2 += p.far2;
    }
    // One pixel at offset dm from the centre with squared residual r2, noisy value minus mu ev
    // and squared far local difference fv (0 for the paper's residual): the eight sums as two
    // additions of four (n, d, d2, r2) and (r2d, r2d2, e, far2), each product and sum as the
    // scalar expressions n += 1, d += dm, d2 += dm*dm, r2 += r2, r2d += r2*dm, r2d2 += r2*dm*dm,
    // e += ev, far2 += fv give (with AVX, two 32-byte loads and stores).
    void add(double dm, double r2v, double ev, double fv) {
      using Quad = double __attribute__((vector_size(32)));
      static_assert(sizeof(Bin) == 64 && offsetof(Bin, r2d) == 32);
      char* bytes = reinterpret_cast<char*>(this);
      Quad low;
      Quad high;
      std::memcpy(&low, bytes, 32);
      std::memcpy(&high, bytes + 32, 32);
      const double r2dm = r2v * dm;
      low += Quad{1.0, dm, dm * dm, r2v};
      high += Quad{r2dm, r2dm * dm, ev, fv};
      std::memcpy(bytes, &low, 32);
      std::memcpy(bytes + 32, &high, 32);
    }
  };
  struct CensoredBin {
    double n = 0, mu = 0; // count and sum of levels
  };
  std::vector<Bin> bins;
  std::vector<CensoredBin> high;
  std::vector<CensoredBin> low;
  ClipLevels clip;
  double first = 0.0;
  double width = 1.0;
  // The widest bin in the levels J reads (width, times the calibration's steepest slope).
  double span = 1.0;
  std::size_t total = 0;
  // The range of mu binned (set with the bins), and of the levels J reads (by pack(): the same,
  // or mapped through the calibration).
  double binnedMin = std::numeric_limits<double>::infinity();
  double binnedMax = -std::numeric_limits<double>::infinity();
  double levelMin = std::numeric_limits<double>::infinity();
  double levelMax = -std::numeric_limits<double>::infinity();
  std::pair<double, double> levelRange() const { return {levelMin, levelMax}; }

  // The non-empty bins, one array per moment, in the order of the bins (filled by pack()).
  BinMoments packed;
  // true when no pixel enters J censored (J is then the bins' sum alone).
  bool uncensored() const {
    const auto empty = [](const std::vector<CensoredBin>& v) {
      return std::all_of(v.begin(), v.end(), [](const CensoredBin& q) { return q.n == 0; });
    };
    return empty(high) && empty(low);
  }

  // Fills `packed`; with `correctCurvature`, each bin's squared residuals scaled by the
  // CurvatureCorrection factor at its centre (from the bins' sums of r2 and far2); with
  // `calibrate`, at calibrated levels (LevelCalibration from the bins' sums of mu and y, away from
  // the clip levels `levelClip`): a pixel at offset d from its bin's centre c then sits at level
  // L(c) + s*d, with s the map's slope at c, so the bin's moments of d scale by s and s^2. The
  // censored pixels' levels and the range of levels map the same way.
  // `coupling`: mu's coupling to the stencils (noise/StencilCoupling.h), whose selection by mu the
  // curvature correction takes out first; null: none.
  void pack(bool calibrate, const ClipLevels& levelClip, bool correctCurvature,
            const StencilCoupling* coupling = nullptr);

  double operator()(double a, double b) const;
  std::size_t count() const { return total; }
};

} // namespace pgd::noisefit
