"""Leftovers of rounds 38-39 in directives, events and references: "CATP" and the like, "2 lực lượng" and
citizens of a kind are addressees; a bare "UBND huyện" holding the event places it in the one district the
title names; a numbered reference issued by a bare Party committee's standing board names it as written, and
"Nghị quyết của Tỉnh ủy" without a number is no reference of its own.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from extraction_reading import extracted


def test_fused_police_abbreviation_numbered_forces_and_citizens_are_addressees() -> None:
    result = extracted(
        "Sáng 5-8, BCĐ 138 TP Đà Nẵng tổ chức hội nghị sơ kết công tác phòng, chống tội phạm.\n\n"
        "Kết luận hội nghị, đồng chí Lê Văn An yêu cầu CATP chủ trì, phối hợp với các "
        "quận tăng cường tuần tra. "
        "Đồng chí cũng yêu cầu 2 lực lượng tiếp tục trao đổi thông tin thường xuyên. "
        "Công an thành phố đề nghị công dân thuộc diện cấp hộ chiếu chủ động đăng ký trực tuyến.", "2018-08")
    assert [d.addressee for d in result.directives] == [
        "CATP", "2 lực lượng", "công dân thuộc diện cấp hộ chiếu"]


def test_a_bare_district_host_is_placed_in_the_district_the_title_names() -> None:
    result = extracted(
        "Huyện Ea H'leo tổng kết công tác bảo đảm an ninh, trật tự năm 2015\n\n"
        "Ngày 18/01/2016, UBND huyện tổ chức hội nghị tổng kết công tác bảo đảm an ninh, trật tự năm 2015.",
        "2016-01")
    assert [e.localities for e in result.events] == [("Ea H'leo",)]


def test_a_bare_standing_board_issues_a_numbered_reference_but_names_none_alone() -> None:
    result = extracted(
        "Nghị quyết của Tỉnh ủy về phòng, chống ma túy\n\n"
        "Thực hiện Chỉ thị số 08-CT/TU ngày 3 tháng 5 năm 2018 của Ban Thường vụ Tỉnh ủy, Công an tỉnh Lai "
        "Châu đã mở nhiều đợt cao điểm.", "2019-03")
    assert [(r.symbol, r.issuer) for r in result.legal_refs] == [("08-CT/TU", "Ban Thường vụ Tỉnh ủy")]
