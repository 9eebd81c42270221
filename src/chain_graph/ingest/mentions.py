"""Mentions: where the article names a node of the data, or an entity the data lacks.

Three finders run over the normalised text, then the longest non-overlapping spans win:

1. every term of the lexicon, by one Aho-Corasick automaton (exact, score 1.0);
2. a name with 1–3 stray characters injected (天骄X化学), by anchoring its first and last
   characters (score: the similarity of the span to the name);
3. names ending 有限公司/集团 (Enterprise), 项目 (Project), 园区/工业区 (Park): resolved to an
   existing node when similar enough (a mention of it), else a new entity.

Matches inside a winning span are kept as ``nested`` (the product in 年产60万吨环氧丙烷项目).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace

import ahocorasick
from rapidfuzz import fuzz

from chain_graph.ingest.figures import LOCANT, NUMBER
from chain_graph.ingest.lexicon import LATER_PHASE, Lexicon, Resolution, Term, tonnes_of
from chain_graph.ingest.normalize import Normalized

__all__ = ["DEFAULT_THRESHOLD", "Matcher", "Mention", "Mentions", "not_a_place"]

DEFAULT_THRESHOLD = 0.85
MAX_JUNK = 3
_CJK = re.compile(r"[\u3400-\u9fff]")
_FIBRE_BEFORE_SPANDEX = frozenset("锦涤棉粘")
# A short term right before these goes on into another word: 聚碳 before a carbon number (未聚碳五,
# unpolymerised C5), 苯 in 英力士苯领 (INEOS Styrolution, a firm).
# …and benzene or ammonia as the first character of a longer compound's name (苯胺, 苯嗪草酮, 氨基,
# 氨氯吡啶酸): no benzene, no ammonia.
_COMPOUND_GOES_ON = frozenset("基氯胺酐甲乙丙丁酚酸醇酮醛腈酯醚嗪唑吡啶磺硝氧氟溴碘硫磷并")
_NOT_BEFORE = {
    "聚碳": frozenset("二三四五六七八九"),
    "苯": frozenset("领") | _COMPOUND_GOES_ON,
    "氨": _COMPOUND_GOES_ON,
}
# …nor one that starts inside the word before it: 美国亨斯迈 is no 国亨, 中国乔丹 no 国乔.
_COUNTRY_WORD = frozenset("美中英德法韩泰俄日印外全我本各两他王帝大强合出回")
# …and 万华 after a number is a count of ten thousands (近200万华侨), not Wanhua.
_NOT_AFTER = {
    "国亨": _COUNTRY_WORD,
    "国乔": _COUNTRY_WORD,
    "万华": frozenset("0123456789一二两三四五六七八九十百千"),
}
_NAME_CHAR = re.compile(r"[\u3400-\u9fff\u03b1-\u03c9A-Za-z0-9()·\-/.+&^#]")
# Numbered items inside one name: 1^#、13^#泊位, 7号、8号泊位 (a 、 between a number and the next).
_NUMBERED = re.compile(r"[#号]、\d")
_DIGITS_COMMA = re.compile(r"\d,\d")  # a locant inside a product's name: 1,4-丁二醇
# A dash between two chemicals' names joins them (己内酰胺—聚酰胺); after a name (重点项目—某某…), or
# doubled, it sets off what follows.
_ONE_DASH = re.compile(r"[醚醇酯烃胺腈酮醛酐脂胶烯烷苯酚酸]—[\u3400-\u9fff]")
# A notice's number before a name (公告编号:临 2021-091 山东某某股份有限公司): no part of it.
_DOCUMENT_NUMBER = re.compile(r"^.*\d{4}-\d{2,4}(?=[\u3400-\u9fff])")
# Parks a firm or a trade builds (比亚迪新能源汽车零部件产业园): named before 项目, a project's name; the
# subject of a stage verb, a project (facts).
BUILT_PARK_KINDS = ("产业园", "产业园区", "工业园")
# A count (3个, 两项, 百个; not 3个月): of projects after 项目, or before them.
HOW_MANY = rf"{NUMBER}\s*[个项](?!月)"
# The date between a name and its stage: A一期工程21日开工建设, B装置于1999年12月28日建成投产.
_DAY = (
    r"(?:于?\s*(?:(?:19|20)\d{2}\s*年\s*|今年|去年)?(?:\d{1,2}\s*月\s*)?(?:\d{1,2}\s*日)?(?<=[年月日])"
    r"|昨日|昨天|今日|今天|当年|当天|当日)?"
)
# Where, between a plant's name and its stage: A装置在舟山绿色石化基地顺利开工.
_PLACE = r"(?:在[^,;:。!?\n在]{2,20}?(?:基地|园|区|厂区|县|镇))?"
_SUFFIXES: tuple[tuple[str, str], ...] = (
    (
        "Enterprise",
        r"(?:集团)?(?:股份有限公司|有限责任公司|有限公司|股份公司|分公司|总公司)|集团(?!股份|有限|总公司)",
    ),
    # A project named without 项目 right before its stage: 泉州海巡基地主体竣工, X一期全面开工, A二期工程
    # 和B一期工程相继竣工投产; a wharf, plant or line too, perhaps listed with others before it
    # (A码头、B码头和C码头加快建设).
    (
        "Project",
        r"项目(?:集群)?(?!区|聚集区|集聚区|管理|过程|部(?!分)|经理|办公室|指挥部|(?<=公司项目)团队|组(?![件成]))|(?:基地|(?:[1一]|(?<![^空]分)[2-9二三四五六七八九])期|工程|装置|专区)"
        rf"(?=(?:[和及与][^,;:。!?\n、]{{1,16}}?(?:期|工程|装置)|(?:、[^,;:。!?\n、]{{1,24}}?(?:期|工程|装置))+)?(?:相继|先后)?(?:已经|已|将|即将|有望|预计将?)?(?:,(?=于))?{_DAY}{_PLACE}"
        r"(?:迈入|实现|通过|揭牌并|揭牌暨|举行)?(?:主体|全面|正式|顺利|胜利|已经|已|高标准|高质量|如期|提前|刚刚|上马|[一1]次性?)?"
        r"(?:竣工|开工|动工|投产|建成|中交|奠基|启动建设|达产|投入使用|投入运营|投用|产出(?:了)?(?:首批)?合格产品"
        r"|(?<=期)(?<!分.期)(?:正在|正)?(?:加紧|加快|抓紧|全力)?建设(?!中心|用地)))"
        # 某某改扩建工程目前已进入项目实质性设计建设阶段: works named before the stage they enter
        r"|工程(?=(?:目前)?(?:已经|已)?进入[^,;:。!?\n]{0,10}?(?:建设|施工|安装|调试)阶段)"
        # 签署了关于己二腈生产基地的合作备忘录: a base or plant an agreement is about
        r"|(?:基地|工厂|装置)(?=的(?:合作|投资|框架)?(?:协议|协议书|备忘录|合同))"
        # 某某卫生用品产业园已开工建设: a firm's park that is built is a project (not 产业园启动建设, a zone)
        rf"|(?:产业园|工业园)(?=(?:已经|已){_DAY}(?:正式|全面)?(?:开工|动工|投产|建成)|(?:正式|全面)?破土动工|开工仪式"
        rf"|{_DAY}在[^,;:。!?\n在]{{2,20}}?(?:基地|园|区|县|镇)正式(?:开工|动工|投产))"
        # a firm named by its trade, a plant in a bulletin's list (鑫昌鞋材已投产,
        # 永宁化纤、耀隆化工今年正式投产)
        r"|(?<=[\u3400-\u9fff]{2})(?:鞋材|鞋业|服饰|纺织|化工|化纤)(?=(?:、[\u3400-\u9fff]{2,8})*(?:相继|今年|已经|已|也已|正式|全面){0,2}"
        r"(?:竣工|投产|建成|开工|动工|投用|投入使用|投入运营))"
        r"|(?:码头|泊位|电厂|工厂|工场|新厂|(?<=工程|研发|科研)中心|(?<=[胶烯醇酸腈酯脂料纸喷化理])厂|煤矿|综合体|生产线|产线|接收站|储备库|轻纺城|纺织城|服装城"
        r"|(?:加注|加气|加油|充电|换电)站|电站|水厂|(?:公路|铁路|快线|大桥)(?:[\u3400-\u9fff]{1,4}段)?)"
        rf"(?=(?:[、和及与][^,;:。!?\n]{{1,24}}?)*(?:已经|已|将|即将|预计将?)?{_DAY}(?:在[^,;:。!?\n在]{{2,10}}?)?"
        r"(?:已经|已|正在|正|全面|正式|顺利|主体|将|举行|破土|按期|如期|提前){0,2}"
        r"(?:竣工|开工|动工|投产|量产|建成|中交|奠基|加快建设|加紧建设|开工建设|并网发电|投用|投入使用|投入运营|通车"
        r"|(?:[一1]次性?)?(?:开车|试车)(?:[一1]次)?成功))",
    ),
    # 乌审召化工项目区, 石横化工项目聚集区: a zone of projects, not one.
    (
        "Park",
        r"工业园区|产业园区|园区|工业区|工业园|产业园|开发区|项目区|项目聚集区|项目集聚区"
        r"|经开区|高新区|石化区|化工区|产业区|集中区|专区",
    ),
)
# What a name with one of these suffixes can be: a project's name may still be a firm's (国亨化学项目).
NAMED_BY_SUFFIX = frozenset({"Enterprise", "Project", "Park", "Region", "Platform"})
# …and works with no stage after them (120万吨乙烯改扩建工程), a project only when named by a plant's figure.
_SUFFIX = re.compile(
    "|".join(f"(?P<{label}>{suffix})" for label, suffix in _SUFFIXES)
    + r"|(?P<Works>工程(?![师院局处部队]|塑料))"  # (工程塑料: engineering plastics)
)
_MAX_NAME = 60
# Works of a named project before their stage (X项目主体工程竣工): the project is X项目.
_WORKS_OF_PROJECT = re.compile(r"(?<=项目)(?:主体|配套|土建|安装)工程$")
_REVAMP = re.compile(r"脱瓶颈|(?:改扩|扩|迁)建|(?:技术|扩能|节能|搬迁)?改造|扩能|技改|升级")
_REVAMP_END = re.compile(r"(?:脱瓶颈|改造|扩能|技改|升级|扩建)$")
_TRAIN_COUNT = r"\d\s*[×xX*]\s*"  # 2×3.5万吨/年: two trains of 3.5万吨
_TRAINS = re.compile(rf"{_TRAIN_COUNT}\d")
# The products of one plant listed by 、 after its figure, up to a name's end: 年产260万条A、B、|C项目.
_PLANT_ITEMS_BEFORE = re.compile(
    rf"(?:年产|{_TRAIN_COUNT}|[一二三四五六七八九十]期)\d+(?:\.\d+)?[万千]?[吨条套台件个](?:/年)?"
    r"[^,;:。!?\n项装]{1,30}(?<!工程)、$"
)  # (2×5000吨/年电子级氢氟酸、2×3.5万吨/年无水氟化铝项目: two trains' products, one name)
_ITEMS_REACH = 200  # (longer than any such item: the search need not start further back)
# A plant's name: its figure and product, perhaps several (60万吨/年丙烷脱氢及40万吨/年聚丙烯),
# perhaps with digits, a · (己内酰胺·尼龙6) or a bracketed abbreviation (10万吨/年的溶聚丁苯橡胶(SSBR)项目).
# A count of pieces names a plant too (200亿支/年…手套项目), and so does a power (100兆瓦光伏电站项目).
_PLANT_PART = (
    rf"(?:{_TRAIN_COUNT})?\d+(?:\.\d+)?(?:万吨(?:/年)?|吨(?!级)(?:/年)?|万?t(?:/a)?(?![A-Za-z])|[万亿][支只条套台件](?:/年)?|万锭|万?(?:千瓦|兆瓦)|[GM]Wh?)"
    rf"(?:{LOCANT})?[\u3400-\u9fffA-Za-z]{{2,}}(?:[\u3400-\u9fffA-Za-z0-9·]|-\d|\([A-Za-z0-9\-]{{1,10}}\))*"
)
_PLANT_NAME = re.compile(rf"{_PLANT_PART}(?:、?{_PLANT_PART})*$")  # 2×5000吨/年A、2×3.5万吨/年B
# 鲁西化工三项目: three of its projects (not 碳四, 第三, 十一五)
_COUNT_AT_END = re.compile(r"(?<![碳第])(?<!十[一二三四五])[两三四五六七八九十]$")
_COUNTED = re.compile(r"\d+多?(?:个|家|批|项|套|宗|只)")  # 2只有机化工项目: 只 counts as 个
# Words that describe rather than name (一 may read 1; 五大连池 is a city; 炼化各装置: each unit).
_DESCRIBES = re.compile(
    r"最|首[个批座]|首套(?!.*(?:装置|生产线))|又[一1]|没有|唯[一1]|[两三四五六七八九十2-9]大(?!连池)|各(?:装置|项目|类|种|个)"
    r"|多[套个家座条]"  # 国内有多套…装置建成投产: several, no name
)
_SIZE_ONLY = re.compile(r"(?:[\u3400-\u9fff]{0,4}地区|世界级|国内|国有|全国|亚洲|全球)?")  # before 大型
_ORDINAL = re.compile(r"第\d+[套个家座条届]")  # 第1套FMTP科技示范项目: which one it is, not its name
_NATIONAL = ("中国", "全国", "国家")
# Words before a plant's figure in its name that name no firm: 年产, 新建, 一期, a legal form.
_NO_FIRM_WORDS = re.compile(
    r"年产能?|产能|新建|扩建|建设|设计|[一二三四五六七八九1-9]期|(?:股份)?有限(?:责任)?公司|股份公司|公司|集团"
)
# A plant's figure in a name (24万吨/年, 24万t/a); 百万吨级 is a size class, not a figure.
_TONNES_IN_NAME = re.compile(r"(\d+(?:\.\d+)?)(万)?(?:吨(?!级)(?:/年)?|t(?:/a)?(?![A-Za-z]))")
# What 对 begins as a para- compound's prefix (对二甲苯, 对苯二甲酸): a word of the name, no preposition.
_PARA_COMPOUNDS = "二甲苯|苯二|甲苯|叔丁基|羟基|氨基|硝基|乙酰"
# Words after which a name starts (the verb or preposition before it): 引进|天辰…项目.
_LEFT_BOUNDARIES = re.compile(
    r".*(?:在建|续建|进入|完成(?=年产|\d)|增加|预计|重大(?:产业)?项目|重点(?:工业|产业|民生)?项目|我国|引进|引入|吸引|走访|来到|促成|推进|协调|支持|拉动|带动|签约|签署|签订|签下|掀起|围绕|投资|投建|开建|动建|兴建|筹建|共建|合建(?!筑)|建设|建立|落户|落地|开工|开复工|竣工|投产|投运|启动(?!区)|着手|实施|"
    r"推动|加快|加速|合作开发|毗邻|紧邻|抓紧|形成|服务|考察|参观|深入|洽谈|举办|召开|成立|设立|组建|选址|透露|消息说|但是|但|入驻|表示|介绍|包括|涵盖|包含|只见|装载|方面|宣读|委托|选用|探访|台资企业|台企|上市公司|龙头企业|巨头|五百强企业|代表|拥有|同意|呈报|虽然|(?<![光型性晶])显示|祝愿|庆祝|祝贺|跟踪|打通|列入|承建|(?<!共)建成|(?:招商引资)?目标企业|[我本全该][市县区省]|其中|以及|目前|今年|去年|位于|基础上|(?<![相是])继(?!续|承|而|电|往)|"
    r"(?:(?<=口岸|园区|地区)|(?<=[县市区省镇])|(?<=[新再兴筹元]建))一(?![期号体批级流条套座个次线家站])|特别是|尤其是|导致|园区内|区内|园内|受理|近日|日前|此外|同时|据悉|修改|编制|办理|排入|排至|送往|送至|新增|子公司|孙公司|母公司|合资公司|旗下|控股|依托|除了|(?<!材料|产品|装置|基地|示范)(?<!生产线)暨|揭牌|装置|蝉联|荣获|获评|入选|连续|"
    rf"谋划|筹划|筹备|策划(?:生成)?|获得|取得|持有|只有|募投项目|(?<=股票)之|终止|运输至|运至|运抵|抵达|到达|布局|消化|突破|供图|现有|打算(?:再|继续)?上?|推迟|暂停|叫停|缓建|搁置|取消|放弃|比如|例如|譬如|如(?=年产)|建有|设有|效仿|认定|印发|开展|评审|拓宽|仿照|借鉴|届时|上马|关于|投巨资(?:兴建|建设|建)?|调研|听取|视察|察看|查看|拟(?:新|扩|改扩)?建|(?:全球|世界|亚洲|国内)最大的?|(?:百|千|\d+)亿(?:元)?级|最大的?(?:单套|单体|单系列|单线)?(?=年产|\d)|最大规模的?|最大的?[\u3400-\u9fff]{{0,6}}?项目(?=[\u3400-\u9fff])|力争|力促|促进|争取|确保|核准|批准|批复|标志[着著]|实现|宣布|报道|走进|[建办做管搞抓]好|随[着著]|伴随|随后|既有|又有|已有|还有|共有|先后有|(?:(?<=项目)|(?<=[,;:。!?\n的]))有(?![效关利望所研色机限助力的着没益些])|开设|前往|进驻|通过(?:利用)?|加入|配备|满足|传出|外传|重视|发挥|盯牢|紧盯|强化(?!剂)|跃至|借助|构建|意味着|规划|完善|做大做强|培植|落子|配合|结合|提高|花落|具有|公示|中标|供应给|发布|已发展|走近|生产企业|生产商|生厂商|制造商|供应商|涉足|简称|承担|到|看|认识|携手|进行|以来|迎来|年底前|年内|年底|上半年|下半年|年初|月底前|按照|创建|打造|举行|承接|确定|昨日|央企|(?<![中天平草高太])原(?!丝|药|料|煤|盐|矿)|以|对接|(?<![相绝])对(?!{_PARA_COMPOUNDS})|与|(?<!研发)及|和|(?<!自)由|在|是|的|把|将|被|向|从|自(?!贸|由|治|主|贡|动|卸)|于|(?<!高)等(?!级)|为|让|了|就|除|而|仅|待|(?<!数)据|"
    r"电\s*\([^()]{1,20}\)|\d+日|\d+号|\d{1,2}月(?:份|底|初|中旬|上旬|下旬)?|明年|(?:19|20)\d{2}年|(?<=[建迁移])至|\d[万亿]元(?:新建|兴建|建设|建)?)"
)
# 及/与/和 inside one name, not between two: before a figure (国亨66万吨/年丙烷脱氢及45万吨/年聚丙烯
# 项目), before what goes with the plant (乙烯及下游深加工装置项目, 纤维及配套项目), between two
# abbreviations (ABS及AS项目).
_CONTINUATION = re.compile(r"\d|其|配套|下游|相关|附属|深加工|延伸|原料")


# Words that make 建设 before 项目 a verb or a kind of project, not the end of a name (开工建设项目,
# 重点建设项目); after a noun it ends one (某某新厂建设项目, 某某三期工程建设项目).
_VERB_BEFORE_BUILDING = re.compile(
    r"(?:开工|启动|加快|推进|开始|正在|在|投资|规划|计划|拟|合作|共同|联合|全面|重点|重大|基本|(?<!期)工程|基础设施|的)建设$"
)
_TOTAL_BEFORE = re.compile(r"(?:共计|合计|总计|累计)$")
_CLAUSE_AFTER_DASH = re.compile(r"[^,;:。!?\n]{0,60}")


def _epithet(text: str, epithet: Mention, found: list[Mention]) -> bool:
    """A new project's "name" right before a dash that a project's name follows in its clause."""
    if not (epithet.is_new and epithet.label == "Project" and text.startswith("——", epithet.end)):
        return False
    clause = _CLAUSE_AFTER_DASH.match(text, epithet.end + 2)
    end = clause.end() if clause else epithet.end + 2
    return any(m.label == "Project" and epithet.end + 2 <= m.start and m.end <= end for m in found)


# 其 (its) before a plant's figure: the firm said before.
_ITS_PLANT = re.compile(r"其(?=年产|\d)")
# A development zone or park named before a project's own name (four characters or more before 项目).
_ZONE_BEFORE = re.compile(r".+?(?:经济开发区|开发区|工业园区|产业园区|工业区)(?=[^项]{4,}项目$)")
# A zone named before a firm is where it stands (…石化工业区|中海壳牌石油化工有限公司), but the zone's
# own developer is named after it (海西宁德工业区开发有限公司).
_ZONE_BEFORE_FIRM = re.compile(
    r".+(?:开发区|工业园区|产业园区|工业区|工业园|产业园|片区)(?=(?!开发|建设|投资|管理|发展|运营)[^区园]{4,}$)"
)
# Up to a closing bracket that nothing in the name opens: 记者…肖咸强)|福建省…项目.
_UNOPENED = re.compile(r"(?:[^()]*\([^()]*\))*[^()]*\)")


# A firm said before or speaking, at the start of a project's name (该公司|PTA二期工程项目).
_THIS_FIRM = ("该公司", "我们公司", "我公司", "本公司")


def _after_unopened(name: str) -> str:
    while (cut := _UNOPENED.match(name)) is not None:
        name = name[cut.end() :]
    return name


def _works_name(name: str) -> bool:
    """Works named by a plant's figure and what it makes (可年产50万吨工程 names nothing made), or a
    named plant's relocation or revamp (天津碱厂搬迁改造工程)."""
    made = _TONNES_IN_NAME.sub("", name).removesuffix("工程")
    figure = _TONNES_IN_NAME.search(name) is not None and INDUSTRY_WORDS.search(made) is not None
    return figure or _REVAMP_WORKS.search(name) is not None or _PLACED_WORKS.fullmatch(name) is not None


# A place's works named by what they make (南港乙烯工程, 福建炼油乙烯工程).
_PLACED_WORKS = re.compile(r"[\u3400-\u9fff]{2,4}(?:炼油|炼化)?(?:乙烯|丙烯|芳烃|PX|PTA|烯烃)(?:一体化)?工程")


_REVAMP_WORKS = re.compile(
    r"(?:[\u3400-\u9fff]{2}(?:厂|石化|化工|炼化|公司)|炼油)[\u3400-\u9fff]{0,6}?(?:搬迁|改造|改扩建|技改|结构调整)+"
    r"(?:[一二三四五六七八九]期)?工程$"
)  # 化塑厂苯乙烯搬迁工程, 石油一厂新区搬迁一期工程, 炼油结构调整工程


_BRACKETED_WORD = re.compile(r"\([\u3400-\u9fff]+\)[\u3400-\u9fff]")
_FIRM_GOES_ON = re.compile(r"\([\u3400-\u9fff]{2,6}\)(?:股份)?(?:有限(?:责任)?)?公司")
_BRANCH_AFTER = re.compile(r"(?:(?![和及与])[\u3400-\u9fff()]){2,10}?分公司")
_NAMED_BEFORE_BRACKET = re.compile(r"(?:项目|工程)$")


def _inside_bracket(text: str, start: int, end: int) -> int | None:
    """Where a name ending at ``end`` inside a bracket starts: right after the bracket, instead of
    reaching back across it (A项目(该项目): an anaphor, naming nothing; 彭山产业新城(成眉新能源新材料
    园区): the park's own name, with no bracket left open; A公司(B股份有限公司): B). None after a
    project's name, whose bracket holds another name of it (A项目(中沙古雷乙烯项目)): A is named by
    its own ending."""
    opened = text.rfind("(", start, end)
    if opened < 0 or ")" in text[opened:end]:
        return start
    if text.startswith(_ANAPHORS, opened + 1) or not _NAMED_BEFORE_BRACKET.search(text, start, opened):
        return opened + 1
    return None


def _inner_conjunction(text: str, cut: re.Match[str]) -> bool:
    if cut.group(0).endswith("装置"):  # …环氧丙烷装置|及配套90万吨/年双氧水装置项目: one name
        joined = text.startswith(("及", "与", "和"), cut.end())
        return joined and _CONTINUATION.match(text, cut.end() + 1) is not None
    if cut.group(0)[-1] not in "及与和":
        return False
    if cut.group(0)[-1] in "和与" and text.endswith(("项目", "工程"), 0, cut.end() - 1):
        return False  # A项目和120万吨B工程项目: two names (A项目及配套工程: one)
    before, after = text[cut.end() - 2 : cut.end() - 1], text[cut.end() : cut.end() + 1]
    latin = before.isascii() and before.isalpha() and after.isascii() and after.isalpha()
    # 二氧化碳聚醚及高性能多元醇项目, HPPO及聚醚多元醇项目, 智能家居和植物照明系统项目: two products of
    # one plant
    product_before = _PRODUCT_END.match(before) is not None or (before.isascii() and before.isupper())
    products = product_before and cut.group(0)[-1] in "及和"
    # 乙烯装置脱瓶颈改造及能效提升项目: two works on one plant
    revamps = _REVAMP_END.search(text, max(0, cut.end() - 6), cut.end() - 1) is not None
    return latin or products or revamps or _CONTINUATION.match(text, cut.end()) is not None


# Words of a clause, not a name's first character, before 和/与/及 (将与A, 并与A, 市和A).
_NOT_A_NAMES_START = "并还也又亦及和与同将已再拟均都正在由被对向为把从跟且则就要可能会该其市县区省镇乡村"
_PRODUCT_END = re.compile(r"[醚醇酯烃胺腈酮醛酐脂胶纸膜布丝料品剂粉烯烷苯酚铁带居器]")


# A name's own ending: what is before a 和 that ends so is a name of its own (A项目和B项目).
_ENDS_A_NAME = re.compile(
    r"(?:项目|工程|公司|集团|装置|基地|园区|码头|泊位|生产线|产线|接收站|储备库|[期厂])$"
)


def _inside_listed_item(text: str, cut: re.Match[str]) -> bool:
    """A 和/及 inside an item of a 、-list that starts no name of its own: 、大亚湾红墙环氧乙烷衍生物和
    聚羧酸减水剂项目、 is one project (the list's items are parted by 、)."""
    if cut.group(0)[-1] not in "及与和" or text[cut.start() - 1 : cut.start()] != "、":
        return False
    before = text[cut.start() : cut.end() - 1].removesuffix("以")  # 以及
    return _ENDS_A_NAME.search(before) is None


# 分别是/分别为 introduce the names of a list, not a description of one project.
_LISTING = ("分别是", "分别为")
_STAGES_BEFORE = re.compile(r"(?:在建|拟建|已建|规划)[和及、与](?:在建|拟建|已建|规划)(?:的|中的)?$")
# A figure and 的 right before a plant's name: 年产45万吨的|ABS及AS项目; a port's throughput is no
# part of its name (年吞吐能力100万吨的|福讯码头).
_FIGURE_OF = re.compile(
    r"(?:年产能|年产|产能)?(?<![\d.])(?<!吞吐能力)(?<!吞吐量)(?<!通过能力)\d+(?:\.\d+)?万?吨(?:/年)?"
    r"(?P<product>[\u3400-\u9fffA-Za-z]{2,12})?的$"
)
_MADE_BEFORE_FIGURE = re.compile(r"(?:年产|年生产)[\u3400-\u9fffA-Za-z]{1,8}$")
_KIND_OF_WORKS = re.compile(r"(?:产业化|生产|建设|扩建|扩产|技改|示范|新建)(?:项目|工程)")
# Boundary characters that here begin a word of the name: 原料药 (原 is "formerly" elsewhere).
# …and 对 of a para- compound (年对二甲苯): boundaries are matched in a window that may end inside the name,
# where their own look-ahead cannot see the compound.
_NOT_A_BOUNDARY = re.compile(rf"原料|对(?={_PARA_COMPOUNDS})")
# A firm's trade, right before its legal suffix, is part of its name: 某某投资有限公司.
_FIRM_TRADES = ("投资", "建设", "控股", "服务")
_NUMBERED_LIST = re.compile(rf"{_NUMBERED.pattern}\d*号$")  # …1#、13号 ending a boundary (13号 read as a day)
_NUMBERED_PLANT = re.compile(r"泊位|码头|生产线|装置|机组|储罐|厂房")
_FIRM_AFTER_TRADE = re.compile(r"[\u3400-\u9fff]{0,2}?(?:(?:股份)?有限(?:责任)?公司|集团)")
_ANAPHORS = ("该", "本", "此", "这")
# After these, a project "name" is what the project is (该项目是…关键环节项目), not what it is called.
_COPULA = ("是", "为", "属于", "作为", "成为")
# A firm's short name with its seat in brackets: 恒力(泸州)产业园, 长青(湖北)项目.
_FIRM_WITH_SEAT = re.compile(
    r"[\u3400-\u9fff]{2,4}\([\u3400-\u9fff]{1,3}[州阳江山南北东西海安川京津宁港城都原庆林徽建苏疆藏夏门岛沙昌汉]\)"
    r"(?:产业园|工业园)?"
)  # (the seat ends as places do: not 合同(章程)项目)
_AIM_AFTER = re.compile(r"为(?:目标|方向|愿景)")
_PART_OF_AFTER = re.compile(r"的(?:重要)?(?:一部分|组成部分|子项目)")
# …but a firm's word right before a plant's figure names one: 是|巨正源120万吨/年丙烷脱氢…项目.
_FIRM_AND_FIGURE = re.compile(
    r"(?!一|国内|我国|全国|世界|亚洲|全球)(?:(?![年合总项内的产])[\u3400-\u9fff]){2,6}\d+(?:\.\d+)?万?吨(?:/年|(?=[\u3400-\u9fff]))"
    # (…为内蒙古某某化学工业有限公司30万吨/年煤制乙二醇项目: a registered firm's plant)
    r"|[\u3400-\u9fff()]{2,24}?(?:股份)?有限(?:责任)?公司(?:年产)?\d+(?:\.\d+)?万?吨"
)
_PHASE_IS = re.compile(r"(?<![\u3400-\u9fff])[一二三四五六七八九\d]期(?:工程|项目)?(?:是|为)$")
# 本次开工建设的项目为|A项目: the batch's one project named
_BATCH_IS = re.compile(r"(?:此次|本次|这次)[^,;。]{0,8}的项目(?:是|为)$")
# 现场开工的是|A项目: the project a stage is said of, named
_STAGED_IS = re.compile(r"(?:开工|动工|开建|签约|投产|竣工|奠基)(?:建设)?的(?:是|为)$")
_GENERIC_START = (
    "该",
    "此",
    "本",
    "各",
    "每",
    "这",
    "那",
    "其",
    "上述",
    "相关",
    "有关",
    "多个",
    "所有",  # 所有生产装置: every unit, no name
    "华独资",  # 首个美企在华独资重大石化项目: a description, no name
    "华合资",
    "部分",  # 部分生产线已经投产: some of them, no name
    "主要装置",  # 等主要装置已全面开工: the main units, no name
    "主体装置",
    "主要生产装置",
    "不少",
    "多数",  # 多数绿色甲醇项目开始签约: most projects of a kind, no name
    "大多数",
    "少数",
    "许多",
    "几个",  # 几个重大化工项目: some projects, no name
    "数个",
    "若干",
    "一些",
    "国内",  # 创下国内乙烯项目多项第一: of all the country's, no name
    "一批",
    "一系列",  # 一系列重大钢铁产业项目: a series, no name
    "一处",
    "1处",
    "重要",
    "最",
    "首个",
    "第一",
    "重点",
    "重大",
    "项目",
    "有哪些",  # 2026年有哪些大型化工项目会投产?: a question, no name
    "哪些",
    "大企业",  # 吸引大企业大集团参与: firms of a size, no name
)
_GENERIC_END = (
    "等",
    "个",
    "项",
    "些",
    "以上",
    "以下",
    "类",
    "批",
    "库",
    "重大",
    "最大",
    "较大",
    "壮大",
    "创新",
    "最新",
    "全新",
    "重点",
    "重点工程",  # 中国石化重点工程项目: a class of projects
    "重大工程",
    "总承包",  # …EPC总承包项目: a contract for works, not a project
    "招商",
    "签约",
    "企业",
    "落地",
    "与",  # EPC合同授标与项目融资贷款协议: 项目 qualifies what follows, no name ends there
    "和",
    "及",
)
_GENERIC = frozenset(
    {
        "产业",
        "工业",
        "化工",
        "石化",
        "民企",
        "央企",
        "外资",
        "国企",
        "优势",
        "配套",
        "一体化",  # 一体化项目基本建成: the article's project, by its kind
        # Kinds of works inside a project (聚丙烯装置建筑工程正式开工), not projects.
        "建筑工程",
        "土建工程",
        "安装工程",
        "主体工程",
        "配套工程",
        "公用工程",  # 公用工程和辅助设施: a plant's utilities
        "公辅工程",
        # A plant word alone (该装置3月29日中交) names no plant.
        "装置",
        "工程",
        "基地",
        "码头",
        "泊位",
        "工厂",
        "新厂",
        "生产线",
        "公路",
        "高速公路",
        "铁路",
        "高速铁路",
        "大桥",
        "快线",
        "煤矿",
        "综合体",
        "产线",
        "其他",
        "招商引资",
        "落地",
        # A firm named by its trade alone (…工业区建设|发展有限公司, 厦门永佳和|塑胶有限公司): the name
        # began before.
        "发展",
        "实业",
        "开发",
        "塑胶",
        "塑料",
        "橡胶",
        "化学",
        "科技",
        "材料",
        "新材料",
        "能源",
    }
)
_KINDS_OF_UNIT = frozenset({"生产", "聚合", "工业", "工业化", "工业生产", "示范", "中试", "联合", "主"})
# Words of a clause that no project's name holds: a verb of the sentence or a pointer back to the project.
_PROJECT_PLACED = re.compile(r"项目(?:地处|位于|坐落|所在)")  # (a project's clause, where it stands)
_CLAUSE_IN_NAME = re.compile(r"完成|按下|分别|希望(?!集团|六和)|该项目|项目属")
_RESEARCH = re.compile(r"(?:技术开发|技术研究|研究开发|研发|攻关|课题|科技支撑|技术推广)$")
# A project "named" by classes of industry and words of size or count alone (石化产业合作项目,
# 高端化工新材料项目, 一大批石化项目, 先进制造业项目) names a kind of project, not one.
_CLASS_OF_PROJECTS = re.compile(
    r"(?:化工新材料|新材料|石油化工|石化|煤化工|盐化工|化工|精细化工|精细化学品|产业链?|合资|合作|中外|上游|中下游|下游|"
    r"高端|龙头|先进制造业|制造业|相关|配套|新型|科技|一大批|一批|众多|一系列|系列|全力发展|支撑型|"
    r"强链|补链|延链|基地|绿色|环保|涂料|炼化一体化|炼化|一体化|纺织|化纤|轻纺|服装|鞋服|"
    r"高新|现代|服务业|数字经济|社会事业|基础设施|新基建|民生|智能制造|投资|[两二三四五六七八九十]|[、和与及]|"
    # fields of public works (保障性安居工程、卫生健康、文体教育等民生工程项目)
    r"卫生|健康|医疗|教育|文体|文化|体育|旅游|文旅|交通|水利|能源|市政|城建|生态|农业|养老|公共服务|保障性安居工程)+"
)
# A park built as a project of its own (天河智慧消防产业园项目, 兰山木业综合配套区项目): a name, whatever
# its trade.
_PARK_BUILT = re.compile(
    r"[\u3400-\u9fff]{2}(?:产业园|工业园|产业城|众创城|配套区|示范园|小镇)"
    r"(?:[及和]?(?:配套|基础)设施(?:建设)?)?$"  # (…科创产业园及配套设施建设项目: the park and its works)
)
# Public works named as projects (县凤洋中学项目, 汕头市骨科医院项目, 潮汕大桥工程).
_PUBLIC_WORKS = re.compile(
    r"[\u3400-\u9fff]{2}(?:医院|中学|小学|幼儿园|学校|学院|大桥|隧道|公路|大道|水库|广场|综合体|安置房|住房|棚户区|污水处理厂|水厂"
    r"|体育场|体育馆|体育中心|图书馆|档案馆|博物馆|文化馆|科技馆|客运站"  # (南安市体育场项目)
    r"|公园|风情园|度假|电影港|影视城|景区)"  # (福清雕塑公园项目, 目屿岛旅游度假项目: tourism)
)
# …and a park by such words and a rank or a quality (特色石化产业园区, 国家级化工新材料产业园区).
# 绿色 stays out: 绿色化工产业园 is 岳阳's park by its own name.
_CLASS_OF_PARKS = re.compile(
    r"(?:国家级|国家|全国|省级|高端|特色|现代|示范|竞争力|优势|新型|超?大型|世界级|化工新材料|新材料|石油化工|石化|化工|化学工业|"
    r"产业|一体化|高质量发展|[、和与及])+"
)
_PROVINCE = re.compile(r"^[\u3400-\u9fff]{2,3}省")  # 四川省化工园区: a province's class of parks
# A park named by its place alone (大路工业园区, 洪泽经济开发区): after the data's regions, a word of up
# to six characters with no sign of a verb's object or a kind of park before it (助力园区, 专业园区).
_PARK_PLACE = re.compile(r"[\u3400-\u9fff]{2,6}?(?:经济技术|经济|高新技术|高新)?")
_NOT_A_PARK_PLACE = re.compile(
    r"专业|标准|助|千亿|百亿|[市省县]属|相关|[该本此这各]|拓展|优化|利用|延长|要求|开展|组织|接近|发展|进一步|"
    r"级|国家|全国|所在|当地|新建|现有|所属|周边|全[市县省区部]|摄|入驻|进入|建设|打造|依托|不断|加强|保证|"
    r"不进|筑牢|经过|与会|描绘|推行|零碳|新兴|集群|城区|多国|企业|感受|^[市县区镇]?(?:经济|高新)"
)
_FIRMS_PHASE = re.compile(
    r"(?![今明去前本其此这全首每近远已则启促计]|[一二三四上下]?季度|[上下]半年|提交|有效|解决|保证|推[进动]|加快|实施|完成|开展|建设|确保|[东西南北]区)"
    r"(?:(?![分和及与该项])[\u3400-\u9fff]){2,6}?第?[一二三四五六七八九\d]期(?:扩能|扩建|改扩建|技改)?"
)  # (扬巴二期扩能项目: a phase's expansion)
INDUSTRY_WORDS = re.compile(
    r"化工|化学|煤化|石化|石油|炼化|炼油|材料|科技|能源|树脂|橡胶|纤维|塑料|塑胶|烯|醇|酸|酯|醚|烷|苯|腈|胺|酮|"
    r"环氧|氢|烃|煤炭|综合利用|电商|沥青|涂料|漆|油墨|胶粘|粘合剂|颜料|染料|助剂|加工|气体|空分|空压|(?<!村)厂(?!区|房)|码头|泊位|中心|储罐|仓储|物流|医药|药|医疗|手套|电子|光伏|电池|锂|装置|生产线|基地|工程|制造|"
    r"纺织|轻纺|无纺|纺纱|针织|针纺|织造|印染|染整|纱线|面料|家纺|注塑|吹塑|母粒|编织|非织造|熔喷|纺粘|纤|纶|膜|鞋|服装|轮胎|热电|碳[二三四五六七八九]|一体化|汽车|零部件|浆纸|稀土|永磁|催化剂|"
    r"农化|农药|膦|肥|分子筛|氯|氟|糖|氯碱|碱|卤|盐(?!城)|油(?!头)|硅|铝|钢|玻璃|陶瓷|装备|设备|新能源|风电|核电|水电|电站|电厂|储能|造纸|(?<!报)纸|升级改造|技术改造|搬迁改造|技改|有限(?:责任)?公司|"
    # the district's downstream trades and a few common makers' words (西北电缆, 美瑞弹性体, 尼龙6项目)
    r"尼龙|弹性体|电缆|焦化|焦炭|兰炭|电石|煤电|线缆|卫生用品|卫浴|服饰|时装|皮革|合成革|半导体|芯片|晶圆|铜箔|天然气|煤气|聚碳|双氧水|胶粉|船舶|游艇|发动机|冷轧|"
    r"[A-Za-z]{2,}|\d+万?[吨锭]"
    # other districts' trades (智能农业机械生产项目, 食品生产项目, 工贸项目; 粮油, 钢结构, 制药 are
    # named by 油, 钢, 药)
    r"|机械|农机|机电|电机|风机|电器|家电|五金|模具|铸造|锻造|机器人|数控|光电|食品|饲料|冷链|屠宰|乳业|饮料|水产|"
    r"水泥|建材|石材|港航|港口|砂石|骨料|石英|石墨|制品|中央厨房|预制菜|装配式|家具|包装|印刷|工贸|选矿|冶炼|疫苗|单车|电动车|火电|风场"
    r"|牧场|养殖|种植|文旅|旅游|康养|数据|算力|煤矿|矿井|矿山|矿业|热轧|卷板|型材|板材|管材|线材|家居|照明|灯具|塑业|铜业|制气|新材|凝胶|生态|智能|矿泉水|冶金|固废|危废|环保|石粉|车辆|标准化?厂房"
    # a firm's short name before the project's own words (蒙西高岭粉体公司|高岭土项目)
    r"|(?<=[\u3400-\u9fff]{2})(?<![该本子分])公司(?=[\u3400-\u9fff])"
)


@dataclass(frozen=True)
class Mention:
    """A span of the normalised text naming a node (``id``) or a new entity (``id`` None)."""

    start: int
    end: int
    id: str | None
    label: str
    score: float
    name: str  # the node's name, or the new entity's name as the text gives it
    kind: str  # exact | fuzzy | resolved | new
    candidates: tuple[str, ...] = ()  # every node an ambiguous term names

    @property
    def is_new(self) -> bool:
        return self.id is None

    @property
    def length(self) -> int:
        return self.end - self.start


# Longer than any name a mention can be (a candidate's is at most _MAX_NAME; the data's are shorter).
LONGEST_MENTION = 500


@dataclass
class Mentions:
    """The mentions of a text: ``top`` in text order (by start), and the ones nested inside each."""

    top: list[Mention]
    nested: dict[Mention, list[Mention]] = field(default_factory=dict)

    def __setattr__(self, name: str, value: object) -> None:
        # (what is worked out from top and nested is worked out again when either is replaced)
        self.__dict__.pop("_index", None)
        object.__setattr__(self, name, value)

    def _indexed(self) -> tuple[list[Mention], list[int], list[int]]:
        """Every mention in text order, the starts of those, and the starts of ``top``: worked out
        once, as a long text asks for them thousands of times."""
        index: tuple[list[Mention], list[int], list[int]] | None = self.__dict__.get("_index")
        if index is None:
            found = list(self.top)
            for inner in self.nested.values():
                found.extend(inner)
            ordered = sorted(found, key=lambda m: (m.start, -m.length))
            index = (ordered, [m.start for m in ordered], [m.start for m in self.top])
            self.__dict__["_index"] = index
        return index

    def around(self, position: int) -> list[Mention]:
        """The top mentions that start at most ``LONGEST_MENTION`` characters before ``position``
        and not after it: every one that can hold it."""
        return self.top_starting_in(position - LONGEST_MENTION, position)

    def starting_in(self, start: int, end: int) -> list[Mention]:
        """Every mention, nested ones included, that starts in ``[start, end]``, in text order."""
        ordered, starts, _ = self._indexed()
        return ordered[bisect.bisect_left(starts, start) : bisect.bisect_right(starts, end)]

    def top_starting_in(self, start: int, end: int) -> list[Mention]:
        """The top mentions that start in ``[start, end]``, in text order."""
        _, _, starts = self._indexed()
        return self.top[bisect.bisect_left(starts, start) : bisect.bisect_right(starts, end)]

    def all_known(self) -> list[Mention]:
        """Every mention of an existing node, nested ones included, in text order."""
        found = [m for m in self.top if not m.is_new]
        for inner in self.nested.values():
            found.extend(inner)
        return sorted(found, key=lambda m: (m.start, -m.length))

    def new_ones(self) -> list[Mention]:
        """Every mention of a new entity, nested ones included, in text order."""
        return [m for m in self._indexed()[0] if m.is_new]

    def everything(self) -> list[Mention]:
        return list(self._indexed()[0])


# A web address: a word of it is no name (http://china.chemnet.com/, www.china.com.cn).
_URL_PART = re.compile(r"[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*(?:\.[A-Za-z]{2,}|/)")
_ADDRESS_BEFORE = re.compile(r"[^\s\u3400-\u9fff]*$")


def _in_address(text: str, start: int) -> bool:
    before = _ADDRESS_BEFORE.search(text, max(0, start - 16), start)
    run = before.group(0) if before is not None else ""
    return ("://" in run or run.startswith("www.") or run.endswith(".")) and bool(
        _URL_PART.match(text, start)
    )


_TONNES_AFTER_TERM = re.compile(r"\d+(?:\.\d+)?\s*[万千]?\s*(?:吨|t/a)")


def _ascii_alnum(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _is_subsequence(needle: str, haystack: str) -> bool:
    it = iter(haystack)
    return all(c in it for c in needle)


class Matcher:
    """Finds mentions of one dataset's nodes; build once, use for many articles."""

    def __init__(self, lexicon: Lexicon, threshold: float = DEFAULT_THRESHOLD) -> None:
        self.lexicon = lexicon
        self.threshold = threshold
        self._automaton = ahocorasick.Automaton()
        for k, term in lexicon.terms.items():
            self._automaton.add_word(k, term)
        self._automaton.make_automaton()
        # Names long enough to be found with stray characters inside, by their first character.
        self._by_first: dict[str, list[Term]] = defaultdict(list)
        for k, term in lexicon.terms.items():
            if len(k) >= 4 and all(_CJK.match(c) for c in k):
                self._by_first[k[0]].append(term)

    def _mention(self, start: int, end: int, term: Term, score: float, kind: str) -> Mention:
        node = self.lexicon.nodes[term.ids[0]]
        candidates = term.ids if len(term.ids) > 1 else ()
        return Mention(start, end, term.ids[0], node.label, round(score, 3), node.name, kind, candidates)

    def _exact(self, text: str) -> list[Mention]:
        if not self.lexicon.terms:
            return []  # an empty dataset: an automaton without words cannot search
        haystack = "".join(c.lower() if c.isascii() else c for c in text)
        found = []
        for end_index, term in self._automaton.iter(haystack):
            end = end_index + 1
            start = end - len(term.key)
            if _ascii_alnum(term.key[0]) and start > 0 and _ascii_alnum(text[start - 1]):
                continue
            # MTBE10万吨: a figure right after an abbreviation is no part of it
            figure_after = term.key[-1].isalpha() and _TONNES_AFTER_TERM.match(text, end) is not None
            glued = end < len(text) and _ascii_alnum(text[end]) and not figure_after
            if _ascii_alnum(term.key[-1]) and glued:
                continue
            if term.case_sensitive and any(c.isascii() and c.islower() for c in text[start:end]):
                continue  # "po" in running English is not PO
            if _ascii_alnum(term.key[0]) and _in_address(text, start):
                continue  # http://china.chemnet.com/: a site's address, not China
            if term.key == "氨" and text[start - 1 : start] in _FIBRE_BEFORE_SPANDEX:
                continue  # 锦氨, 涤氨: a fabric of nylon or polyester with spandex (氨纶), not ammonia
            if text[end : end + 1] in _NOT_BEFORE.get(term.key, ()):
                continue  # 未聚碳五 is no polycarbonate, 英力士苯领 no benzene, 苯胺 no benzene
            if text[start - 1 : start] in _NOT_AFTER.get(term.key, ()):
                continue
            found.append(self._mention(start, end, term, term.score, "exact"))
        return found

    def _with_junk(self, text: str) -> list[Mention]:
        found = []
        for start, char in enumerate(text):
            for term in self._by_first.get(char, ()):
                n = len(term.key)
                allowed = min(MAX_JUNK, n - 3)
                for end in range(start + n + 1, min(start + n + allowed, len(text)) + 1):
                    window = text[start:end]
                    if window[-1] != term.key[-1] or not all(_CJK.match(c) for c in window):
                        continue
                    if _is_subsequence(term.key, window):
                        score = fuzz.ratio(term.key, window) / 100 * term.score
                        found.append(self._mention(start, end, term, score, "fuzzy"))
                        break
        return found

    def _candidates(self, text: str, known: list[Mention]) -> list[Mention]:
        found = []
        firm_end = 0  # a name never reaches back across a company's name: X有限公司|Y有限公司
        for suffix in _SUFFIX.finditer(text):
            if suffix.start() < firm_end:
                continue  # the 分公司 of a branch named with its firm's name, read with it
            if _BRACKETED_WORD.fullmatch(text, max(0, suffix.start() - 1), suffix.end() + 2):
                continue  # 华锦化工(集团)有限责任公司: a word in brackets inside a longer name
            if _FIRM_GOES_ON.match(text, suffix.end()):
                continue  # 恒德集团(中国)有限公司: the group's unit in a place, one name
            works = suffix.lastgroup == "Works"
            label = "Project" if works else suffix.lastgroup or "Project"
            if label == "Project" and text.startswith("公司", suffix.end()):
                continue  # 持有PTA项目公司35%的股权: the project's company, a firm
            if suffix.group(0) in BUILT_PARK_KINDS and text.startswith("项目", suffix.end()):
                continue  # 菏泽开发区劲嘉新材料产业园项目: a project's name, read at 项目
            wide = suffix.start()
            while wide > max(suffix.start() - _MAX_NAME, 0) and (
                _NAME_CHAR.match(text[wide - 1])
                or _ONE_DASH.fullmatch(text, wide - 2, wide + 1)  # 己内酰胺—聚酰胺
                or _NUMBERED.match(text, wide - 2)
                or _DIGITS_COMMA.match(text, wide - 2)
                or _TRAINS.fullmatch(text, wide - 2, wide + 1) is not None  # 2×3.5万吨/年
            ):
                wide -= 1
            inside = _inside_bracket(text, wide, suffix.start())
            if inside is None:
                continue
            wide = inside
            if label == "Project" and text.startswith("”", suffix.end()):
                # “半成品混合橡胶、工业传动三角带改扩建项目”: a name in quotes is whole, 、 and all
                opened = text.rfind("“", max(0, suffix.start() - _MAX_NAME), suffix.start())
                if opened >= 0 and not _OUT_OF_QUOTES.search(text, opened + 1, suffix.start()):
                    wide = min(wide, opened + 1)
            if (
                label == "Project"
                and (plant := _PLANT_ITEMS_BEFORE.search(text, max(0, wide - _ITEMS_REACH), wide)) is not None
            ):
                wide = plant.start()  # 年产260万条载重胎内胎、工程胎内胎项目: one plant's products, one name
            end = suffix.end()
            if label == "Enterprise":
                wide = max(wide, firm_end)
                # 中国石油天然气股份有限公司大港石化分公司: the branch, one name
                branch = _BRANCH_AFTER.match(text, end)
                end = firm_end = branch.end() if branch is not None else end
            start = self._name_start(text, wide, suffix, label, known)
            if start is not None and _STAGES_BEFORE.search(text, max(0, start - 6), start):
                start = None  # 在建和拟建轻烃综合利用项目: projects of a kind, no name
            if label == "Project" and start is not None and suffix.group(0) in ("基地", "厂"):
                start = None if text[start - 1 : start] == "在" else start  # 在某某基地开工: a place
            if start is not None and suffix.group(0) == "厂" and "公司" in text[start : suffix.start()]:
                start = None  # 燕山石油化工公司合成橡胶厂: a firm's works, not a project
            mention = None if start is None else self._candidate(text, start, end, label, known)
            part_of_other = mention is not None and mention.label != label  # 及丙烯酸酯项目: a product
            joined = start is not None and _joined(text, wide, start)
            if start is not None and joined and (mention is None or mention.is_new or part_of_other):
                # 100万吨/年乙烯及炼油改扩建项目: cut at 及, a part; whole, the name the data has.
                whole = self._candidate(text, wide, end, label, known, plausible=False)
                mention = whole if whole is not None and not whole.is_new else mention
            if (
                start is not None
                and label == "Project"
                and text[start - 1 : start] in ("及", "和", "与")
                and (mention is None or mention.is_new)
                and (plant := _PLANT_OPENS.search(text, wide, start - 1)) is not None
                and not _ITEM_ENDED.search(text, plant.end(), start - 1)  # (A项目及B项目: two)
                and not text.endswith(_COPULA, 0, plant.start())  # (为年产…: a description)
            ):
                # 年产3.6万吨磷酸锰铁锂及磷酸铁正极材料建设项目: one plant's products, one name
                mention = self._candidate(text, plant.start(), end, label, known) or mention
            no_name = mention is None or (joined and mention.label != label)
            after_name = (
                start is not None and _ENDS_A_NAME.search(text, max(0, start - 6), start - 1) is not None
            )
            if (
                start is not None
                and start > wide
                and text[start - 1] in "及与"
                and no_name
                and not after_name
            ):
                # 金江化学醋酸酯及丙烯酸酯项目, 己内酰胺产业链搬迁与升级转型发展项目, 举行了BOPP薄膜及胶带
                # 项目的签约仪式: the part after the conjunction is no name alone, so the name starts after
                # the boundary before it (not after a copula: 为…纤维及产业链配套项目 is a description;
                # not after a name: 炼厂改造项目与新建绿地项目 are two kinds of works)
                before = _LEFT_BOUNDARIES.match(text, wide, start - 1)
                head = before.end() if before is not None else wide
                described = text.endswith(_COPULA, 0, head) and not text.endswith(_LISTING, 0, head)
                if head < start - 1 and not described:
                    mention = self._candidate(text, head, end, label, known) or mention
            # (以打造…示范项目为目标: an aim, not a project)
            aim = mention is not None and mention.is_new and _AIM_AFTER.match(text, end) is not None
            if (
                mention is not None
                and not aim
                and not (works and mention.is_new and not _works_name(mention.name))
            ):
                found.append(mention)
        # An epithet before a dash is no name of its own: 最大的…炼油化工项目——福建炼油乙烯项目, also
        # when the name after the dash starts with its firm's (——某某有限公司己二腈项目).
        return [m for m in found if not _epithet(text, m, found)]

    @staticmethod
    def _name_start(
        text: str, start: int, suffix: re.Match[str], label: str, known: list[Mention]
    ) -> int | None:
        """Where the name before ``suffix`` starts, after the verb or preposition before it; None
        when what is there is a description, not a name."""
        # Cut after the verb or preposition before the name, leaving it two characters at least;
        # not inside a list of capacities (国亨66万吨/年丙烷脱氢及45万吨/年聚丙烯项目).
        wide = start
        limit = floor = max(suffix.start() - 2, start)
        while (cut := _LEFT_BOUNDARIES.match(text, start, limit)) is not None:
            listed = label == "Project" and _inside_listed_item(text, cut)
            # 青海省国有资产投资|管理有限公司: a firm's trade, a word of its name
            trade = cut.group(0).endswith(("投资", "控股")) and bool(_FIRM_AFTER_TRADE.match(text, cut.end()))
            # 1#、13号泊位: the berths' numbers, not a day
            numbered = _NUMBERED_LIST.search(cut.group(0)) is not None and _NUMBERED_PLANT.match(
                text, cut.end()
            )
            # 80万吨/年乙烯装置|脱瓶颈改造及能效提升项目: the plant a revamp is of, a word of its name
            revamp = cut.group(0).endswith("装置") and _REVAMP.match(text, cut.end()) is not None
            # 海和药业…项目: one character at a clause's start before 和 is no item of a list, but a word of
            # the name (not 并与, 市和: a word of the clause before; not 涉及, 以及: a word of their own)
            lone = (
                cut.group(0)[-1] in "和与及"
                and cut.end() - start == 2
                and start == wide
                and (wide == 0 or text[wide - 1] in "。!?\n,;:")
                and text[wide] not in _NOT_A_NAMES_START
                and text[wide : cut.end()] not in ("涉及", "以及")
            )
            one_name = _inner_conjunction(text, cut) or listed or trade or bool(numbered) or revamp or lone
            if not one_name and not _NOT_A_BOUNDARY.match(text, cut.end() - 1):
                break
            limit = cut.end() - 1
        if cut is not None:
            # 分别是A、B, 二期为A项目: names (of a list, of a phase)
            listing = text.endswith(_LISTING, 0, cut.end()) or any(
                is_.search(text, max(0, cut.end() - 20), cut.end())
                for is_ in (_PHASE_IS, _BATCH_IS, _STAGED_IS)
            )
            named = _FIRM_AND_FIGURE.match(text, cut.end(), suffix.start()) is not None
            # 该项目是A项目的一部分: the whole a part belongs to is named, not described
            named = named or _PART_OF_AFTER.match(text, suffix.end()) is not None
            named = named or text.endswith(("特别是", "尤其是"), 0, cut.end())  # emphasis, no copula
            if label == "Project" and text.endswith(_COPULA, 0, cut.end()) and not listing and not named:
                return None  # 该项目是泉港石化产业…强链项目: a description
            start = cut.end()
            # 投资|新建A项目: a name starts after a 新建 that follows the verb (甲石化新建B装置 keeps it).
            if text.startswith("新建", start) and start + 2 < floor:
                start += 2
            # A plant's figure before 的 is part of the name: 年产45万吨的ABS及AS项目.
            figure = _FIGURE_OF.search(text, wide, start) if label == "Project" else None
            if figure is not None and figure.group("product") and not _KIND_OF_WORKS.match(text, start):
                figure = None  # (年产4万吨锂离子电池材料的产业化项目 keeps its figure and product)
            if figure is not None and _MADE_BEFORE_FIGURE.search(text, wide, figure.start()):
                figure = None  # 年产水泥900万吨的台泥(贵港)项目: the product said first, then the name
            # …14400吨的北京燕山石化…生产线: not when the name after it names its firm
            named = any(start <= m.start < suffix.start() and m.label == "Enterprise" for m in known)
            if figure is not None and not named:
                start = figure.start()
        # A verb or preposition right before the suffix leaves no name: …项目的子项目,
        # 系列项目开工是集团 (the name, if any, is found at its own suffix); a firm's trade is
        # part of its name (某某投资有限公司, 某某第十六建设有限公司).
        late = _LEFT_BOUNDARIES.match(text, start, suffix.start())
        if late is not None and late.end() > floor and late.group(0)[-1] not in "及与和":
            trade = label == "Enterprise" and late.group(0).endswith(_FIRM_TRADES)
            # …深加工装置项目, 古雷石化启动项目 (a start-up project, not a verb), 巴斯夫二期投资项目
            trade = trade or (label == "Project" and late.group(0).endswith(("装置", "启动", "投资")))
            # 某某新厂建设项目: 建设 right before 项目 after a noun is part of the name
            trade = trade or (
                label == "Project"
                and late.end() == suffix.start()
                and late.group(0).endswith("建设")
                and not _VERB_BEFORE_BUILDING.search(late.group(0))
            )
            if not trade and not _NOT_A_BOUNDARY.match(text, late.end() - 1):
                return None
        # A known park or area before a firm's name is where it stands: 泉港石化园区|X有限公司.
        if label == "Enterprise":
            for m in known:
                inner = m.id and m.label == "Park" and start <= m.start < m.end < suffix.start() - 1
                if inner and (m.start == start or not _NAME_CHAR.match(text[m.start - 1])):
                    start = max(start, m.end)
        if label == "Project" and _TOTAL_BEFORE.search(text, max(0, start - 2), start):
            return None  # 5家共计90万吨/年的EVA装置: plants added up, no one's
        return start

    def _candidate(
        self, text: str, start: int, end: int, label: str, known: list[Mention], plausible: bool = True
    ) -> Mention | None:
        """The name ``text[start:end]`` as a mention: of the node it resolves to, else new; None
        when it is no plausible name (or, with ``plausible`` off, when it resolves to no node)."""
        if (
            label == "Project"
            and text.rfind("《", 0, start) > text.rfind("》", 0, start)
            and _RULES_TITLE.match(text, end)
        ):
            return None  # 《化学工业建设项目试车规范》: words in the title of a code, no project
        if label == "Project" and (_HAS_A_LIST.match(text, end) or _COUNT_AFTER.match(text, end)):
            # LNG产业链项目有A、B…, 生物医药项目2个: a kind of project that heads a list or is counted
            return None
        name = _after_unopened(text[start:end].lstrip("(")).lstrip("()/.-+& ")  # (记者甲乙)A园区: A园区
        if name.startswith("及") and text[end - len(name) - 1 : end - len(name)] == "以":
            name = name[1:]  # A、B以及|C项目: 以及 joins the list, C starts after it
        name = _DOCUMENT_NUMBER.sub("", name)  # 公告编号:临2021-091|山东某某股份有限公司
        name = name[name.rfind("项目有") + 3 :] if "项目有" in name else name  # …项目有|A项目、B…
        if label == "Project" and (zone := _ZONE_BEFORE.match(name)) is not None:
            name = name[zone.end() :]  # 滨州北海经济开发区|滨华新材料…项目: where it stands, then its name
        if label == "Project" and _ITS_PLANT.match(name):
            name = name[1:]  # 其|2万吨废旧锂离子电池…项目: the firm said before, then its plant
        if label == "Project" and name.startswith("公司") and len(name) > 6:
            name = name[len("公司") :]  # 目前公司|氯碱搬迁升级改造项目: the firm said before
        firm = next((f for f in _THIS_FIRM if name.startswith(f)), None)
        if label == "Project" and firm and not name.startswith("两期", len(firm)):
            # 该公司|PTA二期工程项目, 我们公司|年产5000台…项目: the firm said before or speaking, then the
            # name (not 该公司两期…项目, both phases)
            name = name[len(firm) :]
        if label == "Enterprise" and (zone := _ZONE_BEFORE_FIRM.match(name)) is not None:
            name = name[zone.end() :]  # …大亚湾石化工业区|中海壳牌石油化工有限公司
        start = end - len(name)
        if label == "Project" and (works := _WORKS_OF_PROJECT.search(name)) is not None:
            name, end = name[: works.start()], end - (len(name) - works.start())  # X项目|主体工程竣工
        if plausible and not self._plausible(
            name, label, [m for m in known if start <= m.start and m.end <= end]
        ):
            return None
        if plausible and label == "Project" and self._class_after_list(text, start, end, known):
            return None
        # A plant's figure makes a name a project's, not a product's (80万吨/年MDI项目 is no MDI);
        # without one, 乙烯项目 may well be said of the product, though never of a process.
        among = NAMED_BY_SUFFIX if _TONNES_IN_NAME.search(name) else None
        resolution = self.lexicon.resolve(name, label, among=among)
        if resolution is not None and resolution.label == "Process" and label == "Project":
            # a route is no project: 丙烷脱氢制丙烯项目 is a plant that runs it
            resolution = self.lexicon.resolve(name, label, among=NAMED_BY_SUFFIX)
        inside = _non_overlapping([m for m in known if start <= m.start and m.end <= end and m.id])
        figure = _TONNES_IN_NAME.search(name)
        at = start + figure.start() if figure is not None else end  # where the plant's figure starts
        if (
            resolution is not None
            and resolution.label == "Project"
            and resolution.score < 1.0
            and figure is not None
            and len(_CJK.findall(_NO_FIRM_WORDS.sub("", name[: figure.start()]))) >= 2
            and not self._same_plant(text, start, at, inside, known, resolution.id)
        ):
            # 镇海炼化100万吨/年乙烯及炼油改扩建项目: near 中化泉州's name, but the words before the figure
            # name another firm
            resolution = None
        if label == "Project" and (resolution is None or resolution.score < self.threshold):
            products = [p for m in inside if m.id and (p := self.lexicon.product_of(m.id))]
            firms = [m.id for m in inside if m.id and m.label == "Enterprise"]
            project = self.lexicon.project_of(firms, products)
            if project is None and figure is not None:
                # named by its plant: 某某有限公司24万吨/年聚醚多元醇项目
                project = self.lexicon.project_by_capacity(products, tonnes_of(figure))
                if project is not None and not self._same_plant(text, start, at, inside, known, project):
                    project = None
            # 国亨化学66万吨/年丙烷脱氢项目, 国亨化学丙烷脱氢项目: the firm's one project of the data
            # making that product (at that figure), not its 二期, a plant of its own
            single = len(products) == 1 or figure is not None
            if project is None and firms and single and not LATER_PHASE.search(name):
                tonnes = tonnes_of(figure) if figure is not None else None
                project = self.lexicon.firms_plant(firms, products, tonnes)
            if project is not None and self.lexicon.elsewhere(name, project):
                project = None  # 漳州…100万吨级乙烯…项目 is not 中化泉州100万吨/年乙烯…项目
            if project is not None:  # named by its firm and products: 国亨…丙烷脱氢及…聚丙烯项目
                resolution = Resolution(project, "Project", self.threshold)
        if resolution is not None and resolution.score >= self.threshold:
            node = self.lexicon.nodes[resolution.id]
            kind = "exact" if resolution.score == 1.0 else "resolved"
            return Mention(start, end, node.id, node.label, resolution.score, node.name, kind)
        return Mention(start, end, None, label, 1.0, name, "new") if plausible else None

    def _same_plant(
        self, text: str, start: int, end: int, inside: list[Mention], known: list[Mention], project: str
    ) -> bool:
        """A name with ``project``'s figure and product is that project: the words before the
        figure (``text[start:end]``) name its own firm, or none (a known firm there invests in it,
        中化东大(外省)有限公司; with no known firm, the words the data lacks start as the project's
        name does, 中化东大 for 中化蓝星东大(泉州)…项目, not 镇海炼化); and, unless a firm of the project
        is named, the article's places agree (百万吨乙烯项目 in a text of 海南 is not 中化泉州's), and
        a name of only a figure and a product needs the article to name a place the data has."""
        firms = {m.id for m in inside if m.label == "Enterprise" and m.id}
        investors = {f for f in firms if project in self.lexicon.projects_of(f)}
        rest = list(text[start:end])
        named = False
        for m in inside:
            if m.start >= end:
                continue
            if m.label == "Enterprise" and m.id:
                if m.id not in investors:
                    return False
                named = True
            rest[m.start - start : m.end - start] = " " * (m.end - m.start)
        unknown = "".join(_CJK.findall(_NO_FIRM_WORDS.sub("", "".join(rest))))
        if not named and len(unknown) < 2:
            # 独山子石化千万吨炼油、|百万吨乙烯工程: a later item of a list is the plant of the firm
            # its first item names
            unknown = self._list_firm_words(text, start, known)
        if not (named or len(unknown) < 2 or self.lexicon.named_alike(unknown, project)):
            return False
        # (not a region inside a firm's name: 中国石油集团 places no text in China)
        regions = {m.id for m in known if m.label == "Region" and m.id and not not_a_place(text, m)}
        bare = not named and len(unknown) < 2  # 百万吨大乙烯配套项目: only a figure and a product
        return bool(investors) or (
            (bool(regions) or not bare) and not self.lexicon.placed_apart(regions, project)
        )

    @staticmethod
    def _class_after_list(text: str, start: int, end: int, known: list[Mention]) -> bool:
        """A few words of kind after a list's 等 (A、B等工业技改项目稳步推进): the class of the items
        listed, not a project of its own, unless a firm or product of the data names it."""
        core = text[start:end].removesuffix("项目")
        return (
            text.endswith("等", 0, start)
            and text.endswith("项目", 0, end)
            and len(core) <= 6
            and not any(c.isdigit() for c in core)
            and not any(m.id and start <= m.start and m.end <= end for m in known)
        )

    @staticmethod
    def _list_firm_words(text: str, start: int, known: list[Mention]) -> str:
        """The words the data lacks before the first figure of the list whose later item starts at
        ``start`` (独山子石化 in 独山子石化千万吨炼油、|百万吨乙烯工程), or none."""
        if text[start - 1 : start] not in ("、", "和", "及"):
            return ""
        clause = max(text.rfind(stop, 0, start) for stop in ",;:。!?\n") + 1
        figure = re.search(r"[\d一二三四五六七八九十百千]+万?吨", text[clause:start])
        if figure is None:
            return ""
        head = list(text[clause : clause + figure.start()])
        for m in known:
            if clause <= m.start and m.end <= clause + figure.start():
                head[m.start - clause : m.end - clause] = " " * (m.end - m.start)
        return "".join(_CJK.findall(_NO_FIRM_WORDS.sub("", "".join(head))))

    @staticmethod
    def _plausible(name: str, label: str, inside: list[Mention]) -> bool:
        suffix = re.search("(?:" + dict(_SUFFIXES)[label] + ")$", name)
        core = name[: suffix.start()] if suffix else name
        if len(core) < 2 or core in _GENERIC or not _CJK.search(core):
            return False
        if core.startswith(_GENERIC_START) or (core[0].isdigit() and not _PLANT_NAME.match(core)):
            return False  # 20个项目 counts; 1200万吨/年炼油项目 names a plant
        if label == "Project" and name.endswith("装置"):
            # 聚丙烯装置, 聚合装置, 生产装置: a kind of unit, no one's plant (燕化丁基橡胶装置 is one)
            kind = re.sub("^(?:新建|在建|拟建)", "", name.removesuffix("装置"))
            whole = [m for m in inside if m.label in ("Product", "Process") and m.end - m.start == len(kind)]
            if kind in _KINDS_OF_UNIT or whole or "项目" in kind:  # X项目主体装置: a unit of X项目
                return False
        # A superlative, a first, another, a size, an ordinal or a count describes (海峡两岸最大…项目,
        # 我国首个…项目, 又一…石化项目, 世界级大型煤化工项目, 第1套…示范项目, 20个石化项目).
        if (
            _DESCRIBES.search(core)
            or _COUNTED.search(core)
            or _ORDINAL.match(core)
            or _COUNT_AT_END.search(core)
        ):
            return False
        if "大型" in core and _SIZE_ONLY.fullmatch(_strip_places(core, inside).split("大型")[0]):
            return False  # 世界级大型煤化工项目, 西南地区大型石化项目 (联合石化大型…项目 is named)
        # 强链补链大项目 is a description; 蓝星东大有限公司 a name.
        if core.endswith(_GENERIC_END) or (label != "Enterprise" and core.endswith(("大", "新"))):
            return False
        if label == "Park" and _PROJECT_PLACED.search(core):
            return False  # 好之味…生产项目地处园区: a project's clause runs up to the park it stands in
        if label == "Enterprise":
            # 新疆分公司: a branch named by its place alone, of a firm said before it, names none
            placed = any(m.label == "Region" for m in inside) and len(core) <= 4
            return not (placed and name.endswith("分公司"))
        if (label == "Project" and _CLASS_OF_PROJECTS.fullmatch(core)) or (
            label == "Park" and _CLASS_OF_PARKS.fullmatch(_PROVINCE.sub("", core))
        ):
            return False
        # 厦门某某公司完成项目(签约), 也希望某某公司按下项目(建设快进键): a clause, not a name
        if label == "Project" and _CLAUSE_IN_NAME.search(core):
            return False
        if label == "Project" and _RESEARCH.search(core):
            return False  # 某某成套技术开发项目: research, not a plant anyone invests in
        # The country and a generic word name a class of parks, not one (中国化工园区30强).
        national = core.startswith(_NATIONAL)
        if label == "Park" and national and _strip_places(core, inside).removeprefix(core[:2]) in _GENERIC:
            return False
        # A place alone does not make a name (在外泉港籍企业项目); a firm or a product does, and so does
        # a phase before its stage (华谊三期已开工, 赛得利三期建成): a firm's short name is before it.
        named = any(m.label not in ("Indicator", "Region", "Park") for m in inside)
        if (
            named
            or (label == "Project" and name.endswith("项目") and _PARK_BUILT.search(core) is not None)
            or (label == "Project" and _PUBLIC_WORKS.search(core) is not None)
            or (label == "Project" and _FIRM_WITH_SEAT.fullmatch(core) is not None)
            or INDUSTRY_WORDS.search(core)
            or _FIRMS_PHASE.fullmatch(core if name.endswith("项目") else name)
        ):
            return True
        # …though a park's place does (大路工业园区, 洪泽经济开发区)
        place = _strip_places(core, inside)
        return (
            label == "Park"
            and _PARK_PLACE.fullmatch(place) is not None
            and not _NOT_A_PARK_PLACE.search(core)
        )

    def _shared_kind(self, text: str, mention: Mention, chosen: list[Mention]) -> Mention:
        """A place listed before a park that names the kind for both (泉港、泉惠石化园区): the park
        that place's name and that kind make, if the data has it; else the place."""
        if mention.label != "Region" or text[mention.end : mention.end + 1] not in ("、", "和", "及", "与"):
            return mention
        park = next((m for m in chosen if m.start == mention.end + 1 and m.label == "Park" and m.id), None)
        kind = _PARK_KIND.search(text, park.start, park.end) if park is not None else None
        counted = _COUNT_THEN_KIND.match(text, mention.end)  # 泉港、泉惠两个石化园区
        if park is not None and kind is not None and kind.start() > park.start:
            shared = kind.group(0)
        elif counted is not None:
            shared = counted.group("kind")
        else:
            return mention
        resolution = self.lexicon.resolve(text[mention.start : mention.end] + shared, "Park")
        if resolution is None or resolution.score < self.threshold or resolution.label != "Park":
            return mention
        node = self.lexicon.nodes[resolution.id]
        return Mention(mention.start, mention.end, node.id, "Park", resolution.score, node.name, "resolved")

    def _enumerated(self, text: str, known: list[Mention]) -> list[Mention]:
        """The projects of a list closed by 等(N个)项目 (A、B和C等3个项目已投产), or opened by 项目包括
        (开工的重点项目,包括A、B、C等): each item names a project, with or without 项目; a list whose
        items do not parse (or count) gives none."""
        found = []
        # …项目,包括A、B、C等: the items after the head, up to 等 or the clause's end.
        for head in _LIST_HEAD.finditer(text):
            end = head.end()
            while end < len(text):
                # 年产5万吨(环保型)水性树脂项目, 西环路(蓼北路-双板桥路)建设项目: one item
                word = _WORD_IN_BRACKETS.match(text, end) or _BRACKET_IN_NAME.match(text, end)
                if word is None and text[end] in _LIST_STOPS:
                    break
                end = word.end() if word else end + 1
            end = end - 1 if text[end - 1 : end] == "等" else end
            counted = _COUNTED_END.search(text, head.end(), end)  # 项目有A、B、C等7个: the count is no item's
            end = counted.start() if counted is not None else end
            closer = next((t for t in _LIST_TAIL.finditer(text, head.end(), end) if t.end() == end), None)
            end = closer.start() if closer is not None else end  # 项目有A、B等项目: the closer is no item's
            count = _count(head.group("n"))
            items: list[tuple[int, int]] | None
            built = text.startswith("已建", head.start() - 2)
            # 已建工程包括年产64万吨A装置、77万吨B装置及相关配套装置: each plant by its figure stands
            if built:
                parts = [
                    p
                    for s, e in _split(text, head.end(), end, _LIST_SEPARATOR)
                    for p in _split(text, s, e, "及")
                ]
                items = [(a, b) for a, b in parts if _BUILT_PLANT.fullmatch(text, a, b)]
            elif count == 1:  # 央企项目1个,为C: one item, a list of one
                items = [(head.end(), end)] if _plausible_item(text[head.end() : end]) else None
            else:
                items = _list_items(text, head.end(), end, count, after_head=True)
            if items and not built and all(_UNIT_ITEM.search(text, a, b) for a, b in items):
                continue  # 项目包括DMTO装置、烯烃分离装置…环保工程: a project's units, not projects
            if items and _PARTS_COUNTED.search(text, *items[-1]):
                continue  # 整个项目包括乙烯工程、炼油改造工程和热电改造工程三部分: one project's parts
            if items and any(_KIND_COUNTED.search(text, a, b) for a, b in items):
                continue  # 项目中,包括战略性新兴产业项目64个、…: the projects counted by kind, none named
            for item_start, item_end in items or []:
                found.append(self._item_mention(text, item_start, item_end, known))
        phases = [
            m.span()
            for m in (
                *_ITEM_BRACKET.finditer(text),
                *_BRACKET_IN_NAME.finditer(text),
                *_QUOTED_HEAD.finditer(text),
                *_QUOTED_ITEM.finditer(text),
            )
        ]

        # …众创园(二期)项目, 四期10万吨/年BDO(1,4-丁二醇)、: a phase, a seat or a systematic name in
        # brackets is part of an item, and so is a quoted word it starts with (“两机”重大专项、)
        def inside_phase(position: int) -> bool:
            return any(start <= position < end for start, end in phases)

        tails = [
            *_LIST_TAIL.finditer(text),
            *_COUNTED_TAIL.finditer(text),
            *_COUNT_ONLY_TAIL.finditer(text),
            *_SHARED_TAIL.finditer(text),
            *_BARE_TAIL.finditer(text),
            *_BARE_END_TAIL.finditer(text),
        ]
        for tail in tails:
            start = tail.start()
            while start > 0 and (text[start - 1] not in _LIST_STOPS or inside_phase(start - 1)):
                start -= 1
            # 引进熔喷材料、高级滤材等产业项目, 电芯、电动工具等一批产业链项目: kinds of industry (but
            # …等工业产业项目11个, and 富海400万吨聚酯新材料、…等一批重点产业项目, are projects)
            if (
                _KINDS_TAIL.search(tail.group(0))
                and not tail.group("n")  # 等12个产业项目: as many projects
                and not _COUNT_AFTER_TAIL.match(text, tail.end())
                and not any(c.isdigit() for c in text[start : tail.start()])
            ):
                continue
            if tail.group(0).startswith("等配套"):
                continue  # 中控楼、综合仓库、制备车间等配套项目: a plant's buildings, no projects
            if _FIELDS.search(text, start, tail.start()):
                continue  # 项目涉及A、B、C等二产项目: the fields the projects are in
            if _AGENTS_LISTED.search(text, start, tail.start()):
                continue  # 由A、B等投资建设的3个重点项目: the firms that build them, not the projects
            listed = text[start : tail.start()]
            if tail.re is _COUNTED_TAIL and not (
                "、" in listed or (not tail.group("kind") and _LIST_JOINER.search(listed))
            ):
                # 锡林浩特市举行六大工业重点项目, 光学产业片区首季度实现4大项目: a subject, no list
                # (A、B…4大服装加工项目 and A和B两大项目 are lists)
                continue
            count = _count(tail.group("n"))
            after = _COUNT_AFTER_TAIL.match(text, tail.end()) if tail.re is _LIST_TAIL else None
            if count is None and after is not None:
                count = _count(after.group(0)[:-1])  # 签约A等项目11个: the count after the closer
            if count == 0:
                continue  # 膜材0个项目: a cut or a typo, no list
            items = _list_items(text, start, tail.start(), count, batch="批" in tail.group(0))
            if items is None or (tail.re is _COUNT_ONLY_TAIL and len(items) != count):
                continue  # A和B2个项目: as many names as the count, or none
            if any(_KIND_COUNTED.search(text, a, b) for a, b in items):
                continue  # 战略性新兴产业项目64个、…等其他项目23个: counted by kind, none named
            bare = tail.re in (_BARE_TAIL, _BARE_END_TAIL)
            if bare and not all(_PLANT_ITEM.search(text, a, b) for a, b in items):
                continue  # 钢铁、化工等相继投产: kinds of industry, not plants
            if tail.re is _BARE_END_TAIL and not _STAGE_HEAD.fullmatch(text, start, items[0][0]):
                continue  # (the clause opens with its stage, right before the first item)
            if tail.re is _SHARED_TAIL and (
                "等" in text[start : tail.start()]
                or any(_NAMED_ITEM_END.search(text, a, b) for a, b in items[:-1])
            ):
                continue  # A、B等项目相继落地: a list 等 closes; A项目和B项目相继签约: each item named
            for item_start, item_end in items:
                found.append(self._item_mention(text, item_start, item_end, known))
        # 以下项目将陆续开工建设:A项目;B基地;C工程: each ;-item after the colon is a project's name.
        for head in _COLON_HEAD.finditer(text):
            line_end = next((i for i in range(head.end(), len(text)) if text[i] in "。\n"), len(text))
            for start, end in _split(text, head.end(), line_end, ";"):
                # (…A项目,总投资13.3亿元;B项目,…: the item's name, then its sum)
                described = _NAME_THEN_SUM.match(text, start, end)
                end = described.end("name") if described is not None else end
                item = text[start:end].strip()
                if 4 <= len(item) <= _MAX_NAME and _plausible_item(item, headed=True):
                    found.append(self._item_mention(text, start, end, known))
        # 已机械竣工装置名称\n硫磺回收装置\n2套50万吨/年聚丙烯装置: each line of a table under a heading by
        # the plants' stage names a plant
        for start, end in stage_table_rows(text):
            found.append(self._item_mention(text, start, end, known))
        # Firms' plants listed before a joiner and a named project (全力推动北控40亿立方米煤制气、伊泰200万吨
        # 煤制油以及久泰50万吨乙二醇项目实质性开工): each item before the joiner is a project too.
        for joiner in _PLANTS_THEN_PROJECT.finditer(text):
            start = joiner.start()
            while start > 0 and text[start - 1] not in _LIST_STOPS:
                start -= 1
            items = _split(text, start, joiner.start(), _LIST_SEPARATOR)
            first = _LEFT_BOUNDARIES.match(text, items[0][0], items[0][1] - 2)
            items[0] = (first.end(), items[0][1]) if first is not None else items[0]
            if len(items) >= 2 and all(_FIRMS_PLANT.fullmatch(text, s, e) for s, e in items):
                found.extend(self._item_mention(text, s, e, known) for s, e in items)
        return found

    def _item_mention(self, text: str, start: int, end: int, known: list[Mention]) -> Mention:
        quoted = _QUOTED_TAIL.search(text, start, end)
        if quoted is not None:  # 邛崃“|汉城·酒城文化产业园|”: the name, inside its quotes
            start, end = quoted.start() + 1, end - 1
        name = text[start:end]
        same = [m for m in known if m.id and m.start == start and m.end == end]
        if same:
            return same[0]
        resolution = self.lexicon.resolve(name, "Project")
        if resolution is not None and resolution.score >= self.threshold:
            node = self.lexicon.nodes[resolution.id]
            if node.label in _PLAYERS:  # a plant's item (60万吨/年BDO) is a project, not its product
                return Mention(start, end, node.id, node.label, resolution.score, node.name, "resolved")
        return Mention(start, end, None, "Project", 1.0, name, "new")

    def _units_elsewhere(self, mentions: list[Mention]) -> list[Mention]:
        """``mentions`` without a group's local unit (中国化学天辰(泉州)) where the text names neither
        its place nor a place inside it: the group or another of its units (天辰公司 in Tianjin,
        天辰耀隆 in Fuzhou) is meant."""
        places = {m.id for m in mentions if m.id and m.label in ("Region", "Park")}

        def elsewhere(mention: Mention) -> bool:
            if mention.id is None or mention.label != "Enterprise":
                return False
            unit = _LOCAL_UNIT.search(self.lexicon.nodes[mention.id].name)
            return unit is not None and not self.lexicon.within(unit.group("place"), places)

        return [m for m in mentions if not elsewhere(m)]

    def _the_industry(self, text: str, mention: Mention) -> bool:
        """A firm named by a place and an industry (福建石化) where the text speaks of the place's
        industry (福建石化产业)."""
        return (
            mention.label == "Enterprise"
            and _OF_THE_INDUSTRY.match(text, mention.end) is not None
            and self.lexicon.place_and_industry(text[mention.start : mention.end])
        )

    def find(self, normalized: Normalized) -> Mentions:
        text = normalized.text
        exact = self._exact(text)
        # Stray characters are looked for only where no name matched as written.
        covered = [False] * (len(text) + 1)
        for m in exact:
            covered[m.start : m.end] = [True] * m.length
        fuzzy = [m for m in self._with_junk(text) if not any(covered[m.start : m.end])]
        raw = self._units_elsewhere([m for m in exact + fuzzy if not self._the_industry(text, m)])
        candidates = self._candidates(text, raw) + self._enumerated(text, raw) + _numbered_units(text)
        chosen: list[Mention] = []
        taken = [False] * (len(text) + 1)
        # Longest first; at equal length, an existing node before a new one, then the best score,
        # then a project (an item of a list of projects: 包括某某产业园、…) before another kind.
        for mention in sorted(
            raw + candidates,
            key=lambda m: (-m.length, m.is_new, -m.score, m.label != "Project", m.start, m.kind != "exact"),
        ):
            if any(taken[mention.start : mention.end]):
                continue
            for i in range(mention.start, mention.end):
                taken[i] = True
            chosen.append(mention)
        chosen = [
            self._shared_kind(text, m, chosen)
            for m in chosen
            if not (not_a_place(text, m) or _regional_unit(text, m))
        ]
        chosen = _declared_short_names(text, _own_short_names(text, _bare_names(text, chosen)))
        chosen = _abbreviated_plants(text, chosen)
        chosen.sort(key=lambda m: m.start)
        nested: dict[Mention, list[Mention]] = {}
        for outer in chosen:
            if outer.kind in ("new", "resolved", "fuzzy") or outer.length > 4:
                # Inside a new name, a new firm's name too: 福建凯丰新材料有限公司|年产…项目.
                pool = raw + candidates if outer.is_new else raw
                inner = [
                    m
                    for m in pool
                    if outer.start <= m.start
                    and m.end <= outer.end
                    and m != outer
                    and (m.id is None or m.id != outer.id)
                    and (m.id is not None or (m.label == "Enterprise" and m.length < outer.length))
                ]
                if inner:
                    nested[outer] = _non_overlapping(_product_not_its_kind(text, inner, raw))
        return Mentions(chosen, nested)


# Projects of an amount each (超100亿元的, 50亿元以上), in a list's closer or count.
_OF_AMOUNT = r"(?:(?:总投资)?[超过近约达]*\d+(?:\.\d+)?亿元(?:以上|级)?的?)?"
# 等3个项目, 等项目, 等一批重点项目, 等一批基础配套设施项目, 等5个超百亿元项目, 等在内的16个项目,
# 等总投资94.6亿元的项目11个: the end of a list of projects (一批 is 1批, 百亿 100亿 once numerals are
# normalised); not reasons (根据A、B等决定建设本项目).
_LIST_TAIL = re.compile(
    rf"等(?:在内的)?(?:(?P<n>{NUMBER})[多余]?[个项])?(?:[一1]大?批)?{_OF_AMOUNT}"
    r"(?:重点|重大)?(?:(?!出席|参加|见证|参观|考察|视察|巡视|察看|查看|共同|调研|观摩|相关|领导|嘉宾|代表|决定|本|该|多家|几家|数家)[\u3400-\u9fff]){0,6}?"
    # A、B等新投产装置: plants by their stage; A、B等9个重大基础设施配套工程: counted works (not a plant's
    # 107个单位工程); A、B等重点工程: key works
    r"(?:项目|(?<=投产|建成|开工)装置|(?<=重点|重大)工程|(?(n)(?<!单位|单项|子项)工程|(?!)))"
)  # not A、B等出席当天项目开工仪式, A、B等相关领导及项目部员工参加: the people present
# A list closed by its count and 大项目, perhaps with a kind between (A、B、C三大项目,
# A、B…4大服装加工项目): as 等3个项目.
_COUNTED_TAIL = re.compile(
    r"(?<=[\u3400-\u9fff])等?(?P<n>[两三四五六七八九十]|\d+)大(?P<kind>[\u3400-\u9fff]{0,8}?)项目"
)
# …and by its count alone (中天胜和中建材凯盛一期2个项目已竣工投产).
# (A、B、C、D4个超百亿元工业项目成功落地: an amount and a kind of industry may come between)
_COUNT_ONLY_TAIL = re.compile(
    r"(?<=[\u3400-\u9fff])(?<!等)(?P<n>[两二三四五六七八九]|\d)个"
    rf"{_OF_AMOUNT}(?:重点|重大)?(?:工业|产业|制造业)?项目"
)
_ITEM_BRACKET = re.compile(
    r"\((?:[一二三四五六七八九十\d]期|[\u3400-\u9fff]{2,4}|[^()。;:!?\n]{1,12}?[酸醇烯醚酯胺腈酮醛])\)"
)
# A table's heading by its plants' stage on a line of its own, and a row: a plant's name alone on its line.
STAGE_TABLE_HEAD = re.compile(
    r"^[^\S\n]*(?:已经?)?(?P<stage>机械竣工|中交|建成投产|投产|竣工|开工)的?(?:装置|项目)(?:名称|清单|名单|一览表?)?[^\S\n]*:?[^\S\n]*$",
    re.MULTILINE,
)
_TABLE_ROW = re.compile(
    r"[^\S\n]*(?:\d+套)?(?P<name>[^\s,;:。!?]{2,40}?(?:装置|项目|工程|生产线))[^\S\n]*(?:\n|$)"
)


def table_rows(text: str, head: re.Match[str]) -> list[tuple[int, int]]:
    """The plants' names the table under ``head`` lists, one per line, up to the first line that is
    no plant's name alone."""
    rows = []
    position = head.end() + 1
    while (row := _TABLE_ROW.match(text, position)) is not None:
        rows.append(row.span("name"))
        position = row.end()
    return rows


def stage_table_rows(text: str) -> list[tuple[int, int]]:
    return [row for head in STAGE_TABLE_HEAD.finditer(text) for row in table_rows(text, head)]


_COLON_HEAD = re.compile(
    r"(?:以下|如下)[^,;:。!?\n]{0,8}?项目[^,;:。!?\n]{0,12}:|代表性项目(?:有|为|是|包括)?[,:]"
)
_NAME_THEN_SUM = re.compile(r"(?P<name>[^,;:。!?\n]{4,60}?(?:项目|工程)),\s*(?:总投资|计划总投资|投资)")
_PLANTS_THEN_PROJECT = re.compile(r"(?:以及|和|及|与)(?=[^、,;:。!?\n]{2,30}?项目)")
_FIRMS_PLANT = re.compile(
    r"[\u3400-\u9fff]{2,6}\d+(?:\.\d+)?[万亿]?(?:吨|立方米|t)(?:/年|/a)?[\u3400-\u9fffA-Za-z]{2,12}"
)
# …and by one 项目 that all its items share, said of them all (A、B和C项目均已投产).
# (not A、B、C三大项目陆续投产: the count closes the list, as 三大项目 does)
_SHARED_TAIL = re.compile(
    r"(?<=[\u3400-\u9fff])(?<![两三四五六七八九十\d]大)(?P<n>)项目(?=均|都|全部|全都|相继|先后|陆续)"
)
# A list closed by a bare 等 right before the stage they share (A基地、B炼油、C储备库等先后在此落户): its
# items are plants only when each is named as one (by its kind or its figure).
_SHARED_STAGE = (
    r"(?:先后|相继|陆续|均|都|已经?|正式|全面){0,2}(?:在此)?"
    r"(?:落户|开工建设|开工|建成投产|建成|投产|竣工|签约)"
)
_BARE_TAIL = re.compile(rf"(?<=[\u3400-\u9fff])等(?P<n>)(?={_SHARED_STAGE})")
_PLANT_ITEM = re.compile(
    r"(?:项目|工程|基地|[库厂线站]|码头|泊位|产业园|工业园|中心|装置|铁路|公路|大桥)$"
    r"|\d+(?:\.\d+)?万?吨(?:/年)?[\u3400-\u9fff]"
)
# …or by a bare 等 that ends the clause its stage opens (先后开工建设A工程、B铁路、C公路等,…).
_BARE_END_TAIL = re.compile(r"(?<=[\u3400-\u9fff])等(?P<n>)(?=[,;。])")
_STAGE_HEAD = re.compile(rf"\s*{_SHARED_STAGE}")
_NAMED_ITEM_END = re.compile(r"(?:项目|工程)$")
_KINDS_TAIL = re.compile(r"(?:产业链?|行业|领域)项目$")
_FIELDS = re.compile(r"涉及|涵盖|覆盖|聚焦")
_COUNT_AFTER_TAIL = re.compile(rf"{NUMBER}[个项]")
# 项目有A、B: a list (not 项目有望, 项目有序复工, 项目,有利于A、B).
_HAS = r"有(?![望效力限关助利序所着])(?=[^,;。!?、]{2,30}[、和])"
# 项目包括A、B; 外企项目4个,分别是A、B; 央企项目1个,为C (为 only after a count: 该项目,为… describes);
# 开工项目共有7个,分别是:A、B.
_LIST_HEAD = re.compile(
    rf"项目(?:(?:共有|共)?(?P<n>{NUMBER})个(?:,[^,;:。!?\n]{{0,24}}?元)*[,:]?\s*(?:分别是|分别为|为)"
    rf"|[,:]?\s*还?(?:包括|分别是|分别为|主要有)|{_HAS})[:]?"
    r"|(?<=具有)代表性的(?:项目)?(?:是|为|有|包括)[:]?"  # 具有代表性的是A、B等: the projects counted
    r"|(?<=开工的|动工的|签约的|竣工的|投产的)还有[:]?"  # 我区开工的还有A、B、C: the others of the batch
    r"|(?<=建设的)装置[,:]?\s*还?包括[:]?"  # 正在建设的装置还包括A、B: plants being built
    r"|(?<=已建)(?:工程|装置)[,:]?\s*(?:主要)?包括[:]?"  # 项目已建工程主要包括A、B: plants built
)
_HAS_A_LIST = re.compile(_HAS)
_BUILT_PLANT = re.compile(r"(?:年产)?\d+(?:\.\d+)?万?吨[\u3400-\u9fff]{1,12}?装置")
_COUNTED_END = re.compile(rf"等{NUMBER}[个项家]$")
_RULES_TITLE = re.compile(r"[^》,;。\n]{0,20}?(?:规范|标准|办法|规定|条例|目录|指南|名录|通知|细则)》")
_COUNT_AFTER = re.compile(rf"\s*{HOW_MANY}")
_PARTS_COUNTED = re.compile(r"[两二三四五六七八九十\d]个?(?:大)?部分$")
_KIND_COUNTED = re.compile(rf"项目\s*{HOW_MANY}$")
_AGENTS_LISTED = re.compile(r"等(?:投资|投建|承建|建设|实施|引进)[\u3400-\u9fff]{0,4}的$")
_LIST_STOPS = frozenset(",;:。!?\n()“”")
_WORD_IN_BRACKETS = re.compile(r"(?<=[^\s(])\([\u3400-\u9fff]{1,6}\)")
# A bracket inside a name, which goes on after it: a road's section (万虹路(马甲新庵岭—罗溪客运站)道路改造
# 提升工程), a plant's figure (秸秆综合利用(年产4万吨生物质新型燃料)南大桥乡基地建设项目); not a short name it
# declares, nor an amount before the list's end (A项目(计划投资56亿元)等: an aside).
_BRACKET_IN_NAME = re.compile(
    r"(?<=[\u3400-\u9fffA-Za-z0-9])\((?!以下|下称|简称|计划|总投资|投资)[^()\s,;:。!?、“”]{1,30}\)"
    r"(?![等和及与以])(?=[\u3400-\u9fffA-Za-z0-9])"
)
_LIST_SEPARATOR = "、"
_LIST_JOINER = re.compile(r"以及|和|及|与")
_LIST_CJK_NUMBERS = "一二三四五六七八九十"  # (两 is 二: 两大项目)


# The kind words that end a park's name: 石化园区 of 泉惠石化园区.
_PARK_KIND_WORDS = (
    r"(?:石油化工|化工|石化|新材料|化学)*(?:工业园区|产业园区|工业区|工业园|产业园|园区|开发区|基地)"
)
_PARK_KIND = re.compile(rf"{_PARK_KIND_WORDS}$")
# The kind two places listed before it share, after their count: 泉港、泉惠两个石化园区.
_COUNT_THEN_KIND = re.compile(
    rf"[、和及与][\u3400-\u9fff]{{1,4}}?(?:两|二|三|四|\d+)个(?P<kind>{_PARK_KIND_WORDS})"
)
# A numbered plant (首套…装置, 第二套…装置) whose stage the clause gives (…装置建成, 建成了第一套…装置): a
# project of its own.
_NUMBERED_UNIT = re.compile(
    r"(?:首套|第[一二三四五六七八九十\d]{1,2}套)[^,;:。!?\n、]{0,20}?装置"
    r"|(?:首条|第[一二三四五六七八九十\d]{1,2}条)[^,;:。!?\n、]{0,20}?生产线"
)
_STAGE_AFTER = re.compile(
    r"[^,;:。!?\n]{0,10}?(?:投产|开车|试车|调试|试运行|中交|竣工|建成|开工|动工|建设|施工|投用|安装)"
)


# A plant named by its capacity (9万吨丁基橡胶装置) that is being built, built or planned: the clause
# gives its stage after it (…装置于2010年9月建成投产) or a verb of building right before it
# (正在建设10万吨…装置, 计划上马6万吨以上…装置, 建成我国第一套3.0万吨…装置).
_CAPACITY_UNIT = re.compile(
    r"(?<![\d.])\d+(?:\.\d+)?\s*(?:万吨|万t)(?:/年|/a)?(?:以上)?[^,;:。!?\n、项]{0,16}?(?:装置|工厂)(?!项目|工程)"
)
_BUILDING = re.compile(r"正在建设|开工建设|动工建设|在建|建成|新建|扩建|投建|上马|建立|兴建")
_BUILDING_BEFORE = re.compile(rf"(?:{_BUILDING.pattern})[^,;:。!?\n、]{{0,6}}$")
_SENTENCE_SO_FAR = re.compile(r"[^;。!?\n]{0,60}$")
_CLAUSE_SO_FAR = re.compile(r"[^,;:。!?\n]{0,60}$")


def _own_plant(text: str, start: int) -> bool:
    """A capacity-named plant at ``start`` is a project of its own: someone (a firm) comes before it
    and its verb in its clause, and no project is named before it in its statement. Else it is a part of
    one (X项目的5万吨/年顺丁橡胶装置; a list of a project's units, each line 40万吨/年HDPE装置开车成功)."""
    sentence = _SENTENCE_SO_FAR.search(text, max(0, start - 60), start)
    clause = _CLAUSE_SO_FAR.search(text, max(0, start - 60), start)
    return (
        sentence is not None
        and not _TOTAL_BEFORE.search(text, max(0, start - 2), start)  # 5家共计90万吨/年的EVA装置: a sum
        and "项目" not in sentence.group(0)
        and clause is not None
        and len(_CJK.findall(_BUILDING.sub("", clause.group(0)))) >= 2
    )


def _numbered_units(text: str) -> list[Mention]:
    # 建成第一套装置, 第一条生产线已投产 say which, not what (a line of the project named before): no name
    units = [
        unit
        for unit in _NUMBERED_UNIT.finditer(text)
        if len(re.split("[套条]", unit.group(0), maxsplit=1)[1]) >= len("顺丁装置")
        and (
            _STAGE_AFTER.match(text, unit.end())
            or _BUILDING_BEFORE.search(text, max(0, unit.start() - 12), unit.start())
        )
    ]
    built_end = -1
    for unit in _CAPACITY_UNIT.finditer(text):
        # 动工建设5万吨/年PBAT工厂和10万吨/年POE工厂: the verb is of the next one too
        next_one = _AND_ONE.fullmatch(text, built_end, unit.start()) is not None
        if _own_plant(text, unit.start()) and (
            _STAGE_AFTER.match(text, unit.end())
            or _BUILDING_BEFORE.search(text, max(0, unit.start() - 12), unit.start())
            or next_one
        ):
            units.append(unit)
            built_end = unit.end()
    spans = [unit.span() for unit in units] + _counted_plants(text)
    return [Mention(start, end, None, "Project", 1.0, text[start:end], "new") for start, end in spans]


# One plant a firm builds, counted after the verb (建设一个新的丙烷脱氢(PDH)装置和一个聚丙烯(PP)工厂,
# 新建一个…的皮革化学品工厂) or said to be building (一家在建的甲醇制烯烃(MTO)工厂): each is a project,
# named by what it makes and its plant word.
_BUILD_ONE = re.compile(
    r"(?:建设|新建|兴建|建造|修建|投建)(?=[一1][个座套家])|(?=[一1][个座套家](?:在建|新建)的)"
)
_ONE_PLANT = re.compile(
    r"[一1][个座套家](?:(?:[^,;:。!?\n、]|(?<=\d),(?=\d)){0,16}?的)?(?:全新的|新的|新)?"
    r"([\u3400-\u9fffA-Za-z()\-]{2,16}?(?:装置|工厂|厂))"
)
_AND_ONE = re.compile(r"和|及|以及|、")


def _counted_plants(text: str) -> list[tuple[int, int]]:
    spans = []
    for verb in _BUILD_ONE.finditer(text):
        plant = _ONE_PLANT.match(text, verb.end())
        while plant is not None:
            what = re.sub(r"装置$|工厂$|厂$", "", plant.group(1))
            if what not in _KINDS_OF_UNIT and what not in _GENERIC and INDUSTRY_WORDS.search(what):
                spans.append(plant.span(1))
            joined = _AND_ONE.match(text, plant.end())
            plant = _ONE_PLANT.match(text, joined.end()) if joined is not None else None
    return spans


# Mentions a bare project name may not swallow (a product inside it it may).
_PLAYERS = frozenset({"Project", "Enterprise", "Park", "Region"})


_FIGURE_AND_PRODUCT = re.compile(r"(?:百万|千万|\d+万)吨级?[\u3400-\u9fff]{1,6}项目")


def _own_short_names(text: str, chosen: list[Mention]) -> list[Mention]:
    """A known project only resolved to (not named exactly) is the new project the article names
    in full and ends with that short name (河南炼化百万吨乙烯项目 … 百万吨乙烯项目当前正有序推进: that
    firm's own, not the data's 中化泉州 one). So is a new short name of only a figure and a product, or
    of only a trade's words (荆州煤制气项目 … 煤制气项目)."""
    full = [m for m in chosen if m.is_new and m.label == "Project"]
    result = []
    for mention in chosen:
        short = text[mention.start : mention.end]
        bare = mention.is_new and (
            _FIGURE_AND_PRODUCT.fullmatch(short) is not None
            or len(INDUSTRY_WORDS.sub("", short.removesuffix("项目"))) <= 1
        )
        if mention.label == "Project" and (mention.kind == "resolved" or bare):
            core = short.removesuffix("项目")  # …百万吨级乙烯炼化一体化项目 holds 百万吨乙烯 too
            own = next(
                (
                    m
                    for m in full
                    if m.name != short
                    and (m.name.endswith(short) or (len(core) >= 4 and core in m.name.replace("级", "")))
                ),
                None,
            )
            if own is not None:
                mention = Mention(mention.start, mention.end, None, "Project", 1.0, own.name, "new")
        result.append(mention)
    return result


# A plant called by its product's abbreviation and a plant word: PP工厂, PDH装置.
_ABBREVIATED_PLANT = re.compile(
    r"(?<![A-Za-z0-9])(?P<abbreviation>[A-Za-z][A-Za-z0-9\-]{1,9})(?:工厂|装置|项目|厂)"
)


def _abbreviated_plants(text: str, chosen: list[Mention]) -> list[Mention]:
    """``chosen`` with later mentions of a new plant by the abbreviation its name gives in brackets
    (聚丙烯(PP)工厂 … 而PP工厂的产能将达到80万吨/年): the same plant, when the article names only one
    with it; the product's mention becomes part of the plant's name."""
    result = list(chosen)
    for plant in _ABBREVIATED_PLANT.finditer(text):
        start, end = plant.span()
        overlapping = [m for m in result if m.start < end and start < m.end]
        if any(m.label not in ("Product", "Process") for m in overlapping):
            continue
        named = {
            m.name
            for m in chosen
            if m.is_new and m.label == "Project" and f"({plant.group('abbreviation')})" in m.name
        }
        if len(named) == 1:
            result = [m for m in result if m not in overlapping]
            result.append(Mention(start, end, None, "Project", 1.0, named.pop(), "new"))
    return result


# A short name the article declares for the name before it: 连云港市工业投资集团(以下简称工投集团).
_DECLARED = re.compile(
    r"\((?:(?:以下|下文|下)?简称|(?:以下|下文|下)称)为?[:“\"]?(?P<short>[^()“”\"]{2,12}?)[”\"]?\)"
)


_GENERIC_SHORT = re.compile(r"(?:本|该|我)?(?:公司|集团|项目|企业|工程)")


def declared_short_names(text: str) -> set[str]:
    """The short names the article declares (…(以下简称B)): B."""
    return {found.group("short") for found in _DECLARED.finditer(text)}


def _declared_short_names(text: str, chosen: list[Mention]) -> list[Mention]:
    """``chosen`` with each use of a short name the article declares (A(以下简称B)) as a mention
    of A: one entity, not a second."""
    declared: dict[str, Mention] = {}
    brackets: list[tuple[int, int, Mention]] = []
    for mention in chosen:
        found = _DECLARED.match(text, mention.end)
        if found is not None and mention.label in _PLAYERS:
            declared.setdefault(found.group("short"), mention)
            brackets.append((found.start(), found.end(), mention))
    # a use of the short name that no other name covers (重庆万凯正抓紧建设…): a mention of A too
    chosen = list(chosen)
    taken = [(m.start, m.end) for m in chosen] + [(start, end) for start, end, _ in brackets]
    for short, named in declared.items():
        if _GENERIC_SHORT.fullmatch(short) or not set(short) <= set(named.name):
            continue  # (以下简称公司), or a short name that is no part of A's
        for hit in re.finditer(re.escape(short), text):
            if not any(start < hit.end() and hit.start() < end for start, end in taken):
                chosen.append(replace(named, start=hit.start(), end=hit.end()))
    chosen.sort(key=lambda m: m.start)
    result = []
    for mention in chosen:
        # the short name, or a bare use of it read as that name (广东石化 for 广东石化项目)
        full = declared.get(text[mention.start : mention.end]) or declared.get(mention.name)
        # the short name as declared, or part of it (中科启程PBAT in (以下简称中科启程PBAT项目))
        inside = [m for start, end, m in brackets if start <= mention.start and mention.end <= end]
        full = inside[0] if inside else full
        if full is not None and full is not mention and mention.label == full.label and mention.is_new:
            kind = "new" if full.id is None else "resolved"
            mention = Mention(mention.start, mention.end, full.id, full.label, full.score, full.name, kind)
        result.append(mention)
    return result


def _bare_names(text: str, chosen: list[Mention]) -> list[Mention]:
    """``chosen`` with the bare uses of a new project's name (古雷炼化一体化项目 … 古雷炼化一体化再度
    传来喜讯) as mentions of it too, as the data's projects' bare names are; a product named inside
    such a use is then part of it."""
    result = list(chosen)
    for name in dict.fromkeys(m.name for m in chosen if m.is_new and m.label == "Project"):
        bare = name.removesuffix("项目")
        if bare == name or len(bare) < 4 or not _CJK.match(bare[0]):
            continue
        for hit in re.finditer(re.escape(bare), text):
            start, end = hit.start(), hit.end()
            joined = _NAME_CHAR.match(text[start - 1 : start] or " ") is not None
            if joined and _LEFT_BOUNDARIES.fullmatch(text, max(0, start - 8), start) is None:
                continue  # a longer name's tail (某某古雷炼化一体化), not after a verb (建设|古雷…)
            overlapping = [m for m in result if m.start < end and start < m.end]
            inside = all(start <= m.start and m.end <= end and m.label not in _PLAYERS for m in overlapping)
            if not inside:
                continue  # part of another name (古雷炼化一体化项目 itself)
            result = [m for m in result if m not in overlapping]
            result.append(Mention(start, end, None, "Project", 1.0, name, "new"))
    return result


# A plant's yearly figure, where a name cut at a conjunction may start (年产3.6万吨A及B…项目)…
_PLANT_OPENS = re.compile(r"年产\d")
# …unless an item ends before the conjunction.
_ITEM_ENDED = re.compile(r"项目|工程|生产线|产线|装置|工厂|基地|厂")


def _joined(text: str, wide: int, start: int) -> bool:
    """The name was cut at a conjunction, and only there (A及B项目 may be one name)."""
    return (
        wide < start - 1 and text[start - 1] in "及与和" and not _LEFT_BOUNDARIES.match(text, wide, start - 1)
    )


def _count(text: str | None) -> int | None:
    if not text:
        return None
    if text.isdigit():
        return int(text)
    digit = text.replace("两", "二")
    return _LIST_CJK_NUMBERS.index(digit) + 1 if len(digit) == 1 and digit in _LIST_CJK_NUMBERS else None


def _split(text: str, start: int, end: int, pattern: str | re.Pattern[str]) -> list[tuple[int, int]]:
    parts, last = [], start
    for found in re.finditer(pattern, text[start:end]):
        parts.append((last, start + found.start()))
        last = start + found.end()
    parts.append((last, end))
    return parts


_NUMBER_AT_END = re.compile(r"\d+\s*[号#]?$")


def _merge_numbers(text: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """6号、9号、11号泊位 is one item: a part that starts with a digit continues the one before,
    unless it is a plant with its figure (A30万吨/年己二酸、60万吨/年BDO; 维科家纺、8万锭锅轮纺)."""
    merged: list[tuple[int, int]] = []
    for start, end in parts:
        plant = _FIGURED_PLANT.match(text, start, end) or _SIZED_PLANT.match(text, start, end)
        numbered = merged and _NUMBER_AT_END.search(text, merged[-1][0], merged[-1][1]) is not None
        if numbered and text[start:end][:1].isdigit() and not plant:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _list_items(
    text: str, start: int, end: int, count: int | None, after_head: bool = False, batch: bool = False
) -> list[tuple[int, int]] | None:
    """The items of ``text[start:end]``: split at 、, and at 和/及/与 in the last item (A、B和C);
    when the list says how many there are (等4个项目), at every 和/及/与 if need be. A list that
    names at most half of what it counts gives a few of many (A、B等57个项目开工); nearer the count
    (A、B等3个项目), an item was most likely misread. The first item starts after the verb before
    it (推进|A、B等项目), unless a head opened the list (项目包括|A和B项目、…: 和 is inside A)."""
    by_comma = _merge_numbers(text, _split(text, start, end, _LIST_SEPARATOR))
    if count is not None and not after_head and len(by_comma) == count + 1:
        # A公司、B公司签约C项目、D项目、E等三个项目: the firms before the verb are no items; the list
        # starts after the verb inside the item after them
        verb = _LEFT_BOUNDARIES.match(text, by_comma[1][0], by_comma[1][1] - 2)
        if verb is not None and verb.end() > by_comma[1][0] + 1:
            by_comma = [(verb.end(), by_comma[1][1]), *by_comma[2:]]
    last = _merge_numbers(text, _split(text, *by_comma[-1], _LIST_JOINER))
    tries = [by_comma[:-1] + last, by_comma]
    if count is not None:
        every = [p for s, e in by_comma for p in _merge_numbers(text, _split(text, s, e, _LIST_JOINER))]
        exact = [items for items in [*tries, every] if len(items) == count]
        # (A、B、C等四个项目, A、B、C等5个项目: three or more named, the rest not listed)
        tries = exact or [items for items in tries if 2 * len(items) <= count or 3 <= len(items) < count]
    for items in tries:
        first = None if after_head else _LEFT_BOUNDARIES.match(text, items[0][0], items[0][1] - 2)
        if first is not None:
            items = [(first.end(), items[0][1]), *items[1:]]
        # One item is a list only when the count or a batch says it is one of several (A工程等3个项目开工,
        # A等一批重大项目签约), or
        # when it is a firm's plant by its figure (推进兖州煤业90万吨煤制甲醇转烯烃等项目建设).
        several = (batch or (count is not None and count >= 2)) and items[0][1] - items[0][
            0
        ] >= _ONE_OF_SEVERAL
        if len(items) < 2 and not several and not (count is None and _FIRMS_PLANT.fullmatch(text, *items[0])):
            continue
        # 、总投资2.5亿元的友邦3万吨聚氨酯项目: the amount qualifies the item, the name follows it
        items = [(amount.end() if (amount := _AMOUNT_BEFORE.match(text, s, e)) else s, e) for s, e in items]
        # 新开工投资30亿元的A项目: the stage and the amount before the first item qualify it too
        items[0] = (
            (qualified.end(), items[0][1])
            if (qualified := _STAGE_AMOUNT_BEFORE.match(text, *items[0]))
            else items[0]
        )
        if all(_plausible_item(text[s:e], after_head) for s, e in items) or _plant_list(text, items):
            return items
    return None


_STAGE_AMOUNT_BEFORE = re.compile(
    r"(?:新|已|正在)?(?:开工|签约|竣工|投产|在建)(?:的|了)?(?:总?投资(?:约|近|超|达)?\d+(?:\.\d+)?[万亿]+元?的)"
)
_AMOUNT_BEFORE = re.compile(r"(?:(?:总投资|投资)(?:约|近|超|达)?)?\d+(?:\.\d+)?[万亿]+元?的")
_FIGURED_PLANT = re.compile(rf"(?:\d+套)?{_TONNES_IN_NAME.pattern}")
_SIZED_PLANT = re.compile(
    r"\d+(?:\.\d+)?万?(?:锭|台|千瓦|兆瓦|GWh|MWh|GW|MW)[\u3400-\u9fffA-Za-z]{2,}", re.IGNORECASE
)


def _plant_list(text: str, items: list[tuple[int, int]]) -> bool:
    """A list of a firm's plants by their figures (恒力化工30万吨/年己二酸、60万吨/年BDO等项目): the
    first plant names whose (two or more characters before its figure, not a verb), each is a plant
    with its figure, or a name of its own (广西石化炼油二期、钦州港10万吨苯乙烯、…等项目); the plants
    after the first may leave the firm unsaid."""
    names = [text[s:e] for s, e in items]
    figures = [_FIGURED_PLANT.search(n) for n in names]
    if any(not _CJK.search(n) for n in names):
        return False
    if any(f is None and not _plausible_item(n) for f, n in zip(figures, names, strict=True)):
        return False
    first = next(((n, f) for n, f in zip(names, figures, strict=True) if f is not None), None)
    if first is None:
        return False
    holder = first[0][: first[1].start()]
    return (
        len(_CJK.findall(_NO_FIRM_WORDS.sub("", holder))) >= 2  # 年产60万吨的MDI、…: no firm's
        and all(_NAME_CHAR.match(c) for c in holder)
        and not holder.startswith(_GENERIC_START)
        and holder not in _GENERIC
        # 还配套180万吨/年双氧水、…: what goes with a project named before, not a firm's plants
        and _LEFT_BOUNDARIES.match(holder) is None
        and _CONTINUATION.search(holder) is None
    )


_ONE_OF_SEVERAL = 6  # characters of the one item a counted list names
_UNIT_ITEM = re.compile(r"(?:装置|设施|工程|系统|单元|车间)$")


# A short quoted word a list item starts with (“两机”重大专项): part of the item's name.
_QUOTED_HEAD = re.compile(r"(?:(?<=[、,:;。\n])|^)“[\u3400-\u9fffA-Za-z0-9]{1,6}”(?=[\u3400-\u9fff])")


# A quoted name at an item's end, after its place (邛崃“汉城·酒城文化产业园”): the name, unquoted.
_QUOTED_NAME = r"“[^“”、,;:。!?\n]{2,30}”"
_QUOTED_TAIL = re.compile(rf"{_QUOTED_NAME}$")
_QUOTED_ITEM = re.compile(rf"{_QUOTED_NAME}(?=[、和及与等])")  # (such an item, in its list)


def _unquoted(word: re.Match[str]) -> str:
    return word.group(0)[1:-1]


def _plausible_item(name: str, headed: bool = False) -> bool:
    """A list item that can be a project's name: a few characters of a name, not a generic word.
    After a head (项目分别为A、B), an item that ends as a project's name may hold its plant's figure
    (年产5万吨水性树脂项目)."""
    # (…and so may an item that is itself called a project: A项目、100万吨有机硅项目等一批…项目)
    project = name.endswith("项目")
    figured = _TONNES_IN_NAME.search(name) is not None and not (
        (headed or project) and name.endswith(("项目", "工程"))
    )
    return (
        len(name) >= 3
        and bool(_CJK.search(name))
        and all(
            _NAME_CHAR.match(c) or c == _LIST_SEPARATOR
            for c in _BRACKET_IN_NAME.sub(
                "()", _QUOTED_HEAD.sub(_unquoted, _QUOTED_TAIL.sub(_unquoted, name))
            )
        )
        # 8万锭锅轮纺, 100万吨有机硅项目: a plant
        and (
            not name[0].isdigit()
            or _SIZED_PLANT.fullmatch(name) is not None
            or _NUMBERED_ROAD.match(name) is not None  # 228国道…改造工程: a road's works
            or (project and not figured and not _COUNTED.match(name))  # not 6只无机化工项目: a count
        )
        and not figured  # 配套20万吨/年PTT、…等项目: plants, not names
        and not name.startswith(_GENERIC_START)
        and name not in _GENERIC
        and not _CLASS_OF_PROJECTS.fullmatch(name)  # 高新制造业、现代服务业等项目: sectors
        and _PERSON.search(name) is None
        and _PLACE_ONLY.fullmatch(name) is None  # 宝鸡市、杨凌示范区等均设…分会场: places
        and not name.startswith(("大型", "一批", "各类", "相关"))  # 大型工业及资源整合等项目: kinds of works
        and not name.endswith(("整合", "合作", "审批", "选址", "拆迁", "征地", "立项", "手续", "报建"))
    )


_NUMBERED_ROAD = re.compile(r"[GS]?\d+(?:国道|省道|县道)")
# A place alone as a list item (宝鸡市, 杨凌示范区): where a batch is held, not a project.
_PLACE_ONLY = re.compile(r"[\u3400-\u9fff]{2,3}(?:省|市|县|州|盟|旗)|[\u3400-\u9fff]{2}(?:示范区|新区)")

# A person by title and name (项目部施工经理余志平, 监理总监全胜): a list of people present, not projects.
_TITLES = "经理|总监|书记|主任|市长|县长|区长|镇长|董事长|总裁|部长|局长|处长|厅长|省长|主席|院士|教授"
_PERSON = re.compile(rf"(?:{_TITLES})[\u3400-\u9fff]{{2,3}}$")


_LOCAL_UNIT = re.compile(r"[(（](?P<place>[\u3400-\u9fff]{2,4})[)）]$")
_MEDIA_AFTER = re.compile(
    r"[\u3400-\u9fff]{0,2}?(?:新闻|日报|晚报|频道|电视台|广播|网|在线|发布|周刊|杂志)|·"
    # 中国化工报, 中国平煤神马报: a paper; 中国经济时报记者: its reporter
    r"|[\u3400-\u9fff]{0,4}报(?:社?(?![\u3400-\u9fff])|(?=记者|讯))"
    r"|[\u3400-\u9fff]{3,4}网(?![\u3400-\u9fff])"  # 中国聚合物网: a site
    r"|(?:股份|股票|证券)(?:编号|代码)"  # 新加坡股份编号:B9R.SI: a listing's label
    r"|[\u3400-\u9fff]{0,8}?(?:信息|资讯|技术|经济)网"  # 中国粉体技术网, 中国产业经济信息网
    r"|[\u3400-\u9fff]{2,6}?网(?=报道|讯|消息|记者|微信|公众号|证实|获悉)"  # 据中国再生胶网报道
)
_MEDIA_BEFORE = ("网", "报", "社")
# Nouns that make a place and an industry word speak of the place's industry (泉州石化产业).
_INDUSTRY_NOUN = "产业|工业|行业|企业|项目|基地|园区|产品|产能|装置|集群|领域|市场|发展|产值"
# After a firm named by a place and an industry (福建石化产业, 福建石化展洽会, 福建石化强链补链…项目).
_OF_THE_INDUSTRY = re.compile(rf"{_INDUSTRY_NOUN}|展|强链")
# A region then a firm's word then no industry noun: 中国石化重点工程, 泉州石化打造 name a firm;
# 泉州石化产业, 中国化工园区 speak of the place's industry.
_FIRM_AFTER = re.compile(
    rf"(?:石化|石油|化学|中化|炼化)(?!{_INDUSTRY_NOUN})"
    r"|[\u3400-\u9fff]{0,4}?(?:大学|学院|师大)"  # 福州大学, 福建师大, 中国科学技术大学: a university
    rf"|化工(?!{_INDUSTRY_NOUN}|品)"  # 中国化工 (ChemChina)
    # 中国建材, 中国二冶, 中国工商银行: firms
    r"|建材|燃气|天辰|重汽|蓝星|[一二三四五六七八九十]{1,2}[冶重]|[\u3400-\u9fff]{0,4}银行"
    r"|“?[\u3400-\u9fff]{0,6}?(?:\d+|百|千)强"  # 中国企业500强, 中国化工园区20强, 福建省“纳税百强”: a ranking
    r"|海油|五矿|宝武|能建|电建|[\u3400-\u9fff]{0,2}铝业"  # 中国海油 (CNOOC), 中国五矿, 中国长城铝业
    r"|电科|移动|联通|电信|中铁|铁建|交建|中车|华电|华能|大唐|国电|华润|中粮"  # 中国电科, 中国移动, 中国中铁…
    r"|船舶(?!行业|产业|工业|出口|市场|制造)"  # 中国船舶长兴造船基地: the shipbuilder (CSSC)
    r"|分?公司"  # 中国化学天辰泉州公司: a firm's local unit
)


# A province's or city's agency: 山东省发改委 approves, the province is not where anything stands; a
# body named after its country or province (中国石油和化学工业联合会, 中国工程院), a firm's full name (中国
# 成达工程有限公司, 中国化工集团), a slogan (中国特色, 中国式现代化), or a title (…之都) names
# no place either.
_BODY_AFTER = re.compile(
    r"[省市区县]?(?:发改委|发展改革委|发展和改革委员会|国资委|经信委"
    r"|(?:发展和?改革|生态环境|环境保护|环保|能源|商务|工信|工业和信息化|交通运输|交通|自然资源|应急管理|住房和城乡建设|住建"
    r"|市场监督管理|科技|财政|统计|林业|农业农村|水利|文化和旅游|卫生健康)(?:厅|局))"
    r"|(?:(?![省市区县和与及])[\u3400-\u9fff]){0,10}?(?:联合会|协会|学会|商会|总会|联盟|船级社|管委会|研究院|研究所|设计院|工程院|科学院|总公司|有限公司|集团|示范基地)"
    r"|\)(?:有限公司|股份有限公司|公司|集团)"  # 本田汽车(中国)有限公司: a firm's name
    # 福州台商投资区管委会: a zone's body
    r"|[\u3400-\u9fff]{0,8}?(?:投资区|开发区|工业区|新区|保税区|园区)管委会"
    r"|港(?=[\u3400-\u9fff]{1,4}(?:港区|作业区))"  # 福州港松下港区: a port's name
    r"|区(?=总裁|总经理|负责人|首席|总部|业务)"  # 蔡司光学集团中国区总裁: a firm's division
    r"|(?:发明)?专利|报道讯|[\u3400-\u9fff]{0,4}?网讯"  # 中国发明专利; 中国报道讯, an outlet's dateline
    # 中国寰球工程公司: a firm's name ending in a bare 公司
    r"|(?:(?![省市区县和与及的])[\u3400-\u9fff]){1,8}?(?:工程|建设|实业|能源|科技|化工|石化|化学|贸易|投资|咨询|发展|材料)公司"
    # 泉州(南安)光电信息产业基地: a city, then its district in brackets, in a base's name
    r"|\([\u3400-\u9fff]{1,4}\)[\u3400-\u9fff]{2,12}?(?:产业基地|产业园|工业园|园区|基地)"
    # 漳州国全公司: a trade name of two or three characters (not a verb: 在泉州设立公司)
    r"|(?!设立|成立|注册|组建|合资|新建|投资|的)[\u3400-\u9fff]{2,3}公司"
    # 福建中锦新材料, 山东隆和通生物化工, 福建古雷石化, 福建中财管道, 福建凯美特10万吨, 福建中景年产120万吨:
    # a trade name after a province (not after a city, which more often is the place: 泉港石化园区10万吨…)
    r"|(?<=福建|山东|海南|浙江|江苏|广东|辽宁|河北|河南|湖北|湖南|安徽|江西|四川|陕西|山西|甘肃|吉林|广西|天津)"
    r"(?!今年|去年|明年|全省|省内|境内|地区|沿海|本地|当地|各地|等地|已有|新增|现有|共有|拥有|目前|首|唯一|最大|第)"
    r"[\u3400-\u9fff]{2,3}(?:新材料|新型|实业|生物|化学|化工|石化|管道|科技|集团|能源|纸业|药业|钢铁|重工|(?=\d|年产))"
    r"|特色|式现代化"
    r"|[\u3400-\u9fff]{1,8}?\((?:\d{4,6}|\d{6}\.[A-Z]{2})\)"  # 中国心连心化肥(01866): a listed firm
    r"|[^,;:。!?\n“”]{1,16}?之(?:都|乡)"  # 中国生活卫生用纸(品)产业之都: a title
    r"|(?<=中国)(?:[\u3400-\u9fff]{2,4}城(?![市乡镇区])|[\u3400-\u9fff]{1,2}都)"  # 中国尼龙城, 中国鞋都
    r"|委(?:常委|书记|副书记)"  # 泉州市委常委: a party office
    r"|[\u3400-\u9fff]{0,8}?(?:事业群|事业部)"  # 立邦中国建筑涂料事业群: a firm's division
    r"|(?<=中国)结(?=[,、。\s])"  # 中国结, a knot
    # 中国(四川)自由贸易试验区, 中国—东盟自贸区
    r"|(?:\([\u3400-\u9fff]{2,4}\)|[—-][\u3400-\u9fff]{2,4}?)?(?:自由贸易试验区|自贸试验区|自由贸易区|自贸区)"
    r"|[\u3400-\u9fff]{0,8}?指挥部"  # 泉州市石化产业指挥部: an agency
    r"|[\u3400-\u9fff]{0,8}?(?:评估中心|环科院|在线)"  # 山东省中鲁环境工程评估中心, 中国铁合金在线
    r"|(?<=海南)区(?!域)"  # 乌海市海南区: a district, not the province
    # 中国(晋江)国际鞋业博览会, 中国晋江国际鞋材采购节, 中国-东盟博览会: an event
    r"|(?:\([\u3400-\u9fff]{2,4}\)|(?<=中国)\)|[—-])?(?:(?!举办|召开|举行|在)[\u3400-\u9fff\d]){0,12}?"
    r"(?:论坛|峰会|年会|大会|座谈会|博览会|展览会|展会|研讨会|推介会|洽谈会|投洽会|采购节|交易会|订货会|文化节|旅游节|艺术节)"
    # 中国(中部)橡胶资源循环利用产业园, 中国医疗器械(华中)产业园: a park's name
    r"|(?<=中国)(?:\([\u3400-\u9fff]{2,4}\))?[\u3400-\u9fff]{2,10}?(?:\([\u3400-\u9fff]{2,4}\))?(?:产业园|工业园)"
    # 中国工业大奖: a prize; 中国驰名商标: a trademark's title
    r"|[\u3400-\u9fff]{0,6}?(?:大奖|金奖|银奖|[一二三]等奖|进步奖|质量奖|专利奖|驰名商标|著名商标)"
    r"|[\u3400-\u9fff]{0,12}?\d+强"  # 中国民营500强企业, 中国环境企业50强: a ranking
    r"|[\u3400-\u9fff]{0,12}?先行区"  # 山东绿色低碳高质量发展先行区: a policy's zone
    r"|(?<=中国)(?:方案|智慧|力量|速度|经验|标准|声音|故事)"  # 提供中国方案: a slogan
    r"|[东西南北中]?(?:路|大道|大街|街)(?=[,、。;与和至以口号\d东西南北交\s)])"  # 西起福州路,: a street
)


_QUOTES_OPEN = ("“", "「", '"')
_QUOTED_HEAD_BEFORE = re.compile(r"[“「][\u3400-\u9fff]{1,4}$")  # “海上|福州”
_QUOTE_CLOSES = re.compile(r"[\u3400-\u9fff]{0,4}[”」]")
_OUT_OF_QUOTES = re.compile(r"[“”,;:。!?\n]")
_QUOTED_TITLE_AFTER = re.compile(r"[\u3400-\u9fffA-Za-z0-9]{1,10}[”」\"]")
_BOOK_TITLE_AFTER = re.compile(r"[^《》\n]{1,30}》")
# 建设新福建, 美丽中国示范, 数字中国建设: a slogan's or a campaign's name, no place (新中国 is the state)
_SLOGAN_BEFORE = re.compile(r"(?:美丽|健康|数字|平安|清新|幸福|法治|新)$")
# A title and a surname: what follows is a given name (总工程师刘|福建).
_TITLE_AND_SURNAME = re.compile(rf"(?:{_TITLES}|工程师)(?![在到赴来去于和与及对向从])[\u3400-\u9fff]$")
# An item of a site's menu bar (要闻 | 直观中国 | 热点专题; 福州    廈門    泉州, set off by runs of spaces):
# no place the article speaks of.
_MENU_BEFORE = re.compile(r"(?:[|｜]\s*|[ \u3000]{2,}|^)[\u3400-\u9fff]{0,6}$", re.MULTILINE)
_MENU_AFTER = re.compile(
    r"[\u3400-\u9fff]{0,6}(?:\s*[|｜]|[ \u3000]{2,}[\u3400-\u9fff]{2,6}(?:[ \u3000]{2,}|[ \u3000]*$))",
    re.MULTILINE,
)
_MENU_LAST_BEFORE = re.compile(r"[\u3400-\u9fff]{2,6}[ \u3000]{2,}[\u3400-\u9fff]{0,6}$")  # …漳州    |莆田
_MENU_LAST_AFTER = re.compile(r"[\u3400-\u9fff]{0,6}[ \u3000]*$", re.MULTILINE)


# 埃克森美孚中国公司, 沙特阿美亚洲公司: a group's regional unit, another firm than the group the data has
_REGIONAL_UNIT_AFTER = re.compile(r"(?:中国|亚洲|亚太|\(中国\))(?:投资)?(?:有限)?公司")


def _regional_unit(text: str, mention: Mention) -> bool:
    return (
        mention.label == "Enterprise"
        and mention.id is not None
        and bool(_REGIONAL_UNIT_AFTER.match(text, mention.end))
    )


def not_a_place(text: str, mention: Mention) -> bool:
    """A region in a publisher's or an event's name (中新网福建新闻, 中国经济网, 中国·海峡…), at the
    start of a firm's name (中国石化), or of an agency's (山东省发改委): not a place the article speaks of."""
    if mention.label != "Region":
        return False
    before = text[mention.start - 1 : mention.start] if mention.start else ""
    after = (_MEDIA_AFTER, _FIRM_AFTER, _BODY_AFTER)
    window = max(0, mention.start - 12)
    in_menu = (_MENU_BEFORE.search(text, window, mention.start) and _MENU_AFTER.match(text, mention.end)) or (
        _MENU_LAST_BEFORE.search(text, window, mention.start) and _MENU_LAST_AFTER.match(text, mention.end)
    )
    # 总工程师刘福建: a person's given name after a title and a surname
    person = _TITLE_AND_SURNAME.search(text, max(0, mention.start - 8), mention.start)
    # “中国氨纶谷”, “中國智造”, “中国石化产业名城”, “海上福州”: a title or slogan in quotes
    title = before in _QUOTES_OPEN and bool(_QUOTED_TITLE_AFTER.match(text, mention.end))
    title = title or bool(
        _QUOTED_HEAD_BEFORE.search(text, window, mention.start) and _QUOTE_CLOSES.match(text, mention.end)
    )
    # 《中国制造2025》: a national plan's title (a province's plan, 《福建省…规划》, is the province's)
    national = text.startswith("中国", mention.start) and before == "《"
    title = title or (national and bool(_BOOK_TITLE_AFTER.match(text, mention.end)))
    slogan = _SLOGAN_BEFORE.search(text, max(0, mention.start - 3), mention.start) is not None
    # 其中国家配套资金, 其中国道G104线: 其中 and 国家 (国道…), no 中国; 发展中国家: developing countries
    split = text.startswith("中国", mention.start) and (
        before == "其" or (before == "展" and text.startswith("中国家", mention.start))
    )
    # 山东省人民政府 版权所有: the site's footer
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    footer = _FOOTER.search(text, line_start, len(text) if line_end < 0 else line_end) is not None
    # 阿里云研究院(山东)成果转化工作站, 恒力(宿迁)产业园: a seat in brackets inside a name (but
    # 中国(晋江)国际鞋业博览会 is held there)
    seat = (
        before == "("
        and mention.start >= 2
        and _CJK.match(text, mention.start - 2) is not None
        and not text.endswith("中国(", 0, mention.start)
        and _SEAT_CLOSES.match(text, mention.end) is not None
    )
    return (
        seat
        or any(p.match(text, mention.end) for p in after)
        or before in _MEDIA_BEFORE
        or bool(in_menu or person or title or slogan or split or footer)
        or _firm_named_elsewhere(text, mention.start, mention.end)
    )


@functools.lru_cache(maxsize=256)
def _firm_named_elsewhere(text: str, start: int, end: int) -> bool:
    """The region ``text[start:end]`` starts a firm's short name the text gives in full elsewhere
    (福建安砂建福水泥拟扩建… in a headline, 福建安砂建福水泥有限公司 in the body). Kept: the whole text is
    searched, and the same region is asked about many times."""
    head = text[start : end + _FIRM_HEAD]
    return len(head) == end - start + _FIRM_HEAD and bool(
        _FIRM_HEAD_CHARS.fullmatch(head, end - start) and re.search(re.escape(head) + _FIRM_TAIL, text)
    )


_SEAT_CLOSES = re.compile(r"[省市县区]?\)[\u3400-\u9fff]")
_FIRM_HEAD = 4  # characters after a region that, with it, start a firm's full name said elsewhere
# (not a place, a list or a district after the region: 泉州市泉港区和福建炼油化工有限公司)
_FIRM_HEAD_CHARS = re.compile(r"(?:(?![省市县区镇和及与])[\u3400-\u9fff])+")
_FIRM_TAIL = r"(?:(?![和及与、])[\u3400-\u9fff]){0,8}?(?:股份)?有限(?:责任)?公司"
_FOOTER = re.compile(r"版权所有|All Rights Reserved|Copyright|ICP备|主办单位|承办单位", re.IGNORECASE)


def _strip_places(core: str, inside: list[Mention]) -> str:
    """``core`` without the regions it starts with (as the text spells them)."""
    rest = core
    for place in sorted((m for m in inside if m.label == "Region"), key=lambda m: m.start):
        surface = place.name if rest.startswith(place.name) else place.name.rstrip("省市区县")
        if rest.startswith(surface) and len(rest) > len(surface):
            rest = rest[len(surface) :]
    return rest


def _product_not_its_kind(text: str, inner: list[Mention], raw: list[Mention]) -> list[Mention]:
    """Inside a longer name, a project of the data named by a product and 项目 (高吸水性树脂项目 in
    某某36万吨高吸水性树脂项目) is that product: the name's plant makes it."""
    products = {(m.start, m.end): m for m in raw if m.label == "Product"}
    kind_named = (m for m in inner if m.label == "Project" and text.endswith("项目", 0, m.end))
    swaps = {m: products[(m.start, m.end - 2)] for m in kind_named if (m.start, m.end - 2) in products}
    return [swaps.get(m, m) for m in inner]


def _non_overlapping(mentions: list[Mention]) -> list[Mention]:
    chosen: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (-m.length, -m.score, m.start)):
        if all(mention.end <= c.start or c.end <= mention.start for c in chosen):
            chosen.append(mention)
    return sorted(chosen, key=lambda m: m.start)
