"""Directives of rounds 30-31's classes: an official's agreement to a course that gives, a quoted
assessment that denies ("không phải là …"), addressees written short or as a bank, and a business
named by what it provides.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from directive_reading import directives_of, who_asks_whom


def test_an_officials_agreement_to_a_course_that_assigns_a_body_is_his_agreement() -> None:
    found = directives_of(
        "Sáng 9/3, Bí thư Tỉnh ủy Hà Tĩnh Nguyễn Văn An làm việc với Công an tỉnh về công tác bảo đảm an "
        "ninh, trật tự.\n\n"
        "Đồng chí Bí thư Tỉnh ủy thống nhất chủ trương giao UBND tỉnh bố trí 50 tỷ đồng để xây dựng trụ sở "
        "Công an xã.", "2024-03")
    assert who_asks_whom(found) == [("Nguyễn Văn An", "thống nhất", None)]


def test_a_quoted_assessment_with_khong_phai_la_asks_nothing() -> None:
    found = directives_of(
        "Sáng 5/4, Thứ trưởng Bộ Công an Nguyễn Văn Long làm việc với Công an tỉnh Phú Yên.\n\n"
        "Phát biểu kết luận, Thứ trưởng Nguyễn Văn Long đề nghị UBND tỉnh chỉ đạo các sở, ngành phối hợp "
        "chặt chẽ với Công an tỉnh.\n\n"
        "“An ninh, trật tự không phải là việc riêng của lực lượng Công an mà là trách nhiệm của cả hệ thống "
        "chính trị”, Thứ trưởng nhấn mạnh.\n\n"
        "“Các đơn vị phải xử lý nghiêm mọi vi phạm”, Thứ trưởng nhấn mạnh.", "2024-04")
    assert [(d.verb, d.text[:12]) for d in found] == [
        ("đề nghị", "Phát biểu kế"), ("nhấn mạnh", "“Các đơn vị ")]


def test_the_border_guard_written_short_and_a_bank_branch_are_addressees() -> None:
    found = directives_of(
        "Sáng 10/1, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Giang tổng kết công tác năm 2023.\n\n"
        "Phát biểu tại hội nghị, đồng chí Nguyễn Văn Sơn, Chủ tịch UBND tỉnh đề nghị BĐBP tỉnh tiếp tục quản "
        "lý chặt chẽ đường biên giới.\n\n"
        "Đồng chí cũng đề nghị Ngân hàng Nhà nước chi nhánh tỉnh chỉ đạo các ngân hàng thương mại hỗ trợ vốn "
        "cho người dân vùng biên.", "2024-01")
    assert [d.addressee for d in found] == ["BĐBP tỉnh", "Ngân hàng Nhà nước chi nhánh tỉnh"]


def test_businesses_named_by_what_they_provide_are_asked_whole() -> None:
    found = directives_of(
        "Sáng 3/6, Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao, Bộ Công an tổ chức hội "
        "thảo về phòng, chống tội phạm lừa đảo trên không gian mạng.\n\n"
        "Phát biểu kết luận, Thiếu tướng Lê Văn Bình yêu cầu các doanh nghiệp cung cấp dịch vụ viễn thông "
        "tại Việt Nam tuân thủ quy định về quản lý thuê bao di động.", "2024-06")
    assert [d.addressee for d in found] == ["các doanh nghiệp cung cấp dịch vụ viễn thông tại Việt Nam"]


def test_a_newspaper_and_a_broadcaster_opening_a_task_are_its_addressees() -> None:
    found = directives_of(
        "Chủ tịch UBND tỉnh Hà Nam Trần Văn Bình vừa ký ban hành Công điện về tăng cường bảo đảm trật tự, an "
        "toàn giao thông dịp Tết Nguyên đán.\n\n"
        "Chủ tịch UBND tỉnh yêu cầu các sở, ngành, địa phương thực hiện nghiêm các nhiệm vụ sau:\n\n"
        "1. Công an tỉnh chỉ đạo lực lượng Cảnh sát giao thông tăng cường tuần tra, kiểm soát.\n\n"
        "2. Báo Hà Nam, Đài Phát thanh và Truyền hình tỉnh tăng cường tuyên truyền về an toàn giao thông.",
        "2024-01")
    assert [d.addressee for d in found] == [
        "các sở, ngành, địa phương", "Công an tỉnh", "Báo Hà Nam, Đài Phát thanh và Truyền hình tỉnh"]
