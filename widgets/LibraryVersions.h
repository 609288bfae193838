#pragma once
// LibraryVersions: versions of the libraries pgdenoise was built against, for the About box.
// Qt-free and torch-header-free interface (the .cpp reads the libraries' version macros); safe
// from any thread.
#include <string>

namespace pgd {

std::string torchVersion();
std::string itkVersion();

} // namespace pgd
