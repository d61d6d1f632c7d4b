"""Round 41's classes of goals, commitments and figures (branch fix41b): jobs a body pledges to people (a
commitment of kind other, no goal), a share of a body's staff sent to a task (no figure), the hours a
take-down is bound to (content_removal_hours), fake goods seized counted by the item, what one store holds,
and a deadline day written without "ngày".

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from extraction_reading import commitments_of, commitments_read, extracted, figures_of

from chidao.extract.periods import find_deadline

_PRISON = ("Sáng 1-9, Trại giam Phước Hòa thuộc Tổng cục Cảnh sát thi hành án hình sự, Bộ Công an tổ chức lễ "
           "công bố quyết định đặc xá và trao giấy chứng nhận đặc xá cho 320 phạm nhân.\n\n")


def test_a_companys_pledge_to_take_the_released_into_work_is_a_commitment_not_a_goal() -> None:
    text = _PRISON + "Dịp này, Công ty TNHH May Bình An cam kết tiếp nhận 45 người được đặc xá vào làm việc."
    ex = extracted(text, "2021-09")
    assert ex.targets == []
    found = commitments_of(text, "2021-09")
    assert commitments_read(found) == [("other", 45, "người", "Công ty TNHH May Bình An", None)]
    assert found[0].text == "tiếp nhận 45 người được đặc xá vào làm việc"


def test_jobs_pledged_to_people_are_a_commitment_of_kind_other() -> None:
    text = _PRISON + "Công ty TNHH May Bình An sẽ tạo việc làm cho 30 người chấp hành xong án phạt tù."
    ex = extracted(text, "2021-09")
    assert ex.targets == []
    assert [(c.kind, c.amount, c.unit) for c in ex.commitments] == [("other", 30, "người")]


def test_help_pledged_to_people_loans_a_trade_or_hiring_is_a_commitment_of_kind_other() -> None:
    for pledge, words in (
            ("Hội Doanh nghiệp huyện cam kết hỗ trợ vốn vay cho 20 người chấp hành xong án phạt tù.",
             "hỗ trợ vốn vay cho 20 người"),
            ("Ngân hàng Chính sách xã hội huyện cam kết cho 15 người được đặc xá vay vốn.",
             "cho 15 người được đặc xá vay vốn"),
            ("Công ty TNHH Minh Long cam kết tuyển dụng 40 người được đặc xá.",
             "tuyển dụng 40 người được đặc xá"),
            ("Công ty TNHH Minh Long cam kết hỗ trợ việc làm cho 40 người được đặc xá.",
             "hỗ trợ việc làm cho 40 người")):
        ex = extracted(_PRISON + pledge, "2021-09")
        assert ex.targets == [], pledge
        assert [(c.kind, c.text) for c in ex.commitments] == [("other", words)], pledge
        assert len(ex.indicators) == 1, pledge  # the lead's amnesty only


def test_the_released_a_locality_takes_in_are_no_staff_and_police_recruits_stay_staffing() -> None:
    ex = extracted(_PRISON + "Chính quyền địa phương sẽ tiếp nhận 320 người được đặc xá về cư trú.",
                   "2021-09")
    assert ex.commitments == []
    ex = extracted(_PRISON + "Công an tỉnh sẽ tuyển dụng 40 người vào lực lượng Công an nhân dân.", "2021-09")
    assert [(c.kind, c.amount) for c in ex.commitments] == [("staffing", 40)]


def test_jobs_given_are_no_pledge_and_staff_taken_on_by_a_police_stay_staffing() -> None:
    # given already: a result, no commitment
    ex = extracted(_PRISON + "Năm 2021, Công ty TNHH May Bình An đã tiếp nhận 45 người được đặc xá vào làm "
                   "việc.", "2021-09")
    assert ex.commitments == [] and ex.targets == []
    # a police's own staff pledged: staffing, as before
    ex = extracted(_PRISON + "Công an tỉnh cam kết bố trí 45 người trực chốt tại các xã.", "2021-09")
    assert [(c.kind, c.amount) for c in ex.commitments] == [("staffing", 45)]


_DRIVE = ("Những ngày này, Công an huyện Bảo Lạc huy động 100% cán bộ, chiến sĩ xuống các thôn để thu nhận "
          "hồ sơ cấp thẻ căn cước công dân gắn chip.\n\nTừ ngày 1/3 đến nay, Công an huyện đã thu nhận "
          "12.300 hồ sơ cấp thẻ căn cước công dân.")


def test_a_share_of_the_staff_sent_to_a_task_is_no_figure() -> None:
    ex = extracted(_DRIVE, "2021-04")
    assert [(i.value, i.unit) for i in ex.indicators] == [(12300, "hồ sơ")]
    ex = extracted(_DRIVE.replace("huy động 100% cán bộ, chiến sĩ", "bố trí 100% quân số"), "2021-04")
    assert [(i.value, i.unit) for i in ex.indicators] == [(12300, "hồ sơ")]


def test_a_take_down_bound_in_hours_after_the_bare_verb_is_content_removal_hours() -> None:
    text = ("Ngày 5/10, Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao tổ chức hội nghị về "
            "phòng, chống tin giả.\n\nKết luận hội nghị, Thiếu tướng Trần Văn Bình yêu cầu Công an các địa "
            "phương tăng cường rà soát tin giả. Đối với tin giả xúc phạm cá nhân, phải gỡ bỏ trong vòng 12 "
            "giờ kể từ khi phát hiện.")
    ex = extracted(text, "2024-10")
    assert [(t.metric_key, t.value, t.unit) for t in ex.targets] == [("content_removal_hours", 12, "giờ")]


_GOODS = ("Ngày 20/9, Công an tỉnh Lạng Sơn tổ chức sơ kết công tác đấu tranh chống buôn lậu, gian lận "
          "thương mại và hàng giả.\n\n")


def test_fake_goods_seized_counted_by_the_item_are_contraband_seized() -> None:
    ex = extracted(_GOODS + "9 tháng năm 2020, lực lượng chức năng đã phát hiện 126 vụ buôn lậu, hàng giả; "
                   "thu giữ hơn 8.500 sản phẩm túi xách, giày dép giả nhãn hiệu.", "2020-09")
    assert figures_of(ex) == [("smuggling", 126, "vụ"), ("contraband_seized", 8500, "sản phẩm")]


def test_what_one_store_holds_is_one_cases_fact() -> None:
    ex = extracted("Phát hiện kho chứa hơn 5.000 sản phẩm giả nhãn hiệu ở Lạng Sơn\n\n" + _GOODS
                   + "9 tháng năm 2020, lực lượng chức năng đã phát hiện 126 vụ buôn lậu, hàng giả.",
                   "2020-09")
    assert figures_of(ex) == [("smuggling", 126, "vụ")]


def test_a_day_without_ngay_is_a_deadline_only_with_its_year() -> None:
    assert find_deadline("hoàn thành trước 30/6/2026", 0, 26) is not None
    assert find_deadline("hoàn thành trước 30/6/2026", 0, 26).value == "2026-06-30"
    assert find_deadline("đến 31-12-2025 đạt 100%", 0, 23, "2025").value == "2025-12-31"
    # a day and month alone, or a fraction, is none
    assert find_deadline("trước 30/6 phải xong", 0, 20, "2025") is None
    assert find_deadline("giải quyết trước 2/3 số vụ", 0, 26, "2025") is None


def test_a_titles_goal_takes_its_day_written_without_ngay() -> None:
    text = ("Bộ trưởng: Kiểm tra 100% cơ sở kinh doanh karaoke, quán bar trước 31/12/2025\n\nNgày 3/9, Bộ "
            "Công an tổ chức hội nghị bảo đảm an ninh, trật tự.\n\nBộ trưởng yêu cầu Công an các địa phương "
            "kiểm tra 100% cơ sở kinh doanh karaoke, quán bar trước ngày 31/12/2025.")
    ex = extracted(text, "2025-09")
    assert [t.deadline for t in ex.targets] == ["2025-12-31", "2025-12-31"]


_SUBSCRIBERS = ("Ngày 12/3, Bộ Công an tổ chức hội nghị phòng, chống tội phạm lừa đảo trên không gian "
                "mạng, bảo đảm an ninh, trật tự.\n\n")


def test_subscribers_cleaned_and_their_records_standardized_are_two_rates() -> None:
    ex = extracted(_SUBSCRIBERS + "Bộ trưởng yêu cầu các doanh nghiệp viễn thông làm sạch 100% thuê bao di "
                   "động không chính chủ trước ngày 30/9/2025.", "2025-03")
    assert [(t.metric_key, t.deadline) for t in ex.targets] == [
        ("subscriber_data_cleaned_rate", "2025-09-30")]
    ex = extracted(_SUBSCRIBERS + "Bộ trưởng yêu cầu các doanh nghiệp viễn thông chuẩn hóa 100% thông tin "
                   "thuê bao di động trước ngày 30/9/2025.", "2025-03")
    assert [t.metric_key for t in ex.targets] == ["subscriber_data_standardized_rate"]


_YEAR = ("Sáng 10-1, Công an huyện Tân Phú tổ chức hội nghị tổng kết công tác bảo đảm an ninh, trật tự năm "
         "2021.\n\n")


def test_work_given_to_the_released_is_counted_by_the_deed_not_by_who_they_are() -> None:
    ex = extracted(_YEAR + "Năm 2021, các doanh nghiệp đã giới thiệu việc làm cho 120 người chấp hành xong "
                   "án phạt tù.", "2022-01")
    assert [(i.metric_key, i.value, i.text) for i in ex.indicators] == [
        ("released_prisoners_employed", 120, "giới thiệu việc làm cho 120 người")]
    # with no deed right before the count, the people taken in are counted as before
    ex = extracted(_YEAR + "Năm 2021, toàn huyện tiếp nhận 150 người chấp hành xong án phạt tù về cư trú.",
                   "2022-01")
    assert figures_of(ex) == [("released_prisoners_received", 150, "người")]
