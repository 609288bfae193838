// pgd_eval_plots: draws the evaluation figures from plots.json (written by pgd_evaluate) as PNG
// files in the output folder: noisefit_<set>.png, ab_estimates.png, gallery.png. Runs with
// QT_QPA_PLATFORM=offscreen. Usage: pgd_eval_plots plots.json OUTDIR
#include "EstimateFigure.h"
#include "GalleryFigure.h"
#include "NoiseFitFigure.h"

#include <QApplication>

#include <fstream>
#include <iostream>

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  if (argc != 3) {
    std::cerr << "usage: pgd_eval_plots plots.json OUTDIR\n";
    return 2;
  }
  std::ifstream in(argv[1]);
  const auto json = nlohmann::json::parse(in, nullptr, false);
  if (json.is_discarded()) {
    std::cerr << "pgd_eval_plots: " << argv[1] << ": not valid JSON\n";
    return 1;
  }
  const QString out = QString::fromLocal8Bit(argv[2]);
  int failures = 0;
  for (const auto& entry : json["noiseFit"]) {
    const bool ok = pgd::NoiseFitFigure::render(entry, out);
    std::cout << (ok ? "wrote " : "FAILED ") << entry["file"].get<std::string>() << "\n";
    failures += ok ? 0 : 1;
  }
  if (!json["estimates"].empty()) {
    const bool ok = pgd::EstimateFigure::render(json["estimates"], out);
    std::cout << (ok ? "wrote " : "FAILED ") << "ab_estimates.png\n";
    failures += ok ? 0 : 1;
  }
  if (!json["gallery"].empty()) {
    const bool ok = pgd::GalleryFigure::render(json["gallery"], out);
    std::cout << (ok ? "wrote " : "FAILED ") << "gallery.png\n";
    failures += ok ? 0 : 1;
  }
  return failures == 0 ? 0 : 1;
}
