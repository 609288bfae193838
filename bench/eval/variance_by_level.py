#!/usr/bin/env python3
"""How well fitted noise lines predict the variance a clean reference measures, level by level
(docs/NOISE_FIT.md, "Where b dominates: a is not the figure to read").

    bench/eval/variance_by_level.py NOISY REFERENCE [--reference-frames 50] [--groups 16]
                                    [--fit LABEL=A,B ...]

NOISY and REFERENCE are single-channel images of the same scene (PNG or TIFF; the reference an
average of --reference-frames noisy frames). The pixels are sorted by the reference's value and
cut into --groups equal-count groups; each group's mean of (noisy - reference)^2, times
frames / (frames + 1) to remove the reference's own noise, is the variance the data show at that
level. Pixels at the noisy image's lowest or highest value (clipped) are left out.

Prints, for each group, its level and measured variance; for each --fit (a,b in raw units, e.g.
from pgd_evaluate's per_image.csv) the relative error of a*level + b in each group and its root
mean square over the groups; and a,b of the line through the groups by least squares on the whole
image and on each half (left, right, top, bottom), which shows how far a moves when the variance
does not grow linearly with the level.

Needs numpy and tifffile (TIFF) or Pillow (PNG).
"""
import argparse
import sys

import numpy as np


def read(path):
    if path.lower().endswith((".tif", ".tiff")):
        import tifffile
        z = tifffile.imread(path)
    else:
        from PIL import Image
        z = np.array(Image.open(path))
    z = np.asarray(z, dtype=np.float64)
    if z.ndim != 2:
        sys.exit(f"variance_by_level.py: {path}: expected one single-channel frame, got shape "
                 f"{z.shape}")
    return z


def groups(level, value, count):
    order = np.argsort(level, kind="stable")
    n = len(order)
    edges = [i * n // count for i in range(count + 1)]
    lv = np.array([level[order[edges[i]:edges[i + 1]]].mean() for i in range(count)])
    val = np.array([value[order[edges[i]:edges[i + 1]]].mean() for i in range(count)])
    return lv, val


def line(lv, val):
    design = np.stack([lv, np.ones_like(lv)], axis=1)
    a, b = np.linalg.lstsq(design, val, rcond=None)[0]
    return a, b


def parse_fit(text):
    label, _, numbers = text.partition("=")
    try:
        a, b = (float(v) for v in numbers.split(","))
    except ValueError:
        sys.exit(f"variance_by_level.py: --fit {text}: expected LABEL=A,B")
    return label, a, b


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("noisy")
    parser.add_argument("reference")
    parser.add_argument("--reference-frames", type=int, default=50)
    parser.add_argument("--groups", type=int, default=16)
    parser.add_argument("--fit", action="append", default=[], type=parse_fit)
    args = parser.parse_args()

    y = read(args.noisy)
    ref = read(args.reference)
    if y.shape != ref.shape:
        sys.exit("variance_by_level.py: the noisy image and the reference differ in size")
    keep = (y > y.min()) & (y < y.max())
    scale = args.reference_frames / (args.reference_frames + 1.0)
    square = (y - ref) ** 2 * scale

    lv, var = groups(ref[keep], square[keep], args.groups)
    print("group level:    " + " ".join(f"{v:7.1f}" for v in lv))
    print("variance:       " + " ".join(f"{v:7.1f}" for v in var))
    for label, a, b in args.fit:
        err = (a * lv + b) / var - 1.0
        rms = np.sqrt(np.mean(err ** 2))
        print(f"{label} (a {a:.4g}, b {b:.4g}), error %: "
              + " ".join(f"{100 * e:+.0f}" for e in err) + f"; rms {100 * rms:.1f}%")

    h, w = y.shape
    rows, cols = np.mgrid[0:h, 0:w]
    halves = [("whole", keep), ("left", keep & (cols < w // 2)), ("right", keep & (cols >= w // 2)),
              ("top", keep & (rows < h // 2)), ("bottom", keep & (rows >= h // 2))]
    for name, mask in halves:
        a, b = line(*groups(ref[mask], square[mask], args.groups))
        print(f"least-squares line, {name}: a {a:.4g}, b {b:.4g}")


if __name__ == "__main__":
    main()
