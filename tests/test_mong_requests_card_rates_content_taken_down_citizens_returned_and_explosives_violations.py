"""The left items of rounds 30-34 (branch fixleft): a request told with "mong", the bracketed rate of the
identity-card files, online content taken down among a past year's deeds, citizens handed back across the
border, and the violations an explosives inspection found.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from directive_reading import directives_of, who_asks_whom
from extraction_reading import extracted, figures_of

_MEETING = ("Sáng 20/12, Đại tá Lê Văn Tâm, Giám đốc Công an tỉnh Cà Mau làm việc với Công an huyện Năm Căn "
            "về công tác bảo đảm an ninh, trật tự dịp cuối năm.\n\n"
            "Đại tá Lê Văn Tâm ghi nhận kết quả của đơn vị. ")


def test_mong_with_whom_it_asks_is_a_request() -> None:
    found = directives_of(_MEETING + "Ông mong người dân chấp hành nghiêm quy định về khai thác thủy "
                          "sản, kịp thời báo tin về tội phạm cho lực lượng Công an.", "2023-12")
    assert who_asks_whom(found) == [("Lê Văn Tâm", "mong", "người dân")]


def test_an_interviewees_mong_is_his_request() -> None:
    found = directives_of(
        "Nhân dịp năm mới, phóng viên có cuộc trao đổi với Đại tá Lê Văn Tâm, Giám đốc Công an tỉnh "
        "Cà Mau.\n\n"
        "PV: Đồng chí có kiến nghị gì với nhân dân?\n\n"
        "Đại tá Lê Văn Tâm: Tôi đề nghị UBND tỉnh tiếp tục đầu tư trang thiết bị cho Công an xã. "
        "Chúng tôi cũng mong nhân dân tiếp tục phối hợp với Công an xã giữ gìn an ninh, trật tự ở khu dân "
        "cư.", "2024-01")
    assert who_asks_whom(found) == [("Lê Văn Tâm", "đề nghị", "UBND tỉnh"),
                                    ("Lê Văn Tâm", "mong", "nhân dân")]


def test_mong_as_a_wish_of_ones_own_or_in_a_compound_asks_nothing() -> None:
    for sentence in ("Ông mong được tiếp tục làm việc với Công an huyện trong thời gian tới.",
                     "Ông mong cho nhân dân trong huyện được đón Tết an toàn, vui vẻ.",
                     "Người dân trông mong vào lực lượng Công an xã trong công tác giữ gìn trật tự.",
                     "Ông cho rằng hy vọng phá án sớm là mong manh nếu không có tin báo của nhân dân."):
        assert directives_of(_MEETING + sentence, "2023-12") == [], sentence


def test_a_bracketed_rate_after_the_identity_card_files_is_the_card_rate() -> None:
    ex = extracted(
        "Công an tỉnh Phú Yên sơ kết Đề án 06\n\n"
        "Sáng 10/5, Công an tỉnh Phú Yên sơ kết công tác triển khai Đề án 06.\n\n"
        "Đến nay, Công an tỉnh đã thu nhận 612.300 hồ sơ cấp căn cước công dân gắn chip (đạt 97,4%); "
        "thu nhận 402.100 hồ sơ định danh điện tử mức độ 2.", "2023-05")
    assert ("id_card_rate", 97.4, "%") in figures_of(ex)
    assert not any(key == "electronic_ids" and unit == "%" for key, _, unit in figures_of(ex))


def test_content_taken_down_among_a_past_years_deeds_is_a_figure_not_a_goal() -> None:
    ex = extracted(
        "Bảo vệ trẻ em trên không gian mạng\n\n"
        "Sáng 3/6, Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao tổ chức hội thảo về "
        "bảo vệ trẻ em trên không gian mạng.\n\n"
        "Theo Đại tá Nguyễn Văn Long, năm 2023, Cục đã xử lý 21 vụ việc xâm hại trẻ em trên mạng; "
        "yêu cầu các mạng xã hội gỡ bỏ 1.430 video, hình ảnh có nội dung độc hại.", "2024-06")
    assert ("harmful_content_removed", 1430, "video, hình ảnh") in figures_of(ex)
    assert ex.targets == []


def test_citizens_received_from_across_the_border_are_repatriated() -> None:
    ex = extracted(
        "Công an tỉnh An Giang hội đàm với Sở Cảnh sát tỉnh Takeo\n\n"
        "Sáng 6/3, Công an tỉnh An Giang hội đàm với Sở Cảnh sát tỉnh Takeo, Vương quốc Campuchia.\n\n"
        "Năm 2023, hai bên đã phối hợp bắt, trao trả 9 đối tượng truy nã; tiếp nhận 148 công dân Việt Nam "
        "xuất cảnh trái phép sang làm việc tại các sòng bạc.", "2024-03")
    assert ("citizens_repatriated", 148, "công dân") in figures_of(ex)


def test_violations_an_explosives_inspection_found_are_explosives_violations() -> None:
    text = ("Công an tỉnh Ninh Bình kiểm tra vật liệu nổ công nghiệp\n\n"
            "Ngày 12/5, Công an tỉnh Ninh Bình kiểm tra công tác bảo đảm an ninh, trật tự tại các mỏ đá.\n\n"
            "Từ đầu năm đến nay, lực lượng Cảnh sát quản lý hành chính đã kiểm tra 24 lượt cơ sở sử dụng vật "
            "liệu nổ công nghiệp, phát hiện 3 trường hợp vi phạm, phạt tiền 45 triệu đồng.")
    assert ("explosives_violations", 3, "trường hợp") in figures_of(extracted(text, "2022-05"))
    # an inspection that names no field gives its violations no key of one
    other = extracted(text.replace("sử dụng vật liệu nổ công nghiệp", "kinh doanh karaoke"), "2022-05")
    assert not any(key == "explosives_violations" for key, _, _ in figures_of(other))
