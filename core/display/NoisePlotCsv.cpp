#include "display/NoisePlotCsv.h"

#include "image/TextOutput.h"

#include <sstream>

namespace pgd {

std::string noisePlotCsv(const NoiseFitPlotData& data, const std::string& imageName) {
  const Normalization& n = data.normalization;
  std::ostringstream out;
  out.precision(10);
  out << "# image\nname\n" << csvField(imageName) << '\n';
  out << "\n# normalisation\nscale,offset,rule\n"
      << n.scale << ',' << n.offset << ",raw = scale * normalised + offset\n";
  out << "\n# fit\nmethod,a_raw,b_raw,a_norm,b_norm\n";
  out << csvField(fitMethodLabel(data.fit)) << ',' << data.fitRaw.a << ',' << data.fitRaw.b << ','
      << data.fit.a << ',' << data.fit.b << '\n';
  if (data.hasGroundTruth)
    out << "ground-truth," << data.groundTruthRaw.a << ',' << data.groundTruthRaw.b << ','
        << data.groundTruthFit.a << ',' << data.groundTruthFit.b << '\n';

  // A density per raw unit is the density per normalised unit divided by the scale.
  out << "\n# histograms\nlevel_raw,bin_low_raw,bin_high_raw,density_raw,level_norm,bin_low_norm,"
         "bin_high_norm,density_norm\n";
  for (const LevelHistogram& h : data.histograms)
    for (std::size_t i = 0; i + 1 < h.edges.size() && i < h.density.size(); ++i)
      out << n.toRawValue(h.level) << ',' << n.toRawValue(h.edges[i]) << ','
          << n.toRawValue(h.edges[i + 1]) << ',' << h.density[i] / n.scale << ',' << h.level << ','
          << h.edges[i] << ',' << h.edges[i + 1] << ',' << h.density[i] << '\n';

  out << "\n# pdfs\nlevel_raw,curve,x_raw,density_raw,level_norm,x_norm,density_norm\n";
  for (const LevelHistogram& h : data.histograms)
    for (const PdfCurve& c : h.curves)
      for (std::size_t i = 0; i < c.x.size() && i < c.density.size(); ++i)
        out << n.toRawValue(h.level) << ',' << c.label << ',' << n.toRawValue(c.x[i]) << ','
            << c.density[i] / n.scale << ',' << h.level << ',' << c.x[i] << ',' << c.density[i]
            << '\n';

  out << "\n# variance_mean\nmean_raw,variance_raw,mean_norm,variance_norm,count\n";
  const VarianceMeanCurve& v = data.varianceMean;
  for (std::size_t i = 0; i < v.mean.size() && i < v.variance.size(); ++i)
    out << n.toRawValue(v.mean[i]) << ',' << v.variance[i] * n.scale * n.scale << ',' << v.mean[i]
        << ',' << v.variance[i] << ',' << (i < v.count.size() ? v.count[i] : 0) << '\n';

  out << "\n# per_frame\nframe,a_raw,b_raw,a_norm,b_norm\n";
  for (std::size_t f = 0; f < data.perFrame.size(); ++f) {
    const NoiseParams raw = f < data.perFrameRaw.size()
                                ? data.perFrameRaw[f]
                                : n.toRaw({data.perFrame[f].a, data.perFrame[f].b});
    out << f + 1 << ',' << raw.a << ',' << raw.b << ',' << data.perFrame[f].a << ','
        << data.perFrame[f].b << '\n';
  }
  return out.str();
}

} // namespace pgd
