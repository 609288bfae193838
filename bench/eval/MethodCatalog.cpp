#include "MethodCatalog.h"

#include <fmt/format.h>

namespace pgd {

const std::vector<MethodDescription>& MethodCatalog::all() {
  static const std::vector<MethodDescription> methods = {
      {"noisy", "noisy input", "the noisy frame itself"},
      {"median3x3", "median 3x3", "ITK median filter, radius 1 (3x3), on raw values"},
      {"curvature-flow", "curvature flow",
       "ITK curvature flow, 10 iterations, time step 0.125, on raw values"},
      {"n2v", "N2V",
       "Noise2Void: U-Net (width 32, depth 2), masked MSE, 2% of pixels replaced "
       "by random neighbours; trained like ours on the same image"},
      {"ours-mu", "ours mu",
       "blind-spot net, uncalibrated loss: the predicted mean (pseudo-clean)"},
      {"ours-posterior", "ours posterior",
       "same model: per-image a,b fit (default mask: 2-97% percentiles of mu; default residual "
       "`auto`: local second differences of the noisy image at the levels of mu where the noise "
       "measures as independent from pixel to pixel, else y - mu) and posterior mean"},
      {"ours-posterior-paper", "ours posterior, paper residual",
       "same model: a,b fitted to the paper's residual y - mu (`--residual pseudo-clean`), then "
       "posterior"},
      {"ours-posterior-papermask", "ours posterior, paper mask",
       "same model: fit mask 2-97% percentiles of the noisy values (the paper's exact mode)"},
      {"ours-posterior-predicted-s2", "ours posterior, s2 as predicted",
       "same model and fit, without the per-image variance scale (the paper's exact posterior)"},
      {"ours-posterior-raw-mean", "ours posterior, mu as predicted",
       "same model and fit, the prior mean mu itself instead of E[y | mu] measured on the image "
       "(the paper's exact prior mean)"},
      {"gt-posterior", "posterior, GT-fit a,b",
       "same model: a,b fitted against the clean image (upper bound of the fit), then posterior"},
      {"reg-0.1-mu", "reg. lambda 0.1 mu", "regularized loss, lambda 0.1: predicted mean"},
      {"reg-0.1-posterior", "reg. lambda 0.1 posterior",
       "regularized loss, lambda 0.1: posterior with the learned a,b"},
      {"reg-1-mu", "reg. lambda 1 mu", "regularized loss, lambda 1: predicted mean"},
      {"reg-1-posterior", "reg. lambda 1 posterior",
       "regularized loss, lambda 1: posterior with the learned a,b"},
      {"reg-10-mu", "reg. lambda 10 mu", "regularized loss, lambda 10: predicted mean"},
      {"reg-10-posterior", "reg. lambda 10 posterior",
       "regularized loss, lambda 10: posterior with the learned a,b"},
  };
  return methods;
}

std::string MethodCatalog::label(const std::string& id) {
  for (const auto& m : all())
    if (m.id == id)
      return m.label;
  return id;
}

std::string MethodCatalog::regularizedId(double lambda, bool posterior) {
  return fmt::format("reg-{:g}-{}", lambda, posterior ? "posterior" : "mu");
}

} // namespace pgd
