"""Budget and box office: read from labelled detail rows (Budget, Box Office, Cumulative
Worldwide Gross, Worldwide; unlisted wordings such as "Estimated Production Budget" by their key
word). Labels that only share a word (Art Director, Opening Weekend Gross) are ignored; a gross
for part of the run (Domestic) gives way to the whole and is used only when alone."""

from __future__ import annotations

import pytest

from tests.fields.pages import HEAT, _record, _relabelled


@pytest.mark.parametrize(
    ("label", "new", "field", "value"),
    [
        (b"Box Office", b"Cumulative Worldwide Gross", "box_office", "187436818"),
        (b"Box Office", b"Worldwide", "box_office", "187436818"),
        # unlisted wordings of a detail row, read by their key word
        (b"Budget", b"Estimated Production Budget", "budget", "60000000"),
        # an archive's and an e-book's wordings (sites59, sites56): "Production" alone names
        # the companies, and "Production cost" read as a company named "$60,000,000"
        (b"Budget", b"Production cost", "budget", "60000000"),
        (b"Budget", b"Cost", "budget", "60000000"),
        (b"Budget", b"Negative cost", "budget", "60000000"),
    ],
)  # fmt: skip
def test_reworded_detail_labels(label: bytes, new: bytes, field: str, value: object) -> None:
    record = _relabelled(label, new)
    got = getattr(record, field)
    assert (
        got.model_dump(mode="json")["amount"] if field in {"budget", "box_office"} else got
    ) == (value)


@pytest.mark.parametrize("new", [b"Art Director", b"Opening Weekend Gross", b"Aspect Ratio"])
def test_labels_that_only_share_a_word_are_ignored(new: bytes) -> None:
    record = _relabelled(b"Box Office", new)
    assert record.box_office is None


def test_a_gross_for_part_of_the_run_gives_way_to_the_whole() -> None:
    domestic = b'<div><dt class="x">Gross (Domestic)</dt><dd class="y">$67,436,818</dd></div>'
    budget = b'<div class="css-d59886-drow"><dt class="css-48c2b9-dt">Budget'
    body = HEAT.replace(budget, domestic + budget, 1)
    assert domestic in body
    assert _record(body).box_office is not None
    assert str(_record(body).box_office.amount) == "187436818"  # type: ignore[union-attr]
    alone = body.replace(b">Box Office<", b">Trivia<")
    assert str(_record(alone).box_office.amount) == "67436818"  # type: ignore[union-attr]


def test_a_box_office_heading_over_a_budget_row_gives_no_box_office() -> None:
    page = ("<h1>Heat</h1><div><h3>Box office</h3><ul><li>Rozpočet: 60 000 000 $</li></ul>"
            "</div>").encode()
    record = _record(page)
    assert record.budget is not None and record.budget.amount == 60000000
    assert record.box_office is None
