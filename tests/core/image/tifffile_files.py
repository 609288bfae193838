#!/usr/bin/env python3
"""Hyperstack TIFFs written and read by another program (tifffile), for
tests/core/image/TifffileInteropTest.cpp.

  tifffile_files.py write DIR     writes ij_tcyx.tif, ij_zyx.tif and ome_czyx.ome.tif
  tifffile_files.py describe FILE prints what tifffile sees in FILE as one JSON object

Pixel values follow value(t, c, z, y, x) = 1000 t + 100 c + 10 z + (y * W + x) % 10, the
formula the C++ test checks.
"""
import json
import sys

try:
    import numpy as np
    import tifffile
except ImportError as error:
    sys.exit(f"tifffile_files.py needs numpy and tifffile for {sys.executable} ({error}); "
             "install python3-tifffile (scripts/install-deps.sh)")

H, W = 6, 7


def values(t, c, z):
    a = np.zeros((t, c, z, H, W), dtype=np.uint16)
    for ti in range(t):
        for ci in range(c):
            for zi in range(z):
                a[ti, ci, zi] = (1000 * ti + 100 * ci + 10 * zi
                                 + np.arange(H * W).reshape(H, W) % 10)
    return a


def write(folder):
    tcyx = values(3, 2, 1)[:, :, 0]
    tifffile.imwrite(f"{folder}/ij_tcyx.tif", tcyx, imagej=True,
                     resolution=(1 / 0.25, 1 / 0.5),
                     metadata={"axes": "TCYX", "unit": "um", "finterval": 0.5})
    zyx = values(1, 1, 4)[0, 0]
    tifffile.imwrite(f"{folder}/ij_zyx.tif", zyx, imagej=True, resolution=(2.0, 2.0),
                     metadata={"axes": "ZYX", "unit": "nm", "spacing": 120.0})
    czyx = values(1, 2, 3)[0]
    tifffile.imwrite(f"{folder}/ome_czyx.ome.tif", czyx, ome=True,
                     metadata={"axes": "CZYX", "PhysicalSizeX": 0.25, "PhysicalSizeXUnit": "µm",
                               "PhysicalSizeY": 0.5, "PhysicalSizeYUnit": "µm",
                               "PhysicalSizeZ": 2000.0, "PhysicalSizeZUnit": "nm"})


def describe(path):
    with tifffile.TiffFile(path) as tif:
        page = tif.pages[0]
        series = tif.series[0]
        xres = page.tags["XResolution"].value if "XResolution" in page.tags else None
        yres = page.tags["YResolution"].value if "YResolution" in page.tags else None
        data = series.asarray()
        print(json.dumps({
            "is_imagej": bool(tif.is_imagej),
            "is_bigtiff": bool(tif.is_bigtiff),
            "axes": series.axes,
            "shape": list(series.shape),
            "imagej": {k: v for k, v in (tif.imagej_metadata or {}).items()
                       if isinstance(v, (int, float, str, bool))},
            "xres": list(xres) if xres else None,
            "yres": list(yres) if yres else None,
            "values": [float(v) for v in data.ravel()],
        }))


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("write", "describe"):
        sys.exit(__doc__)
    (write if sys.argv[1] == "write" else describe)(sys.argv[2])
