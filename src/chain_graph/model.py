"""The knowledge model: node and relationship types of the chain graph.

Pure pydantic v2 types, no I/O. Every property is flat (a scalar or a list of
scalars) so that a validated record maps one to one onto a Neo4j node or
relationship. Conventions:

- ``id``: a readable slug, unique across all labels (``quangang-petrochemical-park``).
- ``name`` in Chinese on every node, ``name_en`` where known, ``aliases`` where useful.
- Money in yuan as integers, in fields ending ``_cny`` (1 亿元 = 10**8 yuan).
- Capacity in tonnes per year, in fields ending ``_t_per_year``.
- Dates as ISO 8601 strings: ``2021``, ``2021-10`` or ``2021-10-18``.
- Provenance (``source``, ``quote``, ``confidence``, optional ``source_ref``) on every node but a
  Document and on every relationship; one value or parallel lists when several sources agree.
"""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from typing import Annotated, Any, ClassVar, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    create_model,
    model_validator,
)

from chain_graph.vocabulary import Confidence, ProjectStatus, Tier

__all__ = [
    "CHAIN_LABELS",
    "CHAIN_TYPES",
    "ENDPOINTS",
    "LABELS",
    "NODE_TYPES",
    "NODE_TYPE_BY_LABEL",
    "NODE_TYPE_BY_SECTION",
    "PLACEMENT_TYPES",
    "PLAYER_TYPES",
    "SLUG_PATTERN",
    "ChainDef",
    "Confidence",
    "Document",
    "Enterprise",
    "Event",
    "Indicator",
    "Industry",
    "Milestone",
    "Node",
    "Park",
    "Person",
    "Platform",
    "Process",
    "Product",
    "Project",
    "ProjectStatus",
    "Record",
    "Region",
    "RelType",
    "Relationship",
    "Sourced",
    "SourcedNode",
    "Tier",
    "seed_json_schema",
]

SLUG_PATTERN = r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$"
_ISO_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def _check_iso_date(value: str) -> str:
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:39] + "…"
        raise ValueError(f"{shown} is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)")
    if len(value) == 10:
        try:
            date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"'{value}' is not a day of the calendar") from None
    return value


def _as_list(value: Any) -> Any:
    """Accept one value where a list is stored: ``source: doc`` means ``[doc]``."""
    return [value] if isinstance(value, str) else value


Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN)]
CreditCode = Annotated[
    str, StringConstraints(pattern=r"^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$")
]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
IsoDate = Annotated[str, BeforeValidator(_check_iso_date)]
# Neo4j stores integers in 64 bits: a larger one is refused here, not by the database.
INT64_MAX = 2**63 - 1
Int64 = Annotated[int, Field(ge=-(2**63), le=INT64_MAX)]
Yuan = Annotated[int, Field(ge=0, le=INT64_MAX, strict=True)]
TonnesPerYear = Annotated[float, Field(gt=0)]
SlugList = Annotated[list[Slug], BeforeValidator(_as_list, json_schema_input_type=Slug | list[Slug])]
TextList = Annotated[list[Text], BeforeValidator(_as_list, json_schema_input_type=Text | list[Text])]
# One reference inside each source ("[S1]" of the fact sheet; "" where a source has none).
RefList = Annotated[list[str], BeforeValidator(_as_list, json_schema_input_type=str | list[str])]
ConfidenceList = Annotated[
    list[Confidence], BeforeValidator(_as_list, json_schema_input_type=Confidence | list[Confidence])
]


class Record(BaseModel):
    """Anything stored in the graph: flat properties, unknown fields refused."""

    # Infinity and NaN are not quantities (and not JSON): refused in every float field.
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    notes: Text | None = None

    def properties(self) -> dict[str, Any]:
        """The flat property map as stored in Neo4j: absent values omitted, never null."""
        return self.model_dump(mode="json", exclude_none=True, exclude=self._not_properties)

    @classmethod
    def property_names(cls) -> list[str]:
        """Every key :meth:`properties` may hold for this model."""
        return [name for name in cls.model_fields if name not in cls._not_properties]

    _not_properties: ClassVar[set[str]] = set()


class Sourced(Record):
    """Provenance: which document says it, the verbatim quote, and how sure we are."""

    source: SlugList = Field(min_length=1)
    quote: TextList = Field(min_length=1)
    confidence: ConfidenceList = Field(min_length=1)
    source_ref: RefList | None = Field(
        default=None,
        description="Reference inside each source, parallel to `source` ('[S1]' of the fact sheet, "
        "'' for none); one value when there is one source",
    )

    @model_validator(mode="after")
    def _parallel_provenance(self) -> Sourced:
        if not len(self.source) == len(self.quote) == len(self.confidence):
            raise ValueError(
                "source, quote and confidence must be parallel lists of the same length"
                f" (got {len(self.source)}, {len(self.quote)}, {len(self.confidence)})"
            )
        if self.source_ref is not None and len(self.source_ref) != len(self.source):
            raise ValueError(
                "source_ref must be parallel to source: one reference per source, '' where a source"
                f" has none (got {len(self.source_ref)} for {len(self.source)} sources)"
            )
        return self


class Node(Record):
    """Common to every node: a stable id and names."""

    label: ClassVar[str]
    section: ClassVar[str]  # the YAML key that lists this label's entries
    _not_properties: ClassVar[set[str]] = {"id"}

    id: Slug
    name: Text
    name_en: Text | None = None
    aliases: list[Text] | None = None


class Document(Node):
    """A source: an article, a fact sheet, a filing. Its full text ships in ``seed/``."""

    label = "Document"
    section = "documents"

    text: str | None = Field(
        default=None, min_length=1, description="Full text; in YAML give `text_file` instead"
    )
    kind: Literal["text", "dataset"] = Field(
        default="text",
        description="text: facts quote it verbatim; dataset: a structured source whose facts cite a "
        "locator (file and line, or record key) in `quote`",
    )
    version: Text | None = Field(default=None, description="A dataset's version or commit")
    url: str | None = None
    publisher: Text | None = None
    published: IsoDate | None = None
    language: str | None = None

    @model_validator(mode="after")
    def _text_or_dataset(self) -> Document:
        if self.kind == "text" and self.text is None:
            raise ValueError(
                "a text document needs its text (`text_file` in YAML); a dataset says kind: dataset"
            )
        return self


class SourcedNode(Node, Sourced):
    pass


class Region(SourcedNode):
    """A country, province, city or district."""

    label = "Region"
    section = "regions"

    level: Literal["country", "province", "city", "district", "county", "town"]


class Park(SourcedNode):
    """An industrial park or zone."""

    label = "Park"
    section = "parks"

    kind: Text | None = None
    planned_area_km2: float | None = Field(default=None, gt=0)
    area_mu: float | None = Field(default=None, gt=0)
    output_cny: Yuan | None = None
    output_year: IsoDate | None = None


class Enterprise(SourcedNode):
    """A company. Its ``PRODUCES`` links say what it makes today."""

    label = "Enterprise"
    section = "enterprises"

    kind: Text | None = None
    ownership: Text | None = None
    headquarters: Text | None = None
    stock_code: Text | None = Field(default=None, description="Listed share code, e.g. '600028'")
    exchange: Text | None = Field(default=None, description="SSE, SZSE, BSE, HKEX…")
    credit_code: CreditCode | None = Field(
        default=None, description="统一社会信用代码, the 18-character unified social credit code"
    )
    former_names: list[Text] | None = Field(
        default=None, description="Names it had before a rename (searched like aliases)"
    )
    renamed_date: IsoDate | None = Field(default=None, description="When it took its current name")


class Project(SourcedNode):
    """An investment project with its lifecycle status."""

    label = "Project"
    section = "projects"

    status: ProjectStatus
    status_date: IsoDate | None = None
    signed_date: IsoDate | None = None
    start_date: IsoDate | None = None
    investment_cny: Yuan | None = None
    area_mu: float | None = Field(default=None, gt=0)
    output_cny: Yuan | None = None
    tax_cny: Yuan | None = None
    sub_projects: int | None = Field(default=None, ge=1, le=INT64_MAX)


class Event(SourcedNode):
    """A signing conference, ceremony or campaign event; projects are SIGNED_AT it."""

    label = "Event"
    section = "events"

    kind: Text | None = None  # 签约仪式, 招商大会, 集中开工…
    date: IsoDate | None = None
    projects_count: int | None = Field(default=None, ge=1, le=INT64_MAX)
    investment_cny: Yuan | None = None


class Milestone(SourcedNode):
    """A dated step of a project (one phase): planned and, once it happened, actual."""

    label = "Milestone"
    section = "milestones"

    kind: Literal[
        "signing", "land", "groundbreaking", "mechanical_completion", "trial_run", "start_up", "acceptance"
    ]
    phase: Text | None = None
    planned_date: IsoDate | None = None
    actual_date: IsoDate | None = None

    @model_validator(mode="after")
    def _dated(self) -> Milestone:
        if self.planned_date is None and self.actual_date is None:
            raise ValueError("a milestone needs planned_date, actual_date or both")
        return self


class ChainDef(SourcedNode):
    """An industry chain (C3, C4, 锂电池…): what products name in their ``chains``."""

    label = "Chain"
    section = "chains"

    code: Text = Field(description="What products list in `chains`, e.g. 'C3'")
    stages: list[Text] | None = Field(
        default=None, description="The chain's own stage names, left to right, where it has them"
    )


class Product(SourcedNode):
    """A product; the chains it belongs to are defined in the data (``chains`` section)."""

    label = "Product"
    section = "products"

    chains: list[Text] | None = Field(
        default=None, description="Codes of the chains it belongs to (a `chains` entry defines each)"
    )
    tier: Tier | None = Field(default=None, description="feedstock, intermediate or material, where known")
    stage: Text | None = Field(default=None, description="The stage of its chain, where the chain names them")
    formula: str | None = None
    typical_plant_t_per_year: TonnesPerYear | None = Field(
        default=None, description="Economic scale of one plant, where a source gives it"
    )
    byproduct: bool | None = Field(
        default=None, description="A by-product or utility (hydrogen, steam): balanced, never a target"
    )


class Process(SourcedNode):
    """A process turning all of its ``FEEDS`` inputs into its ``YIELDS`` outputs.

    Alternative routes to one product are separate processes.
    """

    label = "Process"
    section = "processes"

    kind: Text | None = None


class Industry(SourcedNode):
    """An industry: a downstream one served by chain products (纺织服装, 高端鞋材…), or a sector
    of a classification (申万, GB/T 4754) that enterprises are IN_INDUSTRY of."""

    label = "Industry"
    section = "industries"

    classification: Text | None = Field(default=None, description="e.g. 申万2021, GB/T 4754-2017")
    code: Text | None = Field(default=None, description="The sector's code in its classification")
    level: int | None = Field(default=None, ge=1, le=10, description="1 for the top level")


class Platform(SourcedNode):
    """An innovation platform, laboratory, alliance or service centre."""

    label = "Platform"
    section = "platforms"

    kind: Text
    members_min: int | None = Field(default=None, ge=1, le=INT64_MAX)


class Person(SourcedNode):
    """A named person the sources mention (e.g. a recruited scientist)."""

    label = "Person"
    section = "people"

    title: Text | None = None


class Indicator(SourcedNode):
    """A figure the sources state: a campaign count, a total, a talent number."""

    label = "Indicator"
    section = "indicators"

    metric: Slug
    value: Int64 | float
    unit: Text
    period: Text
    value_cny: Yuan | None = None


NODE_TYPES: tuple[type[Node], ...] = (
    Document,
    Region,
    Park,
    Enterprise,
    Project,
    Product,
    Process,
    Industry,
    Platform,
    Person,
    Indicator,
    Event,
    Milestone,
    ChainDef,
)
NODE_TYPE_BY_LABEL: dict[str, type[Node]] = {t.label: t for t in NODE_TYPES}
NODE_TYPE_BY_SECTION: dict[str, type[Node]] = {t.section: t for t in NODE_TYPES}
LABELS: tuple[str, ...] = tuple(t.label for t in NODE_TYPES)


class RelType(StrEnum):
    PART_OF = "PART_OF"
    LOCATED_IN = "LOCATED_IN"
    INVESTS_IN = "INVESTS_IN"
    HOSTED_IN = "HOSTED_IN"
    PRODUCES = "PRODUCES"
    FEEDS = "FEEDS"
    YIELDS = "YIELDS"
    SERVES = "SERVES"
    DRIVES = "DRIVES"
    SPAWNED = "SPAWNED"
    VISITED = "VISITED"
    SUPPLIES = "SUPPLIES"
    STORES = "STORES"
    MEMBER_OF = "MEMBER_OF"
    WORKS_AT = "WORKS_AT"
    DESCRIBES = "DESCRIBES"
    FOCUSES_ON = "FOCUSES_ON"
    DEMANDS = "DEMANDS"
    SIGNED_AT = "SIGNED_AT"
    HELD_IN = "HELD_IN"
    OWNS = "OWNS"
    MILESTONE_OF = "MILESTONE_OF"
    IN_INDUSTRY = "IN_INDUSTRY"
    SUBINDUSTRY_OF = "SUBINDUSTRY_OF"
    IS_A = "IS_A"
    UPSTREAM_OF = "UPSTREAM_OF"


# Which labels each relationship type may connect: (start labels, end labels).
ENDPOINTS: dict[RelType, tuple[frozenset[str], frozenset[str]]] = {
    RelType.PART_OF: (frozenset({"Park", "Region"}), frozenset({"Region", "Park"})),
    RelType.LOCATED_IN: (frozenset({"Enterprise", "Platform"}), frozenset({"Park", "Region"})),
    RelType.INVESTS_IN: (frozenset({"Enterprise"}), frozenset({"Project"})),
    RelType.HOSTED_IN: (frozenset({"Project"}), frozenset({"Park", "Region"})),
    RelType.PRODUCES: (frozenset({"Enterprise", "Project"}), frozenset({"Product"})),
    RelType.FEEDS: (frozenset({"Product"}), frozenset({"Process"})),
    RelType.YIELDS: (frozenset({"Process"}), frozenset({"Product"})),
    RelType.SERVES: (frozenset({"Product"}), frozenset({"Industry"})),
    RelType.DRIVES: (frozenset({"Project"}), frozenset({"Enterprise", "Industry", "Project"})),
    RelType.SPAWNED: (frozenset({"Project"}), frozenset({"Project"})),
    RelType.VISITED: (frozenset({"Region"}), frozenset({"Enterprise"})),
    RelType.SUPPLIES: (frozenset({"Enterprise", "Project"}), frozenset({"Enterprise", "Project"})),
    RelType.STORES: (frozenset({"Enterprise", "Project"}), frozenset({"Product"})),
    RelType.MEMBER_OF: (frozenset({"Enterprise", "Platform"}), frozenset({"Platform"})),
    RelType.WORKS_AT: (frozenset({"Person"}), frozenset({"Platform", "Enterprise", "Region", "Park"})),
    RelType.DESCRIBES: (frozenset({"Indicator"}), frozenset({"Region", "Park", "Project"})),
    RelType.FOCUSES_ON: (frozenset({"Region", "Park"}), frozenset({"Industry"})),
    RelType.DEMANDS: (frozenset({"Region", "Industry"}), frozenset({"Product"})),
    RelType.SIGNED_AT: (frozenset({"Project"}), frozenset({"Event"})),
    RelType.HELD_IN: (frozenset({"Event"}), frozenset({"Region", "Park"})),
    RelType.OWNS: (frozenset({"Enterprise"}), frozenset({"Enterprise", "Project"})),
    RelType.MILESTONE_OF: (frozenset({"Milestone"}), frozenset({"Project"})),
    RelType.IN_INDUSTRY: (frozenset({"Enterprise"}), frozenset({"Industry"})),
    RelType.SUBINDUSTRY_OF: (frozenset({"Industry"}), frozenset({"Industry"})),
    RelType.IS_A: (frozenset({"Product"}), frozenset({"Product"})),
    RelType.UPSTREAM_OF: (frozenset({"Product"}), frozenset({"Product"})),
}


# Relationships that tie a player (enterprise, project, platform) to where it stands.
PLACEMENT_TYPES = ("LOCATED_IN", "HOSTED_IN")
# Relationships that say what a park's players make, store, supply, invest in, pull along, who
# owns them, where their projects were signed and what milestones they have.
PLAYER_TYPES = (
    "PRODUCES",
    "STORES",
    "SUPPLIES",
    "INVESTS_IN",
    "DRIVES",
    "SPAWNED",
    "MEMBER_OF",
    "OWNS",
    "SIGNED_AT",
    "MILESTONE_OF",
)
# The product graph of the chains.
CHAIN_LABELS = ("Product", "Process", "Industry")
CHAIN_TYPES = ("FEEDS", "YIELDS", "SERVES", "UPSTREAM_OF")


class Relationship(Sourced):
    """A typed link between two nodes, identified by (type, start, end, key).

    ``key`` tells apart two links of the same type between the same nodes, such as
    two phases of one plant or two sources that disagree on a capacity.
    """

    _not_properties: ClassVar[set[str]] = {"type", "start", "end"}

    type: RelType
    start: Slug
    end: Slug
    key: str = ""
    capacity_t_per_year: TonnesPerYear | None = None
    throughput_t_per_year: TonnesPerYear | None = None
    storage_m3: float | None = Field(default=None, gt=0)
    investment_cny: Yuan | None = None
    product: Slug | None = Field(default=None, description="SUPPLIES: the product supplied")
    role: Text | None = None
    phase: Text | None = None
    date: IsoDate | None = None
    ratio_t_per_t: float | None = Field(
        default=None,
        gt=0,
        description="FEEDS: t of this input per t of the process's main output; "
        "YIELDS: t of this co-product per t of the main output (the main output has none)",
    )
    process: Slug | None = Field(default=None, description="PRODUCES: the process the plant runs")
    captive: bool | None = Field(
        default=None, description="PRODUCES: made and used on the same site (a stream, not for sale)"
    )
    weight: float | None = Field(
        default=None, gt=0, description="FOCUSES_ON: how much the industry counts (default 1)"
    )
    share_pct: float | None = Field(
        default=None, gt=0, le=100, description="OWNS: the owner's share in per cent"
    )
    demand_t_per_year: TonnesPerYear | None = Field(
        default=None,
        description="DEMANDS: tonnes a year the region or industry consumes (the year in `date`)",
    )

    @property
    def identity(self) -> tuple[str, str, str, str]:
        return (str(self.type), self.start, self.end, self.key)

    @model_validator(mode="after")
    def _no_self_loop(self) -> Relationship:
        # No relationship of the model links a node to itself (a park PART_OF itself, a firm
        # SUPPLIES itself): such a link is a typo, and PART_OF loops would change the answers.
        if self.start == self.end:
            raise ValueError(f"{self.type} cannot start and end at the same node ('{self.start}')")
        if self.type == RelType.DEMANDS and self.demand_t_per_year is None:
            raise ValueError("DEMANDS needs demand_t_per_year: how many tonnes a year are consumed")
        return self


def seed_json_schema() -> dict[str, Any]:
    """JSON Schema of one seed YAML file: optional sections, each a list of entries.

    In YAML a document names its text file (``text_file``) instead of carrying ``text``.
    """
    fields: dict[str, Any] = {t.section: (list[t] | None, None) for t in NODE_TYPES}  # type: ignore[valid-type]
    fields["relationships"] = (list[Relationship] | None, None)
    seed_file = create_model(
        "SeedFile", __config__=ConfigDict(extra="forbid", title="chain-graph seed file"), **fields
    )
    schema = seed_file.model_json_schema()
    document = schema["$defs"]["Document"]
    del document["properties"]["text"]
    document["properties"]["text_file"] = {
        "type": "string",
        "title": "Text File",
        "description": "Path of the document's full text, relative to this YAML file",
    }
    document["required"] = [name if name != "text" else "text_file" for name in document["required"]]
    return schema
