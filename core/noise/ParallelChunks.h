#pragma once
// parallelChunks: splits [0, n) into up to `threads` (0: hardware_concurrency(); at most 8)
// contiguous chunks and runs fn(chunk, begin, end) for each on its own std::thread (the calling
// thread takes the first chunk). Small ranges run as one chunk. Returns the number of chunks
// used so callers can size per-chunk accumulators beforehand with chunkCount(n, threads); the
// chunks depend only on n and that count, so results merged in chunk order are the same from run
// to run. runChunks(chunks, fn) runs fn(chunk) the same way. Header-only; callable from any
// thread; fn must only write to its own chunk's state.
#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

namespace pgd {

inline std::size_t chunkCount(std::size_t n, int threads = 0) {
  constexpr std::size_t kMinPerChunk = std::size_t(1) << 18;
  const std::size_t cores =
      threads > 0 ? std::min<std::size_t>(std::size_t(threads), 8)
                  : std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 8);
  return std::clamp<std::size_t>(n / kMinPerChunk, 1, cores);
}

template <class Fn> void runChunks(std::size_t chunks, const Fn& fn) {
  std::vector<std::thread> workers;
  for (std::size_t c = 1; c < chunks; ++c)
    workers.emplace_back([&fn, c] { fn(c); });
  fn(std::size_t(0));
  for (std::thread& t : workers)
    t.join();
}

template <class Fn> std::size_t parallelChunks(std::size_t n, const Fn& fn, int threads = 0) {
  const std::size_t chunks = chunkCount(n, threads);
  runChunks(chunks,
            [&fn, n, chunks](std::size_t c) { fn(c, c * n / chunks, (c + 1) * n / chunks); });
  return chunks;
}

} // namespace pgd
