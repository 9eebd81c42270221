"""Propose records from a news article: mentions of known nodes, new entities, figures and
statuses, each citing the article with a verbatim quote. Nothing is written to the data.

    article ─ normalize (t2s, pinyin, full-width, 二十万吨) ─ mentions (Aho-Corasick, fuzzy, patterns)
            ─ figures (capacity, money, area, date, status) ─ facts (attached) ─ Proposal

>>> from chain_graph.dataset import Dataset
>>> article = Article("某某化工有限公司拟投资建设新项目。", published="2024")
>>> proposal = Ingester(Dataset((), ())).ingest(article)
>>> [n.label for n in (proposal.document, *proposal.nodes)], proposal.document.id.startswith("doc-2024-")
(['Document', 'Enterprise'], True)
"""

from __future__ import annotations

from chain_graph.ingest.article import Article, check_published, from_html, read_article
from chain_graph.ingest.check import check_merged
from chain_graph.ingest.mentions import DEFAULT_THRESHOLD
from chain_graph.ingest.normalize import Normalized, normalize
from chain_graph.ingest.propose import Ingester, Proposal, Update

__all__ = [
    "DEFAULT_THRESHOLD",
    "Article",
    "Ingester",
    "Normalized",
    "Proposal",
    "Update",
    "check_merged",
    "check_published",
    "from_html",
    "normalize",
    "read_article",
]
