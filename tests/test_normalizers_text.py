"""clean_text and is_placeholder."""

from __future__ import annotations

import pytest

from marquee.normalizers import clean_text, is_placeholder

CLEANED = [
    # from the sample pages
    ("Leaving Las Vegas", "Leaving Las Vegas"),
    ("  Am&eacute;lie\n", "Amélie"),
    ("Tom &amp; Jerry", "Tom & Jerry"),
    # whitespace of every kind becomes one space
    ("a\u00a0b\u2009c\u202fd\u3000e", "a b c d e"),
    ("line\r\nbreak\ttab", "line break tab"),
    # control and invisible characters are dropped
    ("nul\x00led", "nulled"),
    ("bell\x07 and esc\x1b", "bell and esc"),
    ("c1\x85control", "c1 control"),
    ("zero\u200bwidth\ufeff", "zerowidth"),
    ("soft\u00adhyphen", "softhyphen"),
    # an entity that decodes to a control character is dropped too
    ("a&#7;b&#x1b;c", "abc"),
]


@pytest.mark.parametrize(("raw", "expected"), CLEANED)
def test_clean_text(raw: str, expected: str) -> None:
    assert clean_text(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [None, "", "   ", "\x00", "N/A", "n/a", "NA", "—", "–", "-", "TBA", "tbd", "Unknown",
     "None", "Not available", "?", "null", " &mdash; ", "\u00a0N/A\u00a0"],
)  # fmt: skip
def test_placeholders_are_none(raw: str | None) -> None:
    assert is_placeholder(raw)
    assert clean_text(raw) is None


@pytest.mark.parametrize("raw", ["Not Rated", "0", "R", "NA Films", "Unknown Pleasures"])
def test_values_that_look_like_placeholders_are_kept(raw: str) -> None:
    assert not is_placeholder(raw)
    assert clean_text(raw) == raw


def test_keep_placeholders_for_titles() -> None:
    assert clean_text("  Unknown ", keep_placeholders=True) == "Unknown"
    assert clean_text("   ", keep_placeholders=True) is None
