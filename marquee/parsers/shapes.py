"""Values known by their shape or a readable hint where no label names them.

- The votes: "1 vote", "742,300 Verified Ratings", "from 5,230 users", "210 ratings, 7
  reviews" (a count and the word for what it counts); taken only when the page's own part
  (rails, reviews and episodes are gone by then) shows exactly one such count.
- The tagline: an element whose class, test id or itemprop names it ("tagline").
- The genres: links to a genre's page or a genre filter ("/genre/crime", "?genres=Crime"),
  when no labelled row names them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, cast

from lxml import etree

from marquee.parsers.common import names_another_section, reads_as_facts, strip_quotes
from marquee.parsers.dom import (
    BLOCK_LINES,
    HEADINGS,
    Attributed,
    AttributeTests,
    Element,
    lines_around,
    owners,
    squash,
    text_of,
)
from marquee.parsers.labels import WORLD_LABELS

_NUMBER = r"\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+(?:\.\d+)?\s?[KkMm]?"
_COUNT = re.compile(
    rf"(?<![\w.,])(?P<n1>{_NUMBER})\s+"
    # "742,300 Verified Ratings", "(N Plex ratings)", "1,681,630 readers rated this"; the
    # word on localized pages: "93 000 notes", "2 873 votos", "369 оценок", "12.400 Stimmen"
    # "57,363 Stream It/Skip It votes": a few capitalised words naming the site's ratings
    r"(?:[A-Za-z]+\s+|(?:[A-Z][\w/'’-]*\s+){1,3})?"
    r"(?:(?P<w1>votes?|ratings?|ballots?)|(?:readers|members|users|people) rated"
    r"|notes|votos|voti|stemmen|stimmen|bewertungen|оцен(?:ок|ки|ка)|ocen|głosów|hodnocení"
    # the same nouns in more languages: "929 notas", "(683 ψήφοι)", "552 voturi", "12 голосов"
    r"|notas|valoraciones|avaliações|valutazioni|ψήφ(?:οι|ους|ων)|voturi|szavazat|röster"
    r"|голос(?:ов|а)|оцінок|голосів|beoordelingen|bedømmelser"
    # ... and "460 hodnotení", "121 häält", "30 407 гласа", "97 834 stemmer", "2.014.256 vots"
    # (sites64 at first sight: Slovak, Estonian, Bulgarian, Norwegian, Afrikaans, Catalan)
    r"|hodnotení|hlasov|hlasů|häält|hinnangut|гласа|гласове|stemmer|stemme|glasova|glasovi"
    r"|įvertinim(?:ų|ai)|balsų|vots|ääntä|arviota|atkvæði)(?!\w)(?!\s*[:：])"  # not a label
    # "(scored by 2,921,946 users)", "7.1/10 from 5,230 users"; "Tracked by 499.5K users" is none
    rf"|\b(?:from|(?:scored|rated|voted)\s+by)\s+(?P<n2>{_NUMBER})\s+users\b"
    # no space before the word: "42086人评价", "10647人评分", "（2,296,506人が評価）"
    r"|(?<![\w.,])(?P<n3>\d{1,3}(?:,\d{3})+|\d+)\s*(?:人评价|人評價|人评分|人評分|人が評価"
    r"|명\s?(?:참여|평가))"
    # the word before the count: "評価数 189.7万件", "评价人数 4,321"
    r"|(?:評価数|レビュー数|评价人数|評分人數|평가 수)\s*[:：]?\s*(?P<n4>[\d,.]+万?)件?"
    # the noun as a label before its colon: "Голосів: 64 860", "оценок: 2 262 293"
    r"|(?<!\w)(?:votes|ratings|stimmen|bewertungen|votos|voti|stemmen|notas|głosy|оцен(?:ок|ки)"
    r"|оцінок|голос(?:ов|а|ів)|szavazatok?|röster|ψήφοι|glasova|glasovi|įvertinimų|balsų"
    rf"|hodnotení|hlasov|hlasů|stemmer|гласове|гласа|häält)\s*[:：]\s*(?P<n5>{_NUMBER})(?![\d.,])",
    re.IGNORECASE,
)
_THRESHOLD = re.compile(r"\b(?:after|at least|needs?|minimum of|once)\s+$", re.IGNORECASE)
_HINT = re.compile(r"\btagline\b|\bslogan\b", re.IGNORECASE)
_MAX_TAGLINE = 200
# the hinted element's own label before its text ("Slogan: “Bir yaz.”")
_LEADING_LABEL = re.compile(
    r"^\s*(?:tagline|slogan|слоган|キャッチコピー)\s*[:：]\s*", re.IGNORECASE)


# words of texts that may name what a count counts
COUNT_WORDS = ("ote", "ating", "sers", "OTE", "ATING", "rated", "allot", "eviews", "otos",
               "oti", "temmen", "timmen", "ewertung", "оцен", "ocen", "łosów", "hodnocení", "评价",
               "評價", "評価", "참여", "평가", "レビュー数", "評分", "评分", "notas", "aloraci",
               "avalia", "alutazion", "ψήφ", "oturi", "szavazat", "röster", "голос", "оцін",
               "oordeling", "edømmels", "Голос", "Оцен", "Оцін", "Ψήφ", "hodnoten", "hlas",
               "häält", "hinnang", "глас", "Глас", "temme", "lasov", "vertinim", "alsų", "vots",
               "ääntä", "arviota", "tkvæð")  # fmt: skip
_MAX_LINE = 160


def rating_count(owners: Sequence[Element]) -> str | None:
    """The one vote count the page shows in a line of its own, as written ("742,300
    ratings", "from 5,230 users"), around the elements whose text names one (COUNT_WORDS)."""
    found: dict[str, str] = {}  # the number as written -> the count's text
    scored: dict[str, str] = {}  # those a score stands before in their block
    for element, line in lines_around(owners, _MAX_LINE):
        for match in _COUNT.finditer(line):
            if _THRESHOLD.search(line, 0, match.start()):
                continue  # "Available after 4 ratings": how many it waits for, no count
            text = _plain(match)
            found.setdefault(text.split(" ")[0], text)
            if _scored(element, line, match.start()):
                scored.setdefault(text.split(" ")[0], text)
        for match in _REVIEWS.finditer(line):
            # "9.5 879,452 verified reviews": the reviews a score is of count as its votes
            if _scored(element, line, match.start()):
                found.setdefault(match.group("n"), match.group("n"))
                scored.setdefault(match.group("n"), match.group("n"))
    # "8.6 2,158,898 user ratings" beside "412,419 anticipation votes": the score's count
    chosen = scored if len(found) > 1 and len(scored) == 1 else found
    return next(iter(chosen.values())) if len(chosen) == 1 else None


def _scored(element: Element, line: str, start: int) -> bool:
    """A score before the count, in its line or in the block around it (<div><b>8.6</b>
    <span>1,234 ratings</span></div>)."""
    if _SCORE_BEFORE.search(line, 0, start):
        return True
    parent = element.getparent()
    whole = text_of(parent) if parent is not None else ""
    at = whole.find(line)
    return 0 < at <= _SCORE_LEAD and _SCORE_BEFORE.search(whole, 0, at) is not None


_REVIEWS = re.compile(
    rf"(?<![\w.,])(?P<n>{_NUMBER})\s+(?:(?:user|verified|audience|member|customer|viewer|reader)"
    r"\s+)?reviews\b(?!\s*[:：])", re.IGNORECASE)
_SCORE_BEFORE = re.compile(
    r"(?<![\w.,])(?:\d{1,2}[.,]\d{1,2}|\d{1,2}\s?/\s?(?:5|10|100))(?![\d.,])")
_SCORE_LEAD = 12  # "★ 8.6/10 ": the score alone before the count in their block


# A score and, in brackets after it, how many gave it, whatever the word: "4.5 (276)",
# "7.13 (참여 975명)", "4,2 ud af 5 (1.024.973 stemmer)", "★4.3 (94,420명)". The score has a
# decimal or a scale ("3 / 5"), so "Season 3 (12 episodes)" is no score.
# a letter, or a sign of the scripts of India and Southeast Asia, which are marks, no letters
# to a regex ("ଭୋଟ", "សំឡេង")
_LETTER = r"(?:[^\W\d_]|[\u0900-\u0dff\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff])"
_SCORED = re.compile(
    r"(?<![\w.,/])(?:\d{1,2}[.,]\d{1,2}|\d{1,2}\s*/\s*(?:5|10|100)|(?P<percent>\d{1,3}\s?%))"
    r"(?:\s*/\s*(?:5|10|100)|\s+(?:[^\W\d_]{1,6}\s+){1,2}(?:5|10|100))?"
    rf"\s*[(（]\s*(?P<inner>(?:{_LETTER}+\s*)?"
    # grouped by thousands, or the Indian way by lakhs ("11,30,641")
    r"(?P<n>\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d\d)+,\d{3}|\d{1,3}(?:[ \u00a0\u202f.]\d{3})+"
    r"|\d+(?:[.,]\d{1,2})?)"
    rf"(?P<word>\s*{_LETTER}+\.?(?:\s+{_LETTER}+)?)?)\s*[)）]"
)
_YEAR = re.compile(r"1[89]\d\d|20[0-4]\d")


# the stems of the words for votes in the label vocabularies' languages ("hlasy" -> "hlas":
# "1 937 103 hlasov"), English's and those of _COUNT
_VOTE_STEMS = tuple(sorted({
    label[:4] for label, field in WORLD_LABELS.items()
    if field == "user_rating_count" and " " not in label and len(label) >= 4
} | {"vote", "rati", "stem", "stim", "voto", "voti", "nota", "оцен", "голо", "głos"}))


def _votes_word(word: str) -> bool:
    return word.strip().casefold().startswith(_VOTE_STEMS)


# compiled once: `root.xpath(...)` compiles its expression at every call
_BRACKETED_TEXTS = etree.XPath("//text()[contains(., '(') or contains(., '（')]")


def scored_count(root: Element) -> str | None:
    """The one count the page shows in brackets after a score (_SCORED), as written inside
    them ("참여 975명", "107만명": the normalizer reads the site's words); a bare year in the
    brackets ("7.5 (2019)") is no count."""
    nodes = _BRACKETED_TEXTS(root)
    blocks = [owner for node in cast(list[Any], nodes) if (owner := node.getparent()) is not None]
    found: set[str] = set()
    for _, line in lines_around(blocks, _MAX_LINE, BLOCK_LINES):  # "<b>5,5</b> <span>(680 oy)"
        for match in _SCORED.finditer(line):
            if not match["word"] and _YEAR.fullmatch(match["n"]):
                continue
            if match["percent"] and not _votes_word(match["word"] or ""):
                continue  # "91% (245 reviews)": after a percent, only a word for votes counts
            found.add(match["inner"])
    return found.pop() if len(found) == 1 else None


# the attributes that name a tagline (dom.owners)
_TAGLINE_HINTS: AttributeTests = {
    "class": lambda v: "agline" in v or "slogan" in v,
    "data-testid": lambda v: "agline" in v,
    "itemprop": lambda v: "agline" in v,
    "id": lambda v: "agline" in v,
}


def hinted_tagline(attributed: Attributed) -> str | None:
    """The text of the first element named a tagline by its class, test id or itemprop, among
    the page's elements with attributes (dom.attributed)."""
    for element in owners(attributed, _TAGLINE_HINTS):
        hint = f"{element.get('class') or ''} {element.get('data-testid') or ''} " \
               f"{element.get('itemprop') or ''} {element.get('id') or ''}"  # fmt: skip
        if _HINT.search(hint):
            text = strip_quotes(_LEADING_LABEL.sub("", text_of(element)))[0]
            if 0 < len(text) <= _MAX_TAGLINE:
                return text
    return None


# the attributes that may name a synopsis, as for the tagline; the values are then read word by
# word
_SYNOPSIS_HINTS: AttributeTests = {
    "class": lambda v: (
        "ynopsis" in v or "plot" in v or "toryline" in v or "desc" in v
        or "ummary" in v or "verview" in v
    ),
    "data-testid": lambda v: "ynopsis" in v or "plot" in v or "toryline" in v,
    "data-qa": lambda v: "ynopsis" in v or "plot" in v,
    "itemprop": lambda v: v == "description",
    "property": lambda v: v == "description",
}
_SYNOPSIS_WORD = re.compile(
    r"(?:^|[-_\s])(?:synopsis|plot|storyline|description|desc|summary|overview)(?:$|[-_\s])",
    re.IGNORECASE,
)
_PLOT_WORD = re.compile(r"(?:^|[-_\s])(?:synopsis|plot|storyline)(?:$|[-_\s])", re.IGNORECASE)
_MIN_PROSE_WORDS = 12
_MAX_SYNOPSIS = 5000
# scripts written without spaces between words: Thai, Lao, Tibetan, Burmese, Khmer, kana, CJK
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff"
                       r"\u3400-\u9fff]")
_CHARACTERS_A_WORD = 3  # about what a word of those scripts takes


def word_count(text: str) -> int:
    """The words of a text, where a run of a script written without spaces counts a word for
    every few characters (a Khmer or Thai synopsis is one or two "words" between spaces)."""
    unspaced = len(_UNSPACED.findall(text))
    if not unspaced:
        return len(text.split())
    return len(_UNSPACED.sub("", text).split()) + unspaced // _CHARACTERS_A_WORD


def hinted_synopsis(attributed: Attributed) -> str | None:
    """The prose of the first element named a synopsis or plot by its class, test id or
    itemprop ("movie-info-synopsis", "plot", itemprop="description"), where no heading names
    the synopsis's section; among the page's elements with attributes (dom.attributed)."""
    for element in owners(attributed, _SYNOPSIS_HINTS):
        hint = " ".join(str(element.get(name) or "") for name in
                        ("class", "data-testid", "data-qa", "itemprop"))  # fmt: skip
        described = "description" in (element.get("itemprop"), element.get("property"))
        if not _SYNOPSIS_WORD.search(hint) and not described:
            continue
        heads = list(element.iter(*HEADINGS))
        # "<section class=plot><h2>Nội dung phim</h2><p>...": its own title over the prose, when
        # the class names the plot itself (a "summary" may be the audience's)
        titled = (len(heads) == 1 and heads[0] is element[0] and bool(_PLOT_WORD.search(hint))
                  and not names_another_section(text_of(heads[0])))
        if heads and not titled:
            continue  # a section with headings of its own: its text runs topics together
        shown = _shown_paragraph(element)
        if titled and shown is element:
            continue  # the prose is no paragraph of its own: the title would run into it
        text = _text_but_buttons(shown)
        if "：" in text[:20] or reads_as_facts(text):
            continue  # a label before the prose ("简介：..."): a row the labels read; a
            # summary list's cells run together ("govuk-summary-list")
        if word_count(text) >= _MIN_PROSE_WORDS and len(text) <= _MAX_SYNOPSIS:
            return text
    return None


def _shown_paragraph(element: Element) -> Element:
    """The first paragraph shown, when the block holds tabs of translations ("English | spa"
    over one paragraph a language, the others hidden); else the block itself."""
    paragraphs = list(element.iter("p"))
    if len(paragraphs) == 1 and len(text_of(paragraphs[0])) * 2 >= len(text_of(element)):
        return paragraphs[0]  # the prose without a "Details" link after it
    if len(paragraphs) < 2:
        return element
    shown = [p for p in paragraphs if not _hidden_inside(p, element)]
    return shown[0] if shown else element


def _hidden_inside(paragraph: Element, top: Element) -> bool:
    for node in (paragraph, *paragraph.iterancestors()):
        if node is top:
            return False
        style = str(node.get("style") or "").replace(" ", "")
        if node.get("hidden") is not None or "display:none" in style or node.get(
                "aria-hidden") == "true" or "hidden" in str(node.get("class") or "").split():
            return True
    return False


def _text_but_buttons(element: Element) -> str:
    """The element's text without its buttons' ("MORE", "Read more")."""
    buttons = list(element.iter("button"))
    if not buttons:
        return text_of(element)
    parts: list[str] = []
    _collect(element, parts)
    return squash(" ".join(parts))


def _collect(element: Element, parts: list[str]) -> None:
    parts.append(element.text or "")
    for child in element:
        if isinstance(child.tag, str) and child.tag != "button":
            _collect(child, parts)
        parts.append(child.tail or "")


_GENRE_HREF = re.compile(r"/genres?/|[?&]genres?=", re.IGNORECASE)
_MAX_GENRE = 30


def genre_links(root: Element) -> list[str]:
    """The texts of the links to genre pages, in page order, once each."""
    names: dict[str, None] = {}
    for link in root.iter("a"):
        if _GENRE_HREF.search(str(link.get("href") or "")):
            name = text_of(link)
            if 0 < len(name) <= _MAX_GENRE:
                names.setdefault(name, None)
    return list(names)


def count_in(text: str | None) -> str | None:
    """The count a labelled row shows among other figures: "7.1/10 from 5,230 users"."""
    found = _COUNT.search(squash(text)) if text else None
    return _plain(found) if found else None


def _plain(match: re.Match[str]) -> str:
    """ "742,300 ratings" of "742,300 Verified Ratings": the count and what it counts, the
    site's word between them left out (the normalizer reads a word it does not know after a
    number as no count)."""
    number = next(group for group in (match["n1"], match["n2"], match["n3"], match["n4"],
                                      match["n5"]) if group)
    if re.fullmatch(r"\d{1,3}(?:[ \u00a0\u202f.]\d{3})+", number):
        number = re.sub(r"[ \u00a0\u202f.]", "", number)  # "93 000", "12.400": digit groups
    word = (match["w1"] or "ratings").casefold()  # the English word as written, else "ratings"
    return f"{number.replace(' ', '')} {word}"


def hero_prose(heading: Element) -> str | None:
    """The first paragraph of prose after the title's heading in the title's own block (its
    header and the blocks wrapped with it), where neither a heading nor a hint names the
    synopsis ("<h2>Фильм турында</h2><p>..."): a few levels up from the heading, never the page
    at large (reviews, episodes and rails sit outside the title's block)."""
    block = heading
    for _ in range(_HERO_LEVELS):
        parent = block.getparent()
        if parent is None or parent.tag in _PAGE_TAGS:
            break
        block = parent
        found = _prose_after(block, heading)
        if found is not None:
            return found
    return None


_HERO_LEVELS = 3
_PAGE_TAGS = frozenset({"body", "main", "html", "article"})
_NOT_PROSE_IN = frozenset({"li", "article", "blockquote", "footer", "aside", "nav", "dd", "td"})
_ONE_SENTENCE_WORDS = 25
# the scripts' full stops: Latin, CJK, Armenian, Ethiopic, Arabic and Urdu, the Indic danda,
# Burmese, Khmer, Tibetan, Mongolian, Syriac, N'Ko, Canadian syllabics, Vai, Limbu
_STOPS = ".!?…。！？։።؟۔।॥။។៕།᠃܀߹᙮꘎᥄"
_SENTENCES = re.compile(rf"[{_STOPS}](?:\s|$)")
_SENTENCE_END = re.compile(rf"[{_STOPS}]\W{{0,2}}$")


def _prose_after(block: Element, heading: Element) -> str | None:
    """The one paragraph of prose after the heading, with one heading at most between them
    (its own): two are comments or reviews, and a section further on is another topic."""
    after, headings = False, 0
    found: list[str] = []
    for element in block.iter():
        if element is heading:
            after = True
        elif not after:
            continue
        elif element.tag in HEADINGS:
            headings += 1
        elif element.tag == "p" and _prose_paragraph(element, block):
            if headings > 1 or found:
                return None
            found.append(squash(text_of(element)))
    return found[0] if found else None


def _prose_paragraph(paragraph: Element, block: Element) -> bool:
    text = squash(text_of(paragraph))
    words = word_count(text)
    if words < _MIN_PROSE_WORDS or len(text) > _MAX_SYNOPSIS:
        return False
    if not _SENTENCE_END.search(text) or ":" in text[:40] or "：" in text[:20]:
        return False  # a line of facts, or a label before its value
    if text.endswith(("...", "…")):
        return False  # a "Read more" preview, cut short
    if words < _ONE_SENTENCE_WORDS and len(_SENTENCES.findall(text)) < 2:
        return False  # one short sentence: a critic's one-liner as likely as a plot
    for ancestor in paragraph.iterancestors():
        if ancestor is block:
            break
        if ancestor.tag in _NOT_PROSE_IN:
            return False
        own = next((child for child in ancestor if child.tag in HEADINGS), None)
        if own is not None and names_another_section(text_of(own)):
            return False  # under "What viewers say"
    return True
