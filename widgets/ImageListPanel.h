#pragma once
// ImageListPanel: the list of open images (the "Images" dock): name, size and frames and a small
// thumbnail of the first frame per entry; the current entry is the image on screen, the selection
// (one, several or all entries) is what training and batch denoise use. A channel picker chooses
// which channel of a multi-channel file (a hyperstack, image/StackGeometry.h) the viewers show
// and training uses; "All channels" keeps every frame. The panel only holds and draws what
// MainWindow gives it and says what the user chose. GUI thread only.
#include "WorkerTypes.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QListWidget;
class QPushButton;

namespace pgd {

class ImageListPanel : public QWidget {
  Q_OBJECT
public:
  explicit ImageListPanel(QWidget* parent = nullptr);

  // Adds `image` (an entry with the same file path, or the sample again, is replaced) and makes
  // it the current and only selected entry.
  void addImage(const LoadedImage& image);
  // Closes the current entry; the next one (else the previous one) becomes current.
  void closeCurrent();
  int count() const;
  // The current entry (null stack when the list is empty).
  LoadedImage current() const;
  // The selected entries in list order; the current entry when nothing is selected.
  std::vector<LoadedImage> selected() const;
  // The chosen channel (0-based), or -1 for all channels.
  int channel() const;
  // Selects `channel` (-1: all) when the current image has it.
  void setChannel(int channel);
  // While a job runs, closing an entry is disabled (the job may be using it).
  void setBusy(bool busy);

  // The stack of `image` as the channel picker shows it: the chosen channel's frames, or the
  // whole stack for "All channels" or a one-channel image.
  static StackPtr channelView(const LoadedImage& image, int channel);

signals:
  // Another entry became current (null stack: the last one was closed).
  void currentImageChanged(const pgd::LoadedImage& image);
  void channelChanged(int channel);
  void selectionChanged();

private:
  void onCurrentRowChanged(int row);
  void rebuildChannels();
  void updateButtons();

  std::vector<LoadedImage> m_images; // one per list row, same order
  QListWidget* m_list = nullptr;
  QComboBox* m_channel = nullptr;
  QPushButton* m_close = nullptr;
  bool m_busy = false;
};

} // namespace pgd
