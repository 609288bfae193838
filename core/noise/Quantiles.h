#pragma once
// Quantiles: exact sample quantiles of large float arrays with numpy's default (linear
// interpolation between order statistics, position q*(m-1)) in a few streaming passes: a coarse
// histogram locates each needed order statistic, then only that histogram bin is sorted.
// Non-finite values are ignored. Pure function; safe from any thread.
#include <cstddef>
#include <vector>

namespace pgd {

// q: probabilities in [0,1]. Returns one value per q; all NaN when v has no finite value.
std::vector<double> quantiles(const float* v, std::size_t n, const std::vector<double>& q);

} // namespace pgd
