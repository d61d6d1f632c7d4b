"""Leftovers of rounds 38-39 in figures and goals: a seizure or arrest in a sentence opened by one day is
that day's catch (no figure); a goal that names the campaign takes the last day of the span the paragraph
before closes with; "100% cơ sở … về phòng cháy, chữa cháy được kiểm tra" is the inspection rate; a share of
hamlets listed before "… đạt tiêu chuẩn" is the safe areas' rate; a share of commune police equipped has its
own key.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from extraction_reading import extracted


def test_one_days_catch_is_no_figure_and_a_days_count_of_cases_stays() -> None:
    result = extracted(
        "Ngày 9/4/2020, Công an tỉnh Điện Biên sơ kết công tác phòng, chống ma túy quý I.\n\n"
        "Quý I, lực lượng Công an toàn tỉnh đã bắt giữ 58 vụ, 71 đối tượng, thu giữ 40 bánh heroin. "
        "Riêng ngày 2-4-2020, Đồn Biên phòng Huổi Puốc bắt giữ 3 đối tượng, thu 6 bánh heroin tại huyện Điện "
        "Biên. Ngày 5/4, toàn tỉnh phát hiện 12 vụ, bắt 15 đối tượng.", "2020-04")
    values = [(i.metric_key, i.value) for i in result.indicators]
    assert ("suspects_arrested", 71) in values and ("drug_seizures", 40) in values
    assert ("suspects_arrested", 3) not in values and ("drug_seizures", 6) not in values
    assert ("suspects_arrested", 15) in values


def test_a_goal_for_the_campaign_takes_the_end_of_the_span_closing_the_paragraph_before() -> None:
    result = extracted(
        "Ngày 2/10, Công an tỉnh Quảng Nam tổ chức hội nghị triển khai đợt cao điểm trấn áp tội phạm.\n\n"
        "Năm qua, lực lượng Công an tỉnh đã điều tra, làm rõ 402 vụ phạm pháp hình sự. "
        "Đợt cao điểm được triển "
        "khai từ ngày 5/10 đến ngày 20/12/2022 trên toàn tỉnh.\n\n"
        "Giám đốc Công an tỉnh yêu cầu các đơn vị quyết liệt vào cuộc; phấn đấu trong "
        "đợt cao điểm kéo giảm ít "
        "nhất 7% tội phạm về trật tự xã hội so với cùng kỳ.", "2022-10")
    assert [(t.metric_key, t.deadline) for t in result.targets] == [("social_order_crime", "2022-12-20")]


def test_premises_inspected_for_fire_safety_past_the_comma_of_their_words() -> None:
    result = extracted(
        "Ngày 6/3/2021, Công an tỉnh Hà Nam tổ chức hội nghị triển khai công tác năm 2021.\n\n"
        "Giám đốc Công an tỉnh yêu cầu tập trung kiểm tra các chợ, nhà trọ; phấn đấu đến "
        "ngày 31/12/2021, 100% "
        "cơ sở thuộc diện quản lý về phòng cháy, chữa cháy được kiểm tra.", "2021-03")
    assert [(t.metric_key, t.deadline) for t in result.targets] == \
        [("fire_safety_inspection_rate", "2021-12-31")]


def test_a_share_of_hamlets_listed_before_the_standard_is_the_safe_areas_rate() -> None:
    result = extracted(
        "Ngày 14/1/2018, UBND huyện Ea Kar tổng kết phong trào Toàn dân bảo vệ an ninh Tổ quốc.\n\n"
        "Phó Chủ tịch UBND huyện yêu cầu Công an huyện tham mưu; phấn đấu năm 2018 có ít "
        "nhất 85% thôn, buôn, "
        "tổ dân phố đạt tiêu chuẩn \"An toàn về an ninh, trật tự\".", "2018-01")
    assert [(t.metric_key, t.value) for t in result.targets] == [("safe_residential_areas_rate", 85)]


def test_a_share_of_commune_police_equipped() -> None:
    result = extracted(
        "Ngày 3/7/2025, UBND tỉnh Lâm Đồng tổ chức hội nghị về an ninh, trật tự.\n\n"
        "Chủ tịch UBND tỉnh giao Công an tỉnh chủ trì; phấn đấu đến ngày 30/9/2025, 100% Công an xã, phường "
        "được trang bị đủ phương tiện làm việc.", "2025-07")
    assert [(t.metric_key, t.deadline) for t in result.targets] == \
        [("commune_police_equipped_rate", "2025-09-30")]

