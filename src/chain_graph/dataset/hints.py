"""What to say next to a problem so that it is quick to fix: the name meant, the passage meant.

>>> did_you_mean("capacity_t_per_yr", ["capacity_t_per_year", "storage_m3"])
" (did you mean 'capacity_t_per_year'?)"
>>> quote_hint("泉港區", "福建省泉州市泉港区是石化基地")
"; the document writes it in simplified script: '泉港区'"
>>> quote_hint("对泉州国亨化学开展全程服务", "对泉州国亨化学项目开展全程跟进体验式服务")
"; nearest passage (85% alike): '对泉州国亨化学项目开展全程跟进体验式服务'"
"""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz import fuzz, process

from chain_graph.scripts import simplified, traditional

__all__ = ["did_you_mean", "quote_hint"]

# Below this, a suggestion is more likely to mislead than to help.
_CUTOFF = 80.0
# The passage shown: the best window, this many characters wider each way, within its sentence.
_WIDEN = 8
_SENTENCE_ENDS = "。！？!?\n"


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` for the closest choice, or nothing when none is close."""
    found = process.extractOne(word, list(choices), scorer=fuzz.WRatio, score_cutoff=_CUTOFF)
    return f" (did you mean '{found[0]}'?)" if found else ""


def quote_hint(quote: str, text: str) -> str:
    """Why a quote is not in the text, where it can tell: the other script, else the nearest passage."""
    for convert, script in ((simplified, "simplified"), (traditional, "traditional")):
        converted = convert(quote)
        if converted != quote and converted in text:
            return f"; the document writes it in {script} script: '{converted}'"
    found = fuzz.partial_ratio_alignment(quote, text)
    if found is None or found.score < 60:
        return ""
    # The best window has the quote's length; widen it a little, within its sentence.
    start = max(0, found.dest_start - _WIDEN)
    end = min(len(text), found.dest_end + _WIDEN)
    before = text[start : found.dest_start]
    after = text[found.dest_end : end]
    cut = max((before.rfind(c) for c in _SENTENCE_ENDS), default=-1)
    before = before[cut + 1 :]
    ends = [i for i in (after.find(c) for c in _SENTENCE_ENDS) if i >= 0]
    after = after[: min(ends) + 1] if ends else after
    passage = (before + text[found.dest_start : found.dest_end] + after).strip()
    return f"; nearest passage ({found.score:.0f}% alike): '{passage}'"
