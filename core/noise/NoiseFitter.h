#pragma once
// NoiseFitter: fits var(y | x) = a*x + b per image from (noisy y, pseudo-clean mu) pairs by
// minimising (Nelder-Mead, or Newton on the bins where it applies: NoiseFitOptions::newton)
// J(a,b) = mean((y-mu)^2 / max(1e-4, a*mu+b) + log max(1e-4, a*mu+b))
// (docs/ARCHITECTURE.md#noise-fit). Stateless apart from its options; safe from any thread.
#include "image/NoClipLevel.h"
#include "noise/NoiseFitTimings.h"
#include "noise/PoissonGaussianNoise.h"
#include "noise/StencilCoupling.h"

#include <cstddef>
#include <limits>
#include <string>
#include <vector>

namespace pgd {

enum class FitVariant { Full, GaussianOnly, PoissonOnly, Fixed };
enum class FitMask {
  // Default: None for the local residual, CleanPercentile for the paper's. A cut on mu keeps the
  // pixels whose neighbours' noise pulled mu inside the cut, which the local residual contains:
  // it read a 5-10% steep and left out the brightest, most telling pixels (docs/NOISE_FIT.md,
  // "Pixel mask").
  Auto,
  CleanPercentile, // keep q_lo(mu) <= mu <= q_hi(mu) (unbiased for y - mu, docs/NOISE_FIT.md)
  NoisyPercentile, // the paper's mode: keep q_lo(y) <= y <= q_hi(y)
  None             // keep every pixel
};

// What the fit reads as the noise of each pixel (at the level mu).
enum class FitResidual {
  // The paper: y - mu. mu's own error counts as noise, so an undertrained mu inflates a
  // (measured: +46% to +65% on synthetic data after 90 s of training; docs/RESULTS.md).
  PseudoClean,
  // (4y - the four neighbours of y) / sqrt(20): a noise sample that does not involve mu (exact
  // for a locally linear clean image and locally constant noise variance; edges add a little).
  // Needs the frame's layout (fitFrame). Assumes noise independent from pixel to pixel.
  LocalDifference,
  // Per frame: LocalDifference where the frame's noise measures as independent from pixel to
  // pixel (noise/LocalDifferenceCorrelation.h), PseudoClean elsewhere (docs/NOISE_FIT.md,
  // "Residual").
  Auto
};

struct NoiseFitOptions {
  FitVariant variant = FitVariant::Full;
  FitResidual residual = FitResidual::Auto;
  FitMask mask = FitMask::Auto;
  double lowPercentile = 0.02;
  double highPercentile = 0.97;
  bool binned = true; // fast path: sums of (y-mu)^2 in fine bins of mu
  int bins = 4096;
  NoiseParams fixed{}; // used when variant == Fixed
  NoiseParams start{0.01, 0.0};
  // Keep the fit physical: a >= 0 and a*x + b > 0 over the levels used (docs/NOISE_FIT.md,
  // "Constraints and flags"). false: the unconstrained fit of the paper (for comparisons).
  bool constrain = true;
  // Binned fits of the full line without censored pixels: J's minimum by Newton's method from the
  // weighted least-squares line (noise/BinnedNewtonFit.h), Nelder-Mead where Newton cannot be
  // trusted. false: Nelder-Mead always (for comparisons; docs/NOISE_FIT.md, "Minimiser").
  bool newton = true;
  // With the local residual, read each pixel's level as the clean level its mu stands for,
  // E[y | mu] measured on the frame (noise/LevelCalibration.h), instead of mu itself: a young
  // network's mu is not that level, and the fitted slope a follows the error (docs/NOISE_FIT.md,
  // "Calibrated levels"). The paper's residual y - mu keeps mu as its level (its noise is not
  // independent of mu where auto picks it). false: the level is mu (for comparisons).
  bool calibrateLevels = true;
  // With the local residual, remove the clean image's own structure from its squared differences
  // level by level (noise/CurvatureCorrection.h): fine structure reads as a little extra variance
  // where the image is bright, and a comes out steep (docs/NOISE_FIT.md, "Curvature correction").
  // The stencils then reach two pixels out. false: the plain local difference (for comparisons).
  bool curvatureCorrection = true;
  // mu's coupling to the local stencils' pixels, measured on the network (infer/StencilProbe.h;
  // the Denoiser fills it per frame): with the curvature correction, the variance that grouping
  // the local differences by mu selects is taken out first (noise/StencilCoupling.h,
  // docs/NOISE_FIT.md, "Selection by mu"). Not measured (all 0): no such correction.
  StencilCoupling stencilCoupling;
  int maxIterations = 2000;
  double tolerance = 1e-10;
  // Values at or beyond these (normalised units) count as clipped (saturated / zero-clipped).
  double clipLow = -kNoClipLevel;
  double clipHigh = kNoClipLevel;
  // When the bounds above are left at their defaults, treat the smallest / largest noisy value
  // as a clip level if at least max(8, 0.05% of pixels) sit exactly on it.
  bool detectClipping = true;
  // With clipping (given or detected) and the CleanPercentile or None mask, clipped pixels enter
  // J as censored observations, -2 log P(Y >= clipHigh | mu) (or P(Y <= clipLow)) under the
  // Gaussian approximation N(mu, a*mu + b), instead of (y - mu)^2 / v + log v; this keeps
  // saturated and zero-clipped levels from biasing a,b. The paper's NoisyPercentile mode is left
  // exactly as published (no censoring).
  bool censorClipped = true;
  // Threads the passes over the pixels may use: 0 for std::thread::hardware_concurrency() (at
  // most 8). The fit depends on it only through the order of sums: a,b within 1e-6 relative
  // (docs/TRAINING.md, "Noise fit speed").
  int threads = 0;
  // At most about this many pairs of adjacent local differences (whole rows, evenly spread: every
  // 32nd row of a 2048^2 frame) give the auto residual's correlation
  // (noise/LocalDifferenceCorrelation.h). A statistic: on every frame measured it chose the
  // residual all pairs choose (docs/NOISE_FIT.md, "How auto chooses").
  std::size_t correlationPairs = std::size_t(1) << 18;
  // Pixels between the centre of the local residual's stencil and its other four pixels. 0: 1,
  // except that the auto residual, on a frame whose noise does not measure as independent between
  // adjacent pixels, takes the smallest spacing up to kMaxLocalSpacing at which it does (noise in
  // grains a few pixels wide, e.g. FMD widefield) before falling back to y - mu
  // (docs/NOISE_FIT.md, "Grains: a wider stencil"). Above 0: that spacing (the auto residual then
  // tests the noise at that spacing only).
  int localSpacing = 0;
  // Side of the square the network behind mu does not see (NetworkSpec::blindSpot; the Denoiser
  // sets it from its model). Above 1 the network was trained for noise correlated between
  // neighbours: mu holds none of the pixel's noise, so such a frame is not flagged
  // correlatedNoise (docs/NOISE_FIT.md, "Correlated noise").
  int blindSpot = 1;
};

struct NoiseFitResult {
  double a = 0.0;
  double b = 0.0;
  double objective = 0.0;
  int iterations = 0;
  std::size_t pixelsUsed = 0;
  bool converged = false;
  double clipLow = -kNoClipLevel; // clip levels used (given or detected); +-kNoClipLevel: none
  double clipHigh = kNoClipLevel;
  double clippedLowFraction = 0.0;  // fraction of y at or below clipLow
  double clippedHighFraction = 0.0; // fraction of y at or above clipHigh
  std::string method;               // e.g. "pseudo-clean", "ground-truth", "foi"
  // The correlation of adjacent local differences of the noisy frame (-0.4 for noise independent
  // from pixel to pixel), measured by fitFrame for the local and auto residuals; NaN otherwise.
  double noiseCorrelation = std::numeric_limits<double>::quiet_NaN();
  // The local residual's stencil spacing (NoiseFitOptions::localSpacing), 1 unless the frame's
  // noise measured as correlated between adjacent pixels; only meaningful with method
  // "local-difference".
  int localSpacing = 1;
  // Lowest and highest level mu that entered the fit (the range the constraints hold over).
  double levelMin = 0.0;
  double levelMax = 0.0;
  // Flags of a fit not to trust blindly (docs/NOISE_FIT.md, "Constraints and flags"):
  // atBound: a constraint is active at the optimum (a = 0, or a*x + b at its floor at levelMin);
  // fewPixels: fewer than kMinFitPixels pixels entered the fit.
  bool atBound = false;
  bool fewPixels = false;
  // heavyClipping: at least kHeavyClipFraction of the pixels sit at a clip level.
  bool heavyClipping = false;
  // correlatedNoise: noiseCorrelation lies above kCorrelatedNoiseFlag, noise in grains of several
  // pixels that the blind-spot network partly predicts from the neighbours, so that every
  // residual reads too little of it.
  bool correlatedNoise = false;
  // The verdicts on the model behind mu, set by the denoising run (addModelVerdict):
  // undertrained (nn/TrainingMaturity.h) and an image unlike the model's training data
  // (image/ProfileMismatch.h).
  bool undertrained = false;
  bool unlikeTraining = false;
  // constantFrame: every pixel of the frame has one value, so there is no noise to fit and nothing
  // to denoise; the denoiser writes such a frame of a stack unchanged (infer/Denoiser.h) and
  // refuses an image that is one constant frame.
  bool constantFrame = false;
  std::vector<std::string> warnings; // one readable line per flag (and for a fit not converged)
};

// Below this many pixels a per-image fit is flagged fewPixels: the relative standard error of a
// and b is then several percent or more (docs/NOISE_FIT.md, "Constraints and flags").
constexpr std::size_t kMinFitPixels = 1000;
// From this fraction of clipped pixels (both ends together) on a fit is flagged heavyClipping:
// the censored pixels carry little information and the fit rests on the rest
// (docs/NOISE_FIT.md, "Quality verdict").
constexpr double kHeavyClipFraction = 0.05;

// How far above kIndependentNoiseCorrelation (-0.4, noise/LocalDifferenceCorrelation.h) the
// correlation of adjacent local differences may lie for the auto residual to still read a
// frame's noise as independent from pixel to pixel (docs/NOISE_FIT.md, "Residual").
constexpr double kCorrelatedNoiseMargin = 0.02;
// The widest stencil spacing the auto residual tries on a frame whose noise correlates between
// adjacent pixels: FMD widefield's grains correlate +0.57 one pixel apart, +0.09 two apart and
// -0.03 three apart (docs/NOISE_FIT.md, "Grains: a wider stencil"); wider stencils read more of
// the image's structure.
constexpr int kMaxLocalSpacing = 3;
// From this correlation of adjacent local differences on (-0.4 for independent noise) a fit is
// flagged correlatedNoise: FMD widefield (+0.07) read a 94% low, FMD confocal (-0.30 to -0.37)
// within 9% (docs/NOISE_FIT.md, "Quality verdict"). Set by judgement between the two.
constexpr double kCorrelatedNoiseFlag = -0.2;
// true when `correlation` (localDifferenceCorrelation) reads as noise independent from pixel to
// pixel; false for NaN (nothing measured).
bool independentNoise(double correlation);

// How many pixels the local residual's stencils reach from their centre: `spacing` (at least 1),
// twice as far with the curvature correction (its far difference). The border a local fit leaves
// out, and the rows of NaN that keep stacked frames' stencils apart (noise/NoiseFitPlotData.h).
int localStencilReach(bool curvatureCorrection, int spacing);

// What a fit with the local-difference residual reads as one frame's noisy values: mu + (4y - the
// four pixels max(1, o.localSpacing) away from y) / sqrt(20), NaN at the border and where a stencil
// touches a clip level (given in `o`, or detected); y - mu of it is that residual, scaled by the
// square root of the curvature correction's factor at its level where o.curvatureCorrection is on.
// For plotting the residual a fit used (noise/NoiseFitPlotData.h).
std::vector<float> localDifferenceSamples(const float* y, const float* mu, int width, int height,
                                          const NoiseFitOptions& o);

// The result for a frame whose pixels all read one value: nothing fitted (a = b = 0), method
// "none (constant frame)", flagged constantFrame, with `warning` as its one warning. The denoiser
// and fit-noise say in `warning` what they do with such a frame.
NoiseFitResult constantFrameResult(const std::string& warning);

// The residual a fit read, as tables and plots name it: its method, with the stencil's spacing
// where the local residual spanned pixels more than one apart ("local-difference (3 px)";
// docs/NOISE_FIT.md, "Grains: a wider stencil").
std::string fitMethodLabel(const NoiseFitResult& r);

// The frame's quality verdict: "ok", or the flags joined by ';': "at-bound", "few-pixels",
// "not-converged" (only for a fit that ran iterations), "heavy-clipping", "correlated-noise",
// "undertrained", "unlike-training" (docs/NOISE_FIT.md, "Quality verdict").
std::string noiseFitFlags(const NoiseFitResult& r);
// Every flag noiseFitFlags() can raise, in the order it lists them: the one list the workbench's
// banner and its translations follow.
const std::vector<std::string>& noiseFitFlagNames();
// Adds the verdicts on the model to a fit: `undertrained` ("" when not) is
// undertrainedReason()'s line, `mismatches` profileMismatches()' lines (empty when alike).
void addModelVerdict(NoiseFitResult& r, const std::string& undertrained,
                     const std::vector<std::string>& mismatches);
// The warning line of a fit flagged correlatedNoise.
std::string correlatedNoiseWarning(double correlation);
// One line about the flagged fits among the frames of one image ("" when none is flagged), e.g.
// "noise fit flagged on frames 0, 3 of 5: <their distinct warnings, '; '-separated>".
std::string flaggedFitsLine(const std::vector<NoiseFitResult>& frames);

class NoiseFitter {
public:
  explicit NoiseFitter(NoiseFitOptions options = {}) : m_options(options) {}
  // y: noisy, mu: (pseudo-)clean, both n values in normalised units. Non-finite pairs are
  // skipped. Throws Error(Input) when no pixel is left after masking. method: "pseudo-clean".
  // Always reads y - mu (options().residual is ignored).
  NoiseFitResult fit(const float* y, const float* mu, std::size_t n) const;
  // One width x height frame (row-major), with the residual options().residual selects:
  // PseudoClean is fit(); LocalDifference (method "local-difference") leaves out the border and
  // every pixel whose cross touches a clip level (the 3x3 cross; 5x5 with the curvature
  // correction), and throws Error(Input) below 3x3 (5x5) pixels; Auto takes LocalDifference when
  // the frame's noise measures as independent from pixel to pixel and fit() otherwise (also below
  // 4x4 (5x5) pixels).
  // timings: when given, the CPU and wall time of each stage are added to it (pgdenoise bench).
  NoiseFitResult fitFrame(const float* y, const float* mu, int width, int height,
                          NoiseFitTimings* timings = nullptr) const;
  // J(a,b) over the pixels the mask keeps, evaluated exactly per pixel (for plots and tests).
  double objective(const float* y, const float* mu, std::size_t n, NoiseParams params) const;
  const NoiseFitOptions& options() const { return m_options; }

private:
  NoiseFitOptions m_options;
};

} // namespace pgd
