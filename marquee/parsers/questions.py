"""Facts given as questions and answers about the title ("When did Heat come out?" / "Heat was
released on 15 December 1995."), in an FAQ's `<details>`, a `<dl>` or a question heading.

A question counts only when it names the page's own title (a "People also ask" box asks about
other titles too: "When did Heat 2 come out?" is not this page's), and it is the last channel,
filling what every other one leaves empty. The answer is handed on as text; the normalizers
read a value out of a sentence or give none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from marquee.parsers.dom import Element, squash, text_of
from marquee.parsers.raw import Layout, RawTitle

# what a question asks, by its words (English; a question in another language asks nothing here)
_ASKS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (field, re.compile(pattern, re.IGNORECASE))
    for field, pattern in (
        ("seasons", r"\bhow many seasons\b"),
        ("user_rating_count", r"\bhow many (?:people|users|members|viewers) (?:rated|voted)\b"
                              r"|\bhow many (?:ratings|votes)\b"),
        ("release_date", r"\bcome out\b|\bwhen (?:was|did) .* released?\b|\brelease date\b"
                         r"|\bpremiere\b"),
        ("runtime", r"\bhow long\b|\brun ?time\b|\brunning time\b"),
        ("content_rating", r"\brated\b|\bage rating\b|\bcertificate\b"),
        ("writers", r"\bwho wrote\b|\bwho (?:is|are) the writers?\b"),
        ("directors", r"\bwho directed\b|\bwho (?:is|are) the directors?\b"),
        ("studios", r"\bwho (?:produced|made)\b|\bwhich studios?\b|\bproduction compan"),
        ("countries", r"\bwhere (?:was|is) .* (?:made|produced|from)\b|\bwhat countr"),
    )
)  # fmt: skip
# the words an answer puts before its value: "Written by", "Made by", "Ages:"
_LEAD = re.compile(
    r"^(?:it\s+)?(?:was\s+)?(?:written|directed|made|produced|created)\s+by\s+|^[\w ]{1,20}:\s+",
    re.IGNORECASE,
)
_LIST = re.compile(r"\s*(?:,|;|\band\b)\s*")  # "&" joins a company's own name
_MORE = re.compile(r"\s*(?:,\s*)?(?:and|plus|\+)\s*(\d+)\s+(?:more|others?)\b.*$", re.IGNORECASE)
_MAX_ANSWER = 300


def answers(root: Element, title: str, url: str, layout: Layout) -> RawTitle | None:
    """The fields the page's questions about its own title answer, or None."""
    if len(title.strip()) < 2:
        return None  # no phrase to name it by (_naming)
    raw = RawTitle(url=url, layout=layout, title="", channel="questions")
    found = False
    named: re.Pattern[str] | None = None  # compiled at the first question: most pages ask none
    for question, answer in _pairs(root):
        if not answer or len(answer) > _MAX_ANSWER:
            continue
        named = named or _naming(title)
        if named is None or not named.search(question):
            continue
        field = next((name for name, asks in _ASKS if asks.search(question)), None)
        if field is not None and _set(raw, field, named.sub("", answer)):
            found = True
    return raw if found else None


def _naming(title: str) -> re.Pattern[str] | None:
    """The title as a whole phrase, not the start of another ("Heat" but not "Heat 2"). A new
    title's pattern costs ~0.2 ms to compile (re's cache holds only the last 512)."""
    if len(title.strip()) < 2:
        return None
    return re.compile(
        rf"(?<!\w){re.escape(title.strip())}(?!\w|\s*(?:\d|[IVX]+\b|:|part\b))", re.IGNORECASE
    )


def _pairs(root: Element) -> Iterator[tuple[str, str]]:
    """(question, answer) texts: a details' summary and the rest, a dt and its dd, a heading
    ending with "?" and the block after it."""
    for summary in root.iter("summary"):
        details = summary.getparent()
        if details is not None and (question := text_of(summary)).endswith("?"):
            yield question, squash(" ".join(text_of(c) for c in details if c is not summary))
    for term in root.iter("dt", "h3", "h4", "h5"):
        question = text_of(term)
        following = term.getnext()
        if question.endswith("?") and following is not None and isinstance(following.tag, str):
            yield question, text_of(following)


def _set(raw: RawTitle, field: str, answer: str) -> bool:
    text = squash(answer).strip(" .")
    if not text:
        return False
    if field in {"writers", "directors", "studios", "countries"}:
        more = _MORE.search(text)  # "Made by A and 2 others."
        if more is not None:
            text = text[: more.start()]
            raw.studios_more = int(more.group(1)) if field == "studios" else raw.studios_more
        names = [name for name in _LIST.split(_LEAD.sub("", text)) if name]
        setattr(raw, field, names)
        return bool(names)
    setattr(raw, field, _LEAD.sub("", text) if field == "content_rating" else text)
    return True
