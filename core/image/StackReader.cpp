#include "image/StackReader.h"

#include "image/MemoryFrameSource.h"
#include "image/PixelConversion.h"
#include "image/PngIntegrity.h"
#include "image/TiffFrameSource.h"
#include "image/TiffIntegrity.h"
#include "image/TiffStackReader.h"
#include "job/Error.h"

#include <fmt/format.h>
#include <itkImageIOBase.h>
#include <itkImageIOFactory.h>
#include <itkPNGImageIOFactory.h>
#include <itkTIFFImageIOFactory.h>

#include <tiffio.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <dlfcn.h>
#include <fstream>
#include <mutex>

namespace pgd {
namespace fs = std::filesystem;

namespace {

// libtiff's default handlers print every error to stderr. The TIFFs read here get handlers of
// their own per file, and ITK's TIFF writer reports its failures as exceptions, so the global
// handlers go: in the system libtiff and in ITK's bundled copy (symbols prefixed itk_), when ITK
// uses one, looked up at run time.
void silenceGlobalTiffMessages() {
  TIFFSetErrorHandler(nullptr);
  TIFFSetWarningHandler(nullptr);
  for (const char* name : {"itk_TIFFSetErrorHandler", "itk_TIFFSetWarningHandler"}) {
    void* symbol = ::dlsym(RTLD_DEFAULT, name);
    if (!symbol)
      continue;
    TIFFErrorHandler (*setHandler)(TIFFErrorHandler) = nullptr;
    std::memcpy(&setHandler, &symbol, sizeof symbol);
    setHandler(nullptr);
  }
}

} // namespace

void registerImageIOFactories() {
  static std::once_flag once;
  std::call_once(once, [] {
    itk::TIFFImageIOFactory::RegisterOneFactory();
    itk::PNGImageIOFactory::RegisterOneFactory();
    itk::Object::GlobalWarningDisplayOff();
    silenceGlobalTiffMessages();
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
  std::ifstream probe(path, std::ios::binary);
  if (!probe)
    fail(path, "cannot be opened (permission denied?)");
}

bool hasTiffMagic(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  char m[4] = {};
  in.read(m, 4);
  return in.gcount() == 4 && ((m[0] == 'I' && m[1] == 'I' && m[2] == 42 && m[3] == 0) ||
                              (m[0] == 'M' && m[1] == 'M' && m[2] == 0 && m[3] == 42) ||
                              (m[0] == 'I' && m[1] == 'I' && m[2] == 43 && m[3] == 0) ||
                              (m[0] == 'M' && m[1] == 'M' && m[2] == 0 && m[3] == 43));
}

// PNG (and any other non-TIFF format ITK knows) through ITK, after our own integrity check.
ImageStack readWithItk(const fs::path& path, const ReadOptions& options) {
  checkPngIntegrity(path);
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
  if (dims != 2)
    fail(path, fmt::format("unsupported number of dimensions: {}", dims));
  const std::size_t width = io->GetDimensions(0);
  const std::size_t height = io->GetDimensions(1);
  if (width == 0 || height == 0)
    fail(path, "image has zero size");
  const PixelType type = toPixelType(path, io->GetComponentType());
  const int comps = static_cast<int>(io->GetNumberOfComponents());
  if (comps < 1 || comps > 4)
    fail(path, fmt::format("unsupported number of channels: {}", comps));
  if (options.channel >= comps)
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

  ImageStack stack(1, static_cast<int>(height), static_cast<int>(width));
  convertPixels(type, raw.data(), stack.frameSize(), comps, options.channel, stack.frame(0));
  ImageMetadata& meta = stack.metadata();
  meta.sourceType = type;
  meta.sourceChannels = comps;
  meta.geometry.spacingX = io->GetSpacing(0);
  meta.geometry.spacingY = io->GetSpacing(1);
  if (comps == 2 && options.channel < 0)
    meta.warnings.push_back("gray+alpha image: alpha channel ignored");
  else if (comps > 2 && options.channel < 0)
    meta.warnings.push_back(fmt::format(
        "colour image ({} channels) converted to luminance; pass a channel to pick one", comps));
  else if (comps > 1)
    meta.warnings.push_back(
        fmt::format("colour image: using channel {} of {}", options.channel, comps));
  return stack;
}

} // namespace

ImageStack readImageStack(const fs::path& path, const ReadOptions& options) {
  registerImageIOFactories();
  checkFile(path);
  ImageStack stack;
  if (hasTiffMagic(path)) {
    checkTiffIntegrity(path);
    stack = readTiffStack(path, options);
  } else {
    stack = readWithItk(path, options);
  }
  stack.metadata().sourcePath = path.string();
  // The first frame with NaN or infinite values is named, as a FrameSource names it when it
  // reads frames one at a time (core/image/FrameSource.h), so both paths give the same line.
  if (!options.allowNonFinite && stack.nonFiniteCount() > 0)
    for (int f = 0; f < stack.frames(); ++f) {
      const float* v = stack.frame(f);
      const auto bad =
          std::count_if(v, v + stack.frameSize(), [](float x) { return !std::isfinite(x); });
      if (bad > 0)
        fail(path, fmt::format("{}contains {} NaN or infinite pixel values",
                               stack.frames() == 1 ? "" : fmt::format("frame {} ", f + 1), bad));
    }
  return stack;
}

std::unique_ptr<FrameSource> openFrameSource(const fs::path& path, const ReadOptions& options) {
  registerImageIOFactories();
  checkFile(path);
  if (hasTiffMagic(path)) {
    checkTiffIntegrity(path);
    return std::make_unique<TiffFrameSource>(path, options);
  }
  ImageStack stack = readImageStack(path, options);
  return std::make_unique<MemoryFrameSource>(std::move(stack));
}

} // namespace pgd
