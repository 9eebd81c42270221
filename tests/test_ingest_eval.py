"""The ingest evaluation harness (benchmarks/ingest_eval.py) on a tiny answer key of its own."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import load_benchmark

REPO = Path(__file__).resolve().parents[1]
EVAL = REPO / "tests" / "fixtures" / "ingest" / "eval"


@pytest.fixture(scope="module")
def harness() -> ModuleType:
    return load_benchmark("ingest_eval")


def test_scores_per_kind_and_split(harness: ModuleType) -> None:
    results = harness.evaluate(EVAL / "articles", EVAL / "keys", REPO / "seed")
    summary = harness.summarise(results)
    assert set(summary) == {"tune", "holdout", "all"}
    tune = summary["tune"]["kinds"]
    assert (tune["capacities"]["tp"], tune["capacities"]["fn"]) == (2, 0)  # PO by id, 苯乙烯 by name
    assert (tune["money"]["tp"], tune["statuses"]["tp"], tune["new_entities"]["tp"]) == (1, 1, 2)
    holdout = summary["holdout"]["kinds"]
    assert holdout["mentions"]["fn"] == 1  # 福建联合石化 is not in that article
    assert (holdout["money"]["tp"], holdout["statuses"]["tp"]) == (1, 1)  # 国亨化学项目 resolves
    assert summary["all"]["verbatim_share"] == 1.0
    assert summary["all"]["duplicates"] == []


def test_table_and_json(harness: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--articles", str(EVAL / "articles"), "--keys", str(EVAL / "keys")]
    assert harness.main(args) == 0
    table = capsys.readouterr().out
    assert "capacities" in table and "quotes verbatim 100%" in table
    assert harness.main([*args, "--format", "json"]) == 0
    shape = json.loads(capsys.readouterr().out)
    assert shape["summary"]["all"]["articles"] == 2
    assert {a["split"] for a in shape["articles"]} == {"tune", "holdout"}


def test_intervals_are_drawn_over_whole_articles(harness: ModuleType) -> None:
    score = harness.Score
    good, bad = score(found=9, extra=1, missed=0), score(found=1, extra=3, missed=4)
    few = harness.intervals([good, bad] * 3)
    many = harness.intervals([good, bad] * 30)
    total = score()
    for each in [good, bad] * 30:
        total.add(each)
    for measure, point in (("precision", total.precision), ("recall", total.recall)):
        low, high = many[f"{measure}_interval"]
        assert low < point < high
        few_low, few_high = few[f"{measure}_interval"]
        assert few_high - few_low > high - low  # fewer articles, less known
    assert harness.intervals([good, bad] * 3) == few  # a fixed seed: the same scores, the same interval
    # Articles that all score alike leave no doubt; one article, or nothing found or keyed, no interval
    assert harness.intervals([good] * 5)["precision_interval"] == [0.9, 0.9]
    assert harness.intervals([good]) == {"precision_interval": None, "recall_interval": None}
    assert harness.intervals([score(), score()])["recall_interval"] is None


def test_summary_and_agreement_carry_intervals(
    harness: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    results = harness.evaluate(EVAL / "articles", EVAL / "keys", REPO / "seed")
    money = harness.summarise(results)["all"]["kinds"]["money"]
    assert money["precision_interval"] == [1.0, 1.0]  # both articles' money found, nothing extra
    assert harness.main(["--articles", str(EVAL / "articles"), "--keys", str(EVAL / "keys")]) == 0
    assert "100% (100-100)" in capsys.readouterr().out
    report = harness.agreement(EVAL / "articles", EVAL / "keys", EVAL / "second-keys", REPO / "seed")
    keys = report["comparisons"]["second key vs first key"]
    assert keys["money"]["precision_interval"] is None  # one article keyed twice: no interval


def test_split_option_reads_only_that_split(harness: ModuleType) -> None:
    results = harness.evaluate(EVAL / "articles", EVAL / "keys", REPO / "seed", "tune")
    assert {r.split for r in results} == {"tune"}
    assert set(harness.summarise(results)) == {"tune", "all"}


def test_mentions_count_only_the_keys_labels(harness: ModuleType) -> None:
    # benchmarks/ingest/README.md: key mentions are Enterprise, Project, Park and Region only, so a
    # product the article names is no extra mention (the key's own product mention is still missed).
    results = harness.evaluate(EVAL / "articles", EVAL / "keys", REPO / "seed", "tune")
    mentions = results[0].scores["mentions"]
    assert mentions.extra == 0
    assert {"Enterprise", "Project", "Park", "Region"} == harness.MENTION_LABELS


def test_agreement_scores_a_second_key_by_the_extractors_rules(
    harness: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    report = harness.agreement(EVAL / "articles", EVAL / "keys", EVAL / "second-keys", REPO / "seed")
    assert report["articles"] == 1  # only 01-figures is keyed twice
    keys = report["comparisons"]["second key vs first key"]

    def counts(kind: str) -> tuple[int, int, int]:
        return (keys[kind]["tp"], keys[kind]["fp"], keys[kind]["fn"])

    assert counts("mentions") == (1, 0, 1)
    assert counts("capacities") == (2, 1, 0)  # 苯乙烯 matches by name; its 200,000 t is the PO's figure
    assert counts("money") == (1, 0, 0)
    assert counts("statuses") == (0, 1, 1)  # same project, another stage
    assert counts("new_entities") == (1, 0, 1)
    extractor = report["comparisons"]["extractor vs first key"]["capacities"]
    assert (extractor["tp"], extractor["fn"]) == (2, 0)
    args = ["--articles", str(EVAL / "articles"), "--keys", str(EVAL / "keys")]
    assert harness.main([*args, "--second-keys", str(EVAL / "second-keys")]) == 0
    table = capsys.readouterr().out
    assert "1 article(s) keyed twice" in table and "second key vs first key  statuses" in table


def test_new_products_are_no_extra_new_entities(harness: ModuleType) -> None:
    # The keys list new enterprises, projects and parks only: a new product proposed for a capacity
    # is neither a hit nor an extra (as products are no key mentions)
    ingester = harness.Ingester(harness.ds.load(REPO / "seed"))
    answer = {"article": "x.txt", "new_entities": [{"name": "甲乙化工有限公司", "label": "Enterprise"}]}
    found = harness.KeyFindings(
        [
            harness.KeyNode("?firm", "Enterprise", "甲乙化工有限公司", listed=True),
            harness.KeyNode("?product", "Product", "乙丙酸", listed=True),
            harness.KeyNode("?project", "Project", "丙丁项目", listed=True),
        ],
        [],
        [],
    )
    result = harness.score_findings(
        ingester, found, harness.Article("甲乙化工有限公司年产1万吨乙丙酸。"), answer
    )
    score = result.scores["new_entities"]
    # the project is an extra; the product is not
    assert (score.found, score.extra, score.missed) == (1, 1, 0)
    assert {"Enterprise", "Project", "Park"} == harness.NEW_ENTITY_LABELS


def test_a_meta_files_date_is_read_as_a_planner_would_pass_it(harness: ModuleType, tmp_path: Path) -> None:
    # a phrase instead of a date (a helper's "not stated…") is no date, where it used to stop the run
    assert harness._iso_date("not stated (about 2012-2013)") is None
    assert harness._iso_date("2021-11-05 (from the event in the text)") == "2021-11-05"
    assert harness._iso_date("2016") == "2016"
    (tmp_path / "a.txt").write_text("某某化工有限公司拟投资建设新项目。\n", encoding="utf-8")
    (tmp_path / "a.meta.yaml").write_text("published: not stated\n", encoding="utf-8")
    article = harness.read_answer_article(tmp_path, {"article": "a.txt"})
    assert article.published is None


def test_a_projects_name_with_an_abbreviation_in_brackets_matches_its_key(harness: ModuleType) -> None:
    # a name is keyed once: keyed again, the lowercased (pi) would read as a pinyin annotation
    ingester = harness.Ingester(harness.ds.load(REPO / "seed"))
    text = "甲乙年产100吨聚酰亚胺(PI)材料项目开工建设。"
    answer = {
        "article": "x.txt",
        "statuses": [{"project": "年产100吨聚酰亚胺(PI)材料项目", "status": "under_construction"}],
    }
    result = harness.score_article(ingester, harness.Article(text), answer)
    score = result.scores["statuses"]
    assert (score.found, score.extra, score.missed) == (1, 0, 0)


def test_status_reach_counts_a_stage_only_in_a_sentence_naming_its_project(
    harness: ModuleType, tmp_path: Path
) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "keys").mkdir()
    text = "甲乙化工项目昨日开工建设。丙丁新材料项目总投资5亿元;该项目已于去年签约。戊己项目正式投产。\n"
    (tmp_path / "articles" / "a.txt").write_text(text, encoding="utf-8")
    statuses = [
        {"project": "甲乙化工项目", "status": "under_construction"},  # stated in its sentence
        {"project": "丙丁新材料项目", "status": "signed"},  # said of 该项目, after the ;
        {"project": "戊己项目", "status": "under_construction"},  # its sentence says another stage
    ]
    key = {"article": "a.txt", "split": "tune", "statuses": statuses}
    (tmp_path / "keys" / "a.yaml").write_text(json.dumps(key, ensure_ascii=False), encoding="utf-8")
    article = harness.read_answer_article(tmp_path / "articles", key)
    assert harness.stated_in_sentence(article, statuses) == [True, False, False]
    assert harness.status_reach(tmp_path / "articles", tmp_path / "keys") == {
        "keyed": 3,
        "stated_in_sentence": 1,
    }
    assert harness.status_reach(tmp_path / "articles", tmp_path / "keys", "holdout")["keyed"] == 0
