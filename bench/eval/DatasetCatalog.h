#pragma once
// DatasetCatalog: the real noisy/clean pairs of ../shared/data that the evaluation uses, with the
// scoring convention of each set (docs/ARCHITECTURE.md#psnr-conventions). Missing files are
// reported, never guessed.
#include "EvalSettings.h"
#include "PsnrConvention.h"
#include "image/ImageStack.h"

#include <filesystem>
#include <string>
#include <vector>

namespace pgd {

struct ImagePair {
  std::string set;   // "fmd-confocal", "fmd-widefield", "w2s", "bacteria"
  std::string label; // short image name, e.g. "Confocal_BPAE_G"
  std::filesystem::path noisy;
  std::filesystem::path clean;
  PsnrConvention convention = PsnrConvention::Range255;
  // W2S and bacteria: the GT is on another scale; map it onto the noisy frame (affine least
  // squares) before the ground-truth noise fit.
  bool affineGroundTruth = false;
};

// The first frame of the image at `path` (the whole image when it has one frame): every real pair
// is scored on one frame. Throws what readImageStack throws.
ImageStack readFirstFrame(const std::filesystem::path& path);

class DatasetCatalog {
public:
  explicit DatasetCatalog(std::filesystem::path dataDir) : m_dataDir(std::move(dataDir)) {}

  // The pairs the settings select, in a fixed order; `missing` collects files not found.
  std::vector<ImagePair> realPairs(const EvalSettings& settings,
                                   std::vector<std::string>& missing) const;
  // Human-readable description of one set for the report ("FMD confocal BPAE, raw frame vs
  // avg50, 8-bit, 512x512").
  static std::string describeSet(const std::string& set);
  const std::filesystem::path& dataDir() const { return m_dataDir; }

private:
  std::filesystem::path m_dataDir;
};

} // namespace pgd
