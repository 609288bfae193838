#pragma once
// Precision: the floating-point type the networks compute in, and the rule that picks it. Float32
// everywhere, or bfloat16 (8-bit mantissa, float32's range) for the convolutions through LibTorch's
// autocast (nn/AutocastScope.h), with the parts that need it kept in float32 (BlindSpotNet's mu
// and variance heads and its convolution of the input image where it returns as a skip; the
// losses, the optimiser and every sum run on float32 tensors).
//
// "auto" takes bfloat16 only where it is fast: on a CPU that does bfloat16 natively (AVX-512 BF16
// or AMX-BF16, read from /proc/cpuinfo). On CPUs without them LibTorch emulates bfloat16, which
// gives the same results but is slower than float32. On CUDA "auto" is float32: the GPU pass is
// not what a run waits for, and bfloat16 is only native from Ampere on. Measurements:
// docs/TRAINING.md, "bfloat16 inference". Torch-free header (the CLI and the GUI include it).
// Safe from any thread.
#include <string>

namespace pgd {

enum class Precision { Float32, BFloat16 };

// "float32" or "bfloat16".
const char* toString(Precision precision);

// Whether cpuinfo text (the format of /proc/cpuinfo: "flags : fpu ... avx512_bf16 ...") lists a
// CPU feature that computes bfloat16 natively: avx512_bf16 or amx_bf16.
bool cpuinfoHasNativeBFloat16(const std::string& cpuinfo);
// /proc/cpuinfo of this machine, read once; empty where it cannot be read.
const std::string& systemCpuinfo();

// The precision for `preference` ("auto", "float32" or "bfloat16") on `device` ("cpu" or "cuda",
// already resolved): the explicit choices as given, "auto" by the rule above. Throws Error(Usage)
// for unknown names.
Precision resolvePrecision(const std::string& preference, const std::string& device);
// The same rule with the CPU's flags given as cpuinfo text (tests inject it).
Precision resolvePrecision(const std::string& preference, const std::string& device,
                           const std::string& cpuinfo);

// One line for --version and the workbench: what "auto" picks on this machine's CPU and why, e.g.
// "bfloat16 (CPU has avx512_bf16)" or "float32 (no native bfloat16 on this CPU)".
std::string describeAutoPrecision(const std::string& cpuinfo);

} // namespace pgd
