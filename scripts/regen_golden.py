"""Regenerate expected JSON for golden pages, on purpose, after reviewing the diff.

    .venv/bin/python scripts/regen_golden.py tests/fixtures/variants/v2-heat-relabelled.html
    .venv/bin/python scripts/regen_golden.py --all-variants

The expected file is written beside the page (variants) or in tests/fixtures/expected/
(sample pages, only when named explicitly: they are the spec). A rejected page gets
{"reject": true, "why": <reason>}. Review with `git diff tests/fixtures` before committing.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from marquee.extract import extract
from marquee.items import TitleRecord

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"


def expected_path(page: Path) -> Path:
    if page.resolve().parent == (FIXTURES / "pages").resolve():
        return FIXTURES / "expected" / f"{page.stem}.json"
    return page.with_suffix(".json")


def expected_for(page: Path) -> dict[str, Any]:
    found = extract(page.resolve().as_uri(), page.read_bytes())
    if isinstance(found, TitleRecord):
        return found.spec_dict()
    return {"reject": True, "why": found.reason}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", nargs="*", type=Path)
    parser.add_argument("--all-variants", action="store_true")
    args = parser.parse_args()
    pages: list[Path] = list(args.pages)
    if args.all_variants:
        pages += sorted((FIXTURES / "variants").glob("*.html"))
    for page in pages:
        target = expected_path(page)
        text = json.dumps(expected_for(page), indent=2, ensure_ascii=False) + "\n"
        target.write_text(text, encoding="utf-8")
        print(f"wrote {target}")


if __name__ == "__main__":
    main()
