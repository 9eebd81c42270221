"""Figures as an article writes them, found on the normalised text: capacities, money, areas,
dates and project-status verbs. Each is a span and a value; what it describes is decided later.

>>> [(f.values, f.unit_text) for f in capacities("20/45万吨/年 PO/SM,年产60万吨,10万吨级码头")]
[((200000.0, 450000.0), '万吨/年'), ((600000.0,), '万吨')]
>>> [(m.value, m.investment) for m in money("总投资65亿元,补贴316.45万元,投资约1.5亿美元")]
[(6500000000, True), (3164500, False)]
>>> [d.iso(None) for d in dates("2021年10月18日签约,3月1日开工")], dates("3月1日")[0].iso("2024-05")
([('2021-10-18', 0), (None, 7)], ('2024-03-01', 7))
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal

from chain_graph.ingest.numerals import parse_chinese_number
from chain_graph.vocabulary import ProjectStatus

__all__ = [
    "LOCANT",
    "Area",
    "Capacity",
    "DateFigure",
    "Money",
    "StatusVerb",
    "areas",
    "capacities",
    "dates",
    "money",
    "sets",
    "statuses",
]

LOCANT = r"\d(?:,\d)*-"  # before a chemical's name: 1,4-丁二醇, 1,2,3-三氯丙烷
_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
SETS = r"\d{1,2}|[一二两三四五六七八九十]"
# ×10⁴, perhaps with its exponent set on the line (2050×10 4 t/a): a multiplier, as 万 is.
_TEN_THOUSAND_TIMES = r"[×xX]\s*10\s*[4⁴]"
_CAPACITY = re.compile(
    rf"(?:(?P<count>\d{{1,2}}(?:\s*[×xX*]\s*\d{{1,2}})*)\s*[×xX*]\s*(?!10\s*[4⁴]\s*(?:t|吨))|(?<![第首\d])(?P<sets>{SETS})\s*[套条]\s*各?\s*(?:(?:年?生产能力|年?产能)为\s*|年产\s*)?)?(?P<nums>{_NUM}(?:\s*/\s*{_NUM})*)\s*"
    rf"(?:(?P<cn>百万|万|千|{_TEN_THOUSAND_TIMES})?\s*(?P<cn_unit>公?(?:吨\s*/\s*年|吨/a|吨每年|吨)|(?P<kg>公斤|千克))"
    rf"|(?P<latin>[kKM]|百万|万|千|{_TEN_THOUSAND_TIMES})?\s*(?P<latin_unit>t\s*/\s*(?:a|y|yr)(?![A-Za-z])|tpa(?![A-Za-z])|t(?![A-Za-z/])))"
)
_TIMES = re.compile(r"\s*[×xX*]\s*")
_MULTIPLIERS = {"百万": 10**6, "万": 10**4, "千": 10**3, "k": 10**3, "K": 10**3, "M": 10**6, "": 1}
_PER_YEAR_CONTEXT = re.compile(
    r"(?:年产|产能|规模|年处理|年加工|年生产|[副联]产)[^,;。]{0,4}$|(?:规划建设|拟建设|拟建|新建|扩建)$"
    r"|(?:年产能?|产能)(?:分别)?(?:为|是)[\u3400-\u9fffA-Za-z]{1,12}$"  # 年产能分别为粉末涂料15000吨
    r"|年产(?!值|量)[\u3400-\u9fffA-Za-z\-]{2,12}$"  # 年产六氟磷酸锂10000吨
    r"|(?:每年|年)可?(?:生产|加工)(?!值|量)[\u3400-\u9fffA-Za-z\-]{2,12}$"  # 每年可加工有机米粉系列产品3万吨
)
# …or a plant named by its figure and product: 14000吨高性能碳纤维项目, 2000吨硅碳负极材料生产线.
_PLANT_NAMED_AFTER = re.compile(r"[^,;:。!?\n、\d]{2,16}?(?:项目|装置|生产线)")
# …or a word of capacity after the product that follows: 原8160吨六氟磷酸锂产能.
_CAPACITY_AFTER = re.compile(r"[\u3400-\u9fffA-Za-z\-]{2,12}?的?(?:年?产能|生产能力)")
# A line's products listed in brackets with their tonnes (氯代苯酚系列(5000吨对氯苯酚、800吨邻氯苯酚…)生产线):
# each item's figure is its capacity, with no 年 said (one bare 3000吨 of something is not, nor an output
# listed outside brackets, 累计生产出约6000吨烯烃、1720吨聚烯烃).
# (a chemical's locant is no figure: 、600吨3,4-二氨基苯磺酸、6000吨…)
_NEXT_ITEM = re.compile(rf"(?:{LOCANT})?[^,;:。!?\n、\d]{{0,16}}[、和及][^,;:。!?\n、\d]{{0,16}}")
_TONNES_ITEM_NEXT = re.compile(r"[\u3400-\u9fffA-Za-z0-9,\-*]{1,16}?、\s*\d+(?:\.\d+)?\s*吨")
_TONNES_ITEM_BEFORE = re.compile(r"\d\s*吨[\u3400-\u9fffA-Za-z0-9,\-*]{1,16}?、\s*$")
# A day's or a month's output (日产能达到37吨, 月产量稳定在900吨; not 16日产出, a date) is no yearly capacity,
# nor a ship's cargo (满载4.4万吨丙烷), a rate of growth (年均增量将突破580万吨/年; a year's 产能增量 is
# kept), a rise or a fall (相比去年增长115万吨/年, 比2023年减少34.7万吨/年).
_NOT_CAPACITY_BEFORE = re.compile(
    r"(?:吞吐|储存|储量|库容|仓储|运量|运输|装卸|接卸|卸载|满载|装载|运载|销售|销量|出口|进口|贸易|需求|消费|消耗|用量|累计"
    r"|增速|增幅|年均增量|(?<!产能)(?:减少|下降|降低)(?![至到])"  # 比2023年减少34.7万吨/年: a change
    r"|(?:相比|较|比)[^,;。]{0,6}?(?:增长|增加|提高|提升)(?![至到])"  # 相比去年增长115×104t/a
    # 全年共生产大颗尿素81.47万吨, 已生产烧碱7.5万吨, 预计当年可生产锂电铜箔2600吨: output
    r"|全年(?:共|累计)?生产|已生产|共生产|当年(?:可|能|将)?生产"
    r"|落后产能|关停|淘汰|压减"  # 关停铜冶炼落后产能18万吨: capacity closed, not a plant's
    r"|(?<![\d一二三四五六七八九十])[日月](?:产能|产量|产|生产能力|处理)|每天|每日|日均)[^,;。]{0,6}$"
)
# A country's or market's output or demand is no plant's capacity: 我国…丁基橡胶产量仅3.9万吨
# (but 我国唯一一套年生产量3万吨的装置 is one plant's).
_NATIONAL_AMOUNT_BEFORE = re.compile(
    r"(?:我国|中国|全国|国内|全球|世界|全省|全市)[^,;。套]{0,16}(?:(?<!生)产量|消费量|需求量|需求|进口量)[^,;。]{0,4}$"
)
# A year's output, in a sentence that opens with the year: 2016年,…项目…生产聚烯烃产品57.96万吨 (not
# 生产能力 or 产能, a capacity, nor 年生产, a yearly one, nor a 生产线's).
_YEARS_OUTPUT_BEFORE = re.compile(
    r"(?:^|[。\n])\s*(?:19|20)\d{2}年[^。\n]{0,40}(?<!年)生产(?![能线装基])(?:(?!产能|能力|年产)[^,;。\n]){0,10}$"
)
# 1500万吨渤海湾原油上岸终端: a terminal's throughput, not a plant's capacity; nor 10万吨液氯消纳能力, what
# plants nearby can take in.
_NOT_CAPACITY_AFTER = re.compile(
    r"\s*(?:级|/\s*(?:小时|天|日|h|d)|标煤|[^,;:。!?\n、及和与]{0,10}?(?:终端|码头|接收站|管道|管线|储备|储罐|库容)|[^,;:。!?\n、及和与]{0,8}?(?:消纳|处理)能力)"
)
# Spaces only inside the amount: 200亿 at the end of a line is followed by the line break.
# 90多亿元, 3000余万元: a bound before the multiplier, ignored as the keys ignore 超, 约 and 近.
# 超亿元, 近万亿元, 上千万元: one of the multiplier, the number left unsaid.
# 35个亿 is 35亿 as it is spoken (not 18个亿元项目, a count of projects of that size).
_SPOKEN_YI = r"(?:个(?=亿(?!元?(?:以上|级)?[\u3400-\u9fff]{0,4}?项目)))?"
_MONEY = re.compile(
    rf"(?:(?P<num>{_NUM})|(?<=[超逾过近上破])(?=(?:万亿|千亿|百亿|亿|千万)元))"
    rf"(?:[多余]?\s*{_SPOKEN_YI}(?P<mult>万亿|千亿|百亿|亿|千万|百万|万))?"
    r"(?:(?<=\d亿)(?P<rest>\d{1,4})万)?(?:\s*(?P<unit>元|人民币))?"  # 5亿5000万元: 550,000,000
)
_MONEY_MULTIPLIERS = {
    "万亿": 10**12,
    "千亿": 10**11,
    "百亿": 10**10,
    "亿": 10**8,
    "千万": 10**7,
    "百万": 10**6,
    "万": 10**4,
    "": 1,
}
# A count of projects or firms: 11个, 36项, 两家.
_COUNT = r"(?:\d+|[一二三四五六七八九十两]+)\s*[个家项]"
# After an amount, a class of projects or firms by size, often counted (10亿元以上项目11个,
# 3000万元到5000万元的项目36项, 超100亿元企业2家, 10亿元以上的有4家, 超过100亿元的重大主导产业项目有3个)…
_SIZE_CLASS = re.compile(
    r"(?:及)?(?:以上|以下)(?:的)?(?:项目|企业)"
    r"|投资项目(?=目标|任务)"  # 新增5000万元投资项目目标任务3个: the class a target counts
    rf"|(?:以上)?的有\s*{_COUNT}"
    rf"|(?:以上)?的有[^,;。!?\n]{{2,40}}?{_COUNT}项目"  # 超10亿元的有A、B、C3个项目
    r"|以上的?[\u3400-\u9fff]{0,6}?(?:项目|企业)(?:有|为|包括)[:,]"  # 总投资30亿元以上的大项目有:
    # a list of bounds (总投资1亿元、5亿元、10亿元、50亿元以上项目分别有…), or a scale (千亿元级产业集群)
    r"|(?:、\s*\d+(?:\.\d+)?[万亿]+元?)+(?:及)?以上|级"
    r"|(?!的)[\u3400-\u9fff]{0,4}?产业(?:基地|集群)"  # 千亿元锂电产业基地: a base's scale
)
# …or before it, the count (5个超100亿元项目, 等3个投资过100亿元项目, 14个总投资过百亿元的重大项目).
_COUNTED_BEFORE = re.compile(rf"{_COUNT}(?:(?:投资)?(?:超过|超|过|逾)?|总投资(?:超过|超|过|逾))$")
# …or, for an amount with its number unsaid, a count a few words before it (六个项目超亿元).
_COUNTED_BEFORE_IMPLIED = re.compile(rf"{_COUNT}[^,;。!?\n]{{0,4}}[超逾过近上破]$")
_CLASS_NOUN_AFTER = re.compile(r"(?:以上)?的?[\u3400-\u9fff]{0,10}?(?:项目|企业)")
_PER_UNIT = re.compile(
    r"\s*(?:人民币)?\s*(?:/|每)\s*(?:吨|t\b|平方米|平米|亩|千克|公斤|kg|桶|立方米|方|度|千瓦时)"
)
# A market price or its move (出厂价上调至1.11万元(吨价,下同), 较前一交易日上涨800元), not an amount.
_PRICE_BEFORE = re.compile(
    r"(?:(?<![造评代总])价(?!值)[^,;。!?\n]{0,14}|(?:上涨|下跌|上调|下调)|(?:每吨|吨(?=利润|毛利|成本))[^,;。!?\n]{0,6}|报收|收报|收于)(?:至|了)?$"
)  # …, 每吨至少卖6万元, ABS吨利润高达4000~6000元; 6日报收7.02元 (a share's close)
_PRICE_AFTER = re.compile(r"\s*\(\s*吨价")
_TAIWAN_DOLLARS = re.compile(r"(?:新台币|台币)\s*$")
_FOREIGN = re.compile(r"\s*(?:美元|美金|港元|港币|欧元|日元|英镑)")
_AMOUNT_LEAD = (
    r"(?:总额|金额|额|规模)?:?"  # 总投资:9.9亿元, a notice's field
    r"(?:约为|约|达到|高达|超过|达|为|超|逾|近|共|计|合计|累计|预计|有望达|将|可达|年|人民币"
    r"|可?增(?:加|长)?(?:到|至)?)*\s*$"  # 年销售收入可增22亿元: revenue, raised
)
# The words that say what a money figure is: 年产值100亿元 is output.
_KIND_WORDS = (
    # 某某拟180亿元…: a firm's plan to invest
    ("investment", "总投资|投资|投入|耗资|出资|注入|合同金额|签约金额|签约额|签约|合同额|总造价|总投入|拟"),
    ("output", "产值|工业总产值|生产总值|GDP"),
    ("revenue", "营业收入|销售收入|营收|销售额|主营收入|收入"),
    ("other", "税收|利税|纳税|税金|利润|净利润"),
)
# …right before it in its clause, perhaps with a few words of size between (总投资约, 年销售收入将超过).
_MONEY_KINDS = tuple((kind, re.compile(rf"(?:{words}){_AMOUNT_LEAD}")) for kind, words in _KIND_WORDS)
_AREA = re.compile(rf"(?P<num>{_NUM})\s*(?P<mult>万)?\s*亩")
_AREA_CONTEXT = re.compile(r"(?:占地|用地|面积|占地面积|规划用地)(?:约为|约|达到|达|为|近|超)*\s*$")
_DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*年\s*(?:(?P<m>\d{1,2})\s*月\s*(?:(?P<d>\d{1,2})\s*[日号])?)?"
    r"|(?<!\d)(?P<m2>\d{1,2})\s*月\s*(?P<d2>\d{1,2})\s*[日号]"
    r"|(?P<y3>(?:19|20)\d{2})[-./](?P<m3>\d{1,2})[-./](?P<d3>\d{1,2})(?!\d)"
    r"|(?<![\d年])(?P<m4>\d{1,2})\s*月份"  # a month of the article's year: 于6月份开工
    # …also without 份 (10月中旬投产), not a span of months (1-8月, 10个月) nor a day's (6月30日)
    r"|(?<![\d\-~～至到])(?<!\d年)(?P<m5>\d{1,2})\s*月(?![份个\d\-~～至到])"
)
_YEARS_BACK = {"去年": 1, "前年": 2}  # right before a date without its year: 去年10月18日
_STATUS_WORDS: tuple[tuple[ProjectStatus, str], ...] = (
    # 动工/动建 (works begin), but not inside 推动/带动/启动… (推动工业转型, 推动建设); 封顶 (topped
    # out), 主体竣工 (the shell is up), 机械竣工 and (建成)中交 (handed over for commissioning), 试运行:
    # still being built; 竣工 alone (completed), 投产, 试车成功: operating
    # (benchmarks/ingest/README.md).
    (
        ProjectStatus.UNDER_CONSTRUCTION,
        "(?:投产|建成|竣工|中交)在即|具备(?:竣工|投产|开车|试车|试生产)条件|进入竣工验收|正在(?:进行|开展|组织)竣工验收|进入验收|主体(?:工程)?(?:已经?)?竣工|主(?:体|要)(?:砼|混凝土|钢)?(?:结构|厂房)(?:已经?|基本|全部)*(?:完成|完工|封顶)|(?:整体|工程|总体)?进度已经?过半|设备(?:已经?|正在)?(?:订购|采购)(?!合同)|(?:地基|基础)(?:工程)?(?:已经?)?(?:完工|完成)|完成(?:土地|场地)平整|(?:土地|场地)平整(?:工作)?(?:已经?|基本|全部)*(?:完成|完工)|正在?积极推进|主体(?:工程)?(?:已经?)?建成|建成了?主体(?:工程|结构)|主体(?:工程)?(?:已经?|基本)?(?:完成|完工)(?!投资)|封顶|结顶|主体完工|(?:部分|子项)(?:工程)?(?:已经?)?完工|主体建设已?经?完工|接近完工|机械(?:设备)?竣工|机械安装(?:已经?|全部|基本)*(?:竣工|完成)|安装完毕|(?:已经?|都已|均已|全部)安装(?:到位|就位)|建成中交|中交|中间交付|工程交接|试运行|试投产|设备调试|投料试车(?![^,;。]{0,4}成功)|开工建设|(?<![推带驱拉调劳启发运流联互变主被触改移波振转鼓策出活])动工建设|启动建设|开工仪式|启动仪式|投建|"
        "建设(?:也|均|都)?已?(?:正式|全面)?启动|(?:(?<=项目)|(?<=项目正式)|(?<=项目的))启动(?!日期|时间|会|资金|阶段|工作)|(?<=项目)在[\u3400-\u9fff]{2,10}?(?:正式)?启动(?!日期|时间|会|资金|阶段|仪式)|(?<!设计)开工(?!在即)|开复工(?!率)|(?<![推带驱拉调劳启发运流联互变主被触改移波振转鼓策出活])动[建工]|开建|在建|(?<=将)上马|(?:加速|加快|正在|正)上马|奠基|施工中|加快建设(?![^,;。!?、]{2,16}?(?:示范企业|一流企业|强省|强市|强区|强县|高地|先行区|名城)(?:[、,;。!?的]|$))|加紧建设|全力建设|平稳建设|稳步建设|有序建设|顺利建设|"
        "正在(?:区内|园内|园区内|厂内|积极|加紧|抓紧|全力|紧张)?建设|正(?:加紧|抓紧|全力|紧张)建设|(?:已|已经)?开始兴建|开始(?:在[^,;。!?]{1,10}?)?建设|开始(?:进行)?(?:土建)?施工|开始主体(?:结构|工程)?(?:建设|施工)|进入(?:全面|实质性)?(?:开工)?建设阶段|进入中试阶段|进入[^,;。]{0,6}?(?:安装|施工)建设阶段|进入(?:全面)?施工阶段|进入[^,;。]{0,12}?施工新?阶段|进入(?:到了?)?(?:全面)?实施阶段|进入[^,;。]{0,8}?设计建设阶段|建设现场|建造现场|建设进度|(?<=项目)(?<!对项目)建设(?:情况|进展|工地)|施工现场|(?<=项目)现场(?!签约|签订|集中签约)|(?<=项目)工地|土建施工|(?:施工单位|施工队伍|施工队|施工人员)(?:已经?|陆续|全部|均已)?(?:进场|进驻|入场)|(?<!设计、)施工(?!图?设计|图|总?承包|合同|单位|企业|队伍|招标|[和、及]运营|设备|时间|期|过程|噪声|扬尘)|设备安装|安装阶段|正在安装|正在?加快推进|(?<=项目)加快推进(?![^;。]{0,30}?(?:开工|动工|开建|动建))|正在推进|"
        # 也在紧张建设之中
        "(?:紧张|加紧|抓紧|火热|正在|也在)建设之?中|(?:正在|正)[^,;。!?]{1,6}?[地的]建设之?中|"
        "基本建成(?!投产)|基本完工|接近尾声|进入尾声|(?:正在|正)[^,;。!?]{0,4}?(?:浇灌|浇筑)|(?<=项目)(?:已经?|正式)启动(?=[,;。!?\n]|$)|(?:土地|场地)平整(?:工程)?(?:已经?)?(?:全面|正式)?(?:启动|开始|展开)|开始打桩|"
        # 正在进行…, (建设工作)正加紧进行: works, unless a review, a design or site clearing goes on
        "机械轰鸣|焊花飞溅|热火朝天|如火如荼|(?:建设|施工)正酣|(?:陆续|全面|进入)扫尾|建设收尾|进入收尾|收尾阶段|(?<=建设)(?:已|已经)?进入收官阶段|已见雏形|(?:(?<!批)|(?<=审批))复工|恢复建设|恢复施工|(?:(?:正|也)在|正在?(?:加紧|抓紧|紧张|全力))进行(?![^,;。!?]{0,4}(?:环境|环评|设计|前期|可行性|论证|核准|审批|立项|拆迁|征地|征迁|土地|招标|备案)|[^,;。!?]{2,30}?前期(?:准备)?工作)|"
        # a plant's works: lifts, piling, civil works, commissioning, a share of the works done
        "吊装(?:就位|完成|成功)|(?:全部|全面|顺利)?完成吊装|正在吊装|(?<!熄火)(?:顺利|成功)?点火(?!投产|仪式)|(?:成功|顺利|正式)投料(?![^,;。]{0,4}(?:成功|开车))|进场安装|设备进场|(?:成功|顺利)吊装|(?:成功|顺利)就位|开始调试|进入调试|安装调试|正在试车|(?:正在|正|紧张|加紧)调试|调试中|正安装(?!完毕)|正在?进行(?:场地平整|土方|桩基|土建)|(?:完成|进行)土方(?:工程)?|(?:建设|工程)(?:已经?)?进入中后期|桩基|土建工作|土建工程|土建(?:工程)?(?:已经?|基本|全部|全面)*(?:完成|结束|完工)|试桩|工程完成\\d+%|完成率(?:是|为|达到?)?\\d+(?:\\.\\d+)?%|(?:总|工程|建设)?进度(?:完成|达到)\\d+(?:\\.\\d+)?%|(?<=自)开工以来|完成[^,;。]{0,8}工程量|"
        # a share of the year's planned investment spent (完成年计划投资的51.7%), or a sum spent on the works
        # so far (项目已累计完成投资10亿元, 现已完成投资87%; not 482个产业发展项目完成投资…, a batch's),
        # works going well (项目进展顺利); fitting begun (设备进入安装)
        "完成(?:年度?|全年|当年)计划投资的?\\d|占(?:年度|全年|当年)(?:投资)?计划(?:额|投资)?的?\\d|(?:(?<=项目)|(?<=项目[一二三四五六七八九]期))(?:已经?|现已)(?:累计)?完成(?:投资|投入)|(?:现已|已经?)(?:累计)?完成(?:总)?投资的?\\d+(?:\\.\\d+)?%|(?<=项目)(?:建设)?进展(?:顺利|良好)|进入(?:设备)?安装(?!阶段)|"
        "(?:正在?)?(?:加紧|加快|抓紧|全力)实施|正在实施|顺利实施|(?:紧锣密鼓|马不停蹄|有条不紊)[地的]?(?:进行|施工|建设)|开足马力|(?:紧锣密鼓|马不停蹄|有条不紊|加紧|全力|全速|稳步|扎实|有序|快速|加速|高效|密集|同步|持续)[地的]?推进(?![^,;。]{0,120}?(?:开工|动工|开建|动建))|(?:加速|快速)建设|(?<=建设)(?:全面|顺利|扎实)推进|超序时进度|(?:(?<=项目)|(?<=工程)|(?<=[均都]))(?:进展|推进)(?:较快|顺利|迅速)"
        # a plant's parts built (完成焦化及加氢装置建设, 完成…两个车间及宿舍等配套设施建设)
        "|完成(?:(?!项目)[^,;。]){1,20}?(?:车间|装置|厂房|设施|设备)[^,;。]{0,4}?(?:建设|改造|安装)",
    ),
    (  # 建成 is no stage in 共建成渝地区… (成渝: Chengdu and Chongqing); 连续10个小时的稳定运行 is a trial's
        # test, not operation
        ProjectStatus.OPERATING,
        "建成投产|竣工投产|正式投产|全面投产|投入生产|投入运营|投入使用|交付使用|投产(?!节奏)|(?<!未)结项|投用(?!工人)|投运|(?:顺利|正式|全线|建成)?通车(?!前|后|时|条件)|开车(?:[一1]次)?成功|(?:[一1]次(?:性)?)?开汽(?:[一1]次)?成功|试车(?:[一1]次)?成功|(?:成功|顺利)试车(?!前|准备|条件)|稳定生产|"
        "(?:产|(?<=[已并])|(?<=已经))出(?:了)?(?:首批)?合格产品|生产出[^,;。!?]{0,12}?合格产品|产出(?:了)?(?:首批)?合格[^,;。!?]{1,14}?产品|全面竣工|竣工验收|(?<!开)竣工|建成(?!渝|厂房|主体)|正式对外开放|通过[^,;。]{0,10}验收|出具(?:了)?[^,;。]{0,4}验收意见|"
        "(?:实现|达到)满产|(?<!在)已建(?=(?:工程|装置)(?:主要)?包括)|满产运行|投入商业营运|投入商业运营|投入商业(?:化)?生产|商业运营|商业营运|商业运行|正式量产|量产(?!基地|产品)|并网发电|稳产|达产(?!业|产值|年产值)|"
        "(?:试生产|试产|试车|开车)(?:圆满|取得|获得)成功|试生产(?!准备|条件)|(?<![测调])试产(?!品)|转入生产(?:和|及)?运营|"
        "(?<!主体)(?<!基本)(?<!单体)(?<!单体已)(?<!部分)(?<!部分已)完成建设(?!任务|目标|投资|计划|内容|方案|手续|工作)|(?<!主体)(?<!基本)(?<!工程)建设完成(?=年产|\\d)|开始运行|正式运行|(?<!试)运行(?:顺利|平稳|良好|稳定)|(?<!试)(?<!小时)(?<!小时的)(?:平稳|稳定|安全)运行(?!水平|能力|质量|效率|管理|保障)|投入运行|(?<![将未])开业(?!典礼筹备|前|时|后)|开机生产|(?<!施工设备)(?<!施工机械)全速运转|满负荷运转|满负荷生产|全速生产|(?<!影响)(?<!保证)(?<!保障)正常生产|投料开车|(?:成功|顺利)下线|首[台套辆批件车部架][^,;。!?\\n]{0,6}?下线",
    ),
    # 核准/获批 (approved by the government) come with or after a signing; a project that has landed
    # (项目落地, not 落地建设, nor 落地于…, where it stands) or been brought in (项目的引入, 肇东市引进A公司
    # 投资20亿元建设B项目) is signed; not a project that brings in know-how (项目引入A在…等领域的核心技术).
    (
        ProjectStatus.SIGNED,
        "签约|签署(?!(?:真实)?姓名)|签订|签定|签下|(?:协议|合同)签字|签字仪式|招引落地|引进落地|已落地|(?<=已)吸引(?:到|了)|(?:(?<=已)(?:成功)?引进|(?<=新)引进|(?<=成功)引进|引进了|(?<=[共计])引进|(?<=[市县区镇])引[进入]|引进(?=[^,;。!?]{2,60}?等[^,;。!?]{0,10}?项目\\d+个)|(?<=[还新已])引入)(?![^,;。]{0,10}(?:技术|设备|工艺|人才|资金))|(?:(?<=项目)|(?<=项目正式)|(?<=项目成功)|(?<=项目即将)|(?<=项目,))落地(?!建设|动建|开工|见效|于|在)|(?:(?<=项目)|(?<=项目正式)|(?<=项目成功)|(?<=基地)|(?<=产业园))(?:落户|落子|扎根)(?!建设|动建|开工)|(?:先后|相继|陆续|已经?|均|又一)(?:在此)?落户(?!建设|动建|开工)|(?<=项目等)落地(?!建设|动建|开工|见效|于|在)|(?<!申报)(?<!报请)核准(?!总?投资)|获批|获(?:得)?[^,;。!?]{0,8}?批准|"
        "(?:(?<=项目)|(?<=项目的))(?:引入|引进)(?![^,;。]{0,40}(?:技术|设备|工艺|装置|生产线|人才|资金))",
    ),
    (
        ProjectStatus.INTENDED,
        r"有意(?=投资|建设|在)|拟(?!建地|建厂址|终止|变更|调整|延期|结项|投入(?:募集)?资金|使用(?:募集|超募)?资金)|将(?:正式)?启动(?=[^,;。!?]{2,30}?项目)|将(?:在[^,;。!?]{2,24}?)?(?:通过)?(?:投资(?:建设|兴建|新建)|新建|兴建|筹建|(?:建设|实施)(?=“?[^,;。!?“”]{2,40}?(?:项目|工程)”?(?:[,;。!?]|$)))|(?<=董事会)审议(?:同意|通过)|(?<!已)决定(?=[^,;。!?]{0,4}(?:投资|建设|实施|新建|兴建|上马))|(?<!比)(?<!下步)(?<!一步)(?<!按)(?<!原)(?<!投资)(?<!投入)(?<!年度)(?<!全年)计划(?!(?:完成)?总?投资|工期|用地|占地)|(?:申报|报请|进行(?:项目)?)(?:核准|审批|立项)|(?:已经?)?上报(?=[^,;。!?]{0,10}?(?:发改委|发展改革委|国务院|审批|核准))|已经?报(?=[^,;。!?]{0,10}?(?:发改委|发展改革委|国务院)[^,;。!?]{0,4}?(?:审批|核准))|(?:正在|积极|加紧)*筹备(?!会|组|处|工作组)|(?<!比)计划(?=总?投资[^,;。!?]{0,12},\s*(?:建设|新建))|(?:获准|予以|通过)备案|列入[^,;。!?]{0,16}?规划|(?<!科学|统筹|合理|战略|发展|标准|产业)(?<![”五])规划(?!总?投资|重点|占地|面积|用地|\d|总?建筑面积|建设面积|包括|为:|里|建设的)|谋划|筹划|策划生成|正在(?:积极)?引进|筛选储备|(?<!不)打算(?=[^,;。!?]{0,3}?(?:上|建|投|扩))|(?:正在)?筹建中|正在筹建|意向|(?:加紧|正在|已经)?报批中?|进入环评阶段|环评[^,;。!?]{0,6}?公示|环评(?:报告书?)?[^,;。!?]{0,16}?(?:批复(?!工)|批准|审批通过)|等待(?:审批|核准|批复)|(?:水土保持|节能评估|节能审查|安全预评价|社会稳定风险评估|安评|能评|稳评)[^,;。!?]{0,8}?(?:获批|批复|批准|通过|报告)|(?<=项目)前期(?=已|正在)|(?:总体|初步|基础)设计[^,;。!?]{0,4}?(?:获批|批复|审查|通过)|(?<!成功)对接的(?=[^,;。!?]{2,30}?项目)|受理|立项手续|(?:审批|招标|备案|报批|手续)(?:备案)?(?:工作)?(?:正在|正)(?:推进|进行|办理)|(?:正在|正)进行[^,;。!?]{0,4}(?:招标|备案)|环境影响评[估价][^,;。!?]{0,12}?(?:开始|启动|公示)|公众参与[^,;。!?]{0,6}?公示|洽谈(?!会)|(?:开工|动工|开建)在即|在谈(?=的?[\u3400-\u9fff]{0,3}项目)|安全条件(?:审查|论证)|备案证|备案通知书|编制(?:项目)?(?:可研|可行性研究)|预可研|预可行性|(?:(?<=项目)|(?<=项目的)|(?<=项目”))环境影响(?:评价|报告)|前期(?:准备)?工作|(?<!已)(?:办理|完善)[^,;。!?]{0,16}?前期手续|(?:正在|进行)论证|论证(?:当中|之中|阶段|工作)|(?<!预)可研(?:报告)?(?:正在)?(?:修改|完善|编制|评审|编写)|可行性研究|可行性方案|可行性报告|编制环评|(?<=进行)(?:环境(?:影响)?评[估价]|环评|(?:项目|初步|工程)?设计)|开展(?:相关)?(?:项目|初步|工程)?设计",
    ),  # 计划(总)投资: an amount, 计划用地: an area, not a stage; an environmental review put out for
    # comment, preparatory work, a feasibility study and a filing (备案) come before any approval
)
_STATUS = re.compile("|".join(f"(?P<{s.name}>{words})" for s, words in _STATUS_WORDS))
# Before a verb: it has not happened (将开工 is intended, 分三期建成 a plan, 尚未开工 says nothing,
# 为…投产提供保障 is a purpose; 生产能力为7万吨的装置投产 is a figure).
_FUTURE = re.compile(
    r"(?:将|拟|以高(?:标准|质量|水平|效率)|(?<!空)分[二三四五六七八九十两2-9]期|(?<![比按原])计划|预计|可以|可望|力促|力争|争取|确保|(?:全力|大力)支持|有望|(?<!东方)(?<!新)希望(?!集团)|即将|推动|(?<!加快)推进(?=$)|(?<!在)(?<!正)加快|力求|千方百计|年内|年底前|即可|预期|目标|待|准备|预备|明年|明日|明天|下个?月|冲刺(?!跑|阶段)|最终|适时|早日|尽早|(?<![最提较])早(?=建成|投产|开工|竣工|$)|尽快|(?<![方面意])向|"
    r"(?<![作成认称因图])为(?!(?:约|近|超)?\d+(?:\.\d+)?\s*[万千]?(?:吨|t)))[^,;。]{0,14}$"
    # …over a place or a plant between: 将于明年3月在乌鲁木齐甘泉堡经济技术开发区开工建设
    r"|(?:将(?:于|在)|预计|明年)[^,;。]{15,30}$"
    r"|拟就[^,;。!?\n]{2,40}$"  # 拟就投资建设“A项目”签署协议: a signing to come
)
# A count, in digits or Chinese numerals (20个项目, 两个项目, 十二项).
NUMBER = r"(?:\d+|[一二两三四五六七八九十百]+)"
_LIST_CLOSER_BEFORE = re.compile(rf"等{NUMBER}?[个项批]?$")
# About to reach a late stage (即将中交, 即将投产, 尽快投产达效, 明年可建成投产, 向项目投产冲刺,
# 计划于今年6月底建成投产, …项目将试投产, 将于2017年底建成 but not 计划将于…): still being built now.
_IMMINENT = re.compile(
    r"(?:即将|即可|临近|就要|马上|尽快|明年|向|冲刺|准备)[^,;。]{0,8}$"
    r"|(?:将|计划)(?:于|在)?\s*(?:今年|年内|年中|年底|本月|下月)[^,;。]{0,8}$|(?<=项目|装置|工程)将$"
    r"|将(?:于|在)\s*\d{1,2}月[^,;。\d]{0,10}$|(?<![划拟])将(?:于|在)\s*(?:19|20)\d{2}\s*年[^,;。]{0,10}$"
    r"|(?:今年|年内|年中|年底|本月|下个?月)(?:内|前|底)?(?:都|也|均)?(?:将|可|就|即|能)[^,;。]{0,4}$"
    r"|近期内?(?:将|可|即)?[^,;。]{0,4}$"
)
_WORKS_PAID_BEFORE = re.compile(r"(?:累计|已经?)完成[^,;。]{0,4}投资[^;。]{0,30}$")
# …but a date a stage was reached by (4个项目已于4月底前建成投产) is past.
_DONE_BY = re.compile(r"已经?(?:于|在)[^,;。]{0,10}$")
_DEADLINE = re.compile(
    r"(?:(?<![\d年])(?:\d{1,2}月底|年底|年末|年内|年中)|今年年[底内中])前?(?:实现|完成)?\s*$"
)
_EXPECTING = r"预计|有望|确保|(?:全力|大力)支持"
# (力争4月底正式投产: due soon; 力争2026年底前建成投产 names a year, a plan)
_EXPECTED = re.compile(rf"(?:(?:{_EXPECTING})[^,;。计划拟]{{0,14}}|力争[^,;。计划拟年]{{0,14}})$")
# …also with the project's name between: 确保恒力石化2000万吨/年炼化一体化项目10月底按期投产.
_EXPECTED_OF_PROJECT = re.compile(
    rf"(?:{_EXPECTING})[^,;。计划拟]{{2,80}}?项目[^,;。计划拟项]{{0,10}}$"
    # …and of a list of plants closed by 等项目, over its commas (确保A一期…,B…,C…等项目建成投产)
    rf"|(?:{_EXPECTING})[^;。!?\n计划拟]{{2,120}}?等[^,;。!?\n]{{0,6}}项目$"
)
# A stage, then when it is expected: 工程竣工验收预计在11月份.
_EXPECTED_AFTER = re.compile(
    r"(?:预计|有望)(?:于|在|将于|将在)?\s*(?:\d|今年|年底|年内|明年|下半年|上半年|本月|下月)"
)
_LATE_STAGE = re.compile(
    r"(?:全面|正式|全部)?(?:中交|中间交付|竣工|投产|建成|封顶|试车|试生产|试投产|试运行|投用|投入|投料|开车|设备安装|安装阶段|机械(?:竣工|完工)|完成)"
)
# From a signing to a 拟 in the same sentence, past the agreement's name: 签署《投资项目合作协议书》,公司拟.
_AGREEMENT_THEN_PLAN = re.compile(
    r"[^。;!?\n]{0,20}(?:协议|协议书|合同)》?[^。;!?\n]{0,30}"
    # …or a signing, then what the firm that signed will build: 签约,甲乙纺织将在某纺织园建设A项目
    r"|(?:仪式)?,(?:(?!项目)[^。;!?\n]){0,20}"
)
# A plan made under an agreement named before it in its sentence: 根据协议,恒力集团拟新增投资….
_PER_AGREEMENT = re.compile(r"(?:根据|按照|依据)[^,;。!?\n]{0,8}(?:协议|合同)》?[^;。!?\n]{0,16}$")
_EFFECT_AFTER = re.compile(r"[^,;。!?\n]{0,6}?,?\s*(?:将|必将|势必|对|为|有利于|有助于|能|可以|可)")
_BRINGS_AFTER = re.compile(r"(?:将|可以|能够|可(?=实现|达到|形成|新增|带动|解决))(?!于|在)")
# …the stages said so: 建成将为…, 装置满负荷生产可实现年产值21亿元.
_BRINGING_STAGES = frozenset({"建成", "投产", "建成投产", "满负荷生产", "满负荷运转", "达产"})
_NEGATION = re.compile(
    r"(?:尚未|未|没有|没|暂未|不|不得|不能|禁止|严禁)能?(?:按期|如期|按时)?$|不得[^,;。]{1,4}\((?:含|包括)$"
)
# 该项目的(全面)达产,将…; 该项目的建设投产,将…; 这些项目的落户投产,将…: what a stage will bring
_OF_BEFORE = re.compile(r"的(?:全面|正式|顺利|如期|建设|落户|落地)?$")
# 把项目建成…示范项目: what a project is to be made into, a goal, not a stage reached; 待一期工程建成投产
# …后, 该项目如果建成: a condition.
_MADE_INTO = re.compile(r"把[^,;:。!?\n]{1,24}$")
# 总投资9500万元,建成标准钣金生产线三条: what the money builds, no stage reached.
_SCOPE_BEFORE = re.compile(r"总投资[^,;。]{1,16},\s*$")
_ON_THE_BASIS_BEFORE = re.compile(r"在(?:已经?|现有)?$")
_ON_THE_BASIS_AFTER = re.compile(r"[^,;:。!?\n]{0,30}?的?基础上")
_CONDITION_BEFORE = re.compile(r"待[^,;:。!?\n]{1,16}$|(?:一经|一旦|如果|假如|倘若)[^,;:。!?\n]{0,12}$")
# Projects pushed to land (全力抓好A、B等6个项目落地, 加快A等项目落地): not landed yet.
_PUSHED_TO_LAND = re.compile(r"(?:抓好|促进|推动|推进|力促|加快|争取)[^;。!?\n]{2,120}?项目$")
# A stage once something is done (取得土地后开工建设): the plan.
_ONCE_DONE = re.compile(r"(?:取得|获得|完成|办理|拿到)[^,;:。!?\n]{0,8}后$")
# A verb in an agreement's title (签订关于投建A项目投资协议): the agreement's subject, no stage of its own.
_AGREEMENT_AFTER = re.compile(r"[^,;:。!?\n]{0,40}?(?:协议|合同|备忘录)")
# One stage or another (开工或投产): neither is known to be reached.
_EITHER_STAGES = "(?:开工|动工|投产|竣工|建成)"
# (动工建设或进入投产阶段: the same, in longer words)
_EITHER_STAGE = re.compile(f"(?:建设)?或者?(?:进入)?{_EITHER_STAGES}")
_EITHER_STAGE_BEFORE = re.compile(f"{_EITHER_STAGES}(?:建设)?或者?(?:进入)?$")
# A batch that starts and commissions projects at once (集中开工投产, 集中开工、竣工投产): the later stage is
# of some of them only.
_BATCH_STARTED_BEFORE = re.compile(r"集中开工[、和及与]?(?:竣工)?$")
# After a verb: a noun or a condition, not a stage reached (投产时间, 投产后年产值…, 建成(达产)后).
_NOT_STAGE_AFTER = re.compile(
    r"(?:(?:全部|全面)?(?:达产|达效|达标|达成|投产|运营|营运|运行|投运|投用|满产|发电|并网))*(?:成功)?(?:时间|日期|期|时|后|以后|之后|之初|前|以前|之前|节点|条件|目标|计划|规模|能力|许可|申领|申请|手续|方案|准备|[一1]批|的(?:目标|时间|日期|节点|条件|计划))"
    r"|(?:重点|重大)?(?:建设)?(?:项目)?名单"  # 列入新开工重点建设名单: a list a project is put on
    r"|的?(?:最后)?冲刺"  # 进入全面竣工的最后冲刺阶段: the final push towards it, not reached
)


def _number(text: str) -> Decimal:
    return Decimal(text.replace(",", "").replace(" ", ""))


@dataclass(frozen=True)
class Capacity:
    start: int
    end: int
    values: tuple[float, ...]  # tonnes per year, one per product of a 20/45万吨/年 PO/SM list
    unit_text: str


@dataclass(frozen=True)
class Money:
    start: int
    end: int
    value: int  # yuan
    kind: str | None  # investment (总投资, 投资, 合同金额), output (产值), revenue (营收), other (税收)
    spent: bool = False  # an investment made so far or in a period (已完成投资12亿), not the total

    @property
    def investment(self) -> bool:
        """Said of an investment (总投资, 投资, 投入, 签约合同金额)."""
        return self.kind == "investment"


@dataclass(frozen=True)
class Area:
    start: int
    end: int
    value: float  # mu
    stated_as_area: bool  # after 占地/用地/面积


@dataclass(frozen=True)
class DateFigure:
    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None
    years_back: int = 0  # a date without its year: of the article's year, or 1 (去年) or 2 (前年) before

    def iso(self, published: str | None) -> tuple[str | None, int]:
        """The ISO date and how specific it is (0: as written; 7: the year taken from
        ``published``, which must then exist)."""
        year, inferred = self.year, 0
        if year is None:
            if not published:
                return None, 7
            year, inferred = int(published[:4]) - self.years_back, 7
        if self.month is None:
            return f"{year:04d}", inferred
        if self.day is None:
            return f"{year:04d}-{self.month:02d}", inferred
        return f"{year:04d}-{self.month:02d}-{self.day:02d}", inferred


@dataclass(frozen=True)
class StatusVerb:
    start: int
    end: int
    status: ProjectStatus
    future: bool  # 将/计划/力促… before it: not a fact yet, an intention
    heading: bool = False  # a list's heading (续建项目有4个,分别是…): said of the projects listed after it
    due: bool = False  # a late stage expected or about to come (预计6月底投产): a project under way


def sets(count: str | None) -> int:
    """How many plants a count says: 2, 两 or 二 (套); one when none is said."""
    if not count:
        return 1
    return int(count) if count.isdigit() else int(parse_chinese_number(count) or 1)


def _listed_in_brackets(text: str, match: re.Match[str]) -> bool:
    """A bare figure that is an item of a line's products listed in brackets with their tonnes."""
    window = max(0, match.start() - 60)
    if text.rfind("(", window, match.start()) <= text.rfind(")", window, match.start()):
        return False
    return bool(
        _TONNES_ITEM_NEXT.match(text, match.end())
        or _TONNES_ITEM_BEFORE.search(text, max(0, match.start() - 24), match.start())
    )


def capacities(text: str) -> list[Capacity]:
    found: list[Capacity] = []
    not_capacity_end = -1  # the end of the last figure said to be no capacity (a year's output)
    for match in _CAPACITY.finditer(text):
        if _NOT_CAPACITY_AFTER.match(text, match.end()):
            continue
        multiplier_text = match.group("cn") or match.group("latin") or ""
        if re.fullmatch(_TEN_THOUSAND_TIMES, multiplier_text):
            multiplier_text = "万"
        unit = match.group("cn_unit") or match.group("latin_unit") or ""
        per_year = "年" in unit or "/" in unit or "pa" in unit
        if _NOT_CAPACITY_BEFORE.search(text, max(0, match.start() - 12), match.start()) or (
            not_capacity_end >= 0
            and _NEXT_ITEM.fullmatch(text, not_capacity_end, match.start())
            and not _PER_YEAR_CONTEXT.search(text, not_capacity_end, match.start("nums"))
        ):
            # 年吞吐能力100万吨: a port's throughput, not a plant's capacity; 计划全年生产PVC树脂30万吨、
            # 离子膜烧碱27万吨: every item of a year's output (not 日处理生鲜乳4000吨、年产150万吨…)
            not_capacity_end = match.end()
            continue
        if text.endswith(("数", "几"), 0, match.start()):
            continue  # 数百万吨: some millions, no figure
        if _NATIONAL_AMOUNT_BEFORE.search(text, max(0, match.start() - 26), match.start()):
            continue
        if _YEARS_OUTPUT_BEFORE.search(text, max(0, match.start() - 60), match.start()):
            continue
        # (a word of capacity at most a few characters before: 年产能分别为…, 18 with its product's name)
        context = (
            _PER_YEAR_CONTEXT.search(text, max(0, match.start() - 24), match.start("nums"))
            or (
                # 年产A1万吨、B5000吨, 年产1万吨A及1200吨B: the next item of a yearly list
                found and _NEXT_ITEM.fullmatch(text, found[-1].end, match.start())
            )
            or _CAPACITY_AFTER.match(text, match.end())
            or _PLANT_NAMED_AFTER.match(text, match.end())
        )
        if not per_year and not multiplier_text and not context and not _listed_in_brackets(text, match):
            continue  # 3000吨 of something, not a plant's yearly capacity
        # 2×45万吨 and 2套45万吨/年: 90万吨 in all; 2×2×26万t/a: 104万吨
        count = match.group("count")
        counts = _TIMES.split(count) if count else [match.group("sets")]
        multiplier = _MULTIPLIERS[multiplier_text] * math.prod(sets(count) for count in counts)
        tonnes = Decimal("0.001") if match.group("kg") else Decimal(1)  # 年产5000公斤维生素B12: 5 tonnes
        values = tuple(float(_number(n) * multiplier * tonnes) for n in match.group("nums").split("/"))
        if all(v > 0 for v in values):
            unit_text = text[match.end("nums") : match.end()].strip()
            found.append(Capacity(match.start(), match.end(), values, unit_text))
    return found


def _money_kind(text: str, start: int) -> str | None:
    """investment, output, revenue or other, by the words just before ``start`` in its clause."""
    converted = _CONVERTED.search(text, max(0, start - 30), start)
    if converted is not None:  # 总投资2.35亿欧元(约合人民币18.5亿元): the kind of the foreign amount
        return _money_kind(text, converted.start())
    lead = text[max(0, start - 16) : start]
    for stop in ",;。!?\n":
        lead = lead.rpartition(stop)[2]
    for kind, pattern in _MONEY_KINDS:
        if pattern.search(lead):
            return kind
    # Else the nearest word of a kind before it, with no other figure between (年度计划投资额度更是高达
    # 7150亿元, 石化产值已经连续5年超千亿元; a count of years may stand between).
    words = list(_KIND_WORD.finditer(lead))
    if words and not _FIGURE_BETWEEN.search(_YEARS.sub("", lead[words[-1].end() :])):
        return words[-1].lastgroup
    return None


# A foreign amount, then its yuan in brackets: 6亿美元(约合人民币, 10亿美元(.
_CONVERTED = re.compile(
    r"\d[\d.,]*\s*(?:多|余)?\s*(?:万亿|亿|万|千|百)?\s*(?:美元|美金|港元|港币|欧元|日元|英镑)\s*\(\s*"
    r"(?:约合|约|折合|合|即)?\s*(?:人民币)?\s*约?\s*$"
)
_KIND_WORD = re.compile("|".join(f"(?P<{kind}>{words})" for kind, words in _KIND_WORDS))
_FIGURE_BETWEEN = re.compile(r"\d|元|吨|%")
_YEARS = re.compile(r"\d+\s*年")


# An amount named by the words after it: 每年可增加200多亿元的销售额, 带动1000多亿元的下游产值.
_KIND_AFTER: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(rf"的?[\u3400-\u9fff]{{0,4}}?(?:{words})"))
    for kind, words in (
        # 完成50.9亿元投资, 22亿元的投资, 拟约31.96亿元新建…项目
        # …, 30亿元巨资投入, 13.3亿元建差别化纤维项目
        (
            "investment",
            "投资(?!项目|企业|者|方|主体|商)|投入|新建|兴建|投建|建|[\u3400-\u9fff]{0,10}?项目的?投资",
        ),
        ("output", "产值|工业总产值"),
        ("revenue", "销售额|销售收入|营业收入|营收"),
        ("other", "利税|税收|利润"),
    )
)


def _kind_after(text: str, end: int) -> str | None:
    for kind, pattern in _KIND_AFTER:
        if pattern.match(text, end):
            return kind
    return None


# 总投资6240万;, 固定资产投资5000万): an investment in 万 with its 元 left unsaid.
_INVESTMENT_BEFORE = re.compile(r"投资(?:约|达|为|近)?$")


def _invested_in_ten_thousands(text: str, match: re.Match[str]) -> bool:
    return (
        match.group("mult") in ("万", "千万", "百万")
        and match.group("num") is not None
        and _INVESTMENT_BEFORE.search(text, max(0, match.start() - 6), match.start()) is not None
        and text[match.end() : match.end() + 1] in (",", ";", "。", ")", "、", "")
    )


def money(text: str) -> list[Money]:
    found = []
    skip_to = 0
    for match in _MONEY.finditer(text):
        if match.start() < skip_to:
            continue  # the upper end of a range already read
        if _PRICE_BEFORE.search(text, max(0, match.start() - 18), match.start()) or _PRICE_AFTER.match(
            text, match.end()
        ):
            price_range = _range_end(text, match.end())  # 吨利润高达4000~6000元: the range's both ends
            skip_to = price_range.end() if price_range is not None else skip_to
            continue
        mult, unit = match.group("mult") or "", match.group("unit")
        # 总投资50亿~60亿元: a range, read as its lower end (the sure part), with the upper end's unit
        upper = _range_end(text, match.end())
        if upper is not None and (upper.group("mult") or "") == (mult or upper.group("mult") or ""):
            value = int(_number(match.group("num") or "1") * _MONEY_MULTIPLIERS[upper.group("mult") or ""])
            if (
                value > 0
                and not _FOREIGN.match(text, upper.end())
                and not _size_class(text, match.start(), upper.end(), ranged=True)
            ):
                found.append(Money(match.start(), upper.end(), value, _money_kind(text, match.start())))
            skip_to = upper.end()
            continue
        if (
            not unit
            and mult not in ("亿", "百亿", "千亿", "万亿")
            and not _invested_in_ten_thousands(text, match)
        ):
            continue  # a bare number, or 万 without 元 (万吨, 万人)
        if match.group("num") is None and (
            _CLASS_NOUN_AFTER.match(text, match.end())
            or _COUNTED_BEFORE_IMPLIED.search(text, max(0, match.start() - 10), match.start())
        ):
            continue  # 超亿元项目, 投资上亿元的重点项目, 六个项目超亿元: a size class
        taiwan_dollars = _TAIWAN_DOLLARS.search(text, max(0, match.start() - 4), match.start())
        if _FOREIGN.match(text, match.end()) or taiwan_dollars:
            continue  # investment_cny is yuan; other currencies are not converted (约新台币1232亿元)
        if unit and _PER_UNIT.match(text, match.end()):
            continue  # 7500元/吨, 14000元/平方米: a price or an intensity, not an amount
        if text.endswith(("“", '"'), 0, match.start()) and _SLOGAN_REST.match(text, match.end()):
            continue  # 实现“千亿元工业转型”: a slogan's figure, no amount
        kind = _money_kind(text, match.start()) or _kind_after(text, match.end())
        # 投资369亿元,PLA132亿、PBAT100亿: a breakdown of the amount before it, of the same kind
        share = (
            bool(found)
            and kind is None
            and _SHARE_GAP.fullmatch(text, found[-1].end, match.start()) is not None
        )
        if share:
            kind = found[-1].kind
        # 百亿以上项目: a size class, not an amount (an amount ends at punctuation or 元; 总投资超
        # 180亿的产业链 is an amount too, said so by the word before it).
        following = text[match.end() : match.end() + 1]
        ends = ("", ",", ";", "。", ")", "(", "、", " ", "\n", "!", "?", "”")
        if not unit and following not in ends and not (kind and following in "的左多余") and not share:
            continue
        if not unit and kind is None and following in "!?":
            continue  # 19.7亿!: a headline's bare figure
        if _size_class(
            text, match.start(), upper.end() if upper is not None else match.end(), ranged=upper is not None
        ):
            continue  # 10亿元以上项目11个: a size class of projects, not an amount
        value = int(_number(match.group("num") or "1") * _MONEY_MULTIPLIERS[mult])
        value += int(match.group("rest") or 0) * _MONEY_MULTIPLIERS["万"]
        if value > 0:
            found.append(
                Money(match.start(), match.end(), value, kind, _spent(text, match.start(), match.end()))
            )
    return found


_SLOGAN_REST = re.compile(r"[\u3400-\u9fff]{2,12}[”\"]")


# An investment made so far or in a period, not a project's total: 已完成投资12亿, 年度投资完成98.71亿元,
# 累计投资超过700亿元, 已累计完成50.9亿元投资 (完成最终投资决策, 总投资约448亿元 is the total).
_SPENT_BEFORE = re.compile(
    r"(?:完成了?(?:年度|全年|固定资产)*投资|投资完成|累计(?:完成)?投资|已投资|(?:已|累计)投入)"
    r"(?:额|总额)?(?:达到|达|约为|约|超过|超|近|了|共|计)*\s*$"
)
_SPENT_AROUND = re.compile(r"完成了?\s*$")
_INVESTMENT_AFTER = re.compile(r"(?:元|人民币)?的?投资")


def _spent(text: str, start: int, end: int) -> bool:
    if _SPENT_BEFORE.search(text, max(0, start - 16), start):
        return True
    return bool(_SPENT_AROUND.search(text, max(0, start - 8), start) and _INVESTMENT_AFTER.match(text, end))


# Between an amount and a part of it: a comma or 、 and what the part is for, a product's
# abbreviation or a phase (PLA, 一期); 补贴 is another kind of money.
_SHARE_GAP = re.compile(r"[,、]\s*(?:其中)?(?:[A-Za-z][A-Za-z0-9\-]{0,7}|[一二三四五六七八九]期)")


def _size_class(text: str, start: int, end: int, ranged: bool = False) -> bool:
    """The amount (or range) at ``text[start:end]`` bounds a class of projects."""
    counted = _COUNTED_BEFORE.search(text, max(0, start - 8), start)
    # 投资规模超过1亿美元或8亿元的项目: the bound in a second currency
    either = _EITHER_BOUND_BEFORE.search(text, max(0, start - 16), start)
    # 10亿元以上项目11个, 100亿元项目3个: a class counted (总投资343亿元基本建设项目126个: their total)
    total = not ranged and _TOTAL_BEFORE.search(text, max(0, start - 4), start) is not None
    counted_class = _COUNTED_CLASS.match(text, end)
    # 首个投资过百亿元项目: a bound, then the projects it bounds
    bounded = _BOUND_BEFORE.search(text, max(0, start - 2), start) and _BOUNDED_CLASS.match(text, end)
    return bool(
        bounded
        or _SIZE_CLASS.match(text, end)
        or (counted_class is not None and (counted_class.group("above") or not total))
        or ((counted or either) and _CLASS_NOUN_AFTER.match(text, end))
    )


_COUNTED_CLASS = re.compile(
    rf"(?P<above>以上)?的?[\u3400-\u9fff]{{0,10}}?(?:项目|企业|工厂)(?:有|达到|达|共)?\s*{_COUNT}"
)
_TOTAL_BEFORE = re.compile(r"总投资(?:约|为|达)?$")
_BOUND_WORDS = r"(?:超过|超|过|逾)"  # 超过10亿元, 过百亿元: a bound, not an amount's own word
_BOUND_BEFORE = re.compile(rf"{_BOUND_WORDS}$")
_BOUNDED_CLASS = re.compile(r"的?(?:重大|重点)?(?:产业)?(?:项目|企业)")


_EITHER_BOUND_BEFORE = re.compile(rf"{_BOUND_WORDS}[^,;。!?]{{1,12}}或$")


_RANGE_TO = re.compile(r"\s*(?:~|～|至|到|—|-)\s*")


def _range_end(text: str, position: int) -> re.Match[str] | None:
    """The upper end of a money range that starts before ``position``: ~60亿元, 至35亿元."""
    to = _RANGE_TO.match(text, position)
    upper = _MONEY.match(text, to.end()) if to is not None else None
    if upper is None or not (upper.group("unit") or upper.group("mult") in ("亿", "百亿", "千亿")):
        return None
    return upper


def areas(text: str) -> list[Area]:
    found = []
    for match in _AREA.finditer(text):
        value = float(_number(match.group("num")) * (10**4 if match.group("mult") else 1))
        stated = _AREA_CONTEXT.search(text, max(0, match.start() - 10), match.start()) is not None
        if value > 0:
            found.append(Area(match.start(), match.end(), value, stated))
    return found


def dates(text: str) -> list[DateFigure]:
    found = []
    for match in _DATE.finditer(text):
        groups = match.groupdict()
        year = groups["y"] or groups["y3"]
        month = groups["m"] or groups["m2"] or groups["m3"] or groups["m4"] or groups["m5"]
        day = groups["d"] or groups["d2"] or groups["d3"]
        m = int(month) if month else None
        d = int(day) if day else None
        if (m is not None and not 1 <= m <= 12) or (d is not None and not 1 <= d <= 31):
            continue
        back = _YEARS_BACK.get(text[max(0, match.start() - 2) : match.start()], 0) if not year else 0
        found.append(DateFigure(match.start(), match.end(), int(year) if year else None, m, d, back))
    return found


# Between two stages of one plan (力争年内开工建设、明年建成投产; 计划2023年启动,2025年建成投产): a
# 将/力争/计划 before the first covers the next, in its clause or in a clause that starts with its date.
# …but not a stage said done (进行洽谈并成功签约).
_DONE_AT_END = re.compile(r"(?:成功|已经?|顺利)$")
_PLAN_GAP = re.compile(
    r"[^,;:。!?\n]{0,20}(?:,\s*(?:并于|并|于|将)?(?:(?:19|20)\d{2}\s*年|明年|后年|年底|年内|\d{1,2}\s*月(?:底|初|中旬|上旬|下旬|份)?)[^,;:。!?\n]{0,10}"
    r"|,\s*(?:并且?|然后|随后)[^,;:。!?\n]{0,6}"  # 预计…可完成建设,并投入试生产: both are expected
    r"|,\s*)?"  # 拟斥资36.84亿元,投建A项目: what the planned money builds
)

# …and over a longer first clause when the plan puts up money and the next verb builds with it
# (拟出资2亿元在…设立全资子公司“…”,投建A项目).
_PLANNED_MONEY = re.compile(r"(?:出资|投资|斥资)[^,;:。!?\n]{0,48},\s*")
_BUILDING_VERB = re.compile(r"投建|投资建设|建设|新建|兴建")


# A list of projects being pushed on (加快A、B等项目建设; 重点抓好A、B等项目的建设; 重点推进A、B等项目,):
# under construction, the verb standing at the list's 等…项目; and a project whose building has started
# or is pushed on (启动A项目一期工程建设, 加快推进A项目建设).
_PUSHED_LIST = re.compile(
    r"(?:加快|推进|推动|抓好)[^,;:。!?\n]{2,80}?(?P<tail>等[^,;:。!?\n等]{0,6}?项目)的?(?:落地)?建设(?!规划|前期|用地)"
    r"|(?:重点|加快|全力|扎实|积极|大力)推进[^,;:。!?\n]{2,80}?(?P<end>等[^,;:。!?\n等]{0,6}?项目)(?=[,;。])"
    r"|(?<![将拟])(?<!尽快|争取|力争|计划|准备|要求)(?:启动|开始|(?:加快|加速|全力|稳步|共同|积极|扎实|大力|持续|全面|着力|重点)?推进|加快|加速)[^,;:。!?\n]{2,40}?(?:项目|工程)(?P<started>建设)(?=[,;。!?\n]|$)"
)


# A list's heading by the projects' stage (在续建项目方面,…分别是; 新开工项目7个,…分别是;
# 2022年续建石化类项目3个,包括; 新投产项目25个; after its place: 该乡续建项目有, 某省2022年重点建设
# 前期预备项目中包含), or by the stage of a batch when the list follows it
# (开工项目包括A、B; 开工奠基项目:A; 此次集中投产的五大项目是:A、B). In a plan (《…重点建设项目计划》,
# 计划投产的…项目) the heading is the year's aim: 新开工 is not started yet and 投产 is still being built.
_ASIDE = re.compile(r"\([^()]{1,10}\)")
_HEADING = re.compile(
    r"(?:^|(?<=[\n。!?,;:]))\s*(?:该[乡镇县区市]|[\u3400-\u9fff]{2,4}[省市县])?(?:(?:19|20)\d{2}\s*年\s*)?在?(?P<plan>计划)?"
    r"(?:重点建设)?(?:(?P<stage>新开工|新建|续建|在建|建成投产|保投产|新?投产|竣工|新?签约|储备|预备|前期)的?"
    rf"(?:{_ASIDE.pattern})?[\u3400-\u9fff]{{0,4}}?项目"  # (保投产(含部分投产)项目中: an aside on the stage)
    r"(?:方面|中)?(?=\s*(?:[,:]|主要有|有|共|包含|包括|\d))"
    r"|(?:[我全本][市县区])?(?:此次|本次|这次)?(?:集中)?(?P<batch>开工(?:奠基)?|投产|签约|竣工)的?[\u3400-\u9fff]{0,4}?项目"
    r"(?=\s*(?::|包括|是|分别|有(?![望效力限关助利序所着]))))"
)
_PLAN_DOCUMENT = re.compile(
    r"《[^》]{0,40}(?:计划|名单|清单)》|重点(?:建设|工程)?项目(?:计划|名单|清单)|安排[^,;。]{0,8}重点(?:建设)?项目"
)
_HEADING_STAGE = {
    "新开工": ProjectStatus.UNDER_CONSTRUCTION,
    "开工": ProjectStatus.UNDER_CONSTRUCTION,
    "开工奠基": ProjectStatus.UNDER_CONSTRUCTION,
    "新投产": ProjectStatus.OPERATING,
    "新签约": ProjectStatus.SIGNED,
    "新建": ProjectStatus.UNDER_CONSTRUCTION,
    "续建": ProjectStatus.UNDER_CONSTRUCTION,
    "在建": ProjectStatus.UNDER_CONSTRUCTION,
    "建成投产": ProjectStatus.OPERATING,
    "保投产": ProjectStatus.UNDER_CONSTRUCTION,  # to be brought into production this year
    "投产": ProjectStatus.OPERATING,
    "竣工": ProjectStatus.OPERATING,
    "签约": ProjectStatus.SIGNED,
    "储备": ProjectStatus.INTENDED,
    "预备": ProjectStatus.INTENDED,
    "前期": ProjectStatus.INTENDED,
}
_PLANNED_STAGE = {
    ProjectStatus.UNDER_CONSTRUCTION: ProjectStatus.INTENDED,  # to start this year
    ProjectStatus.OPERATING: ProjectStatus.UNDER_CONSTRUCTION,  # to be finished this year
}


def _headings(text: str) -> list[StatusVerb]:
    plan = _PLAN_DOCUMENT.search(text) is not None
    found = []
    for match in _HEADING.finditer(text):
        group = "stage" if match.group("stage") else "batch"
        stage = match.group(group)
        status = _HEADING_STAGE[stage]
        if (plan or match.group("plan")) and stage not in ("续建", "在建", "保投产"):
            status = _PLANNED_STAGE.get(status, status)
        found.append(StatusVerb(*match.span(group), status, False, heading=True))
    return found


_PLANNED_PUSH = re.compile(r"(?:将|拟|计划|准备)\s*$")
# A plan to push a list of projects to a stage (三季度计划重点推进A、B等8个项目开工建设;
# 将重点推进A、B等项目开工建设): their stage is planned (将加快推进 speeds up what is being built).
_PLANNED_LIST = re.compile(
    r"(?:将|拟|计划|准备)(?:重点|全力|着力)?(?:推进|推动)[^;。!?\n]{2,120}?等[^,;。!?\n]{0,6}项目$"
    # 今年还将有包括A、B等重大项目在内的15个项目相继开工建设: a list yet to reach its stage
    r"|将有(?:包括)?[^;。!?\n]{2,120}?等[^;。!?\n]{0,20}项目(?:相继|陆续|先后)?$"
)


def _planned_push(text: str, match: re.Match[str]) -> bool:
    return match.group(0).startswith(("推进", "推动")) and bool(
        _PLANNED_PUSH.search(text, max(0, match.start() - 40), match.start())
    )


def statuses(text: str) -> list[StatusVerb]:
    # 将推进A、B等项目建设: a push yet to come is a plan (将加快推进 speeds up what is being built)
    pushed = [
        StatusVerb(*match.span(name), ProjectStatus.UNDER_CONSTRUCTION, _planned_push(text, match))
        for match in _PUSHED_LIST.finditer(text)
        for name in ("tail", "end", "started")
        if match.group(name)
    ]
    headings = _headings(text)
    # 开工 of 新开工项目, 投产 of 保投产(含部分投产)项目: a heading's own words
    ends = [(h.start, aside.end() if (aside := _ASIDE.match(text, h.end)) else h.end) for h in headings]
    verbs = [
        verb for verb in _stage_verbs(text) if not any(start <= verb.start < end + 2 for start, end in ends)
    ]
    return sorted([*verbs, *pushed, *headings], key=lambda verb: verb.start)


# An event named by a list of stages (重大项目集中开工、竣工、投产活动): each project reached one of
# them, read as the first, as the keys do (most of such a batch start).
_STAGES_EVENT = re.compile(
    r"(?:开工|竣工|投产|签约)(?:、(?:开工|竣工|投产|签约))+[^,;:。!?\n]{0,4}?(?:活动|仪式|大会|现场会|推进会)"
)

# …and a tally of projects by stage (累计签约、开工、竣工投产项目26个): no project's stage at all.
_STAGES_TALLY = re.compile(
    r"(?:签约|开工|竣工|投产)(?:、(?:签约|开工|竣工|投产|竣工投产|建成投产))+的?项目\s*(?:\d|[一二三四五六七八九十百])"
)


def _stage_verbs(text: str) -> list[StatusVerb]:
    found: list[StatusVerb] = []
    events = [match.span() for match in _STAGES_EVENT.finditer(text)]
    tallies = [match.span() for match in _STAGES_TALLY.finditer(text)]
    for match in _STATUS.finditer(text):
        if any(start < match.start() < end for start, end in events):
            continue
        if any(start <= match.start() < end for start, end in tallies):
            continue
        if _NEGATION.search(text, max(0, match.start() - 9), match.start()):
            continue
        if text.endswith("关于", 0, match.start()) and _AGREEMENT_AFTER.match(text, match.end()):
            continue  # 签订关于投建A项目投资协议: the agreement's title, not works begun
        if match.group(0) == "建成" and (
            _MADE_INTO.search(text, max(0, match.start() - 25), match.start())
            or _SCOPE_BEFORE.search(text, max(0, match.start() - 24), match.start())
        ):
            continue
        if _CONDITION_BEFORE.search(text, max(0, match.start() - 17), match.start()):
            continue
        if _ON_THE_BASIS_BEFORE.search(
            text, max(0, match.start() - 4), match.start()
        ) and _ON_THE_BASIS_AFTER.match(text, match.end()):
            continue  # 在已建成30kt/a冰晶石装置的基础上: what a new plant builds on
        if _NOT_STAGE_AFTER.match(text, match.end()) and match.group(0) not in ("开工仪式", "建设现场"):
            continue
        if _EITHER_STAGE.match(text, match.end()) or _EITHER_STAGE_BEFORE.search(
            text, max(0, match.start() - 9), match.start()
        ):
            continue  # 23个项目开工或投产: one stage or the other, no one's known
        if _BATCH_STARTED_BEFORE.search(text, max(0, match.start() - 5), match.start()):
            continue  # 集中开工投产A、B等30个项目: each started or began production, which is not said
        if _OF_BEFORE.search(text, max(0, match.start() - 3), match.start()) and _EFFECT_AFTER.match(
            text, match.end()
        ):
            continue  # 该项目的投产,将对公司…产生积极影响: what a stage will bring, not a stage reached
        if match.group(0) in _BRINGING_STAGES and _BRINGS_AFTER.match(text, match.end()):
            continue  # 项目建成将为…提供保障, 生产线建成可以解决…: what it would bring once built
        status = ProjectStatus[match.lastgroup or "INTENDED"]
        future = _FUTURE.search(text, max(0, match.start() - 32), match.start()) is not None
        # 工程竣工验收预计在11月份: the stage, then when it is expected
        expected_after = _EXPECTED_AFTER.match(text, match.end()) is not None
        future = future or expected_after
        # A list closed by 等竣工项目 says what its projects are, whatever is wished of them.
        if _LIST_CLOSER_BEFORE.search(text, max(0, match.start() - 6), match.start()) and text.startswith(
            "项目", match.end()
        ):
            future = False
        gap = text[found[-1].end : match.start()] if found else ""
        # …in the same sentence: a plan said of another plant before does not make this one's a plan
        same_sentence = bool(found) and not any(c in "。!?\n" for c in gap)
        # (an intention's agreement signed is signed: 意向协议签订)
        intention = bool(found) and text.startswith("意向", found[-1].start)
        planned = (
            same_sentence
            and (found[-1].future or found[-1].status == ProjectStatus.INTENDED)
            and not intention
        )
        # 签订…投资协议,…预计2023年建成投产: expected of a project just signed, not of one under way
        signed_before = same_sentence and found[-1].status == ProjectStatus.SIGNED and not found[-1].future
        # …and not of another project named in between (力争A项目开工、B项目加快建设).
        if planned and _PLAN_GAP.fullmatch(gap) and "项目" not in gap and not _DONE_AT_END.search(gap):
            future = True  # 力争2017年年内开工建设、2020年上半年建成投产: both are the plan
        if planned and _PLANNED_MONEY.fullmatch(gap) and _BUILDING_VERB.fullmatch(match.group(0)):
            future = True  # 拟出资2亿元在…设立全资子公司“…”,投建A项目: what the planned money builds
        # (not after a plan an earlier clause of its sentence states: 将启动A项目,并确保…明年上半年投产 is the
        # plan's; 计划于今年6月底建成投产 is due; a plan before a ; is another statement's)
        after_plan = planned and "," in gap and ";" not in gap
        imminent = (
            not after_plan and _IMMINENT.search(text, max(0, match.start() - 16), match.start()) is not None
        )
        # 预计6月底逐步投产, 确保10月底按期投产: a project under way expected to reach a late stage
        expected = _EXPECTED.search(text, max(0, match.start() - 16), match.start()) is not None
        if _EXPECTED_OF_PROJECT.search(text, max(0, match.start() - 96), match.start()):
            expected = future = True
        future = future or _PLANNED_LIST.search(text, max(0, match.start() - 140), match.start()) is not None
        future = future or _ONCE_DONE.search(text, max(0, match.start() - 12), match.start()) is not None
        if match.group(0) == "落地" and _PUSHED_TO_LAND.search(
            text, max(0, match.start() - 140), match.start()
        ):
            future = True  # 全力抓好A项目、B项目等6个招商引资项目落地: a landing worked for
        imminent = imminent or ((expected or expected_after) and not planned and not signed_before)
        # 6月底前建成投产, 年底实现投产: a deadline this year for a project under way (计划6月底投产: a plan)
        done_by = _DONE_BY.search(text, max(0, match.start() - 14), match.start()) is not None
        deadline = (
            not done_by and _DEADLINE.search(text, max(0, match.start() - 10), match.start()) is not None
        )
        # 累计完成投资27.53亿元,计划年底建成中交: money spent on the works, so a late stage planned is due
        works_paid = _WORKS_PAID_BEFORE.search(text, max(0, match.start() - 40), match.start()) is not None
        imminent = imminent or works_paid
        # 将于2017年第二季度建成两套装置,2017年年底全部建成投产: the next date of a plant under way
        after_due = (
            bool(found) and found[-1].due and _PLAN_GAP.fullmatch(gap) is not None and "项目" not in gap
        )
        due = bool((imminent if future else deadline or after_due) and _LATE_STAGE.match(match.group(0)))
        if due:
            status, future = ProjectStatus.UNDER_CONSTRUCTION, False
        # 签署《投资协议》,公司拟投资新建A项目: what the signed agreement is for is signed.
        last = found[-1] if found else None
        if (
            status == ProjectStatus.INTENDED
            and last is not None
            and last.status == ProjectStatus.SIGNED
            and not last.future
            and _AGREEMENT_THEN_PLAN.fullmatch(text, last.end, match.start())
        ):
            status = ProjectStatus.SIGNED
        # 根据协议,公司拟投资建设A项目: what the agreement provides for is signed too.
        before = max(0, match.start() - 30)
        if status == ProjectStatus.INTENDED and _PER_AGREEMENT.search(text, before, match.start()):
            status = ProjectStatus.SIGNED
        found.append(StatusVerb(match.start(), match.end(), status, future, due=due))
    return found
