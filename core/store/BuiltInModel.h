#pragma once
// BuiltInModel: the base model shipped with pgdenoise (docs/BASE_MODEL.md): the quick preset's
// network pretrained on many kinds of noisy images, with per-image normalisation, so an image can
// be denoised before any training and training can start from it (warm start). Read-only: it
// lives beside the program, never in the user's model store.
//
// Where it is looked for, first found wins:
//   1. $PGD_BASE_MODEL (a model folder; tests and packagers point it elsewhere),
//   2. <program>/../share/pgdenoise/models/base (installed),
//   3. the source tree's data/models/base (build tree, tests, ./run.sh).
// Safe from any thread (reads files only).
#include "nn/Model.h"

#include <filesystem>
#include <optional>
#include <string>

namespace pgd {

// The name the built-in model goes by in the model store, the browser and model.json's `base`.
constexpr const char* kBuiltInBaseName = "base";

// The folder of the built-in model, or nullopt when none is installed.
std::optional<std::filesystem::path> builtInBaseFolder();
// Loads it; throws Error(Model) saying where it was looked for when it is missing or broken.
Model loadBuiltInBase();
// model.json's `base` for a run that starts from the model in `folder`: its name and the
// checksum of its weights.pt (FNV-1a 64-bit, 16 hex digits).
BaseModelRef baseModelRef(const std::string& name, const std::filesystem::path& folder);
std::string weightsChecksum(const std::filesystem::path& weightsFile);

} // namespace pgd
