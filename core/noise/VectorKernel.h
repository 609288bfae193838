#pragma once
// PGD_VECTOR_KERNEL marks a function whose loops the compiler vectorises (the noise fit's pixel
// passes) to be compiled twice on x86-64: for the plain instruction set (SSE2) the build targets
// and for AVX2, the copy taken chosen once when the program loads (GCC's and clang's
// target_clones), so that one binary runs everywhere and uses the wider vectors where the CPU has
// them (docs/TRAINING.md, "Noise fit speed"). Both copies give the same values bit for bit: AVX2
// alone brings no fused multiply-add to contract into, and without -ffast-math no sum is
// reordered. Elsewhere (other CPUs and compilers, sanitizer builds) it is nothing.
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__)) &&                            \
    !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
#define PGD_VECTOR_KERNEL __attribute__((target_clones("avx2", "default")))
#else
#define PGD_VECTOR_KERNEL
#endif
