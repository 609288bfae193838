#include "GuiApp.h"

#include "MainWindow.h"
#include "ScreenshotTour.h"

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

// English is the source language, but its .qm still carries the plural forms ("1 thread",
// "2 threads") that tr()'s %n needs, so it is loaded too.
void installTranslators(QApplication& app, const QString& language) {
  auto* ours = new QTranslator(&app);
  if (ours->load(QString(":/i18n/pgdenoise_%1.qm").arg(language == "de" ? "de" : "en")))
    QApplication::installTranslator(ours);
  if (language != "de")
    return;
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
  QApplication::setDesktopFileName("io.github.pgdenoise.pgdenoise");

  QCommandLineParser parser;
  parser.setApplicationDescription("pgdenoise desktop workbench");
  parser.addHelpOption();
  const QCommandLineOption langOption("lang", "User interface language (en, de).", "code");
  const QCommandLineOption shotOption("screenshot", "Save a screenshot to FILE and quit.", "file");
  const QCommandLineOption tourOption(
      "tour", "Open the sample, train, denoise, save a PNG of each view into DIR, quit.", "dir");
  const QCommandLineOption stepsOption("tour-steps", "Training steps for --tour (default 40).", "n",
                                       "40");
  parser.addOption(langOption);
  parser.addOption(shotOption);
  parser.addOption(tourOption);
  parser.addOption(stepsOption);
  parser.addPositionalArgument("files", "Images or stacks to open.", "[files...]");
  parser.process(app);

  QString language = QSettings().value("language").toString();
  if (language.isEmpty())
    language = QLocale::system().language() == QLocale::German ? "de" : "en";
  if (parser.isSet(langOption))
    language = parser.value(langOption);
  installTranslators(app, language);
  app.setProperty("pgdLanguage", language); // the Settings menu ticks the language in use

  MainWindow window;
  if (!QSettings().contains("window/geometry") || parser.isSet(tourOption))
    window.resize(1360, 860);
  window.show();
  if (parser.isSet(tourOption)) {
    auto* tour =
        new ScreenshotTour(window, parser.value(tourOption), parser.value(stepsOption).toLong());
    tour->start();
    return QApplication::exec();
  }
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
