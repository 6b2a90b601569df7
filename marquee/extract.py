"""The one place where parse + normalize + validate are assembled: page -> TitleRecord | Reject.

Parsers give the page's raw text; each field below normalizes one part of it.
Text the normalizers cannot read leaves the field null and is kept in `unparsed`
(FieldIssue) so it can be re-normalized later. A page that cannot become a valid
record becomes a Reject with a short, stable reason; nothing here raises on a bad page.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar
from urllib.parse import unquote

from pydantic import ValidationError

from marquee.errors import PageRejected
from marquee.items import FieldIssue, Reject, TitleRecord
from marquee.normalizers import clean_text, parse_count, parse_date, parse_money, parse_runtime
from marquee.normalizers.dates import PartialDate, months_unnamed, reads_quickly
from marquee.parsers import PARSER_VERSION, Layout, RawStreaming, RawTitle, parse_page
from marquee.parsers import related_title_urls as _related_title_urls
from marquee.parsers.facts import holds_score
from marquee.parsers.forms import CERTIFICATE
from marquee.parsers.learned import CHANNEL as LEARNED
from marquee.parsers.learned import RAW_ATTRIBUTE, STREAMING_PARTS, LearnedLayout

__all__ = ["extract", "field_value", "parser_version", "related_title_urls"]

T = TypeVar("T")

PARSER_ERROR = "parser error"
INVALID_RECORD = "invalid record"
NO_KIND = "no kind"
MISFIT = "a value of another kind"
_REQUIRED = frozenset({"source_id", "kind", "title", "url", "content_sha256", "layout"})
_SHOW_WORDS = re.compile(
    r"\b(?:show|series|serial|miniseries|mini-series|docuseries|sitcom|season|anime)\b"
)
_MOVIE_WORDS = re.compile(
    r"\b(?:movie|film|feature|short|documentary|motion picture|special|stand-up)\b"
)
_FIRST_NUMBER = re.compile(r"\d[\d,]*")
_YEAR = re.compile(r"(?<!\d)(?:18[7-9]\d|19\d\d|20\d\d|2100)(?!\d)")
_US_MARKER = re.compile(r"\((?:US|USA|U\.S\.A?\.?|United States)\)")
_HTML_SUFFIX = re.compile(r"\.html?$", re.IGNORECASE)
# ";jsessionid=..." (old app servers' path parameter) is no part of the slug
_SLUG_PATH = re.compile(r"/(?:movie|show|film|tv|series)/([^/?#;]+)(?:;[^/?#]*)?/?$", re.I)


def parser_version() -> str:
    return PARSER_VERSION


def related_title_urls(
    url: str, body: bytes, headers: Mapping[str, str] | None = None
) -> list[str]:
    """Absolute URLs of the /movie/... and /show/... pages the page links to."""
    return _related_title_urls(url, body, headers)


def extract(
    url: str,
    body: bytes,
    headers: Mapping[str, str] | None = None,
    *,
    fetched_at: dt.datetime | None = None,
    learned: Sequence[LearnedLayout] = (),
) -> TitleRecord | Reject:
    """One page to a valid record, or to a Reject saying why not. `learned`: locators
    learned from stored records (marquee.learn), read where no built-in reader finds a field."""
    sha = hashlib.sha256(body).hexdigest()

    def reject(reason: str, details: str | None, where: str = url) -> Reject:
        return Reject(where, reason, details, sha, PARSER_VERSION, fetched_at)

    try:
        raw = parse_page(url, body, headers, learned)
    except PageRejected as rejected:
        return reject(rejected.reason, rejected.details)
    except Exception as error:  # a parser bug costs this page, never the caller's run
        return reject(PARSER_ERROR, f"{type(error).__name__}: {error}")
    try:
        return _record(raw, sha, fetched_at)
    except PageRejected as rejected:
        return reject(rejected.reason, rejected.details, raw.url)
    except Exception as error:
        return reject(PARSER_ERROR, f"{type(error).__name__}: {error}", raw.url)


def field_value(name: str, raw_value: Any, *, kind: str, countries: list[str]) -> Any:
    """What a record holds for field `name` when a channel gives `raw_value` for it (the text,
    a list, or cast pairs); for "release_date", the pair (date, year). marquee.learn compares
    it with stored values."""
    if name in STREAMING_PARTS:
        return _streaming_part(name, raw_value)
    raw = RawTitle(url="", layout=Layout.UNKNOWN, title="", countries=countries)
    setattr(raw, RAW_ATTRIBUTE[name], raw_value)
    values = _values(raw, kind, _Issues())
    if name == "release_date":
        year = values["release_year"]
        return None if year is None else (values["release_date"], year)
    return values[name]


def _streaming_part(name: str, raw_value: Any) -> Any:
    """A part of the streaming block as the record holds it: the status line as (available,
    platform count), the services as names, the check date as a date."""
    if name == "streaming.platforms":
        return _names(list(raw_value))
    if name == "streaming.verified":
        verified = parse_date(raw_value) if isinstance(raw_value, str) else None
        return verified.to_date() if verified is not None and verified.day else None
    available = _available(raw_value) if isinstance(raw_value, str) else None
    count = _first_int(raw_value) if isinstance(raw_value, str) else None
    return None if available is None else (available, count)


# --- assembly --------------------------------------------------------------------------------


class _Issues(list[FieldIssue]):
    def add(self, field: str, raw: str | None, reason: str) -> None:
        self.append(FieldIssue(field=field, raw=raw or "", reason=reason))


def _record(raw: RawTitle, sha: str, fetched_at: dt.datetime | None) -> TitleRecord:
    issues = _Issues()
    data = _fields(raw, issues)
    data.update(
        url=raw.url,
        fetched_at=fetched_at,
        parser_version=PARSER_VERSION,
        content_sha256=sha,
        layout=raw.layout.value,
    )
    return _validated(data, issues)


def _fields(raw: RawTitle, issues: _Issues) -> dict[str, Any]:
    kind = _kind(raw)
    data = _values(raw, kind, issues)
    # text the page gives for a field but the normalizer cannot read stays null and reported:
    # another channel's value would hide that the page says something else
    unread = {issue.field for issue in issues if issue.reason != MISFIT}
    learned: list[str] = []
    for channel in raw.fallbacks:
        if channel.channel == LEARNED:
            _drop_costly_dates(channel)
        other = _values(channel, kind, _Issues())
        filled = _resolve(
            data, {k: v for k, v in other.items() if k not in unread}, channel.channel, issues
        )
        if channel.channel == LEARNED:
            learned = sorted(filled | _prefer(data, other, channel.preferred, issues))
    data.update(
        source_id=_source_id(raw.url, kind),
        kind=kind,
        title=clean_text(raw.title, keep_placeholders=True)
        or next((clean_text(c.title) for c in raw.fallbacks if clean_text(c.title)), None),
        unparsed=issues,
        learned=learned,
    )
    return data


def _values(raw: RawTitle, kind: str, issues: _Issues) -> dict[str, Any]:
    """The fields one channel gives, normalized."""
    countries = _names(raw.countries)
    release = _release(raw, issues)
    studios = _names(raw.studios or [])
    return {
        "tagline": clean_text(raw.tagline),
        "synopsis": clean_text(raw.synopsis),
        "audience_summary": clean_text(raw.audience_summary),
        "release_date": release[0],
        "release_year": release[1],
        "runtime_minutes": _normalized("runtime_minutes", raw.runtime, parse_runtime, issues),
        "content_rating": _certificate(raw.content_rating, issues),
        "user_rating_count": _normalized(
            "user_rating_count", raw.user_rating_count, parse_count, issues
        ),
        "genres": _names(raw.genres),
        "countries": countries,
        "studios": studios,
        "studios_total": _studios_total(raw, studios),
        "budget": _money("budget", raw.budget, countries, issues),
        "box_office": _money("box_office", raw.box_office, countries, issues),
        "imdb_id": raw.imdb_id,
        "trailer_url": _trailer(raw.trailer_id),
        "seasons": _seasons(raw, kind, issues),
        "streaming": _streaming(raw.streaming, issues, raw.language),
        "directors": _names(raw.directors),
        "writers": _names(raw.writers),
        "cast": _cast(raw.cast, issues),
    }


# a field the visible page gives wins; a fallback channel that gives another value for one of
# these is listed with the record's issues, so an operator sees the page disagree with itself
_COMPARED = ("release_date", "release_year", "runtime_minutes", "content_rating",
             "user_rating_count", "seasons", "imdb_id")  # fmt: skip


def _resolve(
    data: dict[str, Any], other: dict[str, Any], channel: str, issues: _Issues
) -> set[str]:
    """Fill the fields `data` lacks from another channel; note where both give and differ.
    Returns the fields filled."""
    filled: set[str] = set()
    for field, value in other.items():
        if value is None or value == []:
            continue
        mine = data[field]
        if field == "release_date" and data["release_year"] not in (None, value.year):
            issues.add(field, f"{channel}: {value}", "channels disagree")
        elif mine is None or mine == []:
            data[field] = value
            filled.add(field)
        elif field in _COMPARED and mine != value:
            issues.add(field, f"{channel}: {value}", "channels disagree")
    return filled


# a learned field that stands for more than one of the record's
_TOGETHER = {
    "release_date": ("release_date", "release_year"),
    "streaming": ("streaming",),
    "studios": ("studios", "studios_total"),
}
PREFERRED = "learned locator preferred"


def _prefer(
    data: dict[str, Any], learned: dict[str, Any], fields: frozenset[str], issues: _Issues
) -> set[str]:
    """The learned value of each field where its layout's built-in reading was measured wrong
    (marquee.learn); a different built-in value is listed, not lost. Returns fields taken."""
    taken: set[str] = set()
    for name in (part for field in fields for part in _TOGETHER.get(field, (field,))):
        value = learned.get(name)
        if value is None or value == [] or data[name] == value:
            continue
        if data[name] is not None and data[name] != []:
            issues.add(name, f"built-in: {data[name]}", PREFERRED)
        data[name] = value
        taken.add(name)
    return taken


def _validated(data: dict[str, Any], issues: _Issues) -> TitleRecord:
    """Validate; a bad optional field is nulled and reported, a bad required one rejects."""
    for _ in range(len(data)):
        try:
            return TitleRecord.model_validate(data)
        except ValidationError as error:
            bad = {str(item["loc"][0]) for item in error.errors() if item["loc"]}
            if not bad or bad & _REQUIRED:
                raise PageRejected(INVALID_RECORD, _summary(error)) from error
            for field in sorted(bad):
                issues.add(field, repr(data[field]), "invalid value")
                data[field] = TitleRecord.model_fields[field].get_default(call_default_factory=True)
            data["unparsed"] = issues
    raise PageRejected(INVALID_RECORD, "validation did not settle")


def _summary(error: ValidationError) -> str:
    return "; ".join(f"{'.'.join(map(str, item['loc']))}: {item['msg']}" for item in error.errors())


# --- one function per field ------------------------------------------------------------------


def _drop_costly_dates(channel: RawTitle) -> None:
    """Learned dates are read as marquee.learn judged their locators: cheaply, or not."""
    if not cheap_date(channel.release_date):
        channel.release_date = None
    streaming = channel.streaming
    if streaming is not None and not cheap_date(streaming.verified):
        channel.streaming = dataclasses.replace(streaming, verified=None)


def cheap_date(text: str | None) -> bool:
    """Read without dateparser, or short ("19 décembre 2002"): dateparser's search through a
    longer text (a hero line a learned locator reads) costs up to a tenth of a second."""
    return text is None or reads_quickly(text) or len(text.split()) <= 3


def _normalized(
    field: str, raw: str | None, normalize: Callable[[str], T | None], issues: _Issues
) -> T | None:
    """The normalized value; None for absent or placeholder text; unreadable text is reported."""
    text = clean_text(raw)
    if text is None:
        return None
    value = normalize(text)
    if value is None:
        issues.add(field, raw, f"unreadable {field.replace('_', ' ')}")
    return value


def _kind(raw: RawTitle) -> str:
    """From Type ("Movie", "TV Show", "Film", "Series") or, where the URL path does not say,
    the hero line's kind word; else the URL path, else schema.org's @type."""
    hero = next((c.kind for c in raw.fallbacks if c.kind), None)
    label = (clean_text(raw.kind or (hero if not raw.path_kind else None)) or "").casefold()
    if any(char.isdigit() for char in label):
        label = ""  # a print's format ("35mm film", "Format: 16mm"), no kind of title
    if _SHOW_WORDS.search(label) and not re.search(r"\b(?:movie|film)\b", label):
        return "show"
    if _MOVIE_WORDS.search(label) and not (raw.seasons and raw.path_kind == "show"):
        return "movie"  # "TV Movie", "TV Special"; not beside seasons under a show's path
    if re.search(r"\btv\b", label):
        return "show"
    kind = raw.path_kind or raw.jsonld_type
    if kind is None:
        raise PageRejected(NO_KIND, "no Type, title URL path or JSON-LD @type")
    return kind


def _certificate(raw: str | None, issues: _Issues) -> str | None:
    """The certificate as shown ("PG-13", "TV-MA", "12A"); a score ("8.1/10", "94%") is
    no certificate: a ratings widget's row, reported, and the field still to be found."""
    text = clean_text(raw)
    # "🛈 R": an icon's glyph before it; "+16" is an age sign, its plus no glyph
    if text is not None and not text[0].isalnum() and not text.startswith("+"):
        text = _without_leading_symbols(text)
    if text is not None and holds_score(text):
        issues.add("content_rating", raw, MISFIT)
        return None
    if text is not None and (reason := _REASON.fullmatch(text)):
        return reason.group(1)  # "PG-13 (Thematic Elements)": the board's reason is no rating
    if text is not None and (described := _DESCRIBED.fullmatch(text)) and CERTIFICATE.fullmatch(
            described.group(1)):
        return described.group(1)  # "PG-13 violence, language": the content's descriptors
    if text is not None and (dashed := _DASHED_NOTE.fullmatch(text)):
        return dashed.group(1)  # "PG-13 - Teens 13 or older", "R+ - Mild Nudity": what it means
    return text


# a short certificate and the reason the board gives in brackets after it
_REASON = re.compile(
    r"([^\s()]{1,8}(?: [^\s()]{1,5})?)\s+\((?:for [^()]+|[A-Za-z]+(?: [A-Za-z&,]+)+"
    # descriptors between bars or slashes: "TV-G (Language|Some Violence)"
    r"|[A-Za-z]{2,}(?: [A-Za-z]+)*(?:\s?[|/]\s?[A-Za-z]{2,}(?: [A-Za-z]+)*)+)\)")


# a certificate and, unbracketed, the content descriptors a streaming app shows after it
_DESCRIBED = re.compile(r"(\S{1,8})\s+([a-z]+(?:[ ,&/-]+[a-z]+)*)")


# a certificate, a spaced dash and what it means (MyAnimeList's "PG - Children")
_DASHED_NOTE = re.compile(rf"({CERTIFICATE.pattern}|[A-Z0-9][A-Za-z0-9+]{{0,4}}) [-–—] \S.*")


def _without_leading_symbols(text: str) -> str | None:
    """The text after the symbols and spaces that lead it (an emoji, an icon font's glyph)."""
    start = 0
    while start < len(text) and unicodedata.category(text[start])[0] in "SZ":
        start += 1
    return text[start:] or None


def _source_id(url: str, kind: str) -> str:
    """<kind>/<slug> from the canonical URL's path."""
    found = _SLUG_PATH.search(url.split("?", 1)[0].split("#", 1)[0])
    if found:
        path_kind = url[found.start() + 1 :].split("/", 1)[0].casefold()
        prefix = "show" if path_kind in {"show", "tv", "series"} else "movie"
        return f"{prefix}/{_slug(found.group(1))}"
    stem = _HTML_SUFFIX.sub("", url.rstrip("/").rsplit("/", 1)[-1].split("?", 1)[0])
    return f"{kind}/{stem or 'unknown'}"


def _slug(path_part: str) -> str:
    """ "am%C3%A9lie" and "amélie" are one slug; an escaped space or slash stays escaped."""
    if "%" not in path_part:
        return path_part
    text = unquote(path_part)
    return path_part if any(char.isspace() or char == "/" for char in text) else text


def _dates(
    language: str | None, order: str | None = None
) -> Callable[[str], PartialDate | None]:
    """parse_date, then, for what it leaves open, the page's language: "03.04.2026" on a
    German page is the 3rd of April (a page in English settles nothing). A page in a language
    whose months neither dateparser nor CLDR names is read with its language at once: read
    without it, another language's month word would be taken ("out", August in Haitian
    Creole, read as Portuguese October)."""
    hinted = language is not None and language != "en" and months_unnamed([language])

    def parse(text: str) -> PartialDate | None:
        if hinted:
            return parse_date(text, languages=[language or ""], date_order=order)
        if language is not None and language != "en" and (
                not text.isascii() or _MONTH_WORD.search(text)):
            # a month's word on the page is its language's ("ජූනි": Sinhala June, which
            # dateparser, guessing the language, reads as January; "24. listopada 2018." on a
            # Croatian page is October, guessed as Czech November)
            found = parse_date(text, languages=[language], date_order=order)
            if found is not None:
                return found
        found = parse_date(text, date_order=order)
        if found is None and language is not None and language != "en":
            found = parse_date(text, languages=[language], date_order=order)
        return found

    return parse


_MONTH_WORD = re.compile(r"[^\W\d_]{3,}")


def _release(raw: RawTitle, issues: _Issues) -> tuple[dt.date | None, int | None]:
    """The date when the page gives all of it; the year whenever it gives one: from the
    date, else from a date we cannot read whole ("03/04/1995", "Q4 2026", "2005–2013": the
    first year), else from the title heading ("Titanic (1997)")."""
    # a numeric date marked as the US's ("09/07/2017 (US)") is month first
    order = "MDY" if _US_MARKER.search(raw.release_date or "") else raw.date_order
    parsed = _normalized("release_date", raw.release_date, _dates(raw.language, order), issues)
    if parsed is not None:
        return parsed.to_date(), parsed.year
    year = _YEAR.search(raw.release_date or "") or _YEAR.search(raw.title_year or "")
    return None, int(year.group(0)) if year else None


def _names(values: list[str]) -> list[str]:
    return [text for text in map(clean_text, values) if text]


def _studios_total(raw: RawTitle, studios: list[str]) -> int | None:
    if raw.studios is None:
        return None
    shown = len(studios)
    return shown + raw.studios_more if shown or raw.studios_more else None


def _money(
    field: str, raw: str | None, countries: list[str], issues: _Issues
) -> dict[str, Any] | None:
    """A plain dict: the record validates it as MoneyValue in its own pass."""
    money = _normalized(field, raw, lambda text: parse_money(text, country=countries), issues)
    if money is None:
        return None
    return {"amount": money.amount, "currency": money.currency}


def _trailer(video_id: str | None) -> str | None:
    return f"https://www.youtube.com/watch?v={video_id}" if video_id else None


def _seasons(raw: RawTitle, kind: str, issues: _Issues) -> int | None:
    if kind != "show":
        return None
    return _normalized("seasons", raw.seasons, _season_count, issues)


_SEASONS_COUNT = re.compile(r"(\d+)\s*seasons?\b", re.IGNORECASE)
_SEASON_RANGE = re.compile(r"(\d+)\s*[–—-]\s*(\d+)")
_NUMBER_WORDS = dict(
    zip(
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen", "twenty"),
        range(1, 21),
        strict=True,
    )
)  # fmt: skip


def _season_count(text: str) -> int | None:
    """ "5", "5 seasons", "62 episodes (5 seasons)", "Season 5", "Seasons 1–5", "Five"."""
    counted = _SEASONS_COUNT.search(text)
    if counted:
        return int(counted.group(1))
    through = _SEASON_RANGE.search(text)  # seasons 1 through 5
    if through and int(through.group(1)) <= int(through.group(2)):
        return int(through.group(2))
    return _first_int(text) or _NUMBER_WORDS.get(text.strip().casefold())


def _first_int(text: str) -> int | None:
    found = _FIRST_NUMBER.search(text)
    return int(found.group(0).replace(",", "")) if found else None


def _streaming(
    raw: RawStreaming | None, issues: _Issues, language: str | None = None
) -> dict[str, Any] | None:
    """A plain dict: the record validates it as Streaming in its own pass."""
    if raw is None:
        return None
    verified = _normalized("streaming.verified_on", raw.verified, _dates(language), issues)
    count = _first_int(raw.count) if raw.count else None
    platforms = _names(raw.platforms)
    available = _available(raw.status)
    if available is None and (platforms or count):  # "Streaming on 2 platforms" and no status
        available = count != 0
    if (available is False and count is None) or (available, count, platforms) == (None, None, []):
        return None  # "not available" and nothing counted, or nothing at all: no block (spec)
    return {
        "available": available,
        "platform_count": count,
        "platforms": platforms,
        "verified_on": verified.to_date() if verified else None,
    }


_NOT_AVAILABLE = re.compile(
    r"\bnot\b|\bunavailable\b|\bno longer\b|\b0 (?:of|platforms?|services?)\b"
    # "No disponible", "Nicht verfügbar", "Non disponible", "Não disponível", "Niet beschikbaar"
    r"|\bno\b|\bnicht\b|\bnon\b|\bnão\b|\bniet\b|\bindisponib|\bnedostupn|\bniedostępn"
    # "at none of the N providers": kein-, geen, ikke, inte, aucun, ningún, nessun, nenhum, żaden
    r"|\bkein|\bgeen\b|\bikke\b|\binte\b|\baucun|\bningun|\bningún|\bnessun|\bnenhum"
    r"|\bżadn|\bžádn|\bни\b|\bнет\b|\bhiç"
    r"|불가|できません|ていません|されません|ありません|停止|终了|終了|不可|없습니다|没有|暂无|無し|なし"
)


def _available(status: str) -> bool | None:
    text = status.casefold()
    if not text:
        return None
    return not _NOT_AVAILABLE.search(text)


_STAR_SCORE = re.compile(r"\d(?:[.,]\d)?\s*(?:/\s*\d+\s*|out of \d+\s*)?stars?", re.I)


def _cast(credits: list[tuple[str, str | None]], issues: _Issues) -> list[dict[str, str | None]]:
    """Plain dicts: the record validates them as CastCredit in one pass. A name without a
    letter or a score in stars ("Stars: 5/5", "Stars: 4 stars", a critic's score under a
    label that also means the cast) is no actor: reported, not kept."""
    cast: list[dict[str, str | None]] = []
    for actor, character in credits:
        name = clean_text(actor)
        if name and (not any(char.isalpha() for char in name) or _STAR_SCORE.fullmatch(name)):
            issues.add("cast", actor, MISFIT)
        elif name:
            cast.append({"actor": name, "character": clean_text(character)})
    return cast
