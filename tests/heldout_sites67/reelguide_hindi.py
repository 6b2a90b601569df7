# ruff: noqa: E501  (HTML templates read best on one line)
"""ReelGuide हिन्दी (ReelGuide's Hindi edition, hi, Devanagari): a poster; the <h1> (the meta line
under it on some pages); 'कहानी'; the ticket button; the facts as lines ('<span>Label:</span>
value'), list items ('<b>Label:</b> value') or a definition list: 'निर्देशक', 'लेखक', 'संगीत',
'निर्माता', 'छायांकन' (traps), 'शैली', 'देश', 'वर्ष', 'अवधि: 1 घंटा 51 मिनट' ('2 घंटे'; or '111
मिनट'; a series' ' प्रति एपिसोड'), 'प्रमाणन' (the CBFC's 'U', 'UA 7+', 'UA 13+', 'UA 16+', 'A'),
'सीज़न', 'रिलीज़ तिथि: 27 अक्टूबर 1995' (or '27-10-1995') beside a later 'ओटीटी रिलीज़' (a trap),
'प्रोडक्शन कंपनी', 'बजट' and 'बॉक्स ऑफ़िस' (rupees in crore and lakh, '₹12.35 करोड़', '₹45 लाख';
dollars in millions, '$25 मिलियन', '$1.25 बिलियन'; the amounts in the edition's rupees on about
half the titles, exact at that precision), 'भाषा' and 'वितरक' rows (no record key); 'कलाकार'; the
trailer; a series' episodes; the lists widget with counts and a ticket price in rupees (traps);
'समीक्षाएँ'; 'मिलती-जुलती फ़िल्में'; a JSON-LD on some pages. '1,234 वोट' beside '12,345 लोग देखना
चाहते हैं' (a trap; counts in Indian grouping, '1,23,456'). No tagline, audience text or
streaming block."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

from tests.heldout_sites2.records import Money, Prose, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites67.common import (
    Chrome,
    Site,
    Words,
    ages,
    crore,
    decimal_text,
    episode_line,
    fit_rng,
    hide,
    indian_grouped,
    localize_money,
    no_characters,
    pick,
    plain_rows,
    rated,
    render_on,
    translate,
    widget,
)

NAME = "reelguide_hindi"
HOST = "hi.reelguide.example"
BOARD = ages("U", "UA 7+", "UA 13+", "UA 16+", "A")
GENRES = {
    "Action": "एक्शन",
    "Adventure": "एडवेंचर",
    "Animation": "एनिमेशन",
    "Comedy": "कॉमेडी",
    "Crime": "क्राइम",
    "Documentary": "डॉक्यूमेंट्री",
    "Drama": "ड्रामा",
    "Family": "पारिवारिक",
    "Fantasy": "फ़ैंटेसी",
    "History": "ऐतिहासिक",
    "Horror": "हॉरर",
    "Music": "संगीतमय",
    "Mystery": "रहस्य",
    "Romance": "रोमांस",
    "Science Fiction": "साइंस फ़िक्शन",
    "Thriller": "थ्रिलर",
    "War": "युद्ध",
    "Western": "वेस्टर्न",
}
COUNTRIES = {
    "United States": "अमेरिका",
    "United Kingdom": "ब्रिटेन",
    "France": "फ़्रांस",
    "Germany": "जर्मनी",
    "Japan": "जापान",
    "China": "चीन",
    "South Korea": "दक्षिण कोरिया",
    "India": "भारत",
    "Brazil": "ब्राज़ील",
    "Australia": "ऑस्ट्रेलिया",
    "Canada": "कनाडा",
    "Spain": "स्पेन",
    "Italy": "इटली",
    "Mexico": "मेक्सिको",
    "Nigeria": "नाइजीरिया",
    "Sweden": "स्वीडन",
    "Denmark": "डेनमार्क",
    "Argentina": "अर्जेंटीना",
    "Iran": "ईरान",
    "Poland": "पोलैंड",
}
MONTHS = (
    "जनवरी",
    "फ़रवरी",
    "मार्च",
    "अप्रैल",
    "मई",
    "जून",
    "जुलाई",
    "अगस्त",
    "सितंबर",
    "अक्टूबर",
    "नवंबर",
    "दिसंबर",
)
PROSE = Prose(
    verbs=("ढूँढता है", "विरासत में पाता है", "बचाता है", "छोड़ देता है", "फिर से बसाता है"),
    things=(
        "डूबे हुए गाँव को",
        "परिवार के बाग़ को",
        "पुराने लाइटहाउस को",
        "वीरान खदान को",
        "सरहदी कस्बे को",
    ),
    synopsis="{hero} {thing} {verb}, और उसे पता चलता है कि {other} भी {thing2} {verb2}। {title} एक पुरानी वफ़ादारी की कहानी है, जिसकी एक लंबे मौसम में परीक्षा होती है।",
    taglines=("-",),
    audiences=("-",),
)
CHROME = Chrome(
    "hi",
    "ReelGuide हिन्दी",
    ("फ़िल्में", "सीरीज़", "सिनेमाघरों में", "स्ट्रीमिंग", "लॉग इन"),
    ("हम आपकी सेटिंग याद रखने के लिए कुकीज़ का उपयोग करते हैं।", "स्वीकार करें", "गोपनीयता"),
    ("हमारे बारे में", "विज्ञापन", "संपर्क करें", "गोपनीयता नीति", "नियम और शर्तें"),
    "© 2026 ReelGuide हिन्दी",
    "__REELGUIDE_HI_STATE__",
)
WORDS = Words(
    {
        "director": "निर्देशक",
        "writer": "लेखक",
        "music": "संगीत",
        "producer": "निर्माता",
        "camera": "छायांकन",
        "genre": "शैली",
        "country": "देश",
        "year": "वर्ष",
        "runtime": "अवधि",
        "rating": "प्रमाणन",
        "seasons": "सीज़न",
        "released": "रिलीज़ तिथि",
        "studio": "प्रोडक्शन कंपनी",
        "budget": "बजट",
        "box_office": "बॉक्स ऑफ़िस",
    },
    {
        "about": "कहानी",
        "details": "फ़िल्म की जानकारी",
        "cast": "कलाकार",
        "trailer": "ट्रेलर",
        "episodes": "एपिसोड",
        "reviews": "समीक्षाएँ",
        "no_reviews": "अभी कोई समीक्षा नहीं है।",
        "rail": "मिलती-जुलती फ़िल्में",
    },
)


def date_(d: date, long: bool) -> str:
    """'27 अक्टूबर 1995' or '27-10-1995'."""
    if long:
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def running(n: int, long: bool) -> str:
    """'1 घंटा 51 मिनट', '2 घंटे' or '111 मिनट'."""
    big, small = divmod(n, 60)
    if long and big:
        return f"{big} " + ("घंटा" if big == 1 else "घंटे") + (f" {small} मिनट" if small else "")
    return f"{n} मिनट"


def votes(n: int) -> str:
    return f"{indian_grouped(n)} वोट"


def views(n: int) -> str:
    return f"{indian_grouped(n)} लोग देखना चाहते हैं"


def money(m: Money) -> str:
    """'₹12.35 करोड़', '₹45 लाख'; '$25 मिलियन', '$1.25 बिलियन', '$800,000' (exact)."""
    if m.currency == "INR":
        return "₹" + crore(m.amount).replace("crore", "करोड़").replace("lakh", "लाख")
    sign = "$" if m.currency == "USD" else f"{m.currency} "
    if m.amount < 10**6:
        return f"{sign}{m.amount:,}"
    if m.amount >= 10**9:
        return f"{sign}{decimal_text(Decimal(m.amount) / 10**9)} बिलियन"
    return f"{sign}{decimal_text(Decimal(m.amount) / 10**6)} मिलियन"


def _more(t: Title | None, rng: random.Random) -> list[tuple[str, str]]:
    """Rows the record has no key for."""
    return plain_rows(
        [
            ("भाषा", pick(rng, ("अंग्रेज़ी", "हिन्दी (डब)", "अंग्रेज़ी, हिन्दी"))),
            ("वितरक", pick(rng, ("पीवीआर पिक्चर्स", "यशराज फ़िल्म्स", "पेन मरुधर"))),
        ]
    )


SITE = Site(
    NAME,
    "rghi",
    CHROME,
    WORDS,
    date_,
    running,
    " प्रति एपिसोड",
    votes,
    money,
    views,
    episode_line("एपिसोड", "निर्देशक:", running, date_),
    widget("मेरी सूचियाँ", ("देख रहे हैं", "देखनी है", "देख ली", "पसंदीदा"), "टिकट ₹250 से"),
    ("reelguide_hindi-vivaran", "reelguide_hindi-jankari", "dl"),
    frozenset(["audience_summary", "streaming", "tagline"]),
    ("director", "author", "genre", "datePublished", "numberOfSeasons", "aggregateRating"),
    0.4,
    later="ओटीटी रिलीज़",
    extra_rows=_more,
    cta="टिकट बुक करें",
    art="poster",
    meta_sep=" · ",
)


def fit(t: Title) -> Title:
    t = localize_money(
        translate(localize(t, PROSE), GENRES, COUNTRIES), "INR", fit_rng(NAME, t, "money")
    )
    t = hide(rated(t, BOARD), SITE.hidden)
    return t if fit_rng(NAME, t, "roles").random() < 0.5 else no_characters(t)


def render(t: Title, ctx: Context) -> str:
    """The page: the shared skeleton in this edition's words, formats and components, on its
    own host."""
    return render_on(SITE, HOST, t, ctx)
