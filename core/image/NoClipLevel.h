// The clip level that means "this data does not clip".
#pragma once

namespace pgd {

// Clip levels (normalised units) at or beyond -+kNoClipLevel mean "none": float data, and the
// noise fit when no clipping was given or detected (docs/NOISE_FIT.md, "Constraints and flags").
// A finite value rather than infinity so that it survives JSON and arithmetic unchanged.
inline constexpr double kNoClipLevel = 1e30;

} // namespace pgd
