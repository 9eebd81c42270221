"""Normalisation for matching (each step, with the map back to the original) and mentions."""

from __future__ import annotations

from pathlib import Path

import pytest

from chain_graph import dataset as ds
from chain_graph.ingest import normalize
from chain_graph.ingest.lexicon import Lexicon
from chain_graph.ingest.mentions import Matcher
from chain_graph.ingest.numerals import parse_chinese_number

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures" / "ingest"


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.build(ds.load(REPO / "seed"))


@pytest.fixture(scope="module")
def matcher(lexicon: Lexicon) -> Matcher:
    return Matcher(lexicon)


def _back(original: str, normalized_part: str) -> str:
    """The original text a part of the normalised text came from."""
    n = normalize(original)
    start = n.text.index(normalized_part)
    return n.original_text(start, start + len(normalized_part))


def test_traditional_with_pinyin() -> None:
    n = normalize("福建省泉州市泉港區(qū)")
    assert n.text == "福建省泉州市泉港区"
    assert _back("福建省泉州市泉港區(qū)", "泉港区") == "泉港區"


def test_pinyin_annotation_inside_a_word_is_dropped() -> None:
    assert normalize("泉港區(qū)域發展").text == "泉港区域发展"


def test_a_doubled_toneless_reading_is_dropped() -> None:
    n = normalize("800噸(dun)/年氨基(ji)胍碳酸鹽染料(liao)中(zhong)(zhong)間體")
    assert n.text == "800吨/年氨基胍碳酸盐染料中间体"
    assert _back("染料(liao)中(zhong)(zhong)間體", "中间体") == "中(zhong)(zhong)間體"


def test_the_stroke_comma_is_a_list_comma() -> None:
    assert normalize("3万吨石墨电极丶30万立方米墙体材料").text == "3万吨石墨电极、30万立方米墙体材料"


def test_latin_in_brackets_is_not_pinyin() -> None:
    assert normalize("环氧丙烷(PO)").text == "环氧丙烷(PO)"
    assert normalize("丙烯(plain)").text == "丙烯(plain)"


def test_full_width_digits_and_letters() -> None:
    n = normalize("年产２０万吨ＰＯ，总投资１５亿元")
    assert n.text == "年产20万吨PO,总投资15亿元"
    assert _back("年产２０万吨ＰＯ", "20万吨") == "２０万吨"


def test_a_number_sign_after_a_number_is_hao() -> None:
    n = normalize("鲤鱼尾作业区4#泊位、２＃装置投用;C#语言")
    assert n.text == "鲤鱼尾作业区4号泊位、2号装置投用;C#语言"
    assert _back("作业区4#泊位", "4号泊位") == "4#泊位"


def test_a_berth_written_with_a_number_sign_is_the_seed_berth(matcher: Matcher) -> None:
    found = _found(matcher, "鲤鱼尾作业区4#泊位码头项目正式投入运营")
    assert found["liyuwei-berth-4"] == ("鲤鱼尾作业区4#泊位", 1.0)


@pytest.mark.parametrize(
    ("written", "normalized"),
    [
        ("二十万吨/年", "20万吨/年"),
        ("六十五亿元", "65亿元"),
        ("十二万五千吨", "125000吨"),
        ("二〇二一年十月十八日", "2021年10月18日"),
        ("一点五亿元", "1.5亿元"),
        # digits times 十/百/千 (round 105 read 63 千吨 as 631,000 t)
        ("63 千吨", "63000吨"),
        ("1.5千吨", "1500吨"),
        ("1千万元", "1000万元"),
        ("3万吨", "3万吨"),
    ],
)
def test_chinese_numerals_before_a_unit(written: str, normalized: str) -> None:
    n = normalize(written)
    assert n.text == normalized
    assert n.original_text(0, len(n.text)) == written


@pytest.mark.parametrize("text", ["一室两院四中心", "万华化学", "千方百计", "一把手工程", "十通一平"])
def test_numerals_in_words_stay(text: str) -> None:
    assert normalize(text).text == text


def test_parse_chinese_number() -> None:
    assert parse_chinese_number("一百零五") == "105"
    assert parse_chinese_number("两") == "2"
    assert parse_chinese_number("一亿二千万") == "120000000"
    assert parse_chinese_number("万") is None


def test_every_normalised_character_maps_into_the_original() -> None:
    original = (FIXTURES / "traditional.txt").read_text(encoding="utf-8")
    n = normalize(original)
    assert len(n.starts) == len(n.ends) == len(n.text)
    assert all(0 <= s < e <= len(original) for s, e in zip(n.starts, n.ends, strict=True))


def _found(matcher: Matcher, text: str) -> dict[str, tuple[str, float]]:
    n = normalize(text)
    return {m.id: (n.original_text(m.start, m.end), m.score) for m in matcher.find(n).top if m.id}


def test_injected_characters_between_names(matcher: Matcher) -> None:
    found = _found(matcher, "周边天骄化学、吨烷项佳化化学等企业")
    assert found["tianjiao-chemical"] == ("天骄化学", 1.0)
    assert found["jiahua-chemical"] == ("佳化化学", 1.0)


def test_injected_characters_inside_a_name(matcher: Matcher) -> None:
    found = _found(matcher, "园区内的天骄吨化学增加投资")
    text, score = found["tianjiao-chemical"]
    assert text == "天骄吨化学"
    assert 0.85 <= score < 1.0
    text, score = _found(matcher, "落户泉港石吨化工烷业园区")["quangang-petrochemical-park"]
    assert text == "泉港石吨化工烷业园区" and score < 1.0


def test_traditional_name_is_found(matcher: Matcher) -> None:
    assert _found(matcher, "泉州國亨化學項目開工")["guoheng-chemical-project"] == ("泉州國亨化學項目", 1.0)


def test_abbreviations_longest_match_and_word_boundaries(matcher: Matcher) -> None:
    found = _found(matcher, "建设PP、PPG和HPPO装置")
    assert found["polypropylene"][0] == "PP"
    assert found["polyether-polyol"][0] == "PPG"
    assert found["hppo"][0] == "HPPO"
    assert "propylene-oxide" not in found  # PO inside HPPO is not PO
    assert "propylene-oxide" not in _found(matcher, "the po of a report")  # lowercase English


def test_fuzzy_resolution_of_near_names(lexicon: Lexicon) -> None:
    project = lexicon.resolve("国亨化学项目", "Project")
    assert project is not None and project.id == "guoheng-chemical-project" and 0.85 <= project.score < 1
    firm = lexicon.resolve("泉州国亨化学", "Enterprise")
    assert firm is not None and (firm.id, firm.score) == ("guoheng-chemical", 1.0)
    alias = lexicon.resolve("国亨化学")
    assert alias is not None and alias.id == "guoheng-chemical"
    legal = lexicon.resolve("中化泉州石化有限公司", "Enterprise")
    assert legal is not None and legal.id == "sinochem-quanzhou-petrochemical"
    other = lexicon.resolve("泉州天骄新材料有限公司", "Enterprise")
    assert other is not None and other.score < 0.85


def test_builtin_abbreviation_only_where_the_data_lacks_it(lexicon: Lexicon) -> None:
    pdh = lexicon.lookup("PDH")
    assert pdh is not None and pdh.ids == ("pdh",) and pdh.score == 1.0  # the data's own alias
    assert lexicon.product_of("pdh") == "propylene"  # a process stands for its main product
