"""Quantities as planners write them, in one place: capacity in 万吨/年, money in 亿元.

>>> format_tonnes(600000), format_tonnes(None), format_yuan(15_000_000_000)
('60万t/a', '', '150亿元')
"""

from __future__ import annotations

__all__ = ["format_tonnes", "format_yuan"]


def format_tonnes(value: float | None) -> str:
    """A capacity or a demand in tonnes per year: 600000 → "60万t/a"; nothing when unknown."""
    return f"{value / 10_000:g}万t/a" if value is not None else ""


def format_yuan(value: float | None) -> str:
    """An amount in yuan: 15000000000 → "150亿元"; nothing when unknown."""
    return f"{value / 10**8:g}亿元" if value is not None else ""
