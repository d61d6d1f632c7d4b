"""Directives of round 28's classes: a quoted rule with its sanction, a request the police never make,
and an addressee that ends where its action begins.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from directive_reading import directives_of

from chidao.model import Directive


def _directives(text: str, date: str = "2024-09") -> list[Directive]:
    return directives_of(text, date)


def test_a_quoted_rule_with_its_sanction_and_the_speaker_after_it_is_a_directive() -> None:
    found = _directives(
        "Sáng 4/9, Đại tá Lê Văn Bình, Giám đốc Công an tỉnh Hậu Giang dự lễ ra quân kiểm tra an toàn phòng "
        "cháy.\n\n"
        "\"Quán karaoke nào không có lối thoát hiểm thì không cho mở cửa\", ông Bình nói.\n")
    quoted = [d for d in found if d.text.startswith('"Quán karaoke')]
    assert [(d.speaker, d.verb) for d in quoted] == [("Lê Văn Bình", "nói")]


def test_what_the_police_never_ask_is_no_request() -> None:
    found = _directives(
        "Công an tỉnh Bình Phước cảnh báo thủ đoạn lừa đảo qua mạng.\n\n"
        "Cơ quan công an không bao giờ yêu cầu người dân cung cấp mã OTP qua điện thoại.\n")
    assert all("không bao giờ" not in d.text for d in found)


def test_the_addressee_stops_where_blocking_or_suppressing_begins() -> None:
    found = _directives(
        "Thứ trưởng Công an Nguyễn Văn Long đề nghị tỉnh chặn hàng lậu ngay từ cửa khẩu.\n\n"
        "Thứ trưởng Nguyễn Văn Long yêu cầu Công an tỉnh trấn áp các băng nhóm đòi nợ thuê.\n")
    assert [d.addressee for d in found] == ["tỉnh", "Công an tỉnh"]
