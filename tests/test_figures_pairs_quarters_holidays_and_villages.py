"""Figures read with what they are counted with, and their periods and scopes: suspects after a crime's
cases ("bắt 45 vụ đánh bạc, 210 đối tượng"), the court's defendants ("thụ lý 210 vụ, 356 bị cáo"), a change
after cases and their suspects (the cases'), a quarter with the lead's year ("Quý I, …" after "… quý
I/2016"), a holiday named by its year ("Trong dịp Tết Nguyên đán Bính Thân, …") and a village's figures (its
commune's).

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from extraction_reading import extracted, figures_of

_BRIEFING = ("Ngày 8-4-2016, Ban Chỉ đạo 138 tỉnh Nam Định tổ chức hội nghị giao ban công tác phòng, chống "
             "tội phạm quý I/2016. Đồng chí Trần Văn Hải, Phó Chủ tịch UBND tỉnh chủ trì hội nghị.\n\n")


def test_suspects_after_a_crimes_cases_and_a_comma_are_the_cases_suspects() -> None:
    ex = extracted(_BRIEFING + "Quý I, lực lượng Công an bắt 45 vụ đánh bạc, 210 đối tượng; phát hiện 12 vụ, "
                   "18 đối tượng phạm tội về ma túy.", "2016-04")
    assert figures_of(ex) == [("gambling", 45, "vụ"), ("suspects_arrested", 210, "đối tượng"),
                              ("drug_crime", 12, "vụ"), ("suspects_arrested", 18, "đối tượng")]
    # … but not a count after cases whose words say more than the crime
    ex = extracted(_BRIEFING + "Quý I, toàn tỉnh xảy ra 8 vụ tai nạn giao thông tại các huyện, 11 người "
                   "chết.", "2016-04")
    assert ("suspects_arrested", 11, "người") not in figures_of(ex)


def test_the_courts_defendants_are_counted_with_its_cases() -> None:
    ex = extracted(_BRIEFING + "Quý I, TAND hai cấp thụ lý 210 vụ, 356 bị cáo; đã giải quyết 174 vụ, 291 bị "
                   "cáo, đạt 82,9%. Riêng án ma túy, Tòa án đã xét xử 64 vụ/97 bị cáo.", "2016-04")
    assert figures_of(ex)[:5] == [
        ("court_cases_accepted", 210, "vụ"), ("court_cases_accepted", 356, "bị cáo"),
        ("court_cases_resolved", 174, "vụ"), ("court_cases_resolved", 291, "bị cáo"),
        ("court_case_resolution_rate", 82.9, "%")]
    assert ("court_cases_resolved", 97, "bị cáo") in figures_of(ex)


def test_defendants_of_one_trial_are_no_figure() -> None:
    ex = extracted("Ngày 12/5, TAND tỉnh Nam Định mở phiên tòa xét xử 7 bị cáo trong đường dây mua bán trái "
                   "phép chất ma túy. Hội đồng xét xử tuyên phạt các bị cáo tổng cộng 86 năm tù.", "2016-05")
    assert [i for i in ex.indicators if i.unit == "bị cáo"] == []


def test_a_change_after_cases_and_their_suspects_is_the_cases_change() -> None:
    ex = extracted("Sáng 6-1, Công an tỉnh Nam Định tổ chức hội nghị tổng kết công tác năm 2015.\n\n"
                   "Năm 2015, lực lượng Công an đã phát hiện, bắt giữ 318 vụ, 426 đối tượng phạm tội về ma "
                   "túy, giảm 6,4% so với năm 2014.", "2016-01")
    change = next(i for i in ex.indicators if i.unit == "%")
    assert (change.metric_key, change.value, change.direction) == ("drug_crime", 6.4, "decrease")


def test_a_quarter_without_its_year_takes_the_leads_year() -> None:
    ex = extracted(_BRIEFING + "Quý I, tội phạm về trật tự xã hội xảy ra 163 vụ, giảm 5,2% so với cùng kỳ "
                   "năm 2015. Đồng chí Trần Văn Hải yêu cầu các ngành hoàn thành việc lắp đặt camera trong "
                   "quý II/2016.", "2016-04")
    assert {i.period for i in ex.indicators} == {"quý I/2016"}


def test_a_quarter_named_with_a_year_only_as_a_deadline_keeps_none() -> None:
    ex = extracted("Ngày 10-1, Công an thành phố tổ chức tổng kết công tác năm 2022. Số vụ phát hiện tăng "
                   "qua từng quý: quý I phát hiện 21 vụ buôn lậu; quý II phát hiện 26 vụ.\n\n"
                   "Giám đốc Công an tỉnh cho biết sẽ bổ sung cho Phòng Cảnh sát kinh tế 5 cán bộ trong quý "
                   "I-2023.", "2023-01")
    assert [i.period for i in ex.indicators if i.value == 21] == ["quý I"]


def test_a_holiday_named_by_its_year_opening_a_clause_is_the_period() -> None:
    ex = extracted(_BRIEFING + "Quý I, tội phạm về trật tự xã hội xảy ra 163 vụ. Trong dịp Tết Nguyên đán "
                   "Bính Thân, toàn tỉnh xảy ra 4 vụ cháy, thiệt hại tài sản khoảng 350 triệu đồng.",
                   "2016-04")
    assert [(i.metric_key, i.period) for i in ex.indicators] == [
        ("social_order_crime", "quý I/2016"), ("fires", "dịp Tết Nguyên đán Bính Thân"),
        ("fire_property_damage", "dịp Tết Nguyên đán Bính Thân")]


def test_a_villages_figures_are_its_communes() -> None:
    ex = extracted("Ngày 20-8, tại làng Đăk Wơk, xã Đăk Blà, thành phố Kon Tum, Ban Chỉ đạo phong trào Toàn "
                   "dân bảo vệ an ninh Tổ quốc tỉnh Kon Tum tổ chức Ngày hội toàn dân bảo vệ an ninh "
                   "Tổ quốc.\n\nLàng Đăk Wơk có 205 hộ với hơn 900 nhân khẩu. Năm 2019, nhân dân trong làng "
                   "đã cung cấp cho lực lượng công an 14 nguồn tin có giá trị; làng duy trì 2 mô hình tự "
                   "quản về an ninh, trật tự.", "2019-08")
    assert [(i.metric_key, i.scope) for i in ex.indicators] == [("public_tips", "Đăk Blà"),
                                                               ("security_models", "Đăk Blà")]
