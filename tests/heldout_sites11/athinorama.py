# ruff: noqa: E501  (HTML templates read best on one line)
"""Athinorama: an athinorama.gr cinema-guide film or series page (Greek). The <h1>; a line 'ΗΠΑ,
Ηνωμένο Βασίλειο, 1995' and another 'Δράμα | 111 λεπτά | Κ-15' (a series' '3 σεζόν');
'Σκηνοθεσία:', 'Σενάριο:' and 'Πρωταγωνιστούν:' (names only) lines (a <dl> of them on some
deploys), 'Διανομή' a trap; 'Πρεμιέρα: 27 Οκτωβρίου 1995' (genitive months) on some pages; the
critic's stars and 'Κριτική' by the critic (a trap); readers' score '7,2 (1.234 ψήφοι)' (dotted
thousands); a film's 'Πού παίζεται' with cinemas, times and ticket prices in €; 'Δείτε επίσης';
a JSON-LD Movie on some pages. No tagline, audience text, studios, money, IMDb link, trailer or
streaming block."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from tests.heldout_sites2.kit import app_state, css, esc
from tests.heldout_sites2.records import Prose, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites11.common import (
    Classes,
    cookie_banner,
    dotted,
    look,
    no_characters,
    others_people,
    pick,
    rated,
    schema,
    translate,
)

NAME = "athinorama"
GENRES = {"Action": "Δράση", "Adventure": "Περιπέτεια", "Animation": "Κινούμενα σχέδια",
          "Comedy": "Κωμωδία", "Crime": "Αστυνομική", "Documentary": "Ντοκιμαντέρ",
          "Drama": "Δράμα", "Family": "Οικογενειακή", "Fantasy": "Φαντασίας",
          "History": "Ιστορική", "Horror": "Τρόμου", "Music": "Μουσική", "Mystery": "Μυστηρίου",
          "Romance": "Ρομαντική", "Science Fiction": "Επιστημονικής φαντασίας",
          "Thriller": "Θρίλερ", "War": "Πολεμική", "Western": "Γουέστερν"}
COUNTRIES = {"United States": "ΗΠΑ", "United Kingdom": "Ηνωμένο Βασίλειο", "France": "Γαλλία",
             "Germany": "Γερμανία", "Japan": "Ιαπωνία", "China": "Κίνα",
             "South Korea": "Νότια Κορέα", "India": "Ινδία", "Brazil": "Βραζιλία",
             "Australia": "Αυστραλία", "Canada": "Καναδάς", "Spain": "Ισπανία",
             "Italy": "Ιταλία", "Mexico": "Μεξικό", "Nigeria": "Νιγηρία", "Sweden": "Σουηδία",
             "Denmark": "Δανία", "Argentina": "Αργεντινή", "Iran": "Ιράν", "Poland": "Πολωνία"}
MONTHS = ("Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου",
          "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου")
# the Greek board's marks (capital kappa), for the certificates the generator draws
AGES = {"G": "Κ", "U": "Κ", "TV-Y": "Κ", "TV-G": "Κ", "FSK 0": "Κ", "PG": "Κ-8",
        "TV-PG": "Κ-8", "FSK 6": "Κ-8", "PG-13": "Κ-12", "12A": "Κ-12", "M": "Κ-12",
        "TV-14": "Κ-12", "FSK 12": "Κ-12", "R": "Κ-15", "15": "Κ-15", "MA15+": "Κ-15",
        "FSK 16": "Κ-15", "TV-MA": "Κ-18", "NC-17": "Κ-18", "18": "Κ-18", "R18+": "Κ-18",
        "FSK 18": "Κ-18"}
PROSE = Prose(
    verbs=("επιστρέφει σε", "κληρονομεί", "ψάχνει", "δραπετεύει από", "προστατεύει", "χάνει"),
    things=("ένα πλημμυρισμένο χωριό", "τον οικογενειακό οπωρώνα", "έναν παλιό φάρο",
            "ένα ξεχασμένο ορυχείο", "μια συνοριακή πόλη", "το τελευταίο φέρι"),
    synopsis=("Ο {hero} {verb} {thing} και ανακαλύπτει ότι κι ο {other} {verb2} {thing2}. Στο "
              "{title} οι παλιές πίστεις δοκιμάζονται σε μια μακριά εποχή, και τίποτα δεν "
              "επιστρέφει όπως έφυγε."),
    taglines=("Όλα έχουν ένα τίμημα.",),
    audiences=("Το κοινό επαινεί τους ηθοποιούς.",))


def fit(t: Title) -> Title:
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), AGES)
    t = replace(t, tagline=None, audience=None, studios=(), studios_shown=0, budget=None,
                box_office=None, imdb=None, trailer=None, streaming=None)
    if t.kind == "show":
        t = replace(t, released=None)
    return no_characters(t)


def imerominia(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("ath", rng)
    ld = schema(t, ("director", "actor", "genre", "datePublished", "aggregateRating", "contentRating")) if rng.random() < 0.5 else ""
    blocks = [_review(t, c, rng), _where(c, rng) if t.kind == "movie" else "", _also(ctx, c)]
    if rng.random() < 0.5:
        blocks[0], blocks[1] = blocks[1], blocks[0]
    return (f'<!DOCTYPE html><html lang="el"><head><meta charset="utf-8"><title>{esc(t.title)} | {"Σειρά" if t.kind == "show" else "Ταινία"} | Αθηνόραμα</title>'
            f'<link rel="canonical" href="{t.url}">{css("ath", t.slug, 100)}{ld}</head><body>'
            f'{cookie_banner(c("consent"), "Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας.", "Αποδοχή", "Απόρριψη")}'
            f'{_nav(c)}<main class="{c("main")}">{_summary(t, c, rng)}{"".join(blocks)}</main>'
            f'{_footer(c)}{app_state("__ATH_STATE__", ctx.others, {"section": "cinema"})}</body></html>')


def _nav(c: Classes) -> str:
    items = ("Σινεμά", "Θέατρο", "Μουσική", "Εστιατόρια", "Τηλεόραση", "Πρόγραμμα")
    return (f'<header class="{c("header")}"><a href="/" aria-label="Αθηνόραμα">athinorama.gr</a><nav><ul>' + "".join(f'<li><a href="/n{i}">{x}</a></li>' for i, x in enumerate(items))
            + "</ul></nav></header>")


def _summary(t: Title, c: Classes, rng: random.Random) -> str:
    first = ", ".join(list(map(esc, t.countries)) + ([str(t.year)] if t.year else []))
    second = [" / ".join(map(esc, t.genres))] if t.genres else []
    if t.runtime:
        second.append(f"{t.runtime} λεπτά" + (" (επεισόδιο)" if t.kind == "show" else ""))
    if t.seasons:
        second.append(f"{t.seasons} σεζόν")
    second += [t.rating] if t.rating else []
    out = f'<section class="{c("summary")}"><h1 class="{c("title")}">{esc(t.title)}</h1>'
    out += f'<div class="{c("origin")}">{first}</div>' if first else ""
    out += f'<div class="{c("tags")}">{" | ".join(second)}</div>'
    credits = [("Σκηνοθεσία", t.directors), ("Σενάριο", t.writers), ("Πρωταγωνιστούν", tuple(p.actor for p in t.cast))]
    if rng.random() < 0.4:  # the redesign's definition list
        out += "<dl>" + "".join(f"<dt>{k}</dt><dd>{', '.join(esc(n) for n in v)}</dd>" for k, v in credits if v) + "</dl>"
    else:
        out += "".join(f'<p class="{c("credit")}"><span>{k}:</span> {", ".join(esc(n) for n in v)}</p>' for k, v in credits if v)
    out += f'<p class="{c("credit")}"><span>Διανομή:</span> {pick(rng, ("Tanweer", "Feelgood", "Spentzos Film", "Odeon"))}</p>'
    if t.released:
        out += f'<p class="{c("premiere")}"><span>Πρεμιέρα:</span> {imerominia(t.released)}</p>'
    if t.votes:
        out += f'<div class="{c("readers")}">Βαθμολογία αναγνωστών <b>{6 + len(t.slug) % 4},{len(t.title) % 10}</b> ({dotted(t.votes)} ψήφο{"ι" if t.votes != 1 else "ς"})</div>'
    if t.synopsis:
        out += f'<div class="{c("plot")}"><p>{esc(t.synopsis)}</p></div>'
    return out + "</section>"


def _review(t: Title, c: Classes, rng: random.Random) -> str:
    critic = others_people(t, rng, 1)[0]
    stars = "★" * rng.randint(1, 4) + ("½" if rng.random() < 0.4 else "")
    return (f'<section class="{c("review")}"><h2>Κριτική</h2><div class="{c("stars")}" aria-label="Βαθμολογία κριτικού">{stars}</div>'
            f'<p>Μια ταινία που θυμίζει το σινεμά του {(t.year or 2000) - rng.randint(10, 30)}, με {rng.randint(20, 40)} λεπτά περιττά.</p><p class="{c("critic")}">{esc(critic)}</p></section>')


def _where(c: Classes, rng: random.Random) -> str:
    if rng.random() < 0.35:
        return ""
    cinemas = rng.sample(("Αθηναία", "Τριανόν", "Άστορ", "Δαναός", "Οπερα", "Έμπασσυ"), 2)
    rows = "".join(f'<li><b>{x}</b> <span>{rng.randint(18, 20)}:{pick(rng, ("00", "15", "30"))}, {rng.randint(21, 22)}:{pick(rng, ("00", "30", "45"))}</span> <span>Εισιτήριο: {rng.randint(7, 10)}€</span></li>' for x in cinemas)
    return f'<section class="{c("where")}"><h2>Πού παίζεται</h2><ul>{rows}</ul></section>'


def _also(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a> <span>{o.year} | {o.runtime or 97} λεπτά | {o.rating or ""}</span></li>' for o in ctx.others)
    return f'<section class="{c("also")}"><h2>Δείτε επίσης</h2><ul>{cards}</ul></section>'


def _footer(c: Classes) -> str:
    links = ("Ποιοι είμαστε", "Επικοινωνία", "Όροι χρήσης", "Πολιτική απορρήτου", "Cookies", "Διαφήμιση")
    return (f'<footer class="{c("footer")}"><ul>' + "".join(f'<li><a href="/f{i}">{x}</a></li>' for i, x in enumerate(links))
            + "</ul><p>© 2026 Αθηνόραμα</p></footer>")
