"""Chinese script conversion (OpenCC), each direction's converter built once per process.

>>> simplified("泉港區國亨化學"), traditional("国亨化学")
('泉港区国亨化学', '國亨化學')
"""

from __future__ import annotations

from functools import cache

import opencc

__all__ = ["simplified", "traditional"]


@cache
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


# Variant forms OpenCC leaves as they are, one character each: 燒堿 is 烧碱 (caustic soda).
_VARIANTS = str.maketrans({"堿": "碱"})


def simplified(text: str) -> str:
    """Traditional script to simplified (OpenCC t2s, phrase-aware, and the variants above)."""
    return str(_converter("t2s").convert(text)).translate(_VARIANTS)


def traditional(text: str) -> str:
    """Simplified script to traditional (OpenCC s2t)."""
    return str(_converter("s2t").convert(text))
