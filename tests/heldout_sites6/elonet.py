# ruff: noqa: E501  (HTML templates read best on one line)
"""Elonet: an Elonet-like Finnish film archive page (the national audiovisual institute's
database). The <h1> and a kind line ('Elokuva' / 'TV-sarja'); a 'Perustiedot' th/td table
('Alkuperäinen nimi', 'Valmistusvuosi', 'Ensi-ilta' as '12.3.1995', 'Kesto' '111 min',
'Ikäraja' 'K-12', 'Tuotantomaa', 'Lajityyppi', 'Tuotantoyhtiö' with '+2 muuta', 'Budjetti'
and 'Lipputulot', pre-euro budgets in markka as '<abbr title="Suomen markka (FIM)">mk</abbr>',
'Katsojaluku' admissions as a trap); a 'Tekijät' table where 'Ohjaus'/'Ohjaaja' and
'Käsikirjoitus' sit among 'Kuvaus', 'Musiikki' and 'Tuottaja'; 'Näyttelijät' as Actor | Rooli
rows; 'Sisältöseloste'; the censorship record ('Tarkastettu 1.3.1995, 3 045 m') and TV
broadcasts with their own dates; 'Katso myös' rails. No votes, tagline, audience text,
trailer, where-to-watch block or schema.org."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from tests.heldout_sites2.kit import SYMBOLS, app_state, css, esc
from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites6.common import (
    Classes,
    cookie_banner,
    fit_rng,
    look,
    others_people,
    pick,
    rated,
    spaced,
    translate,
)

NAME = "elonet"
GENRES = {"Action": "toiminta", "Adventure": "seikkailu", "Animation": "animaatio",
          "Comedy": "komedia", "Crime": "rikos", "Documentary": "dokumentti", "Drama": "draama",
          "Family": "perhe", "Fantasy": "fantasia", "History": "historia", "Horror": "kauhu",
          "Music": "musiikki", "Mystery": "mysteeri", "Romance": "romantiikka",
          "Science Fiction": "tieteisfiktio", "Thriller": "trilleri", "War": "sota",
          "Western": "lännenelokuva"}
COUNTRIES = {"United States": "Yhdysvallat", "United Kingdom": "Iso-Britannia",
             "France": "Ranska", "Germany": "Saksa", "Japan": "Japani", "China": "Kiina",
             "South Korea": "Etelä-Korea", "India": "Intia", "Brazil": "Brasilia",
             "Australia": "Australia", "Canada": "Kanada", "Spain": "Espanja", "Italy": "Italia",
             "Mexico": "Meksiko", "Nigeria": "Nigeria", "Sweden": "Ruotsi", "Denmark": "Tanska",
             "Argentina": "Argentiina", "Iran": "Iran", "Poland": "Puola"}
AGES = {"G": "S", "U": "S", "TV-Y": "S", "TV-G": "S", "FSK 0": "S", "PG": "K-7", "TV-PG": "K-7",
        "FSK 6": "K-7", "PG-13": "K-12", "12A": "K-12", "M": "K-12", "TV-14": "K-12",
        "FSK 12": "K-12", "R": "K-16", "15": "K-16", "MA15+": "K-16", "TV-MA": "K-16",
        "FSK 16": "K-16", "NC-17": "K-18", "18": "K-18", "R18+": "K-18", "FSK 18": "K-18"}
PROSE = Prose(
    verbs=("palaa kohti", "perii", "etsii", "pakenee", "vartioi", "menettää", "rakentaa"),
    things=("tulvan vallannutta kylää", "suvun hedelmätarhaa", "varastettua viulua",
            "vanhaa majakkaa", "konkurssin partaalla olevaa sirkusta", "hylättyä kaivosta",
            "rajakaupunkia"),
    synopsis=("{hero} {verb} {thing} ja huomaa, että myös {other} {verb2} {thing2}. "
              "Elokuvassa {title} vanhat uskollisuudet joutuvat koetukselle yhden pitkän kauden "
              "aikana, eikä mikään palaa sellaisena kuin lähti."),
    taglines=("Kaikella on hintansa.",),
    audiences=("Katsojat kehuvat näyttelijöitä.",))


def _markka(t: Title) -> bool:
    return fit_rng(NAME, t, "markka").random() < 0.6


def fit(t: Title) -> Title:
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES)
    budget = t.budget
    if budget and t.year and t.year < 2002 and _markka(t):  # the archive keeps the markka
        budget = Money(max(10000, int(round(budget.amount * 5 / PER_USD.get(budget.currency, 1), -4))), "FIM")
    return replace(t, budget=budget, votes=None, tagline=None, audience=None, trailer=None,
                   streaming=None)


# rough units per US dollar (records.PER_DOLLAR), to turn a budget into markka
PER_USD = {"USD": 1, "EUR": 1, "GBP": 1, "JPY": 150, "CNY": 7, "KRW": 1300, "INR": 80, "BRL": 5,
           "AUD": 2, "CAD": 1, "DEM": 2}


def day(d: date) -> str:
    return f"{d.day}.{d.month}.{d.year}"


def money(m: Money) -> str:
    if m.currency == "FIM":
        return f'{spaced(m.amount)} <abbr title="Suomen markka (FIM)">mk</abbr>'
    return f"{spaced(m.amount)} {SYMBOLS.get(m.currency, m.currency)}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("el", rng)
    blocks = [_basics(t, c, rng), _credits(t, c, rng), _synopsis(t, c), _inspection(t, c, rng)]
    if rng.random() < 0.5:
        blocks[1], blocks[2] = blocks[2], blocks[1]
    return (f'<!DOCTYPE html><html lang="fi"><head><meta charset="utf-8"><title>{esc(t.title)}'
            f'{f" ({t.year})" if t.year else ""} | Elonet</title><link rel="canonical" href="{t.url}">'
            f'{css("el", t.slug, 80)}</head><body>'
            f'{cookie_banner(c("cookie"), "Käytämme evästeitä sivuston toiminnan varmistamiseen ja kävijätilastointiin.", "Hyväksy kaikki", "Vain välttämättömät")}'
            f'{_nav(c)}<main class="{c("main")}"><article><h1 class="{c("title")}">{esc(t.title)}</h1>'
            f'<p class="{c("kind")}">{"TV-sarja" if t.kind == "show" else "Elokuva"}</p>{"".join(blocks)}'
            f'{_broadcasts(t, c, rng)}{_links(t, c)}</article>{_rails(ctx, c)}</main>{_footer(c)}'
            f'{app_state("__ELONET__", ctx.others, {"kieli": "fi"})}</body></html>')


def _nav(c: Classes) -> str:
    items = ("Elokuvat", "Henkilöt", "Yhtiöt", "Teemat", "Katso verkossa", "Tietoa Elonetistä")
    return (f'<header class="{c("header")}"><a href="/" class="{c("brand")}">Elonet · KAVI</a><nav aria-label="Päävalikko"><ul>'
            + "".join(f'<li><a href="/{i}">{x}</a></li>' for i, x in enumerate(items))
            + '</ul></nav><a href="/sv" lang="sv">På svenska</a><a href="/en" lang="en">In English</a></header>')


def _basics(t: Title, c: Classes, rng: random.Random) -> str:
    rows = [("Alkuperäinen nimi", esc(t.title))]
    if t.year:
        rows.append(("Valmistusvuosi", str(t.year)))
    if t.released:
        rows.append(("Ensi-ilta" if t.kind == "movie" else "Ensiesitys", day(t.released)))
    if t.runtime:
        rows.append(("Kesto" if t.kind == "movie" else "Jakson kesto", f"{t.runtime} min"))
    if t.seasons:
        rows.append(("Tuotantokausia", str(t.seasons)))
    if t.rating:
        rows.append(("Ikäraja", t.rating))
    if t.countries:
        rows.append(("Tuotantomaa" if len(t.countries) == 1 else "Tuotantomaat", ", ".join(map(esc, t.countries))))
    if t.genres:
        rows.append(("Lajityyppi", ", ".join(map(esc, t.genres))))
    if t.studios:
        more = f" +{t.more_studios} {'muu' if t.more_studios == 1 else 'muuta'}" if t.more_studios else ""
        rows.append(("Tuotantoyhtiö" if len(t.studios) == 1 else "Tuotantoyhtiöt", ", ".join(map(esc, t.shown_studios)) + more))
    if t.budget:
        rows.append(("Budjetti", money(t.budget)))
    if t.box_office:
        rows.append(("Lipputulot", money(t.box_office)))
    if t.kind == "movie":
        rows.append(("Katsojaluku", f"{spaced(len(t.slug) * 2311)} katsojaa"))
    rows.append(("Värillisyys", pick(rng, ("väri", "mustavalkoinen", "väri ja mustavalkoinen"))))
    body = "".join(f"<tr><th scope=\"row\">{k}</th><td>{v}</td></tr>" for k, v in rows)
    return f'<section class="{c("basics")}"><h2>Perustiedot</h2><table>{body}</table></section>'


def _credits(t: Title, c: Classes, rng: random.Random) -> str:
    dop, music, producer = others_people(t, rng, 3)
    rows = []
    if t.directors:
        rows.append((pick(rng, ("Ohjaus", "Ohjaaja")), ", ".join(map(esc, t.directors))))
    if t.writers:
        rows.append((pick(rng, ("Käsikirjoitus", "Käsikirjoittaja")), ", ".join(map(esc, t.writers))))
    rows += [("Kuvaus", esc(dop)), ("Musiikki", esc(music)), ("Tuottaja", esc(producer))]
    if rng.random() < 0.4:
        rows = rows[2:] + rows[:2]
    body = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
    out = f'<section class="{c("credits")}"><h2>Tekijät</h2><table>{body}</table>'
    if t.cast:
        actors = "".join(f"<tr><td>{esc(p.actor)}</td><td>{esc(p.character) if p.character else ''}</td></tr>" for p in t.cast)
        out += f'<h3>Näyttelijät</h3><table class="{c("cast")}"><thead><tr><th>Näyttelijä</th><th>Rooli</th></tr></thead><tbody>{actors}</tbody></table>'
    return out + "</section>"


def _synopsis(t: Title, c: Classes) -> str:
    if not t.synopsis:
        return ""
    return f'<section class="{c("synopsis")}"><h2>Sisältöseloste</h2><p>{esc(t.synopsis)}</p></section>'


def _inspection(t: Title, c: Classes, rng: random.Random) -> str:
    """The censorship record: its own date and a length in metres, never a runtime."""
    if t.kind == "show" or not t.year:
        return ""
    checked = date(max(t.year, 1921), 1, 1) + timedelta(days=rng.randint(0, 300))
    if t.released and checked == t.released:
        checked += timedelta(days=3)
    metres = spaced((t.runtime or 90) * 27 + rng.randint(1, 26))
    return (f'<section class="{c("inspection")}"><h2>Tarkastustiedot</h2><p>Tarkastettu {day(checked)}, '
            f'tarkastusnumero {rng.randint(10000, 199999)}, pituus {metres} m, {esc(t.rating or "ikäraja ei tiedossa")}.</p></section>')


def _broadcasts(t: Title, c: Classes, rng: random.Random) -> str:
    if not t.year or rng.random() < 0.3:
        return ""
    start = date(max(t.year, 1958) + 3, 1, 1)
    items = "".join(f"<li>{pick(rng, ('Yle TV1', 'Yle TV2', 'MTV3', 'Nelonen', 'Yle Teema'))} {day(start + timedelta(days=rng.randint(0, 4000)))}</li>"
                    for _ in range(rng.randint(1, 4)))
    return f'<section class="{c("tv")}"><h2>Esitykset televisiossa</h2><ul>{items}</ul></section>'


def _links(t: Title, c: Classes) -> str:
    if not t.imdb:
        return ""
    return f'<section class="{c("links")}"><h2>Linkit</h2><a href="https://www.imdb.com/title/{t.imdb}/">Internet Movie Database</a></section>'


def _rails(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<li><a href="{o.path}">{esc(o.title)} ({o.year})</a> <span>{o.runtime or 97} min</span>'
                    + (f" <span>{esc(o.rating)}</span>" if o.rating else "") + "</li>" for o in ctx.others)
    return f'<aside class="{c("related")}"><h2>Katso myös</h2><ul>{cards}</ul></aside>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><p>Kansallinen audiovisuaalinen instituutti</p><a href="/saavutettavuus">Saavutettavuusseloste</a>'
            '<a href="/tietosuoja">Tietosuoja</a><a href="/evasteet">Evästeasetukset</a><p>© 2026 KAVI</p></footer>')
