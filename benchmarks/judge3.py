"""Normalizers on a third held-out table of real strings (judge3 set).

Tables: tests/fixtures/realworld/judge3_{money,counts,runtimes,dates}.tsv, strings as
printed on public pages in 17 languages, each row with its source URL. Dates carry the
page's language, which the pipeline knows, and are read with it as the hint.

Run: python -m benchmarks.judge3
"""

from __future__ import annotations

import csv
from collections.abc import Callable

from benchmarks.judge2 import HERE, Outcome, _int_kind, _money, _safe
from marquee.normalizers import parse_count, parse_date, parse_runtime


def _rows(kind: str) -> list[dict[str, str]]:
    with open(HERE / f"judge3_{kind}.tsv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def _date(row: dict[str, str]) -> Outcome:
    raw, exp = row["raw_string"], row["expected"]
    languages = [row["language"]] if row["language"] else None
    got, err = _safe(lambda text: parse_date(text, languages=languages), raw)
    if err:
        return Outcome(raw, exp, err, "wrong")
    if got is None:
        return Outcome(raw, exp, "None", "none")
    ok = got.iso == exp
    return Outcome(raw, exp, got.iso, "right" if ok else "wrong")


KINDS: list[tuple[str, Callable[[dict[str, str]], Outcome]]] = [
    ("money", _money),
    ("counts", _int_kind(parse_count, "expected")),
    ("runtimes", _int_kind(parse_runtime, "expected_minutes")),
    ("dates", _date),
]


def main() -> int:
    results = {kind: [check(row) for row in _rows(kind)] for kind, check in KINDS}
    print(f"{'kind':<10}{'n':>4}{'right':>7}{'None':>6}{'wrong':>7}")
    for kind, outs in results.items():
        c = {v: sum(o.verdict == v for o in outs) for v in ("right", "none", "wrong")}
        print(f"{kind:<10}{len(outs):>4}{c['right']:>7}{c['none']:>6}{c['wrong']:>7}")
    for kind, outs in results.items():
        bad = [o for o in outs if o.verdict != "right"]
        if bad:
            print(f"\n{kind}: not right")
        for o in bad:
            tag = "None " if o.verdict == "none" else "WRONG"
            print(f"  {tag} {o.raw!r}: expected {o.expected}, got {o.got}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
