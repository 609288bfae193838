#pragma once
// Quantiles: exact sample quantiles of large float arrays with numpy's default (linear
// interpolation between order statistics, position q*(m-1)) without a copy or a sort of the data:
// one streaming pass that collects the values between two bounds read from an even sample (and
// nth_element on those few), or, where the sample misleads, a radix selection that counts the high
// then the low 16 bits of an order-preserving bit key in two passes. Non-finite values are
// ignored. Pure function; safe from any thread.
#include <cstddef>
#include <vector>

namespace pgd {

// q: probabilities in [0,1]. Returns one value per q; all NaN when v has no finite value.
// threads: as NoiseFitOptions::threads; the result does not depend on it.
std::vector<double> quantiles(const float* v, std::size_t n, const std::vector<double>& q,
                              int threads = 0);

} // namespace pgd
