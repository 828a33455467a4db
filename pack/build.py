#!/usr/bin/env python3
"""Builds Entente's bundled data pack from the published files.

    python3 pack/build.py [DATA_DIR]        # DATA_DIR defaults to ../shared/data beside the project

Reads pack/sources.tsv (what goes in and what each release is), writes each file gzipped into
pack/files/ and describes them all in pack/manifest.json: kind, release, years covered, terms, the
publisher's page, and the SHA-256 and size of the original file. The output is reproducible: the
same inputs give the same bytes (gzip without a time stamp or a file name, a fixed level, sorted
JSON keys). Maven puts pack/ into the jar; the first command that opens a store loads it.
"""
import glob
import gzip
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
COLUMNS = ["path", "kind", "title", "version", "generated", "from", "to", "terms", "page"]
PACK_VERSION = "2026.12"


def rows(tsv):
    with open(tsv, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) != len(COLUMNS):
                sys.exit(f"{tsv}:{number}: {len(fields)} fields, expected {len(COLUMNS)}")
            yield number, dict(zip(COLUMNS, fields))


def main():
    data = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "shared", "data"))
    out = os.path.join(HERE, "files")
    os.makedirs(out, exist_ok=True)
    entries, written = [], set()
    for number, row in rows(os.path.join(HERE, "sources.tsv")):
        paths = sorted(glob.glob(os.path.join(data, row["path"])))
        if not paths:
            sys.exit(f"sources.tsv:{number}: no file matches {row['path']} under {data}")
        for path in paths:
            raw = open(path, "rb").read()
            name = os.path.basename(path)
            gz = name + ".gz"
            if gz in written:
                sys.exit(f"sources.tsv:{number}: two files named {name}")
            written.add(gz)
            packed = gzip.compress(raw, compresslevel=9, mtime=0)
            with open(os.path.join(out, gz), "wb") as f:
                f.write(packed)
            entries.append({
                "file": name,
                "source": os.path.relpath(path, data),
                "packed": "files/" + gz,
                "kind": row["kind"],
                "title": row["title"],
                "version": row["version"] or None,
                "generated": row["generated"] or None,
                "years": [int(row["from"]), int(row["to"])] if row["from"] else None,
                "sha256": hashlib.sha256(raw).hexdigest(),
                "bytes": len(raw),
                "packed_sha256": hashlib.sha256(packed).hexdigest(),
                "terms": row["terms"],
                "page": row["page"],
            })
    for stale in set(os.listdir(out)) - written:
        os.remove(os.path.join(out, stale))
    manifest = {"pack": "entente-data", "version": PACK_VERSION, "datasets": entries}
    with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=1, sort_keys=True, ensure_ascii=False)
        f.write("\n")
    # the checksums alone, for the cheap check every command makes (is the pack in the store?)
    # without parsing the manifest
    with open(os.path.join(HERE, "SHA256SUMS"), "w", encoding="utf-8") as f:
        for e in entries:
            f.write(f"{e['sha256']}  {e['file']}\n")
    total = sum(os.path.getsize(os.path.join(out, g)) for g in written)
    print(f"{len(entries)} files, {sum(e['bytes'] for e in entries):,} bytes, packed {total:,} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
