#pragma once
// Quantiles: exact sample quantiles of large float arrays with numpy's default (linear
// interpolation between order statistics, position q*(m-1)) in two streaming passes, without a
// copy: a radix selection counts the high then the low 16 bits of an order-preserving bit key.
// Non-finite values are ignored. Pure function; safe from any thread.
#include <cstddef>
#include <vector>

namespace pgd {

// q: probabilities in [0,1]. Returns one value per q; all NaN when v has no finite value.
std::vector<double> quantiles(const float* v, std::size_t n, const std::vector<double>& q);

} // namespace pgd
