"""The hero's meta line, read by shape: "1995 · R · 1h 51m · Drama, Romance".

No labels: each part is known by the form a value of one field takes (a year, a runtime, a
certificate, a kind word, genres linked or named from the common list). A line is taken
only when two or more parts are known that way, and only next to the title heading; it is
the last channel, filling what labelled values and schema.org data leave empty.
"""

from __future__ import annotations

import re

from marquee.normalizers.numbers import ascii_digits
from marquee.parsers.dom import Element, heading_block, is_custom, squash, text_of
from marquee.parsers.facts import line_texts
from marquee.parsers.forms import CERTIFICATE, FULL_DATE, genre_word, is_runtime
from marquee.parsers.labels import GENRE_NAMES
from marquee.parsers.places import countries_in
from marquee.parsers.raw import Layout, RawTitle

# ／: the full-width slash of Japanese lines; a middle dot between two letters is a word's
# (Catalan "Bèl·lic")
_SEPARATORS = re.compile(r"\s*(?:[•|‧∙／]|(?<![^\W\d_])·|·(?![^\W\d_]))\s*")
# "(1995)"; "2003年" or "2003年製作" (made in 2003) on Japanese and Chinese pages
# or after one word that says what the year is ("محصول ۱۹۵۲", made in 1952; "Année 1995")
# a release word after a year or a date, where it came out: "2000中国大陆上映" (released in
# mainland China), "1992开播" (first aired), "2016年3月5日公開", "1999.05.01 개봉"
_RELEASED = r"(?:\s?[^\W\d_A-Za-z]{0,6}(?:上映|开播|開播|首播|公開|公开|개봉|방영|放送))"
_RELEASE_WORDS = re.compile(_RELEASED + "$")
_YEAR = re.compile(
    r"(?:[^\W\d_]{2,12} )?\(?((?:18[89]|19\d|20\d)\d)\)?(?:年(?:製作|制作|出品)?)?"
    + _RELEASED + "?")
# a full date, as a hero line shows one: "27 October 1995 in theaters", "Sep 7, 2017 (US)"
_DATE = re.compile(
    rf"(?:{FULL_DATE.pattern})"
    r"(?: in (?:theaters|theatres|cinemas))?"
    r"(?: \([A-Za-z. ]{2,20}\))?"
    + _RELEASED + "?"
)
# "7 seasons", "3 Staffeln", "5 temporadas", "2 sezony", "4 сезона", "共15季" (15 in all)
_SEASONS = re.compile(
    r"(\d{1,2}) (?:seasons?|series|staffeln?|temporadas?|saisons?|stagion[ei]|seizoen(?:en)?"
    r"|säsong(?:er)?|sezon(?:y|ów|u)?|sezóny?|sezón|сезон(?:а|ов)?)"
    r"|(?:共|全)?(\d{1,2}) ?(?:季|シーズン|시즌)",
    re.IGNORECASE,
)
_EPISODE = re.compile(r"^(?:1話|单集|單集|每集)")  # "1話30分", "单集42分钟": minutes an episode
_KINDS = re.compile(r"(?:TV )?(?:Movie|Film|Series|Show|Mini-?series|Special)", re.IGNORECASE)
_GENRES = frozenset(
    {
        "action", "adventure", "animation", "anime", "biography", "comedy", "crime",
        "documentary", "drama", "family", "fantasy", "film-noir", "film noir", "history",
        "horror", "music", "musical", "mystery", "romance", "sci-fi", "science fiction",
        "sport", "sports", "thriller", "war", "western", "short", "reality", "sitcom",
        "superhero", "noir",
    }
)  # fmt: skip
_ANY_GENRES = _GENRES | GENRE_NAMES  # the genres' words in some fifty languages
_LIST = re.compile(r"\s*[,/]\s*")
_COMMAS = re.compile(r"\s*,\s*")
# a custom element ("<rt-text>") is a block too: its name holds a hyphen, by the HTML standard
# a detail row's value too: "<dt>개요</dt><dd>코미디, 판타지 · 인도 · 210분</dd>", a label no list
# knows over a hero line's parts
_BLOCKS = frozenset({"div", "p", "ul", "ol", "span", "small", "dd"})
_MAX_LINE = 160
_LEVELS = 3  # the heading's container and two around it


def hero_line(heading: Element, url: str, layout: Layout) -> RawTitle | None:
    """The fields the meta line beside the title heading gives, or None when it has none."""
    candidates = _candidates(heading)
    after = heading_block(heading).getnext()
    found = [f for block, beside in candidates if (f := _read(block, beside, _is_at(block, after))
                                                   or _year_alone(block))]  # fmt: skip
    found += [f for block, _ in candidates for line in _br_lines(block)
              if (f := _read_line(line))]  # fmt: skip
    if not found:
        return None
    # the line that says the most first: a wrapper's text runs into the next line and says
    # less; lines that say what it does not fill the rest (the year and the runtime each a line)
    lines = sorted(found, key=lambda parts: -sum(map(bool, parts)))
    raw = RawTitle(url=url, layout=layout, title="", channel="hero line")
    raw.title_year = _first(lines, 0)
    raw.release_date, raw.runtime = _first(lines, 1), _first(lines, 2)
    raw.content_rating, raw.kind, raw.seasons = _first(lines, 3), _first(lines, 4), _first(
        lines, 6)
    raw.genres, raw.countries = _first_list(lines, 5), _first_list(lines, 7)
    return raw


def _first(lines: list[_Found], index: int) -> str | None:
    return next((value for line in lines if isinstance(value := line[index], str)), None)


def _first_list(lines: list[_Found], index: int) -> list[str]:
    """The list of the line that says the most, or of a line whose list holds it and more (a
    meta line's one genre, "Mystery", and a tags line's "Mystery | Adventure | Western")."""
    lists = [value for line in lines if isinstance(value := line[index], list) and value]
    first = lists[0] if lists else []
    return next((more for more in lists[1:]
                 if len(more) > len(first) and more[:len(first)] == first), first)


def _candidates(heading: Element) -> list[tuple[Element, bool]]:
    """Short blocks in the heading's container (beside it) and the one around that; none
    under a heading of its own (a labelled fact's value, an episode list's lines)."""
    blocks: list[tuple[Element, bool]] = []
    node = heading
    for level in range(_LEVELS):
        parent = node.getparent()
        if parent is None:
            break
        for sibling in parent:
            if sibling is node or not isinstance(sibling.tag, str) or _headed(sibling):
                continue
            blocks.extend((el, level == 0) for el in _unheaded_blocks(sibling))
        node = parent
    return blocks


_SUBHEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def _headed(element: Element) -> bool:
    """A block with a heading of its own, in a child or in an attribute (<rg-section
    heading="Episodes">, <ul aria-label="Genres">; a value's own label is no heading)."""
    named = element.get("heading") or element.get("aria-label")
    return any(child.tag in _SUBHEADINGS for child in element) or bool(named and len(element))


def _unheaded_blocks(top: Element) -> list[Element]:
    """The short blocks inside top (itself included), in page order, but those in a block that
    holds a subheading of its own: one walk that skips such blocks whole."""
    found: list[Element] = []
    stack = [top]
    while stack:
        element = stack.pop()
        if element is not top and len(element) and _headed(element):
            continue
        if _is_block(element) and _short(element) and not _holds_labels(element):
            found.append(element)
        stack.extend(child for child in reversed(element) if isinstance(child.tag, str))
    return found


def _is_block(element: Element) -> bool:
    return isinstance(element.tag, str) and (element.tag in _BLOCKS or is_custom(element))


def _holds_labels(block: Element) -> bool:
    """Detail rows, not a line: their labels would run into the values ("개요코미디")."""
    return next(block.iter("dt", "th"), None) is not None


def _short(block: Element) -> bool:
    return 0 < len(text_of(block)) <= _MAX_LINE and next(
        block.iter("h2", "h3", "h4", "p" if block.tag != "p" else "h5"), None
    ) is None


# year, date, runtime, certificate, kind, genres, seasons, countries
_Found = tuple[str | None, str | None, str | None, str | None, str | None, list[str], str | None,
               list[str]]


def _is_at(block: Element, place: Element | None) -> bool:
    return place is not None and (block is place or any(a is place for a in block.iterancestors()))


def _read(block: Element, beside: bool, next_to: bool = False) -> _Found | None:
    """Two or more parts known by their shape; right beside the heading, a line that is
    one such part alone ("2 hr 12 min", "TV-MA", a genre link). A line of slashes is also
    read split at them, and the reading that knows more wins ("<span>23 Mayıs 1933</span> /
    21dk / <a>Savaş</a>": the runtime is no child of its own)."""
    found = _known_parts(_parts(block) or ([block] if beside else []), next_to)
    text = text_of(block)
    if " / " not in text or len(pieces := _slashed(text)) < 2:
        return found
    by_text = {text_of(child): child for child in block if isinstance(child.tag, str)}
    split = _known_parts([by_text.get(squash(str(piece)), piece) for piece in pieces], next_to)
    return max((found, split), key=_said)


def _said(found: _Found | None) -> int:
    return sum(map(bool, found)) if found is not None else -1


def _known_parts(parts: list[Element | str], next_to: bool = False) -> _Found | None:
    year = date = runtime = certificate = kind = seasons = None
    genres: list[str] = []
    countries: list[str] = []
    known = genre_parts = unknown_words = 0
    foreign = False  # genres known only by a word of another language's list
    for part in [piece for whole in parts for piece in _slashed(whole)]:
        # the digits of other scripts as ASCII ones, for shapes written with \d and literal years
        text = ascii_digits(squash(part if isinstance(part, str) else text_of(part)))
        if year is None and _YEAR.fullmatch(text):
            year = _YEAR.fullmatch(text).group(1)  # type: ignore[union-attr]
        elif date is None and _DATE.fullmatch(text):
            date = _RELEASE_WORDS.sub("", text)
        elif runtime is None and is_runtime(_EPISODE.sub("", text)):
            runtime = _EPISODE.sub("", text)
        elif certificate is None and CERTIFICATE.fullmatch(text):
            certificate = text
        elif kind is None and _KINDS.fullmatch(text):
            kind = text
        elif seasons is None and (counted := _SEASONS.fullmatch(text)):
            seasons = counted.group(1) or counted.group(2)
        elif names := _genres(part, text):  # "Drama, Romance" split by the line's commas
            foreign = foreign or not _english(part, names)
            known += not genres
            genre_parts += 1
            genres += [name for name in names if name not in genres]
            continue
        elif places := countries_in(text):  # "China, South Korea" split by the line's commas
            known += not countries
            genre_parts += 1
            countries += [place for place in places if place not in countries]
            continue
        else:
            unknown_words += _WORDLIKE.fullmatch(text) is not None
            continue
        known += 1
    if foreign and unknown_words:  # "feliratos, háborús film, akciófilm": a list half read
        genres = []  # the line is still one (its genre words say so); the list is not read
    enough = known >= 2 or (known == 1 and (len(parts) == 1 or genre_parts == len(parts)))
    # in the block right after the heading, a runtime is the line's whatever its other parts
    # say ("ลึกลับ, ระทึกขวัญ | 11 นาที": genres in words no list holds)
    enough = enough or (next_to and known == 1 and runtime is not None)
    # and so is a year among three parts or more ("సినిమా • 1939 • 1గం 16ని • కామెడీ": a kind,
    # a runtime and genres in words no list holds)
    enough = enough or (next_to and known == 1 and year is not None and len(parts) >= 3)
    return (year, date, runtime, certificate, kind, genres, seasons, countries) if enough else None


def _slashed(part: Element | str) -> list[Element | str]:
    """A part of several values split by slashes ("印度 / 115分钟"), when one of them has a
    year's, a date's or a runtime's shape; else the part (a list: "Drama / Romance")."""
    text = squash(part if isinstance(part, str) else text_of(part))
    if " / " not in text:
        return [part]
    pieces = [piece for piece in text.split(" / ") if piece]
    digits = [ascii_digits(piece) for piece in pieces]
    if any(_YEAR.fullmatch(d) or _DATE.fullmatch(d) or is_runtime(_EPISODE.sub("", d))
           for d in digits):
        return list(pieces)
    return [part]


def _br_lines(block: Element) -> list[str]:
    """The lines of a block split by <br> ("原題：...<br>2002年製作／116分／R<br>配給：...")."""
    if next((child for child in block if child.tag == "br"), None) is None:
        return []
    return [line for line in line_texts(block) if line]


def _read_line(line: str) -> _Found | None:
    """One <br> line read as a hero line: only with separators, two parts known or more."""
    if not _SEPARATORS.search(line) or len(line) > _MAX_LINE:
        return None
    return _known_parts([part for part in _SEPARATORS.split(line) if part])


def _year_alone(block: Element) -> _Found | None:
    """A line that is only a year linked to the year's page ("<a href=/year/2017>2017</a>")."""
    found = _YEAR.fullmatch(text_of(block))
    links = [str(a.get("href") or "") for a in block.iter("a")]
    if found and len(links) == 1 and "year" in links[0].casefold():
        return found.group(1), None, None, None, None, [], None, []
    return None


def _parts(block: Element) -> list[Element | str]:
    text = text_of(block)
    if _SEPARATORS.search(text):
        return [part for part in _SEPARATORS.split(_line_text(block)) if part]
    if " / " in text and _WORDLIKE.fullmatch(text):
        return [text]  # "<span>Fantasy</span> / <span>Muziek</span>": one list, one part
    children = [child for child in block if isinstance(child.tag, str)]
    if len(children) >= 2:
        return list(children)
    return [part for part in _COMMAS.split(text) if part] if "," in text else []


_JOINERS = frozenset(",;/·•|(-–—:'’")


def _line_text(block: Element) -> str:
    """A line's text, a separator where two elements' texts touch with no space or separator
    between them ("<span>R</span><span>Animation, Crime • 1974</span>": a rating chip and
    the line)."""
    if len(block) == 0:
        return text_of(block)
    pieces: list[str] = []
    for piece in (str(t) for t in block.itertext()):
        end = pieces[-1][-1:] if pieces else ""
        if end and not end.isspace() and end not in _JOINERS and piece[:1].isalnum():
            pieces.append(" • ")
        pieces.append(piece)
    return squash("".join(pieces))


def _genres(part: Element | str, text: str) -> list[str]:
    """The genres a part names: linked, or every name a genre's (in another language only in a
    line's separated parts or its links: "ドラマ" or "드라마" alone over a title says it is a
    TV series, "muzyka" over a name in a grid of labels is the music's credit)."""
    names = [name for name in _LIST.split(text) if name]
    if not names:
        return []
    if _english(part, names):
        return names
    if (isinstance(part, str) or part.tag == "a") and all(
            genre_word(name) in _ANY_GENRES for name in names):
        return names
    # links only, one of them a genre's name in any language: a list of genres ("<a>悬疑</a>,
    # <a>犯罪</a>"), its other names ones no list holds
    if _links_only(part, names) and any(genre_word(name) in _ANY_GENRES for name in names) and all(
            _WORDLIKE.fullmatch(name) for name in names):
        return names
    # a list of words one of which is a genre: the genres, in the page's language beside
    # the words many languages share ("Fantasy / Muziek", "Drama, Komödie")
    if len(names) >= 2 and any(name.casefold() in _GENRES for name in names) and all(
            _WORDLIKE.fullmatch(name) for name in names):
        return names
    return []


def _links_only(part: Element | str, names: list[str]) -> bool:
    if isinstance(part, str):
        return False
    return [text_of(a) for a in part.iter("a")] == names


def _english(part: Element | str, names: list[str]) -> bool:
    """Genre links, or every name an English genre's."""
    linked = not isinstance(part, str) and any(
        "genre" in str(a.get("href") or "") for a in part.iter("a")
    )
    return linked or all(genre_word(name) in _GENRES for name in names)


_WORDLIKE = re.compile(r"[^\W\d_][^\d,;:()]{0,80}")
