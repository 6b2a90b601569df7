"""Build marquee/parsers/data/ui_labels.json: the field labels media apps ship in many
languages, taken from two MIT-licensed translation sets, so that a label in a language no
one here listed by hand still names its field.

Sources (local mirrors of the GitHub repositories, pinned by commit):
  Stremio/stremio-translations  <lang>.json        (MIT, Stremio's app strings)
  sct/overseerr                 src/i18n/locale/*  (MIT, Overseerr's title pages)

Run: python scripts/ui_labels.py STREMIO_GIT_DIR OVERSEERR_GIT_DIR
It also takes the genres' names (IMDb's genres as Stremio translates them), so that a list
of genres is known by its words on a page in any of those languages.
Rebuilding is a deliberate step; the parser only reads the JSON.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "marquee" / "parsers" / "data" / "ui_labels.json"
# translation key -> the record field whose label (or section heading) it is
STREMIO_KEYS = {
    "DIRECTOR": "directors", "LINKS_DIRECTORS": "directors", "WRITER": "writers",
    "CAST": "cast", "LINKS_CAST": "cast", "LEAD_ACTORS": "cast", "GENRE": "genres",
    "LINKS_GENRES": "genres", "SUMMARY": "synopsis", "DURATION": "runtime",
    "SEASONS": "seasons", "YEAR": "release_date",
}  # fmt: skip
OVERSEERR_KEYS = {
    "components.MovieDetails.budget": "budget", "components.MovieDetails.revenue": "box_office",
    "components.MovieDetails.cast": "cast", "components.TvDetails.cast": "cast",
    "components.MovieDetails.overview": "synopsis", "components.TvDetails.overview": "synopsis",
    "components.MovieDetails.theatricalrelease": "release_date",
    "components.TvDetails.firstAirDate": "release_date",
    "components.Discover.FilterSlideover.releaseDate": "release_date",
    "components.TvDetails.episodeRuntime": "runtime",
    "components.Discover.FilterSlideover.runtime": "runtime",
    "components.TvDetails.seasonstitle": "seasons",
    "components.Discover.FilterSlideover.genres": "genres",
    "components.Discover.FilterSlideover.studio": "studios",
    "components.Discover.studios": "studios",
}  # fmt: skip
# translations left out, and why: each would name another thing on some title page
NOT_LABELS = {
    "מפיקים": "producers (a slip of translation for 'Directors')",
    "casting": "the casting director on an English page (the parser reads a French cast "
               "heading by itself)",
    "postava": "a character, not the cast",
    "ढालना": "casting metal", "ਮੋਲਡ": "a mould", "глумат/емитувај": "to cast a stream",
    "影院": "a cinema", "剧场版": "a theatrical feature", "期間": "a period of time",
    "série": "a series", "種類": "a kind of title",
    "تصنيف": "a classification (the age rating too)",
    "التصنيف": "a classification (the age rating too)",
    "autor": "an article's author", "autore": "an article's author",
    "автор": "an article's author", "avtor": "an article's author",
    "pregled": "a review", "преглед": "a review", "обзор": "a review", "정보": "information",
}  # fmt: skip


def _show(git_dir: str, rev_path: str) -> str:
    return subprocess.run(["git", "-C", git_dir, "show", rev_path], check=True,
                          capture_output=True, text=True).stdout


def _files(git_dir: str, folder: str) -> list[str]:
    out = subprocess.run(["git", "-C", git_dir, "ls-tree", "--name-only", f"HEAD:{folder}"],
                         check=True, capture_output=True, text=True).stdout
    return [name for name in out.split() if name.endswith(".json")]


def _head(git_dir: str) -> str:
    return subprocess.run(["git", "-C", git_dir, "rev-parse", "HEAD"], check=True,
                          capture_output=True, text=True).stdout.strip()


def _labels(git_dir: str, folder: str, keys: dict[str, str]) -> dict[str, set[str]]:
    """field -> the translations of its keys in every language of one source."""
    found: dict[str, set[str]] = defaultdict(set)
    prefix = f"{folder}/" if folder else ""
    for name in _files(git_dir, folder):
        strings = json.loads(_show(git_dir, f"HEAD:{prefix}{name}"))
        for key, field in keys.items():
            text = " ".join(str(strings.get(key, "")).split()).casefold()
            if text and "{" not in text and len(text.split()) <= 4 and text not in NOT_LABELS:
                found[field].add(text)
    return found


# Stremio's genre keys (IMDb's genres): a value known by its word in any of the languages
GENRE_KEYS = ("Action", "Adventure", "Animation", "Biography", "Comedy", "Crime", "Documentary",
              "Drama", "Family", "Fantasy", "Film-Noir", "History", "Horror", "Music", "Musical",
              "Mystery", "Romance", "Sci-Fi", "Sport", "Thriller", "War", "Western")  # fmt: skip


def _genre_names(git_dir: str) -> list[str]:
    """The genres' names in every language of Stremio's app, lower-cased."""
    names: set[str] = set()
    for name in _files(git_dir, ""):
        strings = json.loads(_show(git_dir, f"HEAD:{name}"))
        for key in GENRE_KEYS:
            text = " ".join(str(strings.get(key, "")).split()).casefold()
            if text and "{" not in text and len(text.split()) <= 3:
                names.add(text)
    return sorted(names)


def build(stremio: str, overseerr: str) -> dict[str, object]:
    by_field: dict[str, set[str]] = defaultdict(set)
    for source in (_labels(stremio, "", STREMIO_KEYS),
                   _labels(overseerr, "src/i18n/locale", OVERSEERR_KEYS)):
        for field, texts in source.items():
            by_field[field] |= texts
    # a word two fields share names neither ("Cast" the verb; one app's slip of translation)
    fields_of: dict[str, set[str]] = defaultdict(set)
    for field, texts in by_field.items():
        for text in texts:
            fields_of[text].add(field)
    labels = {field: sorted(t for t in texts if len(fields_of[t]) == 1)
              for field, texts in sorted(by_field.items())}
    return {"sources": {"Stremio/stremio-translations": _head(stremio),
                        "sct/overseerr": _head(overseerr)},
            "license": "MIT (both sources)", "left_out": NOT_LABELS, "labels": labels,
            "genre_names": _genre_names(stremio)}


if __name__ == "__main__":
    data = build(sys.argv[1], sys.argv[2])
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(OUT, {field: len(texts) for field, texts in data["labels"].items()})  # type: ignore[attr-defined]
