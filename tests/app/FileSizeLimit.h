#pragma once
// FileSizeLimit: while alive, limits the size of files this process may write (RLIMIT_FSIZE), so
// writes past it fail with EFBIG as on a full disk, for root and other users alike; SIGXFSZ is
// ignored meanwhile. For the full-disk tests; create it on the test's thread.
#include <csignal>
#include <sys/resource.h>

namespace pgd::test {

class FileSizeLimit {
public:
  explicit FileSizeLimit(rlim_t bytes) {
    ::getrlimit(RLIMIT_FSIZE, &m_old);
    m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limit = m_old;
    limit.rlim_cur = bytes;
    ::setrlimit(RLIMIT_FSIZE, &limit);
  }
  ~FileSizeLimit() {
    ::setrlimit(RLIMIT_FSIZE, &m_old);
    std::signal(SIGXFSZ, m_oldHandler);
  }
  FileSizeLimit(const FileSizeLimit&) = delete;
  FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
  rlimit m_old{};
  void (*m_oldHandler)(int) = nullptr;
};

} // namespace pgd::test
