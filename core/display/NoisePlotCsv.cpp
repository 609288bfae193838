#include "display/NoisePlotCsv.h"

#include <sstream>

namespace pgd {

std::string noisePlotCsv(const NoiseFitPlotData& data) {
  std::ostringstream out;
  out.precision(10);
  out << "# fit\nmethod,a_normalised,b_normalised,a_raw,b_raw\n";
  out << "pseudo-clean," << data.fit.a << ',' << data.fit.b << ',' << data.fitRaw.a << ','
      << data.fitRaw.b << '\n';
  if (data.hasGroundTruth)
    out << "ground-truth," << data.groundTruthFit.a << ',' << data.groundTruthFit.b << ','
        << data.groundTruthRaw.a << ',' << data.groundTruthRaw.b << '\n';

  out << "\n# histograms\nlevel,bin_low,bin_high,density\n";
  for (const LevelHistogram& h : data.histograms)
    for (std::size_t i = 0; i + 1 < h.edges.size() && i < h.density.size(); ++i)
      out << h.level << ',' << h.edges[i] << ',' << h.edges[i + 1] << ',' << h.density[i] << '\n';

  out << "\n# pdfs\nlevel,curve,x,density\n";
  for (const LevelHistogram& h : data.histograms)
    for (const PdfCurve& c : h.curves)
      for (std::size_t i = 0; i < c.x.size() && i < c.density.size(); ++i)
        out << h.level << ',' << c.label << ',' << c.x[i] << ',' << c.density[i] << '\n';

  out << "\n# variance_mean\nmean,variance,count\n";
  const VarianceMeanCurve& v = data.varianceMean;
  for (std::size_t i = 0; i < v.mean.size() && i < v.variance.size(); ++i)
    out << v.mean[i] << ',' << v.variance[i] << ',' << (i < v.count.size() ? v.count[i] : 0)
        << '\n';

  out << "\n# per_frame\nframe,a_normalised,b_normalised,a_raw,b_raw\n";
  for (std::size_t f = 0; f < data.perFrame.size(); ++f) {
    out << f + 1 << ',' << data.perFrame[f].a << ',' << data.perFrame[f].b;
    if (f < data.perFrameRaw.size())
      out << ',' << data.perFrameRaw[f].a << ',' << data.perFrameRaw[f].b;
    out << '\n';
  }
  return out.str();
}

} // namespace pgd
