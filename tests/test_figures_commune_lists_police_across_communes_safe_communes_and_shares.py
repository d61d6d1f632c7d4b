"""Indicator fix pass ind2 (rounds 50-57): short sentences in the genre, written for each rule."""

from __future__ import annotations

from extraction_reading import extracted_as_written

_HEAD = ("Công an tỉnh Yên Bái sơ kết 6 tháng\n\n"
         "Ngày 8/7/2021, Công an tỉnh Yên Bái tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2021.\n\n")


def _keys(ex) -> list[tuple[str | None, float, str | None]]:
    return [(i.metric_key, i.value, i.unit) for i in ex.indicators]


def test_other_kinds_of_commune_listed_after_xa_belong_to_the_count() -> None:
    ex = extracted_as_written(
        _HEAD + "Toàn tỉnh có 97/173 xã, phường, thị trấn được công nhận không có ma túy, tăng 9 xã so với "
        "năm 2020. Huyện Văn Yên có 27/27 xã, thị trấn đã tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc.",
        date="2021-07")
    keys = _keys(ex)
    assert ("drug_free_communes", 97, "xã") in keys
    assert ("drug_free_communes", 9, "xã") in keys
    assert ("security_festivals_held", 27, "xã, thị trấn") in keys
    whole = next(i for i in ex.indicators if i.value == 97)
    assert whole.text.endswith("không có ma túy")


def test_the_police_force_across_the_communes() -> None:
    ex = extracted_as_written(
        _HEAD + "Sau sắp xếp, lực lượng Công an của 62 xã, phường đã đi vào hoạt động ổn định. Công an tỉnh "
        "đã kiện toàn bộ máy, bố trí lực lượng về 41 xã, phường, đặc khu. Đến nay, Công an tỉnh đã điều "
        "động cán bộ về đảm nhiệm các chức danh Công an tại 150/150 xã, thị trấn.",
        date="2021-07")
    keys = _keys(ex)
    assert ("regular_police_communes", 62, "xã, phường") in keys
    assert ("regular_police_communes", 41, "xã, phường, đặc khu") in keys
    assert ("regular_police_communes", 150, "xã, thị trấn") in keys


def test_commune_police_acting_or_attending_are_no_count_of_communes() -> None:
    ex = extracted_as_written(
        _HEAD + "Dự hội nghị có Trưởng Công an 18 xã, thị trấn trên địa bàn huyện. Công an 57 xã, phường "
        "đã tiếp nhận, giải quyết 3.410 hồ sơ thủ tục hành chính.",
        date="2021-07")
    keys = _keys(ex)
    assert not any(v in (18, 57) for _, v, _ in keys)
    assert ("admin_applications", 3410, "hồ sơ") in keys


def test_safe_communes_and_the_share_of_their_fraction() -> None:
    ex = extracted_as_written(
        _HEAD + 'Qua bình xét, có 58/72 xã, phường, thị trấn đạt tiêu chuẩn "An toàn về an ninh, trật tự", '
        'chiếm 80,6%. Năm 2021, 9 xã, thị trấn được công nhận đạt chuẩn "An toàn về an ninh, trật tự".',
        date="2021-07")
    keys = _keys(ex)
    assert ("safe_communes", 58, "xã, phường, thị trấn") in keys
    assert ("safe_communes_rate", 80.6, "%") in keys
    assert ("safe_communes", 9, "xã, thị trấn") in keys


def test_a_share_of_a_plain_count_stays_no_figure() -> None:
    ex = extracted_as_written(
        _HEAD + "Tội phạm trộm cắp tài sản xảy ra 86 vụ, chiếm 54,1% số vụ phạm pháp hình sự.",
        date="2021-07")
    keys = _keys(ex)
    assert ("property_thefts", 86, "vụ") in keys
    assert not any(u == "%" for _, _, u in keys)


def test_a_goal_for_every_commune_keeps_the_rate_key() -> None:
    ex = extracted_as_written(
        _HEAD + 'Phấn đấu đến hết năm 2022 có 100% xã, phường, thị trấn đạt tiêu chuẩn "An toàn về an ninh, '
        'trật tự".',
        date="2021-07")
    assert [t.metric_key for t in ex.targets if t.value == 100] == ["safe_communes_rate"]


def test_people_reformed_forest_products_pawnshops_and_borrowed_offices() -> None:
    ex = extracted_as_written(
        _HEAD + "Các đoàn thể đã giáo dục, cảm hóa 37 người lầm lỗi tại cộng đồng. Lực lượng chức năng phát "
        "hiện 29 vụ vi phạm pháp luật về lâm sản, 14 vụ khai thác, vận chuyển lâm sản trái phép. Công an "
        "tỉnh đã kiểm tra 88 cơ sở kinh doanh dịch vụ cầm đồ. Hiện có 30 xã đã có trụ sở làm việc, còn 51 xã "
        "phải mượn tạm nhà văn hóa thôn.",
        date="2021-07")
    keys = _keys(ex)
    assert ("people_reformed", 37, "người") in keys
    assert ("forest_violations", 29, "vụ") in keys
    assert ("forest_violations", 14, "vụ") in keys
    assert ("pawnshop_inspections", 88, "cơ sở") in keys
    assert ("communes_without_police_hq", 51, "xã") in keys


def test_the_unit_of_communes_listed_by_kind_is_written_out_where_the_metric_counts_it() -> None:
    ex = extracted_as_written(
        _HEAD + "Đến nay, Công an tỉnh đã bố trí Công an chính quy đảm nhiệm các chức danh Công an tại "
        "150/150 xã, thị trấn. Toàn tỉnh có 97/173 xã, phường, thị trấn được công nhận không có ma túy.",
        date="2021-07")
    units = {i.value: i.unit for i in ex.indicators}
    assert units[150] == "xã, thị trấn"
    assert units[97] == "xã"  # drug-free communes are counted in "xã" (metrics.tsv)


def test_a_change_in_percent_after_a_count_of_cases_is_its_change() -> None:
    ex = extracted_as_written(
        _HEAD + "Công an cấp xã đã giải quyết 41.200 hồ sơ, trong đó 91,3% hồ sơ được giải quyết trực tuyến; "
        "toàn tỉnh xảy ra 318 vụ phạm pháp hình sự, giảm 7,2% so với cùng kỳ năm 2020.",
        date="2021-07")
    cases = next(i for i in ex.indicators if i.value == 318)
    change = next(i for i in ex.indicators if i.value == 7.2)
    assert change.metric_key == cases.metric_key
