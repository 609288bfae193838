#pragma once
// TiffStackMetadata: the hyperstack geometry of an open TIFF, from the first page's
// ImageDescription (ImageJ description or OME-XML, parsed by core/image/ImageJDescription.h and
// core/image/OmeXml.h) and its XResolution/YResolution/ResolutionUnit tags. Metadata that does
// not fit the file (wrong page count or size, unusable text) is dropped with a warning, never an
// error: the pixels are still read as a plain stack. Called by readTiffStack on its thread.
#include "image/StackGeometry.h"

#include <cstdint>
#include <string>
#include <vector>

struct tiff;

namespace pgd {

struct TiffStackMetadata {
  StackGeometry geometry;
  // Flat frame (XYCZT order) of each page; empty when page p is frame p.
  std::vector<int> frameOfPage;
  // ImageJ saves stacks past 4 GiB as classic TIFF with a single page directory: its description
  // states all images, whose data follow page 1's contiguously. For such a file (one page, an
  // ImageJ description of more images) this is the number of images; 0 otherwise. The reader
  // checks that page 1's data allow it (TiffStackReader.cpp).
  int contiguousImages = 0;
  std::vector<std::string> warnings;
};

// `tif` must be at its first directory; `pages` pages of width x height pixels.
TiffStackMetadata readTiffStackMetadata(struct tiff* tif, int pages, std::uint32_t width,
                                        std::uint32_t height);

} // namespace pgd
