"""The raw title both layouts build: the shared fields plus the layout's own title bits."""

from __future__ import annotations

import re
from dataclasses import dataclass

from marquee.parsers import common, shapes
from marquee.parsers import crew as crew_reader
from marquee.parsers.dom import Attributed, Element, headings, scan, squash, text_of
from marquee.parsers.errors import FieldShapeError
from marquee.parsers.facts import Fact, collect_facts, names_people
from marquee.parsers.labels import PEOPLE_OR_COMPANIES, normalize_label
from marquee.parsers.places import countries_in
from marquee.parsers.raw import Layout, RawTitle

# "(1995)", "(2005–2013)", "(TV Series 2005–2013)", "(2003/I)", "(I) (2003)", "(2003 TV Movie)",
# "(сериал, 1998)"
_YEAR_SUFFIX = re.compile(
    r"(?:\s*\([IVX]{1,4}\))?\s*\(\s*(?:[^\W\d_][\w .-]{0,24}?,?\s+)?((?:18|19|20|21)\d{2})"
    r"(?:/[IVX]{1,4})?(?:\s*[–-]\s*(?:\d{0,4}|present|now|ongoing))?(?:\s+[^\W\d_][\w .-]{0,24}?)?"
    r"\s*\)\s*$"
)
# the kind of title in brackets after its name, as encyclopedias tell namesakes apart
_KIND_SUFFIX = re.compile(
    r"\s*\((?:[^\W\d_]+[ -])?(?:film|movie|tv series|series|serie|série|fernsehserie|miniserie"
    r"|miniseries|película|фильм|сериал|telenovela|tv film|tv movie|web series|anime|serial"
    r"|seriál|telefilm|dizi|sorozat|sarja|serija|televizijska serija)"
    # and an adjective after it ("serie televisiva", "film animato")
    r"(?: [^\W\d_]+)?\)\s*$",
    re.IGNORECASE)
_EMPTY_BRACKETS = re.compile(r"\s*\(\s*\)")
_BARE_YEAR = re.compile(r"\(?\s*((?:18|19|20|21)\d{2})\s*\)?")
# utility classes for text only screen readers get ("Parasite<span class=sr-only> (movie)")
_SCREEN_READER_ONLY = re.compile(r"\b(?:sr-only|visually-hidden|screen-reader-text|a11y-hidden)\b")
_NO_DISPLAY = re.compile(r"display\s*:\s*none")
NO_TITLE = "no title on the page"


@dataclass(frozen=True, slots=True)
class TitleParts:
    heading: Element
    tagline: str | None


def split_title(heading: Element) -> tuple[str, str | None]:
    """ "Titanic (1997)" -> ("Titanic", "1997"); "Parasite <span>2019</span>" too."""
    text, year = _heading_text(heading)
    found = _YEAR_SUFFIX.search(text)
    if found and found.start() > 0:
        return text[: found.start()], found.group(1)
    kind = _KIND_SUFFIX.search(text)
    if kind and kind.start() > 0:  # an encyclopedia's "Heat (Film)", "Heat (Fernsehserie)"
        return text[: kind.start()], year
    return text, year


def _heading_text(heading: Element) -> tuple[str, str | None]:
    """The heading's visible text, without screen-reader-only text or a child that is only
    a year (returned apart); a logo heading's image names the title by its alt text."""
    if len(heading) == 0:
        return text_of(heading), None
    if not text_of(heading):
        return _logo_name(heading), None
    named = next(heading.iterfind(".//*[@itemprop='name']"), None)
    if named is not None and (name := text_of(named)):
        # microdata names the title inside the heading: the rest is a note ("(Serie de TV)")
        whole, year = _heading_parts(heading)
        suffix = _YEAR_SUFFIX.search(whole)
        return name, year or (suffix.group(1) if suffix else None)
    return _heading_parts(heading)


def _heading_parts(heading: Element) -> tuple[str, str | None]:
    parts, year = [heading.text or ""], None
    for child in heading:
        if year is not None and isinstance(child.tag, str):
            break  # "Titanic <span>(1997)</span> <a>More at IMDbPro »</a>": the title is done
        child_text = text_of(child) if isinstance(child.tag, str) else ""
        bare_year = _BARE_YEAR.fullmatch(child_text)
        if bare_year and year is None and "".join(parts).strip():
            year = bare_year.group(1)
        elif not _SCREEN_READER_ONLY.search(str(child.get("class") or "")):
            parts.append(child_text)
        parts.append(child.tail or "")
    # "Titanic (<a>1997</a>)": the year went, its brackets go with it
    return _EMPTY_BRACKETS.sub("", squash("".join(parts))), year


def _logo_name(heading: Element) -> str:
    for image in heading.iter("img", "svg", "span", "div", "a"):
        name = squash(str(image.get("alt") or image.get("aria-label") or image.get("title") or ""))
        if name:
            return name
    return ""


def raw_title(
    root: Element,
    url: str,
    layout: Layout,
    parts: TitleParts,
    has_schema: bool,
    attributed: Attributed,
) -> RawTitle:
    """The fields of the page's labelled rows, sections and shapes; `attributed`: its elements
    with attributes (dom.attributed), for the hints named in them."""
    texts = scan(root, {"roles": crew_reader.ROLE_WORDS, "counts": shapes.COUNT_WORDS})
    title, year = split_title(parts.heading)
    heads = headings(root)
    facts = collect_facts(root, heads)
    directors = common.names(facts.get("directors"))
    writers = common.names(facts.get("writers"))
    if not directors or not writers:  # credit lines and crew rows where no labelled row names them
        credits = crew_reader.crew(texts["roles"])
        directors = directors or credits.get("directors", [])
        writers = writers or credits.get("writers", [])
    studio_row = _companies(facts.get("studios"))
    if not title or (_is_error_page(title, facts) and not has_schema):
        raise FieldShapeError("title", NO_TITLE, title or "empty title heading")
    return RawTitle(
        url=url,
        layout=layout,
        title=title,
        title_year=year,
        kind=_text(facts.get("kind")),
        path_kind=common.path_kind(url),
        tagline=parts.tagline
        or _tagline_row(facts.get("tagline"))
        or shapes.hinted_tagline(attributed),
        synopsis=(common.synopsis(heads) or shapes.hinted_synopsis(attributed)
                  or shapes.hero_prose(parts.heading)),
        audience_summary=common.audience_summary(heads),
        release_date=_text(facts.get("release_date")),
        runtime=_text(facts.get("runtime")),
        content_rating=_text(facts.get("content_rating")),
        user_rating_count=_votes(facts.get("user_rating_count"), texts["counts"], root),
        seasons=_text(facts.get("seasons")),
        budget=_text(facts.get("budget")),
        box_office=_text(facts.get("box_office")),
        genres=common.genre_values(facts.get("genres")) or shapes.genre_links(root),
        countries=common.list_values(facts.get("countries")),
        studios=(studios := _studios(studio_row)),
        studios_more=_more(studio_row, studios or []),
        imdb_id=common.imdb_id(root, facts.get("imdb")),
        trailer_id=common.trailer_id(root, heads),
        streaming=common.streaming(root),
        directors=directors,
        writers=writers,
        cast=common.cast(heads, root) or _cast_rows(facts) or common.cast_by_shape(root),
    )


def _is_error_page(title: str, facts: dict[str, Fact]) -> bool:
    """A "not found" heading on a page with no title facts: a real title may say "404"."""
    return common.looks_not_found(title) and not facts


def visible(headings: list[Element]) -> list[Element]:
    """The headings outside hidden parts and dialogs (a sign-in modal's h1 is not the
    title); all of them when none is."""
    shown = [heading for heading in headings if not _hidden(heading)]
    return shown or headings


def _hidden(element: Element) -> bool:
    for node in (element, *element.iterancestors()):
        if node.tag == "dialog" or node.get("hidden") is not None:
            return True
        if node.get("aria-hidden") == "true" or node.get("aria-modal") == "true":
            return True
        if node.get("role") in {"dialog", "alertdialog"}:
            return True
        if _NO_DISPLAY.search(str(node.get("style") or "")):
            return True
    return False


def require_heading(found: list[Element]) -> Element:
    if not found:
        raise FieldShapeError("title", NO_TITLE, "no title heading (h1)")
    return found[0]


def _cast_rows(facts: dict[str, Fact]) -> list[tuple[str, str | None]]:
    """ "Starring: A, B" and "Supporting actors: C"; "A as Hanna" on a line gives the character."""
    credits = common.starring(facts.get("cast")) + common.starring(facts.get("cast_more"))
    return list(dict.fromkeys(credits))


def _votes(fact: Fact | None, counts: list[Element], root: Element) -> str | None:
    """The votes' row; its count when it also shows the score ("7.1/10 from 5,230 users");
    with no row, the one count the page shows by its shape, named or in brackets after a
    score."""
    text = _text(fact)
    if text is None:
        return shapes.rating_count(counts) or shapes.scored_count(root)
    return shapes.count_in(text) or text


def _text(fact: Fact | None) -> str | None:
    return fact.text_without_more if fact is not None else None


def _tagline_row(fact: Fact | None) -> str | None:
    """A "Tagline:" details row, without its quotes."""
    text = fact.text_without_more if fact is not None else ""
    return common.strip_quotes(text)[0] if text else None


def _companies(fact: Fact | None) -> Fact | None:
    """The studios' row; one labelled only "Produced by" counts unless it names people
    (two or more capitalised words each, no company word: the producers) or countries."""
    if fact is None or normalize_label(fact.label) not in PEOPLE_OR_COMPANIES:
        return fact
    if countries_in(fact.text):
        return None  # "Produkcija: Hrvatska, Srbija": where it was made
    return None if names_people(fact.text, common.list_values(fact)) else fact


def _studios(fact: Fact | None) -> list[str] | None:
    return common.list_values(fact) if fact is not None else None


def _more(fact: Fact | None, listed: list[str]) -> int:
    """How many more than listed: "+2 more", or an "in all" count less the names listed."""
    if fact is None:
        return 0
    in_all = fact.in_all
    return fact.more if in_all is None else max(in_all - len(listed), 0)
