"""Count nouns read as written: the staff spelled "chiến sỹ" ("cán bộ, chiến sỹ"), rings counted with gangs
("đường dây, ổ nhóm"), checkpoints with their teams ("chốt, tổ chốt"), life-buoys given ("phao cứu sinh");
and fishing boats in foreign waters as the metric of boats and fishermen detained abroad.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from extraction_reading import extracted

from chidao.extract.metrics import find_amounts


def _units(sentence: str) -> list[tuple[float, str]]:
    return [(a.value, a.unit) for a in find_amounts(sentence, 0, len(sentence))]


def test_count_nouns_as_written() -> None:
    assert _units("Công an huyện đã bố trí 215 cán bộ, chiến sỹ về các xã") == [(215, "cán bộ, chiến sỹ")]
    assert _units("triệt phá 7 đường dây, ổ nhóm đánh bạc") == [(7, "đường dây, ổ nhóm")]
    assert _units("biên phòng duy trì 24 chốt, tổ chốt trên tuyến biên giới") == [(24, "chốt, tổ chốt")]
    assert _units("tặng 60 phao cứu sinh cho ngư dân") == [(60, "phao cứu sinh")]
    # the older spellings and single nouns stay
    assert _units("huy động 120 cán bộ, chiến sĩ") == [(120, "cán bộ, chiến sĩ")]
    assert _units("triệt phá 3 đường dây mua bán người") == [(3, "đường dây")]


def test_staff_spelled_sy_are_sent_staff() -> None:
    ex = extracted("Ngày 4/5/2022, Công an tỉnh Yên Bái tổ chức hội nghị về xây dựng Công an xã chính "
                   "quy.\n\nĐến nay, Công an tỉnh đã bố trí 430 cán bộ, chiến sỹ về Công an các xã.",
                   "2022-05")
    assert [(c.kind, c.amount, c.unit) for c in ex.commitments] == [("staffing", 430, "cán bộ, chiến sỹ")]


def test_life_buoys_given_are_equipment() -> None:
    ex = extracted("Ngày 9/6/2019, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Bình Định tổ chức hội nghị tuyên truyền "
                   "phòng, chống tội phạm trên biển.\n\nDịp này, Bộ Chỉ huy Bộ đội Biên phòng tỉnh trao 25 "
                   "phao cứu sinh cho ngư dân xã Nhơn Lý.", "2019-06")
    assert [(c.kind, c.amount, c.unit) for c in ex.commitments] == [("equipment", 25, "phao cứu sinh")]


def test_rings_with_gangs_and_checkpoints_with_teams_keep_their_keys() -> None:
    ex = extracted("Ngày 2/12/2021, Công an tỉnh Lạng Sơn tổ chức hội nghị tổng kết công tác năm 2021.\n\n"
                   "Năm 2021, lực lượng chức năng duy trì 31 chốt, tổ chốt kiểm soát trên tuyến biên "
                   "giới.\n\n"
                   "Giám đốc Công an tỉnh yêu cầu năm 2022 triệt phá ít nhất 6 đường dây, ổ nhóm tội phạm.",
                   "2021-12")
    assert [(i.metric_key, i.value, i.unit) for i in ex.indicators] == [("checkpoints", 31, "chốt, tổ chốt")]
    assert [(t.metric_key, t.value, t.unit) for t in ex.targets] == [
        ("criminal_gangs", 6, "đường dây, ổ nhóm")]


def test_boats_in_foreign_waters_are_boats_detained_abroad() -> None:
    ex = extracted("Ngày 8/11/2018, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Ngãi tổ chức hội thảo phòng, "
                   "chống tội phạm trên biển.\n\nPhát biểu kết luận, Đại tá Lê Văn Hòa yêu cầu các đơn vị "
                   "phấn đấu trong năm 2019 giảm ít nhất 40% số tàu cá vi phạm vùng biển nước ngoài so với "
                   "năm 2018.", "2018-11")
    assert [(t.metric_key, t.value) for t in ex.targets] == [("fishermen_detained_abroad", 40)]
