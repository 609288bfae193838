#pragma once
// Versions: the one source of the version strings pgdenoise shows and records (--version, the
// workbench's About box and status bar, model.json's appVersion). Set by CMake from the project
// version and the LibTorch and ITK packages the build found. Safe from any thread.
namespace pgd {

const char* appVersion();   // e.g. "0.1.0"
const char* torchVersion(); // LibTorch, e.g. "1.13.0"
const char* itkVersion();   // ITK, e.g. "5.2.1"

} // namespace pgd
