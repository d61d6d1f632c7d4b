"""Round 37's bodies and legal references (branch fix37a): a steering committee written with its short
name in brackets between its purpose and its place, the Government's committee 138/CP (with "của Chính
phủ" in its name and its standing office's chief), named centres and the border guard's anti-drug
department, the ministry and departments of labour written with commas, a national programme cited by its
title alone, and a document named by its subject and that subject's year.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

import pytest
from extraction_reading import extracted

from chidao.model import Extraction


def _bodies(ex: Extraction) -> list[str]:
    return [o.name for o in ex.organizations]


@pytest.mark.parametrize("short", ["(Ban Chỉ đạo 138)", "(BCĐ 138)"])
def test_a_board_with_its_short_name_in_brackets_before_its_place_is_one_body(short: str) -> None:
    text = (f"Chiều 20-12, Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân "
            f"bảo vệ an ninh Tổ quốc {short} tỉnh Phú Yên tổ chức hội nghị tổng kết công tác năm 2018. "
            "Phó Chủ tịch UBND tỉnh chủ trì hội nghị.")
    ex = extracted(text, "2018-12-21")
    name = ("Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an "
            "ninh Tổ quốc tỉnh Phú Yên")
    assert name in _bodies(ex)
    board = next(o for o in ex.organizations if o.name == name)
    start, end = board.mentions[0]
    assert text[start:end].endswith(f"{short} tỉnh Phú Yên")


def test_the_governments_committee_138_is_one_body_and_its_government_no_other() -> None:
    text = ("Đoàn công tác của Ban Chỉ đạo 138/CP làm việc tại Gia Lai\n\n"
            "Ngày 14-5, Đoàn công tác của Ban Chỉ đạo phòng, chống tội phạm của Chính phủ (Ban Chỉ đạo "
            "138/CP) do Thiếu tướng Trần Văn Hòa, Phó Chánh Văn phòng Thường trực Ban Chỉ đạo 138/CP làm "
            "trưởng đoàn đã làm việc với UBND tỉnh Gia Lai.")
    ex = extracted(text, "2014-05-15")
    assert "Chính phủ" not in _bodies(ex)
    assert not any(name.startswith("Thường trực") for name in _bodies(ex))
    board = next(o for o in ex.organizations if o.name == "Ban Chỉ đạo phòng, chống tội phạm của Chính phủ")
    assert len(board.mentions) == 4  # the title, the full name, the bracket and the position's
    person = next(p for p in ex.people if p.name == "Trần Văn Hòa")
    assert person.positions == ("Phó Chánh Văn phòng Thường trực Ban Chỉ đạo 138/CP", "Trưởng đoàn")


@pytest.mark.parametrize("unit", ["Trung tâm Giám sát, điều hành đô thị thông minh",
                                  "Trung tâm Giám sát an toàn thông tin",
                                  "Phòng Phòng chống ma túy và tội phạm",
                                  "Cục Phòng chống ma túy và tội phạm"])
def test_a_named_centre_or_the_border_guards_anti_drug_department_is_a_unit(unit: str) -> None:
    ex = extracted(f"Năm 2023, {unit} đã phối hợp với Công an tỉnh Kiên Giang triển khai nhiều biện pháp bảo "
                   "đảm an ninh, trật tự.", "2023-12-20")
    assert unit in _bodies(ex)


@pytest.mark.parametrize("head", ["Sở", "Bộ"])
def test_the_labour_ministry_and_department_written_with_commas(head: str) -> None:
    name = f"{head} Lao động, Thương binh và Xã hội"
    ex = extracted(f"Công an tỉnh phối hợp với {name} tiếp nhận 12 nạn nhân bị mua bán trở về.", "2016-12-20")
    assert name in _bodies(ex)


@pytest.mark.parametrize("title", ["Chương trình quốc gia phòng, chống tội phạm",
                                   "Chương trình mục tiêu quốc gia xây dựng nông thôn mới",
                                   "Chương trình mục tiêu quốc gia giảm nghèo bền vững"])
def test_a_national_programme_cited_by_its_title_alone_is_a_reference(title: str) -> None:
    text = f"Đoàn đã kiểm tra việc thực hiện {title} tại tỉnh Bình Phước; các địa phương triển khai tốt."
    ex = extracted(text, "2013-10-09")
    refs = [(r.kind, r.text, r.number, r.date) for r in ex.legal_refs]
    assert refs == [("programme", title, None, None)]


def test_a_programme_of_work_by_its_title_alone_is_still_none() -> None:
    ex = extracted("Ban Chỉ đạo đã ban hành Chương trình công tác và Chương trình kiểm tra, giám sát "
                   "của tỉnh.", "2013-10-09")
    assert ex.legal_refs == []


def test_a_national_programme_with_its_stage_keeps_the_stage() -> None:
    ex = extracted("Các ngành thực hiện Chương trình quốc gia phòng, chống tội phạm giai đoạn 2016 - 2025.",
                   "2017-01-09")
    assert [r.text for r in ex.legal_refs] == [
        "Chương trình quốc gia phòng, chống tội phạm giai đoạn 2016 - 2025"]


def test_a_resolution_named_by_its_subject_and_a_later_year_has_no_date() -> None:
    ex = extracted("Chiều 10-12, HĐND tỉnh đã thông qua Nghị quyết về dự toán ngân sách năm 2016 với "
                   "48/50 đại biểu tán thành.", "2015-12-11")
    [ref] = ex.legal_refs
    assert (ref.kind, ref.text, ref.number, ref.date, ref.issuer) == (
        "resolution", "Nghị quyết về dự toán ngân sách năm 2016", None, None, None)


def test_a_decision_named_by_its_subject_and_its_own_year_takes_the_year_and_issuer() -> None:
    ex = extracted("Sáng 29-8, Trại giam Xuân Lộc tổ chức lễ công bố Quyết định về đặc xá năm 2025 của "
                   "Chủ tịch nước cho 312 phạm nhân.", "2025-08-30")
    [ref] = ex.legal_refs
    assert (ref.kind, ref.text, ref.date, ref.issuer) == (
        "decision", "Quyết định về đặc xá năm 2025 của Chủ tịch nước", "2025", "Chủ tịch nước")


def test_a_lower_case_resolution_by_subject_or_a_kind_without_a_year_is_none() -> None:
    ex = extracted("HĐND tỉnh đã thông qua các nghị quyết về kế hoạch đầu tư công năm 2016 và Chỉ thị "
                   "về phòng, chống tín dụng đen.", "2015-12-11")
    assert ex.legal_refs == []
