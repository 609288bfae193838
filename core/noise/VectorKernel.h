#pragma once
// PGD_VECTOR_KERNEL marks a function whose loops the compiler vectorises (the noise fit's pixel
// passes) to be compiled three times on x86-64: for the plain instruction set (SSE2) the build
// targets, for AVX2 and for AVX-512, the copy taken chosen once when the program loads (GCC's and
// clang's target_clones), so that one binary runs everywhere and uses the wider vectors where the
// CPU has them (docs/TRAINING.md, "Noise fit speed"). PGD_VECTOR_KERNEL_AVX2 leaves out the
// AVX-512 copy, for loops it made slower (the quantiles' bracket counts: measured). All copies
// give the same values bit for bit: the noise library is built with -ffp-contract=off
// (core/noise/CMakeLists.txt), so the fused multiply-add that comes with AVX-512 is never
// contracted into, and without -ffast-math no sum is reordered. Elsewhere (other CPUs and
// compilers, sanitizer builds) both are nothing.
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__)) &&                            \
    !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
#define PGD_VECTOR_KERNEL __attribute__((target_clones("avx512f", "avx2", "default")))
#define PGD_VECTOR_KERNEL_AVX2 __attribute__((target_clones("avx2", "default")))
#else
#define PGD_VECTOR_KERNEL
#define PGD_VECTOR_KERNEL_AVX2
#endif
