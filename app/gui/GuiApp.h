#pragma once
// GuiApp: the desktop workbench's entry point, called by `pgdenoise gui [options] [files]`, whose
// options CLI11 has already parsed (app/cli/GuiCommand.cpp is the one parser): files to open,
// the language (overrides the saved one), a screenshot to save once the files are shown (then
// quit), and the screenshot tour (ScreenshotTour: sample, train, denoise, a PNG of each view).
// Main thread only; returns the exit code.
#include <string>
#include <vector>

namespace pgd {

class MainWindow;

struct GuiOptions {
  std::vector<std::string> files;
  std::string language;   // "en", "de" or empty (the saved setting, else the system's)
  std::string screenshot; // PNG to save, then quit (empty: none)
  std::string tourFolder; // folder for the tour's PNGs (empty: no tour)
  long tourSteps = 40;
};

int runGuiApp(const GuiOptions& options);

// Opens the files `pgdenoise gui A B ...` names (folders: their images) into the window's list
// of open images, all of them, in one load job. GUI thread only.
void openStartupFiles(MainWindow& window, const std::vector<std::string>& files);

// Loads the user-interface translation for `language` ("en" or "de"; English also carries the
// plural forms) into the running application. GUI thread only; widgets made afterwards use it.
void installTranslators(const std::string& language);

} // namespace pgd
