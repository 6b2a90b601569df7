"""The trailer URL: a YouTube embed under the trailer heading or titled as a trailer, also a lazy
embed's data-src, given as a watch URL. A clip before it (in a Clips section, or after the
heading) does not replace it, yet the heading's only video is the trailer even when titled
"Clip". Playlist and live-stream embeds are no trailer."""

from __future__ import annotations

import pytest

from tests.fields.pages import HEAT, LLV, _after_section, _record, _replaced, _unchanged


@pytest.mark.parametrize(
    "embed",
    [
        b"https://www.youtube.com/embed/videoseries?list=PL1",
        b"https://www.youtube.com/embed/live_stream?channel=UC1",
    ],
)
def test_playlist_and_live_embeds_are_no_trailer(embed: bytes) -> None:
    old = b"https://www.youtube-nocookie.com/embed/u5RE6rK3TkQ?rel=0"
    assert _replaced(LLV, old, embed).trailer_url is None


def test_a_clip_before_the_trailer() -> None:
    clip = (
        b'<section><h2>Clips</h2><iframe title="Clip: Arrival in Las Vegas" '
        b'src="https://www.youtube-nocookie.com/embed/Zq1Ab2Cd3Ef?rel=0"></iframe></section>'
    )
    _unchanged(LLV, _after_section(LLV, b"details", clip))


def test_trailer_embeds_by_their_titles() -> None:
    first_clip = b'<iframe title="Clip: The Bar" src="https://www.youtube.com/embed/AAAAAAAAAAA">'
    _unchanged(
        LLV,
        LLV.replace(b"Official Trailer</h2>", b"Official Trailer</h2>" + first_clip + b"</iframe>"),
    )
    interview = b'<iframe title="Heat | Official Trailer | Interview Edition" src="https://www.youtube.com/embed/BBBBBBBBBBB"></iframe>'
    trailer = _record(HEAT.replace(b"</h1>", b"</h1>" + interview, 1)).trailer_url
    assert trailer == "https://www.youtube.com/watch?v=BBBBBBBBBBB"


def test_a_lazy_trailer_embed() -> None:
    src = b'src="https://www.youtube-nocookie.com/embed/u5RE6rK3TkQ?rel=0"'
    _unchanged(LLV, LLV.replace(src, b'src="about:blank" data-' + src))


def test_the_trailer_headings_only_video_titled_clip() -> None:
    _unchanged(LLV, LLV.replace(b'<iframe title="Official Trailer"', b'<iframe title="Clip"'))


@pytest.mark.parametrize(
    "player",
    ['<p><a class="play" href="//www.youtube.com/embed/bDyyfWhMrDo?rel=0">Trailer</a></p>',
     '<a aria-label="Play trailer" href="https://www.youtube.com/watch?v=bDyyfWhMrDo">▶</a>',
     '<button>Trailers (3)</button><div role="dialog"><iframe title="Trailer" src="https://www.'
     'youtube-nocookie.com/embed/bDyyfWhMrDo?rel=0"></iframe></div>'],
)
def test_a_trailer_named_by_its_link_element_or_modal(player: str) -> None:
    page = f"<h1>Heat</h1><dl><dt>Runtime</dt><dd>170 min</dd></dl>{player}".encode()
    assert _record(page).trailer_url == "https://www.youtube.com/watch?v=bDyyfWhMrDo"


def test_a_list_of_other_titles_trailers_gives_none() -> None:
    # Yahoo Movies TW: "其他電影預告", other films' trailers, each named a trailer
    page = ("<h1>Heat</h1><dl><dt>Runtime</dt><dd>170 min</dd></dl><section><h2>其他電影預告</h2>"
            '<ul><li><a href="https://www.youtube.com/watch?v=2hCUlb_D5vu">Canyon 前導預告</a></li>'
            '<li><a href="https://www.youtube.com/watch?v=t2h1vJtA5Nk">Ferry 前導預告</a></li></ul>'
            "</section>").encode()
    assert _record(page).trailer_url is None
