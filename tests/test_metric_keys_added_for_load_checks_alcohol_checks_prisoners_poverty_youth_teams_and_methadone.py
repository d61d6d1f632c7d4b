"""Metric keys the gold used with no row in metrics.tsv until branch keys60 (second group): load checks and
overloaded lorries, alcohol checks, prisoners' conduct, households out of poverty, youth teams, Methadone
treatment and patrol shifts. Sentences written for these tests, in the genre's several phrasings."""

from __future__ import annotations

from chidao.extract.metrics import find_metrics, metric_in_unit
from chidao.extract.pipeline import extract_document
from chidao.model import Document, Extraction, grounding_errors


def _extract(text: str) -> Extraction:
    extraction = extract_document(Document.from_text(text, source="test", date="2023-01"))
    assert grounding_errors(extraction) == []
    return extraction


def test_load_checks_and_overloaded_lorries_reported() -> None:
    text = ("Trong năm 2022, lực lượng Cảnh sát giao thông Công an tỉnh đã kiểm tra tải trọng 1.250 xe, "
            "phát hiện 96 xe chở hàng quá tải.")
    assert [(i.metric_key, i.value) for i in _extract(text).indicators] == [
        ("vehicle_load_checks", 1250), ("overloaded_vehicles", 96)]


def test_alcohol_checks_and_prisoners_good_conduct_as_goals() -> None:
    text = ("Giám đốc Công an tỉnh yêu cầu mỗi tổ công tác đo nồng độ cồn tối thiểu 100 trường hợp mỗi "
            "ngày; phấn đấu tỷ lệ phạm nhân xếp loại cải tạo khá, tốt đạt trên 85%.")
    assert [(t.metric_key, t.value) for t in _extract(text).targets] == [
        ("alcohol_checks", 100), ("prisoner_good_conduct_rate", 85)]


def test_households_out_of_poverty_and_youth_teams_reported() -> None:
    text = ("Năm 2022, Bộ đội Biên phòng tỉnh đã giúp đỡ 320 hộ thoát nghèo. Năm 2022, toàn tỉnh có 25 đội "
            "thanh niên xung kích an ninh, trật tự và 12 đội thanh niên xung kích phòng, chống ma túy hoạt "
            "động hiệu quả.")
    assert [(i.metric_key, i.value) for i in _extract(text).indicators] == [
        ("households_out_of_poverty", 320), ("youth_security_teams", 25), ("youth_drug_teams", 12)]


def test_patrol_shifts_are_named_by_the_genres_phrasings() -> None:
    for phrase in ("1.420 ca tuần tra, kiểm soát", "86 ca tuần tra", "40 ca trực tuần tra"):
        assert [m.key for m in find_metrics(phrase, 0, len(phrase))] == ["patrol_shifts"]


def test_methadone_treatment_counted_in_people_or_as_a_share() -> None:
    for phrase in ("điều trị Methadone", "điều trị thay thế bằng Methadone",
                   "điều trị nghiện bằng thuốc Methadone"):
        (mention,) = find_metrics(phrase, 0, len(phrase))
        in_people = metric_in_unit(phrase, mention, "người")
        in_percent = metric_in_unit(phrase, mention, "%")
        assert in_people is not None and in_people.key == "methadone_patients"
        assert in_percent is not None and in_percent.key == "methadone_treatment_rate"
