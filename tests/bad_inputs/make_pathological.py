#!/usr/bin/env python3
"""Writes the pathological inputs of issue 8 and, with --time, checks docket stays linear on them.

  make_pathological.py OUTDIR                  write the five shapes at full size (<= 10 MB each)
  make_pathological.py OUTDIR --time DOCKET    also run DOCKET on each shape at 1/4, 1/2 and full
                                               size and print seconds and the time ratio per doubling

Shapes: one 10 MB line; 100,000 quotation marks; 50,000 capitalised words in a row; deeply
repeated dates; a file of only punctuation. A ratio near 2 per doubling is linear; near 4 is
quadratic. Nothing here is copied from a corpus: the words are generated.
"""
import argparse
import os
import subprocess
import sys
import time

WORDS = ["court", "ruling", "minister", "said", "the", "deadline", "appeal", "council", "on", "by"]
NAMES = ["Alder", "Birch", "Cedar", "Dunmore", "Ellery", "Fenwick", "Garrow", "Hollis", "Ingram", "Jarvis"]
MONTHS = ["January", "March", "May", "July", "September", "November"]


def one_line(scale):
    # Sentences, but never a line break: 10,000,000 bytes at full size.
    target = int(10_000_000 * scale)
    unit = "The council said the appeal court would rule on the deadline by Friday, minister. "
    return (unit * (target // len(unit) + 1))[:target]


def quotes(scale):
    # 100,000 straight and curly quotation marks, none of them balanced the way a quote is.
    n = int(100_000 * scale)
    marks = ['"', "\u201c", "\u201d", "'", "\u2018", "\u2019"]
    return "".join(marks[i % len(marks)] + WORDS[i % len(WORDS)] + " " for i in range(n)) + "\n"


def capitalised(scale):
    # 50,000 capitalised words with no punctuation: one endless candidate name.
    n = int(50_000 * scale)
    return " ".join(NAMES[i % len(NAMES)] + NAMES[(i // 10) % len(NAMES)].lower() for i in range(n)) + "\n"


def dates(scale):
    # Dates chained without end, with relative and absolute forms mixed.
    n = int(60_000 * scale)
    parts = []
    for i in range(n):
        m = MONTHS[i % len(MONTHS)]
        parts.append(["by %d %s %d" % (i % 28 + 1, m, 1990 + i % 40), "on %s %d" % (m, i % 28 + 1),
                      "next Monday", "2020-0%d-1%d" % (i % 9 + 1, i % 10), "until Friday"][i % 5])
    return ", ".join(parts) + ".\n"


def punctuation(scale):
    # Only punctuation, 2 MB at full size, with line breaks so paragraphs are many.
    target = int(2_000_000 * scale)
    unit = "!?.,;:\"'()[]{}-\u2014\u2026\u201c\u201d...!!!???\n"
    return (unit * (target // len(unit) + 1))[:target]


SHAPES = {"one_line": one_line, "quotes": quotes, "capitalised": capitalised, "dates": dates,
          "punctuation": punctuation}


def write(outdir, name, scale):
    path = os.path.join(outdir, "%s_%g.txt" % (name, scale))
    with open(path, "w", encoding="utf-8") as f:
        f.write(SHAPES[name](scale))
    return path


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir")
    ap.add_argument("--time", metavar="DOCKET", help="docket binary to time on each shape")
    args = ap.parse_args()
    os.makedirs(args.outdir, exist_ok=True)
    if not args.time:
        for name in SHAPES:
            print(write(args.outdir, name, 1))
        return 0
    worst = 0.0
    print("%-12s %10s %10s %10s %8s %8s  %s" % ("shape", "bytes@1", "s@1/4", "s@1/2", "s@1", "ratio", "exit"))
    for name in SHAPES:
        secs, codes = [], []
        for scale in (0.25, 0.5, 1):
            path = write(args.outdir, name, scale)
            t0 = time.perf_counter()
            p = subprocess.run([args.time, "--format", "json", path], stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
            secs.append(time.perf_counter() - t0)
            codes.append(p.returncode)
        ratio = secs[2] / max(secs[1], 1e-3)
        worst = max(worst, ratio)
        print("%-12s %10d %10.3f %10.3f %8.3f %8.2f  %s" % (name, os.path.getsize(path), secs[0], secs[1], secs[2],
                                                        ratio, codes))
    print("worst time ratio per doubling: %.2f (2 = linear, 4 = quadratic)" % worst)
    return 0


if __name__ == "__main__":
    sys.exit(main())
