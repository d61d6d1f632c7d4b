"""Addressees the earlier passes left: a body given its goal after the request ("Tòa án … phấn đấu …"),
whoever a relative clause after "những ai" names, units named by what they receive, owners and managers of
buildings written in lower case, a police force by its branch, a steering committee written short, and an
addressee after a time that opens the request ("yêu cầu trong 6 tháng cuối năm, cấp ủy, ủy ban kiểm
tra các cấp …").

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from directive_reading import directives_of, who_asks_whom

_LEAD = ("Công an tỉnh Hà Nam sơ kết công tác 6 tháng đầu năm 2016\n\nSáng 8-7, Công an tỉnh Hà Nam tổ chức "
         "hội nghị sơ kết công tác 6 tháng đầu năm 2016. Đồng chí Trần Xuân Dưỡng, Phó Chủ tịch UBND tỉnh, "
         "dự và phát biểu chỉ đạo.\n\n")
_WHO = "Trần Xuân Dưỡng"


def test_a_body_given_its_goal_after_the_request_is_its_addressee() -> None:
    found = directives_of(_LEAD + "Đồng chí Trần Xuân Dưỡng đề nghị các ngành khối nội chính phối hợp chặt "
                          "chẽ. Công an tỉnh chủ động nắm chắc tình hình. Viện kiểm sát nhân dân tỉnh phấn "
                          "đấu trong năm 2016 giải quyết 100% số vụ án thụ lý, không để án quá hạn.",
                          "2016-07")
    assert [d.addressee for d in found] == ["các ngành khối nội chính", "Công an tỉnh",
                                           "Viện kiểm sát nhân dân tỉnh"]


def test_whoever_a_relative_clause_names_is_asked_whole() -> None:
    found = directives_of(_LEAD + "Cơ quan Cảnh sát điều tra đề nghị những ai là nạn nhân của nhóm đối "
                          "tượng trên liên hệ với Công an tỉnh để phối hợp giải quyết.", "2016-07")
    assert who_asks_whom(found) == [(None, "đề nghị", "những ai là nạn nhân của nhóm đối tượng trên")]


def test_units_named_by_what_they_receive_are_asked_the_verb_after() -> None:
    found = directives_of(_LEAD + "Đồng chí Trần Xuân Dưỡng đề nghị các địa phương tiếp nhận quan tâm tạo "
                          "việc làm cho người chấp hành xong án phạt tù.", "2016-07")
    assert who_asks_whom(found) == [(_WHO, "đề nghị", "các địa phương tiếp nhận")]
    # units asked to receive something: "tiếp nhận" is their task
    found = directives_of(_LEAD + "Đồng chí Trần Xuân Dưỡng đề nghị các đơn vị tiếp nhận hồ sơ đúng hạn.",
                          "2016-07")
    assert who_asks_whom(found) == [(_WHO, "đề nghị", "các đơn vị")]


def test_owners_and_managers_of_buildings_in_lower_case_are_asked() -> None:
    found = directives_of(_LEAD + "Đồng chí Trần Xuân Dưỡng yêu cầu chủ đầu tư, ban quản lý các khu chung "
                          "cư khắc phục ngay các tồn tại về phòng cháy, chữa cháy.", "2016-07")
    assert who_asks_whom(found) == [(_WHO, "yêu cầu", "chủ đầu tư, ban quản lý các khu chung cư")]


def test_a_police_force_by_its_branch_and_a_steering_committee_written_short_are_asked() -> None:
    found = directives_of(_LEAD + "Đồng chí Trần Xuân Dưỡng giao Cảnh sát giao thông tỉnh phối hợp với "
                          "UBND các huyện rà soát các điểm đen.", "2016-07")
    assert who_asks_whom(found) == [(_WHO, "giao", "Cảnh sát giao thông tỉnh")]
    found = directives_of(_LEAD + "Đồng chí Trần Xuân Dưỡng đề nghị BCĐ 138 huyện chỉ đạo Công an huyện "
                          "phối hợp chặt chẽ; mỗi thôn phải có ít nhất 1 tổ tự quản.", "2016-07")
    assert who_asks_whom(found) == [(_WHO, "đề nghị", "BCĐ 138 huyện")]


def test_an_addressee_after_a_time_opening_the_request() -> None:
    found = directives_of(_LEAD + "Đồng chí yêu cầu trong 6 tháng cuối năm, cấp ủy, ủy ban kiểm tra các "
                          "cấp tiếp tục kiểm tra tổ chức đảng khi có dấu hiệu vi phạm.", "2016-07")
    assert who_asks_whom(found) == [(_WHO, "yêu cầu", "cấp ủy, ủy ban kiểm tra các cấp")]


def test_a_post_and_the_two_forces_just_asked_are_given_their_own_tasks() -> None:
    found = directives_of(_LEAD + "Đồng chí Trần Xuân Dưỡng yêu cầu Đồn Biên phòng Cửa khẩu tiếp tục duy "
                          "trì các tổ tuần tra. Đồn phối hợp chặt chẽ với chính quyền các xã biên giới.",
                          "2016-07")
    assert [d.addressee for d in found] == ["Đồn Biên phòng Cửa khẩu", "Đồn"]
    found = directives_of(_LEAD + "Đồng chí Trần Xuân Dưỡng yêu cầu Bộ Chỉ huy Quân sự tỉnh và Công an "
                          "tỉnh thực hiện nghiêm Nghị định 77. Hai lực lượng thường xuyên trao đổi thông "
                          "tin, không để bị động.", "2016-07")
    assert [d.addressee for d in found] == ["Bộ Chỉ huy Quân sự tỉnh và Công an tỉnh", "Hai lực lượng"]
    found = directives_of(_LEAD + "Đồng chí Trần Xuân Dưỡng yêu cầu Phòng Cảnh sát hình sự chủ động "
                          "nắm tình hình. Phòng Cảnh sát giao thông bố trí lực lượng phân luồng tại các điểm "
                          "thi.", "2016-07")
    assert [d.addressee for d in found] == ["Phòng Cảnh sát hình sự", "Phòng Cảnh sát giao thông"]


def test_handing_in_weapons_an_honour_entrusted_and_a_programmes_goal_ask_nothing() -> None:
    for sentence in ("Đoàn kiểm tra đã kiểm tra công tác vận động toàn dân giao nộp vũ khí, vật liệu nổ tại "
                     "Công an tỉnh.",
                     "Phát biểu tại buổi lễ, ông Trần Xuân Dưỡng chúc mừng Đại tá Nguyễn Văn Bình được Bộ "
                     "Công an tin tưởng giao trọng trách.",
                     "Chương trình đặt mục tiêu đến hết năm 2017 xây dựng thêm 40 căn nhà cho hộ nghèo."):
        assert directives_of(_LEAD + sentence, "2016-07") == [], sentence
