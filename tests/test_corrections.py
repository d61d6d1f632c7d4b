"""An office corrects what the machine read, through the functions the CLI and the web app share
(chidao.track.corrections): each change is checked, recorded with who and when, and outlives a
newer extractor."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from chidao.extract import pipeline
from chidao.ingest.reader import read_source
from chidao.model import Target
from chidao.store.engine import open_engine
from chidao.store.ingest import ingest_document
from chidao.store.lookup import UnknownId
from chidao.store.queries import get_document, get_item, list_items, open_session
from chidao.store.reextract import reextract_document
from chidao.store.schema import Correction, Item
from chidao.track.correction_fields import CorrectionError
from chidao.track.correction_records import list_corrections
from chidao.track.corrections import add_item, correct_item, reject_item, undo_correction
from chidao.track.document_corrections import delete_document, set_document_date
from chidao.track.history import item_history, local_time

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "corrections"
LAI_CHAU = FIXTURES / "lai_chau_khong_ngay.txt"  # no date line, "Ngày 14/3" without a year
LAI_CHAU_2025 = FIXTURES / "lai_chau_2025_tong_ket.txt"
ID_CARDS = "hoàn thành việc cấp căn cước cho người dân trước tháng 12 năm 2025"
MOMENT = dt.datetime(2024, 5, 9, 7, 30, tzinfo=dt.UTC)


@pytest.fixture()
def db(tmp_path: Path, store: str) -> str:
    path = store
    engine = open_engine(path)
    for source in (LAI_CHAU, LAI_CHAU_2025):
        (document,) = read_source(str(source))
        ingest_document(engine, document)
    return path


def lai_chau_id(session) -> str:
    return next(d["document_id"] for d in list_items(session, "directives")
                if d["document_source"].endswith("lai_chau_khong_ngay.txt"))


def directive(session, words: str) -> dict:
    return next(d for d in list_items(session, "directives", include_rejected=True) if words in d["text"])


def test_a_rejected_item_leaves_the_registers_and_the_record_says_who_and_when(db: str) -> None:
    with open_session(db) as session, session.begin():
        target = directive(session, "Công an tỉnh cần hoàn thành")
        result = reject_item(session, target["id"], reason="nêu chung, không phải chỉ đạo", who="vp_a",
                             now=MOMENT)
    assert result["item"]["rejected"] is True
    (row,) = result["corrections"]
    assert (row["action"], row["who"], row["at"], row["reason"]) == (
        "reject", "vp_a", "2024-05-09T07:30:00+00:00", "nêu chung, không phải chỉ đạo")
    with open_session(db) as session:
        assert target["id"] not in {d["id"] for d in list_items(session, "directives")}
        shown = {d["id"]: d for d in list_items(session, "directives", include_rejected=True)}
        assert shown[target["id"]]["rejected"] is True
        (entry,) = item_history(session, target["id"])
    assert (entry["change"], entry["who"], entry["at_local"]) == ("reject", "vp_a", "09/05/2024 14:30")
    with open_session(db) as session, session.begin(), pytest.raises(CorrectionError, match="đã bị loại"):
        reject_item(session, target["id"])


def test_a_corrected_field_keeps_the_machine_value_beside_it_and_feeds_the_filters(db: str) -> None:
    with open_session(db) as session, session.begin():
        first = directive(session, "tăng cường tuần tra")
        result = correct_item(session, first["id"], {"speaker": "Tô Lâm", "topics": "ma tuy; border_control"},
                              who="vp_b", now=MOMENT)
    item = result["item"]
    assert (item["speaker"], item["topics"]) == ("Tô Lâm", ["drugs", "border_control"])
    assert item["machine_values"] == {"speaker": "Trần Quốc Bảo",
                                      "topics": ["border_control", "crime", "social_order"]}
    assert [(r["field"], r["old"], r["new"]) for r in result["corrections"]] == [
        ("speaker", "Trần Quốc Bảo", "Tô Lâm"),
        ("topics", ["border_control", "crime", "social_order"], ["drugs", "border_control"])]
    with open_session(db) as session:
        assert [d["id"] for d in list_items(session, "directives", person="to lam")] == [first["id"]]
        # The target said inside the directive is said by its corrected speaker too.
        assert [t["text"] for t in list_items(session, "targets", person="Tô Lâm")] == [
            "giảm ít nhất 5% số vụ phạm tội về trật tự xã hội so với năm 2023"]
        assert [d["id"] for d in list_items(session, "directives", topic="drugs")] == [first["id"]]
    # A second correction of the same field keeps the machine's value, not the first correction's.
    with open_session(db) as session, session.begin():
        again = correct_item(session, first["id"], {"speaker": "Lương Tam Quang"}, who="vp_b")
        unchanged = correct_item(session, first["id"], {"speaker": "Lương Tam Quang"}, who="vp_b")
    assert again["item"]["machine_values"]["speaker"] == "Trần Quốc Bảo"
    assert unchanged["corrections"] == []


@pytest.mark.parametrize(("field", "value", "message"), [
    ("deadline", "31/02/2024", "Thời hạn (deadline): ngày không hợp lệ: 31/02/2024"),
    ("value", "năm phần trăm", "Giá trị (value): không phải số: năm phần trăm"),
    ("value", "-5", "Giá trị (value): số âm: -5"),
    ("value", "inf", "Giá trị (value): không phải số: inf"),
    ("metric_key", "ty_le_toi_pham",
     "Mã chỉ số (metric_key): metric_key không có trong danh mục: ty_le_toi_pham"),
    ("direction", "lên", "Hướng (direction): direction không hợp lệ: lên (chọn: decrease, increase, reach)"),
    ("scope", "Lai Châu\n<script>", "Phạm vi (scope): giá trị có ký tự điều khiển hoặc xuống dòng"),
    ("speaker", "Tô Lâm", "mục loại Chỉ tiêu (targets) không có trường speaker"),
])
def test_a_value_that_does_not_fit_the_field_is_refused_and_nothing_changes(
        db: str, field: str, value: str, message: str) -> None:
    with open_session(db) as session, session.begin():
        (target,) = list_items(session, "targets")
        with pytest.raises(CorrectionError) as refused:
            correct_item(session, target["id"], {"unit": "vụ", field: value})
    assert str(refused.value).startswith(message)
    with open_session(db) as session:
        assert get_item(session, target["id"])["unit"] == "%"  # the valid "unit" was not written either
        assert session.scalar(select(func.count()).select_from(Correction)) == 0


def test_values_are_read_the_vietnamese_way_and_hostile_text_is_kept_as_text(db: str) -> None:
    with open_session(db) as session, session.begin():
        (target,) = list_items(session, "targets")
        corrected = correct_item(session, target["id"], {
            "value": "1.000", "deadline": "31/12/2025", "direction": "giảm",
            "metric_key": "Social_Order_Crime", "at_least": "không",
            "scope": "<script>alert(1)</script> [bold]Lai Châu[/bold]"})["item"]
    assert (corrected["value"], corrected["deadline"], corrected["direction"], corrected["metric_key"],
            corrected["at_least"]) == (1000, "2025-12-31", "decrease", "social_order_crime", False)
    assert corrected["scope"] == "<script>alert(1)</script> [bold]Lai Châu[/bold]"


def test_an_added_item_is_grounded_in_the_report_s_words(db: str) -> None:
    with open_session(db) as session, session.begin():
        document_id = lai_chau_id(session)
        added = add_item(session, document_id[:8], "targets", words=ID_CARDS,
                         values={"metric_key": "electronic_ids", "direction": "reach", "deadline": "2025-12"},
                         who="vp_c", now=MOMENT)["item"]
        text = get_document(session, document_id)["text"]
    start, end = added["span"]
    assert text[start:end] == added["text"] == ID_CARDS
    assert (added["origin"], added["status"], added["metric_key"], added["deadline"]) == (
        "person", "open", "electronic_ids", "2025-12")
    assert added["id"] == f"{document_id[:12]}:targets:1"
    with open_session(db) as session, session.begin():
        # The same words again are the same item; whitespace around a span is trimmed.
        with pytest.raises(CorrectionError, match=f"đã có mục này: {added['id']}"):
            add_item(session, document_id, "targets", span=(start - 1, end))
        with pytest.raises(CorrectionError, match="có 3 lần trong văn bản: chọn lần nào bằng --occurrence 1"):
            add_item(session, document_id, "directives", words="Bộ Công an")
        with pytest.raises(CorrectionError, match="không thấy trong văn bản"):
            add_item(session, document_id, "directives", words="không có trong báo cáo")
        with pytest.raises(CorrectionError, match="không nằm trong văn bản"):
            add_item(session, document_id, "directives", span=(10, 10_000))
        with pytest.raises(CorrectionError, match=r"không thêm được mục loại Người \(people\)"):
            add_item(session, document_id, "people", span=(0, 10))
        second = add_item(session, document_id, "directives", words="Bộ Công an", occurrence=2)["item"]
    second_start = text.index("Bộ Công an", text.index("Bộ Công an") + 1)
    assert second["span"] == [second_start, second_start + len("Bộ Công an")]


def test_a_report_s_date_set_by_a_person_dates_its_event_items_and_target_evaluation(db: str) -> None:
    with open_session(db) as session:
        document_id = lai_chau_id(session)
        assert list_items(session, "directives", date_from="2024") == list_items(
            session, "directives", date_from="2024", document_id=document_id) == []
    with open_session(db) as session, session.begin():
        with pytest.raises(CorrectionError, match="ngày không hợp lệ"):
            set_document_date(session, document_id, "2024-13")
        result = set_document_date(session, document_id, "03/2024", who="vp_d")
    # "Ngày 14/3" in the text now has its year.
    document = result["document"]
    assert (document["date"], document["machine_date"]) == ("2024-03", None)
    assert document["event_date"] == "2024-03-14"
    from chidao.commands.register import register_items
    (target,) = register_items("targets", db)
    assert (target["event_date"], target["status"]) == ("2024-03-14", "met")
    with open_session(db) as session:
        assert len(list_items(session, "directives", date_from="2024-03", date_to="2024-03")) == 2


def test_corrections_survive_a_newer_extractor(db: str, monkeypatch) -> None:
    with open_session(db) as session, session.begin():
        document_id = lai_chau_id(session)
        first = directive(session, "tăng cường tuần tra")
        second = directive(session, "Công an tỉnh cần hoàn thành")
        indicator = next(i for i in list_items(session, "indicators") if "35" in i["text"])
        correct_item(session, first["id"], {"speaker": "Tô Lâm"}, who="vp")
        reject_item(session, indicator["id"], reason="không phải số liệu của tỉnh", who="vp")
        added = add_item(session, document_id, "targets", words=ID_CARDS,
                         values={"metric_key": "electronic_ids"}, who="vp")["item"]
        set_document_date(session, document_id, "2024-03-15", who="vp")
    real = pipeline.extract_document

    def newer(document):
        extraction = real(document)
        extraction.directives = [dataclasses.replace(d, speaker="Nguyễn Văn Mới")
                                 for d in extraction.directives]
        # The newer extractor finds the target a person added, with a slightly longer span.
        start = document.text.index(ID_CARDS) - len("cần ")
        end = start + len(ID_CARDS) + len("cần ")
        extraction.targets = [*extraction.targets, Target(
            metric="căn cước", metric_key=None, direction="reach", value=100, unit="%", at_least=False,
            baseline=None, deadline="2025-12", scope=None, text=document.text[start:end], span=(start, end))]
        return extraction

    monkeypatch.setattr(pipeline, "extract_document", newer)
    with open_session(db) as session, session.begin():
        reextract_document(session, document_id)
    with open_session(db) as session:
        directives = {d["id"]: d for d in list_items(session, "directives", include_rejected=True)}
        assert directives[first["id"]]["speaker"] == "Tô Lâm"
        assert directives[first["id"]]["machine_values"] == {"speaker": "Nguyễn Văn Mới"}
        assert directives[second["id"]]["speaker"] == "Nguyễn Văn Mới"  # nobody corrected it
        assert get_item(session, indicator["id"])["rejected"] is True
        assert indicator["id"] not in {i["id"] for i in list_items(session, "indicators")}
        targets = list_items(session, "targets", document_id=document_id)
        (kept,) = [t for t in targets if t["id"] == added["id"]]
        assert len(targets) == 2  # matched, not added twice
        assert (kept["text"], kept["span"], kept["origin"], kept["metric_key"], kept["value"]) == (
            ID_CARDS, added["span"], "person", "electronic_ids", 100)
        assert get_document(session, document_id)["date"] == "2024-03-15"
        assert get_document(session, document_id)["event_date"] == "2024-03-14"


def test_a_rejected_item_a_newer_extractor_misses_stays_rejected_when_found_again(db: str,
                                                                                   monkeypatch) -> None:
    with open_session(db) as session, session.begin():
        document_id = lai_chau_id(session)
        (commitment,) = list_items(session, "commitments")
        reject_item(session, commitment["id"])
    real = pipeline.extract_document

    def without_commitments(document):
        extraction = real(document)
        extraction.commitments = []
        return extraction

    monkeypatch.setattr(pipeline, "extract_document", without_commitments)
    with open_session(db) as session, session.begin():
        assert reextract_document(session, document_id).orphaned == 1
    monkeypatch.setattr(pipeline, "extract_document", real)
    with open_session(db) as session, session.begin():
        reextract_document(session, document_id)
    with open_session(db) as session:
        back = get_item(session, commitment["id"])
        assert (back["orphan"], back["rejected"]) == (False, True)
        assert list_items(session, "commitments") == []
        assert session.scalar(select(func.count()).select_from(Item).where(Item.kind == "commitments")) == 1


def test_undo_withdraws_one_correction_at_a_time(db: str) -> None:
    with open_session(db) as session, session.begin():
        first = directive(session, "tăng cường tuần tra")
        document_id = first["document_id"]
        one = correct_item(session, first["id"], {"verb": "Chỉ Đạo"})["corrections"][0]["id"]
        two = correct_item(session, first["id"], {"verb": "đề nghị"})["corrections"][0]["id"]
        rejected = reject_item(session, first["id"])["corrections"][0]["id"]
        added = add_item(session, document_id, "targets", words=ID_CARDS)["corrections"][0]["id"]
        dated = set_document_date(session, document_id, "2024-03")["corrections"][0]["id"]
    with open_session(db) as session, session.begin():
        with pytest.raises(CorrectionError, match=f"#{two} sau đó vẫn còn hiệu lực"):
            undo_correction(session, one)
        assert undo_correction(session, two)["item"]["verb"] == "chỉ đạo"  # the first correction's value
        item = undo_correction(session, one)["item"]
        assert (item["verb"], item["machine_values"]) == ("yêu cầu", {})
        assert undo_correction(session, rejected)["item"]["rejected"] is False
        assert undo_correction(session, added)["item"]["rejected"] is True
        assert undo_correction(session, dated)["document"]["date"] is None
        with pytest.raises(CorrectionError, match="đã được hoàn tác"):
            undo_correction(session, one)
        with pytest.raises(UnknownId):
            undo_correction(session, 999)
    with open_session(db) as session:
        assert get_document(session, document_id)["event_date"] is None
        rows = list_corrections(session, item_ref=first["id"])
        assert [(r["action"], r["undone_by"] is not None) for r in rows] == [
            ("correct", True), ("correct", True), ("reject", True), ("undo", False), ("undo", False),
            ("undo", False)]


def test_deleting_a_report_keeps_what_people_entered_on_it(db: str) -> None:
    from chidao.track.status import set_follow_up

    with open_session(db) as session, session.begin():
        first = directive(session, "tăng cường tuần tra")
        document_id = first["document_id"]
        set_follow_up(session, first["id"], status="in_progress", note="Đã giao PC06", who="vp")
        correct_item(session, first["id"], {"addressee": "Công an tỉnh"}, who="vp")
        result = delete_document(session, document_id[:10], reason="nhập nhầm", who="vp_e")
    record = result["corrections"][0]
    assert (record["action"], record["who"], record["reason"], record["old"]["items"]) == (
        "delete", "vp_e", "nhập nhầm", 12)
    (kept,) = record["old"]["person_items"]
    assert (kept["id"], kept["status"], kept["notes"], kept["machine_values"]) == (
        first["id"], "in_progress", "Đã giao PC06", {"addressee": "Công an tỉnh Lai Châu"})
    with open_session(db) as session:
        assert get_document(session, document_id) is None
        assert all(d["document_id"] != document_id for d in list_items(session, "directives"))
        from chidao.store.queries import search
        assert search(session, "can cuoc cho nguoi dan") == []
        # The record is found by the deleted report's id, and its history rows stay.
        assert [r["action"] for r in list_corrections(session, document_ref=document_id[:8])] == [
            "correct", "delete"]
        assert [h["field"] for h in item_history(session, first["id"])] == ["status", "notes", "addressee"]
        with pytest.raises(CorrectionError, match="không hoàn tác được xoá văn bản"):
            undo_correction(session, record["id"])


def test_history_times_read_in_vietnam() -> None:
    assert local_time("2024-12-31T17:05:00+00:00") == "01/01/2025 00:05"
    assert local_time("2024-05-09T07:30:00") == "09/05/2024 14:30"  # SQLite's naive UTC
