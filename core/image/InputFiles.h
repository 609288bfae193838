#pragma once
// InputFiles: turns the image paths a user gives (command-line arguments, files opened or dropped
// in the workbench; files and folders) into a list of image files: the one rule both front ends
// follow, so they refuse a missing path, a folder without images or a special file alike.
// Folders are scanned non-recursively for .tif, .tiff and .png files (hidden files skipped,
// sorted by name); with `skipOutputs`, files that pgdenoise itself wrote (*_denoised, *_mu,
// *_uncertainty) are skipped too. Throws Error(Input) naming the path for a
// missing path, a folder without images, or a special file. Safe from any thread.
#include <filesystem>
#include <string>
#include <vector>

namespace pgd {

std::vector<std::filesystem::path> collectImageFiles(const std::vector<std::string>& arguments,
                                                     bool skipOutputs = false);

bool hasImageExtension(const std::filesystem::path& path);

} // namespace pgd
