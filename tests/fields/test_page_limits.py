"""Pages past what the parser reads: a reject that names the cause, never a silently emptied
record; JSON-LD nested past reason is ignored, not a reason to reject a readable page."""

from __future__ import annotations

import pytest

from marquee.extract import extract
from marquee.items import Reject, TitleRecord
from tests.fields.pages import HEAT

URL = "https://www.reelguide.example/movie/heat"
DETAILS = HEAT.rfind(b"<section", 0, HEAT.find(b'id="details"'))


@pytest.mark.parametrize("levels", [5_000, 200_000])
def test_markup_nested_past_the_parsers_depth_is_a_reject_naming_it(levels: int) -> None:
    body = HEAT[:DETAILS] + b"<div>" * levels + b"</div>" * levels + HEAT[DETAILS:]
    found = extract(URL, body)
    assert isinstance(found, Reject)
    assert found.reason == "nested too deep"


def test_markup_nested_within_the_depth_is_read_whole() -> None:
    body = HEAT[:DETAILS] + b"<div>" * 1_000 + b"</div>" * 1_000 + HEAT[DETAILS:]
    found = extract(URL, body)
    assert isinstance(found, TitleRecord)
    assert found.spec_dict() == extract(URL, HEAT).spec_dict()  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "block",
    [b'{"a": ' * 50_000, b"[" * 50_000 + b"]" * 50_000, b'{"@type": "Movie", "x": ' + b"[" * 5_000],
    ids=["objects", "arrays", "broken-deep"],
)
def test_deeply_nested_json_ld_is_ignored(block: bytes) -> None:
    head = HEAT.find(b"</head>")
    script = b'<script type="application/ld+json">' + block + b"</script>"
    found = extract(URL, HEAT[:head] + script + HEAT[head:])
    assert isinstance(found, TitleRecord), found
    assert found.runtime_minutes == 170
