# ruff: noqa: E501  (HTML templates read best on one line)
"""SF Anytime: an SF Anytime-like rental page in one of its markets, drawn per title: Swedish
(sv-SE), Danish (da-DK) or Norwegian (nb-NO). The <h1> title; 'Hyr 49 kr' / 'Lej 49 kr' / 'Lei
49 kr' and 'Köp' / 'Køb' / 'Kjøp' buttons and a rental period as traps; the synopsis in the
market's language; a facts list ('Längd 2 tim 50 min' / 'Længde 2 t 50 min' / 'Lengde 2 t 50
min' (a show's per episode), 'Åldersgräns 15' / 'Aldersgrænse 15' / 'Aldersgrense 15' (each
country's own board), 'Produktionsår 1995', 'Genre' / 'Sjanger', 'Land', 'Regissør' or
'Instruktør', 'Skådespelare' / 'Medvirkende' / 'Skuespillere', language and subtitle rows, and
'Producent' / 'Producer' / 'Produsent' as a trap) as a <dl> or as 'Label: value' lines; a show's
season count and episodes with their own lengths; rails with their prices; a JSON-LD Movie on
some pages. No tagline, audience text, dates, votes, studios, writers, money, IMDb link,
trailer or streaming block."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from typing import Any

from tests.heldout_sites2.kit import app_state, css, esc, json_ld, ld_type
from tests.heldout_sites2.records import GENRES as ENGLISH_GENRES
from tests.heldout_sites2.records import Prose, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites10.common import (
    Classes,
    cookie_banner,
    fit_rng,
    look,
    no_characters,
    others_people,
    pick,
    rated,
    translate,
)

NAME = "sfanytime"
ENGLISH_COUNTRIES = ("United States", "United Kingdom", "France", "Germany", "Japan", "China",
                     "South Korea", "India", "Brazil", "Australia", "Canada", "Spain", "Italy",
                     "Mexico", "Nigeria", "Sweden", "Denmark", "Argentina", "Iran", "Poland")
# the boards' certificates, by how strict the title's own one is
STRICTNESS = {"G": 0, "U": 0, "TV-Y": 0, "TV-G": 0, "FSK 0": 0, "PG": 1, "TV-PG": 1,
              "FSK 6": 1, "PG-13": 2, "12A": 2, "M": 2, "FSK 12": 2, "TV-14": 2, "15": 3,
              "MA15+": 3, "FSK 16": 3, "R": 3, "NC-17": 4, "18": 4, "R18+": 4, "FSK 18": 4,
              "TV-MA": 4}


@dataclass(frozen=True)
class Market:
    lang: str
    labels: dict[str, str]  # the facts list's labels and the page's own words
    genres: dict[str, str]
    countries: dict[str, str]
    ages: tuple[str, ...]  # by strictness 0..4
    hour: str
    prose: Prose

    @property
    def boards(self) -> dict[str, str]:
        """Each certificate the record may carry, as this country's board names its level."""
        return {k: self.ages[v] for k, v in STRICTNESS.items()}


def _words(names: str) -> tuple[str, ...]:
    return tuple(names.split("|"))


def _market(lang: str, labels: str, genres: str, countries: str, ages: str, hour: str,
            prose: Prose) -> Market:
    keys = ("length", "per_episode", "seasons", "age", "year", "genre", "country", "director",
            "cast", "producer", "language", "subtitles", "rent", "buy", "about_movie",
            "about_show", "more", "season", "season_many", "episode", "period", "languages")
    return Market(lang, dict(zip(keys, _words(labels), strict=True)),
                  dict(zip(ENGLISH_GENRES, _words(genres), strict=True)),
                  dict(zip(ENGLISH_COUNTRIES, _words(countries), strict=True)), _words(ages),
                  hour, prose)


MARKETS = {m.lang: m for m in (
    _market("sv-SE", "Längd|Längd per avsnitt|Säsonger|Åldersgräns|Produktionsår|Genre|Land|Regissör|Skådespelare|Producent|Språk|Undertexter|Hyr|Köp|Om filmen|Om serien|Du kanske också gillar|säsong|säsonger|Avsnitt|Hyrperiod 48 timmar|Engelska, Svenska, Franska",
            "Action|Äventyr|Animerat|Komedi|Kriminal|Dokumentär|Drama|Familj|Fantasy|Historia|Skräck|Musik|Mysterium|Romantik|Science fiction|Thriller|Krig|Western",
            "USA|Storbritannien|Frankrike|Tyskland|Japan|Kina|Sydkorea|Indien|Brasilien|Australien|Kanada|Spanien|Italien|Mexiko|Nigeria|Sverige|Danmark|Argentina|Iran|Polen",
            "Btl|7|11|15|15", "tim",
            Prose(verbs=("återvänder till", "ärver", "letar efter", "flyr från", "vaktar", "förlorar"),
                  things=("en översvämmad by", "familjens fruktträdgård", "en gammal fyr", "en övergiven gruva", "en gränsstad", "den sista färjan"),
                  synopsis="{hero} {verb} {thing} för att upptäcka att {other} också {verb2} {thing2}. I {title} prövas gamla lojaliteter under en lång säsong.",
                  taglines=("Allt har ett pris.",), audiences=("Tittarna berömmer skådespelarna.",))),
    _market("da-DK", "Længde|Længde pr. afsnit|Sæsoner|Aldersgrænse|Produktionsår|Genre|Land|Instruktør|Medvirkende|Producer|Sprog|Undertekster|Lej|Køb|Om filmen|Om serien|Du vil måske også kunne lide|sæson|sæsoner|Afsnit|Lejeperiode 48 timer|Engelsk, Dansk, Fransk",
            "Action|Eventyr|Animation|Komedie|Krimi|Dokumentar|Drama|Familie|Fantasy|Historisk|Gyser|Musik|Mysterium|Romantik|Science fiction|Thriller|Krig|Western",
            "USA|Storbritannien|Frankrig|Tyskland|Japan|Kina|Sydkorea|Indien|Brasilien|Australien|Canada|Spanien|Italien|Mexico|Nigeria|Sverige|Danmark|Argentina|Iran|Polen",
            "A|7|11|15|15", "t",
            Prose(verbs=("vender tilbage til", "arver", "leder efter", "flygter fra", "vogter", "mister"),
                  things=("en oversvømmet landsby", "familiens frugthave", "et gammelt fyrtårn", "en forladt mine", "en grænseby", "den sidste færge"),
                  synopsis="{hero} {verb} {thing} og opdager, at {other} også {verb2} {thing2}. I {title} sættes gamle loyaliteter på prøve gennem en lang sæson.",
                  taglines=("Alt har en pris.",), audiences=("Seerne roser skuespillerne.",))),
    _market("nb-NO", "Lengde|Lengde per episode|Sesonger|Aldersgrense|Produksjonsår|Sjanger|Land|Regissør|Skuespillere|Produsent|Språk|Undertekster|Lei|Kjøp|Om filmen|Om serien|Du vil kanskje også like|sesong|sesonger|Episode|Leieperiode 48 timer|Engelsk, Norsk, Fransk",
            "Action|Eventyr|Animasjon|Komedie|Krim|Dokumentar|Drama|Familie|Fantasy|Historisk|Skrekk|Musikk|Mysterium|Romantikk|Science fiction|Thriller|Krig|Western",
            "USA|Storbritannia|Frankrike|Tyskland|Japan|Kina|Sør-Korea|India|Brasil|Australia|Canada|Spania|Italia|Mexico|Nigeria|Sverige|Danmark|Argentina|Iran|Polen",
            "A|6|12|15|18", "t",
            Prose(verbs=("vender tilbake til", "arver", "leter etter", "flykter fra", "vokter", "mister"),
                  things=("en oversvømt landsby", "familiens frukthage", "et gammelt fyr", "en forlatt gruve", "en grenseby", "den siste fergen"),
                  synopsis="{hero} {verb} {thing} og oppdager at {other} også {verb2} {thing2}. I {title} settes gammel lojalitet på prøve gjennom en lang sesong.",
                  taglines=("Alt har en pris.",), audiences=("Seerne roser skuespillerne.",))),
)}


COOKIES = {"sv-SE": "Vi använder cookies för att ge dig en bättre upplevelse.",
           "da-DK": "Vi bruger cookies for at give dig en bedre oplevelse.",
           "nb-NO": "Vi bruker informasjonskapsler for å gi deg en bedre opplevelse."}


def market(t: Title) -> Market:
    """The market whose page this title gets: `fit` and `render` both draw it."""
    return MARKETS[pick(fit_rng(NAME, t, "market"), tuple(MARKETS))]


def fit(t: Title) -> Title:
    m = market(t)
    t = rated(translate(localize(t, m.prose), m.genres, m.countries), m.boards)
    t = replace(t, tagline=None, audience=None, released=None, votes=None, studios=(),
                studios_shown=0, budget=None, box_office=None, imdb=None, trailer=None,
                streaming=None, writers=())
    return no_characters(t)


def length(n: int, hour: str = "tim") -> str:
    """'2 tim 50 min' (Danish and Norwegian '2 t 50 min'), '2 tim', '45 min'."""
    big, small = divmod(n, 60)
    return " ".join(([f"{big} {hour}"] if big else []) + ([f"{small} min"] if small or not big else []))


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    m = market(t)
    c = Classes("sf", rng)
    ld = _ld(t) if rng.random() < 0.5 else ""
    blocks = [_facts(t, m, c, rng), _episodes(t, m, ctx, c)]
    if rng.random() < 0.5:
        blocks.reverse()
    return (f'<!DOCTYPE html><html lang="{m.lang}"><head><meta charset="utf-8"><title>{esc(t.title)} | SF Anytime</title>'
            f'<link rel="canonical" href="{t.url}">{css("sf", t.slug, 100)}{ld}</head><body>'
            f'{cookie_banner(c("cookie"), COOKIES[m.lang], "OK", "Cookie settings")}'
            f'{_nav(m, c)}<main class="{c("product")}">{_hero(t, m, c, rng)}{"".join(blocks)}{_rails(ctx, m, c, rng)}</main>'
            f'{_footer(c)}{app_state("__SFA_STATE__", ctx.others, {"market": m.lang[-2:].lower()})}</body></html>')


def _ld(t: Title) -> str:
    data: dict[str, Any] = {"@type": ld_type(t), "name": t.title, "url": t.url}
    if t.synopsis:
        data["description"] = t.synopsis
    if t.rating:
        data["contentRating"] = t.rating
    if t.directors:
        data["director"] = [{"@type": "Person", "name": d} for d in t.directors]
    if t.cast:
        data["actor"] = [{"@type": "Person", "name": p.actor} for p in t.cast]
    return json_ld(data)


def _nav(m: Market, c: Classes) -> str:
    items = ("Film", "Serier", "Nyheter", "Topplistor", "Erbjudanden")
    return (f'<header class="{c("header")}"><a href="/{m.lang[:2]}" aria-label="SF Anytime">SF Anytime</a><nav><ul>'
            + "".join(f'<li><a href="/{m.lang[:2]}/{i}">{x}</a></li>' for i, x in enumerate(items))
            + '</ul></nav><select aria-label="Country"><option>Sverige</option><option>Danmark</option><option>Norge</option><option>Suomi</option></select><a href="/login">Login</a></header>')


def _hero(t: Title, m: Market, c: Classes, rng: random.Random) -> str:
    rent, buy = pick(rng, ("39", "49", "59")), pick(rng, ("99", "149", "199"))
    out = (f'<section class="{c("hero")}"><h1 class="{c("title")}">{esc(t.title)}</h1>'
           f'<div class="{c("buttons")}"><button>{m.labels["rent"]} {rent} kr</button><button>{m.labels["buy"]} {buy} kr</button></div>'
           f'<p class="{c("period")}">{m.labels["period"]}</p>')
    if t.synopsis:
        out += f'<div class="{c("synopsis")}"><p>{esc(t.synopsis)}</p></div>'
    return out + "</section>"


def _facts(t: Title, m: Market, c: Classes, rng: random.Random) -> str:
    w = m.labels
    rows: list[tuple[str, str]] = []
    if t.runtime:
        rows.append((w["per_episode"] if t.kind == "show" else w["length"], length(t.runtime, m.hour)))
    if t.seasons:
        rows.append((w["seasons"], f"{t.seasons} {w['season'] if t.seasons == 1 else w['season_many']}"))
    if t.rating:
        rows.append((w["age"], esc(t.rating)))
    if t.year:
        rows.append((w["year"], str(t.year)))
    if t.genres:
        rows.append((w["genre"], ", ".join(map(esc, t.genres))))
    if t.countries:
        rows.append((w["country"], ", ".join(map(esc, t.countries))))
    if t.directors:
        rows.append((w["director"], ", ".join(map(esc, t.directors))))
    if t.cast:
        rows.append((w["cast"], ", ".join(esc(p.actor) for p in t.cast)))
    rows.append((w["producer"], esc(others_people(t, rng, 1)[0])))
    rows += [(w["language"], pick(rng, w["languages"].split(", "))), (w["subtitles"], w["languages"])]
    if rng.random() < 0.5:
        body = "<dl>" + "".join(f'<dt>{k}</dt><dd>{v}</dd>' for k, v in rows) + "</dl>"
    else:
        body = "".join(f'<p class="{c("fact")}"><span>{k}:</span> {v}</p>' for k, v in rows)
    return f'<section class="{c("facts")}"><h2>{w["about_show"] if t.kind == "show" else w["about_movie"]}</h2>{body}</section>'


def _episodes(t: Title, m: Market, ctx: Context, c: Classes) -> str:
    if not ctx.episodes:
        return ""
    items = "".join(f'<li><span>{m.labels["episode"]} {e.number}</span> <b>{esc(e.name)}</b> <span>{length(e.minutes, m.hour)}</span></li>' for e in ctx.episodes)
    return f'<section class="{c("episodes")}"><h2>{m.labels["season"].capitalize()} {t.seasons}</h2><ol>{items}</ol></section>'


def _rails(ctx: Context, m: Market, c: Classes, rng: random.Random) -> str:
    cards = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a><span>{o.year}</span><span>{length(o.runtime or 97, m.hour)}</span>'
                    + (f'<span>{m.labels["age"]} {esc(o.rating)}</span>' if o.rating else "")
                    + f'<span>{m.labels["rent"]} {pick(rng, ("39", "49"))} kr</span></li>' for o in ctx.others)
    return f'<section class="{c("related")}"><h2>{m.labels["more"]}</h2><ul>{cards}</ul></section>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><a href="/help">Kundeservice</a><a href="/terms">Vilkår</a><a href="/privacy">Privacy</a>'
            '<a href="/cookies">Cookies</a><p>SF Anytime – SF Studios</p></footer>')
