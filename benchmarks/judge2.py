"""Normalizers on a held-out table of real strings (judge2 set).

Tables: tests/fixtures/realworld/judge2_{money,counts,runtimes,dates}.tsv,
strings as printed on public pages, each row with its source URL.

Run: python -m benchmarks.judge2
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from marquee.normalizers import parse_count, parse_date, parse_money, parse_runtime

HERE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "realworld"


@dataclass
class Outcome:
    raw: str
    expected: str
    got: str
    verdict: str  # "right", "none" or "wrong"


def _rows(kind: str) -> list[dict[str, str]]:
    with open(HERE / f"judge2_{kind}.tsv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def _safe(fn: Callable[[str], Any], raw: str) -> tuple[Any, str | None]:
    try:
        return fn(raw), None
    except Exception as exc:  # a crash counts as wrong, with its message
        return None, f"raised {type(exc).__name__}: {exc}"


def _money(row: dict[str, str]) -> Outcome:
    raw = row["raw_string"]
    want_amt = Decimal(row["expected_amount"])
    want_cur = row["expected_currency"] or None
    expected = f"{want_amt} {want_cur or '(none)'}"
    got, err = _safe(parse_money, raw)
    if err:
        return Outcome(raw, expected, err, "wrong")
    if got is None:
        return Outcome(raw, expected, "None", "none")
    amount = getattr(got, "amount", None)
    currency = getattr(got, "currency", None)
    shown = f"{amount} {currency or '(none)'}"
    try:
        same_amt = amount is not None and Decimal(amount) == want_amt
    except (InvalidOperation, TypeError, ValueError):
        same_amt = False
    ok = same_amt and (currency or None) == want_cur
    return Outcome(raw, expected, shown, "right" if ok else "wrong")


def _int_kind(fn: Callable[[str], Any], col: str) -> Callable[[dict[str, str]], Outcome]:
    def check(row: dict[str, str]) -> Outcome:
        raw = row["raw_string"]
        # whole minutes, seconds rounded half up (the record's rule): "100'42''" is 100.7 -> 101
        want = int(Decimal(row[col]).quantize(Decimal(1), rounding=ROUND_HALF_UP))
        got, err = _safe(fn, raw)
        if err:
            return Outcome(raw, str(want), err, "wrong")
        if got is None:
            return Outcome(raw, str(want), "None", "none")
        ok = isinstance(got, int) and not isinstance(got, bool) and got == want
        return Outcome(raw, str(want), repr(got), "right" if ok else "wrong")

    return check


def _date(row: dict[str, str]) -> Outcome:
    raw = row["raw_string"]
    exp = row["expected"]
    parts = [int(p) for p in exp.split("-")]
    # the page's language, which the pipeline knows, is the hint for "08.01.1998"
    languages = [row["language"]] if row.get("language") else None
    got, err = _safe(lambda text: parse_date(text, languages=languages), raw)
    if err:
        return Outcome(raw, exp, err, "wrong")
    if got is None:
        return Outcome(raw, exp, "None", "none")
    have = [getattr(got, "year", None), getattr(got, "month", None), getattr(got, "day", None)]
    shown = str(getattr(got, "iso", have))
    # Compare at the precision the expected value gives.
    ok = have[: len(parts)] == parts
    return Outcome(raw, exp, shown, "right" if ok else "wrong")


KINDS: list[tuple[str, Callable[[dict[str, str]], Outcome]]] = [
    ("money", _money),
    ("counts", _int_kind(parse_count, "expected")),
    ("runtimes", _int_kind(parse_runtime, "expected_minutes")),
    ("dates", _date),
]


def main() -> int:
    results: dict[str, list[Outcome]] = {}
    for kind, check in KINDS:
        results[kind] = [check(row) for row in _rows(kind)]

    print(f"{'kind':<10}{'n':>4}{'right':>7}{'None':>6}{'wrong':>7}")
    tot = {"n": 0, "right": 0, "none": 0, "wrong": 0}
    for kind, outs in results.items():
        c = {v: sum(o.verdict == v for o in outs) for v in ("right", "none", "wrong")}
        print(f"{kind:<10}{len(outs):>4}{c['right']:>7}{c['none']:>6}{c['wrong']:>7}")
        tot["n"] += len(outs)
        for v in c:
            tot[v] += c[v]
    print(f"{'total':<10}{tot['n']:>4}{tot['right']:>7}{tot['none']:>6}{tot['wrong']:>7}")

    for kind, outs in results.items():
        bad = [o for o in outs if o.verdict != "right"]
        if not bad:
            continue
        print(f"\n{kind}: not right")
        for o in bad:
            tag = "None " if o.verdict == "none" else "WRONG"
            print(f"  {tag} {o.raw!r}: expected {o.expected}, got {o.got}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
