#include "cli/EvalCommand.h"

#include "cli/Table.h"
#include "eval/Metrics.h"
#include "image/InputFiles.h"
#include "image/StackReader.h"
#include "job/Error.h"

#include <fmt/format.h>

#include <cmath>
#include <cstdlib>

namespace pgd {
namespace {

// The reference repeated to `frames` frames (a single clean frame for a noisy stack).
ImageStack matchFrames(const ImageStack& reference, int frames) {
  if (reference.frames() == frames)
    return reference;
  ImageStack stack(frames, reference.height(), reference.width());
  for (int f = 0; f < frames; ++f)
    std::copy_n(reference.frame(0), reference.frameSize(), stack.frame(f));
  stack.metadata() = reference.metadata();
  return stack;
}

double meanAffinePsnr(const ImageStack& result, const ImageStack& reference, double range,
                      bool minMax) {
  double sum = 0.0;
  for (int f = 0; f < result.frames(); ++f) {
    const double r = minMax ? dataRangeMinMax(reference.frame(f), reference.frameSize()) : range;
    sum += psnrAffine(result.frame(f), reference.frame(f), result.frameSize(), r);
  }
  return sum / result.frames();
}

} // namespace

EvalCommand::EvalCommand(CLI::App& parent)
    : Command(parent, "eval", "PSNR and SSIM of images against a clean reference",
              "  pgdenoise eval --reference clean.tif noisy.tif noisy_denoised.tif\n"
              "  pgdenoise eval -r gt.png --range 8bit --affine --format csv result.tif") {
  auto& a = app();
  a.add_option("images", m_inputs, "Images to score (same size as the reference)")->required();
  a.add_option("-r,--reference", m_reference,
               "Clean reference image or stack (one frame is used for every frame)")
      ->required();
  a.add_option("--range", m_range,
               "PSNR data range: auto (255 for 8-bit references, else max-min per frame), "
               "8bit, minmax, or a number")
      ->capture_default_str();
  a.add_flag("--affine", m_affine,
             "Also report PSNR after a least-squares affine fit to the reference (W2S caveat)");
  a.add_option("--format", m_format, "table, csv or json")
      ->check(CLI::IsMember({"table", "csv", "json"}))
      ->capture_default_str();
}

void EvalCommand::run(CliContext& context) {
  const ImageStack reference = readImageStack(m_reference);
  bool minMax = false;
  double range = 0.0;
  std::string convention;
  if (m_range == "auto") {
    minMax = reference.metadata().sourceType != PixelType::UInt8;
    range = kDataRange8Bit;
  } else if (m_range == "8bit") {
    range = kDataRange8Bit;
  } else if (m_range == "minmax") {
    minMax = true;
  } else {
    char* end = nullptr;
    range = std::strtod(m_range.c_str(), &end);
    if (end == m_range.c_str() || *end != '\0' || !std::isfinite(range) || range <= 0.0)
      throw Error(
          ErrorKind::Usage,
          fmt::format("--range {}: expected auto, 8bit, minmax or a positive number", m_range));
  }
  convention = minMax ? "max-min of reference (PPN2V)" : fmt::format("range {:g}", range);

  std::vector<std::string> columns{"file", "frames", "psnr_db", "ssim"};
  if (m_affine)
    columns.push_back("psnr_affine_db");
  columns.push_back("range");
  Table table(columns);
  for (const auto& file : collectImageFiles(m_inputs)) {
    const ImageStack image = readImageStack(file);
    if (image.width() != reference.width() || image.height() != reference.height() ||
        (reference.frames() != 1 && reference.frames() != image.frames()))
      throw Error(ErrorKind::Input,
                  fmt::format("{}: size {}x{}x{} does not match the reference {} ({}x{}x{})",
                              file.string(), image.width(), image.height(), image.frames(),
                              m_reference, reference.width(), reference.height(),
                              reference.frames()));
    const ImageStack ref = matchFrames(reference, image.frames());
    std::vector<nlohmann::ordered_json> row{file.string(), image.frames()};
    try {
      row.emplace_back(meanPsnr(image, ref, range, minMax));
      row.emplace_back(meanSsim(image, ref, range, minMax));
      if (m_affine)
        row.emplace_back(meanAffinePsnr(image, ref, range, minMax));
    } catch (const Error& e) {
      throw Error(ErrorKind::Input,
                  fmt::format("{}: cannot score against {} ({}{})", file.string(), m_reference,
                              e.what(), minMax ? "; a constant reference needs --range" : ""));
    }
    row.emplace_back(convention);
    table.addRow(std::move(row));
  }
  table.print(context.out, parseTableFormat(m_format));
}

} // namespace pgd
