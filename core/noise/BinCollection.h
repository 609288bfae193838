#pragma once
// The binned objective's data (noise/BinnedObjective.h) from a frame's pixels: one pass over the
// residual source binning every kept pixel by its level (collectBinned), and the guarded refit's
// bins derived from the first pass's (guardedFromFirstPass). Any thread; each pass runs on
// `threads` threads and gives the same sums whatever their number.
#include "noise/BinnedObjective.h"
#include "noise/FitSelection.h"
#include "noise/ResidualSource.h"

#include <cstddef>
#include <optional>

namespace pgd::noisefit {

// The binned objective's data over the pixels `sel` keeps, on `threads` threads.
BinnedData collectBinned(const ResidualSource& src, const float* mu, std::size_t n,
                         const Selection& sel, int binCount, int threads, bool calibrate);

// The guarded refit's bins (src with its guard set) from the first pass's bins `first` without
// binning every pixel again: bins whose levels all lie in the guard zone (GuardZone) are emptied,
// bins whose levels all lie outside it are kept as they are, and only the bins within one bin
// width of either end of the zone, with the first bin beyond them that holds pixels (which holds
// the new end of the level range), are binned again from the pixels whose mu lies in them, in
// the order and chunks of collectBinned. The result is collectBinned's with the guard, bit for
// bit (NoiseFitter.LocalResidualBinnedOnTheFlyEqualsTheWrittenOutResidual). nullopt where that
// does not hold (a mask not on mu, whose refit takes a new grid; no GuardZone; the bins of the
// two ends meeting), for the caller to run collectBinned.
std::optional<BinnedData> guardedFromFirstPass(const ResidualSource& src, const float* mu,
                                               std::size_t n, const Selection& sel,
                                               const BinnedData& first, int threads,
                                               bool calibrate);

} // namespace pgd::noisefit
