#include "ImageListPanel.h"

#include "FrameRenderer.h"
#include "display/ColorMap.h"
#include "display/DisplayRange.h"
#include "image/ChannelSelection.h"

#include <QComboBox>
#include <QFileInfo>
#include <QIcon>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace pgd {
namespace {

constexpr int kThumbnailSize = 40;

// The first frame, auto-contrasted in grey and scaled down: cheap (one frame, once per entry).
QIcon thumbnailOf(const ImageStack& stack) {
  if (stack.empty())
    return {};
  const QImage frame =
      renderFrame(stack.frame(0), stack.width(), stack.height(),
                  autoContrast(stack.frame(0), stack.frameSize()), colorLut(ColorMap::Gray));
  return QIcon(QPixmap::fromImage(
      frame.scaled(kThumbnailSize, kThumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

bool sameEntry(const LoadedImage& a, const LoadedImage& b) {
  if (a.path.isEmpty() || b.path.isEmpty())
    return a.path.isEmpty() && b.path.isEmpty();
  return QFileInfo(a.path).absoluteFilePath() == QFileInfo(b.path).absoluteFilePath();
}

} // namespace

ImageListPanel::ImageListPanel(QWidget* parent) : QWidget(parent) {
  m_list = new QListWidget(this);
  m_list->setObjectName("listImages");
  m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
  m_list->setIconSize(QSize(kThumbnailSize, kThumbnailSize));
  m_list->setToolTip(tr("The image on screen; training and batch denoise use the selected "
                        "images (Ctrl+click or Shift+click to select several)"));

  m_channel = new QComboBox(this);
  m_channel->setObjectName("comboChannel");
  m_channel->setToolTip(tr("Which channel of a multi-channel file the viewers show and "
                           "training uses"));
  m_channel->setAccessibleName(tr("Channel"));

  m_close = new QPushButton(tr("Close image"), this);
  m_close->setObjectName("btnCloseImage");

  // The channel box (its entries name themselves: "All channels", "Channel 2") and Close on rows
  // of their own keep the dock narrow: the window must still fit a 1366x768 laptop screen with
  // the contrast controls and the training dock beside it.
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(2, 2, 2, 2);
  layout->addWidget(m_list, 1);
  layout->addWidget(m_channel);
  layout->addWidget(m_close);

  connect(m_list, &QListWidget::currentRowChanged, this, &ImageListPanel::onCurrentRowChanged);
  connect(m_list, &QListWidget::itemSelectionChanged, this, &ImageListPanel::selectionChanged);
  connect(m_channel, &QComboBox::currentIndexChanged, this,
          [this] { emit channelChanged(channel()); });
  connect(m_close, &QPushButton::clicked, this, &ImageListPanel::closeCurrent);
  rebuildChannels();
  updateButtons();
}

void ImageListPanel::addImage(const LoadedImage& image) {
  const ImageStack& s = *image.stack;
  const QString details = tr("%1 x %2, %n frame(s)", "", s.frames()).arg(s.width()).arg(s.height());
  const int channels = s.geometry().channels;
  const QString text = channels > 1
                           ? tr("%1\n%2, %3 channels").arg(image.label, details).arg(channels)
                           : image.label + "\n" + details;
  int row = -1;
  for (std::size_t i = 0; i < m_images.size(); ++i)
    if (sameEntry(m_images[i], image))
      row = int(i);
  QListWidgetItem* item = nullptr;
  if (row < 0) {
    m_images.push_back(image);
    item = new QListWidgetItem(m_list);
    row = m_list->count() - 1;
  } else {
    m_images[std::size_t(row)] = image;
    item = m_list->item(row);
  }
  item->setText(text);
  item->setToolTip(image.path.isEmpty() ? image.label : image.path);
  item->setIcon(thumbnailOf(s));
  m_list->clearSelection();
  if (m_list->currentRow() == row)
    onCurrentRowChanged(row); // replaced in place: show the new data
  else
    m_list->setCurrentRow(row);
  item->setSelected(true);
  updateButtons();
}

void ImageListPanel::closeCurrent() {
  const int row = m_list->currentRow();
  if (row < 0 || m_busy)
    return;
  m_images.erase(m_images.begin() + row);
  {
    // Silent: where Qt moves the current row is its choice; the next entry is shown below.
    const QSignalBlocker block(m_list);
    delete m_list->takeItem(row);
    m_list->clearSelection();
    m_list->setCurrentRow(std::min(row, m_list->count() - 1));
  }
  if (QListWidgetItem* item = m_list->currentItem())
    item->setSelected(true);
  onCurrentRowChanged(m_list->currentRow());
  emit selectionChanged();
}

int ImageListPanel::count() const {
  return int(m_images.size());
}

LoadedImage ImageListPanel::current() const {
  const int row = m_list->currentRow();
  return row < 0 ? LoadedImage{} : m_images[std::size_t(row)];
}

std::vector<LoadedImage> ImageListPanel::selected() const {
  std::vector<LoadedImage> images;
  for (int row = 0; row < m_list->count(); ++row)
    if (m_list->item(row)->isSelected())
      images.push_back(m_images[std::size_t(row)]);
  if (images.empty() && m_list->currentRow() >= 0)
    images.push_back(current());
  return images;
}

int ImageListPanel::channel() const {
  return m_channel->currentData().isValid() ? m_channel->currentData().toInt() : -1;
}

void ImageListPanel::setChannel(int channel) {
  const int index = m_channel->findData(channel);
  if (index >= 0)
    m_channel->setCurrentIndex(index);
}

void ImageListPanel::setBusy(bool busy) {
  m_busy = busy;
  updateButtons();
}

StackPtr ImageListPanel::channelView(const LoadedImage& image, int channel) {
  if (!image.stack || channel < 0 || image.stack->geometry().channels <= 1)
    return image.stack;
  return std::make_shared<ImageStack>(channelFrames(*image.stack, channel));
}

void ImageListPanel::onCurrentRowChanged(int row) {
  rebuildChannels();
  emit currentImageChanged(row < 0 ? LoadedImage{} : m_images[std::size_t(row)]);
  updateButtons();
}

void ImageListPanel::rebuildChannels() {
  // Silent: the current-image signal that follows shows the image with its channel choice.
  const QSignalBlocker block(m_channel);
  const int previous = channel();
  m_channel->clear();
  m_channel->addItem(tr("All channels"), -1);
  const LoadedImage image = current();
  const int channels = image.stack ? image.stack->geometry().channels : 1;
  for (int c = 0; c < channels && channels > 1; ++c)
    m_channel->addItem(tr("Channel %1").arg(c + 1), c);
  m_channel->setEnabled(channels > 1);
  setChannel(previous < channels ? previous : -1);
}

void ImageListPanel::updateButtons() {
  m_close->setEnabled(!m_busy && m_list->currentRow() >= 0);
}

} // namespace pgd
