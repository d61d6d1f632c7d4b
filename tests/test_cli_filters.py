"""Filters and lookups say what they do: a place is what an item is about, a topic is named
as people name it, a person by part of their name, and a filter's value is never a pattern."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import EXAMPLES_DIR
from test_store_engine import chidao, chidao_json

pytestmark = pytest.mark.skipif(not (EXAMPLES_DIR / "ha_giang_2024_lam_viec.txt").exists(),
                                reason="no examples")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("filters") / "chidao.db"
    assert chidao(path, "ingest", str(EXAMPLES_DIR)).exit_code == 0
    return path


def sources(items: list[dict]) -> set[str]:
    return {Path(item["document_source"]).name for item in items}


# --locality: what an item is about, not every place its report mentions.

def test_a_country_the_report_only_mentions_finds_none_of_its_items(db: Path) -> None:
    # The Hà Giang report says the province borders Trung Quốc: its staffing is not about China.
    for kind in ("directives", "targets", "commitments", "indicators"):
        assert chidao_json(db, kind, "--locality", "Trung Quốc") == [], kind
    assert chidao_json(db, "search", "biên chế", "--locality", "Trung Quốc") == []
    staffing = chidao_json(db, "commitments", "--locality", "Hà Giang")
    assert "tăng thêm 300 biên chế cho Công an tỉnh Hà Giang" in {c["text"] for c in staffing}
    assert sources(chidao_json(db, "search", "biên chế", "--locality", "ha giang")) == {
        "ha_giang_2024_lam_viec.txt"}


def test_a_lower_unit_the_event_took_place_in_finds_the_event_s_items(db: Path) -> None:
    # The Bình Thuận inspection was held in phường Phú Thủy, TP Phan Thiết.
    assert sources(chidao_json(db, "commitments", "--locality", "Phan Thiết")) == {
        "binh_thuan_2022_kiem_tra.txt"}
    # Hà Giang's report names Mèo Vạc in passing: no item is about it.
    assert chidao_json(db, "directives", "--locality", "Mèo Vạc") == []


def test_the_locality_page_says_why_it_has_nothing(db: Path) -> None:
    mentioned = chidao(db, "locality", "Trung Quốc")
    assert mentioned.exit_code == 0
    assert "không có báo cáo nào về địa phương này (chỉ được nhắc đến trong 1 báo cáo)" in mentioned.stdout
    real = chidao(db, "locality", "Hà Nội", env={"COLUMNS": "200"})
    assert real.exit_code == 0
    assert real.stdout.strip() == ("Hà Nội: đơn vị hành chính có trong danh mục, nhưng chưa có báo cáo nào "
                                   "về địa phương này.")
    assert chidao_json(db, "locality", "ha noi")["directives"] == []
    unknown = chidao(db, "locality", "Xyzabc")
    assert unknown.exit_code == 1
    assert unknown.stderr.strip() == ("chidao: không có đơn vị hành chính nào tên 'Xyzabc', "
                                      "và không báo cáo nào nhắc đến")
    page = chidao_json(db, "locality", "Hà Giang")
    assert sources(page["commitments"]) == {"ha_giang_2024_lam_viec.txt"}


# --topic: keys and Vietnamese labels, folded; unknown topics refused; indicators have topics.

@pytest.mark.parametrize("named", ["drugs", "ma tuy", "Ma túy", "MA TÚY", "Phòng, chống ma túy",
                                   "phong, chong ma tuy"])
def test_a_topic_is_named_by_its_key_or_its_vietnamese_label(db: Path, named: str) -> None:
    directives = chidao_json(db, "directives", "--topic", named)
    assert directives and all("drugs" in d["topics"] for d in directives)
    assert chidao_json(db, "directives", "--topic", "drugs") == directives


def test_indicators_have_topics_the_filter_reads(db: Path) -> None:
    drugs = chidao_json(db, "indicators", "--topic", "ma tuy")
    # Hà Giang's drug figures: the cases and suspects caught, and the fall in drug crime.
    assert sources(drugs) == {"ha_giang_2024_lam_viec.txt"} and len(drugs) == 3
    assert "giảm 4,5% so với cùng kỳ năm 2022" in {i["text"] for i in drugs}
    assert all("drugs" in i["topics"] for i in drugs)
    traffic = chidao_json(db, "indicators", "--topic", "traffic_safety")
    assert [i["text"] for i in traffic] == ["giảm 12,7% so với cùng kỳ năm 2022"]


def test_an_unknown_topic_is_one_line_listing_the_topics(db: Path) -> None:
    result = chidao(db, "directives", "--topic", "bóng đá")
    assert result.exit_code == 2
    (line,) = result.stderr.strip().splitlines()
    # Listed as a reader names them, each with the key the option also takes.
    assert line.startswith("chidao: --topic: không có lĩnh vực 'bóng đá'; chọn một trong: ")
    assert "Phòng, chống ma túy (drugs)" in line and "(digital_transformation)" in line
    assert ", drugs," not in line


def test_the_topics_are_listed_in_help(db: Path) -> None:
    result = chidao(db, "directives", "--help", env={"COLUMNS": "300"})
    text = " ".join(result.stdout.replace("│", " ").split())
    assert "drugs (Phòng, chống ma túy)" in text
    assert "digital_transformation (Chuyển đổi số, Đề án 06)" in text


# --person: part of a name, diacritics optional; a commitment's giver as a directive's speaker.

@pytest.mark.parametrize("named", ["Lâm", "Lam", "To Lam", "tô lâm", "Tô Lâm"])
def test_a_person_is_found_by_part_of_the_name(db: Path, named: str) -> None:
    directives = chidao_json(db, "directives", "--person", named)
    assert directives and {d["speaker"] for d in directives} == {"Tô Lâm"}


def test_a_part_of_a_name_is_whole_words(db: Path) -> None:
    # "La" is no word of "Tô Lâm".
    assert chidao_json(db, "directives", "--person", "La") == []


def test_commitments_are_found_by_who_gave_them(db: Path) -> None:
    # "Bộ trưởng cho biết, trong năm 2021, Bộ Công an sẽ tăng thêm khoảng 800 biên chế ..."
    (staffing,) = chidao_json(db, "commitments", "--person", "Lam")
    assert staffing["text"] == "tăng thêm khoảng 800 biên chế cho Công an tỉnh Bắc Giang"
    assert staffing["speaker"] == "Tô Lâm"
    # "Bí thư Tỉnh ủy Vương Đình Thắng tiếp thu ..., khẳng định tỉnh sẽ bố trí 45 tỷ đồng ..."
    (funds,) = chidao_json(db, "commitments", "--person", "vuong dinh thang")
    assert funds["text"] == ("bố trí 45 tỷ đồng từ ngân sách địa phương để xây dựng trụ sở Công an các "
                             "xã biên giới")  # the purpose with the amount
    assert {c["text"] for c in chidao_json(db, "commitments", "-p", "Hoàng Anh Tuấn")} == {
        "trang bị thêm 50 xe ô tô chuyên dùng cho Công an các xã biên giới",
        "tăng thêm 300 biên chế cho Công an tỉnh Hà Giang"}


def test_a_correction_in_the_report_keeps_who_gave_a_commitment(tmp_path: Path) -> None:
    # A correction reads the report's filter columns again: the giver found in the text stays.
    db = tmp_path / "chidao.db"
    assert chidao(db, "ingest", str(EXAMPLES_DIR / "bac_giang_2021_lam_viec.txt")).exit_code == 0
    situation = next(d for d in chidao_json(db, "directives") if d["text"].startswith("Tiếp tục nắm chắc"))
    assert chidao(db, "reject", situation["id"]).exit_code == 0
    (staffing,) = chidao_json(db, "commitments", "--person", "to lam")
    assert staffing["speaker"] == "Tô Lâm" and "800 biên chế" in staffing["text"]
    assert chidao_json(db, "person", "Tô Lâm")["commitments"] == [staffing]


def test_the_person_page_takes_part_of_a_name_and_asks_when_it_is_several(db: Path) -> None:
    page = chidao_json(db, "person", "to lam")
    assert page["name"] == "Tô Lâm"
    assert [c["text"] for c in page["commitments"]] == [
        "tăng thêm khoảng 800 biên chế cho Công an tỉnh Bắc Giang"]
    several = chidao(db, "person", "Tuấn")
    assert several.exit_code == 1
    assert several.stderr.strip() == ("chidao: 'Tuấn' có thể là 2 người: Hoàng Anh Tuấn, Lê Minh Tuấn; "
                                      "ghi rõ họ tên")


# A filter's value is a value: LIKE wildcards match only themselves.

@pytest.mark.parametrize("wildcard", ["%", "_", "%%", "Hà%", "_à Giang"])
def test_like_wildcards_in_a_filter_are_literals(db: Path, wildcard: str) -> None:
    for kind in ("directives", "targets", "commitments", "indicators"):
        assert chidao_json(db, kind, "--locality", wildcard) == [], (kind, wildcard)
        assert chidao_json(db, kind, "--person", wildcard) == [], (kind, wildcard)
    assert chidao_json(db, "search", "công an", "--locality", wildcard) == []
    assert chidao_json(db, "search", "công an", "--person", wildcard) == []
    assert chidao(db, "directives", "--topic", wildcard).exit_code == 2


def test_a_topic_filter_in_the_store_takes_its_value_literally(db: Path) -> None:
    from chidao.store.queries import list_items, open_session

    with open_session(str(db)) as session:
        assert list_items(session, "directives", topic="%") == []
        assert list_items(session, "directives", topic="social_orde_") == []
        assert list_items(session, "directives", topic="social_order") != []


# The person page: its header counts the reports it lists; a delegation head is a role at one event.

def test_the_person_header_counts_every_report_the_page_lists(db: Path) -> None:
    # Nguyễn Văn Hải speaks in the 2021 report; the 2023 report names him in the timeline only.
    page = chidao(db, "person", "Nguyễn Văn Hải", env={"COLUMNS": "200"}).stdout
    timeline = chidao_json(db, "person", "Nguyễn Văn Hải")["timeline"]
    listed = {d["document_id"] for entry in timeline for d in entry["documents"]}
    assert len(listed) == 2  # Bắc Giang, 2021 and 2023
    assert "Số văn bản nguồn: 2." in page


def test_the_person_page_shows_a_delegation_head_as_a_role_at_the_event(db: Path) -> None:
    page = chidao_json(db, "person", "Tô Lâm")
    roles = {entry["value"]: entry["kind"] for entry in page["timeline"]}
    assert roles["Trưởng đoàn"] == "event_role" and roles["Bộ trưởng Bộ Công an"] == "position"
    assert "Trưởng đoàn" not in page["current"]["position"]
    table = chidao(db, "person", "Tô Lâm", env={"COLUMNS": "200"}).stdout
    # The label of the kind wraps in its narrow column: "Vai trò tại" / "sự kiện".
    row = next(n for n, line in enumerate(table.splitlines()) if "Trưởng đoàn" in line)
    assert "Vai trò tại" in table.splitlines()[row] and "sự kiện" in table.splitlines()[row + 1]


def test_a_report_whose_events_name_no_place_is_about_the_place_it_names_most(tmp_path: Path) -> None:
    report = tmp_path / "kon_tum.txt"
    report.write_text(
        "Công an tỉnh Kon Tum triển khai nhiệm vụ năm 2024\n\n"
        "Thứ trưởng Nguyễn Văn Hà yêu cầu Công an tỉnh Kon Tum tập trung kéo giảm tội phạm về trật tự xã "
        "hội, phối hợp với lực lượng chức năng của Lào và Campuchia kiểm soát tuyến biên giới.\n\n"
        "Công an tỉnh Kon Tum cần bảo đảm an ninh nông thôn trên địa bàn tỉnh Kon Tum.\n", encoding="utf-8")
    store = tmp_path / "chidao.db"
    assert chidao(store, "ingest", str(report)).exit_code == 0
    assert len(chidao_json(store, "directives", "--locality", "Kon Tum")) == 2
    # Kon Tum is part of Quảng Ngãi since 2025: the current name reaches it too.
    assert len(chidao_json(store, "directives", "--locality", "Quảng Ngãi")) == 2
    assert chidao_json(store, "directives", "--locality", "Lào") == []
    assert chidao_json(store, "search", "bien gioi", "--locality", "Campuchia") == []
    assert chidao_json(store, "search", "bien gioi", "--locality", "kon tum") != []


def test_a_place_asked_for_goes_by_every_name_it_has() -> None:
    from chidao.store.places import resolve_locality

    assert resolve_locality("Bắc Ninh").names == {"bac ninh", "bac giang"}  # Bắc Giang is in it since 2025
    assert resolve_locality("bac giang").names == {"bac giang"}
    assert {"hue", "thua thien hue"} <= resolve_locality("Huế").names
    assert resolve_locality("thành phố Phan Thiết").names == {"phan thiet"}


def test_a_long_page_takes_a_limit_per_table(db: Path) -> None:
    page = chidao_json(db, "person", "Tô Lâm")
    shown = chidao(db, "person", "Tô Lâm", "--limit", "1", env={"COLUMNS": "200"}).stdout
    assert f"… còn {len(page['directives']) - 1} mục nữa (--limit 0: xem tất cả)." in shown
    whole = chidao(db, "person", "Tô Lâm", env={"COLUMNS": "200"}).stdout  # not a terminal: everything
    assert "mục nữa (--limit 0: xem tất cả)" not in whole
    place = chidao(db, "locality", "Hà Giang", "-n", "1", env={"COLUMNS": "200"}).stdout
    assert "… còn 2 mục nữa" in place  # three directives, one shown


def test_a_corrected_topic_not_in_the_list_names_the_topics_by_label() -> None:
    from chidao.track.correction_fields import CorrectionError, parse_topics
    with pytest.raises(CorrectionError) as refused:
        parse_topics("bóng đá")
    assert "Phòng, chống ma túy (drugs)" in str(refused.value)
