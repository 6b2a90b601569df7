"""Directors and writers from credit lines and crew lists, where no labelled row gives them.

- A credit line: "Directed by A · Screenplay by B, C" (a role, "by", the names), parts split
  by a dot, a bar or a semicolon.
- A crew list: one person a row with their roles, "Domee Shi — Director, Writer",
  "Ada Ulloa · Screenplay", "Ada Ulloa (Director)": a row is read only when every word of its
  role part is a crew role, so "Al Pacino — Lt. Vincent Hanna" (a cast row) is not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

from marquee.parsers.dom import Element, lines_around, squash
from marquee.parsers.labels import APP_LABELS

_ROLE_FIELDS = {
    "director": "directors", "directors": "directors", "directed": "directors",
    "co-director": "directors", "writer": "writers", "writers": "writers",
    "written": "writers", "screenplay": "writers", "screenwriter": "writers",
    "teleplay": "writers", "story": "writers", "script": "writers", "scriptwriter": "writers",
    # the same jobs on localized pages (German, French, Spanish, Italian, Portuguese, Polish,
    # Czech, Dutch, Russian, Japanese, Chinese, Korean)
    "regie": "directors", "réalisation": "directors", "réalisateur": "directors",
    "dirección": "directors", "regia": "directors",
    "direção": "directors", "reżyseria": "directors", "režie": "directors",
    "режиссер": "directors", "режиссёр": "directors", "監督": "directors", "导演": "directors",
    "감독": "directors", "drehbuch": "writers", "scénario": "writers", "guion": "writers",
    "guión": "writers", "sceneggiatura": "writers", "roteiro": "writers",
    "scenariusz": "writers", "scénář": "writers", "scenario": "writers", "сценарий": "writers",
    "geregisseerd": "directors", "réalisé": "directors", "réalisée": "directors",
    "dirigida": "directors", "dirigido": "directors", "diretto": "directors",
    "diretta": "directors", "inszeniert": "directors", "regisserad": "directors",
    "geschreven": "writers", "écrit": "writers", "écrite": "writers", "escrita": "writers",
    "escrito": "writers", "scritto": "writers", "scritta": "writers", "geschrieben": "writers",
    "skriven": "writers", "yönetmen": "directors", "senarist": "writers", "senaryo": "writers",
    "ohjaaja": "directors", "käsikirjoitus": "writers", "instruktør": "directors",
    "manuskript": "writers", "regista": "directors", "sceneggiatore": "writers",
    "脚本": "writers", "编剧": "writers", "각본": "writers",
}  # fmt: skip
# and the apps' labels for the two jobs in some fifty languages ("đạo diễn", "감독", "במאי")
for _field in ("directors", "writers"):
    for _label in APP_LABELS.get(_field, ()):
        _ROLE_FIELDS.setdefault(_label, _field)
_OTHER_ROLES = frozenset(
    {
        "producer", "producers", "executive", "co-producer", "music", "composer",
        "cinematography", "cinematographer", "editor", "editing", "creator", "created",
        "casting", "design", "designer", "production", "sound", "costume", "by", "and", "&",
        "assistant", "photography", "of", "art", "second", "unit", "associate", "novel",
        "based", "on", "co-writer", "co-writers",
        # more of a crew list's jobs (anime staff, disc and store credits)
        "storyboard", "animation", "animator", "composition", "vfx", "stunts", "makeup",
        "decorator", "lighting", "camera", "lyricist", "lyrics", "arranger", "orchestrator",
        "choreographer", "choreography", "translation", "dubbing", "colorist", "graphics",
        "illustrator", "post-production", "showrunner", "cgi", "in-between", "montage",
        # localized: camera, music, producer, editing, production, sound
        "kamera", "musik", "produzent", "produzentin", "schnitt", "produktion", "ton",
        "musique", "producteur", "productrice", "photographie", "música",
        "productor", "productora", "fotografía", "montaje", "musica", "produttore", "fotografia",
        "montaggio", "produtor", "muzyka", "producent", "zdjęcia", "montaż", "hudba", "střih",
        "produkce", "muziek", "оператор", "композитор", "продюсер", "撮影", "音楽",
        "製作", "編集", "摄影", "音乐", "制片", "剪辑", "촬영", "음악", "제작", "편집",
        "yapımcı", "müzik", "görüntü", "kurgu", "tuottaja", "kuvaus", "musiikki", "leikkaus",
        "musikk", "fotograf", "klip", "musiche", "montatore",
    }
)  # fmt: skip
# words of a crew job that may also be a character's whole name ("Operator", "The Chief"):
# crew words only beside a job word ("Camera Operator", "Chief Animation Director")
_JOB_MODIFIERS = frozenset(
    {
        "key", "character", "series", "visual", "effects", "stunt", "supervisor", "supervising",
        "coordinator", "hair", "set", "decoration", "operator", "mixer", "recording", "theme",
        "song", "songs", "score", "original", "line", "manager", "location", "translator",
        "color", "colour", "graphic", "concept", "artist", "chief", "planning", "consultant",
        "technical", "advisor", "adviser", "publicity", "development", "creative", "head",
        "senior", "lead", "first", "special", "background", "layout", "3d", "2d", "finishing",
        "yönetmeni",  # "Görüntü Yönetmeni": the director of photography, no director
    }
)  # fmt: skip
# "Directed by", and the same on localized pages: "geregisseerd door", "réalisé par",
# "dirigida por", "diretto da", "inszeniert von", "regi av"
_CREDIT_PART = re.compile(
    r"([^\W\d_][^\W\d_ -]*(?: [^\W\d_-]+){0,3}?)\s+(?:by|door|par|por|da|von|av|af|przez)"
    r"\s*:?\s+(.+)",
    re.IGNORECASE,
)
_BY = re.compile(r"\s(?:by|door|par|por|da|von|av|af|przez)\s", re.IGNORECASE)
_PARTS = re.compile(r"\s+[·•|]\s+|\s*;\s*")
_ROW = re.compile(r"(.{2,60}?)\s+(?:[—–·|]|-{1,2})\s+(.{2,80})|(.{2,60}?)\s+\(([^()]{2,60})\)")
_NAMES = re.compile(r"\s*(?:,|\s&\s|\band\b)\s*")
_ROLE_SPLIT = re.compile(r"[\s,/&]+")
_PHRASES = re.compile(r"\s*(?:,|/|&|\band\b)\s*")
_MAX_LINE = 300
_ROW_TAGS = frozenset({"li", "p", "div", "dd", "td"})  # a row, not the span of its role
# a div: a component's card, <rg-credit>; a link, an article or a figure: a person's card
_CARD_TAGS = frozenset({"li", "tr", "div", "a", "article", "figure"})
_MAX_NAME = 80
_CARD_DEPTH = 3


def crew(named: Sequence[Element]) -> dict[str, list[str]]:
    """{"directors": [...], "writers": [...]} from credit lines, else crew list rows; all read
    around the elements whose text names a director's or a writer's role (ROLE_WORDS)."""
    if not named:
        return {}
    lines = lines_around(named, _MAX_LINE, _ROW_TAGS)
    return _credit_lines(lines) or _crew_rows(lines, named)


# words of texts that name a role: "Directed by", "Written by", "Screenplay", "Story by"
_STEMS = ("irect", "rit", "creenplay", "eleplay", "tory", "IRECT", "RIT", "egisse", "éalis",
          "irigid", "iretto", "nszen", "eschr", "crit", "skriv", "egi")  # fmt: skip


def _role_stem(role: str) -> str:
    """A role's word as found in a page's text, whatever its first letter's case."""
    return role[1:] if role != role.upper() and len(role) > 3 else role


# and the other roles' words no stem finds ("감독", "режиссёр", "sutradara")
ROLE_WORDS = _STEMS + tuple(sorted({
    _role_stem(role) for role in _ROLE_FIELDS if not any(stem in role for stem in _STEMS)}))


def _credit_lines(lines: list[tuple[Element, str]]) -> dict[str, list[str]]:
    credits: dict[str, list[str]] = {}
    for _, text in lines:
        if not _BY.search(text) and not text.startswith("By "):
            continue
        for part in _PARTS.split(text):
            found = _CREDIT_PART.fullmatch(part.strip())
            role = _field_of(found.group(1)) if found else None
            if found and role is not None:
                names = [squash(n) for n in _NAMES.split(found.group(2)) if n.strip()]
                if not all(map(looks_like_name, names)):
                    continue  # "Directed by X after years of research, ...": prose
                credits.setdefault(role, [])
                credits[role] += [n for n in names if n not in credits[role]]
    return credits


PARTICLES = frozenset({"de", "da", "del", "della", "van", "von", "der", "den", "la", "le", "du",
                        "bin", "al", "el", "y", "e", "di", "dos", "das"})  # fmt: skip
_MAX_NAME_WORDS = 5


def looks_like_name(text: str) -> bool:
    """A person's name: a few capitalised words (particles aside), no digits, no clause."""
    words = text.split()
    return (
        0 < len(words) <= _MAX_NAME_WORDS
        and not any(char.isdigit() or char in ",;:!?" for char in text)
        and all(w[0].isupper() or w in PARTICLES for w in words)
        and (not text.endswith(".") or len(words[-1]) <= 3)  # "Jr.", "Sr.", an initial
    )


def _field_of(role_text: str) -> str | None:
    if (whole := role_text.casefold().strip()) in _ROLE_FIELDS:  # "đạo diễn", "skrevet af"
        return _ROLE_FIELDS[whole]
    words = [w for w in _ROLE_SPLIT.split(role_text.casefold()) if w]
    fields = {_ROLE_FIELDS[w] for w in words if w in _ROLE_FIELDS}
    unknown = [w for w in words if w not in _ROLE_FIELDS and w not in _OTHER_ROLES]
    return fields.pop() if len(fields) == 1 and not unknown else None


def _crew_rows(lines: list[tuple[Element, str]], named: Sequence[Element]) -> dict[str, list[str]]:
    credits: dict[str, list[str]] = {}
    for name, roles in [*_one_line_rows(lines), *_card_rows(named)]:
        if not looks_like_name(name):
            continue
        for field in _role_fields(roles):
            credits.setdefault(field, [])
            if name not in credits[field]:
                credits[field].append(name)
    return credits


def _one_line_rows(lines: list[tuple[Element, str]]) -> list[tuple[str, str]]:
    """ "Domee Shi — Director, Writer", "Ada Ulloa (Director)": name and roles in one line."""
    rows = []
    for _, text in lines:
        if found := _ROW.fullmatch(text):
            name, roles = found.group(1) or found.group(3), found.group(2) or found.group(4)
            rows.append((squash(name), roles))
    return rows


def _card_rows(named: Sequence[Element]) -> list[tuple[str, str]]:
    """<li><p><a>Ada Ulloa</a></p><p>Director</p></li>: a row of two texts, a name and roles,
    looked for around the texts that name a role."""
    rows = []
    seen: set[Element] = set()
    for owner in named:
        row: Element | None = owner
        for _ in range(_CARD_DEPTH):  # up to the card holding the name beside the role
            while row is not None and row.tag not in _CARD_TAGS:
                row = row.getparent()
            if row is None or row in seen:
                break
            seen.add(row)
            # three parts tell as much as all: a name and roles are exactly two
            texts = (part for part in (squash(str(t)) for t in row.itertext()) if part)
            parts = list(islice(texts, 3))
            if len(parts) >= 2:
                if len(parts) == 2 and max(map(len, parts)) <= _MAX_NAME:
                    rows.append((parts[0], parts[1]))
                break
            row = row.getparent()
    return rows


def is_crew_role(text: str) -> bool:
    """Every word of the text is a crew role's ("Director", "Executive Producer, Writer"):
    a crew member's line, no character a cast member plays."""
    if text.casefold().strip() in _ROLE_FIELDS:  # a role of two words or more ("biên kịch")
        return True
    words = [w for w in _ROLE_SPLIT.split(text.casefold()) if w]
    jobs = [w for w in words if w in _ROLE_FIELDS or w in _OTHER_ROLES]
    return bool(jobs) and all(w in _JOB_MODIFIERS for w in words if w not in jobs)


def _role_fields(roles: str) -> list[str]:
    """The fields a role part names ("Director, Writer"), or none when a word of it is no
    crew role (a character's name). A role is read whole: a "Casting Director" or an
    "Assistant Director" is no director, a "Director of Photography" neither."""
    if not is_crew_role(roles):
        return []
    phrases = [p.strip() for p in _PHRASES.split(roles.casefold()) if p.strip()]
    return list(dict.fromkeys(_ROLE_FIELDS[p] for p in phrases if p in _ROLE_FIELDS))
