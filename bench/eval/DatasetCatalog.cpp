#include "DatasetCatalog.h"

#include "image/StackReader.h"

#include <fmt/format.h>

namespace pgd {

ImageStack readFirstFrame(const std::filesystem::path& path) {
  ImageStack s = readImageStack(path);
  return s.frames() == 1 ? s : s.frameCopy(0);
}

namespace fs = std::filesystem;

std::string DatasetCatalog::describeSet(const std::string& set) {
  if (set == "fmd-confocal")
    return "FMD confocal BPAE (one real raw frame vs avg50, 8-bit 512x512; trained on the raw "
           "frame itself)";
  if (set == "fmd-widefield")
    return "FMD widefield BPAE (one real raw frame vs avg50, 8-bit 512x512; trained on the raw "
           "frame itself)";
  if (set == "w2s")
    return "W2S test FOV 081-100 (avg1 vs avg400, 8-bit 512x512, per-image min-max rescaled; "
           "trained on each avg1 frame itself)";
  if (set == "bacteria")
    return "HowardLab Myxococcus bacteria (noisy frame vs frame average, 16-bit 512x512; trained "
           "on the noisy frame itself)";
  if (set == "synthetic")
    return "synthetic Poisson-Gaussian noise on a clean CellProfiler HT29 image (8-bit, 512x512, "
           "scaled to [0,1])";
  if (set == "bsd68")
    return "BSD68 with Gaussian noise sigma 25 (trained on BSD Train400 noisy crops)";
  return set;
}

std::vector<ImagePair> DatasetCatalog::realPairs(const EvalSettings& settings,
                                                 std::vector<std::string>& missing) const {
  std::vector<ImagePair> pairs;
  const auto add = [&](ImagePair p) {
    bool ok = true;
    for (const auto& f : {p.noisy, p.clean})
      if (!fs::is_regular_file(f)) {
        missing.push_back(f.string());
        ok = false;
      }
    if (ok)
      pairs.push_back(std::move(p));
  };
  const fs::path fmd = m_dataDir / "FMD_samples";
  if (settings.runs("fmd-confocal"))
    for (const auto& ch : settings.fmdChannels) {
      const std::string name = "Confocal_BPAE_" + ch;
      add({"fmd-confocal", name, fmd / "confocal/raw" / (name + ".tif"),
           fmd / "confocal/gt_avg50" / (name + ".tif"), PsnrConvention::Range255, false});
    }
  if (settings.runs("fmd-widefield"))
    for (const auto& ch : settings.fmdChannels) {
      const std::string name = "WideField_BPAE_" + ch;
      add({"fmd-widefield", name, fmd / "widefield" / (name + "_raw.png"),
           fmd / "widefield" / (name + "_gt_avg50.png"), PsnrConvention::Range255, false});
    }
  if (settings.runs("w2s")) {
    const fs::path w2s = m_dataDir / "W2S_test_8bit";
    int count = 0;
    const int limit = settings.w2sImages > 0 ? settings.w2sImages : 60;
    for (int fov = 81; fov <= 100 && count < limit; ++fov)
      for (int ch = 0; ch < 3 && count < limit; ++ch, ++count) {
        const std::string id = fmt::format("{:03d}_{}", fov, ch);
        add({"w2s", "W2S_" + id, w2s / "noisy_avg1" / ("input_avg1_" + id + ".tif"),
             w2s / "gt_avg400" / ("target_avg400_" + id + ".tif"), PsnrConvention::Affine255,
             true});
      }
  }
  if (settings.runs("bacteria")) {
    const fs::path b = m_dataDir / "HowardLab_bacteria/16bit";
    add({"bacteria", "Bacteria_16bit", b / "noisy_avg1_16bit.png", b / "target_AVG_16bit.png",
         PsnrConvention::AffineMinMax, true});
  }
  return pairs;
}

} // namespace pgd
