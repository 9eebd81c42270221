"""Chinese numerals → Arabic digits: 二十 → 20, 六十五 → 65, 一百零五 → 105, 二〇二一 → 2021.

A small parser rather than a dependency: articles write numbers in a handful of ways, and the
normaliser needs only the digits (the 万/亿 that follow stay as units).

>>> [parse_chinese_number(t) for t in ("二十", "六十五", "一百零五", "十二万五千", "二〇二一", "一点五")]
['20', '65', '105', '125000', '2021', '1.5']
>>> parse_chinese_number("一亿二千万"), parse_chinese_number("两"), parse_chinese_number("万")
('120000000', '2', None)
>>> parse_chinese_number("五六万"), parse_chinese_number("三四十"), parse_chinese_number("二〇二一")
(None, None, '2021')
"""

from __future__ import annotations

import itertools

__all__ = ["DIGITS", "NUMERAL_CHARS", "parse_chinese_number"]

DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
NUMERAL_CHARS = "".join(DIGITS) + "十百千万亿"


def _integer(text: str) -> int | None:
    if not text:
        return None
    # Two neighbouring digits say "about": 五六万 is five or six ten-thousands, 三四十 thirty or forty;
    # only a run of three or more digits alone is read digit by digit (一九九二, 二〇二一).
    only_digits = all(c in DIGITS for c in text)
    neighbours = ((a, b) for a, b in itertools.pairwise(text) if a in DIGITS and b in DIGITS)
    if not (only_digits and len(text) > 2) and any(DIGITS[b] == DIGITS[a] + 1 for a, b in neighbours):
        return None
    if only_digits:
        # 二〇二一 is read digit by digit; a lone digit is itself.
        return int("".join(str(DIGITS[c]) for c in text))
    total = section = number = 0
    for char in text:
        if char in DIGITS:
            number = DIGITS[char]
        elif char in _SMALL_UNITS:
            section += (number or 1) * _SMALL_UNITS[char]  # 十 alone is 10
            number = 0
        elif char == "万":
            section = (section + number) * 10_000
            number = 0
        elif char == "亿":
            total = (total + section + number) * 100_000_000
            section = number = 0
        else:
            return None
    value = total + section + number
    return value if value or "零" in text or "〇" in text else None


def parse_chinese_number(text: str) -> str | None:
    """The Arabic form of a Chinese numeral (``点`` for the decimal point), or None."""
    whole, _, decimals = text.partition("点")
    integer = _integer(whole)
    if integer is None:
        return None
    if not decimals:
        return str(integer)
    if not all(c in DIGITS for c in decimals):
        return None
    return f"{integer}." + "".join(str(DIGITS[c]) for c in decimals)
