# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Code placements shared by bench/run and bench/storage.

Where a loop of a few instructions falls in the cache lines moves its time
by as much as the differences measured, so every program is compiled twice,
its functions aligned to 16 and to 64 bytes (which moves them against each
other), and each object linked after a padding object that never runs, so
that its code starts 0, 16, 32 or 48 bytes into a cache line: eight
placements. A time is the median over the placements of the best of the
rounds at each, with the spread (min-max) over them.
"""
import os
import statistics
import subprocess

ALIGNS = (16, 64)
OFFSETS = (0, 16, 32, 48)
PLACEMENTS = [(a, n) for a in ALIGNS for n in OFFSETS]


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw)


def pad_objects(tmp, clang):
    """One object per offset N: a .text that starts a cache line and holds
    N bytes that never run. Linked first, it moves all the code of the
    object linked after it (step and resume functions, main's loop) by N."""
    pads = {}
    for n in OFFSETS:
        src, obj = os.path.join(tmp, f"pad{n}.s"), os.path.join(tmp, f"pad{n}.o")
        with open(src, "w") as f:
            f.write(f".text\n.p2align 6\n.skip {n}\n"
                    '.section .note.GNU-stack,"",@progbits\n')
        run([clang, "-c", src, "-o", obj])
        pads[n] = obj
    return pads


def build(compiler, flags, src, out, pads, placements=PLACEMENTS):
    """src compiled once per alignment and linked at each offset, so that
    only the addresses differ. Returns the executables, in the order of
    placements, and the compiler's messages (the first alignment's: the
    alignment moves code, not what the pass reports)."""
    exes, remarks, objs = [], [], {}
    for a, n in placements:
        if a not in objs:
            objs[a] = f"{out}.a{a}.o"
            remarks.append(run([compiler, "-O2", f"-falign-functions={a}"] +
                               flags + [src, "-c", "-o", objs[a]]).stderr)
        exes.append(f"{out}.a{a}.{n}")
        run([compiler, pads[n], objs[a], "-o", exes[-1]])
    return exes, remarks[0]


def spread(best):
    """The median, min and max of the best times at each placement."""
    return statistics.median(best), min(best), max(best)


def cell(best):
    med, lo, hi = spread(best)
    return f"{med:.2f} ({lo:.2f}–{hi:.2f})"
