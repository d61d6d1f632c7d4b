"""Gifts' receivers, staff deployments told as done, and an interviewee's request under "Chúng tôi": poor
households stop before the place they live in, a gift's word ("quà Tết") before its receiver, staff deployed
as done (comrades placed, communes given their regular police "với N cán bộ, chiến sĩ") are staffing
commitments, and "Chúng tôi mong / đề nghị người dân …" in an interview's answer is the interviewee's request,
while "Chúng tôi phấn đấu / đặt mục tiêu …" asks no one.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from directive_reading import directives_of, who_asks_whom
from extraction_reading import extracted

_VISIT = ("Sáng 25-1, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Giang thăm, chúc Tết Đồn Biên phòng Thanh "
          "Thủy.\n\n")


def test_poor_households_receive_the_gift_not_the_communes_they_live_in() -> None:
    ex = extracted(_VISIT + "Dịp này, Bộ Chỉ huy Bộ đội Biên phòng tỉnh trao 80 suất quà cho các hộ nghèo "
                   "của 2 xã biên giới.", "2017-01")
    assert [(c.amount, c.receiver) for c in ex.commitments] == [(80, "các hộ nghèo")]


def test_a_gifts_word_before_its_receiver() -> None:
    ex = extracted(_VISIT + "Dịp này, Bộ Chỉ huy Bộ đội Biên phòng tỉnh trao 150 suất quà Tết cho các hộ "
                   "nghèo, mỗi suất trị giá 500.000 đồng.", "2017-01")
    gift = ex.commitments[0]
    assert (gift.amount, gift.receiver) == (150, "các hộ nghèo")
    assert gift.text.endswith("trao 150 suất quà Tết cho các hộ nghèo")


def test_a_gifts_own_receiver_after_its_word_is_not_the_gift_before() -> None:
    ex = extracted(_VISIT + "Dịp này, Bộ Chỉ huy Bộ đội Biên phòng tỉnh trao 100 suất quà cho các hộ nghèo; "
                   "trao 3 con bò giống cho 3 hộ đặc biệt khó khăn ở thôn Lùng Càng.", "2017-01")
    assert [(c.amount, c.receiver) for c in ex.commitments] == [(100, "các hộ nghèo"), (3, None)]


_REVIEW = ("Ngày 28-12, Công an huyện Lục Yên tổ chức hội nghị tổng kết công tác năm 2021.\n\n")


def test_comrades_placed_by_a_verb_before_them_are_staff_deployed() -> None:
    ex = extracted(_REVIEW + "Năm 2021, Công an huyện hoàn thành bố trí 112 đồng chí Công an chính quy đảm "
                   "nhiệm các chức danh Công an xã tại 24/24 xã, thị trấn.", "2021-12")
    assert [(c.kind, c.amount, c.unit) for c in ex.commitments] == [("staffing", 112, "đồng chí")]
    # comrades counted in a unit's strength are none
    ex = extracted(_REVIEW + "Hiện Đội Cảnh sát giao thông có 30 cán bộ, chiến sĩ, trong đó 9 đồng chí là "
                   "đảng viên.", "2021-12")
    assert ex.commitments == []


def test_staff_a_deployment_is_told_with_are_staffing() -> None:
    ex = extracted(_REVIEW + "Về xây dựng lực lượng, 100% xã, thị trấn đã được bố trí Công an chính quy với "
                   "276 cán bộ, chiến sĩ; có 12 tập thể được khen thưởng.", "2021-12")
    assert [(c.kind, c.amount, c.receiver, c.text) for c in ex.commitments] == [
        ("staffing", 276, None, "được bố trí Công an chính quy với 276 cán bộ, chiến sĩ")]


_INTERVIEW = ("Công an huyện Châu Thành: Giữ vững bình yên cho người dân\n\nNhân dịp cuối năm, phóng viên "
              "có cuộc trao đổi với Thượng tá Lê Văn Tâm, Trưởng Công an huyện Châu Thành, về công tác bảo "
              "đảm an ninh, trật tự.\n\nPV: Xin đồng chí cho biết kết quả công tác năm qua?\n\n")


def test_an_interviewees_request_under_we_is_his() -> None:
    found = directives_of(_INTERVIEW + "Thượng tá Lê Văn Tâm: Năm qua, tội phạm giảm 10%. Chúng tôi mong "
                          "người dân tích cực tố giác tội phạm, không tiếp tay cho kẻ xấu.", "2014-12")
    assert who_asks_whom(found) == [("Lê Văn Tâm", "mong", "người dân")]
    found = directives_of(_INTERVIEW + "Thượng tá Lê Văn Tâm: Chúng tôi cũng đề nghị các cấp chính quyền "
                          "quan tâm hơn nữa đến công tác này.", "2014-12")
    assert who_asks_whom(found) == [("Lê Văn Tâm", "đề nghị", "các cấp chính quyền")]


def test_the_goals_of_the_interviewees_body_ask_no_one() -> None:
    for sentence in ("Chúng tôi phấn đấu năm 2015 kéo giảm 5% số vụ phạm pháp hình sự.",
                     "Chúng tôi đặt mục tiêu năm 2015 kéo giảm 5% số vụ phạm pháp hình sự.",
                     "Chúng tôi mong được cấp trên quan tâm đầu tư trang thiết bị."):
        found = directives_of(_INTERVIEW + "Thượng tá Lê Văn Tâm: " + sentence, "2014-12")
        assert found == [], sentence


def test_the_school_a_report_is_about_receives_what_is_given_to_nha_truong() -> None:
    ex = extracted("Sáng 5-9, Phòng Cảnh sát giao thông Công an tỉnh Long An phối hợp với Trường THPT Tân An "
                   "tổ chức chương trình \"An toàn giao thông cho nụ cười ngày mai\".\n\nDịp này, Phòng "
                   "Cảnh sát giao thông trao tặng nhà trường 300 mũ bảo hiểm đạt chuẩn.", "2023-09")
    assert [(c.amount, c.receiver) for c in ex.commitments] == [(300, "Trường THPT Tân An")]


def test_a_department_by_its_code_is_the_one_written_in_full_with_it() -> None:
    ex = extracted("Từ ngày 3 đến 5/10, Đoàn kiểm tra của Cục Cảnh sát quản lý hành chính về trật tự xã "
                   "hội (C06), Bộ Công an kiểm tra công tác quản lý vũ khí tại Công an tỉnh Kon Tum.\n\nDịp "
                   "này, Cục C06 hỗ trợ Công an tỉnh 200 triệu đồng kinh phí phục vụ công tác tiêu hủy vũ "
                   "khí.", "2022-10")
    assert [(c.amount, c.giver) for c in ex.commitments] == [
        (200, "Cục Cảnh sát quản lý hành chính về trật tự xã hội")]


def test_works_on_a_bodys_own_things_are_for_that_body() -> None:
    ex = extracted("Ngày 12-3, UBND tỉnh Kiên Giang làm việc với Đồn Biên phòng Hòn Sơn về công tác bảo vệ "
                   "chủ quyền biển đảo.\n\nDịp này, UBND tỉnh hỗ trợ 3 tỷ đồng để sửa chữa các trạm quan sát "
                   "của Đồn Biên phòng Hòn Sơn.", "2019-03")
    assert [(c.amount, c.receiver) for c in ex.commitments] == [(3, "Đồn Biên phòng Hòn Sơn")]


def test_the_unit_given_to_is_the_unit_the_report_is_about() -> None:
    ex = extracted("Bí thư Tỉnh ủy thăm Đồn Biên phòng Pa Nậm Cúm\n\nNgày 20/1/2018, đồng chí Nguyễn Văn "
                   "Hải, Bí thư Tỉnh ủy Lai Châu đã đến thăm, làm việc tại Đồn Biên phòng Pa Nậm Cúm.\n\n"
                   "Nhân dịp đón Tết, Bí thư Tỉnh ủy đã tặng đơn vị 30 triệu đồng.", "2018-01")
    assert [(c.amount, c.receiver) for c in ex.commitments] == [(30, "Đồn Biên phòng Pa Nậm Cúm")]
