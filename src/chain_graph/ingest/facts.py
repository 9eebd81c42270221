"""Figures attached to what they describe: the holder of a capacity, money, area or status, the
product of a capacity, the place of a project or firm. Rules are local and plain:

- a capacity belongs to the nearest project or enterprise named before it in the sentence (else
  the article's main project) and to the product named right after it (or just before it; with
  none, after a word of capacity, to the one product its project makes or names);
  ``20/45万吨/年 PO/SM`` pairs values and products in order;
- an investment (总投资/投资/投入 before the amount) and an area (占地/用地/面积) belong to the
  nearest project named before them in the sentence, unless an enterprise or an 等 (a list, a
  total) stands between;
- a status verb belongs to the nearest project in its clause, else in its sentence, else to the
  projects a 分别是/包括 lists after it; a verb after 将/计划/力促…, or dated after the article, is an
  intention;
- a capacity's product the data lacks is kept by its name (NEW_PRODUCT + name) when it looks like
  a product's;
- a project or firm and a park or region named in one clause: it stands there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chain_graph.ingest import figures
from chain_graph.ingest.figures import LOCANT, NUMBER
from chain_graph.ingest.lexicon import Lexicon
from chain_graph.ingest.mentions import (
    BUILT_PARK_KINDS,
    HOW_MANY,
    INDUSTRY_WORDS,
    STAGE_TABLE_HEAD,
    Mention,
    Mentions,
    table_rows,
)
from chain_graph.ingest.segment import CLAUSE_ENDS, SENTENCE_ENDS, Segments
from chain_graph.vocabulary import ProjectStatus

__all__ = ["NEW_PRODUCT", "Fact", "find_facts", "parks_being_built"]

NEW_PRODUCT = "?"  # prefix of a product the data lacks, by its name: ?乙二醇

PLAYERS = frozenset({"Project", "Enterprise"})
PLACES = frozenset({"Park", "Region"})
# PO/SM, 环氧乙烷/乙二醇: each part Chinese or an abbreviation, never a figure's words.
_SLASH_PART = r"(?:[\u3400-\u9fff]+(?:-\d[\u3400-\u9fff]*)?|[A-Za-z0-9\-]+)"  # 丁烯-1装置 too
# (百万吨乙烯/年: per year; 120万吨甲醇/80万吨二甲醚: the next product's own figure)
_SLASH_LIST = re.compile(rf"{_SLASH_PART}(?:/(?!年|\d+(?:\.\d+)?万?吨)(?:{_SLASH_PART}))+")
# 该项目 or 该装置, or 项目 or 装置 alone as a clause's subject (项目受到…, 保证了项目…投产, 8月1日项目开工,
# 项目2023年4月开工, 2025年6月项目进入设备安装调试阶段; not 项目3个):
# this article's project; a phase of it that has no name of its own as the subject too (其中,西区一期项目
# 今年3月动工).
_ANAPHOR = re.compile(
    r"(?:该|本|此|这个|整个)(?:项目|工程)|(?:该|此|这套)装置|(?<=就)项目(?!\d*[个项])|(?:^|(?<=[了,;:])|(?<=\d日)|(?<=\d月)|(?<=月[底初]|月份)|(?<=目前|现在|当前|如今))\s*"
    r"(?:[\u3400-\u9fff]{0,3}[一二三四五六七八九十]期(?:工程|项目)|(?<=目前)[一二三四五六七八九十]期|项目(?!\d*[个项])|装置(?!\d*[个套])"
    r"|(?:首|第[一二三四五六七八九十\d]{1,2})[条套](?:生产线|产线|装置))"  # 第一条生产线已投产: a line of it
)
_PARAGRAPH_TOPIC = 12  # characters before the project a paragraph opens with (在…现场, 走进…)
_PARENTHETICAL = re.compile(r"\s*\(\s*[^()]{0,8}$")
_MAX_GAP_BEFORE = 6
_MAX_PARTS_GAP = 16
_LIST_JOINERS = frozenset({"、", "和", "及", "与", "以及", "、以及"})


@dataclass(frozen=True)
class Fact:
    """One thing the article says, with the span of the figure and of the clause(s) to quote."""

    kind: str  # capacity | investment | output | revenue | other | area | status | place | investor
    holder: Mention | None  # None: a money figure said of no project (a campaign's total)
    value: float | int | str | None
    quote_span: tuple[int, int]
    figure_span: tuple[int, int]
    product: str | None = None  # a product's id, or NEW_PRODUCT + its name: one the data lacks
    product_span: tuple[int, int] | None = None  # where a product the data lacks is named
    target: Mention | None = None  # place: the park or region; investor: the project
    date: str | None = None
    date_inferred: bool = False
    holder_inferred: bool = False  # not named in the figure's sentence: the article's main project
    spent: bool = False  # money: an investment made so far or in a period, not the project's total
    of_unread: bool = False  # money: said of a project whose name was not read (投资1亿元的…项目)
    expected: bool = False  # status: being built, read from a late stage only expected (预计明年5月投产)


@dataclass
class _Context:
    text: str
    segments: Segments
    mentions: Mentions
    lexicon: Lexicon
    main_project: Mention | None
    published: str | None

    def within(self, start: int, end: int, labels: frozenset[str]) -> list[Mention]:
        return [m for m in self.mentions.top_starting_in(start, end) if m.label in labels and m.end <= end]

    def nearest_before(self, position: int, labels: frozenset[str]) -> Mention | None:
        """The closest mention of ``labels`` that starts before ``position`` in its sentence
        (one that contains the position counts)."""
        sentence_start, _ = self.segments.sentence(position)
        before = [m for m in self.mentions.top_starting_in(sentence_start, position) if m.label in labels]
        return max(before, key=lambda m: m.start, default=None)

    def quote(self, *spans: tuple[int, int]) -> tuple[int, int]:
        start = min(s for s, _ in spans)
        end = max(e for _, e in spans)
        return self.segments.clauses_between(start, end)

    def inside_known_name(self, start: int, end: int) -> bool:
        """Inside a name the data spells so (a figure the data has with it); a name the article
        spells its own way (泉州国亨66万吨/年丙烷脱氢…项目, resolved) still states its figures."""
        return any(
            m.kind == "exact" and not m.is_new and m.start <= start and end <= m.end
            for m in self.mentions.around(start)
        )

    def anaphor(self, position: int) -> Mention | None:
        """Where the clause says 该项目 (this project) before ``position``: the project its paragraph
        opens with (a visit's stops, one paragraph each: 在A项目现场,…), else the main project."""
        clause_start, _ = self.segments.clause(position)
        if self.main_project is None or not _ANAPHOR.search(self.text[clause_start:position]):
            return None
        paragraph_start = self.text.rfind("\n", 0, clause_start) + 1
        named = self.within(paragraph_start, clause_start, frozenset({"Project"}))
        opening = named[0] if named and named[0].start - paragraph_start <= _PARAGRAPH_TOPIC else None
        return opening or self._subject_before(paragraph_start, clause_start) or self.main_project

    def _subject_before(self, paragraph_start: int, clause_start: int) -> Mention | None:
        """The project the sentence before, in the same paragraph, opens with (A项目是…。目前项目主体
        已建成)."""
        sentence_start, _ = self.segments.sentence(clause_start)
        if sentence_start <= paragraph_start:
            return None
        before_start = max(self.segments.sentence(sentence_start - 1)[0], paragraph_start)
        named = self.within(before_start, sentence_start, frozenset({"Project"}))
        opens = named and not self.text[before_start : named[0].start].strip()
        return named[0] if opens else None


def _plain_gap(text: str) -> bool:
    return not any(c in CLAUSE_ENDS or c in SENTENCE_ENDS for c in text)


# A product name that goes on (乙烯-醋酸乙烯树脂, 乙烯基…, 苯酐): the figure is of that longer product.
_LONGER_NAME = re.compile(
    r"-[\u3400-\u9fffA-Za-z]|基|(?:[二三四五六七八九十]?[氟氯溴][甲乙丙丁]{0,2}|[二三四甲乙]{0,2})[酐酸醇醛酮酯醚胺腈酚盐乳酰]"
    r"|(?:裂解)?原料|衍生|(?<=氨)水|(?<=醇)[钠钾镁锂]|(?<=醇)[汽柴]油|类(?=[\u3400-\u9fff])"
    # (甲基丙烯酸三氟乙酯: a fluorinated ester; 环氧乙烷衍生…新材料: its derivatives; 氨水, aqueous ammonia;
    # 甲醇钠, an alkoxide; 甲醇汽油, a blended fuel; 苯乙烯类热塑性弹性体, a class of materials)
    # 间苯二酚, 聚氨酯有机胺催化剂, 聚氨酯结构胶, 环氧树脂胶
    r"|(?:(?!装置|提供|供)[\u3400-\u9fff]){0,3}?(?:催化剂|助剂|添加剂|胶(?!乳)|涂料|粘合剂)"
    r"|化(?:新材料|产品|材料|工艺)"  # 光气化新材料: made by phosgenation, not phosgene
)
# Resins, and the words of a yarn, a film or an article made of one (PA66长丝, 聚丙烯塑料滤板).
_RESINS = frozenset(
    {"polypropylene", "pa66", "polycarbonate", "abs", "lldpe", "pbat", "pbs", "pbt", "pa12", "tpu"}
)
_ARTICLE_AFTER = re.compile(
    r"[\u3400-\u9fffA-Za-z]{0,6}?(?:纤维|长丝|弹力丝|锦纶丝|薄膜|膜材|滤板|复合材料|改性树脂|改性料|吹膜制品)"
)  # (PBAT改性树脂, PBAT吹膜制品: a compound or an article of the resin)
# A figure followed by a name of its own (HDPE, 炼油): its product is that one, known or not.
_NAMED_AFTER = re.compile(r"\s*(?:[A-Za-z]{2,}|炼油|原油|加工|蒸馏|常减压|加氢|催化|重整|焦化)")
# A compound's character in a qualifier, or an isomer's prefix right before the name: 醋酸乙烯 is no
# ethylene, 对二甲苯 no benzene, 叔丁醇 no n-butanol, 氢化丁腈橡胶 no nitrile rubber, 聚合物聚醚多元醇
# (polymer polyol) no polyether polyol (差异化聚丙烯 is polypropylene).
_CHEMICAL = re.compile(r"[酸醇烯烷苯酯醚氧氢氯氟溴氨胺腈酮醛砜甲乙丙丁磷硫硅氮]|[异叔仲对邻间联]$|聚合物$")
_CJK_ONLY = re.compile(r"[\u3400-\u9fff]*")
_CJK_NAME = re.compile(r"[\u3400-\u9fff]*(?:-\d)?")  # 丁烯-1
_MAX_QUALIFIER = 8
_CAPACITY_WORD = re.compile(r"产能|生产能力|(?:年产|生产)规模")
_OTHER_QUANTITY = re.compile(r"(?<!生)产量|销量|消费量|需求量|进口量|出口量")
# A count of products or kinds before a figure: the figure is all of theirs (共计60种…,产能达到28.4万吨).
_MANY_PRODUCTS = re.compile(r"(?:共计?|合计|总计)?\d+(?:种|大类|个品种)")
_MATERIAL_AFTER = re.compile(r"胶乳|浆料|树脂|橡胶|纤维|塑料|弹性体|切片|原丝|膜")
_OLEFIN_ELASTOMER = "烯弹性体"
# A material's description, then the product's abbreviation: 全生物降解塑料PBAT, 热塑性橡胶SEPS.
_DESCRIBED_ABBREVIATION = re.compile(
    r"[\u3400-\u9fff]{1,10}?(?:塑料|树脂|橡胶|弹性体|材料|纤维)([A-Z][A-Za-z0-9\-]{1,9})(?![A-Za-z0-9])"
)
# 甲醇制丙烯 and 催化热裂解(CPP)制乙烯 are routes to propylene and ethylene (制取, 制备 are verbs).
_PRODUCT_PREFIX = re.compile(
    r"\d+(?:\.\d+)?%|\d+(?:D|K|旦)(?=[\u3400-\u9fff])|[\u3400-\u9fff]{1,7}?法(?=[\u3400-\u9fffA-Za-z])"
    r"|[\u3400-\u9fffA-Za-z]{1,8}?(?:\([A-Za-z0-9\-]{1,8}\))?制(?!取|备|造|成|品|冷|约|定|度|订|作)(?=[\u3400-\u9fffA-Za-z])"
    r"|[\u3400-\u9fff]{1,6}?制备(?=[\u3400-\u9fff])"  # 电石渣制备硫酸钙晶须: made from carbide slag
    r"|副产品?(?=[\u3400-\u9fff])"  # 、副产品氟硼酸钾4000吨: a by-product
)


_FUELS_AFTER = re.compile(r"油(?![\u3400-\u9fff])|油(?=等|和|及|与|项目|装置|工程|一体化|示范)")

# A product the data lacks, named right after its figure: up to the plant word (聚烯烃的生产规模,
# 聚酰胺一体化项目, 己内酰胺产业链), a conjunction, a list separator or the abbreviation in brackets
# (30万吨/年乙烯-醋酸乙烯树脂(EVA)、…).
_UNKNOWN_AFTER = re.compile(
    rf"((?![和及与])(?:{LOCANT})?(?:[\u3400-\u9fffA-Za-z0-9\-\u03b1-\u03c9]|(?<=[醚醇酯烃胺腈酮醛酐脂胶烯烷苯酚酸])—(?=[\u3400-\u9fff])){{1,14}}?)"
    r"(?=\(|的(?:生产)?(?:规模|能力|产能|装置|工厂|化工厂|基地)|(?:生产)?工厂|行业|(?:生产)?厂|产业(?:项目|基地)|联合装置|装置|设备|工业化|一体化|全?产业链|全链条|连续|生产装置|(?:生产)?项目|新建|生产线|生产(?=[,;:。!?\s]|的)|年?生产能力|年?产能|能力|(?:生产)?规模|(?<!系列)产品|工程(?!用|塑料)|(?<=[醛酯胺烯酮砜醚])“?工程塑料|"
    r"(?:生产)?基地|(?:生产)?车间|(?<!农药)原药|原料|[一1]次|投料|开车|续建|配套|中试|消纳|回收|已(?!内)|正在|进入|试车|试生产|大化工|技术|以及|及|和|与|暨|、|等(?!级)|各|为|用于|通过|产线|投放|销往|供应|马力|满负荷|产业|聚合(?:项目|装置|工程|生产线|能力|产能|规模)|创造|(?:高端)?智能|清洁生产|提纯|精选|(?:氧压|常压|加压)?浸出|(?<!料)制备|同样|有着|具有|池[窑窖]拉丝|无害化|粉磨|干燥|轧制|循环经济|循环(?:综合|再)?利用|精品(?=基地|项目|生产)|扩能|(?<=[板纸浆])机|是(?=[\u3400-\u9fff])|冷连轧(?=项目|生产线|工程)|示范|扩产|多?联产|的?产业集群|产业园|预可研|投产|开工|建成|竣工|投用|举行|[一二三四五六七八九\d]期|迁扩建|迁建|扩建|改扩建|技改|改造|搬迁|升级|[一二三四五六七八九十\d]+(?:个|套)|[一二三四五六七八九十\d]+号线|[两三四五六七八九十]大|精制|(?:生产)?(?<!深|合)加工(?:厂|(?:生产)?(?:项目|生产线|基地|装置))|回转[炉窑]|工业(?=项目|园|基地|示范)|(?<=[箔酸醇烯烷苯酯醚胺腈酮醛脂胶维纶])新材料(?=生产|项目|基地|产业)|采矿|研发|高技术|产业化|外(?=[,;。])|产量|面临|清洁能源|节能|(?:生产)?建设|基础工程|综合利用|综合(?:技改|改造)|综合(?=(?:生产)?加工(?!利用))|或(?=\d)|按(?=[\u3400-\u9fff])|搅拌站|直供|绿色(?:循环|化)|/年|后处理|造粒|冶炼|引进|引入|采用|首期|开采|新项目|退城进园|(?:生产)?系统|制造(?:项目|基地)|"
    r"(?<=[酸醇烯烷苯酯醚胺腈酮醛锂钴镍])(?:(?:锂离子|锂)?电池材料|锂电材料|全?生物降解|全?生物可降解|可降解)|"
    r"[,;:。!?\s)”」\"+]|\d+(?:\.\d+)?[万千]?吨|$)"
)
# …and right before it, as an item of a 、 list or the first one after its verb (提供EVA30万吨、乙二醇…).
_UNKNOWN_BEFORE = re.compile(
    r"(?:(?<=、)|(?<=提供|生产|产出|年产|可产|包括|其中|以及|新增|形成)|(?<=副产)(?!品)|(?<=副产品)|(?<=年产能)|(?<=年加工|可加工)|(?<=在内的)|(?<=建设)|(?<=产品为)|(?<=方案为)|(?<=方案:)|(?<=分别为|分别是)|(?<=为:)"
    r"|(?<=[(,])(?=[^\d,;:。!?\n()]{2,14}:\s*$)"  # (植物生长调节剂:0.6万吨/年,除草剂: 10万吨/年)
    r"|(?:(?<=吨[,和及])|(?<=/年[,和])|(?<=t/a[,和]))(?!约|[\u3400-\u9fff]{0,3}(?:副产|年产|生产|其中|新增)))"
    r"(?:副产品?)?(?:\d+(?:\.\d+)?%)?((?!年产|生产|能|出|分别|为|是)[\u3400-\u9fffA-Za-z](?:(?!年产|生产|包括|在内的|\d+(?:\.\d+)?[万千]?吨)[\u3400-\u9fffA-Za-z0-9\-]){0,13}?)(\([A-Za-z0-9/\-]{1,10}\))?"
    # 、低密度聚乙烯达到20万吨; 燃料气1.6万吨; 各18万吨; 、化肥扩能到80万吨; 年产高档生活用纸超20万吨
    r"(?:将|可)?(?:各|达到|达|到|约为|约|超过|超|逾|近|(?:扩能|扩建|扩大|提高|提升|增加)[到至]|增至|:)?\s*$"
)  # a name never runs over a second verb (生产能力为年产乙二醇7.7万吨: 乙二醇), nor over a bound (超20万吨)
_BRACKETED_ABBREVIATION = re.compile(r"\(([A-Za-z][A-Za-z0-9\-]{0,9})\)")
_NAME_THEN_ABBREVIATION = re.compile(
    r"[^,;:。!?\n、()\d]{2,20}?(?:\(([A-Za-z][A-Za-z0-9\-]{1,9})\)|(?<=[酯醇酸烯烃胺醚酮])([A-Z][A-Za-z0-9\-]{1,9})(?![A-Za-z0-9]))"
)
# What makes a name a product's: a chemical's character, a material's word, or an abbreviation.
_PRODUCT_CUE = re.compile(
    r"[酸醇烯烷苯酯醚氧氯胺腈酮醛砜烃蜡胶脂酐碱剂膜纶粉硅氰钠钾钙素炭粒丝磺盐铵膦锆啶嗪唑喹呋吡噻嘧酚醌肼脲胍酰硫锂钴镍锰铍锌钛钒镁钼钨铟锗镓铌钽锑铋氟溴碘]|铝(?!业)|铜(?!业)|莱赛尔|粘胶|短纤|浆粕|液(?!体|化|压|晶|相|位|面)|(?<![分发公宣颁遍散])布|(?:汽|柴|成品|润滑|基础|燃料|煤|焦|矿物|白|热解)油(?!吸附|分离|裂解|催化)|加氢|氢(?!能)|燃料|树脂|橡胶|纤维|材料|塑料|涂料|切片|弹性体|电石|尼龙|化学品|(?<!施)肥|管材|型材|板材|片材|(?<=[棒带箔线])材|(?:刨花|纤维|胶合|石膏|密度)板|木煤|型煤|制品|面料|单体|[阴阳正负]极|(?<!报)纸(?!业)|粗品|原料药|原药|中间体|氨水|(?<![生喷])漆|染料|颜料|油墨|纳米|石墨烯|前驱体|精矿|泡沫|浆|玻璃|水泥|纱|糖|合金|饲料|粕|酒精|熟料|捣固焦|冶金焦|啤酒|白酒|石膏|矽|食品|饮料|饮品|硬碳|(?<!天然)气体|味精|调味品|(?:饮用|矿泉|纯净|天然)水|铸管|酱|薯条|预制菜|蔬菜|奶粉|乳制?品|(?<=[浓胶])乳|(?<=[干湿主])粮|砂石|骨料|混凝土|沥青|板卷|卷板|冷硬卷|(?<=[热冷]轧)[卷板]|支架|石料|碎石|石英|(?<![沙黄])砂|矿石|石灰[岩石]|白云岩|高岭土|长石|刚玉|[锻铸]件|面粉|石墨(?!烯)|[氦氮氩氖氪氙氧]气|(?:豆|菜籽|食用|植物|花生|棕榈|米糠)油|[大稻]米|(?<![平方千厘毫纳微])米$|米粉|熟食|[水海]产品|虾[膏粉仁]|鱼[粉油糜]|[铁钢铅锡](?!路|道|结构)|包装(?!箱)|包材|(?<![口脑钱])袋"
    r"|^[A-Z][A-Z0-9\-]{1,7}[a-z]?$"  # R142b, HFC-134a
)
# Metals, paper, yarn and sugar named by one character: 年产铜20万吨, 纸的总产能, 可年产纱16.8万吨,
# 10万吨/年糖厂.
_ONE_CHARACTER_PRODUCTS = frozenset("铜铁钢铝锌铅镍锡纸纱糖")
_REFINERY_UNIT = re.compile(r"蒸馏|裂化|重整|焦化")
_NOT_A_PRODUCT = re.compile(
    r"^含[\u3400-\u9fff]$|炼油|原油|煤炭|加工|炼化|一体化|(?<![级用])二氧化碳(?!基?聚)|^粉磨|排放|减排|当量|标煤|规模|产能|能力|垃圾|废弃|公司|集团|裂解$|化工$|法$"
    r"|(?:脱硫|脱硝)(?!催化剂|剂|石膏)|污水"  # a gas or a water treated, no product (脱硫石膏 is one)
    # a store (1.2万吨散粕库, 4万吨油罐, 22万吨沥青仓储): what it holds, not makes
    r"|[库仓罐]$|仓储|储运|中转|物流|配送"
    rf"|{_REFINERY_UNIT.pattern}"  # a refinery's units
)


_DEMONSTRATIVE = re.compile(r"这一|这个|这些|这种")
# Hydrogen named by its making or its colour (电解水制氢, 绿氢; 年产氢能力): the data's 氢气.
_HYDROGEN = re.compile(r"(?:年产|[\u3400-\u9fff]{0,6}?制|[绿蓝灰])?氢")
# A verb of building before a product's name, not part of it (新增铁精矿160万吨: 铁精矿).
_ADDED = re.compile(r"新增|新建|扩建")
# A trade after a joint output's second name: no product of its own (碳纤维及碳纤维装备制造产业).
# (水泥和聚氯乙烯型材加工; 氧化铝及新材料: a product, then the kind of the rest)
_NOT_JOINT = re.compile(r"装备|设备|制造|研发|服务|汽提|回收|处置|协同|型材加工|新材料")
# Words of grade or use before a product's name, not part of it (the keys name 水泥, 农药原药, 磷酸铁锂;
# 高端 and 电池级 stay: 高端聚烯烃, 电池级磷酸铁).
_GRADE_WORDS = re.compile(r"(?:优质|高品质|高效(?:低毒)?|储能用|各型|各类|各种|新一代)+")


# A name that starts with a figure is no product's (a locant is part of one: 1,2,3-三氯丙烷).
_FIGURE_FIRST = re.compile(rf"(?!{LOCANT}[\u3400-\u9fff])\d")


# 芳烃产品, 差别化纤维总量: 芳烃, 差别化纤维 (树脂系列产品 stays whole)
_PRODUCTS_WORD = re.compile(
    r"(?<!系列)(?<![水海])等?产品$|总?量$|全?产业链$|全工序$|冶炼(?:综合)?$"
)  # (己内酰胺产业链产能: 己内酰胺)


def _new_product(ctx: _Context, start: int, end: int) -> list[tuple[str | None, tuple[int, int]]]:
    """A product the data lacks, named ``text[start:end]``: its name behind ``NEW_PRODUCT``; or the
    product its bracketed abbreviation names (热塑性弹性体(SBS)); or none, for no product's name."""
    abbreviation = _BRACKETED_ABBREVIATION.match(ctx.text, end)
    if abbreviation is not None and (term := ctx.lexicon.lookup(abbreviation.group(1))) is not None:
        product = ctx.lexicon.product_of(term.ids[0])
        if product is not None:
            return [(product, (start, abbreviation.end()))]
    word = _PRODUCTS_WORD.search(ctx.text, start, end)
    if word is not None and (
        word.start() - start >= 2 or ctx.text[start : word.start()] in _ONE_CHARACTER_PRODUCTS
    ):
        end = word.start()  # 芳烃产品260万吨, 特种胶带等产品20万吨: the product is 芳烃, 特种胶带
    if ctx.text.startswith("生产", start) and end - start >= 5:
        start += 2  # 其中20万吨生产己内酰胺聚合切片: what is made
    made = ctx.text[start + 1 : end] in _ONE_CHARACTER_PRODUCTS
    # 年产224万t造纸项目, 西钢100万吨制铁, 炼钢产能, 年铜生产规模: the paper, iron, steel, copper made
    if ctx.text.startswith(("造", "制", "炼", "年"), start) and made:
        start += 1
    extracted = ctx.text.rfind("提取", start, end)
    if extracted >= 0 and end - extracted >= 4:
        start = extracted + 2  # 粉煤灰提取氧化铝: what is extracted
    verb = _ADDED.match(ctx.text, start, end)
    if verb is not None and end - verb.end() >= 2:
        start = verb.end()  # 新增铁精矿160万吨: what is added
    grade = _GRADE_WORDS.match(ctx.text, start, end)
    if grade is not None and end - grade.end() >= 2:
        start = grade.end()  # 优质水泥, 高效低毒农药原药: the product is 水泥, 农药原药
    demonstrative = _DEMONSTRATIVE.search(ctx.text, start, end)
    end = demonstrative.start() if demonstrative is not None else end  # 电解铝这一“链主”项目: 电解铝
    name = ctx.text[start:end]
    if _HYDROGEN.fullmatch(name) and (term := ctx.lexicon.lookup("氢气")) is not None:
        return [(ctx.lexicon.product_of(term.ids[0]), (start, end))]  # 1.5万吨制氢项目, 3.2万吨绿氢
    if (
        (len(name) < 2 and name not in _ONE_CHARACTER_PRODUCTS)
        or not (_PRODUCT_CUE.search(name) or _made_yearly(ctx, start, name))
        or _NOT_A_PRODUCT.search(name)
        or _FIGURE_FIRST.match(name)
    ):
        return []
    if ctx.lexicon.lookup(name) is not None:
        return []  # a name the data has, of something that is no product (a firm, a process)
    if any(
        m.start < end and start < m.end and m.id and m.label not in ("Product", "Industry")
        for m in ctx.mentions.everything()
    ):
        return []  # a firm's or a place's name (an industry's word is no name: 塑料包装制品)
    return [(NEW_PRODUCT + name, (start, end))]


# What is made, named right after 年产 (年产泡椒5000吨, 年产活竹酒1000吨), however plain its name: not a
# word of the figure's own (年产能力为, 年产量首次, 年产能预计达到, 年产能超过, 年产有望突破).
_PLAIN_PRODUCT = re.compile(
    r"(?![量能值力总共])(?:(?![为是达约将可预规首计超过逾近增仅只已]|有望|突破|实现|提高|合计)[\u3400-\u9fff]){2,8}"
)


def _made_yearly(ctx: _Context, start: int, name: str) -> bool:
    if _PLAIN_PRODUCT.fullmatch(name) is None:
        return False
    if ctx.text.endswith(("年产", "年产能", "年可产"), 0, start):
        return True
    # 年产2万吨钢结构产品项目, 年产12万吨汽车关键零部件项目: what a plant named by its yearly figure makes
    return (
        _YEARLY_FIGURE_BEFORE.search(ctx.text, max(0, start - 20), start) is not None
        and _PLANT_AFTER_NAME.match(ctx.text, start + len(name)) is not None
        and _WORKS_WORD.search(name) is None  # (年产6万吨扩建项目: a revamp, no product)
    )


_WORKS_WORD = re.compile(r"扩建|扩能|技改|改造|搬迁|迁建|新建|建设|升级|一体化|综合")
_YEARLY_FIGURE_BEFORE = re.compile(r"年(?:产|生产)\s*\d+(?:\.\d+)?\s*[万千]?\s*吨(?:/年)?$")
_PLANT_AFTER_NAME = re.compile(r"(?:产品|系列产品)?(?:深加工)?(?:生产)?(?:项目|生产线|工程|装置)")


_AND_ESTERS = re.compile(r"及其?酯(?!化)")


_JOINED = re.compile(r"和|及|与")
_NOT_A_GRADE = re.compile(rf"{_JOINED.pattern}|炼油|原油|加工|炼化")


def _joint_product(ctx: _Context, first: Mention, product: str) -> tuple[str, tuple[int, int]] | None:
    """Two products named as one, with nothing or a 和/及/与 between them (65万吨/年苯酚丙酮装置,
    265万吨聚乙烯和聚丙烯): the plant's joint output, which the data lacks as a product; neither
    one's capacity. So is an acid and its esters (30万吨/年丙烯酸及酯)."""
    esters = _AND_ESTERS.match(ctx.text, first.end)
    if esters is not None:
        return (NEW_PRODUCT + ctx.text[first.start : esters.end()], (first.start, esters.end()))
    if _MATERIAL_AFTER.match(ctx.text, first.end):
        # 碳纤维原丝: the material named last is the product (the precursor of carbon fibre), no joint output
        head = next(iter(_products_from(ctx, first.end)), None)
        if head is not None:
            return (head[1], (first.start, head[0].end))
    joined = _JOINED.match(ctx.text, first.end)
    for position in (first.end, joined.end()) if joined is not None else (first.end,):
        for second, other in _products_from(ctx, position):
            if other != product:
                return (NEW_PRODUCT + ctx.text[first.start : second.end], (first.start, second.end))
    return None


def _products_from(ctx: _Context, position: int) -> list[tuple[Mention, str]]:
    """The known products named from ``position`` whose names do not go on into a longer one's."""
    return [
        (m, product)
        for m in ctx.mentions.everything()
        if m.start == position
        and m.id is not None
        and (product := ctx.lexicon.product_of(m.id)) is not None
        and not _LONGER_NAME.match(ctx.text, m.end)
    ]


# Between a figure and its product: a word of capacity (100万吨年产能的己内酰胺), or 年 of 万吨年 (per year:
# 9.22万吨年制氢).
_CAPACITY_BRIDGE = re.compile(
    r"(?:年产能|生产能力|产能)的|年(?![产度底内初中前后])|(?:\d{1,2}|[一二三四五六七八九十])号(?=[A-Za-z\u3400-\u9fff])"
)  # …or a unit's number (90万吨/年2号PTA装置)


# More products after the first, with no figure of their own, up to 等: 聚乙烯|、聚丙烯等产品.
_OTHERS_LISTED = re.compile(r"(?:、[\u3400-\u9fffA-Za-z\-]{1,10}?)+等")


def _others_listed(ctx: _Context, end: int) -> bool:
    """Whether products the data knows, and nothing else, follow up to 等 (not 晓星2.3万吨碳纤维|、国能
    综合能源中心等, a list of projects)."""
    listed = _OTHERS_LISTED.match(ctx.text, end)
    if listed is None:
        return False
    items = listed.group(0)[1:-1].split("、")
    starts = {m.start: m for m in ctx.mentions.everything() if m.id and ctx.lexicon.product_of(m.id)}
    position = end + 1
    for item in items:
        product = starts.get(position)
        if product is None or product.end != position + len(item):
            return False
        position += len(item) + 1
    return True


_BASIS = re.compile(r"\((?:折干|干基|湿基|折百|折纯|实物量?)\)")


def _products_at(ctx: _Context, position: int, clause_end: int) -> list[tuple[str | None, tuple[int, int]]]:
    """The product(s) named right after a figure: one mention, or an A/B/C list of abbreviations;
    else a name the data lacks (新材料, HDPE)."""
    while position < clause_end and ctx.text[position] in " 的之":
        position += 1
    basis = _BASIS.match(ctx.text, position, clause_end)  # 1.5万吨/年(折干)浓乳: the figure's basis
    position = basis.end() if basis is not None else position
    bridge = _CAPACITY_BRIDGE.match(ctx.text, position, clause_end)  # 100万吨年产能的己内酰胺生产基地
    position = bridge.end() if bridge is not None else position
    # A process that makes a mix (甲醇制烯烃, MTO): the figure is the process's, of no one product.
    for mention in ctx.mentions.starting_in(position, position):
        at = mention.label == "Process"
        if at and _REFINERY_UNIT.search(ctx.text, mention.start, mention.end):
            return []  # 260万吨催化裂化: a refinery unit's throughput, no product's capacity
        if at and mention.id is not None and ctx.lexicon.product_of(mention.id) is None:
            return [(mention.id, (mention.start, mention.end))]
    # A grade or a route before the product: 27.5%双氧水, 20D氨纶, 48K碳纤维, 双氧水法环氧丙烷,
    # 联产法PO/SM, 甲醇制丙烯.
    prefix = _PRODUCT_PREFIX.match(ctx.text, position, clause_end)
    if (
        prefix is not None
        and "(" in prefix.group(0)
        and any(m.start == position for m in ctx.mentions.everything())
    ):
        prefix = None  # 丙烷脱氢(PDH)制丙烯: a route the data knows, read as its mention
    if prefix is not None and prefix.end() < clause_end:
        found = _products_at(ctx, prefix.end(), clause_end)
        if [p for p, _ in found] == [NEW_PRODUCT + "烯烃"] and prefix.group(0).endswith("制"):
            # 煤制烯烃: a mix of olefins, named by its route (as the data names 甲醇制烯烃)
            return [(NEW_PRODUCT + ctx.text[position : found[0][1][1]], (position, found[0][1][1]))]
        if not found and prefix.group(0).endswith("制") and _FUELS_AFTER.match(ctx.text, prefix.end()):
            # 200万吨/年煤制油: fuels, named by their route
            return [(NEW_PRODUCT + ctx.text[position : prefix.end() + 1], (position, prefix.end() + 1))]
        if found:
            return found
    described = _DESCRIBED_ABBREVIATION.match(ctx.text, position, clause_end)
    if described is not None:
        start, end = described.span(1)
        term = ctx.lexicon.lookup(described.group(1))
        product = ctx.lexicon.product_of(term.ids[0]) if term is not None else None
        found = [(product, (start, end))] if product is not None else _new_product(ctx, start, end)
        if found:
            return found
    # 60万吨聚己二酸/对苯二甲酸丁二酯(PBAT): a long chemical name the abbreviation after it names (in
    # brackets or not)
    named = _NAME_THEN_ABBREVIATION.match(ctx.text, position, clause_end)
    term = ctx.lexicon.lookup(named.group(1) or named.group(2)) if named is not None else None
    if named is not None and term is not None and (product := ctx.lexicon.product_of(term.ids[0])):
        return [(product, (position, named.end()))]
    slash = _SLASH_LIST.match(ctx.text, position)
    if slash is not None:
        products = _slash_products(ctx, slash.group(0), slash.start())
        if any(product for product, _ in products):
            return products
    # The product itself, or after a short qualifier of it (150万吨多元共聚聚丙烯: polypropylene).
    for mention in ctx.mentions.starting_in(position, position + _MAX_QUALIFIER):
        qualifier = ctx.text[position : mention.start]
        if mention.id is None:
            continue
        if not _CJK_ONLY.fullmatch(qualifier) or _CHEMICAL.search(qualifier):
            continue  # 醋酸乙烯 is vinyl acetate, not ethylene: a compound, not a grade
        if _NOT_A_GRADE.search(qualifier):
            continue  # 1500万吨/年炼油和乙烯: the figure is the first one's (a refinery's run), no grade
        if _polymer_of(ctx, mention):
            continue  # 聚苯乙烯 is polystyrene, not styrene
        if qualifier.endswith("改性"):
            break  # 改性苯乙烯: a compound made of it, a product of its own
        product = ctx.lexicon.product_of(mention.id)
        if product in _RESINS and _ARTICLE_AFTER.match(ctx.text, mention.end):
            break  # PA66差别化锦纶丝, 聚丙烯塑料滤板: a yarn or an article of the resin, a product of its own
        if ctx.text.startswith("下游", mention.end):
            return []  # 24万吨/年乙烯下游一体化项目: of what is made from ethylene, no one product
        if product is not None and ctx.text.startswith(_OLEFIN_ELASTOMER, mention.end - 1):
            break  # 1-丁烯弹性体: an elastomer made with the olefin, a product of its own
        if product is not None and not _LONGER_NAME.match(ctx.text, mention.end):
            if _others_listed(ctx, mention.end):
                return []  # 80万吨/年聚乙烯、聚丙烯等产品: the figure of them all, no one product's
            joint = _joint_product(ctx, mention, product)
            return [joint] if joint is not None else [(product, (mention.start, mention.end))]
    unknown = _UNKNOWN_AFTER.match(ctx.text, position, clause_end)
    if unknown is None:
        return []
    end = unknown.end()
    if _others_listed(ctx, end):
        return []
    joined = _JOINED.match(ctx.text, end)
    seconds = _products_from(ctx, joined.end()) if joined is not None else []
    if seconds and not _NOT_JOINT.match(ctx.text, seconds[0][0].end):
        end = seconds[0][0].end  # 265万吨聚乙烯和聚丙烯: one joint output, as a known product's with another
    elif joined is not None and end - position >= 2 and "的" not in ctx.text[position:end]:
        # 1300吨石英器件及型材: one joint output of two products the data lacks
        # (not 丁辛醇及IGCC, a process, nor 新材料及其单体)
        second = _UNKNOWN_AFTER.match(ctx.text, joined.end(), clause_end)
        if (
            second is not None
            and _CJK_NAME.fullmatch(second.group(1))
            and not second.group(1).startswith("其")
            # (nor 碳纤维及碳纤维装备制造产业: the trade of making its machines)
            and not _NOT_JOINT.search(ctx.text, second.start(1), second.end() + 2)
            and not ctx.text.startswith("综合利用", second.end())  # 烯烃分离及碳四综合利用装置
            and _new_product(ctx, joined.end(), second.end())
        ):
            end = second.end()
    # 5万吨国内首创的|特种阻燃剂装置: what is said of it, then its name (not 30万吨规模的切片项目, a size)
    said_of = ctx.text.rfind("的", position, end)
    if said_of >= 0 and not ctx.text.endswith(("规模", "级"), position, said_of):
        # …unless what follows 的 names no product: 10万吨催化新材料的润和催化剂项目 (its firm's plant)
        return _new_product(ctx, said_of + 1, end) or _new_product(ctx, position, said_of)
    return _new_product(ctx, position, end)


def _slash_products(ctx: _Context, listed: str, offset: int) -> list[tuple[str | None, tuple[int, int]]]:
    """The products of an A/B list in order, None for one the data lacks (EO/EG: EO and an
    unknown); a Chinese part may run into the next word (环氧乙烷/乙二醇装置)."""
    products: list[tuple[str | None, tuple[int, int]]] = []
    previous = ""
    for part in listed.split("/"):
        product, length = None, len(part)
        for end in range(len(part), 0, -1):
            term = ctx.lexicon.lookup(part[:end])
            if term is not None and (end == len(part) or _CJK_NAME.fullmatch(part[:end])):
                product, length = ctx.lexicon.product_of(term.ids[0]), end
                break
        # A part that only changes the ending of the one before: 丙烯酸/酯 is 丙烯酸 and 丙烯酸酯.
        if product is None and len(part) <= 2 and _CJK_ONLY.fullmatch(part) and previous:
            for cut in range(len(previous), 0, -1):
                term = ctx.lexicon.lookup(previous[:cut] + part)
                if term is not None:
                    product = ctx.lexicon.product_of(term.ids[0])
                    break
        if product is None:  # a part the data lacks: 环氧乙烷/乙二醇, EO/EG
            unknown = _UNKNOWN_AFTER.match(ctx.text, offset, offset + len(part))
            found = _new_product(ctx, offset, unknown.end()) if unknown is not None else []
            if found and len(part) >= 2:
                product, (_, end) = found[0]
                length = end - offset
        products.append((product, (offset, offset + length)))
        previous = part
        offset += len(part) + 1
    return products


# A product's capacity word, then up to the figure with no other product: 的年产能可达到, 产品的年产能达,
# 年产能10万扩建至, 装置由年产80万吨扩展到.
_CAPACITY_OF = re.compile(
    r"(?:产品|单体)?的?(?:国内|全国|全球|世界)?(?:生产)?(?:装置|工厂)?的?由?(?:年(?=总))?(?:总的?)?(?:实际|设计|核定)?(?:年产能|产能|年产量|年?生产能力|(?:(?<=装置)|(?<=[烃烯醇苯酸氢]))能力|年?生产规模|年产规模|年产)[^,;:。!?\n、]{0,12}$"
)

_FIRM_WORD = re.compile(r"石化|集团|公司|化学|股份|企业|炼厂")
_ABBREVIATION_AT_END = re.compile(r"(?<=[\u3400-\u9fff])[A-Z][A-Z0-9\-]{1,7}$")
# A time after a product's name, before its capacity: 合成橡胶|连续多年实际产能.
_TIME_AT_END = re.compile(r"(?:连续)?(?:多年|近年|历年|常年|多年来|近年来)$")
_NEW_BEFORE_CAPACITY = re.compile(
    r"(?:(?<=[的为是使,:;。\n“「、])|(?<=^)|(?<=新增|形成|具备|拥有|具有|实现))((?![的为是使]|实现|到|达到)[\u3400-\u9fffA-Za-z](?:(?![的为是使])[\u3400-\u9fffA-Za-z0-9\-]){1,10}?)"
    r"(?:设施|装置|生产线|产线|项目|行业)?" + _CAPACITY_OF.pattern  # 国内聚苯乙烯行业总产能: of 聚苯乙烯
)
# A stage, a time or a heading before a product's name: (其中)在建涤纶项目产能200万吨, 目前煤制烯烃总产能,
# 主要产品己内酰胺年产能10万吨, 同时还拥有电石产能530万吨, 该市电解铝产能: of 涤纶, of 煤制烯烃, of 己内酰胺,
# of 电石, of 电解铝.
_STAGE_BEFORE = re.compile(
    r"(?:该|本|全)[省市县区镇]|在建|新建|拟建|续建|扩建|已建成|已建|规划|计划|设计|新增|全厂|全公司|目前|当前|现在|如今|现有|该(?:厂|公司|企业|集团|项目)?|整个|扩产|扩能|[一二三四五六七八九\d]期(?=[\u3400-\u9fffA-Za-z]{2})|主要产品|主导产品|拥有|具有|具备|形成|合计|总计|共计|最终|我国|全国|国内|涉及|包括|其中|预计|(?:建成)?投产|收购了?|(?:已|共|还)?承接了?|相关|力争|争取|(?:今年)?年[底内]|[两三四五六七八九十]大(?:基地|园区|工厂|厂区)|等(?=[\u3400-\u9fff]{2})"
    # a project's products, an industry's heading (项目产品聚甲醛, 新材料产业电解铝)
    r"|项目产品|产业(?=[\u3400-\u9fff]{2})|[\u3400-\u9fff]{2,4}[省市县](?=[\u3400-\u9fff]{2})"
    # a country or a continent: 印度合成橡胶年产能
    r"|全球|世界|亚洲|欧洲|北美|中东|美国|日本|韩国|印度|泰国|新加坡|沙特|俄罗斯|德国"
    r"|(?:企业|公司|集团)?总(?=[\u3400-\u9fff]{2})"  # 企业总粗钢产能: the firm's total, of 粗钢
)


# 氯化氢, 氢化丁腈; 氯乙烯 (in 聚氯乙烯); 氯代正丁烷
_HALOGENATED_OR_HYDROGENATED = re.compile(r"[氢氯溴]化$|[氯氟溴]$|[氯氟溴]代正?$")


def _halogenated_or_hydrogenated(ctx: _Context, mention: Mention) -> bool:
    """氢化/氯化/溴化, or a halogen, right before a product's name: another compound (氢化丁腈橡胶, 氯化氢,
    聚氯乙烯)."""
    return _HALOGENATED_OR_HYDROGENATED.search(ctx.text, max(0, mention.start - 3), mention.start) is not None


# A stem right before a product's name makes another compound: 甲苯 and 二甲苯 are no benzene, 乙苯
# no benzene, 异丙醇 no propanol, 苯甲醇 no methanol, 醋酸乙烯 no ethylene.
_COMPOUND_STEM = re.compile(r"[甲乙丙丁戊己庚辛环异叔仲对邻间硝苯]$|醋酸$")  # 醋酸乙烯: vinyl acetate


def _stem_of_another(ctx: _Context, mention: Mention) -> bool:
    """A product's name that a stem before it makes into another compound's (苯 in 甲苯); an
    abbreviation takes none (甲乙MMA单体: a firm's MMA)."""
    if ctx.text[mention.start].isascii():
        return False
    return _COMPOUND_STEM.search(ctx.text, max(0, mention.start - 2), mention.start) is not None


def _polymer_of(ctx: _Context, mention: Mention) -> bool:
    """A monomer's name inside its polymer's: 苯乙烯 in 聚苯乙烯."""
    before = ctx.text[mention.start - 1 : mention.start]
    return before == "聚" and not ctx.text.startswith("聚", mention.start)


def _product_before(
    ctx: _Context, position: int, figure_end: int
) -> list[tuple[str | None, tuple[int, int]]]:
    best: tuple[str, tuple[int, int]] | None = None
    for mention in ctx.mentions.everything():
        if mention.end > position:
            continue  # named after the figure: not before it (an empty gap is no adjacency)
        gap = ctx.text[mention.end : position]
        if mention.id is None or not 0 <= len(gap) <= _MAX_GAP_BEFORE or not _plain_gap(gap):
            continue
        if any(c.isdigit() for c in gap) or "、" in gap or gap in _LIST_JOINERS:
            continue  # 聚丙烯装置、30万吨…, 合成氨及52万吨: the product of the figure before, in a list
        if _MATERIAL_AFTER.match(gap) or _LONGER_NAME.match(gap):
            continue  # 丁苯胶乳5万吨, 四氢苯酐3500t/a: the name goes on into a material's or a compound's
        if (
            _polymer_of(ctx, mention)
            or _halogenated_or_hydrogenated(ctx, mention)
            or _stem_of_another(ctx, mention)
        ):
            continue  # 聚苯乙烯 is no styrene, 氯化氢 no hydrogen, 甲苯 no benzene
        product = ctx.lexicon.product_of(mention.id)
        if product is not None and (best is None or mention.end > best[1][1]):
            best = (product, (mention.start, mention.end))
    if best is not None:
        return [best]
    # The product whose capacity the clause is about: 聚丙烯的年产能可达到220万吨.
    clause_start, _ = ctx.segments.clause(position)
    stated = [
        m
        for m in ctx.mentions.everything()
        if m.id is not None
        and clause_start <= m.start
        and _CAPACITY_OF.match(ctx.text, m.end, position)
        and ctx.lexicon.product_of(m.id) is not None
        and not _polymer_of(ctx, m)
        and not _halogenated_or_hydrogenated(ctx, m)  # 聚氯乙烯生产能力: no ethylene's
        and not _stem_of_another(ctx, m)  # 对二甲苯总产能: no benzene's
    ]
    if stated:
        last = max(stated, key=lambda m: m.end)
        return [(ctx.lexicon.product_of(last.id or "") or "", (last.start, last.end))]
    # A product the data lacks whose capacity the clause is about: 该项目的三元乙丙胶产能为2万吨/年.
    named = _NEW_BEFORE_CAPACITY.search(ctx.text, clause_start, position)
    if named is not None:
        start, end = named.span(1)
        time = _TIME_AT_END.search(ctx.text, start, end)
        end = time.start() if time is not None else end
        # 大榭石化烯烃产能: the firm's name first, then the product's
        firm_ends = [
            m.end
            for m in ctx.mentions.everything()
            if start <= m.start and m.end < end and m.label not in ("Product", "Process")
        ]  # not 丙烯酸 in 丙烯酸树脂小球产能
        firm_ends += [start + f.end() for f in _FIRM_WORD.finditer(ctx.text[start : end - 2])]
        start = max(firm_ends, default=start)
        start = max((stage.end() for stage in _STAGE_BEFORE.finditer(ctx.text, start, end)), default=start)
        # 恒力石化和福佳大化PX总产能: the firms' names, then the product's abbreviation
        abbreviation = _ABBREVIATION_AT_END.search(ctx.text, start, end)
        start = abbreviation.start() if abbreviation is not None else start
        found = _new_product(ctx, start, end)
        if found:
            return found
    # A product the data lacks, as an item of a list of products and figures (乙二醇(EG)45.5万吨、…).
    listed = (
        figure_end == len(ctx.text)
        or ctx.text[figure_end] in _ITEM_END
        or _CAPACITY_AFTER.match(ctx.text, figure_end) is not None  # 、磷酸铁5万吨的生产能力
        or _PLANT_AFTER_FIGURE.match(ctx.text, figure_end) is not None  # 年产氢氧化铍330吨项目
    )
    # 除草剂: 10万吨/年: the product is named before the colon
    if clause_start > 1 and ctx.text[clause_start - 1] == ":":
        clause_start = ctx.segments.clause(clause_start - 2)[0]
    # 、工业一铵(15万吨/年): the figure in brackets after its product's name
    bracketed = ctx.text.endswith("(", 0, position) and ctx.text.startswith(")", figure_end)
    found = _new_product_before(ctx, clause_start, position - 1 if bracketed else position) if listed else []
    return (
        found
        or _sentence_product(ctx, clause_start, position, figure_end)
        or _raised_product(ctx, figure_end)
        or _made_before(ctx, clause_start, position)
    )


# A clause that says what a unit makes, then one of its capacity: 2台生产硅锰合金,设计产能约为11万吨.
_MADE_THEN_CAPACITY = re.compile(
    r"生产([\u3400-\u9fffA-Za-z0-9\-]{2,14}),\s*(?:设计)?年?(?:产能|生产能力)(?:约|为|达到|达)*\s*$"
)


def _made_before(ctx: _Context, clause_start: int, position: int) -> list[tuple[str | None, tuple[int, int]]]:
    made = _MADE_THEN_CAPACITY.search(ctx.text, ctx.segments.clause(max(0, clause_start - 2))[0], position)
    if made is None:
        return []
    product, span = _whole_product(ctx, *made.span(1))
    return [(product, span)] if product is not None else []


# A plant of no product whose start-up raises its firm's capacity of one: 二期4.0万吨/年新建装置建成投产,
# 使得公司SSBR产能达到8.0万吨/年.
_PLANT_RAISES = re.compile(
    r"(?:/年|t/a)?\s*(?:新建|新增)?(?:装置|生产线)[^,;。!?\n]{0,10}?,\s*使(?:得)?(?:该|其)?(?:公司|企业|集团)?"
)


def _raised_product(ctx: _Context, figure_end: int) -> list[tuple[str | None, tuple[int, int]]]:
    raises = _PLANT_RAISES.match(ctx.text, figure_end)
    if raises is None:
        return []
    capacity = _CAPACITY_WORD.search(ctx.text, raises.end(), ctx.segments.clause(raises.end())[1])
    named = _products_between(ctx, raises.end(), capacity.start()) if capacity is not None else []
    if len({product for product, _ in named}) != 1:
        return []
    product, mention = named[0]
    return [(product, (mention.start, mention.end))]


# What ends an item after its figure: a separator, a list's closer or joiner, a bracket, 以上.
_ITEM_END = frozenset("、,;。\n等及和()以")
_PLANT_AFTER_FIGURE = re.compile(
    r"(?:/年)?(?:的)?(?:生产)?(?:项目|装置|生产线)"
    r"|的[^,;:。!?\n、\d]{2,16}?(?:项目|工程)(?=[,;:。!?\n、]|$)"  # 年产水泥900万吨的台泥(贵港)项目
    r"|的\d+个[^,;:。!?\n、\d]{0,8}?项目(?=[,;:。!?\n、]|$)"  # 、年产锦纶长丝2.4万吨的2个项目
)


def _new_product_before(
    ctx: _Context, clause_start: int, position: int
) -> list[tuple[str | None, tuple[int, int]]]:
    """A product the data lacks, named right before the figure at ``position`` (、乙二醇48万吨)."""
    unknown = _UNKNOWN_BEFORE.search(ctx.text, clause_start, position)
    return _new_product(ctx, *unknown.span(1)) if unknown is not None else []


def _sentence_product(
    ctx: _Context, clause_start: int, position: int, figure_end: int
) -> list[tuple[str | None, tuple[int, int]]]:
    """A plant's capacity whose clause names no product (日本装置的生产能力为9.5万吨/年): the one
    product its sentence names before it (…建有顺丁橡胶生产装置,其中,…), if it names only one, with the
    word of capacity after it (BDO产能将实现翻番,达到6万吨/年) or right after the figure (新设施将具有
    2万吨/年的产能)."""
    sentence_start, _ = ctx.segments.sentence(position)
    capacity_after = _CAPACITY_AFTER.match(ctx.text, figure_end) is not None
    stated = capacity_after or _CAPACITY_WORD.search(ctx.text, sentence_start, position)
    if not stated or _OTHER_QUANTITY.search(ctx.text, clause_start, position):
        return []  # 总产能约为142万吨/年,2012年的产量约为116万吨: an output
    if _MANY_PRODUCTS.search(ctx.text, sentence_start, position):
        return []  # …等5大类共计60种功能性电子化学品,产能达到28.4万吨: all of theirs, no one product's
    named = _products_between(ctx, sentence_start, clause_start)
    anaphor = _PLANT_ANAPHOR.match(ctx.text, sentence_start, position) if sentence_start > 0 else None
    if not named and anaphor is not None:
        # 该生产基地的年产能达60万吨: the plant, and its one product, of the sentence before (the word of
        # capacity the pattern asks for is then after that product, as below); of several products, the
        # one named right before that plant's word (…苯乙烯系列材料供应商…共建的ABS生产基地)
        before_start = ctx.segments.sentence(sentence_start - 1)[0]
        named = _products_between(ctx, before_start, sentence_start)
        plant = ctx.text.rfind(anaphor.group(1), before_start, sentence_start)
        named = [(p, m) for p, m in named if 0 <= plant - m.end <= _MAX_GAP_BEFORE] or named
        if not named:  # …a plant of a product the data lacks (新建一套叔丁胺装置。该装置…年产能为1万吨)
            return _new_plant_product(ctx, before_start, sentence_start, position, capacity_after)
    if not named:
        return _new_plant_product(ctx, sentence_start, clause_start, position, capacity_after)
    if len({product for product, _ in named}) != 1:
        return []
    product, last = max(named, key=lambda pair: pair[1].end)
    if not capacity_after and not _CAPACITY_WORD.search(ctx.text, last.end, position):
        return []
    return [(product, (last.start, last.end))]


# A plant of a product the data lacks, after its count or the verb that builds it (一套乙腈装置,
# 建设新能源汽车锂电池超薄铜箔项目), or one a firm has (企业拥有国内先进的生活用纸生产线).
_NEW_PLANT = re.compile(
    r"(?:(?<=[套座个条家])|(?<=建设|新建|兴建|扩建)|(?<=拥有)(?:[^,;:。!?\n的]{0,8}的)?)"
    rf"((?:{LOCANT})?(?:(?![套座个条家其的了])[\u3400-\u9fffA-Za-z0-9\-]){{1,14}}?)(?:生产)?(?:装置|工厂|生产线|项目)"
)


_MAIN_PRODUCT = re.compile(r"(?<=产品为)([\u3400-\u9fffA-Za-z0-9\-]{2,10}?)(?=[,;])")


def _new_plant_product(
    ctx: _Context, start: int, clause_start: int, position: int, capacity_after: bool
) -> list[tuple[str | None, tuple[int, int]]]:
    """The product of the one plant (or main product) the sentence names before the figure's clause, when
    the data lacks it and the clause gives its capacity (建设其全球第三套乙腈装置,产能在1万吨/年以上)."""
    plants = list(_NEW_PLANT.finditer(ctx.text, start, clause_start))
    plants += list(_MAIN_PRODUCT.finditer(ctx.text, start, clause_start))  # 主要产品为丙烯醇,年产规模达5万吨
    if len(plants) != 1 or not (capacity_after or _CAPACITY_WORD.search(ctx.text, clause_start, position)):
        return []
    return _new_product(ctx, *plants[0].span(1))


# A sentence that opens with the plant the sentence before named: 该生产基地的年产能, 上述工厂其年产能,
# 新设施将具有…的产能, 该新建项目年产能为40万吨.
_PLANT_ANAPHOR = re.compile(
    r"\s*(?:该|上述|这座|这套|这条|新)[^,;:。!?\n]{0,6}?(生产基地|基地|工厂|装置|生产线|产线|设施|项目)"
    r"[^。!?\n]{0,40}?(?:年?产能|生产能力|将具有|具有)"  # (该装置位于…,计划于今年投产,年产能为1万吨)
)
_CAPACITY_AFTER = re.compile(r"\s*的?(?:年?产能|生产能力|生产规模)")


def _inside_firm(ctx: _Context, mention: Mention) -> bool:
    return any(
        f.label in ("Enterprise", "Park") and f.start <= mention.start and mention.end <= f.end
        for f in ctx.mentions.top
    )


def _products_between(ctx: _Context, start: int, end: int) -> list[tuple[str, Mention]]:
    return [
        (product, m)
        for m in ctx.mentions.everything()
        if m.id is not None
        and start <= m.start
        and m.end <= end
        and (product := ctx.lexicon.product_of(m.id)) is not None
        and not _polymer_of(ctx, m)
        and not _LONGER_NAME.match(ctx.text, m.end)  # 丙烯醇 is no propylene
        and not _MATERIAL_AFTER.match(ctx.text, m.end)  # 丙烯酸树脂 is no acrylic acid
        and not _halogenated_or_hydrogenated(ctx, m)  # 氢化丁腈橡胶
        and not _inside_firm(ctx, m)  # 江苏长华聚氨酯科技有限公司: a firm's name, no product of the sentence
        and not (product in _RESINS and _ARTICLE_AFTER.match(ctx.text, m.end))  # 聚丙烯复合材料
    ]


# What a plant takes in or saves, said before the figure: not a capacity.
_NOT_MADE = re.compile(r"(?:年|需|共)(?:用|耗)|消耗|消化|耗用|节省|节约|就地转化")
# A refinery's run right before the figure: 年炼油能力达4000万吨 (no product's, whatever came before).
_RUN_OR_OUTPUT_BEFORE = re.compile(
    r"(?:炼油|加工)(?:能力|规模)(?:将)?(?:达到|达|为|约|超过)?\s*$"
    # …and an output right before it (预计2010年乙烯产量达到1400万吨; 年产量 may be a plant's size)
    r"|(?<![年生])产量(?:将|已经?|预计)?(?:达到|达|为|约|超过|突破)?\s*$"
    # …and a feed named between the run and its figure (年处理褐煤1100万吨): what it takes in
    r"|(?:处理|加工)(?!能力|规模)[\u3400-\u9fff]{1,4}\s*$"
)

_LIST_ITEM_BEFORE = re.compile(r"[^,;:。!?\n、套]{1,12}、")  # an item with no count of its own
# How many plants of a figure, said after its product (…聚丙烯装置两套) on its line, and not the count of
# the next figure (…汽油加氢装置\n2套50万吨/年聚丙烯装置).
_SETS_AFTER = re.compile(rf"[^\S\n]*(?:装置|生产线|机组)?[^\S\n]*({figures.SETS})[^\S\n]*套(?!\s*\d)")


# From one capacity to the next of the same product: 由1.2万吨扩大到1.8万吨, 从380万吨/年跃升至.
_RAISED_TO = re.compile(
    r"(?:\([A-Za-z/]{1,6}\))?"  # the unit said again: 63千吨(ktpa)
    r"[^,;:。!?\n\d、]{0,6}?(?:(?:提升|提高|扩大|扩建|扩能|扩产|增加|增长|跃升|增|升)(?:到|至)|改为)\s*(?:年产能?)?"
    r"(?:\d{4}\s*年\s*(?:底|末|中|年底)?前?的)?"  # 增加到2022年底的123ktpa
)


_EXPANDED_TO = re.compile(r"(?:改扩建|扩建|扩能|扩产|扩大|改造)(?:到|至)\s*(?:年产能?)?$")


def _raised(
    ctx: _Context, first: figures.Capacity, then: figures.Capacity, products: set[str | None]
) -> bool:
    """``then`` is what ``first``'s plant (making ``products``) was raised to: right after it, or
    later in its sentence with no other product named between (现有聚乙烯装置挖潜改造至26万吨/年
    is polyethylene's, whatever came before)."""
    if _RAISED_TO.fullmatch(ctx.text, first.end, then.start):
        return True
    same = _same_sentence(ctx, first, then)
    expanded = _EXPANDED_TO.search(ctx.text, max(0, then.start - 6), then.start)
    if not same or expanded is None:
        return False
    if _ITEM_SUBJECT.search(ctx.text, max(0, expanded.start() - 7), expanded.start()):
        return False  # 乙烯扩建到60万吨、化肥扩能到80万吨: the next item's own subject, one the data lacks
    return {m.id for m in ctx.within(first.end, then.start, frozenset({"Product"}))} <= products


_THEN_REACHES = re.compile(r"届时[^,;:。!?\n\d]{0,8}?(?:达到|达|增至|增加到|提升至|提高到|扩大至)\s*$")


def _same_sentence(ctx: _Context, first: figures.Capacity, then: figures.Capacity) -> bool:
    return ctx.segments.sentence(first.start) == ctx.segments.sentence(then.start)


_ITEM_SUBJECT = re.compile(r"、[\u3400-\u9fff]{2,6}$")
# The plant's word, then (perhaps past the first phase's figure) a phase: 项目|一期,
# 项目一期10万吨已投料试车,|二期.
_PHASE_AFTER_PLANT = re.compile(
    r"(?:项目|工程|装置)[^;。!?\n]{0,20}?[一二三四首\d]期(?:工程|项目)?(?:年产|建设|规模)?"
)


_RESPECTIVELY = re.compile(r"分别(?:达到|增至|增加到|提高到|提高至|提升到|提升至|扩大到|扩至|为|是|达)?")
# A clause that is a list of products, then what of them (生产能力/产能) before 分别 (a year or a
# country first is no item: 2004年丁醇和辛醇…, 我国丁醇和辛醇…).
_LIST_BEFORE_RESPECTIVELY = re.compile(
    r"(?:[^,;:。!?\n]*?的)?\s*(?:(?:19|20)\d{2}\s*年|我国|全国|国内|中国|全球|世界|目前|届时|现有)*"
    r"(?P<items>[\u3400-\u9fffA-Za-z0-9\-]+?(?:(?:、|和|及|与)[\u3400-\u9fffA-Za-z0-9\-]+?)+?)"
    r"(?:的)?(?:年?生产能力|年?产能|生产规模|规模)(?:将|均|已)?\s*$"
)
_LIST_ITEM = re.compile(r"[^、和及与]+")


def _respective_products(
    ctx: _Context, capacities: list[figures.Capacity]
) -> dict[figures.Capacity, tuple[str | None, tuple[int, int]]]:
    """Figures listed after 分别 for products listed before it in its clause, paired in order (乙烯、
    聚乙烯、聚丙烯生产能力将分别达到24万吨/年、26万吨/年和16万吨/年)."""
    paired: dict[figures.Capacity, tuple[str | None, tuple[int, int]]] = {}
    for word in _RESPECTIVELY.finditer(ctx.text):
        clause_start, clause_end = ctx.segments.clause(word.start())
        after = [c for c in capacities if word.end() <= c.start < clause_end and len(c.values) == 1]
        listed = _LIST_BEFORE_RESPECTIVELY.match(ctx.text, clause_start, word.start())
        if len(after) < 2 or listed is None:
            continue
        items = [m.span() for m in _LIST_ITEM.finditer(ctx.text, listed.start("items"), listed.end("items"))]
        if len(items) != len(after):
            continue
        products = [_whole_product(ctx, *item) for item in items]
        if all(product is not None for product, _ in products):
            paired.update(zip(after, products, strict=True))
    return paired


def _whole_product(ctx: _Context, start: int, end: int) -> tuple[str | None, tuple[int, int]]:
    """The product named by exactly ``text[start:end]``: the data's, or one it lacks."""
    for m in ctx.mentions.everything():
        if m.start == start and m.end == end and m.id and (product := ctx.lexicon.product_of(m.id)):
            return product, (start, end)
    new = _new_product(ctx, start, end)
    return new[0] if new else (None, (start, end))


_EXISTING = re.compile(r"现有的?(?:年产|产能|生产能力)?$")
# The firm as the subject of a figure (该公司目前在朱拜勒生产45.5万吨/年丙烯): its plants, not a project's.
_FIRM_SUBJECT = re.compile(r"(?:该|本|其|此|这家)(?:公司|企业|集团)")
_PLANT_WORD = re.compile(r"项目|装置|工程")


def _firms_plant(ctx: _Context, start: int, end: int) -> bool:
    """A figure said of a firm the data lacks (该公司目前在朱拜勒生产45.5万吨/年丙烯), not of the
    article's project: the firm is its sentence's subject and no project is named after it (该公司年产
    36万吨氨纶项目 is the project's)."""
    sentence_start, _ = ctx.segments.sentence(start)
    _, clause_end = ctx.segments.clause(start)
    return bool(_FIRM_SUBJECT.search(ctx.text, sentence_start, start)) and not _PLANT_WORD.search(
        ctx.text, end, clause_end
    )


# After a part's figure, the next item of the sentence; what would make the later figure a share of this one.
_NEXT_PART = re.compile(r"\s*(?:/年|t/a)?\s*[、,和及]")
_SHARE_OF = re.compile(r"其中|包括|分别|占|以上|左右")
_EACH = re.compile(r"每|单套|单条|单线|单台")


def _product_of_whole(
    ctx: _Context, part: figures.Capacity, found: list[figures.Capacity]
) -> list[tuple[str | None, tuple[int, int]]]:
    """Parts named by their figures only, before the figure that names their product in the same
    sentence (迁建20万吨、扩建60万吨,将形成80万吨差别化纤维生产规模): that product."""
    if not _NEXT_PART.match(ctx.text, part.end) or _EACH.search(
        ctx.text, ctx.segments.clause(part.start)[0], part.start
    ):
        return []  # 每条生产线生产规模均为3.33万t/a: one line's, not a part of the whole
    for later in (c for c in found if c.start >= part.end):
        gap = ctx.text[part.end : later.start]
        if not _same_sentence(ctx, part, later) or len(gap) > _MAX_PARTS_GAP or _SHARE_OF.search(gap):
            return []
        if any(m.id and part.end <= m.start < later.start for m in ctx.mentions.everything()):
            return []  # a product, firm or place of its own between them
        if gap in _LIST_JOINERS and max(part.values) > max(later.values):
            return []  # (1500万吨/年和150万吨/年乙烯): a refinery's run, larger than any part of the ethylene
        products = _products_at(ctx, later.end, ctx.segments.clause(later.start)[1])
        if products:
            return products if len(products) == 1 and len(later.values) == 1 else []
        part = later
    return []


# 锦纶6切片、锦纶6长丝各18万吨: one figure for every item of the list that 各 closes.
_EACH_OF_LIST = re.compile(r"各\s*$")


def _items_before(text: str, clause_start: int, end: int) -> list[tuple[int, int]]:
    """The items of a list (、和及与 outside brackets) that ends at ``end``, last first, back to the
    clause's start."""
    items: list[tuple[int, int]] = []
    depth, item_end = 0, end
    for position in range(end - 1, clause_start - 1, -1):
        depth += {")": 1, "(": -1}.get(text[position], 0)
        if depth == 0 and text[position] in "、和及与":
            items.append((position + 1, item_end))
            item_end = position
    items.append((clause_start, item_end))
    return items


def _each_listed(
    ctx: _Context,
    clause_start: int,
    cap: figures.Capacity,
    last: tuple[str | None, tuple[int, int]],
    found: list[figures.Capacity],
) -> list[tuple[str | None, tuple[int, int]]]:
    """The products of a list closed by 各 right before the figure, ``last`` being the one the figure's
    own rules found for its last item: every item's product, back to an item with a figure of its own;
    none when an item names no product."""
    each = _EACH_OF_LIST.search(ctx.text, clause_start, cap.start)
    if each is None:
        return []
    listed = [last]
    for start, end in _items_before(ctx.text, clause_start, each.start())[1:]:
        if any(start <= other.start < end for other in found):
            break  # 20万吨PP、…: an item with its own figure
        unknown = _UNKNOWN_BEFORE.search(ctx.text, start, end) if start == clause_start else None
        name_start, name_end = unknown.span(1) if unknown is not None else (start, end)
        product, span = _whole_product(ctx, name_start, name_end)
        if product is None:
            return []
        listed.insert(0, (product, span))
    return listed if len(listed) > 1 else []


def _capacity_facts(ctx: _Context) -> list[Fact]:
    facts = []
    unnamed: list[tuple[figures.Capacity, int]] = []  # figures of no product, after a word of capacity
    before: tuple[figures.Capacity, list[tuple[str | None, tuple[int, int]]]] | None = None
    found = figures.capacities(ctx.text)
    respective = _respective_products(ctx, found)
    explained = _explained(ctx.text, found)
    for cap in found:
        if ctx.inside_known_name(cap.start, cap.end):
            continue  # 中化泉州100万吨/年乙烯…项目: part of a name the data has
        if cap in explained:
            continue  # 10万吨生物降解新材料(10万吨PBAT或者10万吨PBS): what the figure before is
        clause_start, clause_end = ctx.segments.clause(cap.start)
        products = [respective[cap]] if cap in respective else _products_at(ctx, cap.end, clause_end)
        # 35万吨苯酚丙酮、20万吨双酚A、20万吨/年纯苯3套装置: the count is of the list's plants
        last_of_list = before is not None and _LIST_ITEM_BEFORE.fullmatch(ctx.text, before[0].end, cap.start)
        # …产能将扩大6万吨/年,…届时产能将达到11万吨/年: what the plant of the figure before reaches
        then = _THEN_REACHES.search(ctx.text, max(0, cap.start - 12), cap.start)
        if not products and then is not None and before is not None and _same_sentence(ctx, before[0], cap):
            products = before[1]
        if not products and not _NAMED_AFTER.match(ctx.text, cap.end):
            products = _product_before(ctx, cap.start, cap.end)  # 聚丙烯产能50万吨; not 40万吨/年HDPE
        elif [p for p, _ in products] == [NEW_PRODUCT + "新材料"]:
            # 年产聚苯乙烯100万吨新材料项目: the word after the figure says only what kind of project it is
            before_it = _product_before(ctx, cap.start, cap.end) or _new_product_before(
                ctx, clause_start, cap.start
            )
            products = before_it or products
        # IPDI的产能将从1.5万吨/年提升到3万吨/年, 20万吨的PP装置…建成投产,并于2001年改扩建到28万吨/年:
        # the same product's
        if not products and before is not None and _raised(ctx, before[0], cap, {p for p, _ in before[1]}):
            products = before[1]
        # 年产20万吨γ-丁内酯项目一期10万吨已投料试车: a phase's share of the plant named before it
        if (
            not products
            and before is not None
            and len(before[1]) == 1
            and _same_sentence(ctx, before[0], cap)
            and _PHASE_AFTER_PLANT.fullmatch(ctx.text, before[1][0][1][1], cap.start)
        ):
            products = before[1]
        if not products:
            products = _product_of_whole(ctx, cap, found)
        before = (cap, products)
        slash = _SLASH_LIST.match(ctx.text, products[0][1][0]) if len(products) > 1 else None
        if (
            slash is not None
            and len(cap.values) == 1
            and not any(p[:1].isdigit() for p in slash.group(0).split("/"))
        ):
            # 2×100万吨PBAT/PBS/PBT/PTMEG: one figure for the list, their joint output (环氧乙烷/乙二醇装置:
            # up to the last product's name); 丙烯酸甲酯/丙烯酸乙酯, two names of one product of the data: its
            span = (products[0][1][0], products[-1][1][1])
            ids = {p for p, _ in products}
            one = next(iter(ids)) if len(ids) == 1 else None
            known = one is not None and not one.startswith(NEW_PRODUCT)
            products = [(one if known else NEW_PRODUCT + ctx.text[span[0] : span[1]], span)]
        values = cap.values
        if (
            len(values) == 1
            and len(products) == 1
            and (listed := _each_listed(ctx, clause_start, cap, products[0], found))
        ):
            products, values = listed, values * len(listed)
        if len(products) != len(values):
            if not products and len(values) == 1:
                unnamed.append((cap, clause_start))
            continue  # 20/45万吨 with one product, or a figure with none: not attached
        if any(ctx.text[start:end] == "原油" for _, (start, end) in products):
            continue  # 1500万吨原油, 2050万t/a原油加工能力: a refinery's intake, no product made
        if _NOT_MADE.search(ctx.text, clause_start, cap.start) or _RUN_OR_OUTPUT_BEFORE.search(
            ctx.text, max(clause_start, cap.start - 12), cap.start
        ):
            continue  # 年用原料煤…, 节省…轻柴油, 年炼油能力达…, 乙烯产量达到…: taken in, saved, run, made
        counted = (
            _SETS_AFTER.match(ctx.text, products[0][1][1]) if len(values) == 1 and not last_of_list else None
        )
        if counted is not None:  # 20万吨/年聚丙烯装置两套: 40万吨 in all
            values = (values[0] * figures.sets(counted.group(1)),)
        # No project or firm to hold it (a district's target): kept unattached, as money is. A plant the
        # firm has already (是在现有年产2万吨氨纶生产线的基础上) is the firm's, never the new project's.
        if _EXISTING.search(ctx.text, max(0, cap.start - 6), cap.start):
            holder = ctx.nearest_before(cap.start, frozenset({"Enterprise"}))
        else:
            # …年产9万吨环氧树脂…材料的四川某某科技有限责任公司: the firm or project the figure qualifies
            # (A项目由B集团投资,…,年产70万吨苯乙烯: the project's, the firm its investor)
            holder = _qualified_player(ctx, products[-1][1][1]) or _past_agent(
                ctx, ctx.nearest_before(cap.start, PLAYERS)
            )
            if holder is None and not _firms_plant(ctx, cap.start, cap.end):
                holder = ctx.anaphor(cap.start) or ctx.main_project
        for value, (product, span) in zip(values, products, strict=True):
            if product is None:
                continue  # no product's name (EO/其他), paired with one it has
            facts.append(_capacity_fact(ctx, cap, value, holder, product, span, [span]))
    return facts + _holders_product(ctx, facts, unnamed)


def _capacity_fact(
    ctx: _Context,
    cap: figures.Capacity,
    value: float,
    holder: Mention | None,
    product: str,
    product_span: tuple[int, int] | None,
    quoted: list[tuple[int, int]],
) -> Fact:
    """``holder``'s capacity of ``product``, quoted with its figure, the spans ``quoted`` and the
    holder when the figure's sentence names it (else the holder is inferred)."""
    sentence = ctx.segments.sentence(cap.start)
    spans = [(cap.start, cap.end), *quoted]
    named = holder is not None and ctx.segments.sentence(holder.start) == sentence
    if holder is not None and named:
        spans.append((holder.start, holder.end))
    return Fact(
        "capacity",
        holder,
        value,
        ctx.quote(*spans),
        (cap.start, cap.end),
        product=product,
        product_span=product_span if product.startswith(NEW_PRODUCT) else None,
        holder_inferred=not named,
    )


# A word of capacity right before a figure of no product: 年产能60万吨, 设计产能为15万吨/年.
_CAPACITY_LEAD = re.compile(
    r"(?:设计|规划|实际)?(?:年产能|产能|年产量|年?生产能力|(?:生产|年产)规模)(?:将|可|规划)?"
    r"(?:达到|达|为|是|约为|约|超过|近)?\s*$"
)

# A word that names what the capacity is of, right before the word of capacity (形成煤化工|产能732万吨),
# unless it is the plant's or a time's (该项目|年产能, 一期|产能, 目前|产能).
_WORD_BEFORE_LEAD = re.compile(r"[\u3400-\u9fff](?<![的其总前有时后期目置厂地成备将年])(?<!工程)$")


# …or right after it: (改扩建到目前的)30万吨/年规模.
_SCALE_AFTER = re.compile(r"\s*(?:/年)?\s*的?(?:年?产能|生产能力|(?:生产)?规模)")


# A project's own product, between its firm's word and its plant's: 永荣科技|己内酰胺|一体化项目.
_PLANT_IN_NAME = re.compile(
    r"(?:科技|化工|石化|化学|集团|公司|股份|新材料|实业)([\u3400-\u9fffA-Za-z0-9]{2,10}?)(?:一体化|搬迁|改扩建|扩建|技改|改造|升级|扩能|整体)*(?:项目|装置|工程)$"
)
# A total of a firm, a place or the world, or a part of one: no one plant's (总产能, 全市…年产能).
_WHOLE_OF = re.compile(r"世界|全球|全国|国内|我国|全[市省区县]|总|合计|累计|其中|[、等]")


def _holders_product(
    ctx: _Context, facts: list[Fact], unnamed: list[tuple[figures.Capacity, int]]
) -> list[Fact]:
    """A plant's capacity said without its product (该项目…,年产能60万吨): of the one product its
    holder (the project named before it in the sentence, else the article's) makes by the article's
    other figures or names in its own name (永荣科技己内酰胺项目)."""
    found = []
    for cap, clause_start in unnamed:
        sentence_start, _ = ctx.segments.sentence(cap.start)
        lead = _CAPACITY_LEAD.search(ctx.text, clause_start, cap.start)
        stated = lead or _SCALE_AFTER.match(ctx.text, cap.end)
        if (
            not stated
            or (lead is not None and _WORD_BEFORE_LEAD.search(ctx.text, clause_start, lead.start()))
            or _OTHER_QUANTITY.search(ctx.text, clause_start, cap.start)
            or _WHOLE_OF.search(ctx.text, clause_start, cap.start)
            or _MANY_PRODUCTS.search(ctx.text, sentence_start, cap.start)
        ):
            continue
        holder = ctx.nearest_before(cap.start, PLAYERS) or ctx.anaphor(cap.start) or ctx.main_project
        if holder is None:
            continue
        made = {(f.product, f.product_span) for f in facts if f.holder == holder and f.product}
        if holder.label == "Project" and not made:  # a project's name names its product, a firm's does not
            made = {(product, None) for product, _ in _products_between(ctx, holder.start, holder.end)}
            plant = _PLANT_IN_NAME.search(ctx.text, holder.start, holder.end)
            if not made and plant is not None:  # 永荣科技己内酰胺一体化项目: one the data lacks
                made = {(product, span) for product, span in _new_product(ctx, *plant.span(1)) if product}
        if len({product for product, _ in made}) != 1:
            continue
        product, span = next(iter(made))  # quoted with its figure and holder, not where else it is named
        found.append(_capacity_fact(ctx, cap, cap.values[0], holder, product, span, []))
    return found


_BRACKET_AFTER = re.compile(r"[^,;:。!?\n()]{1,16}?\(")


def _closing(text: str, start: int) -> int | None:
    """Where the bracket opened right before ``start`` closes, brackets inside it skipped."""
    depth = 1
    for position in range(start, min(len(text), start + 200)):
        depth += {"(": 1, ")": -1}.get(text[position], 0)
        if depth == 0:
            return position
    return None


def _explained(text: str, found: list[figures.Capacity]) -> set[figures.Capacity]:
    """The figures inside a bracket right after a figure and its product that repeat its value: they
    say what it is (年产10万吨生物降解新材料(10万吨PBAT或者10万吨PBS)), not plants of their own."""
    explained: set[figures.Capacity] = set()
    for cap in found:
        bracket = _BRACKET_AFTER.match(text, cap.end)
        close = _closing(text, bracket.end()) if bracket is not None else None
        if bracket is None or close is None:
            continue
        inside = [c for c in found if bracket.end() <= c.start and c.end <= close]
        if inside and all(c.values == cap.values for c in inside):
            explained.update(inside)
    return explained


def _project_holder(ctx: _Context, position: int, labels: frozenset[str]) -> Mention | None:
    """The project (or park, for an area) a money or area figure at ``position`` belongs to."""
    nearest = _past_agent(ctx, ctx.nearest_before(position, labels | {"Enterprise"}))
    if nearest is not None and nearest.label == "Park":
        # 项目在泉港石化工业园区开工,占地1092亩: the project, named earlier in the sentence, is the subject.
        project = _past_agent(ctx, ctx.nearest_before(position, frozenset({"Project", "Enterprise"})))
        nearest = project if project is not None and project.label == "Project" else nearest
    if nearest is None:
        return ctx.anaphor(position)
    if "等" in ctx.text[nearest.end : position] or _COUNTED_PROJECTS.search(ctx.text, nearest.end, position):
        return None  # 地下粮库…等12个项目、总投资200亿元, A项目…,10-50亿元项目40个,总投资额785亿元: a total
    if nearest.label == "Enterprise":
        # 天马科技投资19.9亿元建设X项目: the project after the amount, in the same clause.
        _, clause_end = ctx.segments.clause(position)
        after = [m for m in ctx.within(position, clause_end, frozenset({"Project"}))]
        return after[0] if after else None
    return nearest


_QUALIFIES_PLAYER = re.compile(r"[^,;:。!?\n、及和与]{0,12}?的")


def _qualified_player(ctx: _Context, position: int) -> Mention | None:
    """The firm or project named right after a 的 that ends the words after a product's name at
    ``position`` (年产9万吨环氧树脂涂装材料的|某某科技有限责任公司): what the figure describes."""
    of = _QUALIFIES_PLAYER.match(ctx.text, position)
    if of is None:
        return None
    return next((m for m in ctx.mentions.top if m.start == of.end() and m.label in PLAYERS), None)


_BY_AGENT = re.compile(r"由\s*$")


def _past_agent(ctx: _Context, mention: Mention | None) -> Mention | None:
    """A firm said as the agent of the sentence's project (A项目由B公司投资建设,总投资300亿元): that
    project, the subject the figures after it are said of; else ``mention``."""
    if mention is None or mention.label != "Enterprise":
        return mention
    if _BY_AGENT.search(ctx.text, max(0, mention.start - 2), mention.start) is None:
        return mention
    sentence_start, _ = ctx.segments.sentence(mention.start)
    before = ctx.within(sentence_start, mention.start, frozenset({"Project"}))
    return before[-1] if before else mention


_PER_SHARE = re.compile(r"EPS|每股")
_PER_TONNE = re.compile(r"每吨|每公斤|每千克|每立方米")
_OF_THE_PROJECT = re.compile(r"(?:元|人民币)?的")
# A project's name not read, right after an amount that qualifies it (…亿元的中骏世界城项目).
_UNNAMED_PROJECT_AFTER = re.compile(r"[^,;:。!?\n、的]{2,20}?项目")
# A count of projects: what follows it is their total.
_COUNTED_PROJECTS = re.compile(rf"项目\s*{HOW_MANY}|{HOW_MANY}[^,;:。!?\n]{{0,8}}项目")


def _qualified_projects(ctx: _Context, start: int, end: int | None) -> list[Mention]:
    """The project named right at ``start``, or read where what an amount qualifies ends at ``end``
    (投资4亿元的一项外商投资高分子工程材料项目)."""
    return [
        m
        for m in ctx.mentions.top
        if m.label == "Project"
        and (m.start == start or (end is not None and start <= m.start and m.end == end))
    ]


def _money_facts(ctx: _Context) -> list[Fact]:
    """Every yuan amount: investments (总投资, 合同金额) attached to their project as before; output
    (产值), revenue (营收) and other amounts (税收) to the same holder, for the record only. An
    amount said of no project (a campaign's total) is kept with no holder."""
    facts = []
    for amount in figures.money(ctx.text):
        if ctx.inside_known_name(amount.start, amount.end):
            continue
        if _PER_SHARE.search(ctx.text, max(0, amount.start - 6), amount.start):
            continue  # 去年EPS3.26元: a share's earnings, no sum of money
        if _PER_TONNE.search(ctx.text, ctx.segments.clause(amount.start)[0], amount.start):
            continue  # 将每吨不足40元的石灰石、60元的盐…转化为…: prices, one 每吨 said for the list
        if ctx.text.startswith("钱", amount.end):
            continue  # 利润是1元钱,…就是6元钱: an illustration, no one's money
        # 投资50亿的X项目: the project the amount qualifies; else the one it is said of
        of = _OF_THE_PROJECT.match(ctx.text, amount.end)
        qualified = _UNNAMED_PROJECT_AFTER.match(ctx.text, of.end()) if of is not None else None
        named = _qualified_projects(ctx, of.end(), qualified.end() if qualified else None) if of else []
        if qualified is not None and not named:
            holder = None  # 灌云县投资50亿元的中骏世界城项目: of a project not read, not of one named before
        else:
            holder = named[0] if named else _project_holder(ctx, amount.start, frozenset({"Project"}))
        near = _near(ctx, holder, amount.start) if holder is not None else (amount.start, amount.end)
        span = ctx.quote((amount.start, amount.end), near)
        kind = amount.kind or "other"
        unread = qualified is not None and not named
        facts.append(
            Fact(
                kind,
                holder,
                amount.value,
                span,
                (amount.start, amount.end),
                spent=amount.spent,
                of_unread=unread,
            )
        )
    return facts


def _area_facts(ctx: _Context) -> list[Fact]:
    facts = []
    for area in figures.areas(ctx.text):
        if ctx.inside_known_name(area.start, area.end):
            continue
        holder = _project_holder(ctx, area.start, frozenset({"Project", "Park"}))
        if holder is None:
            continue
        bracketed = _PARENTHETICAL.fullmatch(ctx.text, holder.end, area.start) is not None
        if area.stated_as_area or bracketed:
            span = ctx.quote((area.start, area.end), _near(ctx, holder, area.start))
            facts.append(Fact("area", holder, area.value, span, (area.start, area.end)))
    return facts


def _near(ctx: _Context, holder: Mention, position: int) -> tuple[int, int]:
    """The holder's span when it is named in the same sentence as ``position``; else the position."""
    same = ctx.segments.sentence(holder.start) == ctx.segments.sentence(position)
    return (holder.start, holder.end) if same else (position, position + 1)


# 继2010年建成A、2012年建成B之后,建设的又一项…: the milestones the project follows, of other works.
_EARLIER_MILESTONES = re.compile(
    r"继(?=[^,;。!?\n]{0,10}?(?:\d{4}年|建成|投产))[^;。!?\n]{2,100}?(?:之后|以后|后)"
)


def _status_facts(ctx: _Context, verbs: list[figures.StatusVerb]) -> list[Fact]:
    facts = []
    dates = figures.dates(ctx.text)
    earlier = [m.span() for m in _EARLIER_MILESTONES.finditer(ctx.text)]
    for verb in verbs:
        if any(m.start <= verb.start < m.end for m in ctx.mentions.around(verb.start)):
            continue  # 签约 inside 签约招商项目, a name
        if any(start < verb.start < end for start, end in earlier):
            continue
        clause = ctx.segments.clause(verb.start)
        sentence = ctx.segments.sentence(verb.start)
        # 本次签约项目有A,B,C: a heading whose list runs on over the sentence's clauses (to the next heading)
        intro = _HEADING_INTRO.match(ctx.text, verb.end) if verb.heading else None
        if intro is not None:
            clause = (clause[0], intro.end())
        # The project in the verb's clause; else one named before it in the sentence (项目位于…,于3月开工);
        # else the projects listed after it (签约项目3个,分别是A、B和C).
        projects = (
            []
            if intro is not None
            else [
                m
                for m in ctx.within(*clause, frozenset({"Project"}))
                if not (_anchor(ctx, m) or _part(ctx, m))
            ]
            or [
                m
                for m in ctx.within(*sentence, frozenset({"Project"}))
                if m.end <= verb.start
                and ";" not in ctx.text[m.end : verb.start]  # ; ends a statement
                and "其中" not in ctx.text[m.end : verb.start]  # A、B等项目签约,其中已开工项目13个
                # A项目已报审批,B和C等一批项目陆续开工: the verb's clause has its own list, of names not read
                and not _LIST_CLOSED_BEFORE.search(ctx.text, max(m.end, clause[0]), verb.start)
                and not (_anchor(ctx, m) or _part(ctx, m))
                # A项目在内的70个项目正加快推进,部分项目已经投产: some of them, not A
                and not _SOME_OF_THEM.match(ctx.text, clause[0], verb.start)
                # A、B等项目建设,争取C项目建成运营: the verb's clause has its own subject, a name not read
                and not (m.end <= clause[0] and _UNREAD_SUBJECT.match(ctx.text, clause[0], verb.start))
            ]
        )
        listed = (
            []
            if projects
            else _listed_later(ctx, clause[1], _next_heading(verbs, verb, sentence[1]))
            if verb.heading
            else _table_under(ctx, verb.start)
            or _listed_after(ctx, clause[1], sentence[1])
            or _listed_by_kind(ctx, clause, sentence[1])
            or _listed_next(ctx, clause)
            or _batch_named_next(ctx, verb.start, verb.end)
            or _planned_works(ctx, verb, clause, sentence[1])
            or _headed_next(ctx, verb, clause)
            or _numbered_after(ctx, clause)
            or _signed_to_build(ctx, verb, clause, sentence[1])
        )
        if listed:
            holder, projects = listed[0], listed
        elif projects:
            # The project a verb qualifies (已建成投产的A项目), else its subject before it (A项目开工、
            # B项目…), else the nearest after it.
            subjects = [m for m in projects if m.end <= verb.start]
            after = min(projects, key=lambda m: abs(verb.end - m.start))
            qualified = after.start >= verb.end and _QUALIFIES.fullmatch(ctx.text, verb.end, after.start)
            holder = after if qualified or not subjects else max(subjects, key=lambda m: m.end)
            unread = not qualified and subjects and _QUALIFIES_UNREAD.match(ctx.text, verb.end)
            if unread and "是" not in ctx.text[holder.end : verb.start]:
                continue  # A项目已签约,…此次开工的橡塑项目: 开工 is said of a project not read
            if holder.end <= verb.start and _stage_then_next_item(ctx.text[holder.end : verb.start]):
                continue  # A项目开工、B部分项目投产: B (a name not read) is 投产's subject
            if not subjects and ctx.text[verb.end : holder.start].strip() == "、":
                continue  # A企业项目集中竣工、B基地开工: the stage of the item before (a name not read)
        else:
            anaphor = ctx.anaphor(verb.start)
            if anaphor is None and _PROJECT_AGREEMENT.match(ctx.text, verb.end):
                anaphor = ctx.main_project  # 与A公司签下项目投资协议书: the article's project
            anaphor = (
                anaphor
                or _named_before_without_suffix(ctx, sentence[0], verb.start)
                or _paragraph_heading(ctx, verb.start)
                or _speakers_project(ctx, verb.start)
            )
            if anaphor is None:
                continue
            holder = anaphor
        # 二期…氨纶项目2020年10月开工建设,今年5月首条生产线建成投产: the first line of the project named
        # before it in the sentence is that project's
        if not listed and _FIRST_UNIT.fullmatch(holder.name):
            named = [
                m
                for m in ctx.within(sentence[0], holder.start, frozenset({"Project"}))
                if not _FIRST_UNIT.fullmatch(m.name)
            ]
            holder = named[-1] if named else holder
            projects = [holder]
        heading = _VERB_OF_LIST.match(ctx.text, verb.end, clause[1])
        if heading is not None and not listed:  # 这些开工项目包括A(…)、B(…)和C…: the verb of them all
            listed = [m for m in projects if m.start >= heading.end()]
            holder = listed[0] if listed else holder
        holders = listed or [
            holder,
            *_listed_with(ctx, holder, projects),
            *_comma_listed(ctx, holder, verb.start),
        ]
        status = ProjectStatus.INTENDED if verb.future else verb.status
        first = min(each.start for each in holders)
        opening = _PLAN_OPENING.fullmatch(ctx.text, clause[0], first) if clause[0] <= first else None
        if (
            opening
            and not verb.due
            and verb.start >= first  # (not 签约 in 推进已签约的A: what the projects are)
            and (
                not opening.group(0).endswith(("推进", "抓好"))  # (works pushed on go on)
                or _START.match(ctx.text, verb.start)
                or _STAGES_AIMED_AT.search(ctx.text, max(0, verb.start - 12), verb.start)
            )
        ):
            status = ProjectStatus.INTENDED  # 推动A、B等5个项目落地动建: the clause opens with the plan
        # What the verb's sentence says is done, from the holder (or, for one named before, from the
        # sentence's start: 项目…。项目业主临时办公场所建成…).
        said_of = max(holder.end, sentence[0])
        before_verb = holder.end <= verb.start
        part = before_verb and _PART_OF_PLANT.match(ctx.text, max(said_of, clause[0]), verb.start)
        trial = any(word in ctx.text[verb.start : verb.end] for word in ("试车", "开车", "试生产", "试产"))
        # (a facility named from the holder on, or from the verb's clause on: 目前,水、电…系统配套…投用)
        aside = before_verb and any(
            _AUXILIARY.match(ctx.text, start, verb.start) for start in {said_of, max(said_of, clause[0])}
        )
        built = ctx.text[verb.start : verb.end] in ("建成", "竣工") and (
            (before_verb and _PARTS_BUILT.fullmatch(ctx.text, max(said_of, clause[0]), verb.start))
            or _PARTS_AFTER.match(ctx.text, verb.end) is not None  # 项目已建成4栋机房: some of its buildings
        )
        if status == ProjectStatus.OPERATING and ((part and trial) or aside or built) and len(holders) == 1:
            # A装置挤压造粒机组试车成功, A项目…临时办公场所建成投入使用, A项目,…生产车间已建成: a part runs
            # or stands, A is still being built
            status = ProjectStatus.UNDER_CONSTRUCTION
        # The date nearest before the verb in its sentence: 3月1日,…项目…开工建设.
        before = [d for d in dates if sentence[0] <= d.start and d.end <= verb.start]
        # (or in a clause that is only a date, right before the verb's: 2011年12月底,项目初步竣工)
        date_clause = ctx.segments.clause(clause[0] - 1)[0] if clause[0] > sentence[0] else clause[0]
        in_clause = [
            d
            for d in before
            if d.start >= clause[0]
            or (
                _DATE_ONLY_CLAUSE.fullmatch(ctx.text, date_clause, d.start)
                and _CLAUSE_GAP.fullmatch(ctx.text, d.end, clause[0])
            )
        ]
        latest = max(in_clause, key=lambda d: d.start) if in_clause else None
        expected = verb.due
        if (
            latest is not None
            and not verb.due
            and _after_published(latest, ctx.published)
            and not _ALREADY.search(ctx.text, max(0, latest.start - 4), latest.start)
        ):
            # 2025年年底建成投产, in a text of 2022: a plan (项目预计2024年4月建成: one under way); but
            # 已于10月16日建成投产 has happened, whatever the page's date says. A completion the sentence
            # only dates (一汽丰田四工厂项目,…2018年投产) is of a project being built, unless a plan comes
            # before it (拟建A项目,2025年投产) or 建成 says what a plan will make (将建成…基地).
            due = (
                status == ProjectStatus.OPERATING
                and not _BUILDS_INTO.match(ctx.text, verb.start)
                and not any(
                    sentence[0] <= other.start < verb.start
                    and (other.future or other.status in (ProjectStatus.INTENDED, ProjectStatus.SIGNED))
                    for other in verbs
                )
            )
            status = ProjectStatus.UNDER_CONSTRUCTION if due else ProjectStatus.INTENDED
            expected = due
        date, inferred = (None, 0)
        if before and status != ProjectStatus.INTENDED:
            date, inferred = max(before, key=lambda d: d.start).iso(ctx.published)
        for each in holders:
            # (an item of a list the verb heads is quoted with it, even from the next sentence)
            near = (each.start, each.end) if each in listed else _near(ctx, each, verb.start)
            span = ctx.quote((verb.start, verb.end), near)
            facts.append(
                Fact(
                    "status",
                    each,
                    str(status),
                    span,
                    (verb.start, verb.end),
                    date=date,
                    date_inferred=inferred > 0,
                    expected=expected,
                )
            )
    return facts


# One project named right before the verb, not 该项目, a list's closer nor a count
# (争取C二期30万台主机项目建成运营; not 推进A、B等一批已签项目开工建设, 确保5个以上项目建成投产).
_UNREAD_SUBJECT = re.compile(
    r"[^、等个]*[\u3400-\u9fffA-Za-z0-9]{2}(?<![该本此这])项目(?:已经|已|将|正在|正|均|都|也|全面|正式|顺利|尽快|早日)*$"
)


# 建成 with what is built after it (将建成全国最大的环保包装基地, 建成一套5万吨/年装置): what a plan makes.
_BUILDS_INTO = re.compile(r"(?:全部|全面)?建成(?![,;:。!?\n]|投产|投用|投运|运营|达产|$)")


# A batch the article reports as done (51个重点项目集中开工, 集中签约): the stage of every project it
# names after it and gives no stage of its own.
_BATCH_VERB = re.compile(r"集中(?:举行)?$")
# (not a project in a sentence of fields, talks, plans, reserves or a chain: 项目涉及A、B, 聚焦…, 洽谈,
# 储备了A、B等项目)
_NOT_OF_BATCH = re.compile(r"涉及|聚焦|洽谈|拟|向下游|产业链|储备")
# …not when the batch is planned (将集中开工)
_NO_BATCH_STAGE = re.compile(r"(?:将|拟|计划|准备)[^,;。!?\n]{0,6}集中(?:开工|签约|竣工|投产)")
_BUILDS_BEFORE = re.compile(r"(?:建设|新建|建成)$")  # 主要建设A项目和B项目: the parts of another
_GENERIC_WORDS = re.compile(
    r"项目|建设|工程|生产|制造|基地|产业园?|园区|新型|新|高端|绿色|智能|外资|业|及|和|、|一体化|综合|深加工|关键|系列|交通"
)


# A park a firm or a trade builds (比亚迪新能源汽车零部件产业园, 钢铁工业园), not a zone that governs
# (长沙高新区, 宜春经开区, 上海化学工业区), where other projects start.
# (and a logistics park, which the rule for names before 项目 leaves out)
_BUILT_PARK = re.compile(rf"(?<!经济)(?<!经开)(?<!高新)(?:{'|'.join(BUILT_PARK_KINDS)}|物流园区?)$")
# (在A产业园, 与A产业园签订: where a project stands, a party to a contract)
_AT_PARK = re.compile(
    r"(?:在|于|落户|落地|入驻|进驻|位于|入园|签约|到|至|赴|走进|来到|深入|考察|调研|与|和)$"
)
# (A产业园首个项目开工, A产业园管委会签订, A产业园…集中开工: the park's projects, its government)
_PARKS_OTHERS = re.compile(r"项目|企业|与|和|管|集中")
# (A产业园启动建设,…的7个项目集中开工: the park hosts a batch)
_BATCH_IN_SENTENCE = re.compile(r"[\d一二三四五六七八九十两几]+个(?:重[点大])?(?:产业)?项目|集中")
# (A产业园签约了五个重点项目, 落户企业39家: what the park brings in)
_PARK_BRINGS_IN = re.compile(r"了?(?:[\d一二三四五六七八九十两几]+[个家项]|企业|项目)")


def parks_being_built(
    text: str, segments: Segments, mentions: Mentions, verbs: list[figures.StatusVerb]
) -> set[str]:
    """The names of the new parks that are the subject of a stage verb in a clause naming no
    project (A产业园正式开工建设, A产业园将于6月开工): parks being built, which are projects.
    Not a park's plan (A产业园总体规划), nor what it brings in (A产业园引进…)."""
    names = set()
    for verb in verbs:
        if (
            (verb.status == ProjectStatus.INTENDED and not verb.future)
            or text[verb.start : verb.end] in ("引进", "落户")
            or _PARK_BRINGS_IN.match(text, verb.end)
        ):
            continue
        clause_start, clause_end = segments.clause(verb.start)
        sentence_start, sentence_end = segments.sentence(verb.start)
        if _BATCH_IN_SENTENCE.search(text, verb.end, sentence_end):
            continue  # the start of the projects it hosts
        around = [m for m in mentions.top if sentence_start <= m.start and m.end <= clause_end]
        if any(m.label == "Project" for m in around):
            continue
        parks = [
            m
            for m in around
            if m.label == "Park"
            and m.is_new
            and clause_start <= m.start
            and m.end <= verb.start
            and _BUILT_PARK.search(m.name)
            and not _AT_PARK.search(text, max(0, m.start - 2), m.start)
            and not _PARKS_OTHERS.search(text, m.end, verb.start)
        ]
        if parks:
            names.add(parks[-1].name)
    return names


_LIST_CLOSED_BEFORE = re.compile(r"等[^,;。!?\n]{0,10}项目")
# The subject of a clause that is some of the projects said before, none named.
_SOME_OF_THEM = re.compile(r"\s*(?:其中)?(?:部分|个别|一些|有的|少数|多数|大部分|大多数)(?:重点)?项目")


def _generic(name: str) -> bool:
    """A kind of project, not one (储能项目, 新能源汽车项目, 外资制造业项目)."""
    return len(_GENERIC_WORDS.sub("", INDUSTRY_WORDS.sub("", name))) <= 1


def _with_batch(ctx: _Context, verbs: list[figures.StatusVerb], facts: list[Fact]) -> list[Fact]:
    batch = [verb for verb in verbs if _BATCH_VERB.search(ctx.text, max(0, verb.start - 4), verb.start)]
    # one stage, said as done, and no batch still to come
    if (
        not batch
        or len({(verb.status, verb.future) for verb in batch}) > 1
        or batch[0].future
        or batch[0].status == ProjectStatus.INTENDED
        or _NO_BATCH_STAGE.search(ctx.text)
    ):
        return facts
    staged = {(f.holder.id, f.holder.name) for f in facts if f.kind == "status" and f.holder is not None}
    first = batch[0]
    batch_start, _ = ctx.segments.sentence(first.start)
    added = []
    for mention in ctx.mentions.top:
        key = (mention.id, mention.name)
        if mention.label != "Project" or mention.start < batch_start or key in staged:
            continue
        sentence = ctx.segments.sentence(mention.start)
        if (
            _NOT_OF_BATCH.search(ctx.text, *sentence)
            or _generic(mention.name)
            or _BUILDS_BEFORE.search(ctx.text, max(0, mention.start - 4), mention.start)
        ):
            continue
        staged.add(key)
        # quoted with the batch's words when in their paragraph, else the batch's words alone
        same_paragraph = "\n" not in ctx.text[first.start : mention.end]
        span = ctx.quote(
            (first.start, first.end), *([(mention.start, mention.end)] if same_paragraph else [])
        )
        added.append(Fact("status", mention, str(first.status), span, (first.start, first.end)))
    return [*facts, *added]


# A sentence that opens with the batch the sentence before counted (全市124个项目开工建设。
# 124个项目中,…分别是A、B).
_AMONG_BATCH = re.compile(r"(?P<n>\d+)个[\u3400-\u9fff]{0,6}?项目中[,:]")


def _with_counted_batch(ctx: _Context, verbs: list[figures.StatusVerb], facts: list[Fact]) -> list[Fact]:
    """The projects a sentence lists among a batch the sentence before counts with its stage
    (全市124个项目开工建设。124个项目中,5亿元以上项目9个,分别是A、B): that stage, for those the sentence
    gives none."""
    added = []
    for among in _AMONG_BATCH.finditer(ctx.text):
        sentence = ctx.segments.sentence(among.end())
        # the sentence before ends at the last character with text (the sentence may open a paragraph:
        # 。\n124个项目中)
        last = len(ctx.text[: sentence[0]].rstrip()) - 1
        if last < 0 or ctx.text[sentence[0] : among.start()].strip():
            continue
        before = ctx.segments.sentence(last)
        counted = re.compile(rf"(?<!\d){among.group('n')}个[\u3400-\u9fff]{{0,6}}?项目$")
        verb = next(
            (
                v
                for v in verbs
                if before[0] <= v.start < before[1]
                and not v.future
                and counted.search(ctx.text, ctx.segments.clause(v.start)[0], v.start)
            ),
            None,
        )
        if verb is None:
            continue
        staged = {
            f.holder for f in facts if f.kind == "status" and sentence[0] <= f.figure_span[0] < sentence[1]
        }
        for mention in ctx.within(*sentence, frozenset({"Project"})):
            if mention not in staged:  # quoted with the count's stage
                span = ctx.quote((verb.start, verb.end), (mention.start, mention.end))
                added.append(Fact("status", mention, str(verb.status), span, (verb.start, verb.end)))
    return [*facts, *added]


_FIRST_UNIT = re.compile(r"(?:首|第[一1])[条套](?:生产线|装置)")


def _named_before_without_suffix(ctx: _Context, sentence_start: int, position: int) -> Mention | None:
    """The project of the sentence before whose name, without its 项目, opens this one before
    ``position`` (在联成塑胶项目施工工地上,…。联成塑胶2月份开工建设)."""
    if sentence_start == 0:
        return None
    before_start, _ = ctx.segments.sentence(sentence_start - 1)
    for project in ctx.within(before_start, sentence_start, frozenset({"Project"})):
        name = ctx.text[project.start : project.end]
        short = name.removesuffix("项目")
        opens = ctx.text.startswith(short, sentence_start) and sentence_start + len(short) <= position
        if len(short) >= 3 and short != name and opens:
            return project
    return None


def _paragraph_heading(ctx: _Context, position: int) -> Mention | None:
    """The project a report's paragraph opens with as its heading (A项目:计划总投资…。目前,设备正在
    安装; ●A项目 总投资…, a bullet's item): what the paragraph's sentences that name no project speak of."""
    paragraph_start = ctx.text.rfind("\n", 0, position) + 1
    opening = _PARAGRAPH_OPENING.match(ctx.text, paragraph_start)
    assert opening is not None  # the pattern matches the empty string
    named = ctx.within(opening.end(), position, frozenset({"Project"}))
    after = ":" + (" \u3000" if opening.group("bullet") else "")
    if named and named[0].start == opening.end() and ctx.text[named[0].end : named[0].end + 1] in after:
        return named[0]
    return None


def _speakers_project(ctx: _Context, position: int) -> Mention | None:
    """The project whose manager speaks the quotation ``position`` is in (“去年腊月初十开工建设,…。”
    A项目负责人胡涛介绍): what the quotation says is of that project."""
    opened = ctx.text.rfind("“", 0, position)
    closed = ctx.text.find("”", position)
    if opened == -1 or closed == -1 or "”" in ctx.text[opened:position] or "\n" in ctx.text[opened:closed]:
        return None
    speaker = next(iter(ctx.within(closed + 1, closed + 40, frozenset({"Project"}))), None)
    if (
        speaker is None
        or ctx.text[closed + 1 : speaker.start].strip()
        or not _SPEAKER.match(ctx.text, speaker.end)
    ):
        return None
    return speaker


_SPEAKER = re.compile(r"(?:的)?(?:相关)?(?:负责人|项目经理|经理|总经理|总指挥|工作人员)")
_ALREADY = re.compile(r"已经?于?\s*$")
# A project named as what others are built around (将建成以A项目为龙头的…产业集群): no holder of the verb.
_ANCHOR_BEFORE = re.compile(r"以\s*$")
_ANCHOR_AFTER = re.compile(r"\s*为(?:龙头|核心|依托|主体|基础|引领|牵引|支撑)")


def _anchor(ctx: _Context, project: Mention) -> bool:
    """``project`` is named in 以…为龙头 (or 为核心, 为依托…): what the clause's plan is built around."""
    before = _ANCHOR_BEFORE.search(ctx.text, max(0, project.start - 2), project.start)
    return before is not None and _ANCHOR_AFTER.match(ctx.text, project.end) is not None


# A component of a plant between its name and its trial run (挤压造粒机组试车成功): what runs is that
# part (but 部分装置…生产出合格产品 and 一号机组并网发电 are the plant running, in part).
_PART_OF_PLANT = re.compile(
    r"[^,;:。!?\n]{0,10}?(?:机组|单元|车间|(?:首|第[一二三四五六七八九十\d]+)条[^,;:。!?\n]{0,6}?线)"
)
# …and a facility beside the plant (a site office, a dormitory, a road): what is in use is that.
_AUXILIARY = re.compile(
    r"[^;:。!?\n]{0,20}?(?:办公|临时|宿舍|生活区|食堂|围墙|道路|研发中心|综合楼|厂房|(?:系统|公用)配套|公用工程)"
)
# …or a building or yard of it built (厂区生产车间已建成, 控制室、储运罐区…均已建成): the plant is still
# being finished.
_BUILDINGS = "车间|厂房|仓库|库房|办公楼|综合楼"
# What a project is said to include (项目包括A生产车间、污水处理设施、综合楼等配套设施): its parts (not a
# batch's list: 这些开工项目包括A、B).
_PARTS_LISTED = re.compile(
    r"(?<![^,:。!?;\n])\s*(?:该|本|此|整个)?项目(?:主要)?(?:建设内容)?(?:包括|包含)[^。;!?\n]*$"
)


def _part(ctx: _Context, mention: Mention) -> bool:
    sentence_start, _ = ctx.segments.sentence(mention.start)
    listed = _PARTS_LISTED.search(ctx.text, sentence_start, mention.start) is not None
    return listed and not mention.name.endswith("项目")


_PARTS_BUILT = re.compile(rf"[^,;:。!?\n]*(?:机组|单元|单体|罐区|控制室|{_BUILDINGS})[^,;:。!?\n]{{0,14}}")
_PARTS_AFTER = re.compile(
    rf"了?(?:\d+|[一二三四五六七八九十两]+)(?:栋|座|幢|间|个)[^,;:。!?\n]{{0,12}}?(?:机房|宿舍|{_BUILDINGS})"
)
_PROJECT_AGREEMENT = re.compile(r"了?项目(?:投资|合作)?(?:协议|合同)")


_DATE_ONLY_CLAUSE = re.compile(r"\s*(?:到|至|于|在)?")
_CLAUSE_GAP = re.compile(r"(?:份|初|中|底|末|上旬|中旬|下旬)?(?:前|以前)?[,;]\s*")


def _after_published(date: figures.DateFigure, published: str | None) -> bool:
    """A date later than the article's own date: with its year, or without it, of the article's
    year unless 去年/前年 says otherwise (于6月份开工 in a text of May)."""
    if not published or not published[:4].isdigit():
        return False
    year = date.year if date.year is not None else int(published[:4]) - date.years_back
    if year != int(published[:4]):
        return year > int(published[:4])
    month = published[5:7]
    return date.month is not None and month.isdigit() and date.month > int(month)


# After a verb with no project, the list that names them: 签约项目3个,分别是A、B和C.
# (…, or 项目有21个: 集中开工项目中,总投资5亿元以上的项目有21个,包括A、B)
_COUNTS_PROJECTS = re.compile(
    rf"(?:{NUMBER}个[^,;:。!?\n]{{0,12}}项目|项目(?:共有|共计|有)?{NUMBER}个)[,:]?$"
)
_LIST_INTRO = re.compile(r"\s*(?:分别是|分别为|其中包括|(?:主要)?包括|包含|其中有|即)")
_TOTAL_THEN_LIST = re.compile(
    r",?\s*(?:总投资|总投资额|投资总额|计划总投资)[^,;:。!?\n]{1,16}元。(?=\s*(?:包括|包含|分别是|分别为))"
)
# 为 opens a list only after its count (开工项目7个,为A、B; not 该项目,为…, a description).
_PROJECTS_COUNTED = re.compile(rf"项目{NUMBER}个[,:]?$")
_IS_LISTED = re.compile(r"\s*为(?![主了何])")
# Their total between the verb's count and the list: 计划签约项目6个,总投资11.03亿元,包括A、B.
_TOTAL_CLAUSE = re.compile(r"\s*(?:总投资|总投资额|投资总额|计划总投资)[^,;:。!?\n]{1,16}元[,]")
# …or where they went, then their total (分别落户榆林、渭南,总投资额达162.3亿元,), after a count of
# 10多个 or 20余个 projects.
_ASIDES = re.compile(
    r"(?:\s*(?:分别|均|都)?落户[^,;:。!?\n]{1,20},|\s*(?:总投资|总投资额|投资总额|计划总投资)[^,;:。!?\n]{1,16}元,){1,2}"
    r"(?=\s*(?:其中包括|(?:主要)?包括|包含))"
)
_MANY_PROJECTS = re.compile(rf"{NUMBER}[多余]?个[^,;:。!?\n]{{0,12}}项目")


# 签约,投资2.6亿元新建A项目: the clause after a signing says what the signed deal builds.
_THEN_BUILDS = re.compile(
    r"\s*(?:(?:计划|拟|将)?(?:总)?投资[^,,;。!?]{0,16}?)?(?:新建|建设|投建|兴建|打造|实施|在[^,,;。!?]{2,16}?建设)"
    r"|\s*(?:计划|拟|将)在[^,,;。!?]{2,16}?建设"  # 签订投资协议书,将在A园区建设B项目
    # 签署投资协议,总投资约60亿元的A项目全面启动: the project the agreement is for, by its amount
    r"|\s*(?:计划)?总投资[^,,;。!?]{1,16}?元的(?=[^,,;。!?]{2,40}?项目)"
)


_AGREEMENT = re.compile(r"了?(?:投资|合作|框架|战略合作|项目)*(?:协议书?|合同)")


def _signed_to_build(
    ctx: _Context, verb: figures.StatusVerb, clause: tuple[int, int], sentence_end: int
) -> list[Mention]:
    """The projects of the clause after a signing that names none, when that clause goes on to build
    (与A开发区签约,投资2.6亿元新建B项目)."""
    if verb.status != ProjectStatus.SIGNED or clause[1] >= sentence_end:
        return []
    rest = ctx.text[verb.end : clause[1] - 1].strip()  # (签约, 签署投资协议: the verb ends its clause)
    if (rest and not _AGREEMENT.fullmatch(rest)) or _THEN_BUILDS.match(ctx.text, clause[1]) is None:
        return []
    built = ctx.within(*ctx.segments.clause(clause[1]), frozenset({"Project"}))
    return [built[0], *_listed_with(ctx, built[0], built)] if built else []  # (建设A项目、B项目和C项目)


def _listed_after(ctx: _Context, position: int, sentence_end: int) -> list[Mention]:
    """The projects of the clauses after ``position`` that a 分别是/包括 opens (perhaps after a
    clause that counts them: 有3个总投资百亿元以上项目,分别是…; or 为 after the verb's own count:
    提前实现开工项目7个,为A、B), up to the first clause that names none."""
    counted_is = _IS_LISTED.match(ctx.text, position) is not None and _PROJECTS_COUNTED.search(
        ctx.text, *ctx.segments.clause(position - 1)
    )
    if _LIST_INTRO.match(ctx.text, position) is None and not counted_is:
        counting = ctx.segments.clause(position)
        total = _TOTAL_CLAUSE.match(ctx.text, position)
        if total is not None and _COUNT_OF_PROJECTS.search(ctx.text, *ctx.segments.clause(position - 1)):
            position = total.end()  # the verb's clause counts them, their total follows
        elif _COUNTS_PROJECTS.search(ctx.text, *counting):
            position = counting[1]
        elif (then := _TOTAL_THEN_LIST.match(ctx.text, position)) is not None and _COUNTS_PROJECTS.search(
            ctx.text, *ctx.segments.clause(position - 1)
        ):
            # 新开工的9个重点项目,总投资达14.84亿元。包含A项目、B项目: the list opens the next sentence
            position, sentence_end = then.end(), ctx.segments.sentence(then.end())[1]
        elif (
            asides := _ASIDES.match(ctx.text, position, sentence_end)
        ) is not None and _MANY_PROJECTS.search(ctx.text, *ctx.segments.clause(position - 1)):
            # 另有10多个项目合同相继签约,分别落户A、B,总投资额达162.3亿元,包括C、D: where they went
            # and their total come between the count and the list
            position = asides.end()
        else:
            return []
        if _LIST_INTRO.match(ctx.text, position) is None:
            return []
    found: list[Mention] = []
    while position < sentence_end:
        clause = ctx.segments.clause(position)
        named = ctx.within(*clause, frozenset({"Project"}))
        if not named and not found and ctx.text[clause[1] - 1] == ":":
            position = clause[1]  # 主要包括:|A项目、B项目: the list follows the colon
            continue
        if not named:
            break
        found.extend(named)
        position = clause[1]
    return found


# A count split by kind: 7个签约项目中,|外企项目4个,分别是A、B;|央企项目1个,为C (工业项目占到5个).
_AMONG_COUNTED = re.compile(rf"{NUMBER}个[^,;:。!?\n]{{0,12}}项目中[,:]?$")
_KIND_COUNT = re.compile(rf"\s*(?:包括|其中)?[\u3400-\u9fff]{{1,6}}?项目(?:占到?|有)?(?P<n>{NUMBER})个[,:]?")
_KIND_INTRO = re.compile(r"\s*(?:分别是|分别为|为|包括)")


def _listed_by_kind(ctx: _Context, clause: tuple[int, int], sentence_end: int) -> list[Mention]:
    """The projects of a clause that counts them, listed by kind in the clauses after it (7个签约项目
    中,外企项目4个,分别是A、B;央企项目1个,为C): every kind's items."""
    if not _AMONG_COUNTED.search(ctx.text, *clause):
        return []
    found: list[Mention] = []
    position = clause[1]
    while position < sentence_end:
        kind = ctx.segments.clause(position)
        items = ctx.segments.clause(kind[1])
        counted = _KIND_COUNT.fullmatch(ctx.text, *kind)
        if counted is None or not _KIND_INTRO.match(ctx.text, *items):
            break
        listed = ctx.within(*items, frozenset({"Project"}))
        # …分别是A项目,B项目,C项目: items parted by commas, one clause each, up to the count
        wanted = figures.sets(counted.group("n"))
        while 0 < len(listed) < wanted and items[1] < sentence_end and ctx.text[items[1] - 1] == ",":
            following = ctx.segments.clause(items[1])
            more = ctx.within(*following, frozenset({"Project"}))
            if not more:
                break
            listed.append(more[0])
            items = following
        found.extend(listed)
        position = items[1]
    return found


_INTRO_WORDS = "分别是|分别为|包括|主要有"
_HEADING_INTRO_WORDS = f"{_INTRO_WORDS}|有"  # (本次签约项目有A,B)
_HEADING_INTRO = re.compile(rf"[\u3400-\u9fff]{{0,4}}?项目(?:{_HEADING_INTRO_WORDS})")
_HAS_AFTER_HEADING = re.compile(r"\s*(?:有|包括|主要有)[:]?")
_HEADING_ENDS = (":", *_HEADING_INTRO_WORDS.split("|"))  # what a heading's list starts after
_LIST_INTRO_LATER = re.compile(_INTRO_WORDS)
_NEXT_INTRO = re.compile(rf"\s*(?:其中,?)?(?:{_INTRO_WORDS})")


def _table_under(ctx: _Context, position: int) -> list[Mention]:
    """The plants a table lists under the heading by their stage that holds ``position``
    (已机械竣工装置名称\n硫磺回收装置\n…)."""
    line_start = ctx.text.rfind("\n", 0, position) + 1
    head = STAGE_TABLE_HEAD.match(ctx.text, line_start)
    if head is None or not head.start("stage") <= position < head.end("stage"):
        return []
    rows = set(table_rows(ctx.text, head))
    return [m for m in ctx.mentions.top if m.label == "Project" and (m.start, m.end) in rows]


def _next_heading(verbs: list[figures.StatusVerb], heading: figures.StatusVerb, sentence_end: int) -> int:
    """Where the list after ``heading`` ends: at the sentence's next heading (开工项目包括A、B,竣工项目
    包括C), else at the sentence's end."""
    later = (verb.start for verb in verbs if verb.heading and heading.end <= verb.start < sentence_end)
    return min(later, default=sentence_end)


def _listed_later(ctx: _Context, position: int, sentence_end: int) -> list[Mention]:
    """The projects a heading's sentence lists after its 分别是/包括, however far after the heading
    (在投产项目方面,全省共有4个,惠州占据3席,分别是A、B、C)."""
    has = position < sentence_end and _HAS_AFTER_HEADING.match(ctx.text, position) is not None
    if ctx.text.endswith(_HEADING_ENDS, 0, position) or has:
        # 开工奠基项目:A项目; 此次集中投产的五大项目是:A、B; 本次签约项目有A,B; 在续建项目中,有A、B
        return ctx.within(position, sentence_end, frozenset({"Project"}))
    if ctx.text[position:sentence_end].rstrip().endswith(":"):
        # 前期预备项目中包含20个建材项目,…相关的有:|A项目:…|B项目:…: one paragraph each
        return _paragraph_openers(ctx, position, len(ctx.text))
    intro = _LIST_INTRO_LATER.search(ctx.text, position, sentence_end)
    if intro is None:  # …项目主要有4个。包括:A、B…: the next sentence lists them
        intro = _NEXT_INTRO.match(ctx.text, sentence_end)
        if intro is not None and ctx.text.startswith(":", intro.end()):
            # 新开工项目9个,…。其中包括:|1、A公司,B项目;|2、…: one numbered line each
            lines = _numbered_lines(ctx, intro.end() + 1)
            if lines:
                return lines
        sentence_end = ctx.segments.sentence(intro.end())[1] if intro else sentence_end
    return ctx.within(intro.end(), sentence_end, frozenset({"Project"})) if intro else []


# A count of projects in a verb's clause (签约3个核心项目, 签约项目25个), named in the next sentence
# (这3个项目分别是:).
_COUNT_OF_PROJECTS = re.compile(
    rf"({NUMBER})个(?:(?:\d+|[十百千])?亿元?(?:以上|级)?的?)?[\u3400-\u9fff]{{0,4}}项目"
    rf"|项目(?:共有|共计|共)?({NUMBER})[个项]"
)  # 160个亿元以上重大项目
_NEXT_LIST = re.compile(rf"\s*(?:这|上述|以上)?{NUMBER}?个?项目(?:分别是|分别为|包括)[:]?")
_ITEM_ENDS = frozenset(";。\n")
_SENTENCES_TO_LIST = 4


def _listed_next(ctx: _Context, clause: tuple[int, int]) -> list[Mention]:
    """The projects the sentence after a clause that counts them lists: every one it names when it
    lists them by 、, else the first one of each item (an item ends at ; or a line break), over as many
    items as the count says."""
    counted = _COUNT_OF_PROJECTS.search(ctx.text, *clause)
    if counted is None:
        return []
    _, sentence_end = ctx.segments.sentence(clause[0])
    wanted = int(figures.sets(counted.group(1) or counted.group(2)))
    # 共有15个项目集中开工,其中A项目…: some of them named after 其中 in the same sentence
    among = _AMONG_NEXT.match(ctx.text, clause[1]) if clause[1] < sentence_end else None
    if among is not None and _COUNT_OF_PROJECTS.search(ctx.text, *ctx.segments.clause(among.end())):
        if _SHARE_OF_KIND.match(ctx.text, among.end()) is None:
            return []  # 23个签约项目…,其中,计划签约项目6个,包括…: a part counted, with a verb of its own
        among = None  # 6个项目签约,其中三个为石材项目: a share by kind; the list may come later
    if among is not None:
        # (其中:A项目、B项目: a list by 、, every project it names)
        return _joined_list(ctx, among.end(), sentence_end, wanted) or _first_of_each_item(
            ctx, among.end(), sentence_end, frozenset(";"), wanted
        )
    # The list may come a sentence or two later, after sentences that name no project (本次开工的4个项目
    # 投资规模大…。…。项目分别是A、B、C和D。).
    intro = None
    for _ in range(_SENTENCES_TO_LIST):
        intro = _NEXT_LIST.match(ctx.text, sentence_end)
        next_end = ctx.segments.sentence(sentence_end)[1] if sentence_end < len(ctx.text) else sentence_end
        if intro is not None or next_end <= sentence_end or ctx.within(sentence_end, next_end, PLAYERS):
            break
        sentence_end = next_end
    if intro is None:
        # …or the next sentence names some of them after 其中 (共有15个项目开工。其中,A项目…;B项目…)
        _, first_end = ctx.segments.sentence(clause[0])
        among = _AMONG.match(ctx.text, first_end)
        named = []
        if among is not None:
            _, among_end = ctx.segments.sentence(among.end())
            # …and on into a sentence that goes on with the list (例如,A项目…;B项目…。同时,C项目…)
            goes_on = _GOES_ON.match(ctx.text, among_end)
            if goes_on is not None:
                among_end = ctx.segments.sentence(goes_on.end())[1]
            # (其中,主要包括A项目,B项目,…: a list by commas)
            listing = _AMONG_LISTING.match(ctx.text, among.end())
            start, ends = (listing.end(), frozenset(",;。")) if listing else (among.end(), frozenset(";。"))
            named = _first_of_each_item(ctx, start, among_end, ends, wanted)
        # …or the next sentence says what this signing took in (据了解,此次签约活动,…涉及A项目;B项目…)
        this_event = _THIS_EVENT_TOOK_IN.match(ctx.text, first_end)
        if not named and this_event is not None:
            _, event_end = ctx.segments.sentence(this_event.end())
            named = _first_of_each_item(ctx, this_event.end(), event_end, frozenset(";。"), wanted)
        # …or the paragraphs after it each open with one (共有29个项目开工。|A项目…。|B公司投资…建设C项目。)
        return named or _paragraph_openers(ctx, clause[1], wanted)
    # One sentence that lists them by 、 or 和 (7个项目包括A、B、…、G。): every project it names.
    _, list_end = ctx.segments.sentence(intro.end())
    return _joined_list(ctx, intro.end(), list_end, wanted) or _first_of_each_item(
        ctx, intro.end(), len(ctx.text), _ITEM_ENDS, wanted
    )


def _joined_list(ctx: _Context, start: int, end: int, wanted: int) -> list[Mention]:
    """The projects of ``text[start:end]`` when it opens with a list of them by 、 or 和: every one it
    names."""
    inline = ctx.within(start, end, frozenset({"Project"}))
    if len(inline) >= 2 and ctx.text[inline[0].end : inline[1].start].strip() in _LIST_JOINERS:
        return inline[:wanted]
    return []


_PARAGRAPH_OPENING = re.compile(r"\s*(?:\(?[\d一二三四五六七八九十]{1,2}[)、.]?|(?P<bullet>[●■◆▲★•]))?\s*")
_ITEM_TITLE = re.compile(r"[^,;:。!?\n]{2,30}:")


def _paragraph_openers(ctx: _Context, position: int, wanted: int) -> list[Mention]:
    """The project of each paragraph after the one holding ``position`` whose first sentence opens
    with a firm or a project and names a project (and those listed with it), up to the first that does
    not; two at least."""
    found: list[Mention] = []
    line_end = ctx.text.find("\n", position)
    while line_end != -1 and len(found) < wanted:
        opening = _PARAGRAPH_OPENING.match(ctx.text, line_end)
        assert opening is not None  # the pattern matches the empty string
        start = opening.end()
        _, sentence_end = ctx.segments.sentence(start)
        players = ctx.within(start, sentence_end, PLAYERS)
        projects = [m for m in players if m.label == "Project"]
        if not players or players[0].start != start or not projects:
            if not _ITEM_TITLE.match(ctx.text, start):
                break
            line_end = ctx.text.find("\n", sentence_end)  # 大湾区(中国建材)产业基地:…: an item not read
            continue
        found.extend([projects[0], *_listed_with(ctx, projects[0], projects)])  # A项目、B项目和C项目
        line_end = ctx.text.find("\n", sentence_end)
    return found if len(found) >= 2 else []


def _first_of_each_item(
    ctx: _Context, start: int, end: int, item_ends: frozenset[str], wanted: int | None = None
) -> list[Mention]:
    """The first project of each item of ``text[start:end]`` (an item ends at one of
    ``item_ends``), over at most ``wanted`` items."""
    found: list[Mention] = []
    position = start
    items = 0
    while (wanted is None or items < wanted) and position < end:
        item_end = next((i + 1 for i in range(position, end) if ctx.text[i] in item_ends), end)
        if ctx.text[position : item_end - 1].strip():  # ;\n ends one item, not two
            items += 1
            found.extend(ctx.within(position, item_end, frozenset({"Project"}))[:1])
        position = item_end
    return found


# A batch this article reports (此次集中开工的项目涵盖…), whose projects the next sentence names
# after 其中 (其中,A项目由…;B项目由…).
_THIS_BATCH = re.compile(r"(?:此次|本次|这次|这批)[^,;。]{0,4}$")
_BATCH_HEAD = re.compile(r"的?(?:重点|重大)?项目")
_LISTED_AFTER_HEAD = re.compile(r"(?:分别是|分别为|包括|有|为)[,:]?")
_AMONG = re.compile(r"\s*(?:其中|例如|比如|譬如)[,:]?")
_AMONG_LISTING = re.compile(r"\s*(?:主要)?(?:包括|有)[:]?")
_GOES_ON = re.compile(r"\s*(?:同时|此外|另外)[,:]")
_AMONG_NEXT = re.compile(r"[,]?\s*其中(?:包括|有)?[,:]?")
_SHARE_OF_KIND = re.compile(rf"{NUMBER}个(?:为|是)")
_THIS_EVENT_TOOK_IN = re.compile(r"\s*(?:据了解|据悉|据介绍)?,?(?:此次|本次)[^。;]{0,24}?(?:涉及|包括)[:]?")


def _batch_named_next(ctx: _Context, start: int, end: int) -> list[Mention]:
    """The projects of the batch a verb at ``start:end`` is said of (此次开工的项目…): the first one of
    each ;-part of the rest of the sentence after 项目中, else of the next sentence when it opens with
    其中."""
    head = _BATCH_HEAD.match(ctx.text, end)
    if not (_THIS_BATCH.search(ctx.text, max(0, start - 8), start) and head):
        return []
    _, sentence_end = ctx.segments.sentence(start)
    if ctx.text.startswith("中", head.end()):  # 此次开工的项目中,A项目总投资…: A is one of them
        named = _first_of_each_item(ctx, head.end() + 1, sentence_end, frozenset(";"))
        if named:
            return named
    listed = _LISTED_AFTER_HEAD.match(ctx.text, head.end())
    if listed is not None:  # 本次开工的项目分别是,A项目,B项目,C项目。: the first of each item
        named = _first_of_each_item(ctx, listed.end(), sentence_end, frozenset(",;"))
        if named:
            return named
    among = _AMONG.match(ctx.text, sentence_end)
    if among is None:
        return []
    _, list_end = ctx.segments.sentence(among.end())
    return _first_of_each_item(ctx, among.end(), list_end, frozenset(";"))


def _headed_next(ctx: _Context, verb: figures.StatusVerb, clause: tuple[int, int]) -> list[Mention]:
    """The projects of the clause after a list head that ends the verb's clause (正在加快建设的重点项目
    还有:|A项目,…)."""
    head = _VERB_OF_LIST.match(ctx.text, verb.end, clause[1])
    if head is None or head.end() < clause[1]:
        return []
    return ctx.within(clause[1], ctx.segments.clause(clause[1])[1], frozenset({"Project"}))


# An item of a numbered list on its own line: (1)A项目;, 2、B项目, 三、C项目.
_NUMBERED_ITEM = re.compile(
    r"\s*(?:\(\d{1,2}\)|\d{1,2}[、.]|[一二三四五六七八九十]{1,2}、|\([一二三四五六七八九十]{1,2}\))"
)


_FOLLOWING = re.compile(r"以下|如下")


def _numbered_after(ctx: _Context, clause: tuple[int, int]) -> list[Mention]:
    """The projects of the numbered lines after a clause that ends with a colon (拟新上:|(1)A项目;|
    (2)B项目;): the first one each line names, up to the first line that is no item; with no numbers,
    after 以下/如下 in the clause, the first one of each ;-item of the line (以下项目将陆续开工建设:A;B)."""
    if ctx.text[clause[1] - 1 : clause[1]] != ":":
        return []
    position = clause[1]
    if _NUMBERED_ITEM.match(ctx.text, position) is None:
        if not _FOLLOWING.search(ctx.text, *clause):
            return []
        # 以下项目将陆续开工建设:A项目;B基地;C工程: the first project of each ;-item of the line
        line_end = ctx.text.find("\n", position)
        return _first_of_each_item(
            ctx, position, line_end if line_end >= 0 else len(ctx.text), frozenset(";。")
        )
    return _numbered_lines(ctx, position)


def _numbered_lines(ctx: _Context, position: int) -> list[Mention]:
    """The first project each numbered line from ``position`` on names, up to the first line that is
    no item or names none."""
    found: list[Mention] = []
    while (item := _NUMBERED_ITEM.match(ctx.text, position)) is not None:
        _, line_end = ctx.segments.sentence(item.end())
        named = ctx.within(item.end(), line_end, frozenset({"Project"}))
        if not named:
            break
        found.append(named[0])
        position = line_end
    return found


# What a plan is for, in the clause after it: 拟投资超过140亿元,|建设A项目、B项目、C项目; and what an
# agreement is for: 正式签署合资合同,|在古雷石化基地共同投资建设A项目.
_WORKS_AFTER_PLAN = re.compile(r"\s*(?:投资)?(?:建设|新建|投建|实施|上马)")
_AGREEMENT_END = re.compile(r"(?:合同|协议|协议书|备忘录)》?[,:]$")
_WORKS_AFTER_AGREEMENT = re.compile(
    r"\s*(?:(?:拟|计划|将|决定)?投资[^,;:。!?\n]{0,12}?,?)?(?:在[^,;:。!?\n]{2,16}?)?"
    r"(?:(?:共同|合作|合资)?(?:投资)?(?:建设|新建|投建|兴建|实施)|共建|合建)"
)  # …签订投资协议,计划投资10亿元建设A项目; 签订合作协议,决定投资6.4亿元,实施A项目: what it is for


def _planned_works(
    ctx: _Context, verb: figures.StatusVerb, clause: tuple[int, int], sentence_end: int
) -> list[Mention]:
    """The projects a plan's or an agreement's next clause builds (拟投资超过140亿元,建设A、B、C; 签署合资
    合同,在某基地共同投资建设A): all of them."""
    if clause[1] >= sentence_end:
        return []
    if verb.status == ProjectStatus.INTENDED:
        works = _WORKS_AFTER_PLAN.match(ctx.text, clause[1])
    elif verb.status == ProjectStatus.SIGNED and _AGREEMENT_END.search(ctx.text, *clause):
        works = _WORKS_AFTER_AGREEMENT.match(ctx.text, clause[1])
    else:
        return []
    if works is None:
        return []
    return ctx.within(works.end(), ctx.segments.clause(works.end())[1], frozenset({"Project"}))


# The next item of a list of projects, up to a verb: 、工品园部分项目|三月底投产.
_NEXT_ITEM = re.compile(r"、[^、,;:。!?\n]{1,20}?(?:项目|工程)(?!建设)[^、,;:。!?\n]{0,8}$")


def _stage_then_next_item(gap: str) -> bool:
    """Between a project and a verb, the project's own stage and then the next item of a list
    (A项目|开工、工品园部分项目三月底|投产): the verb is that item's."""
    item = _NEXT_ITEM.search(gap)
    return item is not None and bool(figures.statuses(gap[: item.start()]))


# A verb said of the project after it: 建成投产的|1200万吨/年炼油项目.
_QUALIFIES = re.compile(r"的[^,;:。!?\n]{0,8}")
# …and of a project not read (此次开工的|橡塑项目), not of the one before it (but A是此次开工的B项目, and
# A项目启动的首期项目 is A's).
_QUALIFIES_UNREAD = re.compile(r"的(?![一二三四五六首]期)[\u3400-\u9fff]{1,6}?项目(?![—\-:])")
# A clause that opens with a plan for the projects named next (推动|A项目下半年开工建设).
# (…and what the projects are: 全力推进已签约供地的|A、B等9个项目的开工)
_PLAN_OPENING = re.compile(
    r"[^,;:。!?\n]{0,4}?(?:推动|推进|抓好|力争|争取|确保|计划|拟|将)(?:已[^,;:。!?\n、]{1,8}的)?"
)
# 推进A、B等9个项目的开工、达产: the stages a push aims at
_STAGES_AIMED_AT = re.compile(r"项目的(?:[\u3400-\u9fff]{2}、)*$")
_START = re.compile(r"开工|动工|动建|开建")  # 推进A、B等项目开工建设: to start (推进A、B等项目: works go on)
# A verb right before the head of a list of projects: 开工项目包括, 签约的项目有, 投产的化纤项目有.
_VERB_OF_LIST = re.compile(
    r"(?:的[\u3400-\u9fff]{0,3}?|(?:重点|重大))?项目(?:包括|分别是|分别为|主要有|还有|有)[:]?"
)


# An item's amount between two items of a list: A项目、总投资84亿元的B项目.
# Between two listed projects: a joiner and the next one's amount, count or plant figure
# (、总投资84亿元的B项目, 和总投资60亿元B项目, 和建设D项目, A装置和一个新的B工厂, A项目、15万t/a B项目).
_ITEM_GAP = re.compile(
    # 《A项目合作框架协议》和《B项目…》: two agreements' projects
    r"(?:(?:合作)?(?:框架)?(?:协议书?|合同)》)?"
    # A项目一期、B项目, A项目(一期)、B: the phase of the item before; 、C集团旗下B项目: the next one's owner
    r"(?:\(?[一二三四五六七八九首\d]期\)?)?"
    r"\s*(?:、|和|及|以及)\s*(?:建设|新建)?(?:[\u3400-\u9fff]{2,8}旗下)?《?(?:(?:总投资|投资)[^,;:。!?\n、]{1,14}的|(?:总投资|投资)(?:约|近|超)?\d+(?:\.\d+)?[万亿]+元|\d+(?:\.\d+)?[万亿]+元的|[一1][个座套家](?:全新的|新的|新)?"
    r"|(?:年产)?\d+(?:\.\d+)?万?(?:吨|t)(?:/年|/a)?)?\s*"
)


# The count that closes a list right before its stage (…C项目等5个项目竣工, …D项目等6个项目开工建设), or
# the word that says the stage came to several in turn (…A项目,…B公司,…C纺织相继建成).
_COUNTED_CLOSER = re.compile(
    rf"\s*等\s*{NUMBER}\s*个[\u3400-\u9fff]{{0,4}}项目(?:已经|已|均|都|全部|相继|陆续|正式)*$"
    r"|\s*(?:也已|已经|已)?(?:相继|先后|陆续)$"
)
_ITEM_CLAUSE = re.compile(r"[^等]{2,60}(?:项目|工程|公司)\s*(?:\([^()]{1,16}\))?\s*,")
_BRACKETED_AFTER = re.compile(r"\s*(?:\([^()]{1,16}\))?\s*,")  # (the clause's comma with it)


def _comma_listed(ctx: _Context, holder: Mention, verb_start: int) -> list[Mention]:
    """The projects listed by commas before ``holder``, one to a clause, when a count closes the list
    before its stage (A项目(…),B项目,C项目等5个项目竣工), or 相继 says it came to them in turn
    (总投资…A项目,总投资…B公司,…C相继建成): a bulletin's list, each item its own clause (a firm's passed
    over: its plant has no name of its own)."""
    if holder.end > verb_start or not _COUNTED_CLOSER.fullmatch(ctx.text, holder.end, verb_start):
        return []
    found: list[Mention] = []
    start = ctx.segments.clause(holder.start)[0]
    sentence = ctx.segments.sentence(holder.start)[0]
    while start > sentence and ctx.text[start - 1] == ",":
        clause = ctx.segments.clause(start - 1)
        if not _ITEM_CLAUSE.fullmatch(ctx.text, clause[0], clause[1]):
            break  # 其中, or a clause that is no project's name: the list began after it
        # (an item the rules do not read is passed over: 龙港新区商贸城项目)
        found += [
            m
            for m in ctx.within(*clause, frozenset({"Project"}))
            if _BRACKETED_AFTER.fullmatch(ctx.text, m.end, clause[1])
        ][-1:]
        start = clause[0]
    return found


def _listed_with(ctx: _Context, holder: Mention, projects: list[Mention]) -> list[Mention]:
    """The projects listed with ``holder`` (A项目、B项目和C项目…开工; 总投资25亿元的A项目、总投资84亿元的
    B项目…建成投产): a verb says it of them all."""
    chain = sorted(projects, key=lambda m: m.start)
    if holder not in chain:
        return []  # the main project, by 该项目: no list
    index = chain.index(holder)
    found: list[Mention] = []
    for step in (-1, 1):
        i = index
        while 0 <= i + step < len(chain):
            a, b = sorted((chain[i], chain[i + step]), key=lambda m: m.start)
            gap = ctx.text[a.end : b.start]
            if gap.strip() not in _LIST_JOINERS and not _ITEM_GAP.fullmatch(gap):
                break
            i += step
            found.append(chain[i])
    return found


def _place_facts(ctx: _Context) -> list[Fact]:
    facts = []
    for mention in ctx.mentions.top:
        if mention.label not in PLAYERS:
            continue
        clause = ctx.segments.clauses_between(mention.start, mention.end)
        places = [p for p in ctx.within(*clause, PLACES) if p.id is not None]
        if not places:
            continue
        if mention.label == "Enterprise" and ctx.within(*clause, frozenset({"Project"})):
            continue  # 恒昂工贸在泉港投资建设恒昂畜牧养殖: the project stands there, the firm may not
        parks = [p for p in places if p.label == "Park"] or places
        place = min(parks, key=lambda p: abs(p.start - mention.start))
        span = ctx.quote((mention.start, mention.end), (place.start, place.end))
        facts.append(Fact("place", mention, None, span, (place.start, place.end), target=place))
    return facts


_INVESTS_AFTER = re.compile(r"\s*(?:投资|投建|出资|独资|控股)")


def _investor_facts(ctx: _Context) -> list[Fact]:
    """A new project named after its firm (中国化学天辰(泉州)…有限公司年产…项目), or a firm said to
    invest in the project before it (A项目由B集团投资): the firm invests."""
    facts = []
    for firm in ctx.mentions.top:
        if firm.label != "Enterprise" or not _INVESTS_AFTER.match(ctx.text, firm.end):
            continue
        project = _past_agent(ctx, firm)
        if project is not None and project is not firm:
            span = ctx.segments.clauses_between(project.start, firm.end)
            facts.append(Fact("investor", firm, None, span, (firm.start, firm.end), target=project))
    for project in ctx.mentions.top:
        if not project.is_new or project.label != "Project":
            continue
        firms = [
            m
            for m in ctx.mentions.nested.get(project, [])
            if m.label == "Enterprise" and m.start <= project.start + 2
        ]
        if firms:
            span = ctx.segments.clauses_between(project.start, project.end)
            facts.append(
                Fact("investor", firms[0], None, span, (firms[0].start, firms[0].end), target=project)
            )
    return facts


def find_facts(
    text: str,
    segments: Segments,
    mentions: Mentions,
    lexicon: Lexicon,
    main_project: Mention | None,
    published: str | None,
    verbs: list[figures.StatusVerb],
) -> list[Fact]:
    """Every figure, stage, place and investor the text gives; ``verbs`` are its status verbs
    (:func:`figures.statuses`), found once for this and for :func:`parks_being_built`."""
    ctx = _Context(text, segments, mentions, lexicon, main_project, published)
    return [
        *_capacity_facts(ctx),
        *_money_facts(ctx),
        *_area_facts(ctx),
        *_with_counted_batch(ctx, verbs, _with_batch(ctx, verbs, _status_facts(ctx, verbs))),
        *_place_facts(ctx),
        *_investor_facts(ctx),
    ]
