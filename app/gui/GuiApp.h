#pragma once
// GuiApp: the desktop workbench's entry point, called by `pgdenoise gui [options] [files]`.
// argv is the process argv with the "gui" word removed: positional arguments are files to open;
// options: --lang de|en (overrides the saved language), --screenshot FILE (save a picture of the
// window once the files are shown, then quit) and --tour DIR [--tour-steps N] (ScreenshotTour:
// sample, train, denoise, a PNG of each view). Main thread only; returns the exit code.

namespace pgd {

int runGuiApp(int argc, char** argv);

} // namespace pgd
