#include "GuiApp.h"

#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace pgd {
namespace {

constexpr int kScreenshotDelayMs = 800;

void installTranslators(QApplication& app, const QString& language) {
  if (language != "de")
    return;
  auto* ours = new QTranslator(&app);
  if (ours->load(":/i18n/pgdenoise_de.qm"))
    QApplication::installTranslator(ours);
  auto* qtBase = new QTranslator(&app);
  if (qtBase->load("qtbase_de", QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
    QApplication::installTranslator(qtBase);
}

void saveScreenshotLater(MainWindow& window, const QString& file) {
  QTimer::singleShot(kScreenshotDelayMs, &window, [&window, file] {
    const bool ok = window.grab().save(file);
    std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "saved" : "cannot write", qPrintable(file));
    QApplication::exit(ok ? 0 : 1);
  });
}

} // namespace

int runGuiApp(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setOrganizationName("pgdenoise");
  QApplication::setApplicationName("pgdenoise");
  QApplication::setApplicationVersion(PGD_VERSION);
  QApplication::setDesktopFileName("pgdenoise");

  QCommandLineParser parser;
  parser.setApplicationDescription("pgdenoise desktop workbench");
  parser.addHelpOption();
  const QCommandLineOption langOption("lang", "User interface language (en, de).", "code");
  const QCommandLineOption shotOption("screenshot", "Save a screenshot to FILE and quit.", "file");
  parser.addOption(langOption);
  parser.addOption(shotOption);
  parser.addPositionalArgument("files", "Images or stacks to open.", "[files...]");
  parser.process(app);

  QString language = QSettings().value("language").toString();
  if (language.isEmpty())
    language = QLocale::system().language() == QLocale::German ? "de" : "en";
  if (parser.isSet(langOption))
    language = parser.value(langOption);
  installTranslators(app, language);

  MainWindow window;
  window.resize(1280, 820);
  window.show();
  const QStringList files = parser.positionalArguments();
  if (!files.isEmpty())
    window.openFile(files.front());

  if (parser.isSet(shotOption)) {
    const QString file = parser.value(shotOption);
    if (files.isEmpty())
      saveScreenshotLater(window, file);
    else
      QObject::connect(&window, &MainWindow::jobFinished, &window,
                       [&window, file] { saveScreenshotLater(window, file); });
  }
  return QApplication::exec();
}

} // namespace pgd
