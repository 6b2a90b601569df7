# ruff: noqa: E501  (HTML templates read best on one line)
"""Hoichoi: a hoichoi.tv film or series page (Bengali). The hero's <h1> (a title-art image
with the title as its alt on some deploys); an unlabelled meta line '1995 | 1 ঘণ্টা 51 মিনিট |
U/A 16+ | থ্রিলার, ড্রামা' (a series' '3টি সিজন'); the synopsis; 'পরিচালনা' directors, 'চিত্রনাট্য'
writers, 'অভিনয়ে' the cast (names only), 'অডিও' languages a trap; the latest season's episodes
('পর্ব 2', each with its own length and date); plans with prices in ₹ as traps; 'আপনার জন্য আরও'
and a 'টপ ১০' rail; a JSON-LD Movie or TVSeries on some pages. No tagline, audience text,
release date, votes, countries, studios, money, IMDb link, trailer or streaming block."""

from __future__ import annotations

import random
from dataclasses import replace

from tests.heldout_sites2.kit import app_state, css, esc
from tests.heldout_sites2.records import Prose, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites10.hotstar import CBFC
from tests.heldout_sites11.common import (
    Classes,
    cookie_banner,
    look,
    no_characters,
    rated,
    schema,
    translate,
)

NAME = "hoichoi"
GENRES = {"Action": "অ্যাকশন", "Adventure": "অ্যাডভেঞ্চার", "Animation": "অ্যানিমেশন",
          "Comedy": "কমেডি", "Crime": "ক্রাইম", "Documentary": "তথ্যচিত্র", "Drama": "ড্রামা",
          "Family": "পারিবারিক", "Fantasy": "ফ্যান্টাসি", "History": "ঐতিহাসিক", "Horror": "হরর",
          "Music": "মিউজিক্যাল", "Mystery": "রহস্য", "Romance": "রোমান্স",
          "Science Fiction": "কল্পবিজ্ঞান", "Thriller": "থ্রিলার", "War": "যুদ্ধ",
          "Western": "ওয়েস্টার্ন"}
MONTHS = ("জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর",
          "অক্টোবর", "নভেম্বর", "ডিসেম্বর")
PROSE = Prose(
    verbs=("ফিরে আসে", "খুঁজে বেড়ায়", "রক্ষা করে", "হারিয়ে ফেলে", "আবার গড়ে তোলে"),
    things=("একটি ডুবে যাওয়া গ্রামে", "পারিবারিক বাগানে", "একটি পুরোনো বাতিঘরে", "একটি সীমান্ত শহরে",
            "শেষ খেয়াঘাটে", "একটি পরিত্যক্ত খনিতে"),
    synopsis=("{hero} {thing} {verb}, আর জানতে পারে {other}ও {thing2} {verb2}। {title}-এ এক দীর্ঘ "
              "ঋতু জুড়ে পুরোনো আনুগত্যের পরীক্ষা চলে, আর কিছুই আগের মতো ফেরে না।"),
    taglines=("সবকিছুরই দাম আছে।",),
    audiences=("দর্শকেরা অভিনয়ের প্রশংসা করেছেন।",))


def fit(t: Title) -> Title:
    t = rated(translate(localize(replace(t, countries=()), PROSE), GENRES, {}), CBFC)
    t = replace(t, tagline=None, audience=None, released=None, votes=None, countries=(),
                studios=(), studios_shown=0, budget=None, box_office=None, imdb=None,
                trailer=None, streaming=None)
    return no_characters(t)


def duration(n: int) -> str:
    """'1 ঘণ্টা 51 মিনিট', '2 ঘণ্টা', '45 মিনিট'."""
    big, small = divmod(n, 60)
    return " ".join(([f"{big} ঘণ্টা"] if big else []) + ([f"{small} মিনিট"] if small or not big else []))


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("hc", rng)
    ld = schema(t, ("description", "genre", "contentRating", "director", "author", "actor", "numberOfSeasons")) if rng.random() < 0.5 else ""
    blocks = [_episodes(ctx, c), _plans(c, rng), _more(ctx, c), _top(ctx, c)]
    if rng.random() < 0.5:
        blocks[0], blocks[2] = blocks[2], blocks[0]
    return (f'<!DOCTYPE html><html lang="bn"><head><meta charset="utf-8"><title>{esc(t.title)} | {"ওয়েব সিরিজ" if t.kind == "show" else "সিনেমা"} | hoichoi</title>'
            f'<link rel="canonical" href="{t.url}">{css("hc", t.slug, 110)}{ld}</head><body>'
            f'{cookie_banner(c("consent"), "আপনার অভিজ্ঞতা উন্নত করতে আমরা কুকি ব্যবহার করি।", "সম্মত", "সেটিংস")}'
            f'{_nav(c)}<main class="{c("detail")}">{_hero(t, c, rng)}{"".join(blocks)}</main>'
            f'{_footer(c)}{app_state("__HOICHOI_STATE__", ctx.others, {"region": "IN-WB"})}</body></html>')


def _nav(c: Classes) -> str:
    items = ("হোম", "সিনেমা", "ওয়েব সিরিজ", "মিউজিক", "কিডস", "শীঘ্রই আসছে")
    return (f'<header class="{c("header")}"><a href="/" aria-label="hoichoi">hoichoi</a><nav><ul>' + "".join(f'<li><a href="/n{i}">{x}</a></li>' for i, x in enumerate(items))
            + '</ul></nav><a href="/subscribe" class="cta">সাবস্ক্রাইব</a></header>')


def _meta(t: Title) -> str:
    parts = [str(t.year)] if t.year else []
    if t.seasons:
        parts.append(f"{t.seasons}টি সিজন")
    if t.runtime:
        parts.append(duration(t.runtime) + (" / পর্ব" if t.kind == "show" else ""))
    parts += [t.rating] if t.rating else []
    if t.genres:
        parts.append(", ".join(map(esc, t.genres)))
    return " | ".join(f"<span>{p}</span>" for p in parts)


def _hero(t: Title, c: Classes, rng: random.Random) -> str:
    heading = (f'<h1 class="{c("art")}"><img src="/art/{t.slug}.webp" alt="{esc(t.title)}"></h1>' if rng.random() < 0.3
               else f'<h1 class="{c("title")}">{esc(t.title)}</h1>')
    out = f'<section class="{c("hero")}">{heading}<div class="{c("meta")}">{_meta(t)}</div>'
    if t.synopsis:
        out += f'<p class="{c("synopsis")}">{esc(t.synopsis)}</p>'
    credits = [("পরিচালনা", t.directors), ("চিত্রনাট্য", t.writers), ("অভিনয়ে", tuple(p.actor for p in t.cast))]
    out += "".join(f'<p class="{c("credit")}"><span class="{c("label")}">{k}:</span> {", ".join(esc(n) for n in v)}</p>' for k, v in credits if v)
    audio = "বাংলা" if rng.random() < 0.6 else "বাংলা, হিন্দি"
    return out + f'<p class="{c("audio")}">অডিও: {audio}</p><a class="{c("play")}" href="#play">এখনই দেখুন</a></section>'


def _episodes(ctx: Context, c: Classes) -> str:
    if not ctx.episodes:
        return ""
    items = "".join(f'<li class="{c("ep")}"><b>পর্ব {e.number}</b> {esc(e.name)} <span>{duration(e.minutes)}</span> <span>{e.aired.day} {MONTHS[e.aired.month - 1]} {e.aired.year}</span><p>পরিচালনা: {esc(e.director)}</p></li>' for e in ctx.episodes)
    return f'<section class="{c("episodes")}"><h2>পর্বসমূহ</h2><ul>{items}</ul></section>'


def _plans(c: Classes, rng: random.Random) -> str:
    return (f'<section class="{c("plans")}"><h2>প্ল্যান বেছে নিন</h2><ul><li>৩ মাস <b>₹{rng.choice((199, 249))}</b></li>'
            f'<li>১ বছর <b>₹{rng.choice((399, 599, 699))}</b></li></ul></section>')


def _more(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<li><a href="{o.path}"><img src="/p/{o.slug}.webp" alt="{esc(o.title)}"></a><span>{o.year} | {esc(o.rating or "")}</span></li>' for o in ctx.others[:3])
    return f'<section class="{c("more")}"><h2>আপনার জন্য আরও</h2><ul>{cards}</ul></section>'


def _top(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<li><span class="{c("rank")}">{i}</span><a href="{o.path}">{esc(o.title)}</a></li>' for i, o in enumerate(ctx.others[3:], 1))
    return f'<section class="{c("top")}"><h2>টপ ১০ আজ</h2><ol>{cards}</ol></section>'


def _footer(c: Classes) -> str:
    links = ("আমাদের সম্পর্কে", "সাহায্য", "শর্তাবলী", "গোপনীয়তা নীতি", "যোগাযোগ", "কুকি নীতি")
    return (f'<footer class="{c("footer")}"><ul>' + "".join(f'<li><a href="/f{i}">{x}</a></li>' for i, x in enumerate(links))
            + "</ul><p>© 2026 SVF Entertainment Pvt. Ltd.</p></footer>")
