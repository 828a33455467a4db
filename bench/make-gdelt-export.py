#!/usr/bin/env python3
"""Writes a GDELT 1.0 raw export (58 tab-separated columns, no header) for benchmarks.

The events are the shared gdelt1-georgia-{mar,apr,may}2012.csv (20,907 real GDELT events)
converted to the raw layout (NA -> blank) and repeated COPIES times; each copy adds
copy * 10^10 to GLOBALEVENTID so no event is a duplicate of another.

    make-gdelt-export.py SHARED_EVENTS_DIR COPIES OUT
"""
import csv
import sys

src, copies, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rows = []
for month in ("mar", "apr", "may"):
    with open(f"{src}/gdelt1-georgia-{month}2012.csv", newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        next(reader)
        for r in reader:
            rows.append(["" if v == "NA" else v for v in r])
with open(out, "w", encoding="utf-8", newline="") as f:
    for c in range(copies):
        offset = c * 10**10
        for r in rows:
            f.write(str(int(r[0]) + offset) + "\t" + "\t".join(r[1:]) + "\n")
