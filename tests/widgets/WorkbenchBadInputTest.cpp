// The bad-input catalogue docs/BAD_INPUT.md in the workbench: every row whose workbench column
// names a file the workbench reads is built with the catalogue's own input generator
// (tests/app/BadInputCatalogue.h) and handed to the real workbench (offscreen) while a good image
// is open, a tiny model is in use and its denoised result is on screen: dropped on the window
// ("open"; File > Open, Open recent and drag-and-drop all end in MainWindow::openFile), imported
// in the model browser ("import") or loaded as training settings ("settings"). Each must open an
// error box that says what failed, in English and in German, with the row's message as its detail
// (in German with its phrases translated, widgets/CoreTexts.h);
// the image, the result, the model and the settings must stay as they were, and nothing on disk
// may change. Any Qt warning fails the test.
#include "BadInputCatalogue.h"
#include "CompareView.h"
#include "CoreTexts.h"
#include "GuiApp.h"
#include "ImageViewer.h"
#include "JobWorker.h"
#include "MainWindow.h"
#include "ModelBrowser.h"
#include "TrainingPanel.h"
#include "WorkbenchChecks.h"
#include "WorkbenchFixtures.h"
#include "image/StackWriter.h"

#include <QApplication>
#include <QDropEvent>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUrl>

#include <sys/fsuid.h>
#include <unistd.h>

#include <filesystem>
#include <map>
#include <utility>

namespace pgd {
namespace fs = std::filesystem;
using test::CatalogueRow;
using test::RunSetup;

namespace {

// What the user sees and what the workbench holds; a bad input must leave all of it alone.
struct WorkbenchState {
  StackPtr image;
  StackPtr denoised;
  QSize shown;
  QRgb shownProbe = 0;
  QSize compared;
  QRgb comparedProbe = 0;
  QString model;
  std::string settings;
  QString title;
  int frame = -1;
  int lastFrame = -1;
  int tab = -1;
  QVariant recentFiles;
  QVariant lastModel;

  bool operator==(const WorkbenchState& o) const {
    return image == o.image && denoised == o.denoised && shown == o.shown &&
           shownProbe == o.shownProbe && compared == o.compared &&
           comparedProbe == o.comparedProbe && model == o.model && settings == o.settings &&
           title == o.title && frame == o.frame && lastFrame == o.lastFrame && tab == o.tab &&
           recentFiles == o.recentFiles && lastModel == o.lastModel;
  }
};

// The file-system user and group of the calling thread: user nobody (65534) or root again. As
// root, file modes do not stop reads; the catalogue's permission rows read as nobody, as the
// command-line test runs them. Only the calling thread changes (setfsuid is per thread on Linux).
void readAsNobody(bool nobody) {
  if (::geteuid() != 0)
    return; // not root: the modes apply to this user already
  if (nobody) {
    ::setfsgid(65534);
    ::setfsuid(65534);
  } else {
    ::setfsuid(0);
    ::setfsgid(0);
  }
}

} // namespace

class WorkbenchBadInputTest : public QObject {
  Q_OBJECT
private slots:
  void initTestCase();
  void cleanup();
  void badInputKeepsTheWorkbenchAsItWas_data();
  void badInputKeepsTheWorkbenchAsItWas();
  void cleanupTestCase();

private:
  WorkbenchState state() const;
  // Hands `path` to the workbench as the row's workbench column says; false for an unknown
  // action.
  bool hand(const QString& action, const QString& path, bool unprivileged);
  // What the error box must say failed (untranslated, with its translation context).
  static std::pair<const char*, const char*> headline(const QString& action);

  QTemporaryDir m_dir;
  fs::path m_root;
  MainWindow* m_window = nullptr;
  std::map<std::string, CatalogueRow> m_rows;
  std::map<std::string, test::CatalogueInput> m_inputs;
};

void WorkbenchBadInputTest::initTestCase() {
  startRecordingQtWarnings();
  QVERIFY(m_dir.isValid());
  m_root = fs::path(m_dir.path().toStdString());
  // User nobody must reach the rows' folders (the permission rows).
  fs::permissions(m_root, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                              fs::perms::others_read | fs::perms::others_exec);
  const QString input = m_dir.filePath("stack.tif");
  writeImageStack(makeStack(), input.toStdString());
  m_window = new MainWindow(m_dir.filePath("models"));
  m_window->resize(1300, 850);
  m_window->show();
  QVERIFY(QTest::qWaitForWindowExposed(m_window));

  // A good image, a tiny model trained on it (width 4: the size the catalogue's model rows
  // expect) with custom settings, and its denoised result on the Compare tab.
  m_window->openFile(input);
  QVERIFY(waitForJob(m_window, JobKind::Load, JobState::Completed, 20000));
  TrainingConfig config = tinyConfig(2);
  config.network.width = 4;
  config.network.headWidth = 32;
  m_window->trainingPanel()->setCustomConfig(config);
  m_window->startTraining(m_window->trainingPanel()->config());
  QVERIFY(waitForJob(m_window, JobKind::Train, JobState::Completed, 120000));
  QVERIFY(!m_window->modelName().isEmpty());
  m_window->startDenoise();
  QVERIFY(waitForJob(m_window, JobKind::Denoise, JobState::Completed, 120000));
  QVERIFY(m_window->denoisedImage());
  QCOMPARE(m_window->tabs()->currentWidget(), m_window->compareView());

  // The catalogue's model rows copy and corrupt this model.
  const fs::path model = m_root / "catalogue-model";
  fs::copy(m_root / "models" / m_window->modelName().toStdString(), model,
           fs::copy_options::recursive);
  for (const CatalogueRow& row : test::parseCatalogue(PGD_BAD_INPUT_DOC))
    m_rows[row.id] = row;
  m_inputs = test::catalogueInputs(model);
}

void WorkbenchBadInputTest::cleanup() {
  for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>()) {
    QCoreApplication::removeTranslator(t);
    delete t;
  }
  const QString error = takeErrorBox(m_window);
  QVERIFY2(error.isEmpty(), qPrintable("error box left open: " + error));
  const QStringList warnings = takeQtWarnings();
  QVERIFY2(warnings.isEmpty(), qPrintable("unexpected Qt messages: " + warnings.join(" | ")));
}

void WorkbenchBadInputTest::cleanupTestCase() {
  delete m_window;
}

WorkbenchState WorkbenchBadInputTest::state() const {
  WorkbenchState s;
  s.image = m_window->currentImage();
  s.denoised = m_window->denoisedImage();
  // A probe on the bright blob of makeStack().
  const QImage shown = m_window->findChild<ImageViewer*>("viewerImage")->renderedImage();
  s.shown = shown.size();
  s.shownProbe = shown.isNull() ? 0 : shown.pixel(40, 60);
  const QImage compared = m_window->compareView()->rightViewer()->renderedImage();
  s.compared = compared.size();
  s.comparedProbe = compared.isNull() ? 0 : compared.pixel(40, 60);
  s.model = m_window->modelName();
  s.settings = m_window->trainingPanel()->config().toJson();
  s.title = m_window->windowTitle();
  const auto* slider = m_window->findChild<QSlider*>("sliderFrame");
  s.frame = slider->value();
  s.lastFrame = slider->maximum();
  s.tab = m_window->tabs()->currentIndex();
  s.recentFiles = QSettings().value("recentFiles");
  s.lastModel = QSettings().value("lastModel");
  return s;
}

std::pair<const char*, const char*> WorkbenchBadInputTest::headline(const QString& action) {
  if (action == "open")
    return {"pgd::MainWindow", "The image could not be opened."};
  if (action == "import")
    return {"pgd::ModelBrowser", "The model folder could not be imported."};
  return {"pgd::MainWindow", "The training settings could not be loaded."};
}

bool WorkbenchBadInputTest::hand(const QString& action, const QString& path, bool unprivileged) {
  if (action == "open") {
    // Dropped on the window: the drop handler, then the open path of File > Open.
    QSignalSpy shown(m_window, &MainWindow::imageShown);
    if (unprivileged)
      QMetaObject::invokeMethod(
          m_window->worker(), [] { readAsNobody(true); }, Qt::BlockingQueuedConnection);
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    // Qt delivers a drop to the widget that accepted the drag's entry.
    QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window, &enter);
    QDropEvent drop(QPointF(200, 200), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window, &drop);
    const bool failed = waitForJob(m_window, JobKind::Load, JobState::Failed, 20000);
    if (unprivileged)
      QMetaObject::invokeMethod(
          m_window->worker(), [] { readAsNobody(false); }, Qt::BlockingQueuedConnection);
    return failed && shown.isEmpty();
  }
  if (action == "import" || action == "settings") {
    readAsNobody(unprivileged);
    if (action == "import")
      m_window->modelBrowser()->importModelFrom(path);
    else
      m_window->loadTrainingSettingsFrom(path);
    readAsNobody(false);
    return true;
  }
  return false;
}

void WorkbenchBadInputTest::badInputKeepsTheWorkbenchAsItWas_data() {
  QTest::addColumn<QString>("id");
  QTest::addColumn<QString>("language");
  const auto rows = test::parseCatalogue(PGD_BAD_INPUT_DOC);
  int workbenchRows = 0;
  for (const CatalogueRow& row : rows) {
    QVERIFY2(row.id.rfind("malformed line: ", 0) != 0, row.id.c_str());
    if (row.workbench == "-")
      continue;
    ++workbenchRows;
    for (const char* language : {"en", "de"})
      QTest::newRow((row.id + " " + language).c_str())
          << QString::fromStdString(row.id) << QString(language);
  }
  QVERIFY2(workbenchRows >= 40, "the catalogue names fewer than 40 inputs the workbench reads");
}

void WorkbenchBadInputTest::badInputKeepsTheWorkbenchAsItWas() {
  QFETCH(QString, id);
  QFETCH(QString, language);
  const CatalogueRow& row = m_rows.at(id.toStdString());
  const auto input = m_inputs.find(row.id);
  QVERIFY2(input != m_inputs.end(), "row without a generator");
  if (language == "de")
    installTranslators("de");

  const fs::path dir = m_root / (row.id + "-" + language.toStdString());
  fs::create_directories(dir);
  const RunSetup setup = input->second(dir);
  const std::string work = test::replaceAll(row.workbench, "{dir}", dir.string());
  const auto space = work.find(' ');
  QVERIFY2(space != std::string::npos, row.workbench.c_str());
  const QString action = QString::fromStdString(work.substr(0, space));
  const QString path = QString::fromStdString(work.substr(space + 1));
  const std::string prefix = "pgdenoise: error: ";
  QVERIFY(row.message.rfind(prefix, 0) == 0);
  const QString message = QString::fromStdString(
      test::replaceAll(row.message.substr(prefix.size()), "{dir}", dir.string()));

  const WorkbenchState before = state();
  const auto folderBefore = test::folderListing(dir);
  const auto storeBefore = test::folderListing(m_root / "models");
  QVERIFY2(hand(action, path, setup.unprivileged),
           qPrintable("not refused as a failed open: " + action + " " + path));

  const QString box = takeErrorBox(m_window);
  const auto [context, source] = headline(action);
  const QString expectedHeadline = QCoreApplication::translate(context, source);
  if (language == "de")
    QVERIFY2(expectedHeadline != QString::fromLatin1(source), "no German translation");
  QVERIFY2(box.startsWith(expectedHeadline + "\n"), qPrintable("error box: " + box));
  // The detail is the row's message, its phrases in the workbench's language.
  const QString detail = CoreTexts::errorDetail(message);
  if (language == "de")
    QVERIFY2(detail != message, qPrintable("no German wording for: " + message));
  QVERIFY2(box.contains(detail),
           qPrintable("error box: " + box + "\n  expected the detail: " + detail));
  QVERIFY2(state() == before, "the workbench changed");
  QVERIFY2(test::folderListing(dir) == folderBefore, "the row's folder changed");
  QVERIFY2(test::folderListing(m_root / "models") == storeBefore, "the model store changed");

  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, ec);
       it != fs::recursive_directory_iterator(); it.increment(ec))
    fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, ec);
  fs::remove_all(dir, ec);
}

} // namespace pgd

int main(int argc, char** argv) {
  return pgd::runWorkbenchTest<pgd::WorkbenchBadInputTest>(argc, argv);
}

#include "WorkbenchBadInputTest.moc"
