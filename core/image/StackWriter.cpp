#include "image/StackWriter.h"

#include "image/OutputGuard.h"

#include "image/StackReader.h"
#include "job/Error.h"

#include <fmt/format.h>
#include <itkImage.h>
#include <itkImageFileWriter.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <type_traits>
#include <unistd.h>

namespace pgd {
namespace fs = std::filesystem;

namespace {

[[noreturn]] void fail(const fs::path& path, const std::string& what) {
  throw Error(ErrorKind::Output, fmt::format("{}: {}", path.string(), what));
}

template <typename T>
void writeTyped(const ImageStack& stack, const fs::path& target, bool roundAndClip) {
  constexpr unsigned Dim = 3;
  using Image = itk::Image<T, Dim>;
  auto image = Image::New();
  typename Image::SizeType size;
  size[0] = stack.width();
  size[1] = stack.height();
  size[2] = stack.frames();
  image->SetRegions(typename Image::RegionType(size));
  const StackGeometry geometry = stack.geometry();
  const double spacing[Dim] = {geometry.spacingX, geometry.spacingY, 1.0};
  image->SetSpacing(spacing);
  image->Allocate();
  T* out = image->GetBufferPointer();
  const auto& in = stack.values();
  const double lo = std::is_integral_v<T> ? double(std::numeric_limits<T>::lowest()) : 0.0;
  const double hi = std::is_integral_v<T> ? double(std::numeric_limits<T>::max()) : 0.0;
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (roundAndClip)
      out[i] = static_cast<T>(std::clamp(std::nearbyint(double(in[i])), lo, hi));
    else
      out[i] = static_cast<T>(in[i]);
  }
  auto writer = itk::ImageFileWriter<Image>::New();
  writer->SetFileName(target.string());
  writer->SetInput(image);
  writer->Update();
}

// An ITK exception's description without its "ITK ERROR: PNGImageIO(0x55d0c1a2b3c0): " prefix,
// whose object address differs from run to run.
std::string reason(const itk::ExceptionObject& e) {
  std::string text = e.GetDescription();
  const auto end = text.find("): ");
  if (text.rfind("ITK ERROR: ", 0) == 0 && end != std::string::npos)
    text.erase(0, end + 3);
  return text;
}

// PNG through ITK (8/16-bit only, checked by the caller).
void writePng(const ImageStack& stack, const fs::path& tmp, PixelType type) {
  if (type == PixelType::UInt8)
    writeTyped<std::uint8_t>(stack, tmp, true);
  else
    writeTyped<std::uint16_t>(stack, tmp, true);
}

} // namespace

void checkWritable(const fs::path& path, const WriteOptions& options) {
  checkOutputPath(path, {options.overwrite, options.protectedInputs});
  const std::string ext = path.extension().string();
  std::string lower(ext);
  std::transform(lower.begin(), lower.end(), lower.begin(), ::tolower);
  if (lower != ".tif" && lower != ".tiff" && lower != ".png")
    fail(path, "output must end in .tif, .tiff or .png");
}

void writeImageStack(const ImageStack& stack, const fs::path& path, const WriteOptions& options) {
  registerImageIOFactories();
  checkWritable(path, options);
  if (stack.empty())
    fail(path, "nothing to write (empty image)");

  PixelType type = options.pixelType == OutputPixelType::Float32 ? PixelType::Float32
                                                                 : stack.metadata().sourceType;
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), ::tolower);
  if (ext == ".png") {
    if (stack.frames() != 1)
      fail(path, "PNG holds one frame only; write stacks as TIFF");
    if (type != PixelType::UInt8 && type != PixelType::UInt16)
      fail(path, fmt::format("PNG cannot store {} samples; use .tif", toString(type)));
  }

  const fs::path tmp = temporaryOutputPath(path);
  try {
    if (ext == ".png")
      writePng(stack, tmp, type);
    else
      writeTiffStack(stack, tmp, type, options.bigTiffAbove);
  } catch (const itk::ExceptionObject& e) {
    std::error_code ec;
    fs::remove(tmp, ec);
    fail(path, fmt::format("write failed ({})", reason(e)));
  } catch (const std::exception& e) {
    std::error_code ec;
    fs::remove(tmp, ec);
    fail(path, fmt::format("write failed ({})", e.what()));
  }
  std::error_code ec;
  if (!fs::exists(tmp, ec) || fs::file_size(tmp, ec) == 0) {
    fs::remove(tmp, ec);
    fail(path, "write failed (no data written; disk full?)");
  }
  moveIntoPlace(tmp, path);
}

} // namespace pgd
