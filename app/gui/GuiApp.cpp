#include "GuiApp.h"

#include "MainWindow.h"
#include "ScreenshotTour.h"
#include "job/Versions.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QScreen>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

#include <algorithm>
#include <cstdio>

namespace pgd {
namespace {

constexpr int kScreenshotDelayMs = 800;

// English is the source language, but its .qm still carries the plural forms ("1 thread",
// "2 threads") that tr()'s %n needs, so it is loaded too.
void saveScreenshotLater(MainWindow& window, const QString& file) {
  QTimer::singleShot(kScreenshotDelayMs, &window, [&window, file] {
    const bool ok = window.grab().save(file);
    std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "saved" : "cannot write", qPrintable(file));
    QApplication::exit(ok ? 0 : 1);
  });
}

} // namespace

void installTranslators(const std::string& code) {
  const QString language = QString::fromStdString(code);
  QCoreApplication* app = QCoreApplication::instance();
  auto* ours = new QTranslator(app);
  if (ours->load(QString(":/i18n/pgdenoise_%1.qm").arg(language == "de" ? "de" : "en")))
    QCoreApplication::installTranslator(ours);
  if (language != "de")
    return;
  auto* qtBase = new QTranslator(app);
  if (qtBase->load("qtbase_de", QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
    QCoreApplication::installTranslator(qtBase);
}

void openStartupFiles(MainWindow& window, const std::vector<std::string>& files) {
  QStringList paths;
  for (const std::string& file : files)
    paths << QString::fromStdString(file);
  window.openFiles(paths);
}

int runGuiApp(const GuiOptions& options) {
  // Qt's own options (-platform, -style) come from the environment (QT_QPA_PLATFORM, ...);
  // pgdenoise's were parsed by the command line.
  static char programName[] = "pgdenoise";
  static char* argv[] = {programName, nullptr};
  static int argc = 1;
  QApplication app(argc, argv);
  QApplication::setOrganizationName("pgdenoise");
  QApplication::setApplicationName("pgdenoise");
  QApplication::setApplicationVersion(appVersion());
  QApplication::setDesktopFileName("io.github.pgdenoise.pgdenoise");

  QString language = QSettings().value("language").toString();
  if (language.isEmpty())
    language = QLocale::system().language() == QLocale::German ? "de" : "en";
  if (!options.language.empty())
    language = QString::fromStdString(options.language);
  installTranslators(language.toStdString());
  app.setProperty("pgdLanguage", language); // the Settings menu ticks the language in use

  MainWindow window;
  const bool tour = !options.tourFolder.empty();
  if (!QSettings().contains("window/geometry") || tour) {
    // 1360x860 where the screen has room; on a laptop screen its available area.
    const QRect screen = window.screen()->availableGeometry();
    window.resize(std::min(1360, screen.width()), std::min(860, screen.height()));
  }
  window.show();
  if (tour) {
    QStringList files;
    for (const std::string& file : options.files)
      files << QString::fromStdString(file);
    auto* t = new ScreenshotTour(window, QString::fromStdString(options.tourFolder),
                                 options.tourSteps, files);
    t->start();
    return QApplication::exec();
  }
  openStartupFiles(window, options.files);

  if (!options.screenshot.empty()) {
    const QString file = QString::fromStdString(options.screenshot);
    if (options.files.empty())
      saveScreenshotLater(window, file);
    else
      QObject::connect(&window, &MainWindow::jobFinished, &window,
                       [&window, file] { saveScreenshotLater(window, file); });
  }
  return QApplication::exec();
}

} // namespace pgd
