"""Mentions and facts → proposed records: the article as a Document, new nodes, relationships,
and updates to existing nodes (listed, never applied).

Every record is built as a model instance (so it validates as the seed does), cites the new
Document with a verbatim quote of the original text, and has confidence ``reported``: a
machine read it, a person has not checked it yet.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from typing import Any

from chain_graph.dataset import Dataset
from chain_graph.ingest import figures
from chain_graph.ingest.article import Article
from chain_graph.ingest.check import check_merged
from chain_graph.ingest.facts import NEW_PRODUCT, Fact, find_facts, parks_being_built
from chain_graph.ingest.lexicon import Lexicon, tonnes_of
from chain_graph.ingest.mentions import (
    DEFAULT_THRESHOLD,
    Matcher,
    Mention,
    Mentions,
    declared_short_names,
    not_a_place,
)
from chain_graph.ingest.normalize import Normalized, key, normalize, readable
from chain_graph.ingest.segment import Segments
from chain_graph.model import (
    Confidence,
    Document,
    Enterprise,
    Node,
    Park,
    Product,
    Project,
    ProjectStatus,
    Relationship,
    RelType,
)
from chain_graph.records import NodeRecord, RelationshipRecord

__all__ = ["Ingester", "Proposal", "Update"]

CONFIDENCE = Confidence.REPORTED
_NEW_TYPES: dict[str, type[Enterprise] | type[Project] | type[Park]] = {
    "Enterprise": Enterprise,
    "Project": Project,
    "Park": Park,
}
_DATE_FIELD = {ProjectStatus.SIGNED: "signed_date", ProjectStatus.UNDER_CONSTRUCTION: "start_date"}
_FIGURE_KINDS = ("capacity", "investment", "output", "revenue", "other", "area")
_MONEY_KINDS = frozenset({"investment", "output", "revenue", "other"})


# A plant's figure in a name, and the words before it that name no owner: 年产, 新建, (有限)公司, a phase.
_PLANT_FIGURE = re.compile(r"(\d+(?:\.\d+)?)(万)?吨")
_NOT_AN_OWNER = re.compile(
    r"年产能?|新建|扩建|(?:股份)?有限(?:责任)?公司|股份公司|公司|集团|[该本其]|[一二三四五六七八九\d]期|[^\u3400-\u9fff]"
)
_NUMERAL = r"[一二三四五六七八九十\d]"
# A province before a plant's figure names where it is, not whose (甘肃年产6万吨丁基橡胶项目 is the
# 6万吨/年丁基橡胶项目 of the same article).
_PROVINCE_FIRST = re.compile(
    r"^(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南"
    r"|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆)(?:省|市|自治区)?"
)
_WHICH_PLANT = re.compile(rf"首套|第{_NUMERAL}+[套条]|{_NUMERAL}+号|{_NUMERAL}期")
# A firm right before a name, in its clause (福建中景石化有限公司全球最大单套|年产100万吨…项目).
_JUST_BEFORE = re.compile(r"[^,;:。!?\n]{0,8}")
# How a yearly figure is written apart from the figure: 年产10万吨, 10万吨/年.
_YEARLY = re.compile(r"年产能?(?=\d+(?:\.\d+)?万?吨)|(?<=吨)/年|(?<=吨)的")  # (年产45万吨的ABS项目)
# A name that is only a plant's figure and product: 60万吨/年环氧丙烷项目.
_FIGURE_NAME = re.compile(r"(\d+(?:\.\d+)?)(万)?吨(?:/年)?[^\d]{2,}$")
_NEAR_NAME = 0.6  # how alike a firm's project's name must be to its one project's of the data
_CJK_WORDS = re.compile(r"(?:(?!期)[\u3400-\u9fff])*")  # words alone: no figure, Latin name or phase
_MIN_SHORT_NAME = 5  # 乙烯项目 may be anyone's; 烷烃资源综合利用项目 is one project's
_SIZE_ONLY = re.compile(r"(?:年产)?\d+(?:\.\d+)?万?吨(?:级|/年)?的?")
_PHASE_AFTER = re.compile(r"\(?[一二三四五六七八九\d]期")
_PHASE_IN_NAME = re.compile(r"[一二三四五六七八九\d]期(?=项目$)")
_PHASES_AT_END = re.compile(r"(?<=项目)(?:[一二三四五六七八九十\d]期)+$")
_BUILDING_WORKS = re.compile(r"建设(?:项目|工程)$")  # (a name said again without them)
_PHASE_WORKS = re.compile(r"(?<=项目)[一二三四五六七八九\d]期工程$")
_QUOTES = re.compile("[“”]")
_MADE_BY_ROUTE = re.compile(r"[\u3400-\u9fff]{1,3}制([\u3400-\u9fff]{2,})")  # 煤制烯烃, 甲醇制丙烯
_ABBREVIATION_IN_NAME = re.compile(r"\([A-Za-z][A-Za-z0-9/\-]{0,9}\)")
_PLANT_IN_BRACKETS = re.compile(r"\([^()]*\d[^()]*(?:吨|t/a)[^()]*\)(?=项目$)")  # …(20万吨/年聚丙烯)项目


@dataclass(frozen=True)
class Update:
    """A property change to an existing node, with its evidence."""

    id: str
    property: str
    value: Any
    source: str
    quote: str
    confidence: str = str(CONFIDENCE)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "property": self.property,
            "value": self.value,
            "source": self.source,
            "quote": self.quote,
            "confidence": self.confidence,
        }


@dataclass(frozen=True)
class Proposal:
    document: Document
    nodes: tuple[Node, ...]
    relationships: tuple[Relationship, ...]
    updates: tuple[Update, ...]
    mentions: tuple[dict[str, Any], ...]
    facts: tuple[dict[str, Any], ...]

    @property
    def summary(self) -> dict[str, int]:
        return {
            "mentions": len(self.mentions),
            "known_ids": len({m["id"] for m in self.mentions if m["id"] is not None}),
            "new_entities": len(self.nodes),
            "figures": sum(1 for f in self.facts if f["kind"] in _FIGURE_KINDS and f["outcome"] != "unused"),
            "relationships": len(self.relationships),
            "updates": len(self.updates),
        }

    def quotes(self) -> list[str]:
        """Every quote the proposal makes: of its nodes, relationships and updates."""
        found: list[str] = []
        for record in (*self.nodes, *self.relationships):
            found.extend(getattr(record, "quote", ()))
        found.extend(u.quote for u in self.updates)
        return found

    def to_json(self) -> dict[str, Any]:
        """``nodes`` (the document first) and ``relationships`` in the interchange shape, then
        ``updates``, ``mentions`` (offsets in the original text), ``facts`` and ``summary``."""
        return {
            "nodes": [NodeRecord.from_model(n).to_json() for n in (self.document, *self.nodes)],
            "relationships": [RelationshipRecord.from_model(r).to_json() for r in self.relationships],
            "updates": [u.to_json() for u in self.updates],
            "mentions": list(self.mentions),
            "facts": list(self.facts),
            "summary": self.summary,
        }


@dataclass(eq=False)  # one object per entity: hashed by identity
class _NewEntity:
    label: str
    name: str
    mentions: list[Mention]
    aliases: list[str] = field(default_factory=list)
    id: str = ""


def _short_hash(text: str, length: int = 6) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


def _shortened(short: str, longer: str) -> bool:
    """``longer`` with its start (a firm), its phase, or a piece inside taken out is ``short``: a
    piece between a start and an end of two characters or more each, besides 项目
    (广东石化[炼化]一体化项目), perhaps after a place of two or three characters. A yearly figure is one
    however written (年产10万吨EPS项目 is 10万吨/年EPS项目 and 10万吨EPS项目)."""
    if _YEARLY.sub("", longer).endswith(_YEARLY.sub("", short)):
        return True
    if longer.endswith(short) or _PHASE_IN_NAME.sub("", longer).endswith(short):
        return True
    if _PHASE_WORKS.sub("", longer).endswith(short):  # …尼龙6聚合项目一期工程: 尼龙6聚合项目
        return True
    if _FIGURE_NAME.match(short) and short.endswith("项目") and longer.endswith("装置"):
        return longer.endswith(short.removesuffix("项目") + "装置")  # …3.5万吨/年特种丁腈橡胶装置: its plant
    if longer.removesuffix("项目").endswith(short):  # 晓星氨纶三期开工 in the headline, 晓星氨纶三期项目 in
        return True  # the text; 陇和催化剂配套原料 for 长汀陇和催化剂配套原料项目
    # …纺纱基地10月投产 in the headline, …纺纱基地建设项目 in the text
    if _BUILDING_WORKS.sub("", longer) == short:
        return True
    if _ABBREVIATION_IN_NAME.sub("", longer) == short:  # 年产12万吨1,4-丁二醇(BDO)项目
        return True
    if _PLANT_IN_BRACKETS.sub("", longer) == short:  # 北海炼油异地改造石油化工(20万吨/年聚丙烯)项目
        return True
    unbracketed = _ABBREVIATION_IN_NAME.sub(lambda m: m.group(0)[1:-1], longer)
    if unbracketed != longer:  # 中原石化MTO项目 for 中原石化60万吨/年甲醇制烯烃(MTO)项目
        return _shortened(short, unbracketed)
    return (
        _piece_out(short, longer, 2)
        or any(
            _piece_out(short, longer[place:], 4) for place in (2, 3) if not short.startswith(longer[:place])
        )
        or _firm_piece_out(short, longer)
    )  # 大连|巴赛尔聚烯烃工程塑料[新厂建设]项目: a place before it too, when what is left is long


def _firm_piece_out(short: str, longer: str) -> bool:
    """The same plant, its figure and product written alike, after a firm's name with a piece taken
    out (广西有色[金属]集团年产30万吨再生铜冶炼工程项目), the yearly figure however written."""
    short, longer = _YEARLY.sub("", short), _YEARLY.sub("", longer)
    at_short, at_longer = _PLANT_FIGURE.search(short), _PLANT_FIGURE.search(longer)
    if at_short is None or at_longer is None or short[at_short.start() :] != longer[at_longer.start() :]:
        return False
    return _piece_out(short[: at_short.start()], longer[: at_longer.start()], 2)


def _piece_out(short: str, longer: str, least: int) -> bool:
    """``longer`` with a piece inside taken out, after a shared start of ``least`` characters or
    more, is ``short``: before an end of two characters or more besides 项目, or, after a start
    of four or more, before 项目 itself when the piece names no phase or figure (…工程塑料[新厂建设]项目,
    5.5万吨精细化工[新材料生产线建设]项目, …锂电新能源材料[基地]项目: also in a name of its own when
    the piece ends with 建设 or 基地),
    or, after one of six or more, when it names the plant's figure and no phase
    (广西某某新材料[年产120万吨…]项目)."""
    start = next((i for i, (a, b) in enumerate(zip(short, longer, strict=False)) if a != b), len(short))
    end = short[start:]
    if start < least or not longer.endswith(end) or len(longer) <= len(short):
        return False
    piece = longer[start : len(longer) - len(end)]
    if len(end.removesuffix("项目")) >= 2:
        return True
    if end != "项目" or "期" in piece:
        return False
    figured = any(c.isdigit() for c in piece)
    building = start >= 4 and piece.endswith(("建设", "基地"))  # …材料[基地]项目: the base is the project
    return ((least >= 4 or building) and not figured) or (figured and start >= _FIGURED_START)


_FIGURED_START = 6  # the shared start before a plant's figure that makes two names one project's


_PHASE_IN_BRACKETS = re.compile(r"\(([一二三四五六七八九十\d]期)\)")


def _name_key(name: str) -> str:
    """A name's key, a park's ending 园区 read as 园 (福建龙岩稀土工业园区 is 福建龙岩稀土工业园) and a
    phase in brackets as written without (中海新材料(二期)项目 is 中海新材料二期项目)."""
    name_key = _PHASE_IN_BRACKETS.sub(r"\1", key(name))
    return name_key.removesuffix("区") if name_key.endswith("园区") else name_key


def _unique_id(base: str, seed: str, taken: set[str]) -> str:
    length = 6
    while (candidate := f"{base}-{_short_hash(seed, length)}") in taken:
        length += 2
    taken.add(candidate)
    return candidate


class Ingester:
    """Proposes records from articles against one dataset (its lexicon is built once)."""

    def __init__(self, dataset: Dataset, threshold: float = DEFAULT_THRESHOLD) -> None:
        self.dataset = dataset
        self.lexicon = Lexicon.build(dataset)
        self.matcher = Matcher(self.lexicon, threshold)

    def ingest(self, article: Article, *, validate: bool = True) -> Proposal:
        """The proposal for ``article``; with ``validate``, checked merged with the dataset
        (a ``DatasetError`` then is a bug of the ingester, not of the article)."""
        proposal = _Builder(self, article).build()
        if validate:
            check_merged(self.dataset, (proposal.document, *proposal.nodes), proposal.relationships)
        return proposal


class _Builder:
    def __init__(self, ingester: Ingester, article: Article) -> None:
        self.lexicon = ingester.lexicon
        self.article = article
        self.norm: Normalized = normalize(article.text)
        self.segments = Segments.of(self.norm.text)
        self.mentions: Mentions = ingester.matcher.find(self.norm)
        self.verbs = figures.statuses(self.norm.text)  # the status verbs, of parks and of every fact
        self._drop_projects_elsewhere()
        self._add_firms_project()
        self._merge_with_known()
        self._add_phases()
        self._parks_as_projects()
        self._name_figures_alone()
        self.taken = {n.id for n in ingester.dataset.nodes}
        self.known_keys = set(self.lexicon.terms)
        self.doc_id = _unique_id(f"doc-{article.published or 'undated'}", article.text, self.taken)
        self.entities = self._group_new()
        self.relationships: dict[tuple[str, str, str, str], Relationship] = {}
        self.updates: dict[tuple[str, str], Update] = {}
        self.outcomes: list[str] = []
        self.second_plants: set[Fact] = set()

    # --- entities ------------------------------------------------------------------------

    def _signature(self, mention: Mention) -> frozenset[str]:
        """What a new project's name is made of: the firms and products it names."""
        ids = set()
        for inner in self.mentions.nested.get(mention, []):
            if inner.id is None:
                continue
            if inner.label == "Enterprise":
                ids.add(inner.id)
            elif (product := self.lexicon.product_of(inner.id)) is not None:
                ids.add(product)
        return frozenset(ids)

    def _plant_signature(self, mention: Mention) -> frozenset[str]:
        """A new project's signature with its plant's figures and the words before them, when it
        names any (3.5万吨/年特种丁腈橡胶装置 and 3.5万吨/年特种丁腈橡胶项目 are one plant; 首套… and
        第二套50万吨/年聚丙烯装置, or two firms' 5万吨丁基橡胶装置, are two)."""
        signature = self._signature(mention)
        name = key(mention.name)
        first = _PLANT_FIGURE.search(name)
        if not signature or first is None:
            return signature
        owner = _NOT_AN_OWNER.sub("", _PROVINCE_FIRST.sub("", name[: first.start()]))
        tonnes = {f"{tonnes_of(figure):g} t/a" for figure in _PLANT_FIGURE.finditer(name)}
        return signature | tonnes | {f"of {owner}"} | set(_WHICH_PLANT.findall(mention.name))

    def _group_new(self) -> dict[Mention, _NewEntity]:
        """New mentions → entities: one per name, and one per project whose names name the same
        firm and products (天辰泉港环氧丙烷项目 in the title, the full name in the text)."""
        by_name: dict[tuple[str, str], _NewEntity] = {}
        by_signature: dict[frozenset[str], _NewEntity] = {}
        result: dict[Mention, _NewEntity] = {}
        declared = declared_short_names(self.norm.text)
        for mention in self.mentions.new_ones():
            written = self._written(mention)
            surface = self.norm.text[mention.start : mention.end]
            # A(以下简称B): B, where it is used, is an alias of A
            alias = surface in declared and surface != mention.name and key(surface) not in self.known_keys
            if alias:
                written = readable(self.norm.original_text(mention.start, mention.end))
            signature = self._plant_signature(mention) if mention.label == "Project" else frozenset()
            longer = self._longer_name(mention)
            name_key = (mention.label, _name_key((longer or mention).name))
            entity = by_name.get(name_key)
            if entity is None and len(signature) >= 2:
                entity = by_signature.get(signature)
                if entity is not None and written not in entity.aliases:
                    entity.aliases.append(written)
            if entity is None:
                name = self._written(longer or mention)
                entity = _NewEntity(mention.label, name, [])
                entity.id = _unique_id(f"new-{mention.label.lower()}", name, self.taken)
            entity.mentions.append(mention)
            if (longer is not None or alias) and written not in entity.aliases:
                entity.aliases.append(written)
            by_name[name_key] = entity
            if len(signature) >= 2:
                by_signature.setdefault(signature, entity)
            result[mention] = entity
        return result

    def _written(self, mention: Mention) -> str:
        """A new name as the article writes it, in the seed's script (百万吨, not 100万吨 as matched);
        a name the text does not spell there (a bare use of a longer name) as found."""
        if self.norm.text[mention.start : mention.end] != mention.name:
            return mention.name
        written = readable(self.norm.original_text(mention.start, mention.end))
        # “某某”项目: the quotes the matcher dropped are no part of the name
        return written if _QUOTES.search(mention.name) else _QUOTES.sub("", written)

    def _longer_name(self, mention: Mention) -> Mention | None:
        """The one longer new name the article gives a project it also names by figure and product
        only, or by a long enough name without its firm or a word inside it (60万吨/年环氧丙烷项目 and
        中化学天辰(泉州)…60万吨/年环氧丙烷一期项目; 烷烃资源综合利用项目 and 东华能源烷烃资源综合利用项目;
        广东石化一体化项目 and 广东石化炼化一体化项目): that mention."""
        if mention.label == "Park":
            return self._longer_park(mention)
        if mention.label == "Enterprise":
            # 中化集团 and 中国中化集团: one firm, with and without its country; 新疆分公司 and 中国某某
            # 有限公司新疆分公司: one branch, with and without its firm
            short = key(mention.name)
            national = key("中国" + mention.name)
            firms = (
                o
                for o in self.mentions.new_ones()
                if o.label == "Enterprise"
                and (key(o.name) == national or (short.endswith("分公司") and key(o.name).endswith(short)))
                and key(o.name) != short
            )
            return next(firms, None)
        if mention.label != "Project":
            return None
        short = _name_key(mention.name)
        named = {
            _name_key(other.name): other for other in self.mentions.new_ones() if other.label == "Project"
        }
        # A short name is one project's when long enough, or named by figure, or when the longer name
        # only puts a place before it (南港乙烯项目 and 天津南港乙烯项目).
        placed = len(short.removesuffix("项目")) >= 4 and any(
            k.endswith(short) and len(k) - len(short) in (2, 3) for k in named
        )
        # …or when it only puts a size before it (聚酯纤维项目 and 200万吨级聚酯纤维项目; not
        # 丁腈胶乳项目二期, another phase).
        sized = not _PHASE_AFTER.match(self.norm.text, mention.end) and any(
            k.endswith(short) and _SIZE_ONLY.fullmatch(k, 0, len(k) - len(short)) for k in named
        )
        distinctive = _FIGURE_NAME.match(short) or len(short.removesuffix("项目")) >= _MIN_SHORT_NAME
        if not (distinctive or placed or sized):
            return self._firms_longer_name(mention, short, named)
        longer = sorted((k for k in named if k != short and _shortened(short, k)), key=len, reverse=True)
        # A plant named 年产… after its firm is that firm's, not another's of that figure (福建中景石化
        # 有限公司…年产100万吨丙烷脱氢项目 is not 美得石化100万吨/年丙烷脱氢项目).
        owner = self._firm_before(mention) if "年产" in short else None
        # (…or its firm by a short name: 青海生龙年产5万吨…项目 is 青海生龙新材料科技有限公司's)
        longer = [
            k
            for k in longer
            if owner is None
            or key(owner.name) in k
            or (len(firm := k.split("年产")[0]) >= 2 and key(owner.name).startswith(firm))
        ]
        # Several longer names, each the longest one shortened (斯尔邦二期… and 斯尔邦石化二期…): one project.
        if longer and all(_shortened(k, longer[0]) for k in longer[1:]):
            return named[longer[0]]
        return None

    def _firm_before(self, mention: Mention) -> Mention | None:
        """The firm a project's name holds, else the one named just before it (福建中景石化有限公司
        全球最大单套|年产100万吨丙烷脱氢项目)."""
        inside = [m for m in self.mentions.nested.get(mention, []) if m.label == "Enterprise"]
        if inside:
            return inside[0]
        return next(
            (
                m
                for m in self.mentions.top
                if m.label == "Enterprise"
                and _JUST_BEFORE.fullmatch(self.norm.text, m.end, mention.start) is not None
            ),
            None,
        )

    def _firms_longer_name(self, mention: Mention, short: str, named: dict[str, Mention]) -> Mention | None:
        """A project named by a word of its firm's alone, the start of one longer project name and of
        no other (璞烯晶项目 and 璞烯晶新能源专用聚烯烃特种材料项目(一期)): that name's mention."""
        word = short.removesuffix("项目")
        inner = self.mentions.nested.get(mention, [])
        if len(word) < 2 or "期" in word or _PHASE_AFTER.match(self.norm.text, mention.end) or inner:
            return None
        # (甲乙化工(一期)项目 is a phase of 甲乙化工项目, not its longer name)
        starting = [k for k in named if k.startswith(word) and _PHASE_IN_NAME.sub("", k) != short]
        return named[starting[0]] if len(starting) == 1 else None

    def _longer_park(self, mention: Mention) -> Mention | None:
        """The longest new park's name that ends with this one's, 园 and 园区 alike (稀土工业园 and
        福建龙岩稀土工业园区 are one park): that mention, when each longer name ends with the next."""
        short = _name_key(mention.name)
        parks = {_name_key(o.name): o for o in self.mentions.new_ones() if o.label == "Park"}
        longer = sorted((k for k in parks if k.endswith(short)), key=len, reverse=True)
        if len(short) < _MIN_SHORT_NAME or not longer or not all(longer[0].endswith(k) for k in longer):
            return None
        return parks[longer[0]] if longer[0] != short else None

    def _merge_with_known(self) -> None:
        """A new project named by the same firm and products as a known project the article names
        (某某乙烯项目 in the title, 某某100万吨/年乙烯项目 in the text) is that project."""
        known: dict[frozenset[str], Mention | None] = {}
        for mention in self.mentions.top:
            if mention.label == "Project" and mention.id is not None:
                signature = self._signature(mention)
                if len(signature) >= 2:  # two projects with one signature: neither is meant
                    same = known.get(signature, mention)
                    known[signature] = mention if same is None or same.id == mention.id else None
        swaps: dict[Mention, Mention] = {}
        for mention in self.mentions.top:
            target = (
                known.get(self._signature(mention)) or self._known_plant(mention) or self._firms_one(mention)
                if mention.is_new and mention.label == "Project"
                else None
            )
            if target is not None and target.id is not None:
                swaps[mention] = replace(
                    mention, id=target.id, name=target.name, kind="resolved", score=target.score
                )
        if swaps:
            self.mentions = Mentions(
                [swaps.get(m, m) for m in self.mentions.top],
                {swaps.get(outer, outer): inner for outer, inner in self.mentions.nested.items()},
            )

    def _firms_one(self, mention: Mention) -> Mention | None:
        """A new project named by a firm of the data at its start, whose one project of the data it
        names nearly so (北瑞药业新型医药原料药及针剂项目 and 北瑞药业原料药及注射剂项目): that project, when
        what the two names do not share is words alone (no product, figure, phase or Latin name)."""
        firm = next(
            (
                m
                for m in self.mentions.nested.get(mention, [])
                if m.label == "Enterprise" and m.start == mention.start
            ),
            None,
        )
        if firm is None or firm.id is None or len(projects := self.lexicon.projects_of(firm.id)) != 1:
            return None
        node = self.lexicon.nodes[projects[0]]
        ours = key(mention.name)[firm.end - firm.start :]
        theirs = key(node.name)
        owner = self.lexicon.nodes[firm.id]
        names = sorted((key(n) for n in (owner.name, *(owner.aliases or ()))), key=len, reverse=True)
        theirs = next((theirs[len(n) :] for n in names if theirs.startswith(n)), theirs)
        matcher = SequenceMatcher(None, ours, theirs, autojunk=False)
        if matcher.ratio() < _NEAR_NAME:
            return None
        apart = [ours[i1:i2] + theirs[j1:j2] for op, i1, i2, j1, j2 in matcher.get_opcodes() if op != "equal"]
        if any(not _CJK_WORDS.fullmatch(piece) or self._names_a_product(piece) for piece in apart):
            return None
        return Mention(mention.start, mention.end, node.id, "Project", matcher.ratio(), node.name, "resolved")

    def _names_a_product(self, words: str) -> bool:
        return any(
            (term := self.lexicon.lookup(words[i:j])) is not None and term.label in ("Product", "Process")
            for i in range(len(words))
            for j in range(i + 2, len(words) + 1)
        )

    def _known_plant(self, mention: Mention) -> Mention | None:
        """A plant named by figure and product only (66万吨PDH项目) that is the one project the
        article names elsewhere with that product at that figure in the data."""
        figure = _FIGURE_NAME.match(key(mention.name))
        if figure is None or self._longer_name(mention) is not None:
            return None  # a new plant the article names in full too
        tonnes = tonnes_of(figure)
        products = self._signature(mention)
        named = {
            m.id: m
            for m in self.mentions.top
            if m.label == "Project" and m.id is not None and self.lexicon.makes_at(m.id, products, tonnes)
        }
        return next(iter(named.values())) if len(named) == 1 else None

    def _drop_projects_elsewhere(self) -> None:
        """A project of the data named by its kind alone (丙烷洞库, 高吸水性树脂项目; not by a firm, a
        place or a figure the data gives it) in an article that names none of its places or
        investors is another one of that kind: a new project when the text names it otherwise
        (36万吨高吸水性树脂项目), else no mention."""
        named = {m.id for m in self.mentions.everything() if m.id}
        nested = self.mentions.nested

        def elsewhere(m: Mention, surface: str) -> bool:
            if m.label != "Project" or m.id is None:
                return False
            own_names = any(n.label in ("Region", "Park", "Enterprise") for n in nested.get(m, ()))
            own_names = own_names or self.lexicon.figure_of(m.id, surface)
            return not own_names and not self.lexicon.tied_to(m.id, named)

        swaps: dict[Mention, Mention | None] = {}
        for m in self.mentions.top:
            surface = self.norm.text[m.start : m.end]
            if elsewhere(m, surface):
                other = key(surface) not in self.lexicon.terms
                swaps[m] = Mention(m.start, m.end, None, "Project", 1.0, surface, "new") if other else None
        if swaps:
            top = [swaps.get(m, m) for m in self.mentions.top]
            kept = [m for m in top if m is not None]
            moved = {swaps.get(m, m): inner for m, inner in nested.items()}
            self.mentions = Mentions(kept, {m: inner for m, inner in moved.items() if m in kept})

    def _add_firms_project(self) -> None:
        """An article that names no project but speaks of a firm's 项目 (此次开工的系列项目) means
        the one project the data has that firm invest in: a mention of it at that word."""
        top = self.mentions.top
        if any(m.label == "Project" for m in top):
            return
        firms = Counter(m.id for m in top if m.label == "Enterprise" and m.id)
        if not firms:
            return
        projects = self.lexicon.projects_of(firms.most_common(1)[0][0])
        if len(projects) != 1:
            return
        # …when the article names its place or one of its products (万华's MDI at 烟台 is not its
        # one project of the data, a PDH plant at 福州).
        if not self.lexicon.evidence_of(projects[0], {m.id for m in self.mentions.everything() if m.id}):
            return
        taken = [(m.start, m.end) for m in self.mentions.everything()]
        for found in re.finditer("(?:系列|该|此|本|这|上述)项目", self.norm.text):
            if any(s <= found.start() < e for s, e in taken):
                continue
            node = self.lexicon.nodes[projects[0]]
            start = found.end() - 2
            mention = Mention(start, found.end(), node.id, "Project", 0.9, node.name, "resolved")
            self.mentions.top = sorted([*top, mention], key=lambda m: m.start)
            return

    def _parks_as_projects(self) -> None:
        """A new park being built (A产业园正式开工) is a project: each mention of its name."""
        built = parks_being_built(self.norm.text, self.segments, self.mentions, self.verbs)
        if not built:
            return

        def relabelled(m: Mention) -> Mention:
            return replace(m, label="Project") if m.is_new and m.label == "Park" and m.name in built else m

        self.mentions.top = [relabelled(m) for m in self.mentions.top]
        self.mentions.nested = {
            relabelled(m): [relabelled(n) for n in inner] for m, inner in self.mentions.nested.items()
        }

    def _add_phases(self) -> None:
        """A phase said as a clause's subject (项目二期正在施工, 其一期工程已竣工), or a new name that is
        only a phase (二期工程项目总投资…), is a project of its own: the nearest before it that the
        article names with that phase (…一期…装置项目), else a new project named after the article's
        main project and the phase (某某项目二期)."""
        main = self._main_project(lambda m: m.id or key(m.name))
        alone = [
            m
            for m in self.mentions.top
            if m.is_new
            and m.label == "Project"
            and _PHASE_ONLY.fullmatch(m.name)
            and _CLAUSE_START.search(self.norm.text, 0, m.start)
        ]
        phases = [(m.start, m.end, m.name[0]) for m in alone]
        for found in _PHASE.finditer(self.norm.text):
            start, end = found.start("phase"), found.end("phase")
            if not any(m.start < end and start < m.end for m in self.mentions.everything()):
                phases.append((start, end, found.group("n")))
        firms_phases = self._firms_phases()
        added: list[Mention] = []
        builder: Mention | None = None  # the last firm said to build a phase: what 其 is of
        for start, end, number in sorted(phases + [(s, e, n) for s, (e, n, _) in firms_phases.items()]):
            phase = number + "期"
            firm = firms_phases[start][2] if start in firms_phases else None
            named = [
                m for m in self.mentions.top if m.label == "Project" and phase in m.name and m.end <= start
            ]
            near = bool(added) and start - added[-1].end <= _NEAR_PHASE
            builder = firm or (builder if self.norm.text[start] == "其" and near else None)
            if builder is not None:
                # 甲乙化工有限公司正在建设2.5期项目,其三期项目也在谋划中: the firm's phases
                added.append(Mention(start, end, None, "Project", 1.0, f"{builder.name}{phase}项目", "new"))
            elif named:
                same = named[-1]  # the nearest before
                added.append(
                    replace(same, start=start, end=end, kind=same.kind if same.is_new else "resolved")
                )
            elif main is not None:
                base = self._named(main)
                base = _PHASES_AT_END.sub("", _PHASE_IN_NAME.sub("", base))  # …项目二期三期: …项目
                added.append(Mention(start, end, None, "Project", 1.0, base + phase, "new"))
        # “A工程”一期年产5万吨项目: a phase named right after its project's name is that project's
        for before, phase_of in zip(self.mentions.top, self.mentions.top[1:], strict=False):
            if (
                phase_of.is_new
                and phase_of.label == before.label == "Project"
                and _PHASE_FIRST.match(phase_of.name)
                and _NAME_THEN_PHASE.fullmatch(self.norm.text, before.end, phase_of.start)
            ):
                base = self._named(before)
                alone.append(phase_of)
                added.append(replace(phase_of, name=base + phase_of.name))
        if added or alone:
            kept = [m for m in self.mentions.top if m not in alone]
            self.mentions.top = sorted([*kept, *added], key=lambda m: m.start)

    def _name_figures_alone(self) -> None:
        """A project named by its figure alone (年产40万吨项目复工): the project the article names with that
        figure (年产40万吨净化磷酸项目), if one; else a plant of its own (将共同新建26万吨/年装置)."""
        alone = [
            (m, figure.group("figure"))
            for m in self.mentions.top
            if m.is_new and m.label == "Project" and (figure := _FIGURE_ALONE.fullmatch(m.name))
        ]
        if not alone:
            return
        figures_alone = [m for m, _ in alone]
        kept = [m for m in self.mentions.top if m not in figures_alone]
        named = [m for m in kept if m.label == "Project"]
        for mention, tonnes in alone:
            same = [m for m in named if tonnes in self._named(m)]
            if same:
                kind = same[0].kind if same[0].is_new else "resolved"
                mention = replace(same[0], start=mention.start, end=mention.end, kind=kind)
            kept.append(mention)
        self.mentions.top = sorted(kept, key=lambda m: m.start)

    def _named(self, mention: Mention) -> str:
        return mention.name if mention.is_new else self.lexicon.nodes[mention.id or ""].name

    def _firms_phases(self) -> dict[int, tuple[int, str, Mention]]:
        """Phases named alone after a verb of building whose clause opens with a firm (甲乙化工有限公司
        正在建设2.5期项目), by where each starts: its end, its number and the firm."""
        phases = {}
        text = self.norm.text
        for found in _BUILT_PHASE.finditer(text):
            clause = self.segments.clause(found.start())[0]
            firm = next(
                (
                    m
                    for m in self.mentions.top
                    if m.label == "Enterprise"
                    and clause <= m.start
                    and not text[clause : m.start].strip()
                    and _SUBJECT_GAP.fullmatch(text, m.end, found.start())
                ),
                None,
            )
            if firm is not None:
                phases[found.start("phase")] = (found.end("phase"), found.group("n"), firm)
        return phases

    def _id(self, mention: Mention) -> str:
        return mention.id if mention.id is not None else self.entities[mention].id

    def _main_project(self, ident: Callable[[Mention], str] | None = None) -> Mention | None:
        """The project of the headline, else the project the article names most often (by
        ``ident``, the node's id by default)."""
        projects = [m for m in self.mentions.top if m.label == "Project"]
        if not projects:
            return None
        headline = key(self.article.headline(""))
        first_line_end = self.norm.text.find("\n")
        if headline and first_line_end > 0 and key(self.norm.text[:first_line_end]) == headline:
            in_title = [m for m in projects if m.end <= first_line_end]
            if in_title:
                return in_title[0]
        ident = ident or self._id
        counts = Counter(ident(m) for m in projects)
        best = max(counts.values())
        return next(m for m in projects if counts[ident(m)] == best)

    # --- quotes --------------------------------------------------------------------------

    def quote(self, span: tuple[int, int]) -> str:
        text = self.norm.original_text(*span).strip()
        if not text:  # a span of spaces only: quote its sentence instead
            start, end = self.segments.sentence(span[0])
            text = self.norm.original_text(start, end).strip()
        return text

    def _provenance(self, quotes: Iterable[str]) -> dict[str, list[str]]:
        unique = list(dict.fromkeys(q for q in quotes if q))
        return {
            "source": [self.doc_id] * len(unique),
            "quote": unique,
            "confidence": [str(CONFIDENCE)] * len(unique),
        }

    # --- records -------------------------------------------------------------------------

    def _relationship(
        self, rel_type: RelType, start: str, end: str, quote: str, again: bool = False, **fields: Any
    ) -> str:
        """A proposed link, unless the data or the article has it already; ``again``: a second plant
        with the figure of one proposed, under a key of its own."""
        if (str(rel_type), start, end) in self.lexicon.links and rel_type != RelType.PRODUCES:
            return "known"
        rel_key = ""
        if rel_type == RelType.PRODUCES and (str(rel_type), start, end) in self.lexicon.links:
            rel_key = self.doc_id  # the data has this link: a second figure for it, from this source
        base_key = rel_key
        n = 1
        while (ident := (str(rel_type), start, end, rel_key)) in self.relationships:
            if (
                self.relationships[ident].capacity_t_per_year == fields.get("capacity_t_per_year")
                and not again
            ):
                return "known"
            n += 1
            rel_key = f"{base_key or self.doc_id}-{n}"
        data = {"type": rel_type, "start": start, "end": end, "key": rel_key, **fields}
        self.relationships[ident] = Relationship.model_validate(data | self._provenance([quote]))
        return "relationship"

    def _update(self, node_id: str, prop: str, value: Any, quote: str) -> str:
        node = self.lexicon.nodes[node_id]
        if getattr(node, prop, None) == value:
            return "known"
        self.updates.setdefault((node_id, prop), Update(node_id, prop, value, self.doc_id, quote))
        return "update"

    def _apply_existing(self, fact: Fact, node_id: str, quote: str) -> str:
        node = self.lexicon.nodes[node_id]
        if fact.kind == "investment" and isinstance(node, Project):
            return self._update(node_id, "investment_cny", fact.value, quote)
        if fact.kind == "area" and isinstance(node, Project | Park):
            return self._update(node_id, "area_mu", fact.value, quote)
        if fact.kind == "status" and isinstance(node, Project):
            status = ProjectStatus(str(fact.value))
            if status.rank < node.status.rank:
                return "unused"  # an article rarely reports a step back: more likely an old fact
            outcomes = []
            if status.rank > node.status.rank:
                outcomes.append(self._update(node_id, "status", str(status), quote))
            if fact.date is not None:
                outcomes.append(self._update(node_id, "status_date", fact.date, quote))
                if status in _DATE_FIELD:
                    outcomes.append(self._update(node_id, _DATE_FIELD[status], fact.date, quote))
            return "update" if "update" in outcomes else "known"
        return "unused"

    def _node_facts(self, entity: _NewEntity, facts: list[tuple[Fact, str]]) -> Node:
        quotes = [self.quote(self.segments.clauses_between(m.start, m.end)) for m in entity.mentions[:1]]
        props: dict[str, Any] = {}
        notes = []
        best_status: tuple[ProjectStatus, Fact] | None = None
        for fact, quote in facts:
            if fact.kind == "investment" and entity.label == "Project":
                props.setdefault("investment_cny", fact.value)
            elif fact.kind == "area" and entity.label in ("Project", "Park"):
                props.setdefault("area_mu", fact.value)
            elif fact.kind == "status" and entity.label == "Project":
                status = ProjectStatus(str(fact.value))
                better = best_status is None or status.rank > best_status[0].rank
                dated = best_status is not None and status == best_status[0] and best_status[1].date is None
                if better or (dated and fact.date is not None):
                    best_status = (status, fact)
                continue
            else:
                continue
            quotes.append(quote)
        if entity.label == "Project":
            if best_status is None:
                props["status"] = ProjectStatus.INTENDED
                notes.append("The article states no stage: status 'intended' is a placeholder.")
            else:
                status, fact = best_status
                props["status"] = status
                quotes.append(self.quote(fact.quote_span))
                if fact.date is not None:
                    props["status_date"] = fact.date
                    if status in _DATE_FIELD:
                        props[_DATE_FIELD[status]] = fact.date
                    if fact.date_inferred:
                        notes.append(f"The year of {fact.date} is the article's ({self.article.published}).")
        aliases = [a for a in entity.aliases if key(a) not in self.known_keys and a != entity.name]
        notes.append("Proposed by chain-graph ingest: check the name, the id and every figure.")
        data = {"id": entity.id, "name": entity.name, "aliases": aliases or None, "notes": " ".join(notes)}
        return _NEW_TYPES[entity.label].model_validate(data | props | self._provenance(quotes))

    def build(self) -> Proposal:
        main = self._main_project()
        facts = find_facts(
            self.norm.text,
            self.segments,
            self.mentions,
            self.lexicon,
            main,
            self.article.published,
            self.verbs,
        )
        self.products = self._new_products(facts)
        per_entity: dict[str, list[tuple[Fact, str]]] = {}
        fact_rows = []
        latest = self._latest_statuses(facts)
        self.second_plants = self._second_plants(facts)
        restated = self._restated_capacities(facts) | self._headline_roundings(facts)
        money_seen: list[tuple[str, int, str, str | None]] = []
        for fact in facts:
            quote = self.quote(fact.quote_span)
            if fact.holder is None:
                holder = None
                outcome = "restated" if fact in restated else "unattached"  # a plant's figure said again
            elif fact in restated:
                holder = self._id(fact.holder)
                outcome = "restated"
            elif fact.kind == "status" and fact not in latest:
                holder = self._id(fact.holder)
                outcome = "superseded"  # a stage the project has passed, or a weaker word for it
            else:
                holder = self._id(fact.holder)
                outcome = self._apply(fact, holder, quote, per_entity)
            if fact.kind in _MONEY_KINDS:
                # 一期投资15亿元…二期投资15亿元: two phases' sums, not one said twice
                said = (fact.kind, int(fact.value or 0), self._phase(fact.figure_span[0]))
                same = [
                    h for k, v, phase, h in money_seen if (k, v) == said[:2] and _same_phase(phase, said[2])
                ]
                if any(h in (None, holder) for h in same) or (holder is None and same and not fact.of_unread):
                    outcome = "restated"  # 总投资150亿元 again, in the body: one figure
                # (投资1亿元的A项目 with A's name not read is A's, restated by no other project's 1亿元)
                seen_as = f"unread@{fact.figure_span[0]}" if fact.of_unread else holder
                money_seen.append((*said, seen_as))
            fact_rows.append(self._fact_json(fact, holder, quote, outcome))
        new_nodes: list[Node] = []
        for entity in dict.fromkeys(self.entities.values()):
            new_nodes.append(self._node_facts(entity, per_entity.get(entity.id, [])))
        new_nodes.extend(self.products.values())
        document = Document(
            id=self.doc_id,
            name=self.article.headline(self.doc_id),
            text=self.article.text,
            url=self.article.url,
            published=self.article.published,
            language="zh" if _mostly_cjk(self.norm.text) else None,
            notes="Proposed by chain-graph ingest.",
        )
        return Proposal(
            document,
            tuple(new_nodes),
            tuple(self.relationships.values()),
            tuple(self.updates.values()),
            tuple(self._mention_json(m) for m in self._listed_mentions()),
            tuple(fact_rows),
        )

    def _new_products(self, facts: list[Fact]) -> dict[str, Product]:
        """The products the data lacks that capacities name (乙二醇, HDPE), one node per name: the
        name as written, in the seed's script; its other written names (``_written_names``) as
        aliases, unless the data has them."""
        named = [
            (fact, fact.product, fact.product_span)
            for fact in facts
            if fact.kind == "capacity"
            and fact.product is not None
            and fact.product.startswith(NEW_PRODUCT)
            and fact.product_span is not None
        ]
        written: dict[str, list[str]] = {}  # each product's other names, wherever the article gives them
        for _, product, span in named:
            written.setdefault(product, []).extend(self._written_names(span))
        products: dict[str, Product] = {}
        for fact, product, span in named:
            if product in products:
                continue
            name = readable(self.norm.original_text(*span)).strip()  # 尼龍 → 尼龙, as a new node's name
            aliases = list(written.get(product, []))
            route = _MADE_BY_ROUTE.fullmatch(name)  # 煤制烯烃: 烯烃, made from coal
            aliases += [route.group(1)] if route is not None else []
            aliases = [a for a in dict.fromkeys(aliases) if key(a) not in self.known_keys and a != name]
            if not name or key(name) in self.known_keys:
                continue
            data = {
                "id": _unique_id("new-product", name, self.taken),
                "name": name,
                "aliases": aliases or None,
                "notes": "Proposed by chain-graph ingest: a product the data lacks, named with a capacity; "
                "check the name, its chain and whether the data has it under another name.",
            }
            products[product] = Product.model_validate(data | self._provenance([self.quote(fact.quote_span)]))
        return products

    def _written_names(self, span: tuple[int, int]) -> list[str]:
        """A new product's other names where it is named at ``span``: with the bracketed abbreviation
        after it, and the abbreviation (轻蜡(NP), NP); with the route before it (氯化法钛白粉, 煤制乙二醇)."""
        names = []
        bracket = _ABBREVIATION_AFTER.match(self.norm.text, span[1])
        if bracket is not None:
            names += [readable(self.norm.original_text(span[0], bracket.end())), bracket.group(1)]
        route = _ROUTE_BEFORE.search(self.norm.text, max(0, span[0] - 6), span[0])
        if route is not None:
            names.append(readable(self.norm.original_text(route.start(), span[1])))
        return names

    def _product_id(self, product: str) -> str | None:
        """A product's id: the data's, or the new node's for a product the data lacks."""
        if product.startswith(NEW_PRODUCT):
            node = self.products.get(product)
            return node.id if node is not None else None
        return product

    def _headline_roundings(self, facts: list[Fact]) -> set[Fact]:
        """The money figures of the heading lines (every line before the first sentence's) that round one
        the body gives (1.09亿元…项目竣工 over 项目总投资10877万元): one figure said twice. Only figures of
        three significant digits or more: 100亿元 in a headline is as likely a total of its own."""
        first_stop = self.norm.text.find("。")
        heading_end = self.norm.text.rfind("\n", 0, first_stop) if first_stop > 0 else -1
        if heading_end < 0:
            return set()
        money = [f for f in facts if f.kind in _MONEY_KINDS and isinstance(f.value, int) and f.value > 0]
        body = [int(f.value or 0) for f in money if f.figure_span[0] > heading_end]
        found = set()
        for fact in money:
            value = int(fact.value or 0)
            step = 10 ** (len(str(value)) - len(str(value).rstrip("0")))
            if fact.figure_span[0] >= heading_end or value // step < 100:
                continue
            if any(v != value and round(v / step) * step == value for v in body):
                found.add(fact)
        return found

    def _restated_capacities(self, facts: list[Fact]) -> set[Fact]:
        """Capacities said again of one plant: the same product and tonnes as an earlier figure,
        with a holder that is the earlier one's firm or project (linked in the data, or named
        inside its name), or only guessed (the main project, not named in the sentence)."""
        linked = {(start, end) for _, start, end in self.lexicon.links}
        for fact in facts:
            if fact.kind == "investor" and fact.holder is not None and fact.target is not None:
                linked.add((self._id(fact.holder), self._id(fact.target)))
        seen: list[tuple[str, float, str, str, str]] = []
        restated = set()
        for fact in facts:
            if fact.kind != "capacity" or fact.product is None:
                continue
            if fact.holder is None:  # unattached: a restatement if any plant had the figure
                if fact not in self.second_plants and any(
                    p == fact.product and v == float(fact.value or 0) for p, v, _, _, _ in seen
                ):
                    restated.add(fact)
                continue
            holder, value = self._id(fact.holder), float(fact.value or 0)
            ordinal = self._ordinal(fact.figure_span[0])
            figure = key(self.norm.text[slice(*fact.figure_span)])
            earlier = [(h, o, lb) for p, v, h, o, lb in seen if p == fact.product and v == value]
            # a firm's figure, then a new project's (A集团总投资…的40万吨烧碱…项目开工; …年产40万吨烧碱工程):
            # the firm's project, said twice
            firm_then_project = fact.holder.label == "Project" and fact.holder.is_new
            if any(o != ordinal and (o or ordinal) for _, o, _ in earlier):
                pass  # 首套50万吨…, 第二套50万吨…: two plants
            elif fact in self.second_plants:
                pass  # two grades or two phases at one figure: two plants
            elif earlier and any(
                fact.holder_inferred
                or h == holder
                or (h, holder) in linked
                or (holder, h) in linked
                or self._park_like(h)
                or self._park_like(holder)
                or self._same_plant_named(figure, h, holder)
                or self._figure_only(figure, h, holder, fact.figure_span[0])
                or self._named_inside(h, holder)
                or (
                    firm_then_project
                    and label == "Enterprise"
                    and not self._other_firm(h, fact.figure_span[0])
                )
                for h, _, label in earlier
            ):
                restated.add(fact)  # a park's plan restates its project's plant
            seen.append((fact.product, value, holder, ordinal, fact.holder.label))
        return restated

    def _second_plants(self, facts: list[Fact]) -> set[Fact]:
        """Capacities of the same product and tonnes as an earlier one, but of another grade in its
        sentence (42万吨/年抗冲聚丙烯、42万吨/年均聚聚丙烯) or in a sentence that opens with another
        phase (一期…建设年产50万吨…。二期…建设年产50万吨…): two plants, not one said twice."""
        seen: list[tuple[Fact, str, str]] = []
        second = set()
        for fact in facts:
            if fact.kind != "capacity" or fact.product is None:
                continue
            grade, phase = self._grade(fact), self._sentence_phase(fact.figure_span[0])
            if any(
                e.product == fact.product
                and e.value == fact.value
                and ((g != grade and self._same_sentence(e, fact)) or not _same_phase(f, phase))
                for e, g, f in seen
            ):
                second.add(fact)
            seen.append((fact, grade, phase))
        return second

    def _grade(self, fact: Fact) -> str:
        """The words between a capacity's figure and its known product's name (抗冲 in 42万吨/年抗冲
        聚丙烯), or none."""
        end = fact.figure_span[1]
        starts = [
            m.start
            for m in self.mentions.everything()
            if m.id and end <= m.start <= end + 8 and self.lexicon.product_of(m.id) == fact.product
        ]
        return self.norm.text[end : min(starts)].strip(" 的") if starts else ""

    def _same_sentence(self, one: Fact, other: Fact) -> bool:
        return self.segments.sentence(one.figure_span[0]) == self.segments.sentence(other.figure_span[0])

    def _same_plant_named(self, figure: str, one: str, other: str) -> bool:
        """Two names with one figure and the same words before it: one plant, of a project and
        its phase (青海矿业120万吨煤制烯烃项目 and …一期工程); two firms' 5万吨丁基橡胶装置 are two."""
        names = [self._name_of(one), self._name_of(other)]
        if sum(figure in name for name in names) == 1:
            # 南港乙烯工程 and 南港120万吨/年乙烯: one plant, named with and without its figure
            cores = {_PLANT_SUFFIX.sub("", name.replace(figure, "")) for name in names}
            return len(cores) == 1 and len(cores.pop()) >= 4
        if not all(figure in name for name in names):
            return False
        # 年产 or 新建 before the figure names no one: 年产30万吨…项目 and 30万吨…项目 are one plant
        befores = {_PLANT_PREFIX.sub("", name[: name.find(figure)]) for name in names}
        if len(befores) == 1:
            return True
        # …nor does a phase alone, when the product after the figure is the same and no two phases
        # are named (…公司年产200万吨捣固焦一期工程, 一期工程年产200万吨捣固焦项目, 年产200万吨捣固焦、
        # 3万吨硫胺…项目: one plant)
        made = {_made_after(name, figure) for name in names}
        phases = {frozenset(_PHASE_NAMED.findall(name)) for name in names} - {frozenset()}
        unnamed = any(not _PLANT_PREFIX.sub("", _PHASE_NAMED.sub("", before)) for before in befores)
        if len(made) == 1 and len(made.pop()) >= 2 and len(phases) <= 1 and unnamed:
            return True
        # 新增年产10万吨丁苯项目 and 10万吨丁苯装置: one named with no firm, the same words after the figure
        afters = {
            _PLANT_SUFFIX.sub("", _PER_YEAR.sub("", name[name.find(figure) + len(figure) :]))
            for name in names
        }
        return "" in befores and len(afters) == 1

    def _figure_only(self, figure: str, one: str, other: str, start: int) -> bool:
        """A plant named by its figure alone (``other``, 35万吨/年聚丙烯装置 after 中科炼化一体化项目's
        35万吨/年聚丙烯装置) is the one the article gave that figure before, unless the clause before
        it names a firm the first holder's name lacks (大庆石化计划上马6万吨…装置 after 金浦集团's)."""
        if not self._name_of(other).startswith(figure) or figure in self._name_of(one):
            return False
        text = self.norm.text
        return all(
            firm.group(0)[-4:] in self._name_of(one)
            for firm in _FIRM_WORD.finditer(text, self.segments.clause(start)[0], start)
        )

    def _other_firm(self, firm: str, position: int) -> bool:
        """A firm other than ``firm`` named in the statement before ``position`` (perhaps by its short
        name alone: 戊己石化计划上马…): the plant is its."""
        start = max(self.norm.text.rfind(stop, 0, position) for stop in "。!?;\n") + 1
        named = [m for m in self.mentions.top if m.label == "Enterprise" and start <= m.start < position]
        if any(self._id(m) != firm for m in named):
            return True
        return not named and _FIRM_WORD.search(self.norm.text, start, position) is not None

    def _named_inside(self, one: str, other: str) -> bool:
        """One holder's name inside the other's: one project named short and in full (30万吨环氧丙烷产业链
        项目 and 吉林化工园区30万吨环氧丙烷产业链项目, when the article names it in full two ways)."""
        names = sorted((self._name_of(one), self._name_of(other)), key=len)
        return len(names[0]) >= 2 and names[0] in names[1]

    def _name_of(self, node_id: str) -> str:
        node = self.lexicon.nodes.get(node_id)
        named = (
            node.name
            if node is not None
            else next((e.name for e in self.entities.values() if e.id == node_id), "")
        )
        return key(named)

    def _park_like(self, node_id: str) -> bool:
        """A park, or a project named as one (某某新材料产业园): its plan lists its plants' figures."""
        node = self.lexicon.nodes.get(node_id)
        return node is not None and (node.label == "Park" or node.name.endswith(_PARK_ENDINGS))

    def _ordinal(self, figure_start: int) -> str:
        """Which plant a figure is of, when the text numbers them: 首套, 第二套, 二期."""
        before = self.norm.text[max(figure_start - 6, 0) : figure_start]
        found = _ORDINAL.search(before)
        return found.group(0) if found else ""

    def _phase(self, figure_start: int) -> str:
        """The phase a money figure's clause names just before it (二期投资15亿元: 二期)."""
        clause_start, _ = self.segments.clause(figure_start)
        phases = _PHASE_WORD.findall(self.norm.text, max(clause_start, figure_start - 8), figure_start)
        return phases[-1] if phases else ""

    def _sentence_phase(self, figure_start: int) -> str:
        """The last phase a figure's sentence names before it (二期投资15亿元,建设年产50万吨…: 二期)."""
        sentence_start, _ = self.segments.sentence(figure_start)
        phases = _PHASE_WORD.findall(self.norm.text, sentence_start, figure_start)
        return phases[-1] if phases else ""

    def _latest_statuses(self, facts: list[Fact]) -> set[Fact]:
        """Per project, the status fact of the furthest stage the article says it reached (the
        first such fact, a dated one preferred): the stage it is at, not every step on the way. A
        signing the article reports stands over a stage only expected (签订A项目投资协议…项目预计明年
        5月投产: signed, not yet being built)."""
        best: dict[str, Fact] = {}
        signed = {
            self._id(f.holder)
            for f in facts
            if f.kind == "status" and f.holder is not None and f.value == ProjectStatus.SIGNED
        }
        for fact in facts:
            if fact.kind != "status" or fact.holder is None:
                continue
            holder = self._id(fact.holder)
            if fact.expected and holder in signed:
                continue
            rank = ProjectStatus(str(fact.value)).rank
            current = best.get(holder)
            if current is None:
                best[holder] = fact
                continue
            current_rank = ProjectStatus(str(current.value)).rank
            if rank > current_rank or (rank == current_rank and current.date is None and fact.date):
                best[holder] = fact
        return set(best.values())

    def _apply(
        self, fact: Fact, holder: str, quote: str, per_entity: dict[str, list[tuple[Fact, str]]]
    ) -> str:
        assert fact.holder is not None
        if fact.kind in _MONEY_KINDS and (fact.kind != "investment" or fact.spent):
            # output, revenue, taxes, an investment made so far (not the total): no property holds them
            return "reported"
        new_holder = fact.holder.is_new
        product = self._product_id(fact.product) if fact.kind == "capacity" and fact.product else None
        if product is not None and getattr(self.lexicon.nodes.get(product), "label", None) == "Process":
            return "process"  # 180万吨/年甲醇制烯烃: a process's figure, which no product can hold
        if product is not None:
            if fact.value in self.lexicon.capacities.get((holder, product), []):
                return "known"
            return self._relationship(
                RelType.PRODUCES,
                holder,
                product,
                quote,
                again=fact in self.second_plants,
                capacity_t_per_year=float(fact.value or 0),
            )
        if fact.kind == "place" and fact.target is not None and fact.target.id is not None:
            place = fact.target.id
            if not new_holder and place in self.lexicon.places.get(holder, set()):
                return "known"
            rel_type = RelType.HOSTED_IN if fact.holder.label == "Project" else RelType.LOCATED_IN
            return self._relationship(rel_type, holder, place, quote)
        if fact.kind == "investor" and fact.target is not None:
            return self._relationship(RelType.INVESTS_IN, holder, self._id(fact.target), quote)
        if new_holder:
            per_entity.setdefault(holder, []).append((fact, quote))
            return "new-node"
        return self._apply_existing(fact, holder, quote)

    def _fact_json(self, fact: Fact, holder: str | None, quote: str, outcome: str) -> dict[str, Any]:
        start, end = self.norm.original_span(*fact.figure_span)
        return {
            "kind": fact.kind,
            "holder": holder,
            "holder_name": self._written(fact.holder) if fact.holder is not None else None,
            "value": fact.value,
            "product": self._product_id(fact.product) if fact.product else None,
            "target": self._id(fact.target) if fact.target is not None else None,
            "date": fact.date,
            "start": start,
            "end": end,
            "quote": quote,
            "outcome": outcome,
            **({"spent": True} if fact.spent else {}),  # an investment made so far, not the total
        }

    def _listed_mentions(self) -> list[Mention]:
        """The winning mentions, the new firms named inside a new project's name, and the known
        firms named inside a project's or a park's name (中化天辰 in 中化天辰PO项目, 万华化学 in
        万华化学烟台产业园: the article names the firm)."""
        top = set(self.mentions.top)
        nested_new = [m for m in self.mentions.new_ones() if m not in top]
        nested_firms = [
            inner
            for outer, inners in self.mentions.nested.items()
            if outer.label in ("Project", "Park") and outer.kind != "exact"  # not part of a known name
            for inner in inners
            if inner.label == "Enterprise" and not inner.is_new and inner not in top
        ]
        listed = dict.fromkeys([*self.mentions.top, *nested_new, *nested_firms, *self._leading_places()])
        return sorted(listed, key=lambda m: (m.start, -m.length))

    def _leading_places(self) -> list[Mention]:
        """The regions a park's or project's name starts with (福建省泉州市|泉惠石化工业园区): the
        article names the place, where a firm's name (福建某某有限公司) only carries it."""
        found = []
        for outer, inners in self.mentions.nested.items():
            if outer.label not in ("Park", "Project") or outer.kind == "exact":
                continue  # 泉港石化工业园区 as the data spells it: 泉港 is part of its own name
            position = outer.start
            for inner in sorted(inners, key=lambda m: m.start):
                if inner.label != "Region" or inner.start != position or not_a_place(self.norm.text, inner):
                    break
                if outer.id is not None and self.norm.text[inner.start : inner.end] in outer.name:
                    break  # part of the known node's own name, not a place before it
                found.append(inner)
                position = inner.end
        return found

    def _mention_json(self, mention: Mention) -> dict[str, Any]:
        start, end = self.norm.original_span(mention.start, mention.end)
        row: dict[str, Any] = {
            "text": self.article.text[start:end],
            "start": start,
            "end": end,
            "id": mention.id,
            "label": mention.label,
            "score": mention.score,
            "kind": mention.kind,
            "name": mention.name,
        }
        if mention.is_new:
            row["proposed_id"] = self.entities[mention].id
        if mention.candidates:
            row["candidates"] = list(mention.candidates)
        return row


_PARK_ENDINGS = ("园区", "产业园", "工业园", "工业区", "开发区", "基地")
# Words right before a plant's figure in its name that name no firm, and after it that name no product.
_FIRM_WORD = re.compile(r"[\u3400-\u9fff]{2}(?:石化|化工|集团|公司|炼化|化学)")
_PLANT_PREFIX = re.compile(r"(?:年产能?|新建|扩建|建设|设计)$")
_PLANT_SUFFIX = re.compile(r"(?:装置|项目|工程|生产线)$")
_PER_YEAR = re.compile(r"^(?:/年|/a)")  # 10万吨/年EPS项目 is 年产10万吨EPS项目
# What a plant's name says it makes after its figure (200万吨捣固焦、3万吨硫胺…: 捣固焦), and a phase in it.
_PHASE_NAMED = re.compile(r"[一二三四五六七八九\d]期(?:工程|项目)?")
_MADE_AFTER = re.compile(
    rf"(?:/年|/a)?((?:(?!项目|装置|工程|生产线|{_PHASE_NAMED.pattern})[\u3400-\u9fff])*)"
)


def _made_after(name: str, figure: str) -> str:
    made = _MADE_AFTER.match(name, name.find(figure) + len(figure))
    return made.group(1) if made is not None else ""


# A phase as a clause's subject: 项目二期正在…, 项目一期工程已于…; the span is the phase's.
_PHASE = re.compile(
    r"(?:^|(?<=[,;:。!?\n了]))\s*(?P<phase>(?:项目|其)(?P<n>[一二三四五六七八九十\d])期(?:工程|项目)?)"
)
_CLAUSE_START = re.compile(r"(?:^|[,;:。!?\n])\s*$")
# A phase named alone after a verb of building (正在建设2.5期项目, 启动二期项目), the verb perhaps after the
# clause's subject and a word of time (甲乙公司|目前|正在建设).
_BUILT_PHASE = re.compile(
    r"(?:正在|已经?|加快|开始)?(?:建设|开工|启动|推进|实施|投资)"
    r"(?P<phase>(?P<n>\d+(?:\.\d)?|[一二三四五六七八九十])期(?:工程|项目))"
)
_PHASE_FIRST = re.compile(r"[一二三四五六七八九十\d]期(?!工程$|项目$)")
_NAME_THEN_PHASE = re.compile(r"[”\s]?")
_NEAR_PHASE = 40  # characters from a firm's phase to a 其…期 that is that firm's too
_SUBJECT_GAP = re.compile(r"(?:目前|现在|当前|今年|也|还|已|正)?(?:抓紧|加紧|全力)?")  # 正抓紧建设三期项目
_PHASE_ONLY = re.compile(r"[一二三四五六七八九十\d]期(?:工程)?(?:项目)?")
# A plant's name that is its figure alone: 年产40万吨项目, 5万吨装置, 3万吨产能项目.
_FIGURE_ALONE = re.compile(
    r"(?:年产|新增|新建)?(?P<figure>\d+(?:\.\d+)?万?吨)(?:/年)?(?:产能)?(?:项目|装置|生产线|工程)"
)
_ABBREVIATION_AFTER = re.compile(r"\(([A-Za-z][A-Za-z0-9\-]{1,9})\)")
# The route before a product's name: 氯化法, 离子膜法, 煤制.
_ROUTE_BEFORE = re.compile(r"(?:(?![吨年产的万千和及与])[\u3400-\u9fff]){1,5}[法制]$")
_PHASE_WORD = re.compile(r"[一二三四五六七八九\d]期")
_ORDINAL = re.compile(r"(?:首|第[一二三四五六七八九十\d]+)[套条期台]|[一二三四五六七八九\d]期(?:项目)?$")


def _same_phase(one: str, other: str) -> bool:
    """Whether two figures may be of one phase: not when each names its own (一期, 二期)."""
    return not (one and other and one != other)


def _mostly_cjk(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum("\u3400" <= c <= "\u9fff" for c in letters) / len(letters) > 0.3
