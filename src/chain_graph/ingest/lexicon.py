"""What the data already knows, as the matcher needs it: every name, alias and English name of
every node (but documents), product abbreviations, and fuzzy resolution of a name to a node.

Terms come from the data first. A small built-in table adds the abbreviations planners write
(PO, PP, SM…) only where the data lacks them, and only for a product or process the data holds;
a region's short form (泉港 for 泉港区) is added where no node already uses it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from chain_graph.dataset import Dataset
from chain_graph.ingest.normalize import key, normalize
from chain_graph.model import Document, Node, Relationship, RelType

__all__ = ["BUILTIN_ABBREVIATIONS", "Lexicon", "Resolution", "Term", "tonnes_of"]

# Abbreviation (or Chinese short form: 聚碳) → the Chinese names it stands for; used only where the
# data has the product but not the abbreviation.
BUILTIN_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "PO": ("环氧丙烷",),
    "PP": ("聚丙烯",),
    "PDH": ("丙烷脱氢制丙烯", "丙烷脱氢"),
    "SM": ("苯乙烯",),
    "PPG": ("聚醚多元醇",),
    "AN": ("丙烯腈",),
    "ACN": ("丙烯腈",),
    "AA": ("丙烯酸",),
    "SAP": ("高吸水性树脂",),
    "BDO": ("1,4-丁二醇",),
    "SBS": ("SBS 热塑性弹性体",),
    "SBR": ("丁苯橡胶",),
    "ABS": ("ABS树脂",),
    "MTBE": ("甲基叔丁基醚",),
    "EO": ("环氧乙烷",),
    "BD": ("丁二烯",),
    "BR": ("顺丁橡胶",),
    "PC": ("聚碳酸酯",),
    "聚碳": ("聚碳酸酯",),
    "溶聚丁苯橡胶": ("丁苯橡胶",),  # solution SBR (SSBR), a grade of SBR
    "乳聚丁苯橡胶": ("丁苯橡胶",),
    "三元乙丙胶": ("三元乙丙橡胶",),  # the trade's short form of EPDM
    "乙丙橡胶": ("三元乙丙橡胶",),  # ethylene-propylene rubber: in the trade nearly all EPDM
    "热塑性弹性体": ("SBS 热塑性弹性体",),  # a refiner's TPE plant makes SBS (and SIS)
    "熔喷布": ("聚丙烯无纺布 (纺粘/熔喷)",),  # melt-blown fabric is made of PP
    "线型低密度聚乙烯": ("线性低密度聚乙烯",),  # both spellings are the standard's
    "丁苯": ("丁苯橡胶",),  # the trade's short name (10万吨丁苯项目)
    "聚丙烯纺粘非织造布": ("聚丙烯无纺布 (纺粘/熔喷)",),  # 非织造布 is the standard's word for 无纺布
    "聚丙烯非织造布": ("聚丙烯无纺布 (纺粘/熔喷)",),
    "PP无纺布": ("聚丙烯无纺布 (纺粘/熔喷)",),
    "PP非织造布": ("聚丙烯无纺布 (纺粘/熔喷)",),
    "聚四亚甲基醚二醇": ("聚四氢呋喃",),  # PTMEG's systematic name
    "异辛醇": ("2-乙基己醇",),  # the trade's name of 2-EH
    "马来酸酐": ("顺酐",),
    "ECH": ("环氧氯丙烷",),
    "MMA": ("甲基丙烯酸甲酯",),
    "PTA": ("精对苯二甲酸",),
    "LPG": ("液化石油气",),
    "H2O2": ("双氧水",),
    "HPPO": ("双氧水直接氧化法制环氧丙烷",),
    "PE": ("聚乙烯",),
    "PX": ("对二甲苯",),
    "EG": ("乙二醇",),
    "PVC": ("聚氯乙烯",),
    "EVA": ("乙烯-醋酸乙烯共聚物",),
}

_LEGAL_SUFFIXES = ("股份有限公司", "有限责任公司", "有限公司", "股份公司", "公司", "集团", "项目")
# Capacity figures inside a project's name: 国亨化学66万吨PDH项目 is 国亨化学PDH项目.
_FIGURES_IN_NAME = re.compile(r"(?:年产|年产能)?\d+(?:\.\d+)?(?:/\d+(?:\.\d+)?)*(?:万|千)?(?:吨(?:/年)?|t/a)")
_SHORT_FORMS = (("石油化学", "石化"), ("石油化工", "石化"))
# A national group's unit, named by the group, perhaps a city, and the unit's own name
# (中国石化北京燕山石油化工有限公司, 中国石化燕山分公司: 燕山石化).
_GROUP = r"中国石化|中国石油|中石化|中石油|中国海油|中海油"
_GROUP_UNIT = re.compile(rf"^(?:{_GROUP})(.+?)(?:分公司|有限公司|公司)?$")
_GROUP_PREFIX = re.compile(rf"^(?:{_GROUP})(?=..)")
_BRACKETED = re.compile(r"\s+\(([^()]*)\)")
_ABBREVIATION = re.compile(r"^[A-Z0-9][A-Za-z0-9\-+]{0,7}$")
_NAME_PRIORITY, _ALIAS_PRIORITY, _ENGLISH_PRIORITY, _DERIVED_PRIORITY = range(4)
AMBIGUOUS_SCORE = 0.5


@dataclass(frozen=True)
class Term:
    """One matchable form: its key, the node(s) it names, and how sure a match of it is."""

    key: str
    ids: tuple[str, ...]
    label: str
    score: float
    case_sensitive: bool
    form: str  # as written in the data (or the table), before lowercasing


@dataclass(frozen=True)
class Resolution:
    id: str
    label: str
    score: float


@dataclass(frozen=True)
class _Entry:
    key: str
    core: str
    id: str
    label: str


_LOCANT_HYPHEN = re.compile(r"(?<=\d)-(?=[\u3400-\u9fff])")


def _variants(text: str, process: bool = False) -> Iterable[tuple[str, bool]]:
    """A name, the name without its bracketed parts, and each one-word bracketed part:
    ``propylene oxide (PO)`` → itself, ``propylene oxide``, ``PO`` (the bool: a derived part). A
    process's bracket names it only as an abbreviation (``催化裂化 (FCC)``); in words it describes it
    (``丙烯氧化制丙烯醛 (一段)``, ``EO/PO 共聚制聚醚 (表面活性剂)``), and 一段 or 表面活性剂 in a text is
    no mention of it."""
    yield text, False
    if _LOCANT_HYPHEN.search(text):
        yield _LOCANT_HYPHEN.sub("", text), True  # 1,4丁二醇: the locant written without its hyphen
    inner = _BRACKETED.findall(text)
    if inner:
        yield " ".join(_BRACKETED.sub(" ", text).split()), True
        for part in inner:
            one_word = part and "/" not in part and "," not in part and " " not in part.strip()
            if one_word and (not process or _ABBREVIATION.match(part.strip())):
                yield part.strip(), True


def _is_abbreviation(form: str) -> bool:
    return bool(_ABBREVIATION.match(form)) and form.upper() == form and len(form) <= 6


_RESOLVED_KEPT = 1 << 16


@dataclass
class Lexicon:
    nodes: dict[str, Node]
    terms: dict[str, Term]
    main_output: dict[str, str]  # process id → its main product
    places: dict[str, set[str]]  # entity id → the places it stands in, and every place they are in
    links: set[tuple[str, str, str]]  # (type, start, end) of every relationship
    capacities: dict[tuple[str, str], list[float]]  # (start, product) → PRODUCES capacities
    _entries: list[_Entry] = field(default_factory=list)
    _prefixes: tuple[str, ...] = ()
    _names: dict[str, tuple[str, ...]] = field(default_factory=dict)  # id → every key of its names
    _prefix_ids: dict[str, str] = field(default_factory=dict)  # place prefix → region id
    # names resolved before (a long text names the same firm or project again and again)
    _resolved: dict[tuple[str, str | None, frozenset[str] | None], Resolution | None] = field(
        default_factory=dict, repr=False, compare=False
    )

    @classmethod
    def build(cls, dataset: Dataset) -> Lexicon:
        nodes = {n.id: n for n in dataset.nodes if not isinstance(n, Document)}
        forms: dict[str, list[tuple[int, str, str]]] = defaultdict(list)  # key → (priority, id, form)

        def add(form: str, priority: int, node: Node) -> None:
            k = key(form)
            single_cjk = len(k) == 1 and "\u3400" <= k <= "\u9fff"
            if node.label == "Project" and len(k) < 3:
                return  # a project named by a common noun (水库) is not matched by it anywhere
            if len(k) >= 2 or (single_cjk and node.label == "Product"):
                forms[k].append((priority, node.id, form))

        for node in nodes.values():
            process = node.label == "Process"
            for variant, derived in _variants(node.name, process):
                add(variant, _ENGLISH_PRIORITY if derived else _NAME_PRIORITY, node)
            for alias in node.aliases or ():
                for variant, derived in _variants(alias, process):
                    add(variant, _ENGLISH_PRIORITY if derived else _ALIAS_PRIORITY, node)
            if node.name_en:
                for variant, _ in _variants(node.name_en):
                    add(variant, _ENGLISH_PRIORITY, node)
        by_key = {k: {i for _, i, _ in v} for k, v in forms.items()}
        for abbreviation, names in BUILTIN_ABBREVIATIONS.items():
            if key(abbreviation) in by_key:
                continue
            for name in names:
                targets = by_key.get(key(name), set())
                if len(targets) == 1:
                    add(abbreviation, _DERIVED_PRIORITY, nodes[next(iter(targets))])
                    break
        for node in nodes.values():
            # 太平洋原料药 for 太平洋原料药项目: articles list projects without the word.
            for form in (node.name, *(node.aliases or ())):
                bare = form.removesuffix("项目")
                if (
                    node.label == "Project"
                    and bare != form
                    and len(key(bare)) >= 4
                    and key(bare) not in by_key
                ):
                    add(bare, _DERIVED_PRIORITY, node)
            # 丙烷脱氢 for 丙烷脱氢 (PDH) 制丙烯: articles name a process without what it makes.
            if node.label == "Process":
                for form in (node.name, *(node.aliases or ())):
                    plain = " ".join(_BRACKETED.sub(" ", form).split())
                    head = plain.partition("制")[0].strip()
                    if head != plain.strip() and len(key(head)) >= 3 and key(head) not in by_key:
                        add(head, _DERIVED_PRIORITY, node)
            short = node.name[:-1]
            is_region = node.label == "Region" and node.name[-1:] in "省市区县"
            if is_region and len(short) >= 2 and key(short) not in by_key:
                add(short, _DERIVED_PRIORITY, node)
        terms = {k: cls._term(k, entries, nodes) for k, entries in forms.items()}
        lexicon = cls(
            nodes=nodes,
            terms=terms,
            main_output=_main_outputs(dataset.relationships, nodes),
            places=_places(dataset.relationships),
            links={(str(r.type), r.start, r.end) for r in dataset.relationships},
            capacities=_capacities(dataset.relationships),
        )
        regions = [n for n in nodes.values() if n.label == "Region"]
        prefix_ids = {key(n.name): n.id for n in regions}
        prefix_ids |= {key(n.name[:-1]): n.id for n in regions if len(n.name) >= 3}
        lexicon._prefix_ids = {p: i for p, i in prefix_ids.items() if len(p) >= 2}
        prefixes = set(lexicon._prefix_ids)
        lexicon._prefixes = tuple(sorted((p for p in prefixes if len(p) >= 2), key=len, reverse=True))
        node_keys: dict[str, list[str]] = defaultdict(list)
        for k, entries in forms.items():
            for _, node_id, _ in entries:
                node_keys[node_id].append(k)
        lexicon._names = {i: tuple(v) for i, v in node_keys.items()}
        seen: set[tuple[str, str]] = set()
        for k, entries in forms.items():
            for _, node_id, _ in entries:
                if (k, node_id) not in seen:
                    seen.add((k, node_id))
                    lexicon._entries.append(_Entry(k, lexicon.core(k), node_id, nodes[node_id].label))
        return lexicon

    @staticmethod
    def _term(k: str, entries: list[tuple[int, str, str]], nodes: dict[str, Node]) -> Term:
        best = min(p for p, _, _ in entries)
        ids = tuple(dict.fromkeys(i for p, i, _ in entries if p == best))
        form = next(f for p, _, f in entries if p == best)
        score = 1.0 if best < _DERIVED_PRIORITY else 0.95
        if len(ids) > 1:
            score = AMBIGUOUS_SCORE
        return Term(k, ids, nodes[ids[0]].label, score, _is_abbreviation(normalize(form).text.strip()), form)

    def core(self, k: str) -> str:
        """A key without legal suffixes (有限公司, 集团, 项目), leading place names (泉州, 福建) and
        capacity figures (66万吨/年), with 石油化学/石油化工 as 石化: what two spellings of one name
        share."""
        text = _FIGURES_IN_NAME.sub("", k)
        for long, short in _SHORT_FORMS:
            text = text.replace(long, short)
        changed = True
        while changed:
            changed = False
            for suffix in _LEGAL_SUFFIXES:
                if text.endswith(suffix) and len(text) > len(suffix) + 1:
                    text, changed = text[: -len(suffix)], True
            for prefix in self._prefixes:  # longest first, from the start again after each cut
                if text.startswith(prefix) and len(text) > len(prefix) + 1:
                    text, changed = text[len(prefix) :], True
                    break
        return text

    def resolve(
        self, name: str, label: str | None = None, among: frozenset[str] | None = None
    ) -> Resolution | None:
        """The node ``name`` most likely names, with a score in [0, 1] (1.0: a name or alias as
        the data spells it, after normalisation); nodes of another label score a little less, and
        nodes of labels not ``among`` (when given) are not considered."""
        asked = (name, label, among)
        if asked not in self._resolved:
            if len(self._resolved) >= _RESOLVED_KEPT:
                self._resolved.clear()  # (a server reads text after text: keep the memory bounded)
            self._resolved[asked] = self._resolve(name, label, among)
        return self._resolved[asked]

    def _resolve(self, name: str, label: str | None, among: frozenset[str] | None) -> Resolution | None:
        k = key(name)
        if not k:
            return None
        c = self.core(k)
        place = self._leading_place(k)
        units = self._unit_names(k)
        best: Resolution | None = None
        for entry in self._entries:
            if among is not None and entry.label not in among:
                continue
            if place and self._other_place(place, entry):
                continue  # 山东蓝星东大 is not 中化蓝星东大(泉州): another place, another firm
            if _other_bracketed_place(k, self._names.get(entry.id, ())):
                continue  # 某某(淄博)有限公司 is not 某某(泉州): the bracket names the firm's seat
            if not set(LATER_PHASE.findall(k)) <= set(LATER_PHASE.findall(entry.key)):
                continue  # 泉州国亨化学二期项目 is a phase of 泉州国亨化学项目, a project of its own
            if entry.key == k:
                score = 1.0
            else:
                score = fuzz.ratio(k, entry.key) / 100
                # A core that is only an industry word (泉州石化 and 福建石化 share 石化) names no one.
                if _distinctive(c) and _distinctive(entry.core):
                    score = max(score, 0.95 * fuzz.ratio(c, entry.core) / 100)
                    score = max(score, _same_park(label, entry, c, k))
                    # A legal name is the short name plus a descriptor: 天骄化学材料有限公司.
                    same_firm = label == entry.label == "Enterprise" and len(entry.core) >= 3
                    if same_firm and (c.startswith(entry.core) or entry.core in units):
                        score = max(score, 0.9)
                if label is not None and entry.label != label:
                    score *= 0.97
            if best is None or score > best.score or (score == best.score and entry.label == label):
                best = Resolution(entry.id, entry.label, round(score, 3))
        return best

    def _unit_names(self, k: str) -> set[str]:
        """The short names a national group's unit may go by (燕山石化 for 中国石化北京燕山石油化工有限公司
        and for 中国石化燕山分公司): its own name, without a city before it, with or without 石化."""
        unit = _GROUP_UNIT.match(k)
        own = self.core(unit.group(1)) if unit is not None else ""
        if not _distinctive(own):
            return set()
        names = {own, own[2:]} if len(own) > 3 else {own}
        return {n for name in names for n in (name, name + "石化") if len(n) >= 4}

    def elsewhere(self, name: str, node_id: str) -> bool:
        """``name`` starts with a place that the node's names contradict (漳州…乙烯项目 is not
        中化泉州…乙烯项目)."""
        k = key(name)
        place = self._leading_place(k)
        node = self.nodes.get(node_id)
        if place is None or node is None:
            return False
        return self._other_place(place, _Entry(k, self.core(k), node_id, node.label))

    def _leading_place(self, k: str) -> str | None:
        k = _GROUP_PREFIX.sub("", k)  # 中石化海南炼油化工有限公司: in 海南
        return next((p for p in self._prefixes if k.startswith(p) and len(k) > len(p) + 1), None)

    def _other_place(self, place: str, entry: _Entry) -> bool:
        """The node's names say a place that is neither inside ``place`` nor around it (the found
        name starts with 山东, the node is 中化蓝星东大(泉州)): another firm."""
        found = self._prefix_ids.get(place)
        names = self._names.get(entry.id, ())
        if found is None or any(place in n for n in names):
            return False
        if found in self.places.get(entry.id, set()):
            return False
        named = {self._prefix_ids[p] for p in self._prefixes if any(p in n for n in names)}
        if not named:
            return False
        return not any(
            found in self.places.get(q, set()) or q in self.places.get(found, set()) for q in named
        )

    def project_of(self, firms: Iterable[str], products: Iterable[str]) -> str | None:
        """The one project of the data that one of ``firms`` invests in and that makes every one of
        ``products``, two at least (泉州国亨66万吨/年丙烷脱氢及45万吨/年聚丙烯项目: 国亨's PDH and PP
        project)."""
        wanted = set(products)
        investors = set(firms)
        if len(wanted) < 2 or not investors:  # one product names too little (中化天辰PO项目)
            return None
        invests, produces = str(RelType.INVESTS_IN), str(RelType.PRODUCES)
        found = {
            end
            for kind, start, end in self.links
            if kind == invests
            and start in investors
            and self.nodes.get(end, None) is not None
            and self.nodes[end].label == "Project"
        }
        found = {p for p in found if wanted <= {e for k, s, e in self.links if k == produces and s == p}}
        return next(iter(found)) if len(found) == 1 else None

    def firms_plant(self, firms: Iterable[str], products: list[str], tonnes: float | None) -> str | None:
        """The one project of the data one of ``firms`` invests in that makes ``products`` (at
        ``tonnes`` when given; without, it may be named by them: 中化泉州100万吨/年乙烯…项目), not
        one named as a park or base, whose plants are projects of their own (天辰泉港新材料产业园)."""
        owned = {
            p
            for f in firms
            for p in self.projects_of(f)
            if not _PARK_LIKE.search(self.nodes[p].name)
            and (self.makes_at(p, products, tonnes) if tonnes is not None else self.makes_all(p, products))
        }
        return next(iter(owned)) if len(owned) == 1 else None

    def makes_all(self, node_id: str, products: Iterable[str]) -> bool:
        """The data has ``node_id`` make every one of ``products``, or names each in the node's own
        name (中化泉州100万吨/年乙烯…项目, whose ethylene the data gives its firm)."""
        made = {e for k, s, e in self.links if k == str(RelType.PRODUCES) and s == node_id}
        own = self._names.get(node_id, ())
        return all(p in made or any(k in o for k in self._names.get(p, ()) for o in own) for p in products)

    def makes_at(self, node_id: str, products: Iterable[str], tonnes: float) -> bool:
        """The data has ``node_id`` make one of ``products`` at ``tonnes`` t/a."""
        return any(_same_tonnes(v, tonnes) for p in products for v in self.capacities.get((node_id, p), ()))

    def project_by_capacity(self, products: Iterable[str], tonnes: float) -> str | None:
        """The one project of the data that makes one of ``products`` at ``tonnes`` t/a and whose
        own name states that figure (某某有限公司24万吨/年聚醚多元醇项目 against 某某(泉州)24万吨/年
        聚醚多元醇项目: one plant named by its figure and product)."""
        wanted = set(products)
        found = {
            start
            for (start, product), values in self.capacities.items()
            if product in wanted
            and start in self.nodes
            and self.nodes[start].label == "Project"
            and any(_same_tonnes(v, tonnes) for v in values)
            and any(_names_tonnes(n, tonnes) for n in self._names.get(start, ()))
        }
        # Or a project whose own name states the figure and the product (中化泉州100万吨/年乙烯
        # 项目 for 中化泉州100万吨/年乙烯及炼油改扩建项目), its capacity not in the data.
        product_names = [n for p in wanted for n in self._names.get(p, ()) if len(n) >= 2]
        found |= {
            node.id
            for node in self.nodes.values()
            if node.label == "Project"
            and any(
                _names_tonnes(n, tonnes) and any(p in n for p in product_names) for n in self._names[node.id]
            )
        }
        return next(iter(found)) if len(found) == 1 else None

    def placed_apart(self, regions: Iterable[str], node_id: str) -> bool:
        """The data places the node, and none of ``regions`` but the country (a region inside no
        other, which says nothing) is one of its places or inside one (an article of 海南 and
        中化泉州's project)."""
        located = (str(RelType.LOCATED_IN), str(RelType.HOSTED_IN))
        direct = {end for kind, start, end in self.links if start == node_id and kind in located}
        around = self.places.get(node_id, set())
        inside = [r for r in regions if self.places.get(r)]
        if not direct or not inside:
            return False
        return not any(r in around or direct & (self.places[r] | {r}) for r in inside)

    def evidence_of(self, node_id: str, named: set[str]) -> bool:
        """One of ``named`` is a place of the node, a region around it (but the country, which says
        nothing) or a product it makes."""
        ties = (str(RelType.LOCATED_IN), str(RelType.HOSTED_IN), str(RelType.PRODUCES))
        direct = {end for kind, start, end in self.links if start == node_id and kind in ties}
        return bool(named & (direct | self._regions_around(node_id)))

    def tied_to(self, node_id: str, named: set[str]) -> bool:
        """The data places the node or names who invests in it, and one of ``named`` is such a
        place (the country aside) or investor; True when the data gives neither."""
        placed = (str(RelType.LOCATED_IN), str(RelType.HOSTED_IN))
        ties = {end for kind, start, end in self.links if start == node_id and kind in placed}
        ties |= {
            start for kind, start, end in self.links if end == node_id and kind == str(RelType.INVESTS_IN)
        }
        ties |= self._regions_around(node_id)
        return not ties or bool(named & ties)

    def _regions_around(self, node_id: str) -> set[str]:
        """The regions the node lies in, but the country (the one region in none), which says nothing."""
        return {r for r in self.places.get(node_id, set()) if self.places.get(r)}

    def figure_of(self, node_id: str, name: str) -> bool:
        """``name`` states a capacity the data gives the node, in a relationship or in one of its
        own names (100万吨/年乙烯…项目)."""
        node = self.nodes.get(node_id)
        own = [node.name, *(node.aliases or ())] if node is not None else []
        stated = [tonnes_of(f) for f in re.finditer(r"(\d+(?:\.\d+)?)(万)?吨", name)]
        known = [v for (start, _), values in self.capacities.items() if start == node_id for v in values]
        return any(
            any(_same_tonnes(v, t) for v in known) or any(_names_tonnes(n, t) for n in own) for t in stated
        )

    def named_alike(self, words: str, node_id: str) -> bool:
        """``words`` start as one of the node's names does (中化东大(淄博) and 中化蓝星东大(泉州)…项目)."""
        start = key(words)[:2]
        return len(start) == 2 and any(n.startswith(start) for n in self._names.get(node_id, ()))

    def projects_of(self, firm: str) -> list[str]:
        """The projects of the data that ``firm`` invests in."""
        invests = str(RelType.INVESTS_IN)
        return sorted(
            end
            for kind, start, end in self.links
            if kind == invests and start == firm and end in self.nodes and self.nodes[end].label == "Project"
        )

    def product_of(self, node_id: str) -> str | None:
        """A product, or the main product of a process (PDH → propylene)."""
        node = self.nodes.get(node_id)
        if node is None:
            return None
        if node.label == "Product":
            return node_id
        return self.main_output.get(node_id) if node.label == "Process" else None

    def within(self, place: str, ids: Iterable[str]) -> bool:
        """One of ``ids`` is the place spelled ``place`` or stands inside it (泉港 is in 泉州)."""
        found = self._prefix_ids.get(place)
        return found is not None and any(i == found or found in self.places.get(i, set()) for i in ids)

    def place_and_industry(self, form: str) -> bool:
        """``form`` says only a place and an industry (福建石化, 泉州石化): it may name the place's
        industry as well as a firm."""
        return not _distinctive(self.core(key(form)))

    def lookup(self, form: str) -> Term | None:
        """The term spelled exactly ``form`` (after normalisation), if any."""
        return self.terms.get(key(form))


# Words that end a park's name and say only what kind of area it is: 古雷石化园区 = 古雷石化基地.
_PARK_KINDS = re.compile(r"(?:工业园区|产业园区|工业区|工业园|产业园|园区|开发区|基地|片区)$")
# Words between a park's own name and its kind: 石门澳化工新材料产业园 is 石门澳产业园.
_PARK_DESCRIPTORS = re.compile(r"(?:石油化工|化工|石化|新材料|材料|化学|科技|高新|经济|新型)*")
# Counties and towns the data may lack, before a park's own name: 秀屿区|石门澳…产业园.
_ADMIN_PREFIX = re.compile(r"^(?:[\u3400-\u9fff]{2,3}?[省市区县镇乡])+(?=[\u3400-\u9fff]{2})")
_INDUSTRY_ONLY = frozenset(
    {"石化", "化工", "化学", "炼化", "石油", "新材料", "材料", "科技", "能源", "产业", "工业"}
)


def _distinctive(core: str) -> bool:
    return len(core) >= 2 and core not in _INDUSTRY_ONLY


def _same_park(label: str | None, entry: _Entry, core: str, name: str) -> float:
    """0.9 when a park's name is a known park's own name with another kind word or descriptors
    (古雷石化园区 for 古雷石化基地, 石门澳化工新材料产业园 for 石门澳产业园); else 0. A name left with an
    industry word only must keep the known park's place (泉港石化产业园; 徐圩新区石化产业园 is another)."""
    if label != "Park" or entry.label != "Park":
        return 0.0
    mine, theirs = _ADMIN_PREFIX.sub("", _PARK_KINDS.sub("", core)), _PARK_KINDS.sub("", entry.core)
    if len(theirs) < 2 or not all("\u3400" <= ch <= "\u9fff" for ch in theirs):
        return 0.0
    place = entry.key[: len(entry.key) - len(entry.core)]
    if not _distinctive(theirs) and not (place and name.startswith(place)):
        return 0.0
    if mine == theirs or (mine.startswith(theirs) and _PARK_DESCRIPTORS.fullmatch(mine[len(theirs) :])):
        return 0.9
    return 0.0


LATER_PHASE = re.compile(r"[二三四五六七八九2-9]期")  # a phase after the first: 二期, 3期
_PARK_LIKE = re.compile(r"(?:产业园|工业园|园区|基地)(?:项目)?$")  # a project of many plants, named as a park
_SEAT = re.compile(r"\(([\u3400-\u9fff]{2,4})\)")


def tonnes_of(figure: re.Match[str]) -> float:
    """The tonnes a match of ``(number)(万)?吨`` (or ``t/a``) states: 24万吨 is 240,000."""
    return float(figure.group(1)) * (10_000 if figure.group(2) else 1)


def _same_tonnes(value: float, tonnes: float) -> bool:
    return abs(value - tonnes) < 1e-6 * tonnes


def _names_tonnes(name: str, tonnes: float) -> bool:
    """``name`` states the capacity ``tonnes`` (24万吨/年 in 某某24万吨/年聚醚多元醇项目)."""
    return any(
        _same_tonnes(tonnes_of(found), tonnes) for found in re.finditer(r"(\d+(?:\.\d+)?)(万)?吨", name)
    )


def _other_bracketed_place(k: str, names: Iterable[str]) -> bool:
    """Both names carry a bracketed seat, (淄博) against (泉州), and the seats differ."""
    found = set(_SEAT.findall(k))
    if not found:
        return False
    theirs = {b for n in names for b in _SEAT.findall(n)}
    return bool(theirs) and not (found & theirs)


# A process named for a class of products (甲醇制烯烃: olefins) states its figure for the mix, not for
# the first product it yields.
_MAKES_A_CLASS = re.compile(r"制烯烃|制低碳烯烃")


def _main_outputs(relationships: Iterable[Relationship], nodes: dict[str, Node]) -> dict[str, str]:
    outputs: dict[str, str] = {}
    for rel in relationships:
        if rel.type == RelType.YIELDS and rel.ratio_t_per_t is None:
            outputs.setdefault(rel.start, rel.end)
    return {
        process: product
        for process, product in outputs.items()
        if not (process in nodes and _MAKES_A_CLASS.search(nodes[process].name))
    }


def _places(relationships: Iterable[Relationship]) -> dict[str, set[str]]:
    rels = list(relationships)
    parents: dict[str, set[str]] = defaultdict(set)
    for rel in rels:
        if rel.type == RelType.PART_OF:
            parents[rel.start].add(rel.end)

    def ancestors(place: str) -> set[str]:
        found: set[str] = set()
        todo = [place]
        while todo:
            current = todo.pop()
            if current not in found:
                found.add(current)
                todo.extend(parents.get(current, ()))
        return found

    places: dict[str, set[str]] = defaultdict(set)
    for rel in rels:
        if rel.type in (RelType.LOCATED_IN, RelType.HOSTED_IN, RelType.PART_OF):
            places[rel.start] |= ancestors(rel.end)
    return dict(places)


def _capacities(relationships: Iterable[Relationship]) -> dict[tuple[str, str], list[float]]:
    found: dict[tuple[str, str], list[float]] = defaultdict(list)
    for rel in relationships:
        if rel.type == RelType.PRODUCES and rel.capacity_t_per_year is not None:
            found[(rel.start, rel.end)].append(rel.capacity_t_per_year)
    return dict(found)
