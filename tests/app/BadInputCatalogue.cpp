#include "BadInputCatalogue.h"

#include "HandMadeImages.h"
#include "TestImages.h"

#include "image/StackWriter.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <fstream>
#include <sys/stat.h>

namespace pgd::test {
namespace fs = std::filesystem;
namespace {

// A table cell without its code span: `x` or ``x`` (CommonMark strips one space each side).
std::string unquote(std::string cell) {
  std::size_t ticks = 0;
  while (ticks < cell.size() && cell[ticks] == '`')
    ++ticks;
  if (ticks > 0 && cell.size() >= 2 * ticks &&
      cell.compare(cell.size() - ticks, ticks, std::string(ticks, '`')) == 0) {
    cell = cell.substr(ticks, cell.size() - 2 * ticks);
    if (cell.size() >= 2 && cell.front() == ' ' && cell.back() == ' ')
      cell = cell.substr(1, cell.size() - 2);
  }
  return cell;
}

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(' ');
  const auto e = s.find_last_not_of(' ');
  return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

// The cells of a Markdown table line ("| a | b |"); "\|" is a literal bar.
std::vector<std::string> cells(const std::string& line) {
  std::vector<std::string> out;
  std::string cell;
  for (std::size_t i = 1; i < line.size(); ++i) {
    if (line[i] == '\\' && i + 1 < line.size() && line[i + 1] == '|') {
      cell += '|';
      ++i;
    } else if (line[i] == '|') {
      out.push_back(trim(cell));
      cell.clear();
    } else {
      cell += line[i];
    }
  }
  return out;
}

} // namespace

std::vector<CatalogueRow> parseCatalogue(const fs::path& doc) {
  std::ifstream in(doc);
  std::vector<CatalogueRow> rows;
  std::string line;
  bool inTable = false;
  while (std::getline(in, line)) {
    if (!inTable) {
      inTable = line.rfind("| id |", 0) == 0;
      continue;
    }
    if (line.empty() || line.front() != '|')
      break;
    if (line.rfind("|---", 0) == 0 || line.rfind("| ---", 0) == 0)
      continue;
    const auto c = cells(line);
    CatalogueRow r;
    if (c.size() != 7) {
      r.id = "malformed line: " + line;
      rows.push_back(r);
      continue;
    }
    r.id = unquote(c[0]);
    r.input = c[1];
    r.command = unquote(c[2]);
    r.message = unquote(c[3]);
    r.exitCode = std::atoi(c[4].c_str());
    r.check = c[5];
    r.check.erase(std::remove(r.check.begin(), r.check.end(), '`'), r.check.end());
    r.workbench = unquote(c[6]);
    rows.push_back(r);
  }
  return rows;
}

std::string replaceAll(std::string s, const std::string& from, const std::string& to) {
  for (auto at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
    s.replace(at, from.size(), to);
  return s;
}

bool matchesMessage(const std::string& pattern, const std::string& actual) {
  std::size_t p = 0, a = 0;
  while (p < pattern.size()) {
    if (pattern.compare(p, 3, "{n}") == 0) {
      const std::size_t start = a;
      while (a < actual.size() && std::isdigit(static_cast<unsigned char>(actual[a])))
        ++a;
      if (a == start)
        return false;
      p += 3;
    } else if (a < actual.size() && pattern[p] == actual[a]) {
      ++p;
      ++a;
    } else {
      return false;
    }
  }
  return a == actual.size();
}

std::map<std::string, std::string> folderListing(const fs::path& folder) {
  std::map<std::string, std::string> entries;
  for (auto it = fs::recursive_directory_iterator(folder); it != fs::recursive_directory_iterator();
       ++it) {
    const std::string name = fs::relative(it->path(), folder).string();
    struct stat st {};
    if (::lstat(it->path().c_str(), &st) != 0) {
      entries[name] = "unreadable";
    } else if (S_ISDIR(st.st_mode)) {
      entries[name] = "folder";
      if ((st.st_mode & S_IRUSR) == 0)
        it.disable_recursion_pending();
    } else {
      entries[name] = std::to_string(st.st_size) + " bytes, modified " +
                      std::to_string(st.st_mtim.tv_sec) + "." + std::to_string(st.st_mtim.tv_nsec);
    }
  }
  return entries;
}

namespace {

// --- Inputs, written into the row's folder ---------------------------------------------------

void tiff(const fs::path& file, const ImageStack& stack, bool sourceType = false) {
  WriteOptions wo;
  wo.pixelType = sourceType ? OutputPixelType::Source : OutputPixelType::Float32;
  writeImageStack(stack, file, wo);
}

// A noisy 64 x 64 16-bit image, good input for every command.
void cells(const fs::path& file, int size = 64, int frames = 1) {
  tiff(file, phantomNoisy(size, frames, {0.02, 1e-3}), true);
}

// An 8-bit PNG of the phantom.
std::string pngBytes(const fs::path& scratch) {
  ImageStack clean = phantomClean(32);
  for (auto& v : clean.values())
    v = v / 4100.0f * 255.0f;
  clean.metadata().sourceType = PixelType::UInt8;
  tiff(scratch, clean, true);
  const std::string bytes = readFileBytes(scratch);
  fs::remove(scratch);
  return bytes;
}

ImageStack withValue(ImageStack s, int frame, float value) {
  s.at(frame, 10, 10) = value;
  return s;
}

nlohmann::json modelJson(const fs::path& model) {
  return nlohmann::json::parse(readFileBytes(model / "model.json"));
}

void write(const fs::path& file, const std::string& bytes) {
  writeFileBytes(file, bytes);
}

void readOnly(const fs::path& folder) {
  fs::permissions(folder, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                              fs::perms::group_exec | fs::perms::others_read |
                              fs::perms::others_exec);
}

} // namespace

std::map<std::string, CatalogueInput> catalogueInputs(const fs::path& model) {
  std::map<std::string, CatalogueInput> g;
  const auto copyModel = [model](const fs::path& to) {
    fs::copy(model, to, fs::copy_options::recursive);
  };
  // A copy of the model at d/model whose model.json is edited by `edit`.
  const auto editedModel = [copyModel](const fs::path& d,
                                       const std::function<void(nlohmann::json&)>& edit) {
    copyModel(d / "model");
    auto j = modelJson(d / "model");
    edit(j);
    write(d / "model" / "model.json", j.dump(2));
  };
  const RunSetup plain;
  RunSetup nobody;
  nobody.unprivileged = true;

  // Files and formats.
  g["file-missing"] = [=](const fs::path&) { return plain; };
  g["file-dangling-link"] = [=](const fs::path& d) {
    fs::create_symlink(d / "moved-away.tif", d / "cells.tif");
    return plain;
  };
  g["file-fifo"] = [=](const fs::path& d) {
    ::mkfifo((d / "pipe.tif").c_str(), 0644);
    return plain;
  };
  g["folder-empty"] = [=](const fs::path& d) {
    fs::create_directory(d / "empty");
    copyModel(d / "model");
    return plain;
  };
  g["folder-no-images"] = [=](const fs::path& d) {
    fs::create_directory(d / "photos");
    write(d / "photos" / "cat.jpg", "\xff\xd8\xff\xe0 not really");
    write(d / "photos" / "notes.txt", "hello\n");
    return plain;
  };
  g["file-empty"] = [=](const fs::path& d) {
    write(d / "empty.tif", "");
    return plain;
  };
  g["file-text"] = [=](const fs::path& d) {
    write(d / "notes.tif", "this is not an image\n");
    return plain;
  };
  g["file-jpeg"] = [=](const fs::path& d) {
    write(d / "photo.jpg",
          std::string("\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01", 13) + std::string(200, '\x42'));
    return plain;
  };
  g["tiff-truncated"] = [=](const fs::path& d) {
    cells(d / "full.tif", 64, 2);
    const std::string bytes = readFileBytes(d / "full.tif");
    fs::remove(d / "full.tif");
    write(d / "truncated.tif", bytes.substr(0, bytes.size() / 2));
    return plain;
  };
  g["tiff-header-only"] = [=](const fs::path& d) {
    write(d / "header.tif", std::string("II*\0\x08\0\0\0", 8));
    return plain;
  };
  g["tiff-garbage-ifd"] = [=](const fs::path& d) {
    std::string bytes("II*\0\x08\0\0\0", 8);
    for (int i = 0; i < 500; ++i)
      bytes += static_cast<char>((i * 37 + 11) % 251);
    write(d / "corrupt.tif", bytes);
    return plain;
  };
  g["tiff-strip-short"] = [=](const fs::path& d) {
    TiffPage p;
    p.width = p.height = 64;
    p.storedBytes = 100;
    write(d / "short.tif", handMadeTiff({p}));
    return plain;
  };
  g["tiff-zero-width"] = [=](const fs::path& d) {
    write(d / "zero.tif", handMadeTiff(0, 16, 16, 1));
    return plain;
  };
  g["tiff-huge-dimensions"] = [=](const fs::path& d) {
    TiffPage p;
    p.width = p.height = 100000;
    p.storedBytes = 64;
    write(d / "huge.tif", handMadeTiff({p}));
    return plain;
  };
  g["tiff-pages-differ"] = [=](const fs::path& d) {
    TiffPage small, large;
    large.width = large.height = 32;
    write(d / "mixed.tif", handMadeTiff({small, large}));
    return plain;
  };
  // Pixel types.
  g["type-complex"] = [=](const fs::path& d) {
    write(d / "complex.tif", handMadeTiff(16, 16, 64, 6));
    return plain;
  };
  g["type-1-bit"] = [=](const fs::path& d) {
    TiffPage p;
    p.bits = 1;
    p.storedBytes = 32;
    write(d / "bilevel.tif", handMadeTiff({p}));
    return plain;
  };
  g["type-half-float"] = [=](const fs::path& d) {
    write(d / "half.tif", handMadeTiff(16, 16, 16, 3));
    return plain;
  };
  g["type-5-channels"] = [=](const fs::path& d) {
    TiffPage p;
    p.bits = 8;
    p.samplesPerPixel = 5;
    write(d / "five.tif", handMadeTiff({p}));
    return plain;
  };
  g["png-truncated"] = [=](const fs::path& d) {
    const std::string png = pngBytes(d / "scratch.png");
    write(d / "cut.png", png.substr(0, png.size() / 2));
    return plain;
  };
  g["png-bad-crc"] = [=](const fs::path& d) {
    std::string png = pngBytes(d / "scratch.png");
    png[png.find("IDAT") + 8] ^= 0x55;
    write(d / "crc.png", png);
    return plain;
  };
  g["png-huge-dimensions"] = [=](const fs::path& d) {
    write(d / "huge.png", pngWithSize(pngBytes(d / "scratch.png"), 100000, 100000));
    return plain;
  };
  // Pixel values.
  g["value-nan"] = [=](const fs::path& d) {
    tiff(d / "nan.tif", withValue(phantomClean(64), 0, std::nanf("")));
    copyModel(d / "model");
    return plain;
  };
  g["value-inf"] = [=](const fs::path& d) {
    tiff(d / "inf.tif", withValue(phantomClean(64), 0, HUGE_VALF));
    return plain;
  };
  g["value-minus-inf-in-frame-2"] = [=](const fs::path& d) {
    tiff(d / "stack.tif", withValue(phantomClean(64, 2), 1, -HUGE_VALF));
    return plain;
  };
  g["value-nan-reference"] = [=](const fs::path& d) {
    tiff(d / "clean.tif", withValue(phantomClean(64), 0, std::nanf("")));
    cells(d / "cells.tif");
    return plain;
  };
  g["value-constant-train"] = [=](const fs::path& d) {
    tiff(d / "flat.tif", ImageStack(1, 64, 64, 500.0f));
    return plain;
  };
  g["value-constant-denoise"] = [=](const fs::path& d) {
    tiff(d / "flat.tif", ImageStack(1, 64, 64, 500.0f));
    copyModel(d / "model");
    return plain;
  };
  g["value-constant-simulate"] = g["value-constant-train"];
  g["value-constant-reference"] = g["value-constant-train"];
  g["value-constant-clean-reference"] = g["value-constant-train"];
  // Sizes.
  g["size-1x1-fit"] = [=](const fs::path& d) {
    tiff(d / "dot.tif", ImageStack(1, 1, 1, 7.0f));
    return plain;
  };
  g["size-1x1-eval"] = g["size-1x1-fit"];
  g["size-smaller-than-crop"] = [=](const fs::path& d) {
    cells(d / "small.tif", 16);
    return plain;
  };
  g["size-mismatch-eval"] = [=](const fs::path& d) {
    tiff(d / "clean.tif", phantomClean(32));
    cells(d / "cells.tif");
    return plain;
  };
  // Models.
  const auto withCells = [](const fs::path& d) { cells(d / "cells.tif"); };
  g["model-missing"] = [=](const fs::path& d) {
    withCells(d);
    return plain;
  };
  g["model-folder-without-json"] = [=](const fs::path& d) {
    withCells(d);
    fs::create_directory(d / "model");
    write(d / "model" / "readme.txt", "hello\n");
    return plain;
  };
  const auto modelFile = [=](const std::string& file, const std::string& bytes) {
    return [=](const fs::path& d) {
      withCells(d);
      copyModel(d / "model");
      write(d / "model" / file, bytes);
      return plain;
    };
  };
  const auto modelEdit = [=](const std::function<void(nlohmann::json&)>& edit) {
    return [=](const fs::path& d) {
      withCells(d);
      editedModel(d, edit);
      return plain;
    };
  };
  g["model-json-not-json"] = modelFile("model.json", "{ not json");
  g["model-json-empty-object"] = modelFile("model.json", "{}");
  g["model-json-future-version"] = modelEdit([](nlohmann::json& j) { j["formatVersion"] = 99; });
  g["model-json-unknown-architecture"] =
      modelEdit([](nlohmann::json& j) { j["architecture"]["kind"] = "transformer"; });
  g["model-json-unknown-loss"] = modelEdit([](nlohmann::json& j) { j["loss"] = "l1"; });
  g["model-json-zero-scale"] =
      modelEdit([](nlohmann::json& j) { j["normalization"]["scale"] = 0.0; });
  g["model-json-string-width"] =
      modelEdit([](nlohmann::json& j) { j["architecture"]["width"] = "wide"; });
  g["model-json-negative-width"] =
      modelEdit([](nlohmann::json& j) { j["architecture"]["width"] = -4; });
  g["model-wrong-width"] = modelEdit([](nlohmann::json& j) {
    j["architecture"]["width"] = 8;
    j["architecture"]["headWidth"] = 64;
  });
  g["model-wrong-architecture"] = modelEdit([](nlohmann::json& j) {
    j["architecture"]["kind"] = "unet";
    j["loss"] = "n2v";
  });
  g["model-3-channels"] = modelEdit([](nlohmann::json& j) { j["architecture"]["inChannels"] = 3; });
  g["model-weights-missing"] = [=](const fs::path& d) {
    withCells(d);
    copyModel(d / "model");
    fs::remove(d / "model" / "weights.pt");
    return plain;
  };
  g["model-weights-truncated"] = [=](const fs::path& d) {
    withCells(d);
    copyModel(d / "model");
    const std::string w = readFileBytes(d / "model" / "weights.pt");
    write(d / "model" / "weights.pt", w.substr(0, w.size() / 3));
    return plain;
  };
  g["models-import-corrupt"] = modelFile("weights.pt", "these are not weights\n");
  // Training configs.
  const auto config = [=](const std::string& json) {
    return [=](const fs::path& d) {
      cells(d / "train.tif", 128);
      if (!json.empty())
        write(d / "config.json", json);
      return plain;
    };
  };
  g["config-missing"] = config("");
  g["config-not-json"] = config("{ \"cropSize\": ");
  g["config-wrong-type"] = config(R"({"cropSize": "large"})");
  g["config-unknown-loss"] = config(R"({"loss": "l1"})");
  g["config-negative-batch"] = config(R"({"batchSize": -2, "maxSteps": 2})");
  g["config-n2v-blind-spot"] = config(R"({"loss": "n2v", "maxSteps": 2})");
  g["config-3-channels"] = config(
      R"({"cropSize": 32, "batchSize": 2, "maxSteps": 2, "stepsPerEpoch": 2, "network": {"width": 4, "headWidth": 32, "inChannels": 3}})");
  g["config-unknown-device"] = config(R"({"device": "tpu"})");
  // Outputs.
  g["output-folder-missing"] = [=](const fs::path& d) {
    withCells(d);
    copyModel(d / "model");
    return plain;
  };
  g["output-folder-is-a-file"] = [=](const fs::path& d) {
    withCells(d);
    copyModel(d / "model");
    write(d / "out", "a file\n");
    return plain;
  };
  g["output-exists"] = [=](const fs::path& d) {
    tiff(d / "clean.tif", phantomClean(32));
    write(d / "noisy.tif", "an earlier result\n");
    return plain;
  };
  g["output-is-the-input"] = [=](const fs::path& d) {
    tiff(d / "clean.tif", phantomClean(32));
    return plain;
  };
  g["output-wrong-extension"] = g["output-is-the-input"];
  g["output-png-float"] = g["output-is-the-input"];
  g["output-two-inputs-one-name"] = [=](const fs::path& d) {
    fs::create_directories(d / "a");
    fs::create_directories(d / "b");
    fs::create_directories(d / "out");
    cells(d / "a" / "cells.tif");
    cells(d / "b" / "cells.tif");
    copyModel(d / "model");
    return plain;
  };
  g["output-model-name-taken"] = [=](const fs::path& d) {
    cells(d / "train.tif", 128);
    fs::create_directories(d / "models");
    copyModel(d / "models" / "cells");
    return plain;
  };
  g["output-not-a-model-folder"] = [=](const fs::path& d) {
    cells(d / "train.tif", 128);
    fs::create_directories(d / "notes");
    write(d / "notes" / "todo.txt", "keep me\n");
    return plain;
  };
  g["output-export-exists"] = [=](const fs::path& d) {
    fs::create_directories(d / "models");
    copyModel(d / "models" / "cells");
    fs::create_directories(d / "usb" / "cells");
    return plain;
  };
  // Full disk (a file-size limit) and full standard output (/dev/full).
  g["disk-full-simulate"] = [=](const fs::path&) {
    RunSetup s;
    s.fileSizeLimit = 16 * 1024;
    return s;
  };
  g["disk-full-denoise"] = [=](const fs::path& d) {
    cells(d / "cells.tif", 96, 2);
    copyModel(d / "model");
    fs::create_directories(d / "out");
    write(d / "out" / "keep.txt", "existing\n");
    RunSetup s;
    s.fileSizeLimit = 40 * 1024;
    return s;
  };
  g["disk-full-model-store"] = [=](const fs::path& d) {
    cells(d / "train.tif", 128);
    RunSetup s;
    s.fileSizeLimit = 16 * 1024;
    return s;
  };
  g["disk-full-sample"] = g["disk-full-simulate"];
  g["stdout-full-fit-noise"] = [=](const fs::path& d) {
    withCells(d);
    return plain;
  };
  g["stdout-full-version"] = [=](const fs::path&) { return plain; };
  // Permissions: as root the command runs as user nobody, for whom they apply.
  g["permission-unreadable-image"] = [=](const fs::path& d) {
    withCells(d);
    fs::permissions(d / "cells.tif", fs::perms::none);
    return nobody;
  };
  g["permission-unreadable-folder"] = [=](const fs::path& d) {
    fs::create_directories(d / "data");
    cells(d / "data" / "cells.tif");
    fs::permissions(d / "data", fs::perms::none);
    return nobody;
  };
  g["permission-read-only-output-folder"] = [=](const fs::path& d) {
    tiff(d / "clean.tif", phantomClean(32));
    fs::create_directories(d / "ro");
    readOnly(d / "ro");
    return nobody;
  };
  g["permission-read-only-input-folder"] = [=](const fs::path& d) {
    fs::create_directories(d / "ro");
    cells(d / "ro" / "cells.tif");
    copyModel(d / "model");
    readOnly(d / "ro");
    return nobody;
  };
  g["permission-read-only-model-store"] = [=](const fs::path& d) {
    cells(d / "train.tif", 128);
    fs::create_directories(d / "models");
    readOnly(d / "models");
    return nobody;
  };
  g["permission-unreadable-weights"] = [=](const fs::path& d) {
    withCells(d);
    copyModel(d / "model");
    fs::permissions(d / "model" / "weights.pt", fs::perms::none);
    fs::create_directories(d / "out");
    fs::permissions(d / "out", fs::perms::all);
    return nobody;
  };
  // Interrupted runs.
  g["interrupt-train-sigint"] = [=](const fs::path& d) {
    cells(d / "train.tif", 128);
    RunSetup s;
    s.signal = SIGINT;
    s.signalAfter = "models/stopped/model.json";
    return s;
  };
  g["interrupt-train-sigterm"] = [=](const fs::path& d) {
    cells(d / "train.tif", 128);
    RunSetup s;
    s.signal = SIGTERM;
    s.signalAfter = "stopped/model.json";
    return s;
  };
  g["interrupt-denoise-sigterm"] = [=](const fs::path& d) {
    cells(d / "cells.tif", 512, 2);
    copyModel(d / "model");
    RunSetup s;
    s.signal = SIGTERM;
    return s;
  };
  // A stack whose page 4 is smaller than the others: it opens, and fails when frame 4 is read.
  g["stack-frame-unreadable"] = [=](const fs::path& d) {
    std::vector<TiffPage> pages(6);
    for (auto& p : pages)
      p.width = p.height = 64;
    pages[3].width = pages[3].height = 32;
    write(d / "stack.tif", handMadeTiff(pages));
    copyModel(d / "model");
    fs::create_directories(d / "out");
    return plain;
  };
  // Arguments.
  g["args-unknown-option"] = [=](const fs::path&) { return plain; };
  g["args-no-command"] = g["args-unknown-option"];
  g["args-base-fixed-raw"] = [=](const fs::path& d) {
    withCells(d);
    return plain;
  };
  g["args-crop-not-32"] = [=](const fs::path& d) {
    cells(d / "train.tif", 128);
    return plain;
  };
  g["args-width-out-of-range"] = g["args-crop-not-32"];
  g["args-bad-model-name"] = g["args-crop-not-32"];
  g["args-input-and-phantom"] = [=](const fs::path& d) {
    tiff(d / "clean.tif", phantomClean(32));
    return plain;
  };
  g["args-fit-noise-no-method"] = g["args-base-fixed-raw"];
  g["args-local-residual-without-model"] = g["args-base-fixed-raw"];
  g["args-range-not-a-number"] = [=](const fs::path& d) {
    tiff(d / "clean.tif", phantomClean(64));
    withCells(d);
    return plain;
  };
  g["args-fixed-without-values"] = [=](const fs::path& d) {
    withCells(d);
    copyModel(d / "model");
    return plain;
  };
  g["args-shard-out-of-range"] = g["args-base-fixed-raw"];
  g["args-shard-not-k-of-n"] = g["args-base-fixed-raw"];
  g["args-rename-bad-name"] = [=](const fs::path& d) {
    fs::create_directories(d / "models");
    copyModel(d / "models" / "cells");
    return plain;
  };
  return g;
}

} // namespace pgd::test
