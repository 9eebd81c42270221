"""Text as matched, with a map back to the text as written.

Matching runs on a normalised copy of the article: pinyin annotations dropped (區(qū)域 → 区域),
full-width digits and letters made half-width (２０ → 20), traditional script made simplified
(OpenCC t2s), a typesetter's space between Chinese and a figure or a Latin word dropped (尼龍 66 →
尼龙66), Chinese numerals before a unit made Arabic (二十万吨 → 20万吨), and a number sign after a
number made 号 (4#泊位 → 4号泊位), the quotes around a project's name dropped (“某某”项目 → 某某项目). Every
normalised character remembers the span of the original it came from, so that a match found on
the copy is quoted from the original, verbatim.

>>> n = normalize("泉港區(qū)域年產二十万吨，投资６５亿元")
>>> n.text
'泉港区域年产20万吨,投资65亿元'
>>> start, end = n.original_span(6, 10)
>>> n.original[start:end]
'二十万吨'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise

from chain_graph.ingest.numerals import NUMERAL_CHARS, parse_chinese_number
from chain_graph.scripts import simplified

__all__ = ["Normalized", "key", "normalize", "readable"]

# A CJK character followed by a pinyin annotation: lowercase latin with at least one tone mark.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
# ...or one toneless pinyin syllable (產(chan), 萬(wan)): initial and final, so (plain), (epp) stay;
# a reading may be doubled (中(zhong)(zhong)).
_SYLLABLE = (
    r"(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ui|ao|ou|iu|ie|ue|er|an|en|in|un|ua|uo|a|o|e|i|u|v)"
)
_TONED_SYLLABLE = rf"[a-z{_TONED}]*[{_TONED}][a-z{_TONED}]*"
# A space after an annotation, before the next character (萬(wan) 噸), goes with it. A toned one
# after a capital letter is a mirror's misplaced reading too (年P(guān)TMEG).
_PINYIN = re.compile(
    rf"(?:(?<=[\u3400-\u9fff])(?:[(（](?:{_TONED_SYLLABLE}|{_SYLLABLE})[)）])+|(?<=[A-Z])[(（]{_TONED_SYLLABLE}[)）])"
    r"(?:[ \u00a0]+(?=[\u3400-\u9fff]))?"
    # …or a toned reading in square brackets (聚酯[zhǐ]膜片, 聚酰[xiān]亚胺)
    rf"|(?<=[\u3400-\u9fff])\[{_TONED_SYLLABLE}\]"
)
# Units a Chinese numeral is read before: 二十万吨, 六十五亿元, 十月十八日, 三个 (三项, not 碳九项目; 一次性,
# disposable, and 二次电池, secondary, are no counts; 元 only after 万/亿 or a round number: 三元乙丙橡胶
# and 二元醇 are chemicals, 五十元 is money).
_UNIT_AFTER = (
    "吨|(?<=[万亿十百千])元|亩|年|月|日|号|个|家|名|人|项(?!目)|批|次(?!性|锂|电池|能源|资源)|届|天|倍|%"
    "|平方|立方|公里|千米|米|余|多|座|条|套|台"
)
_NUMERAL = re.compile(
    r"(?P<digits>\d+(?:\.\d+)?)?"
    rf"[{NUMERAL_CHARS}]+(?:点[{''.join(c for c in NUMERAL_CHARS if c not in '十百千万亿')}]+)?"
    rf"(?=[万亿]*(?:{_UNIT_AFTER}))"
)
# A figure in digits times a Chinese 十/百/千 (63千吨 is 63,000 t, 1千万元 ten million yuan).
_TIMES = {"十": 10, "百": 100, "千": 1000}


@dataclass(frozen=True)
class Normalized:
    """The normalised ``text`` of ``original``; character ``i`` of it came from
    ``original[starts[i]:ends[i]]``."""

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original that normalised ``[start, end)`` came from."""
        if start >= end:
            at = self.starts[start] if start < len(self.starts) else len(self.original)
            return at, at
        return self.starts[start], self.ends[end - 1]

    def original_text(self, start: int, end: int) -> str:
        a, b = self.original_span(start, end)
        return self.original[a:b]


# (character, original start, original end) per normalised character.
_Chars = list[tuple[str, int, int]]


def _rewrite(
    chars: _Chars, pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str | None]
) -> _Chars:
    """Replace each match of ``pattern``; every new character maps to the whole matched span."""
    text = "".join(c for c, _, _ in chars)
    result: _Chars = []
    last = 0
    for match in pattern.finditer(text):
        new = replace(match)
        if new is None or match.start() == match.end():
            continue
        result.extend(chars[last : match.start()])
        span_start, span_end = chars[match.start()][1], chars[match.end() - 1][2]
        result.extend((c, span_start, span_end) for c in new)
        last = match.end()
    result.extend(chars[last:])
    return result


# Taiwan's words for the mainland's, of the same length (the map stays one to one): 專案 is 项目.
_TAIWAN = {"专案": "项目", "计画": "计划"}
_TAIWAN_WORDS = re.compile("|".join(_TAIWAN))
# Engineers number units and berths with #: 4#泊位 is 4号泊位, 2#装置 is 2号装置.
_NUMBER_SIGN = re.compile(r"(?<=\d)#(?=[\u4e00-\u9fff])")


def _half_width(char: str) -> str:
    code = ord(char)
    if 0xFF01 <= code <= 0xFF5E:
        return chr(code - 0xFEE0)
    if char == "丶":  # a list's comma set with the stroke that looks like it (A丶B)
        return "、"
    if char == "﹒":  # the small full stop some pages set as a decimal point (1﹒6亿元)
        return "."
    return " " if code == 0x3000 else char


def _simplified(chars: _Chars) -> _Chars:
    text = "".join(c for c, _, _ in chars)
    converted = simplified(text)
    if len(converted) == len(text):  # the usual case: phrase-aware and one to one
        return [(new, s, e) for new, (_, s, e) in zip(converted, chars, strict=True)]
    # A phrase changed length: convert character by character to keep the map exact.
    result: _Chars = []
    for char, start, end in chars:
        result.extend((c, start, end) for c in simplified(char))
    return result


def _arabic(match: re.Match[str]) -> str | None:
    digits = match.group("digits")
    run = match.group(0)[len(digits or "") :]
    stripped = run.rstrip("万亿")
    if digits is not None:  # 63千吨: a multiple; any other numeral after digits is left as written
        if stripped not in _TIMES:
            return None
        return format((Decimal(digits) * _TIMES[stripped]).normalize(), "f") + run[len(stripped) :]
    value = parse_chinese_number(stripped)
    return None if value is None else value + run[len(stripped) :]


def _script(original: str) -> _Chars:
    """Pinyin annotations dropped, half-width, simplified, the mainland's words."""
    chars: _Chars = [(c, i, i + 1) for i, c in enumerate(original)]
    chars = _rewrite(chars, _PINYIN, lambda _: "")
    chars = [(_half_width(c), s, e) for c, s, e in chars]
    chars = _simplified(chars)
    return _rewrite(chars, _TAIWAN_WORDS, lambda m: _TAIWAN[m.group(0)])


def readable(original: str) -> str:
    """A name as the article writes it, in the seed's script: 海南煉化百萬噸乙烯項(xiàng)目 →
    海南炼化百万吨乙烯项目 (numerals and number signs stay as written; a hard wrap inside is dropped).

    >>> readable("海南煉化百萬噸乙烯項(xiàng)目")
    '海南炼化百万吨乙烯项目'
    """
    return "".join(c for c, _, _ in _script(original) if c != "\n")


# A typesetter's space between Chinese and a figure or a Latin word (尼龍 66, 20 萬噸, PTA 項目), in a
# unit (万吨 / 年), in a locant (1 , 4-丁二醇) or between thousands (1 130亿元, 30,000吨): none.
_TYPESET_SPACE = re.compile(
    r"(?<=[\u3400-\u9fff])[ \u00a0]+(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])[ \u00a0]+(?=[\u3400-\u9fff])"
    r"|(?<=吨)[ \u00a0]+(?=/)|(?<=/)[ \u00a0]+(?=年)"  # 40 万吨 / 年
    r"|(?<=\d)[ \u00a0]+(?=,[ \u00a0]*\d-)|(?:(?<=\d,)|(?<=\d ,))[ \u00a0]+(?=\d-)"  # 1 , 4-丁二醇
    r"|(?<=\d)[ \u00a0](?=\d{3}(?!\d))"  # a thin space between thousands: 1 130亿元, 9 000 億元
    r"|(?<=\d),(?=\d{3}(?!\d))"  # …or a comma, that would cut a name: 年产30,000吨…工程
)


# A project's name, or a part of one, in quotes before 项目 or 工程 (建设“高端煤基新材料循环经济产业”项目,
# 天津渤化“两化”搬迁改造项目): the quotes dropped; not around a whole name (“某某项目”募集资金投资项目).
_QUOTED_NAME = re.compile(
    r"“(?=(?:[^”]*[\u3400-\u9fff]){2})[^“”\"',;:。!?\n]{2,30}(?<!项目)(?<!工程)”(?=[\u3400-\u9fff]{0,8}?(?:项目|工程))"
)


def _unquoted_names(chars: _Chars) -> _Chars:
    text = "".join(c for c, _, _ in chars)
    quotes = {i for m in _QUOTED_NAME.finditer(text) for i in (m.start(), m.end() - 1)}
    return [char for i, char in enumerate(chars) if i not in quotes]


# A hard wrap inside a sentence: a line of prose (a clause mark in it) that ends on a word, not a mark,
# and a next line that goes on with one, not a list's item (…该厂已达到年产30万吨\n有机硅单体、…): the
# break dropped. Headlines, bylines and captions have no clause mark and keep theirs.
_WRAPPED = re.compile(
    r"(?<=[\u3400-\u9fffA-Za-z0-9])\n(?=[\u3400-\u9fffA-Za-z0-9])(?![一二三四五六七八九十\d]+[、.．])"
)
_PROSE_LINE = re.compile(r"(?=[^\n]{12})[^\n]*[,;。][^\n,;。]{4,}")
# A page that sets each phrase on a line of its own (…投资40.79亿元,\n目前正在进行\n环境影响报告书…\n。):
# a line that ends on a comma goes on, and so does the line before one that opens with a mark.
_BROKEN = re.compile(r"(?<=[,、])\n(?=[^\s,;:。!?])|(?<=\S)\n(?=[,、;:。!?)])")
# A page cut out of a PDF that breaks a sentence, a blank line and all, before a figure and its unit
# (本项目生产洗洁精\n\n30 万t/a、洗衣液\n\n25 万t/a、…, 总投资\n\n200000 万元,): the breaks dropped.
_FIGURE_BROKEN = re.compile(
    r"(?<=[\u3400-\u9fff])\n[\n \u00a0]*"
    r"(?=\d+(?:\.\d+)?[ \u00a0]*[万千亿]?[ \u00a0]*(?:t/a|吨|元)[^\n]{0,12}?[,、;。])"
)


def _dropped(chars: _Chars, positions: set[int]) -> _Chars:
    return [char for i, char in enumerate(chars) if i not in positions]


_LABELLED = re.compile(r"[^\n:,;。]{2,10}:")


def _width(line: str) -> int:
    """A line's width as typeset: a Chinese character is two half-width ones."""
    return sum(1 if c.isascii() else 2 for c in line)


def _unwrapped(chars: _Chars) -> _Chars:
    text = "".join(c for c, _, _ in chars)
    broken = {m.start() for m in _BROKEN.finditer(text)}
    broken |= {i for m in _FIGURE_BROKEN.finditer(text) for i in range(m.start(), m.end())}
    chars = _dropped(chars, broken)
    text = "".join(c for c, _, _ in chars)
    wraps: set[int] = set()
    for match in _WRAPPED.finditer(text):
        start = text.rfind("\n", 0, match.start()) + 1
        line = text[start : match.start()]
        # …and a line of a wrapped paragraph as wide as the one wrapped before it, with no clause mark
        # (…等 18 个续建项目投\n产达效): a typeset page's
        # (not a form's lines: 项目地点:…\n建设单位:…)
        before = start - 1
        above = text[text.rfind("\n", 0, before) + 1 : before]
        wrapped_before = (
            before in wraps
            and _width(line) >= _width(above) - 4
            and not any(_LABELLED.match(each) for each in (line, above))
        )
        if wrapped_before or _PROSE_LINE.fullmatch(text, start, match.start()):
            wraps.add(match.start())
    return _dropped(chars, wraps)


# A numbered list's item at a line's start (1.60万吨/年瓶用聚酯切片 then 2.12万吨/年…聚酯): its number, read
# as one where the line before or after carries the number next to it; then 、 (60万吨, not 1.60万吨).
_LINE_NUMBER = re.compile(r"^[^\S\n]*(\d{1,2})\.", re.MULTILINE)


def _numbered_lines(chars: _Chars) -> _Chars:
    text = "".join(c for c, _, _ in chars)
    numbers = [int(m.group(1)) for m in _LINE_NUMBER.finditer(text)]
    listed = {n for n, after in pairwise(numbers) if after == n + 1}
    listed |= {n + 1 for n in listed}

    def item(match: re.Match[str]) -> str | None:
        return match.group(0)[:-1] + "、" if int(match.group(1)) in listed else None

    return _rewrite(chars, _LINE_NUMBER, item)


def normalize(original: str) -> Normalized:
    chars = _unwrapped(_unquoted_names(_script(original)))
    chars = _numbered_lines(chars)
    chars = _rewrite(chars, _TYPESET_SPACE, lambda _: "")
    chars = _rewrite(chars, _NUMERAL, _arabic)
    chars = _rewrite(chars, _NUMBER_SIGN, lambda _: "号")
    return Normalized(
        original,
        "".join(c for c, _, _ in chars),
        tuple(s for _, s, _ in chars),
        tuple(e for _, _, e in chars),
    )


@functools.lru_cache(maxsize=1 << 16)  # (names are keyed again and again while a text is read)
def key(name: str) -> str:
    """A name as the matcher compares it: normalised, ASCII lowercased, spaces collapsed.

    >>> key("聚醚多元醇  ＰＰＧ"), key("Propylene  Oxide"), key("國亨化學")
    ('聚醚多元醇ppg', 'propylene oxide', '国亨化学')
    """
    text = normalize(name).text
    lowered = "".join(c.lower() if c.isascii() else c for c in text)
    return " ".join(lowered.split())
