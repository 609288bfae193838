#pragma once
// TestImages: the synthetic images and file bytes the command-line tests and the bad-input
// catalogue's input generators (BadInputCatalogue.h) write. No GoogleTest and no Qt here: the
// widget tests build the catalogue's inputs with the same functions.
#include "image/ImageStack.h"
#include "noise/NoiseParams.h"

#include <filesystem>
#include <string>

namespace pgd::test {

// Clean phantom in raw units (raw = 100 + 4000 * x), `frames` x size x size.
ImageStack phantomClean(int size, int frames = 1);
// The phantom with Poisson-Gaussian noise at normalised a,b, stored as uint16 source type.
ImageStack phantomNoisy(int size, int frames, NoiseParams noise, unsigned seed = 3);

std::string readFileBytes(const std::filesystem::path& file);
void writeFileBytes(const std::filesystem::path& file, const std::string& bytes);

} // namespace pgd::test
