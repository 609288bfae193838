#pragma once
// OracleImage: one image of the automatic-stop check (docs/ARCHITECTURE.md#goals): the PSNR of the
// posterior and of mu at every validation checkpoint of one long run without early stopping,
// the checkpoint the default automatic stop would have returned, and the best checkpoint (the
// oracle over fixed step counts, which needs the clean image). Plain value.
#include <string>
#include <vector>

namespace pgd {

struct OracleCheckpoint {
  long step = 0;
  double seconds = 0.0; // training time only (PSNR measurement excluded)
  double validationLoss = 0.0;
  double psnrPosterior = 0.0;
  double psnrMu = 0.0;
  double validationMuMse = 0.0; // MSE(mu, noisy) on the held-out pixels (normalised units)
};

struct OracleImage {
  std::string set;
  std::string image;
  std::string convention;
  double psnrNoisy = 0.0;
  std::vector<OracleCheckpoint> checkpoints;
  int autoIndex = -1;    // checkpoint the automatic stop returns (best validation before it stops)
  long autoStopStep = 0; // step at which the automatic stop ends training
  std::string autoStopReason;
  int oracleIndex = -1; // checkpoint with the highest posterior PSNR
};

} // namespace pgd
