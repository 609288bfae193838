#pragma once
// Checks shared by the workbench tests: every Qt warning is recorded (the tests fail on any), a
// job's end is awaited, the error box of a MainWindow ("dialogError") is read and closed, and the
// tests run with settings of their own.
#include "MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>
#include <QtGlobal>

namespace pgd {

inline QStringList& recordedQtWarnings() {
  static QStringList warnings;
  return warnings;
}

inline QtMessageHandler& previousQtMessageHandler() {
  static QtMessageHandler handler = nullptr;
  return handler;
}

// Records every warning except the offscreen platform plugin's notice about size hints (it has no
// window manager), then passes the message on to QtTest's handler.
inline void recordQtMessage(QtMsgType type, const QMessageLogContext& context,
                            const QString& text) {
  if (type != QtDebugMsg && type != QtInfoMsg &&
      !text.contains(QLatin1String("does not support propagateSizeHints")))
    recordedQtWarnings() << text;
  if (previousQtMessageHandler())
    previousQtMessageHandler()(type, context, text);
}

inline void startRecordingQtWarnings() {
  previousQtMessageHandler() = qInstallMessageHandler(recordQtMessage);
}

// The warnings recorded since the last call.
inline QStringList takeQtWarnings() {
  const QStringList warnings = recordedQtWarnings();
  recordedQtWarnings().clear();
  return warnings;
}

// Waits up to `timeoutMs` for the next job of `kind` to end; true when it ended as `expected`
// (a warning, which fails the test, says how it ended otherwise).
inline bool waitForJob(MainWindow* window, JobKind kind, JobState expected, int timeoutMs) {
  QSignalSpy spy(window, &MainWindow::jobFinished);
  QElapsedTimer clock;
  clock.start();
  while (clock.elapsed() < timeoutMs) {
    if (spy.isEmpty() && !spy.wait(timeoutMs - int(clock.elapsed())))
      break;
    while (!spy.isEmpty()) {
      const QList<QVariant> args = spy.takeFirst();
      if (args.at(0).value<JobKind>() == kind) {
        const JobState state = args.at(1).value<JobState>();
        if (state != expected)
          qWarning("job ended as %s, expected %s", toString(state), toString(expected));
        return state == expected;
      }
    }
  }
  return false;
}

// The open error box of `window` as "headline\ndetail" (empty when none is open), closing it.
inline QString takeErrorBox(QWidget* window) {
  for (auto* box : window->findChildren<QMessageBox*>("dialogError"))
    if (box->isVisible()) {
      const QString text = box->informativeText().isEmpty()
                               ? box->text()
                               : box->text() + "\n" + box->informativeText();
      box->close();
      return text;
    }
  return {};
}

// Runs the QtTest object of type `Test` in an application whose settings and XDG folders live in
// a temporary folder, so the tests never read or write the user's. `keepRunningWithoutWindows`:
// closing the last window does not quit (for tests that close and reopen the window).
template <class Test>
int runWorkbenchTest(int argc, char** argv, bool keepRunningWithoutWindows = false) {
  QTemporaryDir home;
  qputenv("XDG_CONFIG_HOME", home.filePath("config").toUtf8());
  qputenv("XDG_DATA_HOME", home.filePath("data").toUtf8());
  qputenv("XDG_RUNTIME_DIR", home.path().toUtf8());
  QApplication app(argc, argv);
  QApplication::setQuitOnLastWindowClosed(!keepRunningWithoutWindows);
  QApplication::setOrganizationName("pgdenoise-test");
  QApplication::setApplicationName("pgdenoise-test");
  Test test;
  return QTest::qExec(&test, argc, argv);
}

} // namespace pgd
