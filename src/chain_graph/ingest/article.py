"""An article file → its text and what the page says of itself (title, date, address).

Plain text is read as it is (UTF-8, a BOM dropped). HTML is reduced to the article's main text by
``trafilatura``, which drops navigation, footers and other boilerplate; the page's own title and
date are kept as defaults for the command's ``--title`` and ``--published``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import trafilatura
from pydantic import ValidationError
from trafilatura.settings import Document as ExtractedPage

from chain_graph.errors import ChainGraphError, quoted
from chain_graph.model import Document

__all__ = ["Article", "check_published", "from_html", "read_article"]

_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.I)
_MAX_BYTES = 16 * 2**20  # as a seed document's text may be


@dataclass(frozen=True)
class Article:
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None

    def headline(self, fallback: str) -> str:
        """The title, else the first line of the text (a plain-text article starts with it)."""
        if self.title and self.title.strip():
            return self.title.strip()
        first = next((line.strip() for line in self.text.splitlines() if line.strip()), "")
        return first[:100] if first else fallback


def check_published(value: str) -> str:
    """An ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD), as a document's ``published``."""
    try:
        Document(id="doc", name="-", text="-", published=value)
    except ValidationError:
        raise ChainGraphError(
            f"{quoted(value)} is not a date: give YYYY-MM-DD, YYYY-MM or YYYY", options=("published",)
        ) from None
    return value


def _decode(data: bytes, path: Path, html: bool) -> str:
    if b"\x00" in data[:8192]:
        raise ChainGraphError(f"{path} is a binary file, not a text or HTML article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    declared = _CHARSET.search(data[:4096]) if html else None
    if declared is not None:
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    raise ChainGraphError(
        f"{path} is not UTF-8 text{' (nor the charset its HTML declares)' if html else ''}: "
        "convert it first, e.g. iconv -f GBK -t UTF-8"
    )


def from_html(html: str) -> Article:
    """The main text of a page and its own title, date and address."""
    extracted = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=True, favor_precision=True
    )
    if not isinstance(extracted, ExtractedPage):
        return Article("")
    text = extracted.text or ""
    published = extracted.date
    if published is not None:
        try:
            check_published(published)
        except ChainGraphError:
            published = None
    return Article(text, extracted.title or None, extracted.url or None, published)


def read_article(path: Path) -> Article:
    """Read a text or HTML article; a clear error when there is none to read."""
    if not path.exists():
        raise ChainGraphError(f"{path}: no such file")
    if path.is_dir():
        raise ChainGraphError(f"{path} is a folder: give one article file")
    try:
        with path.open("rb") as handle:
            data = handle.read(_MAX_BYTES + 1)
    except OSError as exc:
        raise ChainGraphError(f"cannot read {path}: {exc.strerror or exc}") from None
    if len(data) > _MAX_BYTES:
        raise ChainGraphError(f"{path} is larger than {_MAX_BYTES // 2**20} MiB: not one article")
    html = path.suffix.lower() in _HTML_SUFFIXES or _HTML_START.match(data[:2048]) is not None
    text = _decode(data, path, html)
    article = from_html(text) if html else Article(text)
    if not article.text.strip():
        where = "no main text found in the page" if html else "the file is empty"
        raise ChainGraphError(f"{path}: no article to read ({where})")
    return article
