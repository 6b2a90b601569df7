"""clean_text and is_placeholder."""

from __future__ import annotations

import sys

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
     "None", "Not available", "?", "null", " &mdash; ", "\u00a0N/A\u00a0",
     "정보 없음", "Keine Angabe", "Non renseigné", "No disponible", "情報なし", "暂无"],
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


def test_already_clean_shortcut_agrees_with_full_cleanup_for_every_character() -> None:
    """clean_text skips the cleanup for text it judges clean: every character that judgement
    lets through must come out of the full cleanup unchanged, alone and between words."""
    from marquee.normalizers.text import _cleaned, _is_clean

    for code in range(sys.maxunicode + 1):
        char = chr(code)
        for text in (char, f"a{char}b", f"a {char} b"):
            if _is_clean(text):
                assert _cleaned(text) == text, f"U+{code:04X} in {text!r}"
