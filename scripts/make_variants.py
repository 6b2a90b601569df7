"""Write the hand-made variant pages in tests/fixtures/variants/ from the sample pages.

Each variant is a sample page with one kind of change the site may make (renamed or
reordered labels, new class hashes, no or broken JSON-LD, placeholders, other money,
date and runtime styles, another encoding, missing sections). Its expected record is
the sample's expected record plus the change written out by hand below, never the
parser's output. Run: .venv/bin/python scripts/make_variants.py
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
PAGES, EXPECTED, VARIANTS = FIXTURES / "pages", FIXTURES / "expected", FIXTURES / "variants"

Edit = Callable[[str], str]


@dataclass
class Variant:
    name: str
    source: str
    edits: list[Edit]
    changes: dict[str, Any] = field(default_factory=dict)
    encoding: str = "utf-8"
    reject: str | None = None


def sub(old: str, new: str, count: int = 1) -> Edit:
    def edit(text: str) -> str:
        assert old in text, f"{old!r} not in page"
        return text.replace(old, new, count)

    return edit


def regex(pattern: str, new: str) -> Edit:
    def edit(text: str) -> str:
        changed, n = re.subn(pattern, new, text, flags=re.DOTALL)
        assert n, f"{pattern!r} not in page"
        return changed

    return edit


def detail(label: str, value: str) -> Edit:
    """Replace the value of the details row labelled `label`."""
    return regex(rf"(<dt[^>]*>{re.escape(label)}</dt><dd[^>]*>).*?(</dd>)", rf"\g<1>{value}\g<2>")


def relabel(*pairs: tuple[str, str]) -> list[Edit]:
    return [
        regex(rf"(<dt[^>]*>){re.escape(old)}(</dt>)", rf"\g<1>{new}\g<2>") for old, new in pairs
    ]


def rehash(text: str) -> str:
    """A new deploy: every hashed class gets another hash (and loses its readable suffix)."""
    return re.sub(r"css-([0-9a-f]{6})(?:-[a-z0-9]+)?", lambda m: f"css-{m.group(1)[::-1]}", text)


def reverse_details(text: str) -> str:
    found = re.search(r"(<dl[^>]*>)(.*?)(</dl>)", text, re.DOTALL)
    assert found
    rows = re.findall(r"<div[^>]*><dt.*?</dd></div>", found.group(2), re.DOTALL)
    return text[: found.start(2)] + "".join(reversed(rows)) + text[found.end(2) :]


NO_JSONLD = regex(r'<script type="application/ld\+json">.*?</script>', "")
NO_CAST = regex(r'<section[^>]*id="cast".*?</section>', "")


def drop_section(heading: str) -> Edit:
    return regex(rf"<section(?:(?!<section).)*?<h2[^>]*>{re.escape(heading)}</h2>.*?</section>", "")


VARIANTS_LIST = [
    Variant(
        "v2-heat-relabelled",
        "v2-heat",
        [
            rehash,
            reverse_details,
            *relabel(
                ("Release Date", "Released"),
                ("Runtime", "Running Time"),
                ("Rating", "Certificate"),
                ("User Ratings", "Votes"),
                ("Genres", "Genre"),
                ("Country", "Country of Origin"),
                ("Studio", "Production Companies"),
                ("Box Office", "Worldwide Gross"),
            ),
            sub("<dt", "<dt>Aspect Ratio</dt><dd>2.39 : 1</dd></div><div><dt", 1),
        ],
    ),
    Variant(
        "v2-amelie-no-jsonld",
        "v2-amelie",
        [NO_JSONLD, detail("Budget", "€11.4 million"), detail("Runtime", "122 min")],
        {"directors": [], "budget": {"amount": "11400000", "currency": "EUR"}},
    ),
    Variant(
        "v2-parasite-broken-jsonld",
        "v2-parasite",
        [
            sub('"contentRating": "R",', '"contentRating": "R",,'),
            regex(
                r'(\{"@type": "Person", "name": "Park So-dam"\}\]), "creator".*?</script>',
                r"\1, </script>",
            ),
            detail("Runtime", "PT2H12M"),
            detail("Release Date", "30 May 2019"),
        ],
    ),
    Variant(
        "v2-bao-placeholders",
        "v2-bao",
        [
            detail("Runtime", "N/A"),
            detail("Rating", "—"),
            detail("User Ratings", "TBA"),
            detail("Country", "Unknown"),
            sub(
                "</dl>",
                "<div><dt>Budget</dt><dd>N/A</dd></div><div><dt>Box Office</dt>"
                "<dd>TBA</dd></div></dl>",
            ),
        ],
        {
            "runtime_minutes": None,
            "content_rating": None,
            "user_rating_count": None,
            "countries": [],
        },
    ),
    Variant(
        "v2-avatar-money-magnitudes",
        "v2-avatar",
        [
            detail("Country", "China, Hong Kong"),
            detail("Budget", "£1.6bn"),
            detail("Box Office", "¥1.2 billion"),
        ],
        {
            "countries": ["China", "Hong Kong"],
            "budget": {"amount": "1600000000", "currency": "GBP"},
            "box_office": {"amount": "1200000000", "currency": "CNY"},
        },
    ),
    Variant(
        "v2-rrr-crore",
        "v2-rrr",
        [
            detail("Budget", "₹550 crore"),
            detail("Box Office", "$160 million (worldwide)"),
            detail("Runtime", "187 minutes"),
            detail("User Ratings", "15,600 votes"),
        ],
        {"budget": {"amount": "5500000000", "currency": "INR"}},
    ),
    Variant(
        "v2-paranormal-dates",
        "v2-paranormal-activity",
        [
            detail("Release Date", "September 2026"),
            detail("Runtime", "PT2H"),
            *relabel(("Runtime", "Duration"), ("Release Date", "Premiere")),
        ],
        {"release_date": None, "release_year": 2026, "runtime_minutes": 120},
    ),
    Variant(
        "v2-station-agent-short-dates",
        "v2-the-station-agent",
        [
            detail("Release Date", "3 Oct 2003"),
            detail("Runtime", "89 min"),
            *relabel(
                ("Release Date", "Release"),
                ("Runtime", "Length"),
                ("Rating", "Content Rating"),
                ("User Ratings", "Ratings"),
            ),
        ],
    ),
    Variant(
        "v2-amelie-cp1252",
        "v2-amelie",
        [sub('<meta charset="utf-8">', '<meta charset="windows-1252">')],
        encoding="cp1252",
    ),
    Variant(
        "v2-lev-missing-sections",
        "v2-leaving-las-vegas",
        [
            drop_section("About Leaving Las Vegas"),
            drop_section("What Viewers Are Saying"),
            drop_section("Official Trailer"),
            NO_CAST,
            regex(r'<div class="[^"]*" id="where-to-watch">.*?</p></div>', ""),
        ],
        {
            "synopsis": None,
            "audience_summary": None,
            "trailer_url": None,
            "cast": [],
            "writers": [],
            "streaming": None,
        },
    ),
    Variant(
        "v2-storm-crown-no-testid",
        "v2-storm-crown-111",
        [
            regex(r' data-testid="[^"]*"', ""),
            regex(r' id="(details|cast)"', ""),
            rehash,
            sub("</dl>", "<div><dt>Box Office</dt><dd>€3.2 million</dd></div></dl>"),
        ],
        {"box_office": {"amount": "3200000", "currency": "EUR"}},
    ),
    Variant(
        "v1-titanic-relabelled",
        "v1-titanic",
        [
            sub("<th>Released:</th>", "<th>Release Date:</th>"),
            sub("<th>Length:</th>", "<th>Runtime:</th>"),
            sub("<th>Certificate:</th>", "<th>Rated:</th>"),
            sub("<th>Genre:</th>", "<th>Genres:</th>"),
            sub("<th>Country:</th>", "<th>Countries:</th>"),
            sub("<th>Production Co:</th>", "<th>Studios:</th>"),
            sub("<th>Worldwide Gross:</th>", "<th>Box Office:</th>"),
            sub("<th>Votes:</th>", "<th>User Ratings:</th>"),
            sub(
                "&ldquo;Nothing on Earth could come between them.&rdquo;",
                "&quot;Nothing on Earth could come between them.&quot;",
            ),
            sub("<strong>Director:</strong>", "<strong>Directors:</strong>"),
            sub(
                "<strong>Writer:</strong> James Cameron",
                "<strong>Writers:</strong> James Cameron (screenplay)",
            ),
        ],
    ),
    Variant(
        "v1-oldboy-no-released",
        "v1-oldboy",
        [regex(r"<tr><th>Released:</th>.*?</tr>", ""), sub("<td>120 min</td>", "<td>2h</td>")],
        {"release_date": None, "release_year": 2003, "runtime_minutes": 120},
    ),
    Variant(
        "plain-unknown-layout",
        "v2-heat",
        [lambda _: "<html><body><h1>Heat</h1><p>A Los Angeles crime saga.</p></body></html>"],
        reject="unknown layout",
    ),
    Variant(
        "v1-soft-404",
        "v1-primer",
        [
            regex(
                r"<div id=\"title-page\".*?</div></div><div id=\"footer\">",
                '<h1>Page not found</h1></div><div id="footer">',
            ),
            regex(r'<link rel="canonical"[^>]*>', ""),
        ],
        reject="no title on the page",
    ),
]


def build(variant: Variant) -> None:
    text = (PAGES / f"{variant.source}.html").read_text(encoding="utf-8")
    for edit in variant.edits:
        text = edit(text)
    (VARIANTS / f"{variant.name}.html").write_bytes(text.encode(variant.encoding))
    if variant.reject:
        expected: dict[str, Any] = {"reject": True, "why": variant.reject}
    else:
        expected = json.loads((EXPECTED / f"{variant.source}.json").read_text(encoding="utf-8"))
        expected.update(variant.changes)
    (VARIANTS / f"{variant.name}.json").write_text(
        json.dumps(expected, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    VARIANTS.mkdir(exist_ok=True)
    for item in VARIANTS_LIST:
        build(item)
    print(f"wrote {len(VARIANTS_LIST)} variants to {VARIANTS}")
