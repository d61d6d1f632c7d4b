"""Round 36's people, places, bodies and events (branch fix36a): the family names of the Chăm, Khmer, Raglai,
Dao and Mông, a former city whose name holds a dash, the places a road is named after, a programme cited by
its title and abbreviation, a hamlet as the event's place, the province of the paragraph after the event, a
"Dự ngày hội có …" guest who speaks, and "Trong năm qua, …".

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

import pytest
from extraction_reading import extracted

from chidao.model import Extraction


def _people(ex: Extraction) -> list[str]:
    return [p.name for p in ex.people]


@pytest.mark.parametrize("name", ["Đạo Văn Tâm", "Đàng Thị Mỹ Lan", "Quảng Đại Phúc", "Thành Thị Hoa",
                                  "Sơn Thị Sa Rây", "Chau Sóc Kha", "Chamaléa Thị Hạnh", "Bàn Văn Lâm",
                                  "Hạng A Sùng"])
def test_a_family_name_of_an_ethnic_group_opens_a_name(name: str) -> None:
    ex = extracted(f"Ngày 5-9, bà {name}, Phó Chủ tịch UBND tỉnh dự và chỉ đạo hội nghị triển khai công tác "
                   f"bảo đảm an ninh, trật tự. Kết luận hội nghị, bà {name.split()[-1]} đề nghị Công an các "
                   "xã nắm chắc tình hình.", "2025-09-06")
    assert name in _people(ex)
    assert ex.events[0].leader == name


def test_those_family_names_inside_places_and_bodies_make_no_person() -> None:
    ex = extracted(
        "Sáng 12-3, Công an tỉnh Sơn La tổ chức hội nghị tổng kết công tác năm tại Cảng hàng không quốc "
        "tế Tân Sơn Nhất. Dự hội nghị có đại diện Thành Đoàn Hà Nội, Đồn Công an Cảng hàng không quốc tế "
        "Tân Sơn Nhất và Công an tỉnh Quảng Nam. Thông tư số 12/2024/TT-BCA được quán triệt.", "2024-03-13")
    assert _people(ex) == []
    assert "Đồn Công an Cảng hàng không quốc tế Tân Sơn Nhất" in [o.name for o in ex.organizations]


@pytest.mark.parametrize("written", ["Phan Rang - Tháp Chàm", "Phan Rang-Tháp Chàm", "Phan Rang – Tháp Chàm"])
def test_a_former_city_whose_name_holds_a_dash_is_a_place_and_its_police_a_body(written: str) -> None:
    ex = extracted(
        f"Năm 2023, trên địa bàn thành phố {written}, tỉnh Ninh Thuận xảy ra 12 vụ tai nạn giao thông. Công "
        f"an thành phố {written} đã xử lý 2.100 trường hợp vi phạm.", "2024-01-05")
    district = next(loc for loc in ex.localities if loc.level == "district")
    assert (district.name, district.code) == ("Phan Rang - Tháp Chàm", "582")
    assert len(district.mentions) == 2
    assert f"Công an thành phố {written}" in [o.name for o in ex.organizations]


@pytest.mark.parametrize("route", ["tuyến cao tốc Nội Bài - Lào Cai", "quốc lộ Hà Nội - Lào Cai",
                                   "tuyến Hà Nội – Lào Cai", "đường sắt Hà Nội - Lào Cai"])
def test_a_road_named_after_places_names_none_of_them(route: str) -> None:
    ex = extracted(f"Công an tỉnh Yên Bái tăng cường tuần tra, kiểm soát trên {route}, xử lý 320 trường "
                   "hợp vi phạm.", "2024-05-02")
    assert [loc.name for loc in ex.localities] == ["Yên Bái"]


def test_a_border_line_still_names_the_country() -> None:
    ex = extracted("Bộ đội Biên phòng tỉnh Điện Biên tuần tra trên tuyến biên giới Việt Nam - Lào.",
                   "2024-05-02")
    assert "Lào" in [loc.name for loc in ex.localities]


@pytest.mark.parametrize("title", ["Chương trình Mỗi xã một sản phẩm (OCOP)",
                                   "Chương trình mỗi xã một sản phẩm (OCOP)"])
def test_a_programme_by_its_title_and_abbreviation_is_a_reference(title: str) -> None:
    ex = extracted(f"Sáng 3/4, UBND tỉnh Hà Tĩnh tổng kết {title} năm 2023.", "2024-04-04")
    programme = [r for r in ex.legal_refs if r.kind == "programme"]
    assert [r.text for r in programme] == [title]
    assert (programme[0].number, programme[0].date, programme[0].issuer) == (None, None, None)


def test_a_working_programme_without_abbreviation_or_stage_is_none() -> None:
    ex = extracted("Công an tỉnh xây dựng Chương trình công tác trọng tâm (kèm theo kế hoạch).", "2024-04-04")
    assert [r for r in ex.legal_refs if r.kind == "programme"] == []


_FESTIVAL = ("Sáng 20-8, tại ấp Phước Lợi, UBND xã Long Hữu tổ chức Ngày hội Toàn dân bảo vệ an ninh Tổ quốc "
             "năm 2025. Dự ngày hội có đồng chí Sơn Văn Thơ, Bí thư Đảng ủy xã; Thiếu tá Lâm Minh Quang, "
             "Trưởng Công an xã.\n\n"
             "Xã Long Hữu thuộc tỉnh Vĩnh Long, được thành lập trên cơ sở sắp xếp các xã của huyện Duyên "
             "Hải, tỉnh Trà Vinh cũ. Trong năm qua, Nhân dân trong xã đã cung cấp 43 nguồn tin có giá "
             "trị.\n\n"
             "Phát biểu tại ngày hội, đồng chí Sơn Văn Thơ đề nghị các đoàn thể xã tiếp tục vận động Nhân "
             "dân tham gia phong trào.")


def test_a_hamlet_after_tai_is_the_events_place_and_the_next_paragraph_gives_the_province() -> None:
    event = extracted(_FESTIVAL, "2025-08-21").events[0]
    assert event.place == "ấp Phước Lợi"
    assert event.localities == ("Long Hữu", "Vĩnh Long")


def test_the_guest_of_a_dự_ngày_hội_list_who_speaks_leads_it() -> None:
    assert extracted(_FESTIVAL, "2025-08-21").events[0].leader == "Sơn Văn Thơ"


def test_trong_năm_qua_is_the_figures_period_not_the_events_year() -> None:
    ex = extracted(_FESTIVAL, "2025-08-21")
    assert [(i.value, i.period) for i in ex.indicators] == [(43, "năm qua")]


def test_năm_qua_closing_a_clause_frames_nothing() -> None:
    ex = extracted("Năm 2024, Công an huyện đã điều tra, làm rõ 45 vụ phạm pháp hình sự. Đồng chí Bí thư "
                   "Huyện ủy ghi nhận kết quả của Công an huyện trong năm qua, đồng thời đề nghị đơn vị làm "
                   "rõ 30 vụ.", "2025-01-10")
    assert ex.indicators[0].period == "năm 2024"
