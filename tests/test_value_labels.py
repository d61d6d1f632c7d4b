"""Values in histories and correction messages read as a Vietnamese officer writes them."""

from __future__ import annotations

from chidao.track.correction_fields import corrected_field_lines, field_label, value_label


def test_a_corrected_number_has_a_decimal_comma_and_thousands_dots() -> None:
    assert value_label("value", 7.5) == "7,5"
    assert value_label("amount", 756.2) == "756,2"
    assert value_label("amount", 1200) == "1.200"
    assert value_label("value", 5.0) == "5"


def test_values_that_are_not_amounts_keep_their_form() -> None:
    assert value_label("at_least", True) == "có"
    assert value_label("deadline", "2025-12-31") == "31/12/2025"
    assert value_label("number", "2019") == "2019"
    assert value_label("value", None) == "—"


def test_a_commitment_s_kind_is_its_loai_not_a_legal_reference_s_loai_van_ban() -> None:
    assert field_label("kind", "commitments") == "Loại"
    assert field_label("commitment_kind", "commitments") == "Loại"
    assert field_label("kind", "legal_refs") == "Loại văn bản"
    assert field_label("speaker") == "Người chỉ đạo"


def test_the_corrected_fields_of_an_item_say_both_values_as_a_person_reads_them() -> None:
    item = {"kind": "commitments", "commitment_kind": "funding", "amount": 1500.5,
            "machine_values": {"kind": "staffing", "amount": 800}}
    assert corrected_field_lines(item) == ["Đã sửa Loại: Kinh phí (máy đọc: Biên chế)",
                                           "Đã sửa Số lượng: 1.500,5 (máy đọc: 800)"]


def test_a_target_s_deadline_on_its_web_page_is_dd_mm_yyyy() -> None:
    from chidao.web.labels import item_summary

    target = {"kind": "targets", "metric": "số vụ phạm tội", "direction": "decrease", "value": 5,
              "unit": "%", "deadline": "2025-12-31", "scope": "Bắc Giang"}
    assert "hạn 31/12/2025" in item_summary(target)
    assert "hạn năm 2025" in item_summary({**target, "deadline": "năm 2025"})


def test_the_fields_of_an_item_a_person_added_are_filled_not_misread_by_the_machine() -> None:
    # An added item's fields said "Đã sửa Loại: Biên chế (máy đọc: Khác)": the machine read nothing.
    item = {"kind": "commitments", "origin": "person", "commitment_kind": "staffing", "giver": "Bộ Công an",
            "machine_values": {"kind": "other", "giver": None}}
    assert corrected_field_lines(item) == ["Đã điền Loại: Biên chế", "Đã điền Bên cấp: Bộ Công an"]
