#pragma once
// GalleryFigure: the crop gallery from plots.json "gallery": one row per image (noisy / N2V /
// ours / clean crops written by the driver), the row title at the left. GUI thread only.
#include <QString>

#include <nlohmann/json.hpp>

namespace pgd {

class GalleryFigure {
public:
  // Writes outDir/gallery.png; false when there is nothing to draw or saving fails.
  static bool render(const nlohmann::json& gallery, const QString& outDir);
};

} // namespace pgd
