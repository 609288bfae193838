#!/usr/bin/env python3
"""How far one noise draw moves a, even for a fit against the clean image (docs/NOISE_FIT.md,
"All 25 cells in one run").

    bench/eval/oracle_fit_scatter.py [--data DIR] [--draws 12] [--groups 48] [--seed 7]

For every (lambda, sigma) cell of the evaluation's synthetic grid, draws Poisson-Gaussian noise
on the grid's clean image (CellProfiler HT29, in [0, 1] units: a = 1/lambda, b = (sigma/255)^2)
--draws times, fits var = a*x + b to (y - x)^2 grouped by the clean value x (--groups
equal-count groups; the line weighted by the inverse of the fitted variance, four reweightings),
and prints the standard deviation and the largest absolute value of a's relative error over
the draws. No network is involved: this is the floor any residual faces on one 512x512 draw.

Needs numpy and tifffile.
"""
import argparse
import os

import numpy as np
import tifffile

IMAGE = "CellProfiler_examples_fluo/ExampleHuman_AS_09125_050116030001_D03f00d0.tif"


def fit_line(level, r2, groups):
    order = np.argsort(level)
    n = len(order)
    cuts = [i * n // groups for i in range(groups + 1)]
    lv = np.array([level[order[cuts[i]:cuts[i + 1]]].mean() for i in range(groups)])
    vv = np.array([r2[order[cuts[i]:cuts[i + 1]]].mean() for i in range(groups)])
    a, b = np.polyfit(lv, vv, 1)
    for _ in range(4):
        w = 1.0 / np.maximum(a * lv + b, 1e-12)
        design = np.stack([lv, np.ones_like(lv)], axis=1) * w[:, None]
        a, b = np.linalg.lstsq(design, vv * w, rcond=None)[0]
    return a, b


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=os.path.join(here, "..", "..", "..", "shared", "data"))
    parser.add_argument("--draws", type=int, default=12)
    parser.add_argument("--groups", type=int, default=48)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    clean = tifffile.imread(os.path.join(args.data, IMAGE)).astype(np.float64)
    clean /= 255.0 if clean.max() <= 255 else clean.max()
    x = clean.ravel()
    rng = np.random.default_rng(args.seed)
    print("cell (lambda, sigma): standard deviation / largest absolute error of a, in %")
    for lam in (10, 20, 30, 40, 50):
        row = []
        for sigma in (10, 20, 30, 40, 50):
            a0, b0 = 1.0 / lam, (sigma / 255.0) ** 2
            errors = []
            for _ in range(args.draws):
                y = a0 * rng.poisson(x / a0) + rng.normal(0.0, np.sqrt(b0), x.size)
                a, _ = fit_line(x, (y - x) ** 2, args.groups)
                errors.append(100.0 * (a / a0 - 1.0))
            errors = np.array(errors)
            row.append(f"({lam},{sigma}) {errors.std(ddof=1):4.1f} / {np.abs(errors).max():4.1f}")
        print("  ".join(row), flush=True)


if __name__ == "__main__":
    main()
