#include "GalleryFigure.h"

#include "FigureCanvas.h"

#include <QImage>

#include <algorithm>

namespace pgd {

bool GalleryFigure::render(const nlohmann::json& gallery, const QString& outDir) {
  if (gallery.empty())
    return false;
  std::size_t columns = 0;
  for (const auto& row : gallery)
    columns = std::max(columns, row["crops"].size());
  FigureCanvas canvas(int(columns) + 1, int(gallery.size()), 200, 224,
                      "Crops: noisy / N2V / ours posterior / clean (same display range per row)");
  int r = 0;
  for (const auto& row : gallery) {
    canvas.addRowLabel(r, QString::fromStdString(row["title"].get<std::string>()));
    int c = 1;
    for (const auto& crop : row["crops"]) {
      const QImage image(outDir + "/" + QString::fromStdString(crop["file"].get<std::string>()));
      canvas.addImage(image, c++, r, QString::fromStdString(crop["label"].get<std::string>()));
    }
    ++r;
  }
  return canvas.save(outDir + "/gallery.png");
}

} // namespace pgd
