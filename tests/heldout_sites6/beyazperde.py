# ruff: noqa: E501  (HTML templates read best on one line)
"""Beyazperde: a Beyazperde-like Turkish page (the AlloCiné family's layout). Under the <h1> an
unlabelled meta line ('12 Mart 1995 / 1s 51dk / Dram, Romantik' or 'Dizi / 1995 / 45dk'),
then 'Yönetmen', 'Senarist' and a top-three 'Oyuncular' line; the audience score '3,8' beside
'12.400 oy' among traps ('56 eleştiri', '1.234 kişi izlemek istiyor'); RTÜK-style age limits
('13+'); 'Özet', a quoted 'Slogan', 'Seyirciler ne diyor?'; a 'Teknik Bilgiler' <dl> with
'Yapım şirketleri' ('+2 diğer'), 'Dağıtımcı' (a trap), Turkish money ('3.600.000 $'); the full
'Oyuncular ve Ekip' list with 'Rol:' on some deploys and a cinematographer and composer among
the crew; 'Nereden izlenir?'; a show's latest episodes with their own director; user reviews;
'Benzer filmler' rails; a JSON-LD on some deploys."""

from __future__ import annotations

import random
from datetime import date
from typing import Any

from tests.heldout_sites2.kit import SYMBOLS, app_state, css, esc, json_ld, ld_type
from tests.heldout_sites2.records import Money, Prose, Streaming, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites5.common import dotted
from tests.heldout_sites6.common import (
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

NAME = "beyazperde"
MONTHS = ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
          "Ekim", "Kasım", "Aralık")
GENRES = {"Action": "Aksiyon", "Adventure": "Macera", "Animation": "Animasyon",
          "Comedy": "Komedi", "Crime": "Suç", "Documentary": "Belgesel", "Drama": "Dram",
          "Family": "Aile", "Fantasy": "Fantastik", "History": "Tarih", "Horror": "Korku",
          "Music": "Müzik", "Mystery": "Gizem", "Romance": "Romantik",
          "Science Fiction": "Bilim Kurgu", "Thriller": "Gerilim", "War": "Savaş",
          "Western": "Western"}
COUNTRIES = {"United States": "ABD", "United Kingdom": "İngiltere", "France": "Fransa",
             "Germany": "Almanya", "Japan": "Japonya", "China": "Çin", "South Korea": "Güney Kore",
             "India": "Hindistan", "Brazil": "Brezilya", "Australia": "Avustralya",
             "Canada": "Kanada", "Spain": "İspanya", "Italy": "İtalya", "Mexico": "Meksika",
             "Nigeria": "Nijerya", "Sweden": "İsveç", "Denmark": "Danimarka",
             "Argentina": "Arjantin", "Iran": "İran", "Poland": "Polonya"}
# RTÜK-style age limits for the certificates the generator draws; 'Not Rated' has none
AGES = {"G": "Genel İzleyici", "U": "Genel İzleyici", "TV-Y": "Genel İzleyici",
        "TV-G": "Genel İzleyici", "FSK 0": "Genel İzleyici", "PG": "7+", "TV-PG": "7+",
        "FSK 6": "7+", "PG-13": "13+", "12A": "13+", "M": "13+", "TV-14": "13+", "FSK 12": "13+",
        "R": "16+", "15": "16+", "MA15+": "16+", "TV-MA": "16+", "FSK 16": "16+",
        "NC-17": "18+", "18": "18+", "R18+": "18+", "FSK 18": "18+"}
PROSE = Prose(
    verbs=("geri döner", "miras alır", "peşine düşer", "kaçar", "korur", "ortaya çıkarır",
           "kaybeder", "yeniden kurar"),
    things=("sular altındaki köye", "aile bahçesine", "çalınan kemana", "eski deniz fenerine",
            "batmakta olan sirke", "son vapura", "terk edilmiş madene", "sınır kasabasına"),
    synopsis=("{hero} {thing} {verb} ve {other} adlı kişinin de {thing2} {verb2} olduğunu "
              "öğrenir. {title}, uzun bir mevsim boyunca sınanan eski bağlılıkların hikâyesini "
              "anlatıyor; hiçbir şey gittiği gibi geri gelmiyor."),
    taglines=("Her şeyin bir bedeli var.", "Bazı kapılar kapalı kalır.",
              "Gelgit her zaman geri döner.", "Bir yaz. Tek bir şans."),
    audiences=("İzleyiciler oyunculukları ve görüntüleri övüyor; final tartışmalı olsa da "
               "kadro hikâyeyi taşıyor.",
               "Çoğu seyirci yavaş ama etkileyici buluyor, müzikleri ayrıca beğeniliyor."))


def _roles(t: Title) -> bool:
    return fit_rng(NAME, t, "roles").random() < 0.6


def fit(t: Title) -> Title:
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES)
    return t if _roles(t) else no_characters(t)


def day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def duration(minutes: int, spaced: bool) -> str:
    """'1s 51dk' or '1 sa 51 dk'; minutes after hours are zero-padded ('2s 05dk')."""
    big, small = divmod(minutes, 60)
    gap, hour = (" ", "sa") if spaced else ("", "s")
    parts = [f"{big}{gap}{hour}"] if big else []
    if small or not big:
        parts.append(f"{small:02d}{gap}dk" if big else f"{small}{gap}dk")
    return " ".join(parts)


def money(m: Money) -> str:
    return f"{dotted(m.amount)} {SYMBOLS.get(m.currency, m.currency)}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("bp", rng)
    spaced = rng.random() < 0.5
    ld = _ld(t) if rng.random() < 0.5 else ""
    blocks = [_texts(t, c), _cast(t, c, rng), _tech(t, c, rng), _watch(t.streaming, c)]
    if rng.random() < 0.5:
        blocks[1], blocks[2] = blocks[2], blocks[1]
    kind = "Dizi" if t.kind == "show" else "Film"
    return (f'<!DOCTYPE html><html lang="tr"><head><meta charset="utf-8"><title>{esc(t.title)} - {kind} '
            f'{t.year or ""} - Beyazperde.com</title><link rel="canonical" href="{t.url}">'
            f'{css("bp", t.slug, 90)}{ld}</head><body>'
            f'{cookie_banner(c("consent"), "Size daha iyi hizmet sunabilmek için çerezler kullanıyoruz.", "Kabul et", "Reddet")}'
            f'{_nav(c)}<main class="{c("main")}">{_head(t, c, rng, spaced)}{"".join(blocks)}'
            f'{_episodes(ctx, c, spaced)}{_reviews(ctx, c)}{_rails(ctx, c, spaced)}</main>{_footer(c)}'
            f'{app_state("__BP_STATE__", ctx.others, {"locale": "tr_TR"})}</body></html>')


def _ld(t: Title) -> str:
    data: dict[str, Any] = {"@type": ld_type(t), "name": t.title, "url": t.url}
    if t.released:
        data["datePublished"] = t.released.isoformat()
    if t.genres:
        data["genre"] = list(t.genres)
    if t.directors:
        data["director"] = [{"@type": "Person", "name": d} for d in t.directors]
    if t.votes:
        data["aggregateRating"] = {"@type": "AggregateRating", "ratingValue": "3,8", "bestRating": "5",
                                   "ratingCount": t.votes}
    return json_ld(data)


def _nav(c: Classes) -> str:
    items = ("Filmler", "Diziler", "Vizyondakiler", "Yakında", "Fragmanlar", "Haberler", "Seanslar")
    return (f'<header class="{c("header")}"><a href="/" class="{c("logo")}">Beyazperde</a><nav><ul>'
            + "".join(f'<li><a href="/{x.lower()}/">{x}</a></li>' for x in items)
            + '</ul></nav><form role="search"><input placeholder="Film, dizi, oyuncu ara" aria-label="Ara"></form></header>')


def _meta(t: Title, spaced: bool, rng: random.Random) -> str:
    parts = []
    if t.kind == "show":
        parts.append("Dizi")
    if t.released:
        parts.append(f'<span class="date">{day(t.released)}</span>' + (" <em>Sinemada</em>" if t.kind == "movie" and rng.random() < 0.5 else ""))
    elif t.year:
        parts.append(str(t.year))
    if t.runtime:
        parts.append(duration(t.runtime, spaced))
    if t.genres:
        parts.append(", ".join(f'<a href="/filmler/tur-{i}/">{esc(g)}</a>' for i, g in enumerate(t.genres)))
    return " / ".join(parts)


def _head(t: Title, c: Classes, rng: random.Random, spaced: bool) -> str:
    lines = [f'<div class="{c("meta-body-info")}">{_meta(t, spaced, rng)}</div>']
    if t.directors:
        lines.append(f'<div class="{c("meta-body-direction")}"><span class="light">Yönetmen</span> {", ".join(map(esc, t.directors))}</div>')
    if t.writers and rng.random() < 0.6:
        lines.append(f'<div class="{c("meta-body-direction")}"><span class="light">Senarist</span> {", ".join(map(esc, t.writers))}</div>')
    if t.cast:
        lines.append(f'<div class="{c("meta-body-actor")}"><span class="light">Oyuncular</span> {", ".join(esc(p.actor) for p in t.cast[:3])}</div>')
    if t.rating:
        lines.append(f'<span class="{c("certificate")}" title="Yaş sınırı">{esc(t.rating)}</span>')
    if t.seasons:
        lines.append(f'<div class="{c("seasons")}">{t.seasons} Sezon</div>')
    score = ""
    if t.votes:
        score = (f'<div class="{c("rating")}"><span class="{c("rating-title")}">Seyirci</span><span class="{c("stareval")}">3,{len(t.slug) % 10}</span>'
                 f'<span class="{c("ratings-count")}">{dotted(t.votes)} oy</span>, <span>{len(t.title) * 2} eleştiri</span></div>')
    wish = f'<p class="{c("wish")}">{dotted(len(t.slug) * 137)} kişi izlemek istiyor</p>'
    return (f'<section class="{c("entity-card")}"><img class="{c("poster")}" alt="{esc(t.title)} afişi" src="/afis/{t.slug}.jpg">'
            f'<h1 class="{c("titlebar-title")}">{esc(t.title)}</h1>{"".join(lines)}{score}{wish}</section>')


def _texts(t: Title, c: Classes) -> str:
    out = ""
    if t.synopsis:
        out += f'<section class="{c("synopsis")}"><h2>Özet</h2><div class="{c("content-txt")}"><p>{esc(t.synopsis)}</p></div></section>'
    if t.tagline:
        out += f'<blockquote class="{c("slogan")}"><span>Slogan:</span> “{esc(t.tagline)}”</blockquote>'
    if t.audience:
        out += f'<section class="{c("audience")}"><h2>Seyirciler ne diyor?</h2><p>{esc(t.audience)}</p></section>'
    if t.trailer:
        out += (f'<section class="{c("trailer")}"><h2>Fragman</h2><iframe title="{esc(t.title)} Fragman" '
                f'src="https://www.youtube.com/embed/{t.trailer}?hl=tr"></iframe></section>')
    return out


def _tech(t: Title, c: Classes, rng: random.Random) -> str:
    rows = []
    if t.countries:
        rows.append(("Yapım ülkesi" if len(t.countries) == 1 else "Yapım ülkeleri", ", ".join(map(esc, t.countries))))
    if t.studios:
        more = f" +{t.more_studios} diğer" if t.more_studios else ""
        rows.append(("Yapım şirketi" if len(t.studios) == 1 else "Yapım şirketleri", ", ".join(map(esc, t.shown_studios)) + more))
    rows.append(("Dağıtımcı", pick(rng, ("UIP Türkiye", "CGV Mars Dağıtım", "TME Films", "Bir Film"))))
    if t.budget:
        rows.append(("Bütçe", money(t.budget)))
    if t.box_office:
        rows.append(("Hasılat" if rng.random() < 0.5 else "Dünya geneli hasılat", money(t.box_office)))
    if t.year:
        rows.append(("Yapım yılı", str(t.year)))
    rows.append(("Dil", pick(rng, ("İngilizce", "İngilizce, Fransızca", "Türkçe"))))
    rows.append(("Renk", "Renkli"))
    if t.imdb:
        rows.append(("Bağlantılar", f'<a href="https://www.imdb.com/title/{t.imdb}/" rel="nofollow">IMDb</a>'))
    body = "".join(f'<div class="{c("item")}"><dt>{k}</dt><dd>{v}</dd></div>' for k, v in rows)
    return f'<section class="{c("tech")}"><h2>Teknik Bilgiler</h2><dl>{body}</dl></section>'


def _cast(t: Title, c: Classes, rng: random.Random) -> str:
    crew = [("Yönetmen", d) for d in t.directors] + [("Senarist", w) for w in t.writers]
    dop, music = others_people(t, rng, 2)
    crew += [("Görüntü Yönetmeni", dop), ("Müzik", music)]
    cards = "".join(f'<div class="{c("person-card")}"><a href="/sanatcilar/{i}/">{esc(n)}</a><p>{job}</p></div>'
                    for i, (job, n) in enumerate(crew))
    actors = "".join(f'<div class="{c("person-card")}"><a href="/sanatcilar/{100 + i}/">{esc(p.actor)}</a>'
                     + (f"<p>Rol: {esc(p.character)}</p>" if p.character else "<p>Oyuncu</p>") + "</div>"
                     for i, p in enumerate(t.cast))
    return (f'<section class="{c("casting")}"><h2>Oyuncular ve Ekip</h2><h3>Yönetmen ve ekip</h3>{cards}'
            + (f"<h3>Oyuncular</h3>{actors}" if t.cast else "") + "</section>")


def _watch(s: Streaming | None, c: Classes) -> str:
    if s is None:
        return ""
    if not s.counted:
        return f'<section class="{c("vod")}"><h2>Nereden izlenir?</h2><p>Henüz dijital platformlarda değil.</p></section>'
    n = len(s.platforms)
    head = f"{n} platformda izlenebilir" if s.available else f"Takip edilen {n} platformun hiçbirinde yok"
    items = "".join(f"<li>{esc(p)}</li>" for p in s.platforms)
    return f'<section class="{c("vod")}"><h2>Nereden izlenir?</h2><p>{head}</p><ul>{items}</ul><small>Son kontrol: {day(s.verified_on)}</small></section>'


def _episodes(ctx: Context, c: Classes, spaced: bool) -> str:
    if not ctx.episodes:
        return ""
    items = "".join(f"<li><b>S{e.season} B{e.number} · {esc(e.name)}</b> <span>{duration(e.minutes, spaced)}</span> "
                    f"<span>Yayın: {day(e.aired)}</span> <span>Yönetmen: {esc(e.director)}</span></li>" for e in ctx.episodes)
    return f'<section class="{c("episodes")}"><h2>Son bölümler</h2><ol>{items}</ol></section>'


def _reviews(ctx: Context, c: Classes) -> str:
    if not ctx.reviews:
        return ""
    items = "".join(f'<article class="{c("review")}"><b>{esc(r.author)}</b> <span>{r.score}/10</span> '
                    f"<time>{day(r.posted)}</time><p>{esc(r.text)}</p></article>" for r in ctx.reviews)
    return f'<section class="{c("reviews")}"><h2>Kullanıcı eleştirileri</h2>{items}</section>'


def _rails(ctx: Context, c: Classes, spaced: bool) -> str:
    cards = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a><p>{o.year} / {duration(o.runtime or 97, spaced)}</p>'
                    f'<p>{esc(o.rating or "")} · {dotted(o.votes or 1)} oy</p></li>' for o in ctx.others)
    return f'<section class="{c("similar")}"><h2>Benzer filmler</h2><ul>{cards}</ul></section>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><a href="/hakkimizda/">Hakkımızda</a><a href="/gizlilik/">Gizlilik politikası</a>'
            '<a href="/cerezler/">Çerez ayarları</a><a href="/iletisim/">İletişim</a><p>© 2026 Beyazperde</p></footer>')
