"""Directives of round 27's classes: a summarised directive's task paragraphs, the document named as
the subject of a verb of saying, pledges, results and case steps that ask nothing, quoted rules and
addressees.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from directive_reading import directives_of, who_asks_whom

from chidao.model import Directive


def _directives(text: str, date: str = "2024-12") -> list[Directive]:
    return directives_of(text, date)



def test_task_paragraphs_singling_out_a_part_with_nhat_la_carry_the_signers_request() -> None:
    found = _directives(
        "Ngày 5-12, Chủ tịch UBND tỉnh Trần Văn Nam đã ký Chỉ thị số 9/CT-UBND về an ninh dịp Tết.\n\n"
        "Chủ tịch UBND tỉnh yêu cầu các sở, ngành thực hiện các nội dung sau:\n\n"
        "Công an tỉnh chủ trì mở đợt cao điểm trấn áp tội phạm; phấn đấu kéo giảm số vụ trộm cắp.\n\n"
        "Bộ Chỉ huy Quân sự tỉnh tăng cường tuần tra, nhất là tại các xã vùng sâu.\n\n"
        "Sở Công Thương phối hợp với Công an tỉnh kiểm tra các chợ đầu mối.")
    assert who_asks_whom(found)[1:] == [
        ("Trần Văn Nam", None, "Công an tỉnh"), ("Trần Văn Nam", None, "Bộ Chỉ huy Quân sự tỉnh"),
        ("Trần Văn Nam", None, "Sở Công Thương")]


def test_a_document_named_before_its_verb_of_saying_gives_no_directive_verb() -> None:
    found = _directives(
        "Ngày 5-12, Chủ tịch UBND tỉnh Trần Văn Nam đã ký Chỉ thị số 9/CT-UBND về an ninh dịp Tết.\n\n"
        "Chỉ thị nêu rõ, UBND tỉnh sẽ bố trí 1 tỷ đồng cho Công an tỉnh để khen thưởng.")
    assert all(d.verb != "chỉ thị" for d in found)
    assert who_asks_whom(found) == []


def test_a_body_pledging_what_its_own_units_will_do_asks_nothing() -> None:
    found = _directives(
        "Sáng 20/11, Công an tỉnh và Tỉnh đoàn ký kết chương trình phối hợp phòng, chống ma túy.\n\n"
        "Đại tá Trần Văn Hòa cho biết, Công an tỉnh sẽ chỉ đạo Công an các xã cung cấp thông tin.\n\n"
        "Bí thư Tỉnh ủy Lê Văn Minh cho biết, Tỉnh ủy sẽ chỉ đạo UBND tỉnh lắp đặt thêm camera.")
    assert who_asks_whom(found) == [("Lê Văn Minh", "chỉ đạo", "UBND tỉnh")]


def test_land_or_money_handed_over_with_giao_is_no_assignment() -> None:
    found = _directives(
        "Chiều 20/12, Công an huyện tổng kết công tác bảo đảm an ninh, trật tự năm 2023.\n\n"
        "Bí thư Huyện ủy Lê Văn Minh cho biết, năm 2024, UBND huyện sẽ bố trí 1 tỷ đồng và giao 1.500 m2 đất "
        "để xây trụ sở Công an xã.")
    assert who_asks_whom(found) == []


def test_a_result_opening_with_quan_triet_asks_nothing() -> None:
    found = _directives(
        "Ngày 10/7, Bộ Tư lệnh Vùng Cảnh sát biển 2 tổng kết công tác 6 tháng đầu năm.\n\n"
        "Quán triệt nhiệm vụ được giao, Vùng đã duy trì 120 lượt tàu trực, thực hiện 30 chuyến tuần tra.")
    assert who_asks_whom(found) == []


def test_a_case_step_among_the_forces_actions_asks_nothing() -> None:
    found = _directives(
        "Rạng sáng 3-4, Phòng Cảnh sát kinh tế Công an tỉnh kiểm tra một kho hàng giả tại phường An Lạc.\n\n"
        "Lực lượng chức năng đã tạm giữ số hàng, lập biên bản và yêu cầu chủ kho khai báo nguồn gốc hàng.\n\n"
        "Công an tỉnh đề nghị người dân cảnh giác khi mua hàng trên mạng với giá rẻ bất thường.")
    assert who_asks_whom(found) == [(None, "đề nghị", "người dân")]


def test_a_quoted_rule_with_its_speaker_after_is_a_directive() -> None:
    found = _directives(
        "Sáng 2/3, Phòng Cảnh sát giao thông Công an tỉnh tổng kết đợt cao điểm Tết.\n\n"
        "\"Không có vùng cấm với người say rượu lái xe\", Đại tá Phạm Văn Long nhấn mạnh.\n\n"
        "Đại tá Phạm Văn Long nhấn mạnh, năm qua lực lượng đã làm việc không có ngoại lệ.")
    assert who_asks_whom(found) == [("Phạm Văn Long", "nhấn mạnh", None)]


def test_addressees_counted_bodies_consumers_and_a_list_stop_at_the_action() -> None:
    found = _directives(
        "Sáng 6/10, Phòng Cảnh sát kinh tế Công an tỉnh sơ kết công tác chống buôn lậu 9 tháng.\n\n"
        "Ông Lê Văn Minh đề nghị ba đơn vị đưa quy chế phối hợp vào nền nếp.\n\n"
        "Ông Lê Văn Minh yêu cầu các cửa hàng trên địa bàn tỉnh chấp hành nghiêm quy định về hàng hóa.\n\n"
        "Ông Lê Văn Minh đề nghị Chi cục Thuế tỉnh, Sở Công Thương và Cục Hải quan tỉnh trao đổi tin.\n\n"
        "Công an tỉnh khuyến cáo người tiêu dùng cảnh giác khi mua hàng giá rẻ trên mạng.")
    assert [d.addressee for d in found] == [
        "ba đơn vị", "các cửa hàng trên địa bàn tỉnh",
        "Chi cục Thuế tỉnh, Sở Công Thương và Cục Hải quan tỉnh", "người tiêu dùng"]


def test_task_paragraphs_opening_with_a_chi_cuc_or_the_state_bank_carry_the_request() -> None:
    found = _directives(
        "Ngày 5-12, Chủ tịch UBND tỉnh Trần Văn Nam đã ký Chỉ thị số 9/CT-UBND về an ninh dịp Tết.\n\n"
        "Chủ tịch UBND tỉnh yêu cầu các sở, ngành thực hiện các nội dung sau:\n\n"
        "Công an tỉnh chủ trì mở đợt cao điểm trấn áp tội phạm; phấn đấu kéo giảm số vụ trộm cắp.\n\n"
        "Chi cục Quản lý thị trường tăng cường kiểm tra các chợ đầu mối.\n\n"
        "Ngân hàng Nhà nước chi nhánh tỉnh chỉ đạo các ngân hàng rà soát tài khoản đáng ngờ.")
    assert who_asks_whom(found)[2:] == [
        ("Trần Văn Nam", None, "Chi cục Quản lý thị trường"),
        ("Trần Văn Nam", None, "Ngân hàng Nhà nước chi nhánh tỉnh")]


def test_another_bodys_will_after_a_bodys_agreement_is_its_pledge() -> None:
    found = _directives(
        "Sáng 9/10, Đoàn công tác của Bộ Công an kiểm tra việc xây dựng Công an xã tại tỉnh Hà Nam.\n\n"
        "Giám đốc Công an tỉnh cho biết UBND tỉnh đã thống nhất bố trí 20 tỷ đồng để xây trụ sở Công an xã. "
        "Công an tỉnh sẽ điều động thêm 100 cán bộ về Công an các xã trước ngày 30/11/2025.")
    assert who_asks_whom(found) == [(None, "thống nhất", "UBND tỉnh")]
