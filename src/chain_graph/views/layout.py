"""Positions computed in Python: deterministic, linear or near-linear in the number of nodes.

- :func:`layered`: columns left to right (a chain map's tiers), rows ordered by the barycentre
  heuristic so that links cross as little as a few sweeps manage;
- :func:`clustered`: players gathered in a disc around the place they stand in, places on a ring
  around a central disc of everything else (products, processes, industries). The start of the
  physics simulation for small views, the final layout for large ones.

Coordinates are rounded to 0.1 px so that the pages are byte-identical across machines.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence

Position = tuple[float, float]
GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))


def _round(value: float) -> float:
    return round(value, 1) + 0.0  # + 0.0 turns -0.0 into 0.0


def layered(
    rank: Mapping[str, int],
    edges: Iterable[tuple[str, str]],
    attached: Mapping[str, str] | None = None,
    column_width: float = 150.0,
    row_height: float = 66.0,
    sweeps: int = 6,
) -> dict[str, Position]:
    """Column ``rank[n]`` for every node; rows by barycentre sweeps; ``attached[n] = anchor``
    puts ``n`` in its anchor's column, in the row just below it."""
    attached = dict(attached or {})
    neighbours: dict[str, set[str]] = {n: set() for n in rank}
    for start, end in edges:
        if start in rank and end in rank and start != end:
            neighbours[start].add(end)
            neighbours[end].add(start)
    columns: dict[int, list[str]] = {}
    for node in sorted(rank, key=lambda n: (rank[n], n)):
        columns.setdefault(rank[node], []).append(node)
    y: dict[str, float] = {}

    def place(column: list[str]) -> None:
        offset = (len(column) - 1) / 2
        for i, node in enumerate(column):
            y[node] = (i - offset) * row_height

    for column in columns.values():
        place(column)
    ranks = sorted(columns)
    for sweep in range(sweeps):
        side = -1 if sweep % 2 == 0 else 1  # left to right: look left; then right to left
        for r in ranks if side < 0 else reversed(ranks):
            keys: dict[str, tuple[float, str]] = {}
            for node in columns[r]:
                linked = [y[m] for m in neighbours[node] if (rank[m] - r) * side > 0]
                keys[node] = ((sum(linked) / len(linked)) if linked else y[node], node)
            columns[r].sort(key=keys.__getitem__)
            place(columns[r])
    below: dict[str, list[str]] = {}
    for node, anchor in sorted(attached.items()):
        below.setdefault(anchor, []).append(node)
    positions: dict[str, Position] = {}
    for r, column in columns.items():
        rows: list[str] = []
        for node in column:
            rows.append(node)
            rows.extend(below.get(node, []))
        offset = (len(rows) - 1) / 2
        for i, node in enumerate(rows):
            positions[node] = (_round(r * column_width), _round((i - offset) * row_height))
    return positions


def _disc(count: int, spacing: float) -> list[Position]:
    """A sunflower: ``count`` points about ``spacing`` apart, the first in the centre."""
    c = spacing / 1.8
    return [
        (c * math.sqrt(i) * math.cos(i * GOLDEN_ANGLE), c * math.sqrt(i) * math.sin(i * GOLDEN_ANGLE))
        for i in range(count)
    ]


def _disc_radius(count: int, spacing: float) -> float:
    return spacing / 1.8 * math.sqrt(max(count - 1, 0)) + spacing


def clustered(
    centre: Sequence[str],
    groups: Mapping[str, Sequence[str]],
    spacing: float = 60.0,
) -> dict[str, Position]:
    """``centre``: nodes of the central disc, most important first. ``groups``: place id -> its
    members, the place itself first; each group is a disc on a ring around the centre."""
    positions: dict[str, Position] = {}
    for node, (x, y) in zip(centre, _disc(len(centre), spacing), strict=True):
        positions[node] = (x, y)
    inner = _disc_radius(len(centre), spacing) if centre else 0.0
    names = sorted(groups)
    radii = [_disc_radius(len(groups[g]), spacing) for g in names]
    if names:
        gap = 2 * spacing
        largest = max(radii)
        around = sum(2 * r + gap for r in radii)
        ring = max(inner + largest + 3 * spacing, around / (2 * math.pi)) if len(names) > 1 else 0.0
        if len(names) == 1 and centre:
            ring = inner + largest + 3 * spacing
        angle = -math.pi / 2
        for name, radius in zip(names, radii, strict=True):
            share = (2 * radius + gap) / around * 2 * math.pi if len(names) > 1 else 0.0
            angle += share / 2
            cx, cy = ring * math.cos(angle), ring * math.sin(angle)
            for node, (x, y) in zip(groups[name], _disc(len(groups[name]), spacing), strict=True):
                positions[node] = (cx + x, cy + y)
            angle += share / 2
    return {node: (_round(x), _round(y)) for node, (x, y) in positions.items()}
