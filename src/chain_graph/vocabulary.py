"""The words of the domain, each defined once: chains, tiers, project statuses and their
lifecycle, player kinds, scenarios, gap classes, actions and broken-link kinds, with one
bilingual label table (:data:`TERMS`) that the report, the views and the CLI all read.

Every vocabulary is a :class:`~enum.StrEnum`: members compare and serialise as their text, so
JSON and Cypher parameters carry the plain value.

>>> Scenario.COMMITTED.statuses >= {ProjectStatus.SIGNED, ProjectStatus.OPERATING}
True
>>> ProjectStatus.UNDER_CONSTRUCTION.rank > ProjectStatus.SIGNED.rank
True
>>> str(term(GapClass.WEAK)), term(Action.FILL).zh
('弱链 weak', '补链')
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

__all__ = [
    "FOCUS_INDUSTRIES",
    "NODE_TERMS",
    "TERMS",
    "Action",
    "Confidence",
    "GapClass",
    "LinkKind",
    "PlayerKind",
    "ProjectStatus",
    "Scenario",
    "Term",
    "Tier",
    "WarningKind",
    "display_name",
    "status_rank",
    "term",
]


class Tier(StrEnum):
    """Position of a product in the chain, left to right."""

    FEEDSTOCK = "feedstock"
    INTERMEDIATE = "intermediate"
    MATERIAL = "material"

    @property
    def order(self) -> int:
        return list(Tier).index(self)


class Confidence(StrEnum):
    """How sure we are of a fact."""

    STATED = "stated"  # the source says it in so many words
    REPORTED = "reported"  # secondary source, repost, or marked uncertain/contradicted
    INFERRED = "inferred"  # our own derivation from the source


class ProjectStatus(StrEnum):
    """Lifecycle of an investment project, in order."""

    INTENDED = "intended"
    SIGNED = "signed"
    FULFILLED = "fulfilled"  # 履约: registered, team in, capital arrived
    UNDER_CONSTRUCTION = "under_construction"
    OPERATING = "operating"

    @property
    def rank(self) -> int:
        """1 (intended) … 5 (operating): how far along the lifecycle."""
        return list(ProjectStatus).index(self) + 1


def status_rank() -> dict[str, int]:
    """Status → lifecycle rank, as a plain map (a Cypher parameter)."""
    return {str(s): s.rank for s in ProjectStatus}


class PlayerKind(StrEnum):
    """Who makes, stores or receives a product."""

    ENTERPRISE = "enterprise"
    PROJECT = "project"


class Scenario(StrEnum):
    """Which players count: what runs today, plus what is committed, plus what is intended."""

    OPERATING = "operating"
    COMMITTED = "committed"
    ALL = "all"

    @property
    def statuses(self) -> frozenset[ProjectStatus]:
        return _SCENARIO_STATUSES[self]


_SCENARIO_STATUSES = {
    Scenario.OPERATING: frozenset({ProjectStatus.OPERATING}),
    Scenario.COMMITTED: frozenset(
        {
            ProjectStatus.OPERATING,
            ProjectStatus.UNDER_CONSTRUCTION,
            ProjectStatus.FULFILLED,
            ProjectStatus.SIGNED,
        }
    ),
    Scenario.ALL: frozenset(ProjectStatus),
}


class GapClass(StrEnum):
    """How well a chain product is covered here (强链 / 弱链 / 缺链)."""

    PRESENT = "present"
    WEAK = "weak"
    MISSING = "missing"


class Action(StrEnum):
    """What to do about a target: 补链 fill, 强链 strengthen, 延链 extend."""

    FILL = "fill"
    STRENGTHEN = "strengthen"
    EXTEND = "extend"


class LinkKind(StrEnum):
    """Kinds of broken link (断链)."""

    IMPORT_DEPENDENCE = "import_dependence"
    DEAD_END = "dead_end"


class WarningKind(StrEnum):
    """Facts that make an answer doubtful (``chain-graph check``)."""

    RECEIVES_MAKES_NOTHING = "receives_makes_nothing"
    NO_CAPACITY = "no_capacity"
    INPUT_NOT_HERE = "input_not_here"
    STALE_STATUS = "stale_status"
    SHARED_NAME = "shared_name"
    FIGURES_DIFFER = "figures_differ"


# Quanzhou's four downstream industries (纺织服装, 高端鞋材, 管材线缆, 护理医疗): the default focus.
FOCUS_INDUSTRIES = ("textiles-apparel", "shoe-materials", "pipes-cables", "nursing-medical")


@dataclass(frozen=True)
class Term:
    """A word in Chinese and English; ``str()`` gives both, Chinese first."""

    zh: str
    en: str

    def __str__(self) -> str:
        return self.zh if self.zh == self.en else f"{self.zh} {self.en}"


# Keyed by vocabulary, then value: members of two vocabularies may share a text ("operating").
TERMS: dict[type[StrEnum], dict[str, Term]] = {
    Tier: {
        Tier.FEEDSTOCK: Term("原料", "feedstock"),
        Tier.INTERMEDIATE: Term("中间体", "intermediate"),
        Tier.MATERIAL: Term("材料", "material"),
    },
    ProjectStatus: {
        ProjectStatus.INTENDED: Term("意向", "intended"),
        ProjectStatus.SIGNED: Term("签约", "signed"),
        ProjectStatus.FULFILLED: Term("履约", "fulfilled"),
        ProjectStatus.UNDER_CONSTRUCTION: Term("在建", "under construction"),
        ProjectStatus.OPERATING: Term("投产", "operating"),
    },
    PlayerKind: {
        PlayerKind.ENTERPRISE: Term("企业", "enterprise"),
        PlayerKind.PROJECT: Term("项目", "project"),
    },
    Scenario: {
        Scenario.OPERATING: Term("运营", "operating"),
        Scenario.COMMITTED: Term("已承诺", "committed"),
        Scenario.ALL: Term("全部", "all"),
    },
    GapClass: {
        GapClass.PRESENT: Term("强链", "present"),
        GapClass.WEAK: Term("弱链", "weak"),
        GapClass.MISSING: Term("缺链", "missing"),
    },
    Action: {
        Action.FILL: Term("补链", "fill"),
        Action.STRENGTHEN: Term("强链", "strengthen"),
        Action.EXTEND: Term("延链", "extend"),
    },
    LinkKind: {
        LinkKind.IMPORT_DEPENDENCE: Term("断链", "import dependence"),
        LinkKind.DEAD_END: Term("断链", "dead end"),
    },
    WarningKind: {
        WarningKind.RECEIVES_MAKES_NOTHING: Term("产品不明", "receives, makes nothing known"),
        WarningKind.NO_CAPACITY: Term("产能不明", "capacity not stated"),
        WarningKind.INPUT_NOT_HERE: Term("原料不明", "input not known here"),
        WarningKind.STALE_STATUS: Term("状态陈旧", "status not updated"),
        WarningKind.SHARED_NAME: Term("重名", "shared name"),
        WarningKind.FIGURES_DIFFER: Term("数据不一", "figures differ"),
    },
}

# Node labels of the model, in both languages.
NODE_TERMS: dict[str, Term] = {
    "Document": Term("文献", "document"),
    "Region": Term("行政区", "region"),
    "Park": Term("园区", "park"),
    "Enterprise": Term("企业", "enterprise"),
    "Project": Term("项目", "project"),
    "Product": Term("产品", "product"),
    "Process": Term("工艺", "process"),
    "Industry": Term("下游产业", "industry"),
    "Platform": Term("平台", "platform"),
    "Person": Term("人才", "person"),
    "Indicator": Term("指标", "indicator"),
    "Event": Term("活动", "event"),
    "Milestone": Term("里程碑", "milestone"),
    "Chain": Term("产业链", "chain"),
}


def term(value: StrEnum | str, vocabulary: type[StrEnum] | None = None) -> Term:
    """The bilingual term of a vocabulary member, of a plain value of ``vocabulary``, or of a
    node label; unknown text stands for itself."""
    kind = vocabulary or (type(value) if isinstance(value, StrEnum) else None)
    table = TERMS.get(kind, NODE_TERMS) if kind is not None else NODE_TERMS
    text = str(value)
    return table.get(text) or Term(text, text)


def display_name(name: str, name_en: str | None) -> str:
    """A name as shown: Chinese first, then the English name in brackets where it differs."""
    return f"{name} ({name_en})" if name_en and name_en != name else name
