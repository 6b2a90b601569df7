"""Normalizers on a held-out table of real strings (judge3 set, or a later one by name).

Tables: tests/fixtures/realworld/<set>_{money,counts,runtimes,dates}.tsv, strings as printed
on public pages, each row with its source URL. Dates carry the page's language, which the
pipeline knows, and are read with it as the hint. An empty expected value (a range, say)
means no value should come out: None is right there and any value is wrong.

Run: python -m benchmarks.judge3 [--set judge3]
"""

from __future__ import annotations

import argparse
import csv
from collections.abc import Callable, Sequence

from benchmarks.judge2 import HERE, Outcome, _int_kind, _money, _safe
from marquee.normalizers import parse_count, parse_date, parse_money, parse_runtime

Check = Callable[[dict[str, str]], Outcome]


def _rows(set_name: str, kind: str) -> list[dict[str, str]]:
    with open(HERE / f"{set_name}_{kind}.tsv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def _no_value(fn: Callable[[str], object], raw: str, shown: Callable[[object], str]) -> Outcome:
    """A row whose expected value is empty: only no value is right."""
    got, err = _safe(fn, raw)
    if err:
        return Outcome(raw, "None", err, "wrong")
    if got is None:
        return Outcome(raw, "None", "None", "right")
    return Outcome(raw, "None", shown(got), "wrong")


def _amount(text: str) -> object:
    """The amount parse_money reads (a result without an amount counts as none)."""
    got = parse_money(text)
    return None if got is None or getattr(got, "amount", None) is None else got


def _money_shown(got: object) -> str:
    return f"{getattr(got, 'amount', None)} {getattr(got, 'currency', None) or '(none)'}"


def _money_or_none(row: dict[str, str]) -> Outcome:
    if row["expected_amount"]:
        return _money(row)
    return _no_value(_amount, row["raw_string"], _money_shown)


def _int_or_none(fn: Callable[[str], object], col: str) -> Check:
    with_value = _int_kind(fn, col)

    def check(row: dict[str, str]) -> Outcome:
        if row[col]:
            return with_value(row)
        return _no_value(fn, row["raw_string"], repr)

    return check


def _date(row: dict[str, str]) -> Outcome:
    raw, exp = row["raw_string"], row["expected"]
    languages = [row["language"]] if row["language"] else None
    got, err = _safe(lambda text: parse_date(text, languages=languages), raw)
    if err:
        return Outcome(raw, exp or "None", err, "wrong")
    if got is None:
        return Outcome(raw, exp or "None", "None", "none" if exp else "right")
    ok = got.iso == exp
    return Outcome(raw, exp or "None", got.iso, "right" if ok else "wrong")


KINDS: list[tuple[str, Check]] = [
    ("money", _money_or_none),
    ("counts", _int_or_none(parse_count, "expected")),
    ("runtimes", _int_or_none(parse_runtime, "expected_minutes")),
    ("dates", _date),
]


def report(set_name: str) -> int:
    """Score every kind of one set and print the table and each row not right."""
    results = {kind: [check(row) for row in _rows(set_name, kind)] for kind, check in KINDS}
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


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--set", default="judge3", help="table prefix in tests/fixtures/realworld")
    return report(parser.parse_args(argv).set)


if __name__ == "__main__":
    raise SystemExit(main())
