"""The synopsis: the prose of the about/synopsis section, also under a subheading (Plot, Summary,
"Plot Breakdown") or a wrapped heading, and on legacy pages the prose under a Plot heading. A
meta line (genre · year · runtime), a repeated preview and a trailing "more" link are not part of
it; a line break is a space. An about section of subsections (Details, Trivia) or a page footer
inside main gives no synopsis."""

from __future__ import annotations

import re

import pytest

from tests.fields.pages import (
    DETAILS_DL,
    HEAT,
    LLV,
    PAGES,
    TITANIC,
    _before_section,
    _record,
    _replaced,
)

SYN = b"A detective and a thief circle each other through a long night in Los Angeles."

AUD = b"Viewers praise the tension, though some find it long."


def test_a_meta_line_before_the_synopsis_is_skipped() -> None:
    page = (PAGES / "v2-leaving-las-vegas.html").read_bytes()
    synopsis = _record(page).synopsis
    assert synopsis and synopsis.startswith("Ben Sanderson")
    marker = b'<p class="css-f43e09-synopsis">'
    assert page.count(marker) == 1
    body = page.replace(marker, b"<p>Drama \xc2\xb7 1995 \xc2\xb7 1h 51m</p>" + marker)
    assert _record(body).synopsis == synopsis


def test_a_preview_repeated_at_the_top_of_the_about_section() -> None:
    page = (PAGES / "v2-leaving-las-vegas.html").read_bytes()
    synopsis = _record(page).synopsis
    preview = re.search(rb'<div class="css-9b5868-preview">(<p>.*?</p>)', page)
    assert preview and synopsis
    marker = b'<p class="css-f43e09-synopsis">'
    assert _replaced(page, marker, preview.group(1) + marker).synopsis == synopsis


def test_a_line_break_in_prose_is_a_space() -> None:
    synopsis = _record(LLV).synopsis
    assert synopsis and ". " in synopsis
    first = synopsis.partition(". ")[0]
    body = LLV.replace(f"{first}. ".encode(), f"{first}.<br>".encode(), 1)
    assert body != LLV
    assert _record(body).synopsis == synopsis


@pytest.mark.parametrize(
    "link",
    [
        b" <a>(more)</a>",
        b" <a>Read more \xc2\xbb</a>",
        b"<a>See more\xc2\xbb</a>",
        b" MORE \xc2\xbb",
    ],
)
def test_a_more_link_ending_the_synopsis_is_not_part_of_it(link: bytes) -> None:
    synopsis = _record(LLV).synopsis
    assert synopsis
    end = synopsis[-20:].encode()
    assert _replaced(LLV, end + b"</p>", end + link + b"</p>").synopsis == synopsis


def test_an_about_section_of_subsections_has_no_synopsis() -> None:
    dl = DETAILS_DL.search(HEAT)
    assert dl is not None
    about = b"<h2>About</h2><div><h3>Details</h3>" + dl.group(0) + b"</div>"
    about += b"<div><h3>Trivia</h3><p>Shot in 40 days.</p></div>"
    edited = _record(HEAT.replace(b'<h2 class="css-5b93f6-h2">Details</h2>' + dl.group(0), about))
    assert edited.synopsis is None


def test_legacy_prose_before_the_crew_block() -> None:
    plot = b"<h3>Plot</h3><p>" + SYN + b'</p><div class="crew">'
    assert _record(TITANIC.replace(b'<div class="crew">', plot)).synopsis == SYN.decode()
    viewers = b"<h3>What Viewers Are Saying</h3><p>" + AUD + b'</p><div class="crew">'
    audience = _record(TITANIC.replace(b'<div class="crew">', viewers)).audience_summary
    assert audience == AUD.decode()


@pytest.mark.parametrize(
    "section",
    [
        b"<section><h2>Synopsis</h2><div><h3>Plot</h3><p>%s</p></div></section>",
        b"<section><h2>Synopsis</h2><div><h3>Plot</h3><div>%s</div></div></section>",
        b"<section><h2>About Heat</h2><div><h3>Summary</h3><p>%s</p></div>"
        b"<div><h3>Trivia</h3><p>Shot in 40 days.</p></div></section>",
        b'<section><div class="hd"><h2>About Heat</h2><a href="#">More</a></div><p>%s</p>'
        b"</section>",
        b"<section><header><h2>About Heat</h2></header><p>%s</p></section>",
    ],
    ids=["subsection p", "subsection div", "beside trivia", "wrapped heading", "header"],
)
def test_synopsis_under_subheadings_and_wrapped_headings(section: bytes) -> None:
    edited = _before_section(HEAT, b"details", section % SYN)
    assert _record(edited).synopsis == SYN.decode()


def test_a_page_footer_inside_main_is_no_synopsis() -> None:
    footer = (
        b"<footer><h2>About ReelGuide</h2><p>ReelGuide helps you find films.</p></footer></main>"
    )
    assert _record(HEAT.replace(b"</main>", footer)).synopsis is None


@pytest.mark.parametrize("word", [b"Composer", b"Music", b"Producer"])
def test_prose_that_begins_with_a_crew_word(word: bytes) -> None:
    sentence = word + b" Ben Sanderson has one plan left: drink himself to death in Las Vegas."
    edited = re.sub(rb'(<p class="css-f43e09-synopsis">)[^<]*', rb"\1" + sentence, LLV, count=1)
    assert _record(edited).synopsis == sentence.decode()


def test_a_synopsis_subheading_naming_another_word() -> None:
    synopsis = _record(LLV).synopsis
    marker = b'<p class="css-f43e09-synopsis">'
    start = LLV.index(marker)
    end = LLV.index(b"</p>", start) + 4
    wrapped = LLV[:start] + b"<div><h3>Plot Breakdown</h3>" + LLV[start:end] + b"</div>" + LLV[end:]
    assert _record(wrapped).synopsis == synopsis


def test_labelled_lines_under_an_about_heading_are_no_synopsis() -> None:
    # "About X" over facts only, one a div: no prose, whether the page has some elsewhere
    about = (b"<section><h2>About Heat</h2><div><span>Director:</span> Michael Mann</div>"
             b"<div><span>Writer:</span> Michael Mann</div><div><span>This movie is:</span> "
             b"Gritty, Exciting</div></section>")
    assert _record(b"<main><section><h1>Heat</h1><p>1995</p></section>" + about).synopsis is None
    prose = (b"<p class='title-info-synopsis'>A thief and a detective circle each other across "
             b"Los Angeles in the last days of a heist crew's run.</p>")
    page = b"<main><section><h1>Heat</h1>" + prose + b"</section>" + about
    assert (_record(page).synopsis or "").startswith("A thief and a detective")


def test_a_named_synopsis_block_without_the_details_link_after_its_paragraph() -> None:
    prose = ("Ingrid ищет последний паром и понимает, что Umar тоже бежит из затопленной "
             "деревни, и всё меняется за один долгий сезон.")
    page = (f"<h1>Heat</h1><section class='film-synopsis'><div><p>{prose}</p></div>"
            "<a href='#'>Детали о фильме</a></section>").encode()
    assert _record(page).synopsis == prose


def test_a_plot_block_titled_by_a_heading_no_list_knows() -> None:
    prose = ("Yusuf thừa kế chuyến phà cuối cùng và nhận ra rằng Folake cũng chạy trốn khỏi "
             "chuyến phà cuối cùng trong một mùa dài.")
    page = (f"<h1>Heat</h1><p>111 phút</p><section class='mv-plot-fd10e'><h2>Nội dung phim</h2>"
            f"<p>{prose}</p></section>").encode()
    assert _record(page).synopsis == prose


def test_the_audiences_opinion_in_a_block_named_synopsis_is_no_synopsis() -> None:
    page = ("<h1>Heat</h1><p>111 min</p><section class='synopsis'><h2>L'avis des spectateurs"
            "</h2><p>Beaucoup parlent d'un film tendu et magnifiquement filmé, à voir en salle, "
            "disent-ils tous.</p></section>").encode()
    record = _record(page)
    assert record.synopsis is None
    assert record.audience_summary is not None and record.audience_summary.startswith("Beaucoup")


def test_a_wrapped_heading_in_a_module_without_paragraphs_is_no_part_of_the_prose() -> None:
    # Maoyan: <div class=module><div class=mod-title><h3>剧情简介</h3></div><div class=
    # mod-content><span>...</span></div></div>: the heading's wrapper is inside the section
    prose = "Farah寻找最后一班渡轮，却发现Declan也继承了家族的果园。"
    page = ("<h1>Heat</h1><p>1995 · 170分钟</p><div class='tab'><div class='module'>"
            "<div class='mod-title'><h3>剧情简介</h3></div><div class='mod-content'>"
            f"<span class='dra'>{prose}</span></div></div></div>").encode()
    assert _record(page).synopsis == prose


@pytest.mark.parametrize("none", ["No synopsis information has been added to this title.",
                                  "We don't have an overview translated in English."])
def test_a_line_saying_there_is_no_synopsis_is_none(none: str) -> None:
    page = (f"<h1>Heat</h1><p>1995 · 170 min</p><div><h2>Synopsis</h2><p>{none}</p>"
            "</div>").encode()
    assert _record(page).synopsis is None


def test_a_chinese_no_synopsis_yet_is_none() -> None:
    page = ("<h1>Heat</h1><p>1995 · 170分钟</p><div><h3>剧情简介</h3><div><span>暂无简介</span>"
            "</div></div>").encode()
    assert _record(page).synopsis is None


def test_a_paragraph_whose_class_abbreviates_description() -> None:
    # Shahid: <p class="sh-desc-77695"> under the hero's meta line, no heading
    prose = ("Yusuf flees an old lighthouse and finds that Wen flees it too; old loyalties are "
             "tested over one long season.")
    page = (f"<h1>Heat</h1><div><span>2024</span> • <span>+15</span></div><p class='sh-desc-7'>"
            f"{prose}</p>").encode()
    assert _record(page).synopsis == prose


_HERO = ("<section><h1>Heat</h1><p>1995 · 170 min</p><div><h2>Фильм турында</h2><p>{}</p></div>"
         "</section><dl><dt>Genre</dt><dd>Crime</dd></dl>")
_PLOT = ("A group of professional bank robbers starts to feel the heat from police. They leave a "
         "clue at their latest heist.")


def test_the_one_paragraph_of_prose_in_the_title_s_block_under_an_unknown_heading() -> None:
    assert _record(_HERO.format(_PLOT).encode()).synopsis == _PLOT


def test_no_prose_of_the_title_s_block_when_it_may_be_something_else() -> None:
    # a critic's one-liner; two paragraphs (comments); prose under a reviews heading
    one_liner = "Gorgeous but slow story; older kids will get more out of it."
    assert _record(_HERO.format(one_liner).encode()).synopsis is None
    two = _HERO.format(_PLOT + "</p><p>" + _PLOT.replace("heist", "robbery"))
    assert _record(two.encode()).synopsis is None
    reviews = _HERO.replace("Фильм турында", "What viewers say").format(_PLOT)
    assert _record(reviews.encode()).synopsis is None


@pytest.mark.parametrize("plot", [
    # the danda ends Odia, Hindi and Bengali sentences; Khmer and Thai run their words together
    "ଏକ ଦଳ ଡକାୟତ ପୋଲିସର ଚାପ ଅନୁଭବ କରନ୍ତି। ସେମାନେ ଶେଷ ଡକାୟତିରେ ଏକ ସୂତ୍ର ଛାଡ଼ିଦିଅନ୍ତି ଏବଂ ସହର ଛାଡ଼ି "
    "ପଳାଇବାକୁ ଚାହାଁନ୍ତି।",
    "ក្រុមចោរប្លន់ធនាគារមួយក្រុមចាប់ផ្តើមមានអារម្មណ៍ពីសម្ពាធរបស់ប៉ូលីស។ "
    "ពួកគេទុកតម្រុយមួយនៅក្នុងការប្លន់ចុងក្រោយរបស់ពួកគេ។",
])  # fmt: skip
def test_prose_in_scripts_without_latin_full_stops_or_spaces(plot: str) -> None:
    assert _record(_HERO.format(plot).encode()).synopsis == plot


def test_a_labelled_ideographic_row_is_no_prose_of_its_own() -> None:
    row = ("<p class='desc'><span>简介：</span>一群职业银行劫匪开始感受到警方的压力，他们在最近一次"
           "抢劫中留下了线索。</p>")
    page = f"<h1>Heat</h1><dl><dt>Genre</dt><dd>Crime</dd></dl>{row}"
    assert not (_record(page.encode()).synopsis or "").startswith("简介")  # the label kept out


@pytest.mark.parametrize(
    "facts",
    [b"<p>Music by: Ana Gil</p>", b"<p>Executive Producer: Tom Hale</p>",
     b"<div><span><em>Directed by</em><strong>Ana Gil</strong></span><span><em>Genre</em>"
     b"<strong>Drama</strong></span><span><em>Year</em><strong>2010</strong></span></div>"],
)  # fmt: skip
def test_a_programme_information_section_of_facts_has_no_synopsis(facts: bytes) -> None:
    # "Programme information" heads the synopsis on some sites and the facts on others: a
    # labelled line or cells run together are no prose
    page = (b"<h1>Heat</h1><dl><dt>Runtime</dt><dd>111 min</dd></dl><section><h2>Programme"
            b" information</h2>" + facts + b"</section>")
    assert _record(page).synopsis is None


def test_a_summary_list_is_no_summary() -> None:
    # sites48's GOV.UK design: "govuk-summary-list" names a list of facts, not the plot
    row = ('<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">{}</dt>'
           '<dd class="govuk-summary-list__value">{}</dd></div>')
    rows = "".join(row.format(k, v) for k, v in (
        ("Director", "Priya Sato"), ("Writer", "Nadia Novak, Folake Kowalski, Kaveh Haddad"),
        ("Composer", "Dmitri Brennan"), ("Producer", "Quentin Dubois"),
        ("Genre", "Drama, Crime"), ("Running time", "1 hour 51 minutes")))  # fmt: skip
    page = f'<h1>Heat</h1><dl class="govuk-summary-list">{rows}</dl>'.encode()
    record = _record(page)
    assert record.synopsis is None and record.directors == ["Priya Sato"]


def test_a_synopsis_classed_section_of_fact_lines_gives_no_synopsis() -> None:
    """A guide's "synopsis-meta" lines ("<em>Written by</em> A, B", "Running time 257 mins",
    an IMDb link) are facts: no paragraph of them is the plot."""
    lines = "".join(f'<p class="synopsis-meta__item"><em>{k}</em> {v}</p>' for k, v in (
        ("Written by", "Farah Adeyemi, Tamsin Papadakis"),
        ("Cinematography by", "Hiroshi Nakamura"),
        ("Running time", "257 mins"), ("Channel", "Sky Arts"), ("Guidance", "Contains violence"),
        ("Available on demand until", "Sun 10 Jan 2027")))
    page = (f'<h1>Heat</h1><section><h2>Programme information</h2><section class="synopsis-meta">'
            f'{lines}</section><p><a href="https://www.imdb.com/title/tt1/">IMDb</a></p></section>')
    assert _record(page.encode()).synopsis is None
