"""The headline as a reader sees it: markup inside and around `<h1>` that is not its words.

Classes found where newspaper4k or trafilatura read the title right and we did not
(metadata-dev, half A of the sites): a site name in a screen-reader-only span, a date
and categories in `<small>` under the headline, ruby readings over kanji, an `<h1>` in
the breadcrumb `<nav>`, and a page with no `<h1>` whose `<h2>` shows the title's head.
"""

from __future__ import annotations

from transforms.html import parse_html_page
from transforms.html_metadata import heading_text
from transforms.pipeline import clean

PROSE = (
    "<p>The council met on Tuesday evening and voted to extend the opening hours of the library "
    "through the winter months, after a petition signed by more than two thousand residents.</p>"
    "<p>Members said the extra hours would be paid for from the reserve fund, and that the "
    "decision would be reviewed in the spring when the budget for next year is set.</p>"
)


def page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body>{body}<article>{PROSE}</article></body></html>"


def title_of(html: str, url: str = "https://news.example.org/story/1") -> str:
    return clean(parse_html_page(html, source="test", url=url)).title


def test_a_site_name_hidden_for_screen_readers_is_no_part_of_the_headline() -> None:
    html = page(
        '<meta property="og:title" content="What we would rather not hear about ourselves">',
        '<h1 class="title">What we would rather not hear about ourselves'
        '<span class="element-invisible"> | RIVERSIDE.NET</span></h1>',
    )

    assert title_of(html) == "What we would rather not hear about ourselves"


def test_a_screen_reader_label_before_the_headline_goes() -> None:
    html = page(
        "<title>Energy transition and social change - Institute</title>",
        '<h1><span class="sr-only">Headline: </span>Energy transition and social change</h1>',
    )

    assert title_of(html) == "Energy transition and social change"


def test_a_hidden_separator_between_kicker_and_headline_stays() -> None:
    html = page(
        '<meta property="og:title" content="Climate: Drilling until it gets hot">',
        '<h1><span class="kicker">Climate</span><span class="visually-hidden">: </span>'
        '<span class="headline">Drilling until it gets hot</span></h1>',
    )

    assert title_of(html) == "Climate: Drilling until it gets hot"


def test_words_a_class_hides_only_on_small_screens_stay() -> None:
    # "hidden-xs" hides on phones only: the words are the headline's on every other screen.
    element = parse_html_page(
        '<html><body><h1>Rain due <span class="hidden-xs">all week</span></h1></body></html>', source="t"
    )
    assert element.title == "Rain due all week"


def test_small_print_under_the_headline_is_no_part_of_it() -> None:
    html = page(
        '<meta property="og:title" content="Spectators return to the clubs of the region">',
        "<h1>Spectators return to the clubs of the region<br><small>"
        '<span class="icon-calendar"></span>&nbsp;02.02.2022 •&nbsp;'
        '<span class="category">Association</span><span class="separator">, </span>'
        '<span class="category">Press</span></small></h1>',
    )

    assert title_of(html) == "Spectators return to the clubs of the region"


def test_a_kicker_in_small_print_above_the_headline_goes() -> None:
    html = page(
        "<title>Pyramid set with GA2 | Swim Example</title>",
        '<h1 class="post-title"><span><small>Session of the week</small><br>Pyramid set with GA2</span></h1>',
    )

    assert title_of(html) == "Pyramid set with GA2"


def test_a_hidden_separator_before_small_print_that_goes_does_not_end_the_headline() -> None:
    html = page(
        "<title>Energy, mobility and sustainable business - Ministry</title>",
        '<h1><span>Energy, mobility and sustainable business</span><span class="aural">: </span>'
        '<small><span class="sr-only">, Topic:</span><span>Research</span></small></h1>',
    )

    assert title_of(html) == "Energy, mobility and sustainable business"


def test_a_heading_all_in_small_print_is_still_read() -> None:
    from lxml import html as lxml_html

    assert heading_text(lxml_html.fromstring("<h1><small>Weekly notes</small></h1>")) == "Weekly notes"


def test_ruby_readings_over_the_kanji_are_no_part_of_the_headline() -> None:
    html = page(
        '<meta property="og:title" content="NEWS EASY|子どもへの体罰を禁止する法律ができる">',
        '<h1 class="logo"><a href="/"><img src="logo.png" alt="NEWS EASY"></a></h1>'
        '<h1 class="article-title"><ruby>子<rt>こ</rt></ruby>どもへの<ruby>体罰<rp>(</rp><rt>たいばつ</rt>'
        "<rp>)</rp></ruby>を<ruby>禁止<rt>きんし</rt></ruby>する<ruby>法律<rt>ほうりつ</rt></ruby>ができる</h1>",
    )

    assert title_of(html, "https://news.example.jp/easy/k1.html") == "子どもへの体罰を禁止する法律ができる"


def test_an_h1_in_the_breadcrumb_nav_is_not_the_headline() -> None:
    html = page(
        '<meta property="og:title" content="Irma Stone is the new president | RADIO EXAMPLE">'
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",'
        ' "headline": "Irma Stone is the new president"}</script>',
        '<nav class="breadcrumb"><a href="/">Start</a> &gt; <a href="/topics">Topics</a> &gt; '
        '<a href="/topics/x"><h1>"Solve the backlog" / Irma Stone is the new president</h1></a></nav>',
    )

    assert title_of(html) == "Irma Stone is the new president"


def test_an_h1_outside_the_nav_still_wins() -> None:
    # Look-alike: the same kicker and headline in an <h1> of the page's header, not its breadcrumb.
    html = page(
        '<meta property="og:title" content="Solve the backlog: Irma Stone is the new president">',
        "<header><h1>Solve the backlog: Irma Stone is the new president</h1></header>",
    )

    assert title_of(html) == "Solve the backlog: Irma Stone is the new president"


def test_without_an_h1_an_h2_showing_the_titles_head_is_the_headline() -> None:
    html = page(
        "<title>What is free software - Example Community Forum</title>",
        '<div class="topic"><h2>What is free software</h2></div>',
    )

    # The host names no part of the title: only the <h2> tells where the headline ends.
    assert title_of(html, "https://talk.sample.net/viewtopic.php?t=167") == "What is free software"


def test_a_forum_title_with_several_parts_keeps_the_head_the_h2_shows() -> None:
    html = page(
        "<title>No App Store over mobile data with iOS 13 ? | iPhone | Forum | MacExample</title>",
        "<h1></h1><h2></h2><h2>No App Store over mobile data with iOS 13 ?</h2><h2>Comments</h2>",
    )

    url = "https://www.macexample.de/forum/x.html"
    assert title_of(html, url) == "No App Store over mobile data with iOS 13 ?"


def test_an_h2_that_shows_other_words_leaves_the_title_alone() -> None:
    # Look-alikes: an <h2> that is a section of the page, and a one-word head ("Rain").
    related = page(
        "<title>What is free software - Example Community Forum</title>",
        "<h2>Related topics</h2>",
    )
    one_word = page("<title>Rain - Example Community Forum</title>", "<h2>Rain</h2>")

    title = "What is free software - Example Community Forum"
    assert title_of(related, "https://talk.sample.net/t/1") == title
    assert title_of(one_word, "https://talk.sample.net/t/2") == "Rain - Example Community Forum"


def test_an_h2_that_shows_a_section_before_the_headline_is_not_the_headline() -> None:
    # Look-alike: the <h2> shows the part before the first separator, but a headline follows it.
    html = page(
        "<title>City Desk - Police recover the body of a missing fisherman - Example News, Shows</title>",
        "<h2>City Desk</h2><h3>Police recover the body of a missing fisherman</h3>",
    )

    title = title_of(html, "https://talk.sample.net/t/3")
    assert title != "City Desk"
    assert "Police recover the body of a missing fisherman" in title


def test_an_h1_headline_is_not_replaced_by_an_h2() -> None:
    html = page(
        "<title>Library hours extended through winter - Example Forum</title>",
        "<h1>Library hours extended through winter</h1><h2>Library hours</h2>",
    )

    assert title_of(html) == "Library hours extended through winter"
