"""A mapping that moves to disk when it grows: the ids and relationship identities a validation
keeps for its reference and duplicate checks, so that peak memory does not grow with the data.

Below ``threshold`` entries it is a plain dict. Above it, every entry moves into a private sqlite
database (an empty file name: a temporary file that sqlite deletes when the connection closes), and
later reads and writes go there, through a bounded page cache. Writes wait in a small buffer and go
in batches; recent reads (found or not) are remembered, as a validation asks for the same few ids
(products, documents) again and again and checks each new id just before adding it. Iteration is in
insertion order in memory and in key order on disk.

>>> store = KeyStore(threshold=2)
>>> store["a"] = ("Product", "seed/a.yaml", 3)
>>> store[("PRODUCES", "x", "a", "")] = ("seed/r.yaml", 7)
>>> store.on_disk, store.setdefault("b", ("Park", "seed/b.yaml", 1)), store.on_disk
(False, ('Park', 'seed/b.yaml', 1), True)
>>> store.get(("PRODUCES", "x", "a", "")), "a" in store, "c" in store, len(store)
(('seed/r.yaml', 7), True, False, 3)
>>> list(store)
[('PRODUCES', 'x', 'a', ''), 'a', 'b']
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, TypeVar, overload

__all__ = ["SPILL_THRESHOLD", "Key", "KeyStore", "PositionStore"]

# Entries kept in memory before a store moves to disk: a seed or a province stays in memory.
SPILL_THRESHOLD = 20_000
_CACHE_KIB = 4 * 1024  # sqlite's page cache, per store: the OS caches the file too
_WRITE_BATCH = 4096  # entries written at once
_RECENT_READS = 8192  # lookups remembered; forgotten all at once when full
_SEPARATOR = "\x1f"  # between the parts of a tuple key; ids and keys never hold it

Key = str | tuple[str, ...]
_T = TypeVar("_T")


def _encode(key: Key) -> str:
    return _SEPARATOR + _SEPARATOR.join(key) if isinstance(key, tuple) else key


def _decode(text: str) -> Key:
    return tuple(text[1:].split(_SEPARATOR)) if text.startswith(_SEPARATOR) else text


_MAX_VALUES = 3
_INSERT = "INSERT INTO entries VALUES (?, ?, ?, ?)"
_UPSERT = "INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?)"
_SELECT = "SELECT v0, v1, v2 FROM entries WHERE key = ?"


def _row(key: Key, value: tuple[Any, ...]) -> tuple[Any, ...]:
    if len(value) > _MAX_VALUES or any(v is None for v in value):
        raise ValueError(f"a KeyStore value is up to {_MAX_VALUES} str or int, not {value!r}")
    return (_encode(key), *value, *([None] * (_MAX_VALUES - len(value))))


class KeyStore(Mapping[Key, tuple[Any, ...]]):
    """``dict``-like (get, setdefault, ``[]``, ``in``, ``len``, iteration over keys) from ids or
    identity tuples to tuples of up to three str or int; in memory, then on disk above ``threshold``."""

    def __init__(self, threshold: int | None = None) -> None:
        self.threshold = SPILL_THRESHOLD if threshold is None else threshold
        self._memory: dict[Key, tuple[Any, ...]] | None = {}
        self._db: sqlite3.Connection | None = None
        self._size = 0
        self._unwritten: dict[str, tuple[Any, ...]] = {}  # encoded key -> row, newest value
        self._recent: dict[str, tuple[Any, ...] | None] = {}  # encoded key -> value, None: absent

    @property
    def on_disk(self) -> bool:
        return self._db is not None

    def _spill(self) -> None:
        assert self._memory is not None
        # "": a temporary file, deleted when the connection is freed with this store.
        db = sqlite3.connect("", check_same_thread=False)
        db.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        # A value is a few str and int: one column each (sqlite keeps each value's type).
        db.execute("CREATE TABLE entries (key TEXT PRIMARY KEY, v0, v1, v2) WITHOUT ROWID")
        db.executemany(_INSERT, (_row(k, v) for k, v in self._memory.items()))
        self._db, self._memory = db, None

    @overload
    def get(self, key: Key, /) -> tuple[Any, ...] | None: ...
    @overload
    def get(self, key: Key, default: tuple[Any, ...] | _T, /) -> tuple[Any, ...] | _T: ...
    def get(self, key: Key, default: Any = None) -> Any:
        if self._memory is not None:
            return self._memory.get(key, default)
        found = self._disk_get(_encode(key))
        return default if found is None else found

    def _disk_get(self, encoded: str) -> tuple[Any, ...] | None:
        row = self._unwritten.get(encoded)
        if row is not None:
            return tuple(v for v in row[1:] if v is not None)
        if encoded in self._recent:
            return self._recent[encoded]
        assert self._db is not None
        found = self._db.execute(_SELECT, (encoded,)).fetchone()
        value = tuple(v for v in found if v is not None) if found is not None else None
        if len(self._recent) >= _RECENT_READS:
            self._recent.clear()
        self._recent[encoded] = value
        return value

    def __getitem__(self, key: Key) -> tuple[Any, ...]:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str | tuple):
            return False
        if self._memory is not None:
            return key in self._memory
        return self._disk_get(_encode(key)) is not None

    def __setitem__(self, key: Key, value: tuple[Any, ...]) -> None:
        if self._memory is not None:
            if key not in self._memory:
                self._size += 1
            self._memory[key] = value
            if self._size > self.threshold:
                self._spill()
            return
        row = _row(key, value)
        if self._disk_get(row[0]) is None:
            self._size += 1
        self._recent.pop(row[0], None)
        self._unwritten[row[0]] = row
        if len(self._unwritten) >= _WRITE_BATCH:
            self._write()

    def _write(self) -> None:
        assert self._db is not None
        self._db.executemany(_UPSERT, self._unwritten.values())
        self._unwritten.clear()

    def update(self, items: Iterable[tuple[Key, tuple[Any, ...]]]) -> None:
        """Set many entries at once: in memory first, moved to disk in one go above the threshold."""
        if self._memory is None:
            for key, value in items:
                self[key] = value
            return
        self._memory.update(items)
        self._size = len(self._memory)
        if self._size > self.threshold:
            self._spill()

    def setdefault(self, key: Key, value: tuple[Any, ...]) -> tuple[Any, ...]:
        """The value ``key`` has, after giving it ``value`` when it has none."""
        found = self.get(key)
        if found is not None:
            return found
        self[key] = value
        return value

    def __len__(self) -> int:
        return self._size

    def __iter__(self) -> Iterator[Key]:
        if self._memory is not None:
            yield from list(self._memory)
            return
        self._write()
        assert self._db is not None
        for (text,) in self._db.execute("SELECT key FROM entries ORDER BY key"):
            yield _decode(text)


class PositionStore(Mapping[Key, tuple[Any, ...]]):
    """The reads of a finished :class:`KeyStore` over records at known positions in one parsed
    file: each value is made from its key's position when asked, not kept per record.

    >>> store = PositionStore({"a": 0, "b": 1}, lambda i: ("Park", "f.json", f"$.nodes[{i}]"))
    >>> store["b"], store.get("c"), "a" in store, list(store)
    (('Park', 'f.json', '$.nodes[1]'), None, True, ['a', 'b'])
    """

    def __init__(self, positions: dict[Key, int], value_at: Callable[[int], tuple[Any, ...]]) -> None:
        self._positions = positions
        self._value_at = value_at

    def __getitem__(self, key: Key) -> tuple[Any, ...]:
        return self._value_at(self._positions[key])

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str | tuple) and key in self._positions

    def __len__(self) -> int:
        return len(self._positions)

    def __iter__(self) -> Iterator[Key]:
        return iter(self._positions)
