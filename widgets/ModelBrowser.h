#pragma once
// ModelBrowser: the model store as a table (name, date, loss, preset, training data, final loss,
// device) with details, rename, delete (confirmed), import and export of model folders, and "Use"
// to make a model current (loaded by the worker). Store operations are small file operations
// done here; loading weights is the worker's. GUI thread only.
#include <QString>
#include <QWidget>

class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace pgd {

class ModelBrowser : public QWidget {
  Q_OBJECT
public:
  // `root`: the store folder (empty: ModelStore::defaultRoot()).
  explicit ModelBrowser(const QString& root = {}, QWidget* parent = nullptr);

  int modelCount() const;
  QString selectedName() const;
  // Whether the selected row is the built-in base model (read-only: no rename, no delete).
  bool selectedIsBuiltIn() const;
  void selectModel(const QString& name);
  // Marks the model the worker holds now.
  void setCurrentModel(const QString& name);
  void setBusy(bool busy);
  // Copies the model folder `folder` into the store (what Import does after its folder dialog);
  // a folder that is no loadable model emits error() and leaves the store as it was.
  void importModelFrom(const QString& folder);

public slots:
  void refresh();

signals:
  void useModelRequested(QString name);
  // Information for the status bar.
  void message(QString text);
  // A failed store operation (rename, delete, import, export): what failed (translated) and the
  // core's one-line reason.
  void error(QString headline, QString detail);

private:
  void showDetails();
  void renameSelected();
  void deleteSelected();
  void importModel();
  void exportSelected();
  void updateButtons();

  QString m_root;
  QString m_current;
  bool m_busy = false;
  QTableWidget* m_table;
  QPlainTextEdit* m_details;
  QPushButton* m_use;
  QPushButton* m_rename;
  QPushButton* m_delete;
  QPushButton* m_export;
  QPushButton* m_import;
};

} // namespace pgd
