"""Round 42's classes of goals, gifts and figures (branch fix42b): a count a body pledges to finish by a
later day (a goal, no figure), the second item of a gift after "và" counted by the item, the premises in
breach and the fines of a fire inspection, complaints counted in "đơn trình báo", one victim's loss, one
ring's members held and what suspects confess to (no figures), and the fields: a norm of campaigns, the
post-2025 commune police's headquarters, addicts sent to rehab, online applications, and a running total to a
day (no period).

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from extraction_reading import commitments_read_of, extracted, figures_of

_COMMUNE = ("Sáng 5-8, Công an xã Tân Lập tổ chức hội nghị triển khai nhiệm vụ công tác bảo đảm an ninh, "
            "trật "
            "tự sau khi tiếp nhận địa bàn.\n\n")


def test_a_count_pledged_to_be_finished_by_a_later_day_is_a_goal_not_a_figure() -> None:
    text = _COMMUNE + ("Phát biểu tại hội nghị, Trưởng Công an xã cam kết sẽ rà soát toàn bộ hồ sơ được "
                       "bàn giao; "
                       "giải quyết dứt điểm 24 vụ việc tồn đọng trước ngày 31/10/2025.")
    ex = extracted(text, "2025-08-06")
    assert [(t.metric_key, t.value, t.unit, t.deadline) for t in ex.targets] == [
        ("backlog_cases", 24, "vụ việc", "2025-10-31")]
    assert ex.indicators == []


def test_a_count_finished_by_a_day_gone_by_or_with_no_pledge_stays_a_figure() -> None:
    # the day is before the report's: a deed told
    text = _COMMUNE + ("Trưởng Công an xã khẳng định đơn vị đã tiếp nhận đầy đủ hồ sơ; giải quyết xong 24 "
                       "vụ việc "
                       "tồn đọng trước ngày 31/7/2025.")
    ex = extracted(text, "2025-08-06")
    assert ex.targets == []
    # no pledge in the sentence: no goal
    text = _COMMUNE + "Công an xã đã giải quyết xong 24 vụ việc tồn đọng trước ngày 31/10/2025."
    assert extracted(text, "2025-08-06").targets == []


_DRILL = ("Sáng 20-10, Công an phường Hòa Bình tổ chức diễn tập phương án chữa cháy tại một khu nhà trọ trên "
          "địa bàn.\n\n")


def test_a_gifts_second_item_after_va_is_counted_by_the_item() -> None:
    text = _DRILL + ("Dịp này, UBND phường Hòa Bình trao tặng khu nhà trọ 20 bình chữa cháy và 8 mặt nạ "
                     "phòng độc.")
    assert [(kind, amount, unit) for kind, amount, unit, *_ in commitments_read_of(text, "2025-10-21")] == [
        ("equipment", 20, "bình"), ("equipment", 8, "mặt nạ")]


def test_the_breaches_and_fines_a_named_fire_inspection_finds_are_fire_figures() -> None:
    text = _DRILL + ("Theo Trưởng Công an phường, địa bàn hiện có 140 nhà trọ; từ đầu năm đến nay, công "
                     "an phường đã "
                     "kiểm tra an toàn phòng cháy 265 lượt cơ sở, phát hiện 31 cơ sở vi phạm, xử phạt 74 "
                     "triệu đồng.")
    found = figures_of(extracted(text, "2025-10-21"))
    assert ("fire_safety_inspections", 265, "lượt cơ sở") in found
    assert ("fire_safety_violations", 31, "cơ sở") in found
    assert ("fire_safety_fines", 74, "triệu đồng") in found


def test_premises_found_after_an_inspection_of_trades_are_no_fire_breaches() -> None:
    # the inspection names karaoke bars and lodgings, not fire: those found in breach are the trades'
    text = ("Đêm 3-4, Công an phường An Phú kiểm tra các cơ sở kinh doanh karaoke, nhà trọ trên địa bàn.\n\n"
            "Qua kiểm tra 7 cơ sở karaoke và 30 nhà trọ, đoàn phát hiện 9 cơ sở vi phạm, chủ yếu là không "
            "khai báo "
            "lưu trú, không trang bị bình chữa cháy.")
    assert ("fire_safety_violations", 9, "cơ sở") not in figures_of(extracted(text, "2025-04-04"))


_FRAUD = ("Công an tỉnh Ninh Bình vừa phát đi cảnh báo về thủ đoạn giả danh cán bộ ngân hàng gọi điện lừa "
          "đảo "
          "người dân.\n\n")


def test_complaints_counted_in_don_trinh_bao_are_crime_reports() -> None:
    text = _FRAUD + ("Theo Công an tỉnh, từ đầu năm 2026 đến nay, Công an tỉnh đã tiếp nhận 43 đơn trình "
                     "báo bị lừa "
                     "đảo qua mạng.")
    assert ("crime_reports", 43, "đơn") in figures_of(extracted(text, "2026-04-02"))


def test_one_victims_loss_told_by_the_form_of_address_alone_is_no_figure() -> None:
    text = _FRAUD + ("Ngày 2-3, ông H. (65 tuổi, trú xã Gia Viễn) nhận cuộc gọi của người xưng là nhân "
                     "viên ngân "
                     "hàng. Làm theo hướng dẫn, ông bị chiếm đoạt 180 triệu đồng.")
    assert figures_of(extracted(text, "2026-04-02")) == []


def test_a_loss_of_many_victims_stays_a_figure() -> None:
    text = _FRAUD + ("Từ đầu năm 2026 đến nay, trên địa bàn tỉnh có 37 người bị lừa đảo qua mạng, tổng số "
                     "tiền bị "
                     "chiếm đoạt hơn 9 tỷ đồng.")
    assert ("fraud_losses", 9, "tỷ đồng") in figures_of(extracted(text, "2026-04-02"))


def test_one_rings_members_held_and_what_suspects_confess_to_are_no_figures() -> None:
    text = ("Công an phường Hồng Bàng vừa bắt giữ 4 đối tượng trong nhóm chuyên trộm cắp xe máy.\n\n"
            "Qua đấu tranh, các đối tượng khai nhận từ tháng 1 đến nay đã thực hiện 9 vụ trộm cắp tài sản "
            "trên "
            "địa bàn.")
    assert figures_of(extracted(text, "2026-03-10")) == []


def test_arrests_counted_for_a_period_stay_figures() -> None:
    text = ("Năm 2025, Công an tỉnh đã bắt giữ 412 đối tượng phạm tội về trật tự xã hội, triệt phá 36 băng, "
            "ổ nhóm tội phạm.")
    assert ("suspects_arrested", 412, "đối tượng") in figures_of(extracted(text, "2026-01-05"))


_DIRECTIVE = ("Chủ tịch UBND tỉnh vừa ký ban hành Chỉ thị về tăng cường bảo đảm an ninh, trật tự dịp Tết "
              "Nguyên đán Bính Ngọ 2026.\n\n")


def test_a_norm_of_campaigns_per_unit_takes_its_key() -> None:
    for norm, key in (("ít nhất 2 đợt tuyên truyền về phòng, chống pháo nổ", "awareness_sessions"),
                      ("ít nhất 1 đợt tổng kiểm tra an toàn phòng cháy, chữa cháy",
                       "fire_safety_inspection_campaigns")):
        text = _DIRECTIVE + f"Mỗi xã, phường, đặc khu phải tổ chức {norm} trước ngày 31/1/2026."
        assert [t.metric_key for t in extracted(text, "2025-12-20").targets] == [key], norm


def test_a_share_of_the_commune_police_of_2025_with_headquarters_takes_its_key() -> None:
    text = ("Bộ trưởng đề nghị Công an tỉnh phấn đấu đến ngày 31/12/2025, 100% Công an xã, phường, đặc "
            "khu có trụ "
            "sở làm việc khang trang.")
    assert [t.metric_key for t in extracted(text, "2025-09-10").targets] == ["commune_police_headquarters"]


def test_addicts_sent_to_rehab_are_rehab_admissions() -> None:
    text = ("Trong 9 tháng năm 2025, Công an huyện đã lập hồ sơ đưa 21 người nghiện ma túy đi cai nghiện bắt "
            "buộc.")
    assert figures_of(extracted(text, "2025-10-02")) == [("rehab_admissions", 21, "người")]


_PROJECT = ("Chiều 8/1/2026, Công an tỉnh Thái Nguyên tổ chức hội nghị tổng kết năm 2025 công tác bảo đảm "
            "an ninh, "
            "trật tự và thực hiện Đề án 06.\n\n")


def test_online_applications_are_not_all_applications() -> None:
    text = _PROJECT + ("Năm 2025, các xã, phường trên địa bàn tỉnh tiếp nhận 64.200 hồ sơ thủ tục hành "
                       "chính trực "
                       "tuyến, tăng 18% so với năm 2024.")
    assert [key for key, *_ in figures_of(extracted(text, "2026-01-08"))] == [
        "online_applications", "online_applications"]


def test_a_running_total_to_a_day_has_no_period() -> None:
    text = _PROJECT + ("Năm 2025 là năm đầu tiên tỉnh triển khai Đề án 06 trên địa bàn mới. Đến ngày "
                       "31/12/2025, toàn "
                       "tỉnh đã kích hoạt 845.000 tài khoản định danh điện tử mức độ 2.")
    ex = extracted(text, "2026-01-08")
    assert [(i.metric_key, i.period) for i in ex.indicators] == [("electronic_ids", None)]
