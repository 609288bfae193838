#pragma once
// VersionInfo: the text printed by `pgdenoise --version`: the application version, the library
// versions it was built with (LibTorch, ITK, CLI11), the compute device training and
// inference would use, and the precision each would compute in (nn/Precision.h). Main thread only
// (initialises LibTorch's thread pool).
#include <ostream>

namespace pgd {

void printVersion(std::ostream& out);

} // namespace pgd
