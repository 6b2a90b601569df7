# ruff: noqa: E501  (HTML templates read best on one line)
"""Moveek: a Moveek-like Vietnamese cinema page. The <h1> title with 'Phim lẻ' or 'Phim bộ'; a
score '8.2' with '1.234 đánh giá' (a thousands dot) and a 'Hài lòng 87%' meter; an info list of
'Label: value' rows ('Khởi chiếu: 27/10/1995' or a year alone, 'Thời lượng: 111 phút', 'Phân
loại: T16' with the rule's wording, 'Đạo diễn', 'Diễn viên' names or 'Actor vai Character',
'Thể loại', 'Quốc gia', 'Ngôn ngữ', 'Nhà sản xuất' as a trap; a show's 'Số mùa: 3' and
'Số tập'); 'Nội dung phim'; an embedded YouTube trailer; 'Lịch chiếu' showtimes with ticket
prices '75.000đ' as traps; viewers' reviews; 'Phim đang chiếu' rails. No tagline, audience
text, money, studios, IMDb link, streaming block or schema.org."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from tests.heldout_sites2.kit import app_state, css, esc, youtube_embed
from tests.heldout_sites2.records import Prose, Title, localize
from tests.heldout_sites2.site import Context
from tests.heldout_sites9.common import (
    Classes,
    cookie_banner,
    dotted,
    fit_rng,
    look,
    no_characters,
    others_people,
    pick,
    rated,
    translate,
)

NAME = "moveek"
GENRES = {"Action": "Hành Động", "Adventure": "Phiêu Lưu", "Animation": "Hoạt Hình",
          "Comedy": "Hài", "Crime": "Tội Phạm", "Documentary": "Tài Liệu", "Drama": "Chính Kịch",
          "Family": "Gia Đình", "Fantasy": "Giả Tưởng", "History": "Lịch Sử", "Horror": "Kinh Dị",
          "Music": "Âm Nhạc", "Mystery": "Bí Ẩn", "Romance": "Tình Cảm",
          "Science Fiction": "Khoa Học Viễn Tưởng", "Thriller": "Hồi Hộp", "War": "Chiến Tranh",
          "Western": "Miền Tây"}
COUNTRIES = {"United States": "Mỹ", "United Kingdom": "Anh", "France": "Pháp", "Germany": "Đức",
             "Japan": "Nhật Bản", "China": "Trung Quốc", "South Korea": "Hàn Quốc",
             "India": "Ấn Độ", "Brazil": "Brazil", "Australia": "Úc", "Canada": "Canada",
             "Spain": "Tây Ban Nha", "Italy": "Ý", "Mexico": "Mexico", "Nigeria": "Nigeria",
             "Sweden": "Thụy Điển", "Denmark": "Đan Mạch", "Argentina": "Argentina",
             "Iran": "Iran", "Poland": "Ba Lan"}
# Vietnam's film classes (2024 rules)
CLASSES = {"G": "P", "U": "P", "TV-Y": "P", "TV-G": "P", "FSK 0": "P", "PG": "K", "TV-PG": "K",
           "FSK 6": "K", "PG-13": "T13", "12A": "T13", "M": "T13", "TV-14": "T13",
           "FSK 12": "T13", "R": "T16", "15": "T16", "MA15+": "T16", "TV-MA": "T18",
           "FSK 16": "T16", "NC-17": "T18", "18": "T18", "R18+": "T18", "FSK 18": "T18"}
RULES = {"P": "Phim được phép phổ biến đến người xem ở mọi độ tuổi",
         "K": "Phim được phổ biến đến người xem dưới 13 tuổi với điều kiện xem cùng cha, mẹ hoặc người giám hộ",
         "T13": "Phim được phổ biến đến người xem từ đủ 13 tuổi trở lên",
         "T16": "Phim được phổ biến đến người xem từ đủ 16 tuổi trở lên",
         "T18": "Phim được phổ biến đến người xem từ đủ 18 tuổi trở lên"}
PROSE = Prose(
    verbs=("trở về", "thừa kế", "truy tìm", "chạy trốn khỏi", "bảo vệ", "đánh mất"),
    things=("một ngôi làng ngập nước", "vườn cây của gia đình", "một ngọn hải đăng cũ",
            "một khu mỏ bị lãng quên", "một thị trấn biên giới", "chuyến phà cuối cùng"),
    synopsis=("{hero} {verb} {thing} và nhận ra rằng {other} cũng {verb2} {thing2}. Trong "
              "{title}, những lòng trung thành cũ bị thử thách suốt một mùa dài."),
    taglines=("Mọi thứ đều có giá.",),
    audiences=("Khán giả khen diễn xuất.",))


def _roles(t: Title) -> bool:
    return fit_rng(NAME, t, "roles").random() < 0.5


def fit(t: Title) -> Title:
    t = rated(translate(localize(t, PROSE), GENRES, COUNTRIES), CLASSES)
    t = replace(t, tagline=None, audience=None, budget=None, box_office=None, studios=(),
                studios_shown=0, imdb=None, streaming=None)
    return t if _roles(t) else no_characters(t)


def day(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def render(t: Title, ctx: Context) -> str:
    rng = look(NAME, t)
    c = Classes("mv", rng)
    blocks = [_info(t, c, rng), _plot(t, c), _trailer(t, c)]
    if rng.random() < 0.5:
        blocks[1], blocks[2] = blocks[2], blocks[1]
    return (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(t.title)} - Lịch chiếu, đánh giá - Moveek</title>'
            f'<link rel="canonical" href="{t.url}">{css("mv", t.slug, 100)}</head><body>'
            f'{cookie_banner(c("cookie"), "Moveek sử dụng cookie để cải thiện trải nghiệm của bạn.", "Đồng ý", "Tùy chỉnh")}'
            f'{_nav(c)}<main class="{c("container")}">{_head(t, c, rng)}{"".join(blocks)}{_showtimes(c, rng)}{_reviews(ctx, c)}{_rails(ctx, c)}</main>'
            f'{_footer(c)}{app_state("__MOVEEK__", ctx.others, {"city": "ho-chi-minh"})}</body></html>')


def _nav(c: Classes) -> str:
    items = ("Mua vé", "Phim", "Rạp chiếu", "Tin tức", "Cộng đồng", "Khuyến mãi")
    return (f'<header class="{c("navbar")}"><a href="/" class="{c("brand")}">Moveek</a><nav><ul>'
            + "".join(f'<li><a href="/m{i}/">{x}</a></li>' for i, x in enumerate(items))
            + '</ul></nav><input type="search" placeholder="Tìm phim, rạp" aria-label="Tìm kiếm"><a href="/dang-nhap/">Đăng nhập</a></header>')


def _head(t: Title, c: Classes, rng: random.Random) -> str:
    kind = "Phim bộ" if t.kind == "show" else "Phim lẻ"
    score = (f'<div class="{c("rating")}"><b>{6 + len(t.slug) % 4}.{len(t.title) % 10}</b>/10 <span>{dotted(t.votes)} đánh giá</span></div>'
             if t.votes else f'<div class="{c("rating")}">Chưa có đánh giá</div>')
    meter = f'<div class="{c("meter")}">Hài lòng {60 + len(t.slug) % 40}%</div>'
    buy = f'<a class="{c("buy")}" href="/mua-ve/">{pick(rng, ("Mua vé", "Đặt vé ngay", "Xem lịch chiếu"))}</a>'
    scores = score + meter if rng.random() < 0.5 else meter + score
    return (f'<section class="{c("movie-header")}"><span class="{c("badge")}">{kind}</span>'
            f'<h1 class="{c("title")}">{esc(t.title)}</h1>{scores}{buy}</section>')


def _cast(t: Title) -> str:
    return ", ".join(esc(p.actor) + (f" vai {esc(p.character)}" if p.character else "") for p in t.cast)


def _info(t: Title, c: Classes, rng: random.Random) -> str:
    producer = others_people(t, rng, 1)[0]
    rows: list[tuple[str, str]] = []
    if t.released:
        rows.append(("Khởi chiếu", day(t.released)))
    elif t.year:
        rows.append(("Năm phát hành", str(t.year)))
    if t.runtime:
        rows.append(("Thời lượng", f"{t.runtime} phút" + ("/tập" if t.kind == "show" else "")))
    if t.seasons:
        rows += [("Số mùa", str(t.seasons)), ("Số tập", str(t.seasons * 10 + len(t.slug) % 7))]
    if t.rating:
        rows.append(("Phân loại", f"<b>{esc(t.rating)}</b> - {RULES[t.rating]}"))
    if t.directors:
        rows.append(("Đạo diễn", ", ".join(map(esc, t.directors))))
    if t.cast:
        rows.append(("Diễn viên", _cast(t)))
    rows.append(("Nhà sản xuất", esc(producer)))
    if t.writers:
        rows.append(("Biên kịch", ", ".join(map(esc, t.writers))))
    if t.genres:
        rows.append(("Thể loại", ", ".join(map(esc, t.genres))))
    if t.countries:
        rows.append(("Quốc gia", ", ".join(map(esc, t.countries))))
    rows.append(("Ngôn ngữ", pick(rng, ("Tiếng Anh - Phụ đề Tiếng Việt", "Lồng tiếng Việt", "Tiếng Hàn - Phụ đề Tiếng Việt"))))
    if rng.random() < 0.5:
        body = "<ul>" + "".join(f'<li><span class="{c("label")}">{k}:</span> {v}</li>' for k, v in rows) + "</ul>"
    else:
        body = "<table>" + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows) + "</table>"
    return f'<section class="{c("movie-info")}"><h2>Thông tin phim</h2>{body}</section>'


def _plot(t: Title, c: Classes) -> str:
    if not t.synopsis:
        return ""
    return f'<section class="{c("plot")}"><h2>Nội dung phim</h2><p>{esc(t.synopsis)}</p></section>'


def _trailer(t: Title, c: Classes) -> str:
    if not t.trailer:
        return ""
    return f'<section class="{c("trailer")}"><h2>Trailer</h2>{youtube_embed(t.trailer)}</section>'


def _showtimes(c: Classes, rng: random.Random) -> str:
    cinemas = ("CGV Vincom Đồng Khởi", "Galaxy Nguyễn Du", "Lotte Cinema Nam Sài Gòn", "BHD Star Bitexco")
    items = "".join(f"<li><b>{x}</b> 2D Phụ đề · {rng.randint(9, 22)}:{rng.choice(('00', '15', '30', '45'))} · {pick(rng, ('75.000đ', '90.000đ', '110.000đ'))}</li>"
                    for x in rng.sample(cinemas, 2))
    return f'<section class="{c("showtimes")}"><h2>Lịch chiếu</h2><ul>{items}</ul></section>'


def _reviews(ctx: Context, c: Classes) -> str:
    if not ctx.reviews:
        return ""
    items = "".join(f'<li><b>{esc(r.author)}</b> <span>{r.score}/10</span> <time>{day(r.posted)}</time><p lang="en">{esc(r.text)}</p></li>' for r in ctx.reviews)
    return f'<section class="{c("reviews")}"><h2>Bình luận</h2><ul>{items}</ul></section>'


def _rails(ctx: Context, c: Classes) -> str:
    cards = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a> <span>{o.year}</span> <span>{o.runtime or 97} phút</span> <span>{esc(o.rating or "")}</span>'
                    f' <span>{dotted(o.votes or 1)} đánh giá</span></li>' for o in ctx.others)
    return f'<section class="{c("now-showing")}"><h2>Phim đang chiếu</h2><ul>{cards}</ul></section>'


def _footer(c: Classes) -> str:
    return (f'<footer class="{c("footer")}"><a href="/gioi-thieu/">Giới thiệu</a><a href="/dieu-khoan/">Điều khoản sử dụng</a>'
            '<a href="/chinh-sach/">Chính sách bảo mật</a><p>© 2026 Moveek. Giấy phép MXH số 123/GP-BTTTT.</p></footer>')
