"""A fraud warning's scammers' demands told after a clause of time or condition, and the ends of addressees:
a body asked to speed something up, members asked "theo chức năng, nhiệm vụ", and the investigating agency
named by its common name with the procuracy.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from directive_reading import directives_of, who_asks_whom

_WARNING = ("Công an tỉnh Tây Ninh cảnh báo thủ đoạn lừa đảo đầu tư tiền ảo\n\n"
            "Ngày 3-4, Công an tỉnh Tây Ninh phát đi cảnh báo về thủ đoạn lừa đảo mời đầu tư tiền ảo trên "
            "mạng xã hội. ")
_ADVICE = ("\n\nCông an tỉnh khuyến cáo người dân không chuyển tiền cho người lạ, khi phát hiện dấu hiệu lừa "
           "đảo cần báo ngay cho cơ quan công an.")


def test_the_scammers_demands_after_a_clause_of_time_ask_nothing() -> None:
    for sentence in (
            "Sau khi nạn nhân nạp tiền lần đầu, các đối tượng yêu cầu nạp thêm để rút lợi nhuận.",
            "Khi bị hỏi lại, đối tượng đề nghị bị hại cung cấp mã OTP để \"xác thực\" tài khoản.",
            "Sau đó, kẻ gian yêu cầu người bị hại cài đặt ứng dụng lạ vào điện thoại.",
            "Nếu nạn nhân chần chừ, những đối tượng giả danh nhân viên sàn yêu cầu chuyển tiền ngay.",
            "Lúc này, nhóm đối tượng hướng dẫn nạn nhân chuyển toàn bộ số tiền vào tài khoản chỉ định."):
        found = directives_of(_WARNING + sentence + _ADVICE, "2024-04")
        assert who_asks_whom(found) == [(None, "khuyến cáo", "người dân")], sentence


def test_the_polices_request_after_a_clause_naming_the_scammers_stays() -> None:
    found = directives_of(
        _WARNING + "Khi phát hiện các đối tượng có dấu hiệu lừa đảo, Công an tỉnh yêu cầu Công an các huyện "
        "khẩn trương xác minh, xử lý.", "2024-04")
    assert who_asks_whom(found) == [(None, "yêu cầu", "Công an các huyện")]


_REVIEW = ("Sáng 8-4, Ban Chỉ đạo 138 tỉnh Thái Bình tổ chức hội nghị giao ban công tác phòng, chống tội "
           "phạm quý I/2015. Đồng chí Nguyễn Hồng Diên, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì "
           "hội nghị.\n\n"
           "Quý I, toàn tỉnh xảy ra 120 vụ phạm pháp hình sự. ")


def test_an_addressee_ends_before_the_speed_up_it_is_asked() -> None:
    found = directives_of(_REVIEW + "Đồng chí Nguyễn Hồng Diên đề nghị các sở, ngành đẩy nhanh việc giải "
                          "quyết đơn thư của công dân.", "2015-04")
    assert who_asks_whom(found) == [("Nguyễn Hồng Diên", "đề nghị", "các sở, ngành")]


def test_an_addressee_ends_before_its_remit() -> None:
    for sentence, asked in (
            ("Đồng chí Nguyễn Hồng Diên yêu cầu các sở, ngành theo chức năng, nhiệm vụ được giao chủ động "
             "phối hợp với Công an tỉnh phòng, chống tội phạm.", "các sở, ngành"),
            ("Đồng chí Nguyễn Hồng Diên đề nghị UBND các huyện theo thẩm quyền xử lý dứt điểm các điểm "
             "nóng về trật tự.", "UBND các huyện")):
        found = directives_of(_REVIEW + sentence, "2015-04")
        assert [d.addressee for d in found] == [asked], sentence


def test_the_investigating_agency_with_the_procuracy_is_one_addressee() -> None:
    found = directives_of(_REVIEW + "Đồng chí Nguyễn Hồng Diên đề nghị Cơ quan điều tra và Viện kiểm sát "
                          "hai cấp phối hợp chặt chẽ, bảo đảm xử lý nghiêm các vụ án.", "2015-04")
    assert who_asks_whom(found) == [
        ("Nguyễn Hồng Diên", "đề nghị", "Cơ quan điều tra và Viện kiểm sát hai cấp")]
