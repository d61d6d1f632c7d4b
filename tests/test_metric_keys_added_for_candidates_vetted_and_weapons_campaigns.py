"""Metric keys the gold used with no row in metrics.tsv until branch keys60 (third group): candidates
for election whose records were vetted (a count and a share) and campaigns to hand in weapons. Sentences
written for these tests."""

from __future__ import annotations

from chidao.extract.metrics import find_metrics, metric_in_unit
from chidao.extract.pipeline import extract_document
from chidao.model import Document, grounding_errors


def test_a_weapons_campaign_is_counted_apart_from_the_weapons_it_recovered() -> None:
    text = ("Năm 2022, Công an huyện đã tổ chức 4 đợt vận động quần chúng giao nộp vũ khí, vật liệu nổ, "
            "thu hồi 35 khẩu súng.")
    extraction = extract_document(Document.from_text(text, source="test", date="2023-01"))
    assert grounding_errors(extraction) == []
    assert [(i.metric_key, i.value) for i in extraction.indicators] == [
        ("weapons_campaigns", 4), ("weapons_recovered", 35)]


def test_candidates_vetted_counted_in_people_or_as_a_share() -> None:
    for phrase in ("thẩm tra lý lịch", "thẩm tra, xác minh lý lịch người ứng cử",
                   "xác minh, thẩm tra lý lịch"):
        (mention,) = find_metrics(phrase, 0, len(phrase))
        in_people = metric_in_unit(phrase, mention, "người")
        in_percent = metric_in_unit(phrase, mention, "%")
        assert in_people is not None and in_people.key == "candidates_vetted"
        assert in_percent is not None and in_percent.key == "candidates_vetted_rate"
