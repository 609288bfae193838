#!/usr/bin/python3
"""Same blind-spot network as core/nn/BlindSpotNet in Debian's python3-torch (run with
/usr/bin/python3). Prints train-step (4 x 128^2) and 1024^2 inference times in ms for widths 16
and 48, comparable with bench_network (C++). Figures only.
  bench_network.py [THREADS] [--mode float32|bfloat16-cl] [--widths 16,48]
bfloat16-cl: the reduced-precision setting PyTorch's CPU guides recommend, bfloat16 autocast with
the weights and activations in channels-last; float32 (default): plain NCHW.
bench/nn/compare-network.sh runs this and bench_network side by side."""
import resource
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F


class BlindSpotNet(nn.Module):
    def __init__(self, w=48, head=384):
        super().__init__()
        d = 2 * w
        self.enc = nn.ModuleList([nn.Conv2d(1, w, 3)] + [nn.Conv2d(w, w, 3) for _ in range(6)])
        dec = []
        for level in range(5, 0, -1):
            up = w if level == 5 else d
            skip = 1 if level == 1 else w
            dec += [nn.Conv2d(up + skip, d, 3), nn.Conv2d(d, d, 3)]
        self.dec = nn.ModuleList(dec)
        self.head1 = nn.Conv2d(4 * d, head, 1)
        self.head2 = nn.Conv2d(head, d, 1)
        self.mu = nn.Conv2d(d, 1, 1)
        self.s = nn.Conv2d(d, 1, 1)
        self.a = nn.Parameter(torch.zeros(1))
        self.b = nn.Parameter(torch.zeros(1))

    @staticmethod
    def shift(x):
        return F.pad(x, (0, 0, 1, 0))[:, :, : x.shape[2]]

    def conv(self, c, x):
        return F.leaky_relu(c(F.pad(x, (1, 1, 2, 0))), 0.1)

    def branch(self, x):
        skips = [x]
        n = self.conv(self.enc[0], x)
        n = F.max_pool2d(self.shift(self.conv(self.enc[1], n)), 2)
        skips.append(n)
        for i in range(2, 6):
            n = F.max_pool2d(self.shift(self.conv(self.enc[i], n)), 2)
            if i < 5:
                skips.append(n)
        n = self.conv(self.enc[6], n)
        for level in range(5):
            n = torch.cat([F.interpolate(n, scale_factor=2, mode="nearest"), skips.pop()], 1)
            n = self.conv(self.dec[2 * level], n)
            n = self.conv(self.dec[2 * level + 1], n)
        return self.shift(n)

    def forward(self, x):
        n = x.shape[0]
        out = self.branch(torch.cat([torch.rot90(x, k, (2, 3)) for k in range(4)], 0))
        h = torch.cat([torch.rot90(out[k * n:(k + 1) * n], -k, (2, 3)) for k in range(4)], 1)
        h = F.leaky_relu(self.head1(h), 0.1)
        h = F.leaky_relu(self.head2(h), 0.1)
        return torch.cat([self.mu(h), self.s(h)], 1)


def timed(fn, repeats):
    fn()
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return 1000 * sorted(times)[len(times) // 2]


def main():
    args = sys.argv[1:]
    threads, mode, widths = 2, "float32", (16, 48)
    while args:
        a = args.pop(0)
        if a == "--mode":
            mode = args.pop(0)
        elif a == "--widths":
            widths = tuple(int(v) for v in args.pop(0).split(","))
        else:
            threads = int(a)
    if mode not in ("float32", "bfloat16-cl"):
        sys.exit("bench_network.py: --mode is float32 or bfloat16-cl")
    torch.set_num_threads(threads)
    reduced = mode == "bfloat16-cl"
    layout = torch.channels_last if reduced else torch.contiguous_format

    def autocast():
        return torch.autocast("cpu", dtype=torch.bfloat16, enabled=reduced)

    for w in widths:
        net = BlindSpotNet(w, 8 * w).to(memory_format=layout)
        params = sum(p.numel() for p in net.parameters())
        opt = torch.optim.Adam(net.parameters(), lr=3e-4)
        y = torch.rand(4, 1, 128, 128).contiguous(memory_format=layout)

        def step():
            opt.zero_grad()
            with autocast():
                out = net(y).float()
            v = out[:, 1:2] ** 2 + 1e-3
            ((y - out[:, :1]) ** 2 / v + torch.log(v)).mean().backward()
            opt.step()

        train_ms = timed(step, 5 if w == 16 else 3)
        x = torch.rand(1, 1, 1024, 1024).contiguous(memory_format=layout)
        with torch.no_grad(), autocast():
            infer_ms = timed(lambda: net(x), 2)
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"python mode={mode} width={w} params={params} threads={torch.get_num_threads()} "
              f"train_step_ms={train_ms:.0f} infer_1024_ms={infer_ms:.0f} peak_rss_MiB={rss:.0f}")


if __name__ == "__main__":
    main()
