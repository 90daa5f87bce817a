#!/usr/bin/env python3
"""Validate tests/data/kb_relevance.tsv against the knowledge-base corpus.

Checks: header, allowed kinds and minimum row counts per kind, that every
expected key exists in the corpus (gd: TASK_CODE / teddy: msg_id), that a gd
key is never listed without the other rows sharing its matter_name, pinyin
rows are lowercase ASCII, no duplicate queries. Prints counts; exit 1 on error.
"""
import csv
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
TSV = os.path.join(HERE, "kb_relevance.tsv")
GD = os.path.join(HERE, "kb", "guangdong_gov_service_matters.csv")
TEDDY = os.path.join(HERE, "kb", "teddy2020_message_reply_pairs.csv")

HEADER = ["kind", "query", "expected", "note"]
MIN_PER_KIND = {"short": 20, "sentence": 20, "traditional": 10, "typo": 10, "pinyin": 6, "synonym": 10}
MIN_ROWS = 80
MIN_TEDDY_ROWS = 10
MAX_KEYS = 8


def load_corpus():
    name_of = {}
    keys_by_name = defaultdict(set)
    with open(GD, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            key = "gd:" + row["TASK_CODE"]
            name_of[key] = row["matter_name"]
            keys_by_name[row["matter_name"]].add(key)
    with open(TEDDY, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            name_of["teddy:" + row["msg_id"]] = row["title"]
    return name_of, keys_by_name


def main():
    errors = []
    name_of, keys_by_name = load_corpus()
    with open(TSV, "rb") as f:
        raw = f.read()
    if b"\r" in raw:
        errors.append("file contains CR characters (must be LF only)")
    text = raw.decode("utf-8")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0].split("\t") != HEADER:
        errors.append("bad header: %r" % (lines[0] if lines else ""))
    kinds = Counter()
    teddy_rows = 0
    seen = set()
    for n, line in enumerate(lines[1:], start=2):
        cols = line.split("\t")
        if len(cols) != 4:
            errors.append("line %d: expected 4 columns, got %d" % (n, len(cols)))
            continue
        kind, query, expected, _note = cols
        if kind not in MIN_PER_KIND:
            errors.append("line %d: unknown kind %r" % (n, kind))
        kinds[kind] += 1
        if not query.strip():
            errors.append("line %d: empty query" % n)
        if query in seen:
            errors.append("line %d: duplicate query %r" % (n, query))
        seen.add(query)
        if kind == "pinyin" and not re.fullmatch(r"[a-z]+", query):
            errors.append("line %d: pinyin query must be lowercase ascii: %r" % (n, query))
        if kind == "traditional" and query.isascii():
            errors.append("line %d: traditional query has no CJK: %r" % (n, query))
        keys = expected.split("|") if expected else []
        if not keys:
            errors.append("line %d: no expected keys" % n)
        if len(keys) != len(set(keys)):
            errors.append("line %d: duplicate expected keys" % n)
        if len(keys) > MAX_KEYS:
            errors.append("line %d: %d expected keys (max %d)" % (n, len(keys), MAX_KEYS))
        for k in keys:
            if k not in name_of:
                errors.append("line %d: key not in corpus: %s" % (n, k))
            elif k.startswith("gd:"):
                missing = keys_by_name[name_of[k]] - set(keys)
                if missing:
                    errors.append("line %d: %s (%s) listed without same-title keys %s"
                                  % (n, k, name_of[k], sorted(missing)))
        if any(k.startswith("teddy:") for k in keys):
            teddy_rows += 1
    total = sum(kinds.values())
    for kind, need in MIN_PER_KIND.items():
        if kinds[kind] < need:
            errors.append("kind %s: %d rows, need >= %d" % (kind, kinds[kind], need))
    if total < MIN_ROWS:
        errors.append("%d rows, need >= %d" % (total, MIN_ROWS))
    if teddy_rows < MIN_TEDDY_ROWS:
        errors.append("%d rows target teddy:, need >= %d" % (teddy_rows, MIN_TEDDY_ROWS))

    for kind in MIN_PER_KIND:
        print("%-12s %3d (min %d)" % (kind, kinds[kind], MIN_PER_KIND[kind]))
    print("%-12s %3d (min %d)" % ("total", total, MIN_ROWS))
    print("%-12s %3d (min %d)" % ("teddy rows", teddy_rows, MIN_TEDDY_ROWS))
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    print("FAIL" if errors else "OK")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
