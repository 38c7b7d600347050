"""Chinese and Japanese page furniture removed by its syntax; the story's own lines stay.

Every line is written for this file (invented places, people and agencies' usual
tags). The line model sees CJK text cut into character pairs and trained on next
to no CJK page, so share and follow lines, list labels, tagged teaser links and
credited captions of a Chinese or Japanese page stayed in the body.
"""

from __future__ import annotations

import pytest

from transforms.article import Article, RemovalKind
from transforms.cjk_notices import cjk_junk_kind
from transforms.parse import parse_text_dump
from transforms.pipeline import clean

ZH_TITLE = "江川市新建跨江大桥正式通车 两岸通行时间缩短一半"
ZH_SUBTITLE = "大桥全长两千四百米，设双向六车道"
ZH_BODY = [
    "江川市跨江大桥于本月十二日上午正式通车，市民驾车从南岸到北岸的时间由原来的四十分钟缩短到二十分钟左右。",
    "据市交通局介绍，大桥全长两千四百米，总投资约三十八亿元，历时四年建成，是该市迄今规模最大的交通工程。",
    "通车当天，不少市民一早就来到桥头，步行体验大桥的人行道，有人还带着孩子在桥上拍照留念。",
    "交通局负责人表示，下一步将在大桥两端增设公交线路，并在节假日期间加强交通疏导。",
]
JA_TITLE = "みなと市で初の路面電車が開業 沿線に朝から人の列"
JA_SUBTITLE = "全長6キロ、12の停留所を結ぶ"
JA_BODY = [
    "みなと市で15日、市内初となる路面電車が開業し、始発の停留所には午前6時前から鉄道ファンや家族連れが列を作った。",
    "路線は港から市役所前を経て大学までの約6キロで、12の停留所を結ぶ。運行は10分間隔で、運賃は一律200円となる。",
    "市の担当者は「車を使わない人の足として、長く愛される路線にしたい」と話した。",
    "開業初日の利用者は約1万2千人に上り、市は当面、週末の便を増やして対応する方針だ。",
]

ZH_JUNK = [
    ("分享到：微信 朋友圈 微博", RemovalKind.BOILERPLATE),
    ("转发至：QQ空间", RemovalKind.BOILERPLATE),
    ("欢迎关注本报官方微信公众号", RemovalKind.BOILERPLATE),
    ("延伸阅读", RemovalKind.PROMO),
    ("【推荐阅读】", RemovalKind.PROMO),
    ("【图集】江川夜景：灯光点亮跨江大桥", RemovalKind.PROMO),
    ("市民在桥头拍照留念。本报记者 周立新 摄", RemovalKind.CAPTION),
]
JA_JUNK = [
    ("このページをシェアする", RemovalKind.BOILERPLATE),
    ("公式Xをフォローして最新情報をチェック", RemovalKind.BOILERPLATE),
    ("あわせて読みたい", RemovalKind.PROMO),
    ("【写真特集】開業前夜の車両基地", RemovalKind.PROMO),
    ("始発電車に乗り込む家族連れ（15日午前、時事）", RemovalKind.CAPTION),
]
# The story's own lines in the same words: a subhead on sharing, a wire paragraph closing
# with its agency, a dateline tag opening prose, a sentence about following the news.
LOOKALIKES = [
    "分享单车的新规定",
    "市民纷纷在微信朋友圈分享大桥通车的照片，相关话题阅读量超过一千万。",
    "関係者によると、開業式典には知事も出席したという。（共同）",
    "【みなと共同】市は15日、路面電車の延伸計画を発表した。",
    "多くの市民が公式アカウントをフォローし、運行情報を確認している。",
    "相关部门表示将继续完善配套设施",
]


def cleaned(title: str, subtitle: str, body: list[str]) -> Article:
    return clean(parse_text_dump("\n".join([title, subtitle, *body]), source="cjk.txt"))


@pytest.mark.parametrize("at", (0, 2, 4))
@pytest.mark.parametrize(
    ("junk", "title", "subtitle", "body"),
    [
        (ZH_JUNK, ZH_TITLE, ZH_SUBTITLE, ZH_BODY),
        (JA_JUNK, JA_TITLE, JA_SUBTITLE, JA_BODY),
    ],
    ids=("zh", "ja"),
)
def test_cjk_furniture_is_removed_anywhere_with_its_kind(
    junk: list[tuple[str, RemovalKind]], title: str, subtitle: str, body: list[str], at: int
) -> None:
    for line, kind in junk:
        lines = list(body)
        lines[at:at] = [line]
        article = cleaned(title, subtitle, lines)
        assert article.paragraphs == body, line
        assert (kind, line) in [(removal.kind, removal.text) for removal in article.removed], line


@pytest.mark.parametrize("line", [line for line, _ in ZH_JUNK + JA_JUNK])
def test_the_rule_alone_takes_each_line(line: str) -> None:
    assert cjk_junk_kind(line) is not None


@pytest.mark.parametrize("line", LOOKALIKES)
def test_the_storys_own_lines_in_the_same_words_stay(line: str) -> None:
    assert cjk_junk_kind(line) is None
    body = [*ZH_BODY[:2], line, *ZH_BODY[2:]]
    assert line in cleaned(ZH_TITLE, ZH_SUBTITLE, body).paragraphs
