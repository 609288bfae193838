#include "ModelBrowser.h"

#include "CoreTexts.h"

#include "job/Error.h"
#include "store/ModelStore.h"

#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>

#include <algorithm>
#include <cmath>
#include <exception>

namespace pgd {
namespace {

enum Column { kName, kDate, kLoss, kPreset, kData, kFinalLoss, kDevice, kColumns };
// The name cell's data: UserRole the name, UserRole + 1 the problem, this whether it is built in.
constexpr int kBuiltInRole = Qt::UserRole + 2;

ModelStore openStore(const QString& root) {
  return root.isEmpty() ? ModelStore() : ModelStore(root.toStdString());
}

QString q(const std::string& s) {
  return QString::fromStdString(s);
}

// A loss is NaN when it was never measured (a run that never validated): say so, never "0".
QString lossText(double value) {
  return std::isfinite(value) ? QString::number(value, 'g', 5) : ModelBrowser::tr("not measured");
}

} // namespace

ModelBrowser::ModelBrowser(const QString& root, QWidget* parent) : QWidget(parent), m_root(root) {
  m_table = new QTableWidget(0, kColumns, this);
  m_table->setObjectName("tableModels");
  m_table->setHorizontalHeaderLabels({tr("Name"), tr("Date"), tr("Loss"), tr("Preset"),
                                      tr("Training data"), tr("Final loss"), tr("Device")});
  m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
  m_table->setSelectionMode(QAbstractItemView::SingleSelection);
  m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_table->verticalHeader()->setVisible(false);
  m_table->horizontalHeader()->setStretchLastSection(true);
  m_details = new QPlainTextEdit(this);
  m_details->setObjectName("textModelDetails");
  m_details->setReadOnly(true);
  m_details->setMaximumHeight(160);

  const auto button = [this](const char* name, const QString& text) {
    auto* b = new QPushButton(text, this);
    b->setObjectName(name);
    return b;
  };
  m_use = button("btnUseModel", tr("Use"));
  m_rename = button("btnRenameModel", tr("Rename..."));
  m_delete = button("btnDeleteModel", tr("Delete..."));
  m_import = button("btnImportModel", tr("Import..."));
  m_export = button("btnExportModel", tr("Export..."));
  QPushButton* refreshButton = button("btnRefreshModels", tr("Refresh"));

  // Buttons in two rows of three keep the panel narrow enough for a 1366 px laptop screen.
  auto* layout = new QGridLayout(this);
  layout->addWidget(m_table, 0, 0, 1, 3);
  layout->addWidget(m_details, 1, 0, 1, 3);
  int index = 0;
  for (QPushButton* b : {m_use, m_rename, m_delete, m_import, m_export, refreshButton}) {
    layout->addWidget(b, 2 + index / 3, index % 3);
    ++index;
  }
  layout->setRowStretch(0, 1);

  connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
    showDetails();
    updateButtons();
  });
  connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
    if (!m_busy && !selectedName().isEmpty())
      emit useModelRequested(selectedName());
  });
  connect(m_use, &QPushButton::clicked, this, [this] { emit useModelRequested(selectedName()); });
  connect(m_rename, &QPushButton::clicked, this, &ModelBrowser::renameSelected);
  connect(m_delete, &QPushButton::clicked, this, &ModelBrowser::deleteSelected);
  connect(m_import, &QPushButton::clicked, this, &ModelBrowser::importModel);
  connect(m_export, &QPushButton::clicked, this, &ModelBrowser::exportSelected);
  connect(refreshButton, &QPushButton::clicked, this, &ModelBrowser::refresh);
  refresh();
}

int ModelBrowser::modelCount() const {
  return m_table->rowCount();
}

QString ModelBrowser::selectedName() const {
  const auto rows = m_table->selectionModel()->selectedRows();
  if (rows.isEmpty())
    return {};
  return m_table->item(rows.front().row(), kName)->data(Qt::UserRole).toString();
}

void ModelBrowser::selectModel(const QString& name) {
  for (int r = 0; r < m_table->rowCount(); ++r)
    if (m_table->item(r, kName)->data(Qt::UserRole).toString() == name)
      m_table->selectRow(r);
}

void ModelBrowser::setCurrentModel(const QString& name) {
  m_current = name;
  refresh();
}

void ModelBrowser::setBusy(bool busy) {
  m_busy = busy;
  updateButtons();
}

void ModelBrowser::refresh() {
  const QString selected = selectedName();
  std::vector<ModelEntry> entries;
  try {
    entries = openStore(m_root).listWithBuiltIn();
  } catch (const std::exception& e) {
    emit error(tr("The model store could not be listed."), QString::fromUtf8(e.what()));
  }
  m_table->setRowCount(int(entries.size()));
  for (int r = 0; r < int(entries.size()); ++r) {
    const ModelEntry& e = entries[std::size_t(r)];
    const QString name = q(e.name);
    const bool ok = e.problem.empty();
    const QString shown = e.builtIn ? tr("%1 (built in)").arg(name) : name;
    const QString cells[kColumns] = {name == m_current ? tr("%1 (in use)").arg(shown) : shown,
                                     q(e.info.created),
                                     ok ? CoreTexts::lossName(e.info.loss) : tr("unusable"),
                                     q(e.info.preset),
                                     CoreTexts::dataSummary(e.info.dataSummary),
                                     ok ? lossText(e.info.finalTrainLoss) : QString(),
                                     q(e.info.device)};
    for (int c = 0; c < kColumns; ++c) {
      auto* item = new QTableWidgetItem(cells[c]);
      if (!ok)
        item->setToolTip(q(e.problem));
      m_table->setItem(r, c, item);
    }
    m_table->item(r, kName)->setData(Qt::UserRole, name);
    m_table->item(r, kName)->setData(Qt::UserRole + 1, ok ? QString() : q(e.problem));
    m_table->item(r, kName)->setData(kBuiltInRole, e.builtIn);
  }
  m_table->resizeColumnsToContents();
  selectModel(selected);
  showDetails();
  updateButtons();
}

void ModelBrowser::showDetails() {
  const QString name = selectedName();
  if (name.isEmpty()) {
    m_details->setPlainText(modelCount() == 0 ? tr("No models yet: train one in the training "
                                                   "panel, or import a model folder.")
                                              : QString());
    return;
  }
  for (const ModelEntry& e : openStore(m_root).listWithBuiltIn()) {
    if (q(e.name) != name || e.builtIn != selectedIsBuiltIn())
      continue;
    if (!e.problem.empty()) {
      m_details->setPlainText(tr("This folder is not a usable model: %1").arg(q(e.problem)));
      return;
    }
    const ModelInfo& i = e.info;
    QStringList lines;
    if (e.builtIn)
      lines << tr("Built in: the base model shipped with pgdenoise (per-image normalisation). It "
                  "denoises before any training and is where training starts; it cannot be "
                  "deleted or renamed.");
    lines << tr("Folder: %1").arg(QString::fromStdString(e.path.string()));
    lines << tr("Network: %1, width %2; loss %3")
                 .arg(CoreTexts::networkName(i.architecture.kind))
                 .arg(i.architecture.width)
                 .arg(CoreTexts::lossName(i.loss));
    lines << tr("Trained %1 steps in %2 s on %3; stopped: %4")
                 .arg(i.steps)
                 .arg(i.trainingSeconds, 0, 'f', 0)
                 .arg(q(i.device), CoreTexts::stopReason(i.stopReason));
    lines << tr("Final training loss %1, best validation loss %2")
                 .arg(lossText(i.finalTrainLoss), lossText(i.bestValidationLoss));
    if (i.contextTile > 0)
      lines << tr("Denoises in tiles of %1 px: its held-out loss was lower there than with whole "
                  "images")
                   .arg(i.contextTile);
    lines << tr("Normalisation: raw = %1 * x + %2")
                 .arg(i.normalization.scale, 0, 'g', 6)
                 .arg(i.normalization.offset, 0, 'g', 6);
    lines << tr("Data: %1; app version %2")
                 .arg(CoreTexts::dataSummary(i.dataSummary), q(i.appVersion));
    m_details->setPlainText(lines.join('\n'));
    return;
  }
}

void ModelBrowser::updateButtons() {
  const bool has = !selectedName().isEmpty();
  m_use->setEnabled(has && !m_busy);
  // The built-in base model is read-only (store/BuiltInModel.h).
  m_rename->setEnabled(has && !m_busy && !selectedIsBuiltIn());
  m_delete->setEnabled(has && !m_busy && !selectedIsBuiltIn());
  m_export->setEnabled(has);
  m_import->setEnabled(!m_busy);
}

void ModelBrowser::renameSelected() {
  const QString from = selectedName();
  if (from.isEmpty())
    return;
  QInputDialog dialog(this);
  dialog.setObjectName("dialogRenameModel");
  dialog.setWindowTitle(tr("Rename model"));
  dialog.setLabelText(tr("New name"));
  dialog.setTextValue(from);
  // Wide enough for a time-stamped name such as "cells-20260101-120000" and then some. The
  // dialog's layout sets its size from its widgets, so the line edit carries the width.
  if (auto* edit = dialog.findChild<QLineEdit*>())
    edit->setMinimumWidth(
        std::max(400, edit->fontMetrics().horizontalAdvance(from + QStringLiteral("MMMMMMMM"))));
  if (dialog.exec() != QDialog::Accepted)
    return;
  const QString to = dialog.textValue();
  if (to.isEmpty() || to == from)
    return;
  try {
    openStore(m_root).rename(from.toStdString(), to.toStdString());
    if (m_current == from)
      m_current = to;
    refresh();
    selectModel(to);
  } catch (const std::exception& e) {
    emit error(tr("The model could not be renamed."), QString::fromUtf8(e.what()));
  }
}

bool ModelBrowser::selectedIsBuiltIn() const {
  const auto rows = m_table->selectionModel()->selectedRows();
  return !rows.isEmpty() && m_table->item(rows.front().row(), kName)->data(kBuiltInRole).toBool();
}

void ModelBrowser::deleteSelected() {
  const QString name = selectedName();
  if (name.isEmpty())
    return;
  if (selectedIsBuiltIn()) {
    emit error(tr("The model could not be deleted."),
               tr("%1 is the built-in base model; it cannot be deleted.").arg(name));
    return;
  }
  QMessageBox box(QMessageBox::Question, tr("Delete model"),
                  tr("Delete the model \"%1\" and its folder? This cannot be undone.").arg(name),
                  QMessageBox::Yes | QMessageBox::No, this);
  box.setObjectName("dialogDeleteModel");
  box.setDefaultButton(QMessageBox::No);
  if (box.exec() != QMessageBox::Yes)
    return;
  try {
    openStore(m_root).remove(name.toStdString());
    emit message(tr("Deleted model %1").arg(name));
  } catch (const std::exception& e) {
    emit error(tr("The model could not be deleted."), QString::fromUtf8(e.what()));
  }
  refresh();
}

void ModelBrowser::importModel() {
  QSettings settings;
  const QString folder = QFileDialog::getExistingDirectory(
      this, tr("Import model folder"),
      settings.value("folders/models", settings.value("folders/open")).toString());
  if (folder.isEmpty())
    return;
  settings.setValue("folders/models", folder);
  importModelFrom(folder);
}

void ModelBrowser::importModelFrom(const QString& folder) {
  try {
    // Loads the model (model.json and weights) before anything is written: the same checks as
    // `pgdenoise models import`.
    const std::string name = openStore(m_root).importFrom(folder.toStdString());
    refresh();
    selectModel(q(name));
    emit message(tr("Imported model %1").arg(q(name)));
  } catch (const std::exception& e) {
    emit error(tr("The model folder could not be imported."), QString::fromUtf8(e.what()));
  }
}

void ModelBrowser::exportSelected() {
  const QString name = selectedName();
  if (name.isEmpty())
    return;
  QSettings settings;
  const QString folder = QFileDialog::getExistingDirectory(
      this, tr("Export model to folder"),
      settings.value("folders/models", settings.value("folders/open")).toString());
  if (folder.isEmpty())
    return;
  settings.setValue("folders/models", folder);
  try {
    openStore(m_root).exportTo(name.toStdString(), folder.toStdString());
    emit message(tr("Exported model %1 to %2").arg(name, folder));
  } catch (const std::exception& e) {
    emit error(tr("The model could not be exported."), QString::fromUtf8(e.what()));
  }
}

} // namespace pgd
