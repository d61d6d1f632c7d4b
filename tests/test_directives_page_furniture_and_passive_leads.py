"""Directives and commitments of rounds 32-33's classes: a related-links block after the lead, a
plan's passive lead-in, "yêu cầu" as a noun, and an approval inside a request sentence.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from directive_reading import directives_of, who_asks_whom
from extraction_reading import commitments_read_of


def test_a_related_links_block_after_the_lead_ends_none_of_the_requests_after_it() -> None:
    found = directives_of(
        "Sáng 8-1, Trại tạm giam Công an tỉnh tổ chức hội nghị tổng kết công tác năm 2023.\n\n"
        "Tin liên quan:\n"
        "- Tây Ninh: 30 phạm nhân được giảm án dịp Quốc khánh\n\n"
        "Phát biểu chỉ đạo, Đại tá Nguyễn Văn Hòa, Phó Giám đốc Công an tỉnh yêu cầu Ban Giám thị quản "
        "lý chặt chẽ phạm nhân, không để xảy ra trốn trại.", "2024-01")
    assert who_asks_whom(found) == [("Nguyễn Văn Hòa", "yêu cầu", "Ban Giám thị")]


def test_a_plans_passive_lead_in_to_its_tasks_is_a_directive_of_no_one() -> None:
    found = directives_of(
        "Chiều 2/3, Ban An toàn giao thông huyện Đức Trọng họp triển khai kế hoạch bảo đảm trật tự an toàn "
        "giao thông năm 2024.\n\n"
        "Theo kế hoạch, các phần việc được giao cụ thể cho từng xã:\n\n"
        "- UBND xã Hiệp Thạnh lập lại trật tự hành lang an toàn giao thông trên quốc lộ 20, xong trước ngày "
        "30/6/2024;\n\n"
        "- UBND xã Liên Nghĩa di dời các quầy hàng lấn chiếm vỉa hè, hoàn thành trong quý III/2024.",
        "2024-03")
    assert who_asks_whom(found) == [(None, "giao", "từng xã"), (None, None, "UBND xã Hiệp Thạnh"),
                                     (None, None, "UBND xã Liên Nghĩa")]


def test_a_body_assigned_a_task_in_the_passive_is_no_lead_in() -> None:
    found = directives_of(
        "Sáng 4/5, Công an tỉnh Lâm Đồng tổ chức hội nghị sơ kết công tác quý I.\n\n"
        "Các đơn vị đã được giao nhiệm vụ cụ thể. Kết quả như sau:\n\n"
        "- Phòng Cảnh sát hình sự triệt phá 4 băng nhóm tội phạm.", "2024-05")
    assert [d.verb for d in found] == []


def test_a_road_junction_named_nut_giao_asks_nothing() -> None:
    found = directives_of(
        "Chiều 6/3, Công an thành phố Đà Lạt họp bàn phương án phân luồng giao thông dịp lễ.\n\n"
        "Từ ngày 1/4, các xe tải lưu thông qua nút giao Trần Phú - Hùng Vương theo hướng dẫn của lực lượng "
        "chức năng.", "2024-03")
    assert found == []


def test_yeu_cau_as_a_noun_after_a_requirement_met_or_listed_asks_nothing() -> None:
    found = directives_of(
        "Sáng 20/10, huyện Mai Châu tổ chức diễn tập phòng chống khủng bố năm 2023.\n\n"
        "Phát biểu bế mạc, đồng chí Hà Văn Minh, Chủ tịch UBND huyện đánh giá cuộc diễn tập đạt mục đích, "
        "yêu cầu đề ra, bảo đảm an toàn.\n\n"
        "Các lực lượng tham gia đã hoàn thành nội dung, yêu cầu của kế hoạch.", "2023-10")
    assert found == []


def test_an_approval_inside_a_ministers_request_is_the_ministrys_gift() -> None:
    found = commitments_read_of(
        "Ngày 15/8, Thứ trưởng Bộ Công an Lê Văn Minh làm việc với Công an tỉnh Bình Phước.\n\n"
        "Thứ trưởng đề nghị UBND tỉnh quan tâm bố trí đất xây dựng trụ sở Công an xã; đồng thời đồng ý hỗ "
        "trợ Công an tỉnh 20 xe ô tô bán tải phục vụ tuần tra.", "2025-08")
    assert found == [("equipment", 20, "xe", "Bộ Công an", "Công an tỉnh Bình Phước")]


def test_an_approval_inside_a_chairmans_request_is_his_committees_gift() -> None:
    found = commitments_read_of(
        "Chiều 3/6, Chủ tịch UBND tỉnh Bình Phước Trần Tuệ Hiền làm việc với Công an tỉnh.\n\n"
        "Chủ tịch UBND tỉnh đề nghị Công an tỉnh tăng cường tuần tra vùng biên, đồng thời đồng ý hỗ trợ "
        "Công an tỉnh 5 tỷ đồng để mua sắm trang thiết bị.", "2025-06")
    assert found == [("funding", 5, "tỷ đồng", "UBND tỉnh Bình Phước", "Công an tỉnh Bình Phước")]


def test_an_approval_with_no_request_before_it_takes_no_asker() -> None:
    found = commitments_read_of(
        "Sáng 9/4, Công an tỉnh Bình Phước tổ chức hội nghị sơ kết quý I.\n\n"
        "Hội nghị đánh giá kết quả đạt được; đồng thời đồng ý hỗ trợ Công an xã 10 máy tính.", "2025-04")
    assert [giver for _, _, _, giver, _ in found] in ([], [None])


def test_a_special_zones_committee_written_bare_is_named_with_the_zone() -> None:
    found = commitments_read_of(
        "Sáng 5-11, đồng chí Trần Văn Nam, Bí thư Đảng ủy đặc khu Côn Đảo làm việc với Công an đặc khu Côn "
        "Đảo về công tác bảo đảm an ninh, trật tự.\n\n"
        "UBND đặc khu sẽ bố trí 3 tỷ đồng để sửa chữa trụ sở Công an đặc khu.", "2025-11")
    assert [giver for _, _, _, giver, _ in found] == ["UBND đặc khu Côn Đảo"]


def test_the_date_things_pledged_are_in_place_is_pledged_by_who_gives_them() -> None:
    found = commitments_read_of(
        "Chiều 4/3, UBND huyện Tuy Phước làm việc với Công an huyện về công tác bảo đảm an ninh, trật tự.\n\n"
        "UBND huyện thống nhất bố trí 2 tỷ đồng để lắp đặt 30 camera giám sát tại các ngã tư, hoàn thành "
        "trong quý III/2024.", "2024-03")
    assert [(kind, amount, giver) for kind, amount, _, giver, _ in found] == [
        ("funding", 2, "UBND huyện Tuy Phước"), ("equipment", 30, "UBND huyện Tuy Phước"),
        ("equipment", None, "UBND huyện Tuy Phước")]


def test_a_city_committee_written_bare_is_the_city_the_report_writes_as_one_not_its_province() -> None:
    found = commitments_read_of(
        "Chiều 6/3, Ban An toàn giao thông TP. Hạ Long (Quảng Ninh) họp triển khai kế hoạch xử lý điểm đen "
        "tai nạn giao thông.\n\n"
        "Chủ tịch UBND thành phố cho biết UBND thành phố sẽ bố trí 12 tỷ đồng để cải tạo các nút giao.",
        "2023-03")
    assert [giver for _, _, _, giver, _ in found] == ["UBND thành phố Hạ Long"]
