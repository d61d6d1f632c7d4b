"""Round 40's classes of commitments, goals and figures (branch fix40b): a gift given by a head's office
alone and a receiver written without its place's level word, the things agreed money buys, a title's goal
the body sets in the same words, people a request asks to be handed over, and the grassroots teams by
their older name.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from extraction_reading import commitments_of, commitments_read, commitments_read_of, extracted


def test_a_gift_by_a_ministers_office_alone_is_his_ministrys_to_the_body_named_in_full() -> None:
    text = ("Bộ trưởng Công an làm việc với Công an tỉnh Hà Tĩnh\n\n"
            "Sáng 3/5, Bộ trưởng Công an Lê Văn Minh làm việc với Công an tỉnh Hà Tĩnh về công tác "
            "bảo đảm an ninh, trật tự.\n\n"
            "Dịp này, Bộ trưởng trao tặng Công an Hà Tĩnh 3 xe ô tô tuần tra.")
    found = commitments_read_of(text, "2013-05")
    assert found == [("equipment", 3, "xe", "Bộ Công an", "Công an tỉnh Hà Tĩnh")]


_CITY = ("Sáng 10-3, UBND TP Đà Nẵng tổ chức hội nghị triển khai công tác phòng cháy chữa cháy năm "
         "2016, bảo đảm an ninh, trật tự.\n\n")


def test_things_agreed_money_buys_are_their_own_commitment_with_their_receiver() -> None:
    found = commitments_read_of(_CITY + "UBND TP thống nhất bố trí 80 tỷ đồng để mua sắm 9 xe chữa "
                                "cháy và xe cứu nạn cho Cảnh sát PCCC TP Đà Nẵng trong năm 2016.", "2016-03")
    city, police = "UBND TP Đà Nẵng", "Cảnh sát PCCC TP Đà Nẵng"
    assert found == [("funding", 80, "tỷ đồng", city, police), ("equipment", 9, "xe", city, police)]


def test_things_bought_are_spanned_from_their_count_over_a_second_kind_of_the_same_noun() -> None:
    found = commitments_of(_CITY + "UBND TP thống nhất bố trí 80 tỷ đồng để mua sắm 9 xe chữa cháy và "
                           "xe cứu nạn cho Cảnh sát PCCC TP Đà Nẵng.", "2016-03")
    assert [c.text for c in found] == ["bố trí 80 tỷ đồng",
                                       "9 xe chữa cháy và xe cứu nạn cho Cảnh sát PCCC TP Đà Nẵng"]
    # two counts: two things, each spanned alone
    found = commitments_of(_CITY + "UBND TP bố trí 80 tỷ đồng để mua sắm 9 xe chữa cháy và 2 xe thang "
                           "cho Cảnh sát PCCC TP Đà Nẵng.", "2016-03")
    assert [c.text for c in found][1:] == ["9 xe chữa cháy", "2 xe thang cho Cảnh sát PCCC TP Đà Nẵng"]
    assert commitments_read(found)[1][:3] == ("equipment", 9, "xe")


_ASKED = ("Phó Chủ tịch UBND TP yêu cầu Cảnh sát PCCC TP Đà Nẵng kiểm tra 100% cơ sở có nguy cơ "
          "cháy nổ cao trước ngày 30-6-2016.")


def test_a_titles_share_the_body_sets_as_a_goal_in_the_same_words_is_a_target() -> None:
    ex = extracted("Đà Nẵng: Kiểm tra 100% cơ sở có nguy cơ cháy nổ cao\n\n" + _CITY + _ASKED, "2016-03")
    assert [(t.metric_key, t.value, t.deadline) for t in ex.targets] == [
        ("fire_safety_inspection_rate", 100, None), ("fire_safety_inspection_rate", 100, "2016-06-30")]
    assert all(i.unit != "%" for i in ex.indicators)


def test_a_titles_share_the_body_does_not_set_as_a_goal_is_no_target() -> None:
    ex = extracted("Đà Nẵng: Kiểm tra 100% cơ sở có nguy cơ cháy nổ cao\n\n" + _CITY
                   + "Phó Chủ tịch UBND TP yêu cầu Cảnh sát PCCC TP Đà Nẵng tăng cường tuyên truyền.",
                   "2016-03")
    assert ex.targets == []


def test_people_a_request_asks_to_be_handed_over_are_no_goal_and_no_figure() -> None:
    ex = extracted("Sáng 5-7, Công an tỉnh Đồng Tháp hội đàm với Ty Cảnh sát tỉnh Prey Veng về hợp tác "
                   "bảo đảm an ninh, trật tự khu vực biên giới.\n\n"
                   "Năm qua, hai bên đã truy bắt và bàn giao 9 đối tượng truy nã. Công an tỉnh Đồng Tháp "
                   "đề nghị phía bạn hỗ trợ xác minh, bàn giao 4 đối tượng truy nã đang lẩn trốn tại Prey "
                   "Veng.", "2012-07")
    assert ex.targets == []
    assert [(i.metric_key, i.value) for i in ex.indicators] == [("wanted_arrested", 9)]


def test_grassroots_security_teams_by_their_older_name_are_counted() -> None:
    ex = extracted("Sáng 20-9, Ban Chỉ đạo 138 tỉnh Nam Định tổng kết công tác phòng, chống tội phạm, "
                   "bảo đảm an ninh, trật tự.\n\n"
                   "Toàn tỉnh hiện có 3.125 tổ an ninh nhân dân hoạt động hiệu quả.", "2010-09")
    assert [(i.metric_key, i.value, i.unit) for i in ex.indicators] == [("security_teams", 3125, "tổ")]
