"""Directives of round 37's class pass: a weak verb's assessment whose "yêu cầu" is a noun ("… có yêu cầu
rất cao") asks nothing, a host's reply to a delegation's findings ("Tiếp thu ý kiến của đoàn, … tỉnh sẽ chỉ
đạo khắc phục …") is no order, and "Bà" refers to a woman introduced as "bà" though her name has no "Thị".

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from extraction_reading import extracted


def test_an_assessment_with_a_requirement_as_a_noun_is_no_directive() -> None:
    ex = extracted("Ngày 16/8/2024, Đại tướng Lương Tam Quang, Bộ trưởng Bộ Công an làm việc với Ban "
                   "Thường vụ "
                   "Tỉnh ủy Lạng Sơn.\n\nBộ trưởng nhấn mạnh, Lạng Sơn là địa bàn có vị trí chiến lược "
                   "về quốc "
                   "phòng, an ninh, vì vậy công tác bảo đảm an ninh, trật tự có yêu cầu rất cao.\n\n"
                   "Bộ trưởng yêu cầu Công an tỉnh Lạng Sơn chủ động nắm chắc tình hình.", "2024-08")
    assert [(d.verb, d.addressee) for d in ex.directives] == [("yêu cầu", "Công an tỉnh Lạng Sơn")]


def test_a_host_reply_to_remedy_findings_is_no_directive() -> None:
    ex = extracted("Ngày 8-10-2013, Đoàn kiểm tra của Bộ Công an do Thiếu tướng Nguyễn Văn Hùng làm "
                   "trưởng đoàn "
                   "làm việc tại tỉnh Gia Lai.\n\nTrưởng đoàn Nguyễn Văn Hùng đề nghị Công an tỉnh Gia "
                   "Lai tăng "
                   "cường kiểm tra, hướng dẫn cơ sở.\n\nTiếp thu ý kiến của đoàn, Phó Chủ tịch UBND tỉnh "
                   "Rơ Mah "
                   "Tuấn cho biết, tỉnh sẽ chỉ đạo khắc phục ngay những hạn chế mà đoàn đã chỉ ra.",
                   "2013-10")
    assert [d.verb for d in ex.directives] == ["đề nghị"]


def test_a_woman_named_with_ba_is_the_one_ba_refers_to() -> None:
    ex = extracted("Chiều 23/1/2024, Bộ Công an tổ chức hội nghị trực tuyến sơ kết Đề án 06.\n\n"
                   "Phát biểu tại điểm cầu Hải Phòng, bà Lê Ngọc Lan, Phó Chủ tịch UBND thành phố Hải "
                   "Phòng cho "
                   "biết, thành phố đã triển khai nhiều mô hình. Bà đề xuất Bộ Công an sớm hướng dẫn "
                   "việc tích hợp "
                   "sổ sức khỏe điện tử vào ứng dụng VNeID.", "2024-01")
    assert [(d.speaker, d.verb) for d in ex.directives] == [("Lê Ngọc Lan", "đề xuất")]
