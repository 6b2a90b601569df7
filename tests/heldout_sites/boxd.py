"""A Letterboxd-like page: tabbed credits and details, unlabelled "111 mins", CDATA JSON-LD."""

from __future__ import annotations

import json
from dataclasses import replace

from tests.heldout_sites.common import css, day_month, esc, footer, grouped, nav
from tests.heldout_sites.records import Title
from tests.heldout_sites.site import Context

NAV = ("Sign in", "Create account", "Films", "Lists", "Members", "Journal")
FOOT = ("About", "Pro", "News", "Apps", "Podcast", "Year in Review", "Gifts", "Help", "Terms",
        "API", "Contact")


def fit(t: Title) -> Title:
    # No money anywhere; the certificate is a badge on the theatrical release only.
    return replace(t, budget=None, box_office=None, rating=t.rating if t.released else None)


def render(t: Title, ctx: Context) -> str:
    return (f'<!DOCTYPE html><html lang="en" class="no-js"><head><title>{esc(t.title)} '
            f"({t.year or ''}){_directed(t)} • Boxd</title>"
            f"{css('boxd', 220)}{_ld(t)}</head><body class=\"film backdropped\">"
            f'<header class="site-header">{nav(NAV, "main-nav")}</header><div id="content">'
            f'<section class="film-header-group">{_header(t)}</section>'
            f'<aside class="sidebar">{_watch(t)}{_ratings(t, ctx)}</aside>'
            f'<section class="col-main">{_review_intro(t)}{_tabs(t)}{_footer_line(t)}'
            f"{_reviews(ctx)}{_similar(ctx)}</section></div>{footer(FOOT, 'Boxd Limited')}"
            "</body></html>")


def _directed(t: Title) -> str:
    return f" directed by {esc(', '.join(t.directors))}" if t.directors else ""


def _header(t: Title) -> str:
    year = (f'<div class="releaseyear"><a href="/films/year/{t.year}/">{t.year}</a></div>'
            if t.year else "")
    by = ('<p class="credits"><span class="introduction">Directed by</span> '
          + " ".join(f'<a class="contributor" href="/director/"><span class="prettify">'
                     f"{esc(n)}</span></a>" for n in t.directors) + "</p>") if t.directors else ""
    trailer = (f'<p class="trailer-link"><a class="play js-video-zoom" href="//www.youtube.com/'
               f'embed/{t.trailer}?rel=0&amp;wmode=transparent">Trailer</a></p>'
               if t.trailer else "")
    return (f'<h1 class="headline-1 filmtitle"><span class="name">{esc(t.title)}</span></h1>'
            f"{year}{by}{trailer}")


def _review_intro(t: Title) -> str:
    parts = [f'<h4 class="tagline">{esc(t.tagline)}</h4>'] if t.tagline else []
    parts += [f'<div class="truncate"><p>{esc(t.synopsis)}</p></div>'] if t.synopsis else []
    parts += [f'<section class="viewer-summary"><h3>What people are saying</h3>'
              f"<p>{esc(t.audience)}</p></section>"] if t.audience else []
    return f'<div class="review body-text">{"".join(parts)}</div>'


def _tabs(t: Title) -> str:
    tabs = '<ul class="tabs">' + "".join(
        f'<li><a data-id="{n.lower()}" href="#tab-{n.lower()}">{n}</a></li>'
        for n in ("Cast", "Crew", "Details", "Genres", "Releases")) + "</ul>"
    return (f'<div id="tabbed-content">{tabs}{_cast_tab(t)}{_crew_tab(t)}{_details_tab(t)}'
            f"{_genre_tab(t)}{_release_tab(t)}</div>")


def _cast_tab(t: Title) -> str:
    links = "".join('<a href="/actor/" class="text-slug tooltip"'
                    + (f' title="{esc(c.character)}"' if c.character else "")
                    + f">{esc(c.actor)}</a> " for c in t.cast)
    return (f'<div id="tab-cast" class="tabbed-content-block"><div class="cast-list">{links}'
            "</div></div>")


def _crew_block(role: str, names: tuple[str, ...]) -> str:
    links = "".join(f'<a href="/crew/" class="text-slug">{esc(n)}</a> ' for n in names)
    return (f'<h3><span class="crewrole -full">{role}</span></h3>'
            f'<div class="text-sluglist">{links}</div>')


def _crew_tab(t: Title) -> str:
    blocks = [_crew_block("Director" if len(t.directors) == 1 else "Directors", t.directors)
              ] if t.directors else []
    blocks += [_crew_block("Writer" if len(t.writers) == 1 else "Writers", t.writers)
               ] if t.writers else []
    return f'<div id="tab-crew" class="tabbed-content-block" hidden>{"".join(blocks)}</div>'


def _details_tab(t: Title) -> str:
    blocks = []
    if t.studios:
        label = "Studios" if len(t.studios) > 1 else "Studio"
        more = (f' <a class="text-slug" href="/studios/">+{t.more_studios} more</a>'
                if t.more_studios else "")
        blocks.append(_crew_block(label, t.shown_studios).replace("</div>", more + "</div>"))
    if t.countries:
        blocks.append(_crew_block("Countries" if len(t.countries) > 1 else "Country",
                                  t.countries))
    if t.kind == "show" and t.seasons:
        blocks.append(f"<h3><span>Seasons</span></h3><div class=\"text-sluglist\">{t.seasons}"
                      "</div>")
    blocks.append(_crew_block("Primary Language", ("English",)))
    blocks.append(f'<h3><span>Alternative Titles</span></h3><div class="text-indentedlist">'
                  f"<p>{esc(t.title)} Redux, Project {esc(t.slug.split('-')[0].title())}</p></div>")
    return f'<div id="tab-details" class="tabbed-content-block" hidden>{"".join(blocks)}</div>'


def _genre_tab(t: Title) -> str:
    genres = _crew_block("Genres" if len(t.genres) > 1 else "Genre", t.genres) if t.genres else ""
    themes = _crew_block("Themes", ("Humanity and the world around us",
                                    "Moving relationship stories"))
    return f'<div id="tab-genres" class="tabbed-content-block" hidden>{genres}{themes}</div>'


def _release_tab(t: Title) -> str:
    if t.released is None:
        return '<div id="tab-releases" class="tabbed-content-block" hidden></div>'
    badge = (f' <span class="release-certification-badge">{esc(t.rating)}</span>'
             if t.rating else "")
    where = esc(t.countries[0]) if t.countries else "USA"
    return (f'<div id="tab-releases" class="tabbed-content-block" hidden><h3>Theatrical</h3>'
            f'<div class="release-table"><div class="listitem"><h5 class="date">'
            f"{day_month(t.released)}</h5><ul><li><span class=\"name\">{where}</span>{badge}"
            f"</li></ul></div></div></div>")


def _footer_line(t: Title) -> str:
    mins = f"{t.runtime}&nbsp;mins &nbsp;" if t.runtime else ""
    imdb = (f' <a href="http://www.imdb.com/title/{t.imdb}/maindetails" class="micro-button">'
            "IMDb</a>" if t.imdb else "")
    return f'<p class="text-link text-footer">{mins}More at{imdb} <a href="/tmdb/">TMDB</a></p>'


def _watch(t: Title) -> str:
    s = t.streaming
    if s is None:
        return ""
    if not s.counted:
        return '<section class="watch-panel"><h3>Where to watch</h3><p>Not streaming.</p></section>'
    n = len(s.platforms)
    head = f"Streaming · {n}" if s.available else f"Not streaming on any of {n} services"
    rows = "".join(f'<p class="service"><a href="/go/"><span class="title"><span class="name">'
                   f"{esc(p)}</span></span></a></p>" for p in s.platforms)
    return (f'<section class="watch-panel"><h3>Where to watch</h3><p class="head">{head}</p>'
            f"{rows}<p class=\"attribution\">Data from JustWatch · updated "
            f"{day_month(s.verified_on)}</p></section>")


def _ratings(t: Title, ctx: Context) -> str:
    fans = (t.votes or 50) // 7 + 1
    fans += fans == t.votes  # a fan count is never the rating count
    average = ""
    if t.votes:
        average = (f'<a class="tooltip display-rating" href="/ratings/" title="Weighted average '
                   f'of 3.42 based on {grouped(t.votes)} ratings">3.4</a>')
    return (f'<section class="ratings-histogram-chart"><h2 class="section-heading">Ratings</h2>'
            f'<a class="all-link more-link" href="/fans/">{grouped(fans)} fans</a>{average}'
            "</section>")


def _reviews(ctx: Context) -> str:
    rows = "".join(f'<li class="film-detail"><p class="attribution">Review by <strong>'
                   f"{esc(r.author)}</strong> <span>Watched {day_month(r.on)}</span></p>"
                   f"<p>{esc(r.text)}</p><p>{r.helpful} likes</p></li>" for r in ctx.reviews)
    return f'<section class="film-reviews"><h2>Popular reviews</h2><ul>{rows}</ul></section>'


def _similar(ctx: Context) -> str:
    rows = "".join(f'<li class="poster-container"><div class="film-poster" data-film-slug='
                   f'"{o.slug}" data-film-release-year="{o.year}"><a href="{o.path}" '
                   f'title="{esc(o.title)} ({o.year})"><img alt="{esc(o.title)}"></a></div>'
                   f"<span>{o.runtime}&nbsp;mins</span></li>" for o in ctx.others)
    return f'<section class="related-films"><h2>Similar films</h2><ul>{rows}</ul></section>'


def _ld(t: Title) -> str:
    ld: dict[str, object] = {"@context": "http://schema.org", "@type": "Movie",
                             "name": t.title, "url": t.url,
                             "director": [{"@type": "Person", "name": n} for n in t.directors],
                             "actors": [{"@type": "Person", "name": c.actor} for c in t.cast],
                             "genre": list(t.genres)}
    if t.year:
        ld["releasedEvent"] = [{"@type": "PublicationEvent", "startDate": str(t.year)}]
    if t.countries:
        ld["countryOfOrigin"] = [{"@type": "Country", "name": c} for c in t.countries]
    if t.votes:
        ld["aggregateRating"] = {"@type": "aggregateRating", "ratingValue": 3.42,
                                 "ratingCount": t.votes, "bestRating": 5}
    body = json.dumps(ld, ensure_ascii=False).replace("</", "<\\/")
    return f'<script type="application/ld+json">\n/* <![CDATA[ */\n{body}\n/* ]]> */\n</script>'
