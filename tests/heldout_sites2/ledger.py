"""Ledger: a database-style page, one long th/td table of facts with abbreviated labels
('Dur.', 'Cert.', 'Prod.', 'Dir.', 'Wr.') among technical rows the record has no key for;
ISO dates, '111m', bare vote counts, '(est.)' budgets; a minimal JSON-LD (name and type)."""

from __future__ import annotations

from tests.heldout_sites2.kit import (
    app_state,
    css,
    esc,
    grouped,
    json_ld,
    ld_type,
    money_symbol,
)
from tests.heldout_sites2.records import Streaming, Title
from tests.heldout_sites2.site import Context

ASPECTS = ("1.85 : 1", "2.39 : 1", "1.33 : 1", "16:9 HD")
SOUND = ("Dolby Digital", "Mono", "DTS", "Dolby Atmos")


def fit(t: Title) -> Title:
    return t


def render(t: Title, ctx: Context) -> str:
    return (f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
            f"<title>{esc(t.title)} — Ledger film database</title>"
            f'<link rel="canonical" href="{t.url}">{css("lg", t.slug, 50)}'
            f'{json_ld({"@type": ld_type(t), "name": t.title})}</head><body>'
            f"{_nav()}<div id=\"page\"><h1 class=\"lg-title\">{esc(t.title)}</h1>"
            f"{_tagline(t)}<table class=\"lg-facts\"><caption>Record #{_record(t)}</caption>"
            f"<tbody>{_rows(t)}</tbody></table>{_texts(t)}{_cast(t)}{_episodes(ctx)}"
            f"{_reviews(ctx)}{_rail(ctx)}</div>{_footer()}"
            f'{app_state("ledgerData", ctx.others, {"locale": "en-GB"})}</body></html>')


def _record(t: Title) -> str:
    return str(sum(map(ord, t.slug)) * 37)


def _nav() -> str:
    return ('<nav id="lg-nav"><a href="/">Ledger</a> | <a href="/a-z">A–Z</a> | '
            '<a href="/people">People</a> | <a href="/companies">Companies</a> | '
            '<a href="/stats">Stats</a> | <a href="/login">Log in</a></nav>')


def _tagline(t: Title) -> str:
    return f'<p class="lg-tl"><q>{esc(t.tagline)}</q></p>' if t.tagline else ""


def _row(label: str, full: str, value: str) -> str:
    return f'<tr><th scope="row"><abbr title="{full}">{label}</abbr></th><td>{value}</td></tr>'


def _rows(t: Title) -> str:
    rows = [_row("Type", "Type", "Series" if t.kind == "show" else "Feature")]
    if t.year:
        rows.append(_row("Yr.", "Year", str(t.year)))
    rows.append(_row("Rel.", "Release date", t.released.isoformat() if t.released else "—"))
    if t.runtime:
        rows.append(_row("Dur.", "Duration", f"{t.runtime}m" + " / ep." * (t.kind == "show")))
    if t.seasons:
        rows.append(_row("Ssns.", "Seasons", str(t.seasons)))
    rows.append(_row("Cert.", "Certificate", esc(t.rating or "—")))
    if t.votes:
        rows.append(_row("Vts.", "Votes", grouped(t.votes)))
    rows += _technical(t)
    return "".join(rows) + _list_rows(t) + _money_rows(t) + _link_rows(t)


def _technical(t: Title) -> list[str]:
    n = sum(map(ord, t.slug))
    return [_row("AR", "Aspect ratio", ASPECTS[n % 4]), _row("Snd.", "Sound mix", SOUND[n % 3]),
            _row("Col.", "Colour", "Black and white" if n % 5 == 0 else "Colour")]


def _list_rows(t: Title) -> str:
    rows = [_row(label, full, "; ".join(map(esc, values))) for label, full, values in (
        ("Gen.", "Genres", t.genres), ("Ctry.", "Countries", t.countries),
        ("Dir.", "Directors", t.directors), ("Wr.", "Writers", t.writers)) if values]
    if t.studios:
        more = f" (+{t.more_studios} more)" if t.more_studios else ""
        rows.append(_row("Prod.", "Production companies",
                         "; ".join(map(esc, t.shown_studios)) + more))
    return "".join(rows)


def _money_rows(t: Title) -> str:
    rows = ""
    if t.budget:
        rows += _row("Bud.", "Budget", f"{money_symbol(t.budget)} (est.)")
    if t.box_office:
        rows += _row("Gr. (WW)", "Gross, worldwide", money_symbol(t.box_office))
    return rows


def _link_rows(t: Title) -> str:
    rows = ""
    if t.imdb:
        rows += _row("Ext.", "External IDs",
                     f'<a href="https://www.imdb.com/title/{t.imdb}/">{t.imdb}</a>')
    if t.trailer:
        rows += _row("Trl.", "Trailer", f'<a href="https://youtu.be/{t.trailer}">youtu.be/'
                                        f"{t.trailer}</a>")
    if t.streaming:
        rows += _streaming_rows(t.streaming)
    return rows


def _streaming_rows(s: Streaming) -> str:
    n = len(s.platforms)
    names = ", ".join(map(esc, s.platforms))
    if not s.counted:
        value = "Not on any service yet"
    elif s.available:
        value = f"Streaming ({n}): {names}"
    else:
        value = f"Not Currently Available On ({n} platform{'s' * (n > 1)}): {names}"
    return (_row("Strm.", "Streaming", value)
            + _row("Chk.", "Streaming last verified", s.verified_on.isoformat()))


def _texts(t: Title) -> str:
    out = ""
    if t.synopsis:
        out += f'<h2>Synopsis</h2><div class="lg-syn">{esc(t.synopsis)}</div>'
    if t.audience:
        out += f'<h2>What Viewers Are Saying</h2><div class="lg-aud">{esc(t.audience)}</div>'
    return out


def _cast(t: Title) -> str:
    if not t.cast:
        return ""
    rows = "".join(f'<tr><td><a href="/p/{i}">{esc(c.actor)}</a></td>'
                   f"<td>{esc(c.character or '')}</td></tr>" for i, c in enumerate(t.cast))
    return ('<h2>Cast</h2><table class="lg-cast"><thead><tr><th>Actor</th><th>Role</th></tr>'
            f"</thead><tbody>{rows}</tbody></table>")


def _episodes(ctx: Context) -> str:
    rows = "".join(f"<tr><td>{e.season}x{e.number:02d}</td><td>{esc(e.name)}</td>"
                   f"<td>{e.aired.isoformat()}</td><td>{e.minutes}m</td>"
                   f"<td>{esc(e.director)}</td><td>{esc(e.writer)}</td></tr>"
                   for e in ctx.episodes)
    if not rows:
        return ""
    return ('<h2>Episode guide</h2><table class="lg-eps"><thead><tr><th>#</th><th>Title</th>'
            "<th>Aired</th><th>Dur.</th><th>Dir.</th><th>Wr.</th></tr></thead>"
            f"<tbody>{rows}</tbody></table>")


def _reviews(ctx: Context) -> str:
    items = "".join(f"<li><b>{esc(r.author)}</b> ({r.posted.isoformat()}, {r.score}/10): "
                    f"{esc(r.text)}</li>" for r in ctx.reviews)
    return f"<h2>Comments</h2><ul class=\"lg-com\">{items}</ul>" if items else ""


def _rail(ctx: Context) -> str:
    rows = "".join(f'<tr><td><a href="{o.path}">{esc(o.title)}</a></td><td>{o.year}</td>'
                   f"<td>{o.runtime}m</td><td>{esc(o.rating)}</td><td>{grouped(o.votes or 1)}"
                   "</td></tr>" for o in ctx.others)
    return ('<h2>Users who logged this also logged</h2><table class="lg-rel"><thead><tr>'
            "<th>Title</th><th>Yr.</th><th>Dur.</th><th>Cert.</th><th>Vts.</th></tr></thead>"
            f"<tbody>{rows}</tbody></table>")


def _footer() -> str:
    return ('<footer id="lg-foot">Ledger is maintained by volunteers. Data licensed CC BY-SA. '
            '<a href="/contribute">Contribute</a> · <a href="/dumps">Data dumps</a></footer>')
