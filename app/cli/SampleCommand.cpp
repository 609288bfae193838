#include "cli/SampleCommand.h"

#include "job/Error.h"
#include "noise/NoiseUnitsText.h"
#include "sample/SamplePhantom.h"

#include <fmt/format.h>

#include <filesystem>

namespace pgd {

SampleCommand::SampleCommand(CLI::App& parent)
    : Command(parent, "sample",
              "Write the bundled synthetic sample (noisy 16-bit stack, clean stack, true a,b)",
              "  pgdenoise sample /tmp/pgd-sample\n"
              "  pgdenoise sample --size 256 --frames 2 small-sample") {
  auto& a = app();
  a.add_option("folder", m_folder, "Folder to write into (created when missing)")
      ->capture_default_str();
  a.add_option("--size", m_size, "Width and height")
      ->check(CLI::Range(32, 8192))
      ->capture_default_str();
  a.add_option("--frames", m_frames, "Frames")->check(CLI::Range(1, 1000))->capture_default_str();
}

void SampleCommand::run(CliContext& context) {
  namespace fs = std::filesystem;
  const fs::path folder(m_folder);
  std::error_code ec;
  if (fs::exists(folder, ec) && !fs::is_directory(folder, ec))
    throw Error(ErrorKind::Output, fmt::format("{}: exists and is not a folder", m_folder));
  // The outermost folder this run creates: removed again, with what it holds, when writing fails.
  fs::path created;
  for (fs::path p = folder; !p.empty() && !fs::exists(p, ec); p = p.parent_path())
    created = p;
  fs::create_directories(folder, ec);
  if (ec)
    throw Error(ErrorKind::Output,
                fmt::format("{}: cannot create folder ({})", m_folder, ec.message()));
  SampleSpec spec;
  spec.phantom.width = m_size;
  spec.phantom.height = m_size;
  spec.phantom.frames = m_frames;
  SampleNoise truth;
  try {
    truth = writeSample(folder, spec);
  } catch (...) {
    if (!created.empty())
      fs::remove_all(created, ec);
    throw;
  }
  context.out << fmt::format("wrote {}\n", (folder / "pgd_sample.tif").string());
  context.out << fmt::format("wrote {}\n", (folder / "pgd_sample_clean.tif").string());
  context.out << fmt::format("wrote {}\n", (folder / "pgd_sample.json").string());
  context.out << fmt::format("true noise: {}; normalised as fit-noise and a model trained on it "
                             "report (raw = {:.6g} * normalised + {:.6g})\n",
                             noiseUnitsText(truth.raw, truth.normalised, 6),
                             truth.normalization.scale, truth.normalization.offset);
}

} // namespace pgd
