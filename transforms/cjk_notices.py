"""Chinese and Japanese page furniture with an exact syntax: share and follow lines,
list labels, teaser links in 【】 tags, and photo credits closing a caption.

    >>> cjk_junk_kind("分享到：微博 微信 QQ")
    'boilerplate'
    >>> cjk_junk_kind("相关阅读")
    'promo'
    >>> cjk_junk_kind("【写真特集】港まつりの花火、三年ぶりに夜空を彩る")
    'promo'
    >>> cjk_junk_kind("市役所前で記者会見する市長（5日午後、時事）")
    'caption'
    >>> cjk_junk_kind("【ワシントン共同】米政府は3日、新たな関税措置を発表した。") is None
    True

The line model reads CJK lines cut into character pairs, and the training data
holds next to no CJK page, so it cannot learn these; their syntax is exact:

- share and follow: "分享到：...", "この記事をシェアする", "关注我们的微信公众号",
  "公式LINEアカウントを友だち追加";
- a list's label alone: "相关阅读", "関連記事", "推荐阅读" (with a colon or in brackets);
- a link to another story behind a media tag: "【動画】...", "【写真】...", "【图集】..."
  (a dateline tag, "【ワシントン共同】", opens prose, which ends in "。");
- a caption's photo credit: "新华社记者 李明 摄", "（5日午後、共同）" closing the line.

A sentence of the story that mentions sharing or following reads on and ends in
"。", so each pattern is anchored at both ends of a short line.
"""

from __future__ import annotations

import re

from transforms.article import Removal, RemovalKind
from transforms.text_units import has_cjk

MAX_CJK_JUNK_CHARS = 60
MAX_CAPTION_CHARS = 120
_SENTENCE_ENDS = ("。", "！", "？", "!", "?")
# "分享到：微信 微博", "分享至", "转发到", "この記事をシェアする", "シェア", "ツイート", "ブックマーク".
SHARE_RE = re.compile(
    r"^(?:(?:分享|轉發|转发|分享本文)(?:(?:到|至)\s*[:：]?|\s*[:：]).{0,30}|分享本文"
    r"|(?:この)?(?:記事|ページ)を(?:シェア|共有)(?:する)?|シェア(?:する)?|ツイート|ブックマーク)$"
)
# "关注我们的微信公众号", "欢迎关注本报微博", "扫码关注", "公式LINEアカウントを友だち追加して…",
# "公式Xをフォロー".
FOLLOW_RE = re.compile(
    r"^(?:欢迎|歡迎|请|請|扫码|掃碼)?(?:关注|關注)(?:我们|我們|本报|本報|本台|本网|本網)?(?:的)?"
    r"(?:官方)?(?:微信|微博|公众号|公眾號|抖音|头条号|視頻號|视频号).{0,30}$"
    r"|^.{0,12}(?:公式)?(?:LINE|X|Ｘ|Twitter|ツイッター|インスタグラム|Instagram|YouTube|TikTok)"
    r"(?:公式)?(?:アカウント|チャンネル)?(?:を|で)?.{0,10}(?:友だち追加|友達追加|フォロー).{0,30}$"
)
# A list's label alone: "相关阅读", "関連記事", "推荐阅读：", "【関連記事】".
LABEL_RE = re.compile(
    r"^[【\[［(（]?\s*(?:相关阅读|相關閱讀|相关新闻|相關新聞|相关文章|相關文章|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀"
    r"|热门文章|熱門文章|热点推荐|猜你喜欢|更多新闻|関連記事|関連ニュース|関連リンク|おすすめ記事|人気記事"
    r"|あわせて読みたい|こちらもおすすめ)\s*[】\]］)）]?\s*[:：]?$"
)
# A media tag before another story's headline: "【動画】…", "【写真特集】…", "【图集】…".
MEDIA_TAG_RE = re.compile(
    r"^[【\[［](?:動画|写真|画像|写真特集|フォト|图集|圖集|视频|視頻|组图|組圖|图片|圖片)[^】\]］]{0,4}[】\]］]"
)
# A caption's credit: "新华社记者 李明 摄", "（5日午後、共同）", "（ロイター）", "图/视觉中国".
CREDIT_RE = re.compile(
    r"(?:(?:记者|記者|摄影|攝影|通讯员|通訊員)\s*[\u4e00-\u9fff]{2,4}(?:\s*[、,，]\s*[\u4e00-\u9fff]{2,4})*\s*(?:摄|攝)"
    r"|[（(][^（）()]{0,12}[、,，]?\s*(?:共同|時事|ロイター|AP|AFP|EPA|ゲッティ|時事通信|共同通信|新华社|新華社)[）)]"
    r"|(?:图|圖|图片|圖片)\s*[/／:：]\s*\S{2,12})$"
)
# Characters one of the patterns needs (the kind of test spares most lines the regexes).
_HINT_RE = re.compile("[分享轉转シェアツブ关關注公式LX相関延推热熱猜更お人あこ【［\\[摄攝共時ロAEゲ新图圖]")


def cjk_junk_kind(line: str) -> str | None:
    """The kind of junk a CJK line is by its syntax ("boilerplate", "promo", "caption"), or None."""
    credit = CREDIT_RE.search(line) if len(line) <= MAX_CAPTION_CHARS else None
    # A wire story's paragraph may close with its agency ("…と述べた。（共同）"): a caption has no "。" there.
    if credit is not None and not line[: credit.start()].rstrip().endswith(_SENTENCE_ENDS):
        return "caption"
    if len(line) > MAX_CJK_JUNK_CHARS or line.endswith(_SENTENCE_ENDS):
        return None
    if SHARE_RE.match(line) or FOLLOW_RE.match(line):
        return "boilerplate"
    if LABEL_RE.match(line) or MEDIA_TAG_RE.match(line):
        return "promo"
    return None


_KINDS = {"boilerplate": RemovalKind.BOILERPLATE, "promo": RemovalKind.PROMO, "caption": RemovalKind.CAPTION}


def drop_cjk_junk_lines(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """Drop CJK share, follow and label lines, tagged teaser links and credited captions."""
    if not has_cjk("\n".join(lines)):
        return lines, []  # every article in a language without these characters (byte scans in C)
    kept: list[str] = []
    removed: list[Removal] = []
    for line in lines:
        kind = cjk_junk_kind(line) if has_cjk(line) and _HINT_RE.search(line) is not None else None
        if kind is None:
            kept.append(line)
        else:
            removed.append(Removal(_KINDS[kind], line))
    return kept, removed
