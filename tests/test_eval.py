"""A developer scores the extractor against gold: counts known by hand on two tiny reports.

The extractions are built here by hand so the expected precision and recall do
not move when the extractors improve; the CLI test swaps them in for the pipeline.
"""

from __future__ import annotations

import json

import pytest
from conftest import FIXTURES_DIR
from typer.testing import CliRunner

from chidao.cli import app
from chidao.commands import evaluate as evaluate_command
from chidao.evaluate.gold import GoldError, load_gold, load_gold_dir, text_problems
from chidao.evaluate.matching import match_spans, overlap_ratio, values_equal
from chidao.evaluate.scoring import score_document, total
from chidao.ingest.reader import read_source
from chidao.model import (
    Commitment,
    Directive,
    Document,
    Event,
    Extraction,
    Indicator,
    Locality,
    Organization,
    Person,
    Target,
)

EVAL_DIR = FIXTURES_DIR / "eval"
GOLD_DIR = EVAL_DIR / "gold"
REPORTS_DIR = EVAL_DIR / "reports"


def read(name: str) -> Document:
    (document,) = read_source(str(REPORTS_DIR / name))
    return document


def span(document: Document, phrase: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = document.text.index(phrase, start + 1)
    return (start, start + len(phrase))


def hand_extraction(document: Document) -> Extraction:
    """What a fictional extractor found: some right, some wrong, some missing."""
    t = document.text
    ex = Extraction(document=document)

    def piece(phrase: str) -> tuple[str, tuple[int, int]]:
        s, e = span(document, phrase)
        return t[s:e], (s, e)

    if "Hòa Sơn" in t:
        text, sp = piece("Ngày 12/6, Thứ trưởng Bộ Công an Lê Văn An làm việc với Tỉnh ủy Hòa Sơn.")
        ex.events = [Event("working_session", "2024-06-12", None, ("Hòa Sơn",), "Lê Văn An", text, sp)]
        # Found one of the two mentions.
        ex.people = [Person("Lê Văn An", (), ("Thứ trưởng Bộ Công an",), (span(document, "Lê Văn An"),))]
        ex.organizations = [
            Organization("Bộ Công an", (span(document, "Bộ Công an"),)),
            Organization("Tỉnh ủy Hòa Sơn", (span(document, "Tỉnh ủy Hòa Sơn"),)),
            Organization("Hòa Sơn", (span(document, "Hòa Sơn", 1),)),  # false hit
        ]  # "Công an tỉnh Hòa Sơn" missed
        ex.localities = [Locality("Hòa Sơn", "province", None, None, None,
                                  (span(document, "Hòa Sơn"), span(document, "Hòa Sơn", 1)))]
        text, sp = piece("Thứ trưởng Lê Văn An đề nghị Công an tỉnh Hòa Sơn giảm ít nhất 10% số vụ phạm tội"
                         " về trật tự xã hội so với năm 2023.")
        ex.directives = [Directive("Lê Văn An", "yêu cầu", None, text, (), sp)]  # wrong verb
        text, sp = piece("giảm ít nhất 10% số vụ phạm tội về trật tự xã hội so với năm 2023")
        ex.targets = [Target("số vụ phạm tội về trật tự xã hội", "social_order_crime", "decrease", 10, "%",
                             True, "năm 2023", None, "Hòa Sơn", text, sp)]
        text, sp = piece("giảm 7,5%")  # shorter than the gold span, inside it: a match
        wrong_text, wrong_sp = piece("10%")  # a target's figure taken for an indicator: false hit
        ex.indicators = [
            Indicator("tội phạm về trật tự xã hội", "social_order_crime", 7.5, "%", "decrease", "năm 2022",
                      "năm 2023", "Hòa Sơn", text, sp),
            Indicator(None, None, 10, "%", None, None, None, None, wrong_text, wrong_sp),
        ]
    else:
        ex.organizations = [Organization("Bộ Công an", (span(document, "Bộ Công an"),))]
        ex.localities = [Locality("Đông Giang", "district", None, None, None,
                                  (span(document, "Đông Giang"), span(document, "Đông Giang", 1)))]
        text, sp = piece("Hội nghị kết thúc lúc 11 giờ.")  # not a directive; the real one is missed
        ex.directives = [Directive(None, None, None, text, (), sp)]
        text, sp = piece("tăng thêm 200 biên chế cho công an huyện Đông Giang")
        # Right words, wrong amount: the key value disagrees, so no pair.
        ex.commitments = [Commitment("staffing", 20, "biên chế", "Bộ Công an", None, text, sp)]
    return ex


@pytest.fixture
def scores():
    golds = load_gold_dir(GOLD_DIR)
    return total(score_document(g, hand_extraction(read(g.source))) for g in golds)


def test_gold_files_point_into_their_reports_and_hold_no_text():
    for gold in load_gold_dir(GOLD_DIR):
        document = read(gold.source)
        assert gold.id == document.id
        assert text_problems(gold, document.text) == []
    hoa_son = load_gold(GOLD_DIR / "hoa_son.json")
    (target,) = hoa_son.items["targets"]
    start, end = target["span"]
    words = read("hoa_son.txt").text[start:end]
    assert words == "giảm ít nhất 10% số vụ phạm tội về trật tự xã hội so với năm 2023"


def test_per_kind_counts_match_what_was_counted_by_hand(scores):
    counts = {kind: (c.tp, c.fp, c.fn) for kind, c in scores.kinds.items()}
    assert counts == {
        "events": (1, 0, 0), "people": (1, 0, 0), "organizations": (3, 1, 2), "localities": (2, 0, 0),
        "legal_refs": (0, 0, 0), "directives": (1, 1, 1), "targets": (1, 0, 0), "commitments": (0, 1, 1),
        "indicators": (1, 1, 0),
    }
    assert scores.kinds["organizations"].precision == pytest.approx(3 / 4)
    assert scores.kinds["organizations"].recall == pytest.approx(3 / 5)
    assert scores.kinds["indicators"].precision == pytest.approx(0.5)
    assert scores.kinds["indicators"].recall == pytest.approx(1.0)
    assert scores.kinds["commitments"].f1 == 0.0
    # Nothing to find and nothing found is a perfect score, not a division by zero.
    assert scores.kinds["legal_refs"].f1 == 1.0
    overall = scores.overall
    assert (overall.tp, overall.fp, overall.fn) == (10, 4, 4)
    assert overall.precision == pytest.approx(10 / 14)
    assert overall.recall == pytest.approx(10 / 14)


def test_fields_are_scored_on_matched_pairs(scores):
    verb = scores.fields[("directives", "verb")]
    assert (verb.tp, verb.fp, verb.fn) == (0, 1, 1)  # "yêu cầu" for "đề nghị" is wrong both ways
    speaker = scores.fields[("directives", "speaker")]
    assert (speaker.tp, speaker.fp, speaker.fn) == (1, 0, 0)
    mentions = scores.fields[("people", "mentions")]
    assert (mentions.tp, mentions.fp, mentions.fn) == (1, 0, 1)
    value = scores.fields[("indicators", "value")]
    assert (value.tp, value.fp, value.fn) == (1, 0, 0)
    addressee = scores.fields[("directives", "addressee")]
    assert (addressee.tp, addressee.fp, addressee.fn) == (0, 0, 1)


def test_every_miss_and_false_hit_is_listed_with_its_words(scores):
    misses = {(p.kind, p.text) for p in scores.problems if p.problem == "miss"}
    assert misses == {
        ("organizations", "Công an tỉnh Hòa Sơn"),
        ("organizations", "công an huyện Đông Giang"),
        ("directives", "Đề nghị huyện Đông Giang quan tâm xây dựng trụ sở làm việc cho công an xã."),
        ("commitments", "tăng thêm 200 biên chế cho công an huyện Đông Giang"),
    }
    false_hits = {(p.kind, p.text) for p in scores.problems if p.problem == "false_hit"}
    assert false_hits == {
        ("organizations", "Hòa Sơn"),
        ("directives", "Hội nghị kết thúc lúc 11 giờ."),
        ("commitments", "tăng thêm 200 biên chế cho công an huyện Đông Giang"),
        ("indicators", "10%"),
    }


def test_spans_pair_on_half_the_shorter_span_best_overlap_first():
    assert overlap_ratio((0, 10), (5, 30)) == 0.5
    assert overlap_ratio((0, 10), (10, 20)) == 0.0
    gold = [{"span": [0, 10]}, {"span": [20, 30]}]
    predicted = [{"span": [18, 31]}, {"span": [1, 9]}, {"span": [6, 25]}]
    assert match_spans("directives", gold, predicted) == [(0, 1, 1.0), (1, 0, 1.0)]


def test_values_compare_numbers_as_numbers_and_names_without_diacritics_or_level_words():
    assert values_equal(756.2, 756.2000000001)
    assert values_equal(1000, 1000.0)
    assert values_equal("06", "6")
    assert values_equal("tỉnh Quảng Ninh", "Quang Ninh")
    assert not values_equal("Tỉnh ủy Quảng Ninh", "Quảng Ninh")
    assert not values_equal(None, "Quảng Ninh")


def test_a_gold_file_with_article_text_or_a_bad_span_is_refused(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"document": {"source": "x.txt"},
                               "directives": [{"span": [5, 2], "verb": None}]}), encoding="utf-8")
    with pytest.raises(GoldError, match="bad span"):
        load_gold(bad)
    bad.write_text(json.dumps({"document": {"source": "x.txt"},
                               "targets": [{"span": [0, 4], "text": "giảm"}]}), encoding="utf-8")
    with pytest.raises(GoldError, match="not article text"):
        load_gold(bad)


def test_chidao_eval_prints_scores_and_misses(monkeypatch):
    monkeypatch.setattr(evaluate_command, "extract_document", hand_extraction)
    runner = CliRunner()
    result = runner.invoke(app, ["eval", str(GOLD_DIR), "--docs", str(REPORTS_DIR), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["documents"] == 2
    assert data["overall"]["tp"] == 10 and data["overall"]["precision"] == pytest.approx(10 / 14, abs=1e-4)
    assert data["kinds"]["directives"] == {"tp": 1, "fp": 1, "fn": 1,
                                           "precision": 0.5, "recall": 0.5, "f1": 0.5}
    assert data["fields"]["directives.verb"]["fn"] == 1
    result = runner.invoke(app, ["eval", str(GOLD_DIR), "--docs", str(REPORTS_DIR)], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert "directives" in result.stdout and "0.500" in result.stdout
    assert "Công an tỉnh Hòa Sơn" in result.stdout  # a miss, shown with its words
    assert "Hội nghị kết thúc lúc 11 giờ." in result.stdout  # a false hit


def test_chidao_eval_finds_a_renamed_report_by_its_document_id(monkeypatch, tmp_path):
    monkeypatch.setattr(evaluate_command, "extract_document", hand_extraction)
    for path in REPORTS_DIR.iterdir():
        (tmp_path / f"renamed_{path.name}").write_bytes(path.read_bytes())
    result = CliRunner().invoke(app, ["eval", str(GOLD_DIR), "--docs", str(tmp_path), "-f", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["documents"] == 2


def test_chidao_eval_names_a_missing_report_and_exits_1(tmp_path):
    result = CliRunner().invoke(app, ["eval", str(GOLD_DIR), "--docs", str(tmp_path), "-f", "json"])
    assert result.exit_code == 1
    assert "not found" in result.stderr


def test_chidao_eval_runs_the_real_pipeline_on_the_tiny_reports():
    result = CliRunner().invoke(app, ["eval", str(GOLD_DIR), "--docs", str(REPORTS_DIR), "-f", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    kinds = data["kinds"]
    assert sum(c["tp"] + c["fn"] for c in kinds.values()) == 14  # every gold item is counted once


def test_chidao_eval_with_no_report_found_says_so_and_prints_no_scores(tmp_path):
    runner = CliRunner()
    for format in ("table", "json"):
        result = runner.invoke(app, ["eval", str(GOLD_DIR), "--docs", str(tmp_path), "--format", format])
        assert result.exit_code == 1
        assert result.stdout == ""
        assert "chidao: không chấm được văn bản nào (no document scored)" in result.stderr
        assert "1.000" not in result.output


def test_a_kind_with_nothing_to_measure_shows_a_dash_not_a_perfect_score(monkeypatch):
    monkeypatch.setattr(evaluate_command, "extract_document", hand_extraction)
    runner = CliRunner()
    data = json.loads(runner.invoke(app, ["eval", str(GOLD_DIR), "--docs", str(REPORTS_DIR),
                                          "--format", "json"]).stdout)
    empty = [kind for kind, c in data["kinds"].items() if c["tp"] + c["fp"] + c["fn"] == 0]
    assert empty, "the fixture gold leaves some kind out"
    for kind in empty:
        scores = data["kinds"][kind]
        assert (scores["precision"], scores["recall"], scores["f1"]) == (None, None, None)
    table = runner.invoke(app, ["eval", str(GOLD_DIR), "--docs", str(REPORTS_DIR)], terminal_width=200).stdout
    for kind in empty:
        (line,) = [line for line in table.splitlines() if line.strip("│ ").startswith(kind + " ")]
        assert line.count("–") == 3 and "1.000" not in line, line
