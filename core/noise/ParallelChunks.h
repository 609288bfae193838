#pragma once
// parallelChunks: splits [0, n) into up to hardware_concurrency() (at most 8) contiguous chunks
// and runs fn(chunk, begin, end) for each on its own std::thread (the calling thread takes the
// first chunk). Small ranges run as one chunk. Returns the number of chunks used so callers can
// size per-chunk accumulators beforehand with chunkCount(n). Header-only; callable from any
// thread; fn must only write to its own chunk's state.
#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

namespace pgd {

inline std::size_t chunkCount(std::size_t n) {
  constexpr std::size_t kMinPerChunk = std::size_t(1) << 18;
  const std::size_t cores = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 8);
  return std::clamp<std::size_t>(n / kMinPerChunk, 1, cores);
}

template <class Fn> std::size_t parallelChunks(std::size_t n, const Fn& fn) {
  const std::size_t chunks = chunkCount(n);
  std::vector<std::thread> workers;
  for (std::size_t c = 1; c < chunks; ++c)
    workers.emplace_back([&fn, c, n, chunks] { fn(c, c * n / chunks, (c + 1) * n / chunks); });
  fn(std::size_t(0), std::size_t(0), n / chunks);
  for (std::thread& t : workers)
    t.join();
  return chunks;
}

} // namespace pgd
