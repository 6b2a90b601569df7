"""Field readers both layouts share: canonical URL, links, lists, credits, cast, streaming."""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urljoin, urlsplit

from lxml import etree

from marquee.normalizers.dates import parse_date
from marquee.normalizers.text import is_placeholder
from marquee.parsers.crew import PARTICLES, is_crew_role, looks_like_name
from marquee.parsers.dom import (
    Element,
    Headings,
    find_heading,
    find_section,
    heading_block,
    heading_matcher,
    in_chrome,
    own_container,
    section_for,
    squash,
    text_of,
    xpath_strings,
)
from marquee.parsers.facts import (
    EPISODES,
    Fact,
    is_other_topic,
    without_full_stop,
    without_more,
)
from marquee.parsers.forms import FULL_DATE
from marquee.parsers.jsonld import JsonObject, string_value
from marquee.parsers.labels import SYNOPSIS_HEADINGS, field_for
from marquee.parsers.raw import RawStreaming

_TITLE_PATH = re.compile(r"^/(movie|show|film|tv|series)/([^/?#]+)/?$", re.IGNORECASE)
_TITLE_PATH_END = re.compile(r"/(movie|show|film|tv|series)/[^/?#;]+/?$", re.IGNORECASE)
_PATH_KINDS = {"movie": "movie", "film": "movie", "show": "show", "tv": "show", "series": "show"}
_IMDB = re.compile(r"\b(tt\d{5,10})\b")
_OLD_IMDB = re.compile(r"/Title\?(\d{7,8})\b", re.IGNORECASE)
CHROME_IDS = frozenset({"header", "footer", "top", "nav", "menu", "masthead", "site-header"})
_YOUTUBE = re.compile(
    r"(?:youtube(?:-nocookie)?\.com/(?:embed/|watch\?(?:.*&)?v=|v/|shorts/)|youtu\.be/)"
    r"([A-Za-z0-9_-]{11})"
)
# embed paths that fit an id's shape but are a playlist or a channel's live stream
_NOT_VIDEOS = frozenset({"videoseries", "live_stream"})
_NOTE = re.compile(r"\s*[\(\[][^)\]]*[\)\]]")
_COMPANY_SUFFIX = re.compile(
    r"(?:inc|ltd|llc|llp|l\.?p|plc|corp|co|gmbh|ag|s\.?a|s\.?p\.?a|s\.?a\.?s|sarl|b\.?v|n\.?v"
    r"|pty\.? ltd|pvt\.? ltd|limited|incorporated|corporation)\.?",
    re.IGNORECASE,
)
_NAME_SPLIT = re.compile(r"\s*(?:,|،|、|，|;|\s&\s|\band\b|\s/\s)\s*")  # the lists' commas too
# ، Arabic, 、， CJK commas; a middle dot between two letters is a word's (Catalan "Bèl·lic")
# ... and never inside brackets ("Umar Novak (Bruno / Elif)": one credit, two characters)
_LIST_SPLIT = re.compile(
    r"\s*(?:,|،|;|\||(?<![^\W\d_])·|·(?![^\W\d_])|•|\s/\s|、|，)\s*(?![^()（）]*[)）])")
_QUOTES = "\"'“”„‟«»‘’‚‹›「」"
# "(2 platforms)"; on localized pages "5 plataformas", "7 Anbietern", "7개 서비스", "3つのサービス"
_COUNT = re.compile(
    r"\(?\s*\d[\d,]*\s+(?:[a-z]+\s+)?(?:platforms?|services?|providers?|options?"
    r"|plataformas?|plateformes?|\w*plattformen?|\w*anbieter[ns]?|\w*diensten?|\w*dienste"
    r"|servi[cç]os?"
    r"|servizi|piattaforme|serwis(?:ach|ów|y)|platform(?:ach|ów|y)|služb(?:ách|y|a))\s*\)?"
    r"|\d+\s*(?:개|つの|件の)?\s*(?:配信)?\s*(?:서비스|플랫폼|サービス|社|个平台|家平台)",
    re.IGNORECASE,
)
# the words of a "last verified" line, written once: the cheap hint and the date's pattern
_VERIFIED_WORDS = (
    r"verified|checked|updated|as of|última comprobación|actualizado|vérifié|mis à jour"
    r"|\bstand\b|aggiornato|verificado|geprüft|aktualizováno|aktualizacja|bijgewerkt|atualizado"
    r"|uppdaterad|opdateret|oppdatert|päivitetty|güncellendi|обновлено|zuletzt"
)
_VERIFIED = re.compile(
    rf"(?:{_VERIFIED_WORDS})(?:\s+(?:on|op|le|am|el|em|il|den|på))?\s*:?\s*(\w.*)$"
    r"|(\d{4}\s*[./年-]\s*\d{1,2}\s*[./月-]\s*\d{1,2}\s*日?)\s*(?:기준|時点|现在|更新)",
    re.IGNORECASE,
)
_VERIFIED_HINT = re.compile(rf"(?i:{_VERIFIED_WORDS}|comprobaci|기준|時点)")
# the status line, in English and on localized pages ("No disponible actualmente en",
# "Verfügbar bei", "7개 서비스에서 시청 가능", "配信中")
_AVAILABILITY = re.compile(
    r"\bavailable\b|\bunavailable\b|\bnot (?:currently )?streaming\b|\bno streaming\b"
    r"|\b(?:in)?disponibles?\b|\bverfügbar\b|\bdisponibile\b|\bdisponível\b|시청 (?:가능|불가)"
    r"|\b(?:ne)?dostupn[éáýí]\b|\b(?:nie)?dostępn[yae]\b"
    r"|配信(?:中|なし|停止|され(?:て(?:い|おり)|ま))|視聴(?:でき(?:ます|ません)|可能|不可)",
    re.IGNORECASE,
)
# a cheap test before the status regex, one pattern (a generator of `in` tests costs more)
# a date's label ("Available until", "Available from May 2"), no availability of the title
_NOT_STATUS = re.compile(
    r"available (?:until|from|since|through|till|by)\b|\bexpires?\b"
    # what the title comes in, not where: "Available in: Dolby Atmos, 5.1", "Available in 4K",
    # "Available versions" (sites61: a streaming service's own page)
    r"|available in\s*(?::|$)|available in (?:hd|4k|uhd|sd|dolby|hdr)\b"
    r"|available (?:versions?|languages?|formats?|audio|subtitles?|qualit)"
)


def _labels_a_date(element: Element) -> bool:
    """ "<span>Available on STARZ</span> <strong>01/01/2013</strong>": the label of the day
    the title came to a service, no availability of it now; "Available on meWATCH:
    22/02/2021" in one element, the same."""
    own = text_of(element)
    if ":" in own and FULL_DATE.fullmatch(own.rpartition(":")[2].strip()) is not None:
        return True
    following = element.getnext()
    value = text_of(following) if following is not None else squash(element.tail or "")
    return FULL_DATE.fullmatch(value) is not None


# the one word alone, a feature's value ("Closed Captions: Available"), when no providers are
# around it: the title's availability says where, or that it streams
_BARE_AVAILABLE = re.compile(r"\s*(?:available|unavailable|not available)\s*\.?\s*")
_STATUS_WORDS = re.compile("available|stream|dispon|verfügbar|dostup|dostęp|시청|配信|視聴")
_NOT_FOUND = re.compile(
    r"(?:couldn.?t|could not|can.?t|cannot) find|not found|\b404\b|does(?:n.?t| not) exist"
    r"|no longer available",
    re.IGNORECASE,
)
_SYNOPSIS = heading_matcher(
    r"^(?:about\b|overview$|synopsis(?:$| by\b)|plot\b|storyline$|summary$|story$"
    r"|program(?:me)? (?:information|info)$"
    # the same word in the languages of the sites we read: German, French, Spanish, Italian,
    # Portuguese, Polish, Russian, Korean, Japanese, Chinese
    r"|handlung$|inhalt$|r[ée]sum[ée]$|sinopsis$|argumento$|trama$|sinossi$|enredo$"
    r"|fabu[łl]a$|opis$|obsah$|děj$|сюжет$|описание$|sinopse$|synopsis$|samenvatting$"
    r"|inhaltsangabe$"
    r"|inhoud$|özet$|konu$|handling$|juoni$|tartalom$|περίληψη$|sinopsi$|streszczenie$)"
    # CJK headings put the title first ("《X》的剧情简介 · · ·", "解説・あらすじ")
    r"|剧情|劇情|简介|簡介|あらすじ|줄거리|作品解説|解説"
    r"|^(?:" + "|".join(re.escape(word) for word in SYNOPSIS_HEADINGS) + ")$"
    r"|^เรื่องย่อ$|^cselekmény$|^tartalom$"  # Thai, Hungarian
)
_AUDIENCE = heading_matcher(
    r"(?:viewers|audiences?|people|fans).{0,12}\b(?:say|think)"
    r"|(?:audience|viewer|user)s?\W+(?:says|summary|verdict|consensus)"
    # the same in the languages of the localized labels: "Was Zuschauer sagen", "Ce que
    # disent les spectateurs", "O que o público diz", "Wat kijkers zeggen", "Co říkají diváci"
    r"|(?:zuschauer|publikum|spectateurs|public|público|pubblico|espectadores|widzowie|diváci"
    r"|зрители|kijkers|izleyici|観客|观众|관객)\w*.{0,20}(?:sagen|meinen|disent|pensent|dit|dicen"
    r"|opinan|diz|dizem|dicono|mówią|říkají|говорят|zeggen|diyor|の声|说|말)"
    r"|(?:sagen|disent|dicen|dizem|dicono|mówią|říkají|говорят|zeggen).{0,20}(?:zuschauer"
    r"|spectateurs|público|pubblico|espectadores|widzowie|diváci|зрители|kijkers)"
    r"|感想まとめ|観た人の感想|観客の声|視聴者の声|观众(?:怎么说|评价)|관객\s?(?:평|반응)|시청자\s?반응"
    # the audience's opinion: "L'avis des spectateurs", "La opinión del público"
    r"|(?:avis|opinion|opinión|opinião|parere|meinung|mening|názor|opinia)\W+\w{0,4}\W*"
    r"(?:spectateurs|public|público|pubblico|espectadores|zuschauer|publikum|widzów|diváků)"
)
# weaker: a page of individual reviews, taken only when no summary heading is there
_AUDIENCE_REVIEWS = heading_matcher(r"(?:audience|viewer|user)s?\W+(?:reviews?|reactions?)")
_CAST = heading_matcher(
    r"^(?:[a-z-]+ ){0,3}cast\b|^starring\b|^actors\b|^actresses\b|^actors and actresses\b"
    r"|^(?:the )?stars$|^performers$"
    # a French, Spanish or Italian page's cast heading, "Casting complet" (the whole cast) too;
    # an English "Casting" row or "Casting by" line is the crew's
    r"|^casting$|^casting (?!director|by\b)[^\W\d_]+$"
    r"|^演职员|^演職員|^演职人员|^キャスト|^출연진|^出演者"
    r"|^(?:characters (?:&|and) )?voice (?:actors|cast)\b"  # MyAnimeList's, a dub's cast
)
# a cast list shown without a heading (a tab panel, a shelf): named by its id or test id
_CAST_ID = re.compile(r"(?:^|[-_ ])cast(?:$|[-_ ])", re.IGNORECASE)
_LIST_SEPARATORS = frozenset(",;·|/•")
_NO_CHARACTER = frozenset(
    {"actor", "actress", "performer", "cast", "cast member", "演员", "演員", "俳優", "배우",
     "actriz", "attore", "attrice", "ator", "atriz", "schauspieler", "schauspielerin", "acteur",
     "actrice", "aktor", "aktorka", "herec", "herečka", "актёр", "актер", "актриса", "oyuncu"}
)  # fmt: skip
# a "See full cast & crew" card at the end of the list is a link, not a credit
_ROLE_HINT = re.compile(r"character|role", re.IGNORECASE)
_ACTOR_HINT = re.compile(r"actor|performer|person|(?<![a-z])name", re.IGNORECASE)
_CREW = heading_matcher(
    r"^(?:the |full )?(?:crew|directors?|writers?|producers?|music|cinematography|editing"
    r"|production|camera|sound)\b|\bcrew$"
)
# "Cinematography: Dana Reyes" in a cast list is a crew line
_CREW_ROLE = re.compile(
    r"(?:original |additional )?(?:cinematograph\w*|director of photography|edit(?:or|ing)|music"
    r"|composer|(?:executive )?producers?|production design(?:er)?|costumes?(?: design(?:er)?)?"
    r"|casting|sound)(?: by)?",
    re.IGNORECASE,
)
_MORE_CAST = heading_matcher(
    r"^(?:supporting|additional|more|other|guest|recurring|also)\b.{0,20}\b(?:cast|starring|stars)\b"
    r"|^also starring\b|^guest stars?\b"
)
_MORE_ROW = re.compile(r"\W*(?:more|see (?:more|all)|view all)\W*", re.IGNORECASE)
_SEE_ALL = re.compile(r"^(?:see|view|show|browse)\b.*\b(?:cast|crew|all|more)\b", re.I)
_TRAILER = heading_matcher(r"\btrailers?\b")
# embeds that are not the trailer: first under the trailer heading, then any other but these
_CLIP = re.compile(r"\b(?:clips?|featurettes?|behind the scenes|interviews?|b-roll)\b", re.I)
_EPISODE = heading_matcher(EPISODES)
# short facts joined by separators, with no sentence end
_META_LINE = re.compile(r"^[^.!?…]{0,80}\s[·•|]\s[^.!?…]{0,80}$")
# a list's last item that opens the rest: "+3 more", "+3", "See all"
_MORE_CHIP = re.compile(
    r"(?:\+\s*\d+|\d+\s+more)(?:\s+more)?(?:\s+\w+)?|(?:see|show|view)\s+(?:all|more)\b.*", re.I
)
# what follows a provider's name in its chip: a price, a quality, an offer
# "not available" in the languages of the status words: a provider's own note
_NOT_ON = (
    r"(?:currently )?(?:not|nicht|non|no|niet|ei|inte|ikke|nie) (?:available|verfügbar"
    r"|disponible|disponibile|beschikbaar|saatavilla|tillgänglig|tilgængelig|tilgjengelig"
    r"|dostępny)|unavailable|indisponible|indisponível|недоступно"
)
# rental and purchase in the languages of the status words: a provider's badge, and the heading
# of a where-to-watch block's Rent and Buy segments
_PAID = (
    r"rent|buy|leihen|kaufen|location|achat|alquiler|compra|aluguel|noleggio|acquisto"
    r"|wypożyczenie|zakup|půjčovna|koupě|huren|kopen|аренда|покупка|レンタル|購入|대여|구매"
)
_BADGE = re.compile(
    r"[$€£]\s?\d[\d.,]*|\d[\d.,]*\s?[$€£]|4k|uhd|hd|sd|hdr\w*|dolby.*|(?:free )?with ads|free|ads"
    r"|\(.*\)|subscription|included|(?:with )?(?:a )?subscription|ad-supported"
    # the offer's other kinds in the same languages: subscription, free, ended ("見放題",
    # "配信終了", "Abo", "подписка")
    r"|abo|flatrate|abonnement|gratuit|suscripci[óo]n|gratis|assinatura|abbonamento|abonament"
    r"|předplatné|подписка|бесплатно|見放題|無料|配信終了|定額|会员|付费|免费|정액제|무료"
    r"|" + _PAID + r"|" + _NOT_ON,  # a provider's own "not available" note
    re.IGNORECASE,
)
_RENT_OR_BUY = re.compile(r"\b(?:rent|rental|buy|purchase)\b", re.IGNORECASE)
_WATCH_VERB = re.compile(
    r"^(?:watch|stream|open|play|view|go to)(?: (?:it|now|free))?\s+(?:on|in|with|at)\s+", re.I
)
_LOGO_SUFFIX = re.compile(r"\s+logo$", re.IGNORECASE)
_WATCH_ID = re.compile(r"watch|stream", re.IGNORECASE)
_REWORDED_STATUS = re.compile(r"\b(?:stream(?:ing)?|watch)\b.*\b(?:on|at|with|anywhere)\b", re.I)
# "as" between an actor and the character, in the languages of labels._LOCALIZED too
_AS_WORDS = ("as", "como", "comme", "als", "come", "nel ruolo di", "dans le rôle de", "jako",
             "w roli", "в роли", "som", "sem", "역")
_NOT_NAMES = frozenset({*_AS_WORDS, "...", "…", "-"})
_JOINING_WORD = re.compile(r"[^\W\d_A-Z]{1,6}")  # one short lower-case word
_LATIN = "A-Za-z\u00c0-\u024f"
_AS = re.compile(
    r"\s(?:" + "|".join(_AS_WORDS[:-1]) + r")\s"
    # "Tom Hanks בתפקיד Forrest", "Tom Hanks في دور Forrest": names in Latin letters, the word
    # between them in another script says "as" in a language no list names
    rf"|(?<=[{_LATIN}])\s+[^\W\d_{_LATIN}]+(?:\s+[^\W\d_{_LATIN}]+){{0,2}}\s+(?=[{_LATIN}])"
)
# the words of another script before a character in Latin letters ("في دور Yusuf")
_OTHER_SCRIPT_LEAD = re.compile(
    rf"[^\W\d_{_LATIN}]+(?:\s+[^\W\d_{_LATIN}]+){{0,2}}(?:\s+|\s*([:：])\s*)(?=[{_LATIN}])")
# a role word, then the character after "plays" in brackets (Douban: "演员 (饰 Rosa)")
_PLAYS = re.compile(r"(?:\S{1,12}\s*)?[(（]\s*(?:饰|飾|as|als|como|comme)\s+(.+)[)）]")
_AS_LEAD = re.compile(
    r"(?:" + "|".join(_AS_WORDS[:-1]) + r"|role:?|rôle\s*:|rol:|ruolo:|papel:|rolle:)\s+",
    re.IGNORECASE)
_TABLE_CELLS = frozenset({"td", "th"})
_BLOCK_CELLS = frozenset({"p", "h3", "h4", "h5", "h6"})
_INLINE_CELLS = frozenset({"span", "div", "strong", "b", "em", "small", "a"})
_STATUS_TAGS = ("span", "div", "p", "strong", "b", "em", "h2", "h3", "h4", "li", "small")
_STATUS_TAG_SET = frozenset(_STATUS_TAGS)
_VERIFIED_TAGS = frozenset({"p", "span", "div", "small", "time"})


def canonical_url(
    root: Element, url: str, jsonld: JsonObject | None, linked: str | None = None
) -> str:
    """link rel=canonical, else og:url (`linked`, when already read), else JSON-LD url, else
    the URL we were given."""
    linked = linked or linked_url(root, url)
    if linked:
        return linked
    from_jsonld = string_value(jsonld, "url") if jsonld is not None else None
    if from_jsonld:
        return _joined(_document_base(next(root.iterchildren("head"), None), url), from_jsonld)
    return url


def linked_url(root: Element, url: str) -> str | None:
    """The page's link rel=canonical, else its og:url, absolute; None when it has neither."""
    head = next(root.iterchildren("head"), None)
    # a canonical link among the head's children settles it without the whole-page walk
    candidates = _url_candidates(head.iterchildren("link")) if head is not None else []
    if not any(candidate.strip() for candidate in candidates):
        candidates = _url_candidates(root.iter("link", "meta"))
    for candidate in candidates:
        if candidate.strip():
            return _joined(_document_base(head, url), candidate.strip())
    return None


def _document_base(head: Element | None, url: str) -> str:
    """What relative links resolve against: the head's <base href> (saved pages keep the
    site's), else the page's own URL."""
    base = next(head.iterchildren("base"), None) if head is not None else None
    href = str(base.get("href") or "").strip() if base is not None else ""
    return urljoin(url, href) if href else url


_PLAIN_ABSOLUTE = re.compile(r"https?://[^/?#;\s][^?#;\s]*")


def _joined(base: str, href: str) -> str:
    """urljoin(base, href), without its two parses (~2.5 µs) for the usual canonical link: an
    absolute http(s) URL with no query, fragment, params or whitespace, which it returns as is."""
    return href if _PLAIN_ABSOLUTE.fullmatch(href) else urljoin(base, href)


def _url_candidates(elements: Iterable[Element]) -> list[str]:
    """hrefs of link rel=canonical, then contents of meta property=og:url, in page order."""
    canonical: list[str] = []
    og_url: list[str] = []
    for element in elements:
        if element.tag == "link":
            if "canonical" in str(element.get("rel") or "").casefold().split():
                canonical.append(str(element.get("href") or ""))
        elif element.get("property") == "og:url":
            og_url.append(str(element.get("content") or ""))
    return canonical + og_url


def path_kind(url: str) -> str | None:
    """ "movie" or "show" from the title path, also at the end of an archived copy's URL
    (web.archive.org/web/2010.../https://site/movie/titanic)."""
    found = _TITLE_PATH_END.search(urlsplit(url).path)
    return _PATH_KINDS[found.group(1).casefold()] if found else None


TITLE_HINT = re.compile(r"(?:^|/)(?:movie|show|film|tv|series)/", re.IGNORECASE)


def is_title_path(path: str) -> bool:
    return _TITLE_PATH.match(path) is not None


def related_urls(root: Element, page_url: str) -> list[str]:
    """Absolute URLs of the other /movie/... and /show/... pages this page links to."""
    own = urlsplit(page_url).path.rstrip("/")
    seen: dict[str, None] = {}
    for link in root.iter("a"):
        href = str(link.get("href") or "")
        if not TITLE_HINT.search(href):
            continue  # most links are site chrome: skip the urljoin
        absolute = urljoin(page_url, href.strip()).split("#", 1)[0]
        path = urlsplit(absolute).path
        if is_title_path(path) and path.rstrip("/") != own:
            seen.setdefault(absolute, None)
    return list(seen)


def looks_not_found(title: str) -> bool:
    return _NOT_FOUND.search(title) is not None


def strip_quotes(text: str) -> tuple[str, bool]:
    """Text without one pair of surrounding quotes, and whether it had them."""
    if len(text) >= 2 and text[0] in _QUOTES and text[-1] in _QUOTES:
        return text[1:-1].strip(), True
    return text, False


# a section's parts that are not its prose, when it has no <p>
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_NOT_PROSE = _HEADING_TAGS | {
    "section", "ul", "ol", "dl", "table", "button", "form", "a", "details"
}
_TRAILING_MORE = re.compile(
    r"\s*(?:\(more\)|(?:read |see )?more\s*»|[(（]展[开開]全部[)）]|もっと見る|続きを読む|더보기"
    # "Read more" as a button after a preview, in the languages of the localized labels
    r"|read more|show more|weiterlesen|mehr lesen|\[mehr\]|lire la suite|leer más|leggi (?:di )?più"
    r"|ler mais|czytaj (?:więcej|dalej)|číst (?:dál|více)|читать (?:далее|полностью)|lees meer"
    r"|devamını oku|展开|查看更多)$",
    re.IGNORECASE,
)
_LINK_TAIL = 32  # longer than any trailing "more" link, whitespace collapsed
_PROSE_TOPIC = re.compile(
    r"\b(?:plot|story(?:line)?|synopsis|summary|premise|overview|audience|viewers?|verdict"
    r"|consensus)\b"
)
_TAGLINE_LABEL = re.compile(r"^\s*tagline\s*:\s*", re.IGNORECASE)
_ATTRIBUTED = re.compile(r"^[\"“«‘'][^\"”»’']+[\"”»’']\s*[—–-]+\s*\w")  # "“...” — The Review"
_TAGLINE_TAGS = frozenset({"p", "h2", "h3", "h4", "blockquote", "q", "div", "span", "em"})


def tagline_after(heading: Element) -> str | None:
    """The quoted line right after the title heading, or right after a block around it
    (<div id="tn15title"><h1>..</h1></div>, a layout table's cell)."""
    found = _tagline_among(heading.itersiblings())
    node = heading.getparent()
    for _ in range(4):  # from a wrapper, only the block right after it: further on is other content
        if found is not None or node is None or node.tag in {"body", "main", "html"}:
            break
        following = node.getnext()
        found = _tagline_among([following]) if following is not None else None
        node = node.getparent()
    return found


def _tagline_among(siblings: Iterable[Element]) -> str | None:
    for sibling in siblings:
        if sibling.tag not in _TAGLINE_TAGS:
            continue
        text, quoted = strip_quotes(_TAGLINE_LABEL.sub("", text_of(sibling)))
        hinted = "tagline" in str(sibling.get("class") or "")
        # a q or blockquote gets its quotation marks by CSS; one with quotes inside and words
        # after them ("“A shattering film.” — The Daily Review") is a review
        by_css = _quoted_by_css(sibling, text) and not _ATTRIBUTED.search(text)
        if quoted or hinted or by_css:
            return text
    return None


def _quoted_by_css(element: Element, text: str) -> bool:
    """A q or blockquote, or a line that is one ("<p><q>Trust no one.</q></p>")."""
    if element.tag in {"q", "blockquote"}:
        return True
    children = [child for child in element if isinstance(child.tag, str)]
    return len(children) == 1 and children[0].tag in {"q", "blockquote"} and (
        text_of(children[0]) == text)


def list_values(fact: Fact | None) -> list[str]:
    """Link texts when the value is links, else its items (markup-separated) or its text,
    split on commas and the like."""
    if fact is None:
        return []
    if fact.links and _only_links(fact):
        return fact.links
    texts = [_before_next_label(text) for text in fact.items or [fact.text_without_jumps]]
    parts = [part for text in texts for part in _LIST_SPLIT.split(text) if part]
    return _with_suffixes([kept for part in parts
                           if (kept := without_more(part)) and not is_placeholder(kept)])


# "Studio A / Studio B. Distribuidora: Filmax": a sentence of another label ends the list
_NEXT_LABEL = re.compile(r"\.\s+[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2}\s?:\s.*$")


def _before_next_label(text: str) -> str:
    return _NEXT_LABEL.sub("", text) if ": " in text else text


# "Serie de TV. 6 temporadas. Bélico. Western": genres written as short sentences; a part with
# a digit ("6 temporadas", "50 episodios") or a kind word is a note on the title, not a genre
_SENTENCES = re.compile(r"(?<=[^\W\d_]{2})\.\s+(?=\w)")
_KIND_WORDS = re.compile(r"(?:mini-?)?seri[ea]s?\b|\btv\b|\bfilm\b|\bmovie\b|\bshow\b",
                         re.IGNORECASE)
_MAX_GENRE_WORDS = 3


def genre_values(fact: Fact | None) -> list[str]:
    """list_values of the genres row, its parts split where they are short sentences."""
    values = list_values(fact)
    split = [part.strip().rstrip(".") for value in values for part in _SENTENCES.split(value)]
    if len(split) == len(values) or any(len(part.split()) > _MAX_GENRE_WORDS for part in split):
        return values
    return [part for part in split
            if part and not any(char.isdigit() for char in part) and not _KIND_WORDS.search(part)]


def _only_links(fact: Fact) -> bool:
    """The value is its links: what is left of its text without them is separators only
    ("Drama, <a>Crime</a>" is two values, one of them unlinked)."""
    text = fact.text
    for _copy in range(2):  # twice: a hidden copy beside each link (MAL's itemprop spans)
        for link in fact.links:
            text = text.replace(link, " ", 1)
        if not any(char.isalnum() for char in without_more(text)):
            return True
    return False


def _with_suffixes(parts: list[str]) -> list[str]:
    """ "Walt Disney Pictures, Inc." is one name: a company suffix rejoins the part before."""
    joined: list[str] = []
    for part in parts:
        if joined and _COMPANY_SUFFIX.fullmatch(part):
            joined[-1] = f"{joined[-1]}, {part}"
        else:
            joined.append(part)
    return joined


def names(fact: Fact | None) -> list[str]:
    """Person names without role notes: "Greg Daniels (creator)" -> "Greg Daniels"."""
    if fact is None:
        return []
    if fact.links:
        return [squash(_NOTE.sub("", link)) for link in fact.links if _NOTE.sub("", link).strip()]
    texts = fact.items or [fact.text_without_more]
    return [
        part
        for text in texts
        for part in _NAME_SPLIT.split(squash(_NOTE.sub("", without_full_stop(text))))
        if part
    ]


def imdb_id(root: Element, fact: Fact | None = None) -> str | None:
    """From an IMDb link: the details row's first, then one outside the site's own header
    and footer; else an id written as text in the IMDb row ("IMDb: tt0113627")."""
    if fact is not None:  # the row's own link: found without walking the page
        for element in fact.elements:
            for anchor in element.iter("a"):
                if found := _imdb_link(anchor):
                    return found
    for anchor in root.iter("a"):
        if (found := _imdb_link(anchor)) and not in_chrome(anchor, CHROME_IDS):
            return found
    written = _IMDB.search(fact.text) if fact is not None else None
    return written.group(1) if written else None


def _imdb_link(anchor: Element) -> str | None:
    href = str(anchor.get("href") or "")
    # "mdb." first: most links are not IMDb's, and lower() would copy every href
    if ("mdb." not in href and "MDB." not in href) or "imdb." not in href.lower():
        return None
    found = _IMDB.search(href)
    if found is None:  # the old form: us.imdb.com/Title?0120338
        old = _OLD_IMDB.search(href)
        return f"tt{old.group(1)}" if old else None
    return found.group(1)


def trailer_id(root: Element, heads: Headings) -> str | None:
    """The YouTube id of the embedded trailer (an iframe, or a link under a trailer heading)."""
    section = find_section(heads, _TRAILER) or []
    frames = [frame for element in section for frame in element.iter("iframe")]
    links = [href for element in section for href in xpath_strings(element, ".//a/@href")]
    others = [frame for frame in root.iter("iframe") if not _is_clip(frame)]
    sources = [_frame_source(frame) for frame in frames if not _is_clip(frame)] + links
    sources += [_frame_source(frame) for frame in others]
    sources += [_frame_source(frame) for frame in frames]  # the trailer heading's only video
    found = next((found for found in map(_youtube_id, sources) if found), None)
    return found if found is not None else _named_trailer(root)


_TRAILER_WORDS = re.compile(
    r"\btrailers?\b|bande[- ]annonce|tr[áa]iler|予告|예고편|预告|預告|трейлер|zwiastun"
    r"|upoutávka|fragman", re.IGNORECASE)


_YOUTUBE_ATTRIBUTES = etree.XPath(
    "//@href[contains(., 'youtu')] | //@src[contains(., 'youtu')]"
    " | //@data-src[contains(., 'youtu')]")


def _named_trailer(root: Element) -> str | None:
    """A YouTube link or player element that says it is the trailer, anywhere ("<a href=
    //youtube.com/embed/..>Trailer</a>", "<rg-trailer src=..>", "aria-label='Play trailer'")."""
    values = _YOUTUBE_ATTRIBUTES(root)
    assert isinstance(values, list)
    owners = (v.getparent() for v in values if isinstance(v, etree._ElementUnicodeResult))
    videos: dict[str, None] = {}
    for element in dict.fromkeys(el for el in owners if el is not None):
        source = str(element.get("href") or element.get("src") or element.get("data-src") or "")
        names = " ".join((str(element.tag), str(element.get("class") or ""), str(
            element.get("title") or ""), str(element.get("aria-label") or ""), text_of(element)))
        if _TRAILER_WORDS.search(names) and (video := _youtube_id(source)):
            videos[video] = None
    # one trailer named so: a list of several is other titles' ("其他電影預告", "More trailers")
    return next(iter(videos)) if len(videos) == 1 else None


def _is_clip(frame: Element) -> bool:
    """An embed titled as a clip, featurette or interview, and not as a trailer."""
    title = str(frame.get("title") or "")
    return _CLIP.search(title) is not None and "trailer" not in title.casefold()


def _frame_source(frame: Element) -> str:
    """The embed's URL: data-src when src is a lazy loader's placeholder (about:blank)."""
    src = str(frame.get("src") or "")
    return src if _youtube_id(src) else str(frame.get("data-src") or src)


def _youtube_id(source: str) -> str | None:
    """The video id of a YouTube embed or watch URL; None for playlists and live streams."""
    found = _YOUTUBE.search(source)
    return found.group(1) if found and found.group(1) not in _NOT_VIDEOS else None


def section_paragraphs(heads: Headings, kind: str) -> list[str]:
    """The section's paragraphs; the texts of its other blocks when it has no <p>."""
    reviews = False
    if kind == "audience":
        heading = find_heading(heads, _AUDIENCE)
        if heading is None:
            heading, reviews = find_heading(heads, _AUDIENCE_REVIEWS), True
    else:
        heading = find_heading(heads, _SYNOPSIS)
    if heading is None:
        return []
    section = section_for(heading)
    if kind == "audience" and _holds_review_cards(section, 1 if reviews else 2):
        # "Audience Reviews" of single reviews (a rating, "helpful"): no summary; under
        # "What viewers say", several reviewers' cards are their reviews, not a summary
        return []
    before = frozenset(heading_block(heading).itersiblings(preceding=True))
    texts: list[str] = []
    for element in section:
        if element.tag == "p":
            paragraphs = [element]
        elif _headed_elsewhere(element, heading):
            continue  # a sibling section under a heading of its own ("Cast & crew")
        else:
            paragraphs = [p for p in element.iter("p") if not _under_other_topic(p, element)
                          and not _in_list_item(p, element)]
            paragraphs = _after(paragraphs, element, before)
        if kind == "synopsis":  # "What viewers say" under "Storyline" is no synopsis
            paragraphs = [p for p in paragraphs if not _under_audience(p, element)]
        # "Director: James Cameron" after the prose (a legacy crew block) is no prose
        texts += [text for text in map(text_of, paragraphs) if text and not _labelled(text)]
    if texts:
        return texts
    # no <p>: the texts of the section's blocks, subsections about the same topic included
    if kind == "synopsis":
        section = [element for element in section if not _headed_by_audience(element)]
    skip = before | {heading_block(heading)}  # a wrapper holding the heading is no prose
    return [text for element in section for text in _block_texts(element, top=True, skip=skip)
            if not _fact_line(text)]


# "This movie is: Witty, Exciting": a short line after a label of a few words, no prose
_FACT_LINE = re.compile(r"[^\W\d_][^:.!?]{0,30}:\s(?:\S+\s*){1,8}")


def _fact_line(text: str) -> bool:
    """ "Director: ..." or "This movie is: ..." under "About X": a fact, no prose."""
    return _labelled(text) or _FACT_LINE.fullmatch(text) is not None


_REVIEW_BYLINE = re.compile(
    r"\d{1,3}(?:[.,]\d)?\s*(?:/\s*(?:5|10|100)|stars?|★+)|★+☆*|.{0,20}\bhelpful\b.{0,20}"
    r"|\d[\d,.]*\s+(?:likes?|people found this helpful)",
    re.IGNORECASE,
)


def _holds_review_cards(section: list[Element], cards: int) -> bool:
    """As many reviewers' ratings or "found this helpful" counts among the section's short
    texts as `cards`; one is enough in an <article> of its own (a reviewer's card: <article>
    <b>Ada Løvland</b> <span>3/10</span><p>..</p></article>)."""
    found = 0
    for element in section:
        for el in element.iter():
            if isinstance(el.tag, str) and not len(el) and _REVIEW_BYLINE.fullmatch(
                    squash(el.text)):
                found += 1
                if found == cards or _in_article(el, element):
                    return True
    return False


def _in_article(element: Element, top: Element) -> bool:
    """`element` is inside an <article> that `top` is or holds (not one around the section)."""
    if element is top:
        return top.tag == "article"
    for ancestor in element.iterancestors():
        if ancestor.tag == "article":
            return True
        if ancestor is top:
            return top.tag == "article"
    return False


def _headed_elsewhere(element: Element, heading: Element) -> bool:
    own = _own_heading(element)
    return own is not None and own is not heading and own.tag != "h1" and (
        _PROSE_TOPIC.search(text_of(own).casefold()) is None)


def _in_list_item(paragraph: Element, section: Element) -> bool:
    """A card's line (a person's name and job in a list): not the section's prose."""
    for ancestor in paragraph.iterancestors():
        if ancestor is section:
            return ancestor.tag == "li"
        if ancestor.tag == "li":
            return True
    return False


def _after(
    paragraphs: list[Element], section: Element, before: frozenset[Element]
) -> list[Element]:
    """The paragraphs after the heading (`before`: the blocks above it): a line set above it in
    its section (the tagline's quote over "Synopsis") is not what it heads."""
    if not before:
        return paragraphs
    return [p for p in paragraphs if not any(
        a in before for a in (p, *p.iterancestors()) if a is not section)]


def _headed_by_audience(element: Element) -> bool:
    heading = _own_heading(element)
    return heading is not None and _AUDIENCE(text_of(heading).casefold())


def _block_texts(
    element: Element, top: bool = False, skip: frozenset[Element] = frozenset()
) -> list[str]:
    """Texts of the blocks of a section with no <p>; the section's own heading matched, a
    subsection's is weighed (see _other_than_prose); the blocks above the heading skipped."""
    if not isinstance(element.tag, str):
        return []
    subheading = _own_heading(element)
    if subheading is not None or (top and any(child in skip for child in element)):
        if subheading is not None and not top and subheading.tag != "h1" and _other_than_prose(
                subheading):
            return []
        return [text for child in element if child not in skip for text in _block_texts(child)]
    if element.tag in _NOT_PROSE:
        return []
    text = text_of(element)
    return [text] if text else []


def _under_other_topic(paragraph: Element, section: Element) -> bool:
    """Under a subheading about something else (an About section's "Trivia" or "Details"
    h3): not the section's prose. A "Plot" or "The Verdict" subheading is."""
    for ancestor in paragraph.iterancestors():
        if ancestor is section:
            return False
        subheading = _own_heading(ancestor)
        if subheading is not None and subheading.tag != "h1":  # the title's hero: go on up
            return _other_than_prose(subheading)
    return False


def _under_audience(paragraph: Element, top: Element) -> bool:
    """Under a subheading for what the audience says, within `top` (or `top` itself)."""
    for ancestor in (paragraph, *paragraph.iterancestors()):
        subheading = _own_heading(ancestor)
        if subheading is not None and subheading is not paragraph:
            return _AUDIENCE(text_of(subheading).casefold())
        if ancestor is top:
            return False
    return False


def _other_than_prose(subheading: Element) -> bool:
    """A subheading about another topic; "Plot Breakdown" or "Audience Reviews" is prose."""
    text = text_of(subheading).casefold()
    return is_other_topic(text) and _PROSE_TOPIC.search(text) is None


def _own_heading(element: Element) -> Element | None:
    """The heading among the element's own children, if any."""
    return next((child for child in element if child.tag in _HEADING_TAGS), None)


# "No synopsis information has been added to this title.", "We don't have an overview
# translated in English.", "Add a plot": the page says there is none
_NO_SYNOPSIS = re.compile(
    r"(?i)(?:no|there is no|we don't have an?|be the first to add an?|add an?)\b[^.!]{0,60}?"
    r"\b(?:synopsis|plot|summary|overview|description|storyline)\b[^.!]{0,80}[.!]?\s*$"
    r"|(?:暂无|暫無|尚无|尚無)\S{0,6}$")  # "暂无简介": no synopsis yet


def synopsis(heads: Headings) -> str | None:
    """The section's first paragraph of prose: a "Drama · 1995 · 1h 51m" line and a
    truncated "Read more" preview ("... In...") are skipped when the full text is there."""
    found = section_paragraphs(heads, "synopsis")
    paragraphs = [text for text in found if not _NO_SYNOPSIS.match(text)
                  and not reads_as_facts(text) and not _a_few_words(text)]
    if len(found) >= _LINES_OF_FACTS and 2 * len(paragraphs) < len(found):
        return None  # mostly lines of facts ("<p><em>Running time</em> 257 mins</p>"): no prose
    prose = [text for text in paragraphs if not _META_LINE.search(text)]
    prose = [_without_more_link(text) for text in prose]
    whole = [text for text in prose if not text.endswith(("...", "…"))]  # not a preview
    chosen = whole or prose or paragraphs
    return chosen[0] if chosen else None


def _a_few_words(text: str) -> bool:
    """A link's or a fact's words ("IMDb", "Running time 257 mins", "On Foxtel from
    21/09/2014"), never a plot: a few words and no sentence's end (a plot in a script without
    spaces is longer)."""
    return (len(text) < _SHORT_LINE and len(text.split()) < _FEW_WORDS
            and not text.rstrip().endswith((".", "!", "?", "。", "！", "？", "…")))


_SHORT_LINE = 60
_FEW_WORDS = 8
_LINES_OF_FACTS = 4


def reads_as_facts(text: str) -> bool:
    """A section's facts, not its prose: one labelled credit or fact line ("Music by: A",
    "Genre: Drama"), or cells run together with no space ("Directed byAda KimGenreDrama")."""
    line = _FACT_LINE.match(text)
    if line is not None and len(line.group(1).split()) <= 4 and len(line.group(2).split()) <= 8:
        return True
    return len(_GLUED.findall(text)) >= _GLUED_CELLS or _credit_line(text)


def _credit_line(text: str) -> bool:
    """ "Written by A, B, C", "Director A, B", "Cinematography by A": a credit's label (a
    listed one, a crew role or a "by" phrase) and names only, no sentence."""
    if not text or text.rstrip()[-1] in ".!?" or len(text) > _MAX_CREDIT_LINE:
        return False
    words = text.split()
    for count in (1, 2, 3):
        label, rest = " ".join(words[:count]), " ".join(words[count:])
        if not rest:
            return False
        if (field_for(label) is not None or is_crew_role(label) or label.casefold().endswith(
                " by")) and all(looks_like_name(part.strip()) for part in rest.split(",")):
            return True
    return False


_MAX_CREDIT_LINE = 160


# "Label: value" as a fact line is written: a short label, then a short value, no sentence
_FACT_LINE = re.compile(r"([^\W\d_][^:：.!?]{0,30}?)\s*[:：]\s*([^.!?]{1,80})$")
_GLUED = re.compile(r"[a-z][A-Z]")  # a cell's last letter against the next cell's first
_GLUED_CELLS = 3  # (a name may join one pair: "DiCaprio", "McKellen")


def _without_more_link(text: str) -> str:
    """The paragraph without a trailing "(more)" or "Read more »", searched for in the tail
    only: a search of the whole paragraph costs ~75 ns a character."""
    cut = max(len(text) - _LINK_TAIL, 0)
    return text[:cut] + _TRAILING_MORE.sub("", text[cut:])


def audience_summary(heads: Headings) -> str | None:
    texts = [text for text in section_paragraphs(heads, "audience")
             if not _NO_REVIEWS.fullmatch(text)]
    return " ".join(texts) or None


# what an audience section says when it has nothing to say
_NO_REVIEWS = re.compile(
    r"(?:there (?:are|is) )?(?:no|0) (?:user |viewer |audience )?"
    r"(?:reviews?|ratings?|comments?|reactions?)(?: yet)?\.?"
    r"|be the first to [^\W\d_]+\b.*", re.IGNORECASE)  # "... to review", "... to react"


def cast(heads: Headings, root: Element | None = None) -> list[tuple[str, str | None]]:
    """Credits under the cast heading, and under headings that continue it ("Supporting
    Cast", "Guest Stars") when the list is split; else in a block whose id names the cast."""
    section = find_section(heads, _names_cast)
    if section is None:
        block = _cast_block(root) if root is not None else None
        credits = _credits([block]) if block is not None else []
        if block is not None and _named_by_class_only(block) and not all(
                looks_like_name(actor) for actor, _ in credits):
            return []  # a class says cast, the rows do not ("Sven Takahashi plays Himself.")
        return credits
    credits = _credits(section)
    crew = [
        h for text, h in heads
        if _CREW(text) and not _CAST(text) and any(a in section for a in h.iterancestors())
    ]  # fmt: skip
    if crew:  # a crew list inside the cast section: its rows are no credits
        not_cast = [credit for heading in crew for credit in _credits(section_for(heading))]
        credits = [credit for credit in credits if credit not in not_cast]
    for text, heading in heads:
        if heading.tag != "h1" and _MORE_CAST(text) and not _in_episode(heading, heads):
            more = _credits(section_for(heading))
            credits += [credit for credit in more if credit not in credits]
    return credits


def cast_by_shape(root: Element) -> list[tuple[str, str | None]]:
    """A cast list no heading, id or label names, known by its rows: a list of names, two
    of them or more with a character after a word for "as" ("Kaveh Nakamura في دور Yusuf"),
    every row a name; none in an episode's block or the page's chrome."""
    for block in root.iter("ul", "ol"):
        rows = [row for row in block if row.tag == "li"]
        if len(rows) < 3 or _in_episode_block(block) or in_chrome(block):
            continue
        texts = [squash(text_of(row)) for row in rows]
        played = [found for text in texts if (found := _AS.search(text))]
        if len(played) < 2 or not all(looks_like_name(text) or _played_by_name(text)
                                      for text in texts):
            continue
        credits = _credits([block])
        if len(credits) == len(rows):
            return credits
    return []


def _played_by_name(text: str) -> bool:
    found = _AS.search(text)
    return found is not None and looks_like_name(text[: found.start()].strip())


def _in_episode_block(element: Element) -> bool:
    return any("episod" in f"{node.get('class') or ''} {node.get('id') or ''}".casefold()
               for node in (element, *element.iterancestors()))


def _cast_block(root: Element) -> Element | None:
    """A cast list without a heading: a block whose id or test id names the cast, a table
    whose caption or first header cell does, or a tab panel whose tab does."""
    tabs: dict[str, str] = {}
    classed: Element | None = None  # the first block whose class names the cast, the last resort
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in {"a", "li"}:
            continue
        if classed is None and element.tag in _CAST_BLOCKS and _CAST_ID.search(
                str(element.get("class") or "")) and not _GUESTS.search(str(element.get("class"))):
            classed = element  # <section class="cp-cast-9baee">: a hashed class, its words read
        if element.get("role") == "tab" and (panel := element.get("aria-controls")):
            tabs[str(panel)] = text_of(element)
            continue
        if element.tag == "button":
            continue
        if _CAST_ID.search(f"{element.get('id') or ''} {element.get('data-testid') or ''}"):
            return element
        if element.tag != "svg" and _names_cast(str(element.get("aria-label") or "")):
            return element  # <section aria-label="Cast">
        if element.tag in _LABEL_TAGS and element.getprevious() is None and _names_cast(
                squash(element.text).rstrip(":：")) and len(element) == 0:
            parent = element.getparent()  # "<span>Cast:</span><ul>...": a label over the list
            if parent is not None and any(row is not parent for row in parent.iter("li", "tr")):
                return parent
        if element.tag in {"caption", "summary"} and _names_cast(text_of(element)):
            return element.getparent()  # a table's caption, an accordion's summary
        if element.tag == "thead" and _names_cast(_first_cell(element)):
            return element.getparent()  # "Darsteller | Rolle": the header names the cast
        if element.get("role") == "tabpanel" and _names_cast(tabs.get(str(element.get("id")), "")):
            return element
    return classed


def _named_by_class_only(block: Element) -> bool:
    """No id, test id or accessible name of the block says cast (its class may)."""
    named = f"{block.get('id') or ''} {block.get('data-testid') or ''}"
    return not _CAST_ID.search(named) and not _names_cast(str(block.get("aria-label") or ""))


_LABEL_TAGS = frozenset({"span", "b", "strong", "label", "small", "em"})
_CAST_BLOCKS = frozenset({"section", "div", "ul", "ol", "table", "aside"})
_GUESTS = re.compile(r"guest|episode|crew|related|similar", re.IGNORECASE)


def _first_cell(head: Element) -> str:
    cell = next(head.iter("th", "td"), None)
    return text_of(cell) if cell is not None else ""


def names_another_section(name: str) -> bool:
    """A heading of a section a reader looks for, but not the synopsis's ("L'avis des
    spectateurs" over a block whose class says synopsis)."""
    return names_a_section(name) and not _SYNOPSIS(name.casefold())


def names_a_section(name: str) -> bool:
    """A section's name that a reader looks for in headings (synopsis, cast, audience)."""
    text = name.casefold()
    return (_SYNOPSIS(text) or _names_cast(name) or _MORE_CAST(text) or _AUDIENCE(text)
            or _AUDIENCE_REVIEWS(text))


# "Besetzung & Crew", "Reparto y equipo": a localized cast label and the crew beside it
_AND_CREW = re.compile(r"\s*(?:&|\+|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bi\b)\s*\S+$")


def _names_cast(text: str) -> bool:
    """A cast heading's words, in English or as a localized label ("Besetzung", "Reparto")."""
    return bool(text) and (_CAST(text.casefold()) or field_for(text) == "cast"
                           or field_for(_AND_CREW.sub("", text)) == "cast")


def _in_episode(heading: Element, heads: Headings) -> bool:
    """Under an episode's heading or an episode guide's: its guest stars are the episode's."""
    episodes = {own_container(el) for text, el in heads if el.tag != "h1" and _EPISODE(text)}
    episodes.discard(None)
    return any(ancestor in episodes for ancestor in heading.iterancestors())


def _credits(section: list[Element]) -> list[tuple[str, str | None]]:
    credits: list[tuple[str, str | None]] = []
    cards = _alike_cards(section)
    for blocks in ([section] if cards else []) + [_blocks_below(el) for el in section]:
        if len(blocks) >= 2 and (grouped := _headed_groups(blocks)) is not None:
            return grouped
    for element in section:
        for row in [element] if cards else _cast_rows(element):
            # one untagged walk per row: a tag-filtered iter() costs ~1 µs to set up
            inside = list(row.iterdescendants())
            if row.tag == "li" and any(el.tag == "li" for el in inside):
                continue  # a list of lists: its inner items are the credits
            if row.tag == "tr" and row.getprevious() is None and _header_row(row):
                continue  # a header row is the first of its table (or of its thead)
            credit = _credit(_chunks(row, inside))
            if credit is not None and not _crew_credit(credit):
                credits.append(credit)
    return _without_joiner(_without_billing(credits))


_LEADING_WORD = re.compile(r"([^\W\d_A-Z]{1,6}) (?=[^\W\d_])")


def _without_joiner(credits: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """Characters that all open with one short lower-case word ("sem Jonas", "sem Nadia"):
    "as" in a language no list holds, written before each character, not part of it."""
    leads = {found.group(1) if (found := _LEADING_WORD.match(character)) else None
             for _, character in credits if character}
    if len(leads) != 1 or None in leads or sum(1 for _, c in credits if c) < 2:
        return credits
    cut = len(next(iter(leads))) + 1  # type: ignore[arg-type]
    return [(actor, character[cut:] if character else character) for actor, character in credits]


def _blocks_below(element: Element) -> list[Element]:
    return [c for c in element if isinstance(c.tag, str) and c.tag not in _HEADING_TAGS]


def _headed_groups(cards: list[Element]) -> list[tuple[str, str | None]] | None:
    """Cards that each open with a heading of a role over names ("<h3>இயக்குநர்</h3><p>A</p>",
    "<h3>நடிகர்கள்</h3><p>B, C</p>": director, actors): the names the cast's heading heads;
    none when no heading names the cast. None when the cards are not so headed."""
    if not all(len(card) == 2 and card[0].tag in _HEADING_TAGS for card in cards):
        return None
    cast = [card for card in cards if _names_cast(text_of(card[0]))]
    if len(cast) != 1:
        return [] if not cast else None
    names = [name for name in _LIST_SPLIT.split(text_of(cast[0][1])) if name]
    return [(name, None) for name in names]


def _without_billing(credits: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """ "조연 | Officer Løvland", "조연", "주연 | Amara": a word two credits or more give before
    the character or as all of it is the billing (lead, supporting), not a character."""
    billed = [_BILLING.fullmatch(character) for _, character in credits if character]
    heads = [found.group(1) for found in billed if found]
    # a prefix before a separator, or a word for a role ("Main Role", "Support Role")
    named = {found.group(1) for found in billed
             if found and (found.group(2) is not None or _ROLE_WORD.search(found.group(1)))}
    billings = {head for head in named if heads.count(head) >= 2}
    if not billings:
        return credits
    unbilled = []
    for actor, character in credits:
        found = _BILLING.fullmatch(character) if character else None
        if found and found.group(1) in billings:
            character = found.group(2) or None
        unbilled.append((actor, character))
    return unbilled


def _alike_cards(section: list[Element]) -> bool:
    """The section's blocks are themselves the cards: two or more of one tag, each a name
    and more, none a list or table."""
    tags = {element.tag for element in section}
    return (
        len(section) >= 2 and len(tags) == 1 and not tags & {"ul", "ol", "table", "dl", "p"}
        and all(len(element) >= 2 for element in section)
        and not any(next(element.iter("li", "tr"), None) is not None for element in section)
    )  # fmt: skip


def _cast_group(rows: list[Element]) -> list[Element] | None:
    """Lists under role labels ("导演（1）" over the directors, "演员（6）" over the actors): the
    rows of the list the cast's label heads; none when every label counts its list and none
    names the cast (the crew's groups alone). None when the rows are not so grouped."""
    holders: list[Element] = []
    for row in rows:
        holder = row.getparent()
        if holder is not None and holder not in holders:
            holders.append(holder)
    if len(holders) < 2:
        return None
    labels = [text_of(label) if (label := holder.getprevious()) is not None else ""
              for holder in holders]
    if any(not label or len(label) > _MAX_GROUP_LABEL for label in labels):
        return None
    cast = [holder for holder, label in zip(holders, labels, strict=True)
            if _names_cast(label)]  # the label's count goes with its note (labels._NOTE)
    if len(cast) == 1:
        return [row for row in rows if row.getparent() is cast[0]]
    counted = all(_COUNTED.search(label) for label in labels)
    return [] if counted and not cast else None


_COUNTED = re.compile(r"\s*[（(]\s*\d+\s*[)）]\s*$")
_MAX_GROUP_LABEL = 40


def _cards_holding_lists(rows: list[Element], element: Element) -> list[Element] | None:
    """List items inside cards that show more than the list (an actor's name and a list of
    the roles played): the cards are the credits, not the roles."""
    cards: list[Element] = []
    for row in rows:
        holder = row.getparent()
        card = holder.getparent() if holder is not None else None
        if holder is None or card is None or holder.tag not in ("ul", "ol"):
            return None
        if card is element or not any(a is element for a in card.iterancestors()):
            return None  # the cards are inside the block read, not the block itself
        shown = (c for c in card if c is not holder and isinstance(c.tag, str))
        if not any(c.tag not in _HEADING_TAGS and text_of(c) for c in shown):
            return None  # a heading over the list is no name beside it
        if card not in cards:
            cards.append(card)
    return cards


def _cast_rows(element: Element) -> list[Element]:
    """List items or table rows; else the repeated children of the block that holds them
    (cards as links or divs side by side)."""
    # a list item holding the cast heading is the section, not one of its rows
    rows = [row for row in element.iter("tr", "li") if row is not element or not _heads(row)]
    if rows:
        group = _cast_group(rows)
        return group if group is not None else _cards_holding_lists(rows, element) or rows
    for block in element.iter():
        if block.tag in {"p", "span"} and _linked_names(block):
            return list(block)  # "<p><a>A</a>, <a>B</a></p>": one name a link
        if block.tag in _NOT_ROWS or not isinstance(block.tag, str):
            continue
        children = _without_more_links(
            [c for c in block if isinstance(c.tag, str) and c.tag not in _HEADING_TAGS])
        tags = {child.tag for child in children}
        if len(children) < 2 or len(tags) != 1 or tags & _NOT_ROWS:
            continue
        if (block.text or "").strip():
            continue  # links in a sentence ("Written by <a>A</a>, <a>B</a>"): no cards
        separated = all(set((c.tail or "").strip()) <= _LIST_SEPARATORS for c in children)
        if not separated:
            continue
        if all(len(child) for child in children) or tags == {"a"}:  # cards, or linked names
            return children
    return _single_card(element)


def _linked_names(element: Element) -> bool:
    """Two links or more and nothing but list separators around them."""
    children = [child for child in element if isinstance(child.tag, str)]
    return (len(children) >= 2 and all(child.tag == "a" for child in children)
            and not (element.text or "").strip()
            and all(set((child.tail or "").strip()) <= _LIST_SEPARATORS for child in children))


def _heads(row: Element) -> bool:
    return any(child.tag in _HEADING_TAGS for child in row)


def _without_more_links(children: list[Element]) -> list[Element]:
    """The cards without a bare link or button after or before them ("See full cast")."""
    cards = [c for c in children if len(c) or c.tag not in {"a", "button"}]
    return cards if len(cards) >= 2 and len(children) - len(cards) <= 2 else children


def _single_card(element: Element) -> list[Element]:
    """A cast of one: the one card under the heading (<div><a><h5>Name</h5><p>as Role</p></a>
    </div>), the first block down the single-child chain that shows two texts or more."""
    node = element
    while True:
        # the section's own heading is no part of the card; a heading inside the card is
        children = [c for c in node if isinstance(c.tag, str)
                    and (c.tag not in _HEADING_TAGS or node is not element)]  # fmt: skip
        if len(children) != 1:
            alone = not children and node.tag == "a"  # one linked name: a cast of one
            return [node] if node is not element and (len(children) >= 2 or alone) else []
        node = children[0]


_NOT_ROWS = frozenset({"p", "br", "span", "img", "h2", "h3", "h4"})
def _crew_credit(credit: tuple[str, str | None]) -> bool:
    """ "Bong Joon Ho — Director" in a "Cast & Crew" list: a crew member, no credit."""
    return credit[1] is not None and is_crew_role(credit[1])


def starring(fact: Fact | None) -> list[tuple[str, str | None]]:
    """Credits of a "Starring:" row: names, or one credit a line ("Al Pacino as Vincent
    Hanna", the character's own note kept: "Narrator (voice)")."""
    if fact is None:
        return []
    lines = fact.items or [fact.text_without_more]
    colons = [_COLON_ROLE.fullmatch(line) is not None for line in lines]
    # "Al Pacino: Hanna" a line, and lines of a bare name among them
    if len(lines) > 1 and any(colons) and all(
            colon or looks_like_name(line) for colon, line in zip(colons, lines, strict=True)):
        return [_credit([line]) or (line, None) for line in lines]
    if not fact.links and (joiner := _shared_as_word(lines)) is not None:
        return _joined_credits(lines, joiner)
    parts = list_values(fact) if not fact.links else []
    parts[-1:] = [without_full_stop(part) for part in parts[-1:]]
    if parts and 2 * sum(bool(_IN_BRACKETS.fullmatch(p)) for p in parts) >= max(len(parts), 2):
        return [_credit([part]) or (part, None) for part in parts]  # "A (Valeria), B (Jae-won)"
    if fact.links or not any(_AS.search(line) for line in lines):
        return [(name, None) for name in names(fact)]
    # "A as X, B as Y" on one line: one credit a comma-separated part
    parts = [part for line in lines for part in (
        _CREDIT_SPLIT.split(line) if len(_AS.findall(line)) > 1 else [line])]
    credits = [_credit([part]) for part in parts if part]
    return [credit for credit in credits if credit is not None]


_CREDIT_SPLIT = re.compile(r"\s*[,;،、，]\s*")
# a lower-case word between a name's capitalised words and a capitalised word after it
_JOINER = re.compile(r"(?<=[^\W\d_] )([^\W\d_]{2,8})(?= [^\W\d_])")


def _shared_as_word(lines: list[str]) -> str | None:
    """ "A vai X, B vai Y": a lower-case word no list names that half the credits or more
    (two at least; or one, when every other credit is a bare name) give between the actor and
    the character says "as" in the page's language. Particles of names ("van") are no such word."""
    parts = [part for line in lines for part in _CREDIT_SPLIT.split(line) if part]
    counts: dict[str, int] = {}
    for part in parts:
        for word in {w for w in _JOINER.findall(part) if w.islower() and w not in PARTICLES}:
            counts[word] = counts.get(word, 0) + 1
    shared = [word for word, count in counts.items() if count >= 2 and count * 2 >= len(parts)]
    if not shared and len(counts) == 1 and len(parts) >= 3:  # one credit with a character
        word = next(iter(counts))
        alone = [part for part in parts if f" {word} " not in part]
        shared = [word] if len(alone) == len(parts) - 1 and all(map(looks_like_name, alone)) else []
    return shared[0] if len(shared) == 1 else None


def _joined_credits(lines: list[str], joiner: str) -> list[tuple[str, str | None]]:
    credits: list[tuple[str, str | None]] = []
    for part in (p for line in lines for p in _CREDIT_SPLIT.split(line) if p):
        actor, _, character = part.partition(f" {joiner} ")
        credits.append((actor.strip(), character.strip() or None))
    return credits


def _credit(texts: list[str]) -> tuple[str, str | None] | None:
    chunks = [c for c in texts if c and c.casefold() not in _NOT_NAMES]  # "": a photo cell
    if len(chunks) == 3 and _JOINING_WORD.fullmatch(chunks[1]):
        del chunks[1]  # "<a>Jonas Kim</a> si <i>Oskar</i>": "as" in a language no list holds
    if not chunks or _SEE_ALL.match(chunks[0]) or (":" in chunks[0] and _crew_line(chunks[0])):
        return None
    if chunks[0].endswith(":") and len(chunks) > 1:
        return None  # "Sound Mix: | Dolby Digital": a labelled row, never an actor's name
    if chunks[0].endswith((".", "!")) and len(chunks[0].split()) > _NAME_WORDS:
        return None  # "No characters or voice actors have been added to this title."
    if len(chunks[0]) < 20 and _crew_label(chunks[0]):
        return None
    if len(chunks) == 1 and (
        chunks[0].endswith(":") or _MORE_ROW.fullmatch(chunks[0]) or _MORE_CHIP.fullmatch(chunks[0])
    ):
        return None  # "Rest of cast listed alphabetically:", "(more)", "See full cast »"
    if len(chunks) == 1 and (dashed := _DASHED.fullmatch(chunks[0])):  # "Al Pacino — Hanna"
        return dashed.group(1), dashed.group(2)
    if len(chunks) == 1 and (found_as := _AS.search(chunks[0])):  # "Al Pacino as Hanna"
        actor, role = chunks[0][: found_as.start()], chunks[0][found_as.end():]
        return actor.strip(), role.strip() or None
    if len(chunks) == 1 and (colon := _COLON_ROLE.fullmatch(chunks[0])):  # "Al Pacino: Hanna"
        return colon.group(1), colon.group(2)
    if len(chunks) == 1 and _IN_BRACKETS.fullmatch(chunks[0]):  # "Al Pacino (Lt. Hanna)"
        found = _IN_BRACKETS.fullmatch(chunks[0])
        assert found is not None
        return found.group(1), found.group(2)
    character: str | None = chunks[1].lstrip("—–-:·.… ") if len(chunks) > 1 else None
    if character and _AS_LEAD.match(character):  # "as Hanna", "als Hanna", "Role: Hanna"
        character = _AS_LEAD.sub("", character, count=1).strip() or None
    elif character and (lead := _OTHER_SCRIPT_LEAD.match(character)) and (
            lead.group(1) or _AS.search(f"{chunks[0]} {character}")):
        character = character[lead.end():] or None  # "في دور Yusuf", "饰：Tamsin" under a name
    if character and (played := _PLAYS.fullmatch(character)):  # "演员 (饰 Rosa)": actor, plays
        character = played.group(1).strip() or None
    if character and character[0] == "(" and character[-1] == ")" and "(" not in character[1:]:
        character = character[1:-1].strip()
    if character and character.casefold() in _NO_CHARACTER:
        character = None  # "Actor" under a name: a role, not a character
    if character and (billed := _BILLING.fullmatch(character)) and _names_cast(billed.group(1)):
        character = billed.group(2)  # "주연 | Amara" (Starring | Amara): the billing goes
    if character and "pisod" in character:  # "Walter White 62 episodes, 2008–2013"
        character = _EPISODE_COUNT.sub("", character)
    return chunks[0], character or None


# a billing label before the character, or alone: "주연 | Amara", "Main cast · Amara", "주연"
_BILLING = re.compile(r"([^|·:：]{1,30}?)(?:\s*[|·:：]\s*(.*))?")
# the word for a role, in a billing ("Main Role", "Hauptrolle", "rôle principal", "главная роль")
_ROLE_WORD = re.compile(r"(?i)\brole\b|rolle|rôle|ruolo|papel|\brol\b|роль|役")
_EPISODE_COUNT = re.compile(
    r"\s*[(\[]?\b\d+\s+episodes?\b(?:[\s,•·]*\d{4}(?:\s*[–-]\s*\d{4})?)?[)\]]?\s*$", re.I
)


_DASHED = re.compile(r"(.{2,60}?)\s+[—–]\s+(.{1,80})")
# Wikipedia's "Interpreti e personaggi": "Actor: character", a name of capitalised words first
_COLON_ROLE = re.compile(r"((?:[A-ZÀ-Þ][\w'’.-]*\s){1,4}[A-ZÀ-Þ][\w'’.-]*):\s+(\S.{0,80})")
# (a character's own note in brackets inside: "Goran Fontaine (Narrator (voice))")
_IN_BRACKETS = re.compile(r"([^()]{2,60}?)\s+\(((?:[^()]|\([^()]{1,20}\)){1,80})\)")
_HEADER_WORDS = frozenset(
    {"actor", "actors", "name", "cast", "character", "characters", "role", "roles", "as", ""}
)


def _header_row(row: Element) -> bool:
    """A table's header: in thead, all th cells, or cells that only name the columns."""
    parent = row.getparent()
    if parent is not None and parent.tag == "thead":
        return True
    cells = [cell for cell in row if cell.tag in _TABLE_CELLS]
    if cells and all(cell.tag == "th" for cell in cells):
        return True
    return bool(cells) and all(text_of(cell).casefold() in _HEADER_WORDS for cell in cells)


def _actor_first(cells: list[Element]) -> list[Element]:
    """Actor then character: swapped when the cells' class words say the character comes
    first (a readable hint only: hashed deploys have none, and then the order is kept)."""
    if (
        _ROLE_HINT.search(str(cells[0].get("class") or ""))
        and _ACTOR_HINT.search(str(cells[1].get("class") or ""))
    ):
        return [cells[1], cells[0]]
    return cells


def _labelled(text: str) -> bool:
    """ "Director: ..." under the cast heading or after the prose: a crew line."""
    label, colon, _ = text.partition(":")
    return bool(colon) and field_for(label) is not None


def _crew_line(text: str) -> bool:
    """ "Cinematography: Dana Reyes" in a cast list: a crew line, not a credit."""
    label, colon, _ = text.partition(":")
    return _labelled(text) or (bool(colon) and _CREW_ROLE.fullmatch(label.strip()) is not None)


def _crew_label(text: str) -> bool:
    """ "Director" or "Writers" as a row's first cell: a crew table, not cast."""
    return field_for(text) in {"directors", "writers"}


def _chunks(row: Element, inside: list[Element]) -> list[str]:
    """Texts of a row's cells: table cells, else its texts in page order (a name, then what
    follows it: "as Max", "Role: Nux", a caption under a card's name)."""
    cells = [c for c in row if c.tag in _TABLE_CELLS]
    if not cells and (linked := _character_then_linked_actor(row)):
        return linked
    if len(cells) >= 2 and (paired := _person_and_character_links(cells)):
        return paired
    if not cells:
        blocks = [el for el in inside if el.tag in _BLOCK_CELLS]
        if len(blocks) == 2 and not any(el.tag in _INLINE_CELLS and el.text for el in inside
                                         if el not in blocks and el.getparent() is row):
            return [text_of(cell) for cell in _actor_first(blocks)]
        texts = [text for text in (squash(str(t)) for t in row.itertext()) if text]
        return texts + _tooltip(row, texts[0]) if len(texts) == 1 else texts
    return [text_of(cell) for cell in cells]


_PERSON_PATH = re.compile(r"/(?:people|person|persons|name|actors?|celebrit(?:y|ies)|talent)/")
_CHARACTER_PATH = re.compile(r"/characters?/")


def _person_and_character_links(cells: list[Element]) -> list[str]:
    """A row of a character's cell and a person's, told apart by where their links go
    (MyAnimeList: "<a href=/character/1>Rei</a> Main | <a href=/people/2>Megumi</a>
    Japanese"): the person's link, then the character's; the notes under them go."""
    person = character = None
    for cell in cells:
        link = next(cell.iter("a"), None)
        href = str(link.get("href") or "") if link is not None else ""
        if person is None and _PERSON_PATH.search(href):
            person = link
        elif character is None and _CHARACTER_PATH.search(href):
            character = link
    if person is None or character is None:
        return []
    return [text_of(person), text_of(character)]


_NAME_WORDS = 5
_DASH_AFTER = re.compile(r"\s[-–—]\s*$")


def _character_then_linked_actor(row: Element) -> list[str]:
    """ "Ines - <a>Ines Adeyemi</a>（日本語吹替：...）" (Japanese Wikipedia's "role - actor"): the
    person's page is linked, the role is not; a note after the name (the dub's actor) goes."""
    lead = row.text or ""
    first = row[0] if len(row) else None
    if first is None or first.tag != "a" or not _DASH_AFTER.search(lead):
        return []
    character, actor = _DASH_AFTER.sub("", lead).strip(), text_of(first)
    return [actor, character] if character and actor else []


def _tooltip(row: Element, name: str) -> list[str]:
    """The character a name link shows on hover (<a title="Lt. Hanna">Al Pacino</a>), unless
    the tooltip only repeats the name or says what the link does ("View Al Pacino's profile")."""
    link = row if row.tag == "a" else next(row.iter("a"), None)
    tip = squash(str(link.get("title") or link.get("data-original-title") or "")) if (
        link is not None) else ""
    if not tip or name.casefold() in tip.casefold() or len(tip) > 80:
        return []
    return [] if _CALL_TO_ACTION.match(tip) or "/" in tip else [tip]


def streaming(root: Element) -> RawStreaming | None:
    block = _streaming_block(root)
    if block is None:
        return None
    inside = list(block.iter())  # one untagged walk of the small block serves every reader
    texts = [str(t) for t in block.itertext()]
    status = next(
        (
            squash(t) for t in texts
            if _may_be_status(t.lower()) and _AVAILABILITY.search(t) and not _RENT_OR_BUY.search(t)
        ),
        "",
    ) or _reworded_status(inside)  # fmt: skip
    status = _each_unavailable(inside) or status
    count = _COUNT.search(text_of(block))
    if not status and count is not None:  # "Takip ettiğimiz 2 platformun hiçbirinde": on none
        status = next((squash(t) for t in texts if count.group(0).strip() in t), "")
    listed = next((names for text in texts if (names := _listed_in(text)) is not None), None)
    counted = int(number.group(0)) if count and (number := re.search(r"\d+", count[0])) else None
    if listed is None and counted is not None:  # "Services we track: Max, Disney+, Hulu"
        listed = next((names for text in texts
                       if (names := _names_after_label(text, counted)) is not None), None)
    platforms = listed if listed is not None else (
        _platforms(inside) or _tiles(block, count.group(0) if count else None))
    if listed is None and counted is not None:
        platforms = _streamed_only(inside, platforms, counted)
    return RawStreaming(
        status=status,
        count=count.group(0) if count else _count_in_status(status, platforms),
        platforms=platforms,
        verified=_verified(inside) or _dated_footnote(inside),
    )


# a segment's own heading: "Rent", "Buy", "Leihen", "Achat", "レンタル"
_PAID_SEGMENT = re.compile(r"(?:rental|purchase|" + _PAID + r")\s*:?", re.IGNORECASE)


def _streamed_only(inside: list[Element], platforms: list[str], count: int) -> list[str]:
    """The providers outside the block's Rent and Buy segments ("<h3>Rent</h3><ul>..."), when
    the block's count says that is how many it streams on ("Streaming on 3 services")."""
    paid: set[Element] = set()
    for element in inside:
        if element.tag in _SEGMENT_HEADS and _PAID_SEGMENT.fullmatch(text_of(element)):
            segment = element.getparent() if element.getprevious() is None else None
            paid.update((segment if segment is not None else element).iter())
            sibling = element.getnext()
            if segment is None and sibling is not None:
                paid.update(sibling.iter())  # "<dt>Rent</dt><dd><ul>...</ul></dd>"
    if not paid or count == len(platforms):
        return platforms
    streamed = _platforms([element for element in inside if element not in paid])
    return streamed if len(streamed) == count else platforms


_SEGMENT_HEADS = frozenset({"h2", "h3", "h4", "h5", "h6", "strong", "b", "dt", "p", "span"})


_LONE_NUMBER = re.compile(r"(?<![\d.,:/])\d{1,2}(?![\d.,:/])")


_UNAVAILABLE_NOTE = re.compile(_NOT_ON, re.IGNORECASE)


def _each_unavailable(inside: list[Element]) -> str:
    """ "<li>Netflix <span>niet beschikbaar</span></li>" on every provider: the title is on
    none of them, whatever the block's own line says ("Bij geen van de 3 diensten")."""
    items = [el for el in inside if el.tag == "li"]
    notes = [found.group(0) for item in items
             if (found := _UNAVAILABLE_NOTE.search(text_of(item))) is not None]
    return notes[0] if items and len(notes) == len(items) else ""


def _count_in_status(status: str, platforms: list[str]) -> str | None:
    """The status line's one number, in whatever words ("6곳에서 시청 가능"), when it counts
    the providers listed below it: no other number of that line can be as many."""
    numbers = _LONE_NUMBER.findall(status)
    if len(numbers) == 1 and platforms and int(numbers[0]) == len(platforms):
        return str(numbers[0])
    return None


_LIST_AFTER_COUNT = re.compile(r"\s*:\s*([^():;.]{1,300})")
_LIST_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+")


def _listed_in(text: str) -> list[str] | None:
    """The providers named in the count's own line ("on 3 services: Netflix, Hulu and MUBI"),
    only when there are as many names as the count says."""
    count = _COUNT.search(text) if ":" in text else None
    if count is None:
        return None
    found = _LIST_AFTER_COUNT.match(text, count.end())
    number = re.search(r"\d[\d,]*", count.group(0))
    if found is None or number is None:
        return None
    names = [name for name in _LIST_SEPARATOR.split(found.group(1).strip()) if name]
    return names if str(len(names)) == number.group(0).replace(",", "") else None


def _names_after_label(text: str, count: int) -> list[str] | None:
    """The providers listed after a label that names them ("Services we track: Max, Hulu"),
    only when there are as many names as the block's count says."""
    label, colon, rest = text.partition(":")
    if not colon or not _has_count_hint(label) or re.search(r"\d", label):
        return None
    names = [name for name in _LIST_SEPARATOR.split(rest.strip()) if name]
    return names if len(names) == count else None


def _streaming_block(root: Element) -> Element | None:
    """The where-to-watch block: around the "(Not) Currently Available On" line (the first
    whose block holds the providers: a sticky "Available on Max" bar is not it), else
    around a "(N platforms)" count, else a logo list whose parent's id says so."""
    status = count = None
    for element in root.iter(*_STATUS_TAGS):  # one walk looks for both lines
        text = element.text  # .text builds a new str on every read: read it once
        if not text:
            continue
        # the substring tests first: a regex search on every text costs ~5x more
        lowered = text.lower()
        if _RENT_OR_BUY.search(lowered):
            continue  # "Not available to buy": a segment's line, not the title's availability
        if _may_be_status(lowered) and _AVAILABILITY.search(text) and not _NOT_STATUS.search(
                lowered):
            if in_chrome(element):
                continue
            block = _providers_around(element)
            if block is not None:
                return block
            if _BARE_AVAILABLE.fullmatch(lowered) is None and not _labels_a_date(element):
                status = status if status is not None else element
        elif count is None and _has_count_hint(text) and _is_provider_count(element):
            count = element
    counted = _block_around(count) if count is not None else None
    if status is not None:  # no block with providers in a list: one with a logo, if any
        around = _logo_around(status)
        if around is not None:
            return around
        return counted if counted is not None else status.getparent()
    if counted is not None:
        return counted
    return _watch_list_block(root)


def _logo_around(status: Element) -> Element | None:
    """The nearest block around a status line that holds a named logo, inside its section
    (a sticky "Available on Max" bar with Max's logo)."""
    for ancestor in status.iterancestors():
        hero = next(ancestor.iter("h1"), None) is not None  # its poster is no provider
        if ancestor.tag in {"section", "main", "body"} or hero:
            return None
        if any(_is_logo(el) and _logo_name(el) for el in ancestor.iterdescendants()):
            return ancestor
    return None


def _providers_around(status: Element) -> Element | None:
    """The block around a status line that holds the providers, inside its section."""
    for ancestor in status.iterancestors():
        if ancestor.tag in {"main", "body"}:
            return None
        if ancestor.get("id") == "where-to-watch" or _has_logos(ancestor):
            return ancestor
        if ancestor.tag == "section":
            return None
    return None


def _may_be_status(lowered: str) -> bool:
    return _STATUS_WORDS.search(lowered) is not None and _DEADLINE.search(lowered) is None


# "Available on demand until Mon 18 Jan 2027": a catch-up window's end, no streaming status
_DEADLINE = re.compile(r"\b(?:until|till|expires?|ends)\b")


def _has_count_hint(text: str) -> bool:
    # any first-letter case: "platforms", "Services", "providers", "streaming options"
    return _COUNT_WORDS.search(text) is not None


_COUNT_WORDS = re.compile(
    "latform|ervice|rovider|ption|lataform|lateform|lattform|nbieter|ienst|ervi|iattaform"
    "|serwis|lužb|서비스|플랫폼|サービス|平台"
)


def _block_around(count: Element) -> Element | None:
    """The nearest block around a "(N services)" line that holds the providers (logos, or
    a list of names), inside its section."""
    for ancestor in count.iterancestors():
        if ancestor.tag in {"main", "body"} or next(ancestor.iter("h1"), None) is not None:
            return None  # a block holding the title's heading is the page, not its providers
        if _has_logos(ancestor) or _named_logo_links(ancestor) or _bare_logos(ancestor):
            return ancestor
        if _chips(ancestor):
            return ancestor  # "<span class=chip>MUBI</span><span class=chip>Max</span>"
        if next(ancestor.iter("ul", "ol"), None) is not None:
            return ancestor
        if any(_card_text(link) for link in ancestor.iterdescendants("a")):
            return ancestor  # providers as link cards
        if ancestor.tag in {"section", "article"}:
            return None
    return None


def _watch_list_block(root: Element) -> Element | None:
    """A reworded status line and no count: a logo list whose parent's id says watch or
    stream (tag-filtered walks: this runs on every page without the line)."""
    for ul in root.iter("ul", "ol"):
        parent = ul.getparent()
        if parent is not None and _is_watch_block(parent, ul):
            return parent
    return None


def _is_provider_count(element: Element) -> bool:
    text = element.text  # "Streaming on 4 services <small>(via JustWatch)</small>": a note after
    if not text or any(child.tag not in _NOTE_TAGS for child in element):
        return False
    return _COUNT.search(text) is not None and not in_chrome(element)


_NOTE_TAGS = frozenset({"small", "sup", "span", "em", "i"})


def _is_watch_block(parent: Element, providers: Element) -> bool:
    """A list of logos or of names in a block whose id says watch or stream."""
    named = _WATCH_ID.search(str(parent.get("id") or "")) is not None
    listed = _has_logos(providers) or next(providers.iterchildren("li"), None) is not None
    return named and listed and not in_chrome(parent)


def _reworded_status(inside: list[Element]) -> str:
    """The availability line when it does not say "available": text, not the CTA link."""
    for element in inside:
        if element.tag not in _STATUS_TAG_SET or len(element):
            continue
        text = squash(element.text)
        if _REWORDED_STATUS.search(text) and not _COUNT.fullmatch(text):
            return text
    return ""


def _verified(inside: list[Element]) -> str | None:
    """The date of a "last verified: ..." line, as written."""
    for element in inside:
        if element.tag in _VERIFIED_TAGS:
            text = element.text  # the hint in the element's own text; the date may be in a child
            if text and _VERIFIED_HINT.search(text):
                found = _VERIFIED.search(text_of(element) if len(element) else squash(text))
                parent = element.getparent()
                if found is None and parent is not None:  # "<span>verified:</span> <b>date</b>"
                    found = _VERIFIED.search(text_of(parent))
                if found:
                    return found.group(1) or found.group(2)
    return None


_MAX_FOOTNOTE = 40


def _dated_footnote(inside: list[Element]) -> str | None:
    """A date closing the block on a short line of its own, whatever words label it
    ("업데이트 2026.01.08.", "Son kontrol: 27 Nisan 2026"): when the list was checked. A date
    inside a provider's row ("leaving on March 3") is that provider's, not the block's."""
    last = next((el for el in reversed(inside) if isinstance(el.tag, str) and text_of(el)), None)
    if last is None or last.tag not in _VERIFIED_TAGS or len(last) or last is inside[0]:
        return None
    text = text_of(last)
    if len(text) > _MAX_FOOTNOTE or not any(char.isdigit() for char in text):
        return None
    if any(ancestor.tag in {"li", "a", "button"} for ancestor in last.iterancestors()):
        return None
    found = parse_date(text, thorough=False) or parse_date(text)
    return text if found is not None and found.day else None


def _has_logos(element: Element) -> bool:
    return any(_is_logo(inner) for li in element.iter("li") for inner in li.iterdescendants())


def _bare_logos(element: Element) -> bool:
    """Two or more named logo images side by side, outside lists and links."""
    named = ((el, _logo_name(el)) for el in element.iter("img"))
    logos = [el for el, name in named if name and not name.casefold().endswith(" poster")]
    parents = [logo.getparent() for logo in logos]
    return len(logos) >= 2 and all(parent is parents[0] for parent in parents)


def _tiles(block: Element, count: str | None) -> list[str]:
    """Providers as tiles side by side, one tag and class each, a name first and an offer
    after it ("<div class=tile><span>Starz</span><span>Abonnement</span></div>"): as many
    tiles as the block's count says, or two or more where it says none."""
    wanted = int(digits) if count and (digits := re.sub(r"\D", "", count)) else None
    for parent in block.iter():
        groups: dict[tuple[str, str], list[Element]] = {}
        for child in parent:
            if isinstance(child.tag, str) and len(child) and child.tag not in _NOT_TILES:
                groups.setdefault((child.tag, str(child.get("class"))), []).append(child)
        for tiles in groups.values():
            if len(tiles) == wanted or (wanted is None and len(tiles) >= 2):
                names = [_first_text(tile) for tile in tiles]
                if all(0 < len(name) <= 40 for name in names):
                    return list(dict.fromkeys(names))
    return []


_NOT_TILES = frozenset({"p", "ul", "ol", "table", "h2", "h3", "h4", "form"})


def _chips(element: Element) -> list[Element]:
    """Leaf elements side by side of one tag and class, each a short name: provider chips."""
    children = [c for c in element if isinstance(c.tag, str) and c.tag not in {"p", "small"}]
    kinds = {(c.tag, c.get("class")) for c in children}
    if len(children) < 2 or len(kinds) != 1 or any(len(c) for c in children):
        return []
    names = [text_of(c) for c in children]
    return children if all(0 < len(name) <= 40 for name in names) else []


def _named_logo_links(element: Element) -> bool:
    """Providers as logo links, outside any list: "<a><img alt="Hulu"></a>"."""
    return any(_is_logo(inner) and _logo_name(inner) for link in element.iter("a")
               for inner in link.iterdescendants())


def _is_logo(element: Element) -> bool:
    """An image, or an svg or a role="img" element named by its aria-label."""
    if element.tag == "img":
        return True
    if element.tag != "svg" and element.get("role") != "img":
        return False
    return bool(element.get("aria-label")) or _in_named_link(element)


def _in_named_link(element: Element) -> bool:
    """An unnamed icon that is all of a named link: <a aria-label="Open in MUBI"><svg/></a>."""
    link = element.getparent()
    return link is not None and link.tag in {"a", "button"} and bool(
        link.get("aria-label") or link.get("title")) and not text_of(link)


def _platforms(inside: list[Element]) -> list[str]:
    """One name a provider, in order and once (a provider under Stream and Rent is one):
    each list item's first named logo (a quality badge after it is none), else its text (a
    chip); logos outside list items (an attribution, a button's icon) count only when the
    block has no list items."""
    items = [el for el in inside if el.tag == "li"]
    cards = [el for el in inside if el.tag == "a" and _card_text(el)] if not items else []
    if items:
        names = [_item_name(item) for item in items]
    elif cards:  # providers as link cards: "<a><img alt=""><p>Max</p><p>Free with ads</p></a>"
        names = [_first_text(card) for card in cards]
    else:
        names = [_logo_name(el) for el in inside if _is_logo(el)]
        if not any(names) and inside:
            names = [text_of(chip) for chip in _chips(inside[0])]
    return list(dict.fromkeys(n for n in names if n and not n.casefold().endswith(" poster")))


_CALL_TO_ACTION = re.compile(
    r"(?:watch|stream|play|rent|buy|see|view|start|sign in|subscribe|try|get|set|notify|remind)\b"
    r"(?: (?:now|free|all|it|trailer|options|more|an|a|alert|me|reminder))*",
    re.IGNORECASE,
)


def _card_text(link: Element) -> str:
    """A link's text, unless it is a call to action ("Stream Now", "See all")."""
    text = text_of(link)
    return "" if _CALL_TO_ACTION.fullmatch(text) else text


def _first_text(card: Element) -> str:
    """A card's first text: the provider's name; what follows is an offer or a badge."""
    logo = next((el for el in card.iter() if _is_logo(el) and _logo_name(el)), None)
    if logo is not None:
        return _logo_name(logo)
    return next((text for text in (squash(str(t)) for t in card.itertext()) if text), "")


def _item_name(item: Element) -> str:
    """A provider's logo name, else the name its link or button gives screen readers
    ("Watch on Hulu": the text beside an icon link is a badge, "Subscription"), else the
    item's text."""
    for element in item.iterdescendants():
        if _is_logo(element) and (name := _logo_name(element)):
            return name
    named = next((el for el in item.iter("a", "button") if el.get("aria-label")), None)
    if named is not None and not text_of(named):
        return _WATCH_VERB.sub("", squash(named.get("aria-label")))
    text = _chip_text(item)
    if not _WATCH_VERB.sub("", text + " ").strip():  # "<span>Watch on </span><b>Kanopy</b>"
        text = _WATCH_VERB.sub("", text_of(item))
    return "" if _MORE_CHIP.fullmatch(text) else text


def _logo_name(logo: Element) -> str:
    """A logo's alt, title or aria-label; an unnamed one in a link, the link's name
    (<a title="Netflix"><img alt=""></a>)."""
    name = squash(str(logo.get("alt") or logo.get("title") or logo.get("aria-label") or ""))
    link = logo.getparent()
    if not name and link is not None and _in_named_link(logo):
        name = _WATCH_VERB.sub("", squash(str(link.get("title") or link.get("aria-label") or "")))
    return _LOGO_SUFFIX.sub("", name)


def _is_badge(text: str) -> bool:
    """An offer's note: badge words and prices only ("4K", "Leihen 3,99 €")."""
    if _BADGE.fullmatch(text):
        return True
    rest = _BADGE.sub("", text)
    return rest != text and not any(char.isalnum() for char in rest)


def _chip_text(item: Element) -> str:
    """ "<li><span>Max</span> <span>$3.99</span></li>", "<li>Max <span>4K</span></li>": the
    first part names the provider."""
    if len(item) == 0:
        return text_of(item)
    children = [child for child in item if isinstance(child.tag, str)]
    if (item.text or "").strip():  # "Max <span>4K</span>", "Disney<sup>+</sup>"
        while children and _is_badge(text_of(children[-1])):
            if (children[-1].tail or "").strip():
                break
            children.pop()
        rest = "".join(text_of(child) + (child.tail or "") for child in children)
        return squash((item.text or "") + rest)
    # "<li><svg/>Criterion Channel <small>Subscription</small></li>": the first text, a tail too
    return next((text for text in (squash(str(t)) for t in item.itertext()) if text), "")
