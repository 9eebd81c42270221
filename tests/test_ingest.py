"""``chain-graph ingest``: proposals from articles, their quotes, their validity with the seed, the CLI."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from chain_graph import dataset as ds
from chain_graph.cli_ingest import ingest_command
from chain_graph.ingest import Article, Ingester, Proposal, check_merged, read_article
from chain_graph.ingest.normalize import key
from chain_graph.model import Sourced
from chain_graph.records import NodeRecord, RelationshipRecord

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seed"
FIXTURES = REPO / "tests" / "fixtures" / "ingest"
SEED_ARTICLE = SEED / "documents" / "quangang-2021-investment-campaign.txt"
ARTICLES = [
    SEED_ARTICLE,
    FIXTURES / "tianchen-po.html",
    FIXTURES / "traditional.txt",
    FIXTURES / "figures.txt",
    FIXTURES / "update.txt",
]


@pytest.fixture(scope="module")
def seed() -> ds.Dataset:
    return ds.load(SEED)


@pytest.fixture(scope="module")
def ingester(seed: ds.Dataset) -> Ingester:
    return Ingester(seed)


def _ingest(ingester: Ingester, path: Path, published: str | None = "2024") -> Proposal:
    article = read_article(path)
    return ingester.ingest(replace(article, published=article.published or published))


def _seed_names(seed: ds.Dataset) -> set[str]:
    return {key(name) for n in seed.nodes for name in (n.name, *(n.aliases or ()))}


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_every_quote_is_verbatim_in_the_original(ingester: Ingester, path: Path) -> None:
    proposal = _ingest(ingester, path)
    quotes = proposal.quotes()
    assert quotes
    for quote in quotes:
        assert quote in proposal.document.text, quote
    for fact in proposal.facts:
        assert fact["quote"] in proposal.document.text


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_mention_offsets_point_into_the_original(ingester: Ingester, path: Path) -> None:
    proposal = _ingest(ingester, path)
    for mention in proposal.mentions:
        assert proposal.document.text[mention["start"] : mention["end"]] == mention["text"]
        assert 0 <= mention["score"] <= 1


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_proposal_validates_with_the_seed(seed: ds.Dataset, ingester: Ingester, path: Path) -> None:
    proposal = _ingest(ingester, path)
    validated = check_merged(seed, (proposal.document, *proposal.nodes), proposal.relationships)
    assert proposal.document.id in validated.nodes
    assert len(validated.nodes) == len(seed.nodes) + 1 + len(proposal.nodes)


def test_proposal_as_interchange_json_loads_with_the_seed(
    tmp_path: Path, seed: ds.Dataset, ingester: Ingester
) -> None:
    proposal = _ingest(ingester, FIXTURES / "figures.txt")
    shape = proposal.to_json()
    merged = {
        "nodes": [NodeRecord.from_model(n).to_json() for n in seed.nodes] + shape["nodes"],
        "relationships": [RelationshipRecord.from_model(r).to_json() for r in seed.relationships]
        + shape["relationships"],
    }
    path = tmp_path / "merged.json"
    path.write_text(json.dumps(merged, ensure_ascii=False), encoding="utf-8")
    loaded = ds.load(path)
    assert {n.id for n in proposal.nodes} <= set(loaded.by_id())


def test_seed_article_proposes_no_duplicate_and_finds_known_ids(seed: ds.Dataset, ingester: Ingester) -> None:
    proposal = _ingest(ingester, SEED_ARTICLE, published="2021")
    names = _seed_names(seed)
    for node in proposal.nodes:
        assert not {key(n) for n in (node.name, *(node.aliases or ()))} & names, node
    found = {m["id"] for m in proposal.mentions}
    assert {
        "quangang-petrochemical-park",
        "guoheng-chemical-project",
        "tianchen-quangang-new-materials-park",
        "underground-cavern-storage",
        "zhongshan-chemical",
        "tianjiao-chemical",
        "jiahua-chemical",
        "quangang",
    } <= found


def test_seed_article_figures_agree_with_the_seed(ingester: Ingester) -> None:
    proposal = _ingest(ingester, SEED_ARTICLE, published="2021")
    investments = {(f["holder"], f["value"]) for f in proposal.facts if f["kind"] == "investment"}
    assert ("tianchen-quangang-new-materials-park", 15_000_000_000) in investments
    assert ("hengang-livestock-farming", 300_000_000) in investments
    # 钟山化工、天骄化学、佳化化学等企业增加投资50亿元 is the firms', not the Tianchen project's.
    assert ("tianchen-quangang-new-materials-park", 5_000_000_000) not in investments
    assert not [u for u in proposal.updates if u.property == "investment_cny"]


def test_html_article_main_text_without_boilerplate() -> None:
    article = read_article(FIXTURES / "tianchen-po.html")
    assert "中国化学天辰(泉州)新材料有限公司年产60万吨/年环氧丙烷项目" in article.text
    assert "力促项目早日建成投产" in article.text
    for boilerplate in ("首页", "关于我们", "版权所有", "闽ICP备", "热点新闻", "广告服务"):
        assert boilerplate not in article.text
    assert article.title is not None and article.title.startswith("天辰泉港环氧丙烷项目开工")
    assert article.published == "2024-03-01"


def test_html_article_proposal(ingester: Ingester) -> None:
    proposal = _ingest(ingester, FIXTURES / "tianchen-po.html")
    (project,) = [n for n in proposal.nodes if n.label == "Project"]
    assert project.model_dump(include={"status", "start_date", "investment_cny", "area_mu"}) == {
        "status": "under_construction",
        "start_date": "2024-03-01",
        "investment_cny": 6_500_000_000,
        "area_mu": 1092.0,
    }
    links = {(r.type, r.start, r.end, r.capacity_t_per_year) for r in proposal.relationships}
    assert ("PRODUCES", project.id, "propylene-oxide", 600_000.0) in links
    assert ("HOSTED_IN", project.id, "quangang-petrochemical-park", None) in links
    assert ("INVESTS_IN", "tianchen-chemical", project.id, None) in links  # the firm the name starts with
    assert not [n for n in proposal.nodes if n.label == "Enterprise"]  # 中国化学天辰(泉州)… is known


def test_traditional_full_width_and_numerals_end_to_end(ingester: Ingester) -> None:
    proposal = _ingest(ingester, FIXTURES / "traditional.txt")
    by_label = {n.label: n for n in proposal.nodes}
    assert by_label["Enterprise"].name == "福建凯丰新材料有限公司"  # simplified for the name
    project = by_label["Project"]
    assert project.model_dump(include={"status", "status_date", "investment_cny"}) == {
        "status": "operating",
        "status_date": "2024-05-10",
        "investment_cny": 2_500_000_000,
    }
    capacity = next(r for r in proposal.relationships if r.type == "PRODUCES")
    assert (capacity.end, capacity.capacity_t_per_year) == ("polypropylene", 200_000.0)
    assert "２０萬噸聚丙烯" in capacity.quote[0]  # quoted as written
    assert any(
        r.type == "HOSTED_IN" and r.end == "quangang-petrochemical-park" for r in proposal.relationships
    )


def test_slash_lists_pair_values_and_products(ingester: Ingester) -> None:
    proposal = _ingest(ingester, FIXTURES / "figures.txt")
    produces = sorted((r.end, r.capacity_t_per_year) for r in proposal.relationships if r.type == "PRODUCES")
    assert produces == [("propylene-oxide", 200_000.0), ("styrene", 450_000.0)]
    (project,) = [n for n in proposal.nodes if n.label == "Project"]
    assert project.model_dump(include={"status", "signed_date", "investment_cny"}) == {
        "status": "signed",
        "signed_date": "2024-06-18",
        "investment_cny": 6_500_000_000,  # 六十五亿元
    }


def test_updates_to_existing_nodes_are_listed_not_applied(seed: ds.Dataset, ingester: Ingester) -> None:
    proposal = _ingest(ingester, FIXTURES / "update.txt")
    assert not proposal.nodes
    updates = {(u.id, u.property): u.value for u in proposal.updates}
    assert updates == {
        ("guoheng-chemical-project", "investment_cny"): 12_000_000_000,
        ("guoheng-chemical-project", "status"): "operating",
        ("guoheng-chemical-project", "status_date"): "2023-03",
    }
    assert all(u.source == proposal.document.id and u.confidence == "reported" for u in proposal.updates)
    project = seed.by_id()["guoheng-chemical-project"]
    assert project.model_dump(include={"status", "investment_cny"}) == {
        "status": "under_construction",
        "investment_cny": 11_600_000_000,
    }


def test_known_names_are_mentions_not_new_entities(ingester: Ingester) -> None:
    article = Article(
        "泉州国亨化学有限公司与中化泉州石化有限公司签约。国亨化学项目进展顺利。", published="2024"
    )
    proposal = ingester.ingest(article)
    assert not proposal.nodes
    ids = {m["id"] for m in proposal.mentions}
    assert {"guoheng-chemical", "sinochem-quanzhou-petrochemical", "guoheng-chemical-project"} <= ids


def test_every_record_cites_the_new_document(ingester: Ingester) -> None:
    proposal = _ingest(ingester, FIXTURES / "figures.txt")
    assert proposal.document.id.startswith("doc-2024-")
    for record in (*proposal.nodes, *proposal.relationships):
        assert isinstance(record, Sourced)
        assert set(record.source) == {proposal.document.id}
        assert set(record.confidence) == {"reported"}


# --- the command -----------------------------------------------------------------------------


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(ingest_command, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_cli_json_shape() -> None:
    code, stdout, stderr = _run(str(FIXTURES / "figures.txt"), "--data", str(SEED), "--format", "json")
    assert code == 0, stderr
    shape = json.loads(stdout)
    assert {"nodes", "relationships", "updates", "mentions"} <= set(shape)
    document = shape["nodes"][0]
    assert document["labels"] == ["Document"] and document["id"].startswith("doc-")
    assert set(document) == {"id", "labels", "properties"}
    assert all(set(r) == {"type", "start", "end", "properties"} for r in shape["relationships"])
    mention = shape["mentions"][0]
    assert {"text", "start", "end", "id", "label", "score"} <= set(mention)
    assert any(m["id"] is None for m in shape["mentions"])  # the new firm and project
    assert "new entities" in stderr and "updates" in stderr


def test_cli_updates_shape() -> None:
    code, stdout, _ = _run(str(FIXTURES / "update.txt"), "--format", "json", "--published", "2024-01-02")
    assert code == 0
    updates = json.loads(stdout)["updates"]
    assert updates and all(
        set(u) == {"id", "property", "value", "source", "quote", "confidence"} for u in updates
    )


def test_cli_yaml_output_moves_into_the_seed(tmp_path: Path) -> None:
    out = tmp_path / "proposals" / "tianchen.yaml"
    code, stdout, stderr = _run(
        str(FIXTURES / "tianchen-po.html"),
        "--url",
        "https://example.com/news/1.html",
        "--out",
        str(out),
    )
    assert code == 0, stderr
    assert stdout == ""
    written = yaml.safe_load(out.read_text(encoding="utf-8"))
    (document,) = written["documents"]
    assert document["url"] == "https://example.com/news/1.html"
    assert document["published"] == "2024-03-01"  # the page's own date
    assert (out.parent / document["text_file"]).is_file()
    seed_copy = tmp_path / "seed"
    shutil.copytree(SEED, seed_copy)
    shutil.copytree(out.parent, seed_copy / "proposals")
    loaded = ds.load(seed_copy)
    assert document["id"] in loaded.by_id()
    assert all(p["id"] in loaded.by_id() for p in written["projects"])


def test_cli_yaml_writes_updates_beside_it(tmp_path: Path) -> None:
    out = tmp_path / "guoheng.yaml"
    code, _, stderr = _run(str(FIXTURES / "update.txt"), "--published", "2024-01-02", "--out", str(out))
    assert code == 0, stderr
    updates = yaml.safe_load((tmp_path / "guoheng.updates.yaml").read_text(encoding="utf-8"))["updates"]
    assert {u["property"] for u in updates} == {"investment_cny", "status", "status_date"}
    assert "guoheng.updates.yaml" in stderr
    # The seed file itself holds only the document: it validates with the seed as it is.
    seed_copy = tmp_path / "seed"
    shutil.copytree(SEED, seed_copy)
    shutil.copy(out, seed_copy / out.name)
    shutil.copy(tmp_path / f"{yaml.safe_load(out.read_text())['documents'][0]['id']}.txt", seed_copy)
    ds.load(seed_copy)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([str(FIXTURES / "missing.txt"), "--format", "json"], "no such file"),
        ([str(FIXTURES / "empty.txt"), "--format", "json"], "no article"),
        ([str(FIXTURES / "binary.txt"), "--format", "json"], "binary"),
        ([str(FIXTURES / "gbk.txt"), "--format", "json"], "not UTF-8"),
        ([str(FIXTURES), "--format", "json"], "folder"),
        ([str(FIXTURES / "figures.txt")], "--out"),
        ([str(FIXTURES / "figures.txt"), "--format", "json", "--published", "March 2024"], "not a date"),
    ],
)
def test_cli_errors_are_one_line(args: list[str], message: str) -> None:
    code, stdout, stderr = _run(*args)
    assert code != 0
    assert stdout == ""
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:") and message in lines[0]
    assert "Traceback" not in stderr


def test_cli_bad_data_lists_problems(tmp_path: Path) -> None:
    code, _, stderr = _run(str(FIXTURES / "figures.txt"), "--format", "json", "--data", str(tmp_path))
    assert code == 2
    assert "no *.yaml files" in stderr and "Traceback" not in stderr


def test_cli_help_has_an_example() -> None:
    code, stdout, _ = _run("--help")
    assert code == 0
    assert "chain-graph ingest news/tianchen-po.html" in stdout and "--out proposals/tianchen.yaml" in stdout


# --- rules for the evaluation corpus' conventions (small invented texts) -------------------------


def _facts_of(ingester: Ingester, text: str, kind: str, published: str = "2024") -> list[dict[str, object]]:
    proposal = ingester.ingest(Article(text, published=published))
    return [f for f in proposal.facts if f["kind"] == kind]


def test_money_kinds_totals_and_restatements(ingester: Ingester) -> None:
    text = (
        "某某新材料项目总投资超180亿的产业链加快形成。全区签约项目12个,总投资约88.5亿元,"
        "签约合同金额300亿元。某某新材料项目建成后年产值50亿元,年税收3亿元,营收40亿元。"
        "某某新材料项目总投资超180亿元。"
    )
    proposal = ingester.ingest(Article(text, published="2024"))
    money = {(f["kind"], f["value"], f["outcome"]) for f in proposal.facts if f["kind"] != "status"}
    assert ("investment", 18_000_000_000, "new-node") in money  # 超180亿的: an amount, bound ignored
    assert ("investment", 8_850_000_000, "unattached") in money  # a total of a list: kept, no holder
    assert ("investment", 30_000_000_000, "unattached") in money  # 签约合同金额
    assert {("output", 5_000_000_000), ("other", 300_000_000), ("revenue", 4_000_000_000)} <= {
        (k, v) for k, v, _ in money
    }
    assert ("investment", 18_000_000_000, "restated") in money  # said again: one figure


def test_status_words_and_the_latest_stage(ingester: Ingester) -> None:
    text = (
        "某某化工码头项目主体竣工。某某丁苯橡胶项目全面竣工。"
        "某某环氧树脂项目投产后年产值可达5亿元。某某聚酯项目投产时间已确定。"
        "某某储罐项目、某某乙烯项目也在加快建设。某某醋酸项目中交。某某甲醇项目签约后已开工建设。"
    )
    statuses = {
        (f["holder_name"], f["value"])
        for f in _facts_of(ingester, text, "status")
        if f["outcome"] != "superseded"
    }
    assert ("某某化工码头项目", "under_construction") in statuses  # 主体竣工: the shell, not the plant
    assert ("某某丁苯橡胶项目", "operating") in statuses
    assert not [s for s in statuses if s[0] in ("某某环氧树脂项目", "某某聚酯项目")]  # 投产后, 投产时间
    assert {("某某储罐项目", "under_construction"), ("某某乙烯项目", "under_construction")} <= statuses
    assert ("某某醋酸项目", "under_construction") in statuses  # 中交
    assert ("某某甲醇项目", "under_construction") in statuses and ("某某甲醇项目", "signed") not in statuses


def test_projects_named_without_the_word_project(ingester: Ingester) -> None:
    text = "全市最大的物流枢纽——某某化工仓储基地主体竣工,某某石化片区基础设施一期全面开工。"
    proposal = ingester.ingest(Article(text, published="2024"))
    names = {n.name: n for n in proposal.nodes}
    assert names["某某化工仓储基地"].status == "under_construction"
    assert names["某某石化片区基础设施一期"].status == "under_construction"


def test_new_name_boundaries(ingester: Ingester) -> None:
    text = (
        "由某某工程集团有限公司子公司某某天成工程有限公司投资建设。"
        "该项目是本区产业发展关键环节补链项目。甲市新增一个石化产业强链补链大项目。"
        "以某某炼化一体化项目提供的丙烯为原料。"
    )
    proposal = ingester.ingest(Article(text, published="2024"))
    names = {n.name for n in proposal.nodes}
    assert {"某某工程集团有限公司", "某某天成工程有限公司", "某某炼化一体化项目"} <= names
    assert not [n for n in names if n.startswith(("子公司", "以", "本区", "甲市"))]
    assert not [n for n in names if "补链" in n]  # a description after 是, not a name


def test_resolution_by_short_forms_figures_and_firm_products(ingester: Ingester) -> None:
    lexicon = ingester.lexicon
    resolved = lexicon.resolve("台湾国乔石油化学股份有限公司", "Enterprise")
    assert resolved is not None and resolved.id == "gppc" and resolved.score >= 0.85  # 石油化学 = 石化
    resolved = lexicon.resolve("国亨化学66万吨PDH项目", "Project")
    assert resolved is not None and resolved.id == "guoheng-chemical-project"  # 国亨化学PDH项目
    other = lexicon.resolve("山东蓝星东大有限公司", "Enterprise")
    assert other is None or other.id != "sinochem-dongda-quanzhou" or other.score < 0.85
    text = "泉州国亨66万吨/年丙烷脱氢及45万吨/年聚丙烯项目建设现场一派繁忙。"
    proposal = ingester.ingest(Article(text, published="2024"))
    assert not proposal.nodes
    assert "guoheng-chemical-project" in {m["id"] for m in proposal.mentions}
    capacities = {(f["product"], f["value"]) for f in proposal.facts if f["kind"] == "capacity"}
    assert capacities == {("propylene", 660_000.0), ("polypropylene", 450_000.0)}  # 丙烷脱氢 → propylene


def test_mentions_firms_in_project_names_not_publishers(ingester: Ingester) -> None:
    text = "中新网福建新闻\n中化天辰PO项目也在加快建设。"
    proposal = ingester.ingest(Article(text, published="2024"))
    found = {m["id"] for m in proposal.mentions}
    assert "tianchen-chemical" in found  # the firm, named inside a new project's name
    assert "fujian" not in found  # 福建 in a publisher's name is no place


def test_throughput_is_not_capacity_and_restated_capacities(ingester: Ingester) -> None:
    text = (
        "年吞吐能力100万吨的某某码头开工。中化东大24万吨/年聚醚多元醇投产。"
        "中化东大24万吨/年聚醚多元醇项目投产。"
    )
    facts = _facts_of(ingester, text, "capacity")
    assert not [f for f in facts if f["value"] == 1_000_000.0]
    counted = [f for f in facts if f["outcome"] != "restated"]
    assert len(counted) == 1 and counted[0]["value"] == 240_000.0  # the firm's plant is its project


def test_status_of_this_project_without_a_project_in_the_sentence(ingester: Ingester) -> None:
    text = "某某合成橡胶项目签约。\n据介绍,该项目开工建设。"
    statuses = [f for f in _facts_of(ingester, text, "status") if f["outcome"] != "superseded"]
    assert [(f["holder_name"], f["value"]) for f in statuses] == [("某某合成橡胶项目", "under_construction")]


# --- round 2 rules (invented texts) ------------------------------------------------------


def test_a_phase_keeps_its_chinese_numeral_in_the_name(ingester: Ingester) -> None:
    text = "某某新材料有限公司年产8万吨聚丙烯一期项目全面中交。"
    names = {n.name for n in ingester.ingest(Article(text, published="2024")).nodes}
    assert "某某新材料有限公司年产8万吨聚丙烯一期项目" in names


def test_a_sub_project_phrase_is_no_name(ingester: Ingester) -> None:
    text = "该项目是某某石化产业园项目的子项目之一。"
    names = {n.name for n in ingester.ingest(Article(text, published="2024")).nodes}
    assert not any(name.endswith("子项目") for name in names)


def test_a_known_park_before_a_firm_is_not_part_of_its_name(ingester: Ingester) -> None:
    text = "泉港石化工业园区某某新材料有限公司今日投产。"
    names = {
        n.name for n in ingester.ingest(Article(text, published="2024")).nodes if n.label == "Enterprise"
    }
    assert names == {"某某新材料有限公司"}


def test_a_national_class_of_parks_is_no_park(ingester: Ingester) -> None:
    text = "某某石化工业园区连续3年蝉联中国化工园区30强。"
    names = {n.name for n in ingester.ingest(Article(text, published="2024")).nodes if n.label == "Park"}
    assert "中国化工园区" not in names
    assert not any("蝉联" in name for name in names)


def test_a_firm_with_another_seat_in_brackets_is_another_firm(ingester: Ingester) -> None:
    resolved = ingester.lexicon.resolve("中化东大(淄博)有限公司", "Enterprise")
    assert resolved is None or resolved.id != "sinochem-dongda-quanzhou" or resolved.score < 0.85


def test_a_project_named_by_its_figure_and_product_is_the_data_project(ingester: Ingester) -> None:
    text = "某某化工(外省)有限公司24万吨/年聚醚多元醇项目举行开工仪式。"
    mentions = ingester.ingest(Article(text, published="2024")).mentions
    assert any(m["id"] == "sinochem-dongda-polyether-project" for m in mentions)


def test_a_firms_one_project_stands_for_this_project(ingester: Ingester) -> None:
    text = "福建海泉化学有限公司举行揭牌仪式。此次开工的系列项目计划总投资9亿元。"
    mentions = ingester.ingest(Article(text, published="2024")).mentions
    assert any(m["id"] == "haiquan-gulei-project" and m["text"] == "项目" for m in mentions)


def test_a_park_plan_restates_its_plant_figure(ingester: Ingester) -> None:
    text = "天辰泉港新材料产业园计划建设7万吨/年环氧丙烷项目。某某化学7万吨/年环氧丙烷项目开工。"
    facts = ingester.ingest(Article(text, published="2024")).facts
    used = [f for f in facts if f["kind"] == "capacity" and f["outcome"] != "restated"]
    assert len(used) == 1


def test_a_grade_or_route_before_the_product_is_skipped(ingester: Ingester) -> None:
    text = "某某化学7万吨/年环氧丙烷项目一期建设3万吨/年双氧水法环氧丙烷装置、4万吨/年27.5%双氧水装置。"
    facts = ingester.ingest(Article(text, published="2024")).facts
    found = {(f["product"], f["value"]) for f in facts if f["kind"] == "capacity"}
    assert ("propylene-oxide", 30000.0) in found
    assert ("hydrogen-peroxide", 40000.0) in found
