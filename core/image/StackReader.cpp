#include "image/StackReader.h"

#include "image/PngIntegrity.h"
#include "image/Tiff32Io.h"
#include "image/TiffIntegrity.h"
#include "job/Error.h"

#include <fmt/format.h>
#include <itkImageIOBase.h>
#include <itkImageIOFactory.h>
#include <itkPNGImageIOFactory.h>
#include <itkTIFFImageIOFactory.h>

#include <cstdint>
#include <mutex>

namespace pgd {
namespace fs = std::filesystem;

void registerImageIOFactories() {
  static std::once_flag once;
  std::call_once(once, [] {
    itk::TIFFImageIOFactory::RegisterOneFactory();
    itk::PNGImageIOFactory::RegisterOneFactory();
    // libtiff warnings about unknown tags would otherwise go to stderr on every read.
    itk::Object::GlobalWarningDisplayOff();
  });
}

namespace {

[[noreturn]] void fail(const fs::path& path, const std::string& what) {
  throw Error(ErrorKind::Input, fmt::format("{}: {}", path.string(), what));
}

PixelType toPixelType(const fs::path& path, itk::IOComponentEnum c) {
  using C = itk::IOComponentEnum;
  switch (c) {
  case C::UCHAR:
    return PixelType::UInt8;
  case C::CHAR:
    return PixelType::Int8;
  case C::USHORT:
    return PixelType::UInt16;
  case C::SHORT:
    return PixelType::Int16;
  case C::UINT:
    return PixelType::UInt32;
  case C::INT:
    return PixelType::Int32;
  case C::FLOAT:
    return PixelType::Float32;
  case C::DOUBLE:
    return PixelType::Float64;
  default:
    fail(path,
         fmt::format("unsupported pixel type '{}'", itk::ImageIOBase::GetComponentTypeAsString(c)));
  }
}

template <typename T> void convert(const char* raw, std::size_t count, std::vector<double>& out) {
  out.resize(count);
  const T* p = reinterpret_cast<const T*>(raw);
  for (std::size_t i = 0; i < count; ++i)
    out[i] = static_cast<double>(p[i]);
}

void toDouble(PixelType t, const char* raw, std::size_t count, std::vector<double>& out) {
  switch (t) {
  case PixelType::UInt8:
    return convert<std::uint8_t>(raw, count, out);
  case PixelType::Int8:
    return convert<std::int8_t>(raw, count, out);
  case PixelType::UInt16:
    return convert<std::uint16_t>(raw, count, out);
  case PixelType::Int16:
    return convert<std::int16_t>(raw, count, out);
  case PixelType::UInt32:
    return convert<std::uint32_t>(raw, count, out);
  case PixelType::Int32:
    return convert<std::int32_t>(raw, count, out);
  case PixelType::Float32:
    return convert<float>(raw, count, out);
  case PixelType::Float64:
    return convert<double>(raw, count, out);
  }
}

void checkFile(const fs::path& path) {
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (ec || !fs::exists(status))
    fail(path, "file not found");
  if (fs::is_directory(status))
    fail(path, "is a directory, not an image file");
  if (!fs::is_regular_file(status))
    fail(path, "is not a regular file");
  if (fs::file_size(path, ec) == 0)
    fail(path, "file is empty");
}

} // namespace

ImageStack readImageStack(const fs::path& path, const ReadOptions& options) {
  registerImageIOFactories();
  checkFile(path);
  checkTiffIntegrity(path);
  checkPngIntegrity(path);
  if (const auto int32 = tiff32IntegerType(path)) {
    if (options.channel > 0)
      fail(path, fmt::format("channel {} requested but the image has 1", options.channel));
    return readTiff32(path, *int32);
  }

  itk::ImageIOBase::Pointer io =
      itk::ImageIOFactory::CreateImageIO(path.c_str(), itk::IOFileModeEnum::ReadMode);
  if (!io)
    fail(path, "not a readable TIFF or PNG image (unknown format or corrupt header)");

  try {
    io->SetFileName(path.string());
    io->ReadImageInformation();
  } catch (const itk::ExceptionObject& e) {
    fail(path, fmt::format("corrupt image header ({})", e.GetDescription()));
  }

  const unsigned dims = io->GetNumberOfDimensions();
  if (dims < 2 || dims > 3)
    fail(path, fmt::format("unsupported number of dimensions: {}", dims));
  const std::size_t width = io->GetDimensions(0);
  const std::size_t height = io->GetDimensions(1);
  const std::size_t frames = dims == 3 ? io->GetDimensions(2) : 1;
  if (width == 0 || height == 0 || frames == 0)
    fail(path, "image has zero size");
  constexpr std::size_t kMaxSamples = std::size_t(1) << 32; // 16 GiB of float32
  if (width * height * frames > kMaxSamples)
    fail(path, fmt::format("image too large ({}x{}x{} samples)", width, height, frames));

  const PixelType type = toPixelType(path, io->GetComponentType());
  const unsigned comps = io->GetNumberOfComponents();
  if (comps < 1 || comps > 4)
    fail(path, fmt::format("unsupported number of channels: {}", comps));
  if (options.channel >= static_cast<int>(comps))
    fail(path, fmt::format("channel {} requested but the image has {}", options.channel, comps));

  itk::ImageIORegion region(dims);
  for (unsigned d = 0; d < dims; ++d) {
    region.SetIndex(d, 0);
    region.SetSize(d, io->GetDimensions(d));
  }
  io->SetIORegion(region);

  std::vector<char> raw;
  try {
    raw.resize(io->GetImageSizeInBytes());
    io->Read(raw.data());
  } catch (const itk::ExceptionObject& e) {
    fail(path, fmt::format("truncated or corrupt image data ({})", e.GetDescription()));
  } catch (const std::bad_alloc&) {
    fail(path, "not enough memory to read this image");
  }

  const std::size_t pixels = width * height * frames;
  std::vector<double> samples;
  toDouble(type, raw.data(), pixels * comps, samples);
  raw.clear();
  raw.shrink_to_fit();

  ImageStack stack(static_cast<int>(frames), static_cast<int>(height), static_cast<int>(width));
  float* out = stack.values().data();
  ImageMetadata& meta = stack.metadata();
  meta.sourceType = type;
  meta.sourcePath = path.string();
  meta.sourceChannels = static_cast<int>(comps);
  meta.spacingX = io->GetSpacing(0);
  meta.spacingY = io->GetSpacing(1);

  if (comps == 1) {
    for (std::size_t i = 0; i < pixels; ++i)
      out[i] = static_cast<float>(samples[i]);
  } else if (options.channel >= 0) {
    for (std::size_t i = 0; i < pixels; ++i)
      out[i] = static_cast<float>(samples[i * comps + options.channel]);
    meta.warnings.push_back(
        fmt::format("colour image: using channel {} of {}", options.channel, comps));
  } else if (comps == 2) { // gray + alpha
    for (std::size_t i = 0; i < pixels; ++i)
      out[i] = static_cast<float>(samples[i * 2]);
    meta.warnings.push_back("gray+alpha image: alpha channel ignored");
  } else {
    for (std::size_t i = 0; i < pixels; ++i) {
      const double* p = &samples[i * comps];
      out[i] = static_cast<float>(0.299 * p[0] + 0.587 * p[1] + 0.114 * p[2]);
    }
    meta.sourceType =
        type == PixelType::UInt8 || type == PixelType::UInt16 ? type : PixelType::Float32;
    meta.warnings.push_back(fmt::format(
        "colour image ({} channels) converted to luminance; pass a channel to pick one", comps));
  }

  if (!options.allowNonFinite) {
    const std::size_t bad = stack.nonFiniteCount();
    if (bad > 0)
      fail(path, fmt::format("contains {} NaN or infinite pixel values", bad));
  }
  return stack;
}

} // namespace pgd
