"""Chinese and Japanese stories, written here: no spaces between words, and still kept whole.

A CJK paragraph has no spaces, so counted by `str.split` it is one "word": the
line model took such paragraphs for menu labels and the length check for a
stub. These stories are long enough in any count that means words.
"""

from __future__ import annotations

from transforms.article import RemovalKind
from transforms.html import parse_html_page
from transforms.parse import parse_text_dump
from transforms.pipeline import clean, rejection_reason
from transforms.text_units import spaced_for_words, word_count

JA_TITLE = "市営バス、北部郊外へ夜間路線を延長　来春から運行開始"
JA_SUBTITLE = "住民の長年の要望受け、市議会が計画を可決"
JA_BODY = [
    "市議会は3日の本会議で、市営バスの夜間路線を北部の郊外住宅地まで延長する計画を賛成多数で可決した。"
    "住民からは十年以上前から延長を求める声が上がっており、市は来年春の運行開始を目指す。",
    "市交通局によると、新たな路線は中央駅を起点に北部の三つの団地を結び、金曜と土曜の深夜に"
    "三十分間隔で運行する。運賃は現行の料金に据え置き、少なくとも来年度末までは変更しない方針だ。",
    "審議では、一部の議員から運転手の確保が難しく、費用がかさみすぎるとの懸念が示された。"
    "これに対し交通局の担当者は、今年度中に二十人程度の運転手を新たに採用し、研修を終える計画を説明した。",
    "計画の試算では、週末の夜間に一晩あたり約四千人の利用が見込まれている。"
    "交通局は、終電後にタクシーを利用していた通勤客の負担が大きく軽減されると期待している。",
    "北部の団地に住む会社員の女性は「夜遅く帰宅するたびに高いタクシー代を払ってきた。"
    "ようやく安心して帰れるようになる」と話し、計画の可決を歓迎した。",
    "市は今後、運行ダイヤの詳細を詰めたうえで、来年二月に住民説明会を開く予定だ。"
    "利用状況を見ながら、平日の夜間運行についても検討するとしている。",
]
JA_JUNK = ["関連記事", "シェア"]

ZH_TITLE = "市议会批准延长夜间公交线路至北部郊区"
ZH_SUBTITLE = "居民呼吁十余年，新线路预计明年春季开通"
ZH_BODY = [
    "市议会周二晚间以多数票通过一项计划，将市区夜间公交线路延长至北部郊区的多个住宅小区。"
    "当地居民十多年来一直要求开通这一线路，市政府表示新线路预计将于明年春季投入运营。",
    "据市交通局介绍，新线路以中央车站为起点，途经北部三个大型住宅区，每逢周五和周六深夜"
    "每隔三十分钟发一班车。票价将维持现行标准，至少在明年年底之前不会调整。",
    "在审议过程中，部分议员担心司机招聘困难，运营成本过高。交通局负责人回应称，"
    "今年内将新招聘约二十名司机，并在线路开通前完成全部岗前培训。",
    "根据随计划公布的测算，新线路在周末夜间每晚预计可运送约四千名乘客。"
    "交通部门认为，这将大大减轻以往在末班车后只能乘坐出租车回家的通勤者的负担。",
    "住在北部小区的一位公司职员表示，过去每次加班晚归都要花不少钱打车，"
    "“终于可以安心回家了”，她对计划获得通过表示欢迎。",
    "市政府将在进一步细化时刻表之后，于明年二月举行居民说明会，"
    "并将根据客流情况研究是否在工作日夜间增开班次。",
]
ZH_JUNK = ["相关新闻", "分享到"]


def dump(title: str, subtitle: str, body: list[str], junk: list[str]) -> str:
    return "\n".join([title, subtitle, *body, *junk])


def test_japanese_story_keeps_every_paragraph() -> None:
    article = clean(parse_text_dump(dump(JA_TITLE, JA_SUBTITLE, JA_BODY, JA_JUNK), source="ja.txt"))

    # The English-trained model knows no CJK junk words: a short label may stay, no paragraph may go.
    assert [line for line in article.paragraphs if line not in JA_JUNK] == JA_BODY
    assert rejection_reason(article) is None


def test_chinese_story_keeps_every_paragraph() -> None:
    article = clean(parse_text_dump(dump(ZH_TITLE, ZH_SUBTITLE, ZH_BODY, ZH_JUNK), source="zh.txt"))

    # The English-trained model knows no CJK junk words: a short label may stay, no paragraph may go.
    assert [line for line in article.paragraphs if line not in ZH_JUNK] == ZH_BODY
    assert rejection_reason(article) is None


def test_japanese_html_page_keeps_every_paragraph() -> None:
    body = "".join(f"<p>{text}</p>" for text in JA_BODY)
    html = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8">
<meta property="og:title" content="{JA_TITLE}"></head>
<body>
<header><a href="/">北部新聞</a>
<nav><ul><li><a href="/">ホーム</a></li><li><a href="/news">ニュース</a></li></ul></nav></header>
<main><article><h1>{JA_TITLE}</h1>{body}
<aside class="related"><h3>関連記事</h3>
<ul><li><a href="/b">市立図書館、開館時間を延長へ</a></li></ul></aside>
</article></main>
<footer><p>Copyright 北部新聞社 All rights reserved.</p></footer>
</body></html>"""

    article = parse_html_page(html, source="ja.html")

    assert article.paragraphs == JA_BODY
    assert article.language == "ja"
    assert rejection_reason(article) is None
    assert not [r for r in article.removed if r.kind is RemovalKind.BOILERPLATE and r.text in JA_BODY]


def test_a_short_cjk_label_is_still_one_word() -> None:
    assert word_count("ホーム") == 1
    assert word_count("首页") == 1
    # A paragraph counts about as many words as its English translation (~40 here).
    assert 30 <= word_count(JA_BODY[0]) <= 60


def test_spacing_leaves_other_scripts_alone() -> None:
    for line in ["Plain English, 7-2.", "Городской совет проголосовал.", "서울시는 3일 발표했다."]:
        assert spaced_for_words(line) == line


def test_word_count_without_cjk_is_the_count_of_the_spaced_text() -> None:
    """The search that spares text with no CJK the pair-cutting changes no count."""
    texts = [
        "“Curly quotes” and café — no CJK here.",
        "Городской совет проголосовал за план.",
        "Mixed: 東京都は3日、新しい計画を発表した。 and English after",
        "ホーム",
        " ".join(JA_BODY),
        "",
    ]
    for text in texts:
        for limit in (-1, 0, 1, 3, 50):
            assert word_count(text, limit) == len(spaced_for_words(text).split(maxsplit=limit))
