// pgd_gui_driver: runGuiApp() with the process arguments unchanged, for tests/gui/screenshots.sh
// (--tour DIR) and manual checks without the full command-line front end.
#include "GuiApp.h"

int main(int argc, char** argv) {
  return pgd::runGuiApp(argc, argv);
}
