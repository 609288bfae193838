#!/usr/bin/env python3
"""Where the local residual's error of a comes from, cell by cell (docs/NOISE_FIT.md, "What limits
the worst cells").

    bench/eval/noise_fit_decomposition.py CELLS_DIR [--pgdenoise PATH] [--groups 48]

CELLS_DIR is the synthetic-cells folder `pgd_evaluate --keep-synthetic` writes (for each trained
cell <name>_clean.tif, <name>_noisy.tif and <name>_model). For each cell this runs
`pgdenoise denoise --mu` once, then refits a,b in numpy four ways on the same pixels, all read at
the calibrated level (each group's mean noisy value) with 48 equal-count groups:

  local/mu     the local difference with the curvature correction, grouped by mu (what
               fit-noise does; within a point or two of it)
  local/clean  the same, grouped by the clean value (an oracle: no selection of the neighbours'
               noise by mu); the difference between the two is what grouping by mu adds
  paper        y - mu, grouped by mu (free of that selection, but it reads mu's own error too)
  paper-mse    y - mu less each group's true mean squared error of mu (an oracle: the floor of
               a residual that holds only the pixel's own noise)

Needs numpy and tifffile. Prints one line per cell and the mean and worst absolute error of a.
"""
import argparse
import glob
import os
import re
import subprocess
import sys
import tempfile

import numpy as np
import tifffile

BORDER = 3


def interior(z, dy=0, dx=0):
    h, w = z.shape
    return z[BORDER + dy:h - BORDER + dy, BORDER + dx:w - BORDER + dx]


def local_difference(z, k):
    return (4 * interior(z) - interior(z, -k, 0) - interior(z, k, 0) - interior(z, 0, -k) -
            interior(z, 0, k)) / np.sqrt(20)


def weighted_fit(level, variance, count, start):
    """Iteratively reweighted least squares of variance = a*level + b (weights count/var^2)."""
    design = np.stack([level, np.ones_like(level)], 1)
    p = np.array(start, float)
    for _ in range(60):
        w = count / np.maximum(design @ p, 1e-9)**2
        p = np.linalg.solve(design.T @ (design * w[:, None]), design.T @ (variance * w))
    return p


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("cells")
    parser.add_argument("--pgdenoise", default="build-test/app/cli/pgdenoise")
    parser.add_argument("--groups", type=int, default=48)
    args = parser.parse_args()
    noisy_files = sorted(glob.glob(os.path.join(args.cells, "*_noisy.tif")))
    if not noisy_files:
        sys.exit(f"noise_fit_decomposition: no *_noisy.tif in {args.cells}")
    errors = {}
    with tempfile.TemporaryDirectory() as tmp:
        for noisy_file in noisy_files:
            name = os.path.basename(noisy_file)[:-len("_noisy.tif")]
            lam, sigma = map(int, re.findall(r"\d+", name))
            a_true, b_true = 1.0 / lam, (sigma / 255.0)**2
            subprocess.run([args.pgdenoise, "denoise", noisy_file, "--model",
                            os.path.join(args.cells, name + "_model"), "--mu", "-O", tmp],
                           check=True, capture_output=True)
            y = tifffile.imread(noisy_file).astype(np.float64)
            clean = tifffile.imread(os.path.join(args.cells, name + "_clean.tif")).astype(np.float64)
            mu = tifffile.imread(os.path.join(tmp, name + "_noisy_mu.tif")).astype(np.float64)
            yy, xx, mm = interior(y).ravel(), interior(clean).ravel(), interior(mu).ravel()
            l1 = local_difference(y, 1).ravel()
            l2 = local_difference(y, 2).ravel()
            residual = yy - mm
            row = {}
            for grouping, key in (("mu", mm), ("clean", xx)):
                groups = np.array_split(np.argsort(key, kind="stable"), args.groups)
                mean = lambda v: np.array([v[g].mean() for g in groups])
                count = np.array([len(g) for g in groups], float)
                level = mean(yy)
                s1, s2 = mean(l1**2), mean(l2**2)
                factor = np.maximum((4 * s1 - s2) / (3 * s1), 0.25)
                row["local/" + grouping] = weighted_fit(level, s1 * factor, count, (a_true, b_true))
                if grouping == "mu":
                    paper = mean(residual**2) - mean(residual)**2
                    err = mm - xx
                    mse = mean(err**2) - mean(err)**2
                    row["paper"] = weighted_fit(level, paper, count, (a_true, b_true))
                    row["paper-mse"] = weighted_fit(level, paper - mse, count, (a_true, b_true))
            cells = []
            for method, (a, b) in row.items():
                errors.setdefault(method, []).append(100 * (a / a_true - 1))
                cells.append(f"{method} {100 * (a / a_true - 1):+6.1f}% / {100 * (b / b_true - 1):+5.1f}%")
            print(f"({lam}, {sigma}): a / b error  " + "  ".join(cells), flush=True)
    for method, e in errors.items():
        e = np.abs(np.array(e))
        print(f"{method:12s} mean |a error| {e.mean():5.1f}%  worst {e.max():5.1f}%")


if __name__ == "__main__":
    main()
