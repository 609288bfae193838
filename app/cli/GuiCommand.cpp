#include "cli/GuiCommand.h"

#include "job/Error.h"

#ifdef PGD_HAVE_GUI
#include "GuiApp.h"
#endif

namespace pgd {

GuiCommand::GuiCommand(CLI::App& parent)
    : Command(parent, "gui", "Open the desktop workbench, optionally with images loaded",
              "  pgdenoise gui\n"
              "  pgdenoise gui cells.tif stack.tif\n"
              "  pgdenoise gui --lang de --screenshot window.png cells.tif") {
  auto& a = app();
  a.add_option("files", m_files, "Images or stacks to open");
  a.add_option("--lang", m_lang, "User interface language (overrides the saved setting)")
      ->check(CLI::IsMember({"en", "de"}));
  a.add_option("--screenshot", m_screenshot,
               "Save a picture of the window once the files are shown, then quit");
  a.add_option("--tour", m_tour,
               "Open the built-in sample (or the images given), train, denoise, and save a "
               "picture of every view into this folder, then quit (for documentation and checks)");
  a.add_option("--tour-steps", m_tourSteps, "Training steps for --tour")
      ->check(CLI::Range(1L, 100000L))
      ->capture_default_str();
}

void GuiCommand::run(CliContext& context) {
  static_cast<void>(context);
#ifdef PGD_HAVE_GUI
  GuiOptions options;
  options.files = m_files;
  options.language = m_lang;
  options.screenshot = m_screenshot;
  options.tourFolder = m_tour;
  options.tourSteps = m_tourSteps;
  const int code = runGuiApp(options);
  if (code != 0)
    throw Error(ErrorKind::Internal, "gui: the workbench exited with code " + std::to_string(code));
#else
  throw Error(ErrorKind::Usage, "gui: this pgdenoise was built without the desktop workbench "
                                "(PGD_BUILD_GUI=OFF); use the command-line subcommands");
#endif
}

} // namespace pgd
