"""Organizations: public bodies by name, each once with all its mentions, names ending
where the body's name ends. Reports are short ones written for these tests."""

from __future__ import annotations

from pathlib import Path

from conftest import extract_path

from chidao.model import Extraction

REPORT = (
    " date 2022-06 Ngày 14/6, Ban Thường vụ Tỉnh ủy Lạng Sơn và Đảng ủy Công an Trung ương tổ "
    "chức hội nghị đánh giá công tác phối hợp.\n"
    "\n"
    "Bộ Công an đánh giá cao sự quan tâm của Tỉnh ủy Lạng Sơn đối với công tác bảo đảm an ninh "
    "trật tự; UBND tỉnh Lạng Sơn về việc bố trí đất xây dựng trụ sở Công an xã.\n"
    "\n"
    "Công an tỉnh Lạng Sơn phối hợp với Bộ đội Biên phòng tỉnh Lạng Sơn kiểm soát chặt chẽ biên"
    " giới; Bộ Công an sẽ hỗ trợ công an tỉnh Lạng Sơn trang bị phương tiện.\n"
    "\n"
    "Tỉnh ủy sẽ tiếp thu ý kiến chỉ đạo, thực hiện nghiêm chỉ đạo của Bộ Chính trị, Quốc hội và"
    " Chính phủ.\n"
    "\n"
    "Quang cảnh hội nghị. Ảnh: Văn Hưng - TTXVN\n"
)


def extract_text(tmp_path: Path, text: str) -> Extraction:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return extract_path(path)


def org_names(ex: Extraction) -> list[str]:
    return [o.name for o in ex.organizations]


def test_bodies_with_their_places_end_before_doi_voi_and_ve(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, REPORT)
    names = org_names(ex)
    for name in ("Ban Thường vụ Tỉnh ủy Lạng Sơn", "Đảng ủy Công an Trung ương", "Tỉnh ủy Lạng Sơn",
                 "UBND tỉnh Lạng Sơn", "Công an tỉnh Lạng Sơn", "Bộ đội Biên phòng tỉnh Lạng Sơn",
                 "Bộ Công an", "Bộ Chính trị", "Quốc hội", "Chính phủ", "Công an xã"):
        assert name in names, (name, names)
    assert not any("đối với" in n or " về" in n for n in names)


def test_repeated_mentions_merge_into_one_body_whatever_the_case_of_the_head(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, REPORT)
    text = ex.document.text
    (police,) = [o for o in ex.organizations if o.name.casefold() == "công an tỉnh lạng sơn"]
    assert police.name == "Công an tỉnh Lạng Sơn"
    assert [text[s:e] for s, e in police.mentions] == ["Công an tỉnh Lạng Sơn", "công an tỉnh Lạng Sơn"]
    (ministry,) = [o for o in ex.organizations if o.name == "Bộ Công an"]
    assert len(ministry.mentions) == 2


def test_a_head_without_its_place_and_a_photo_credit_name_no_body(tmp_path: Path) -> None:
    names = org_names(extract_text(tmp_path, REPORT))
    assert "Tỉnh ủy" not in names
    assert "TTXVN" not in names


def test_the_seeds_name_the_ministry_party_committees_and_city_bodies_as_written(seed_extractions) -> None:
    hp = org_names(seed_extractions["000_03279662ad3bc2ee.txt"])
    assert {"Đảng ủy Công an Trung ương", "Thành ủy Hải Phòng", "Bộ Công an",
            "Ban Thường vụ Thành ủy Hải Phòng", "Bộ Chính trị"} <= set(hp)
    qn = org_names(seed_extractions["001_cccaa0f77e974efb.txt"])
    assert {"Ban Thường vụ Tỉnh ủy Quảng Ninh", "Công an tỉnh Quảng Ninh"} <= set(qn)
    hcm = org_names(seed_extractions["004_81a66e3ca0f5548f.txt"])
    assert {"Thành ủy Thành phố Hồ Chí Minh", "Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh",
            "Ban Thường vụ Đảng ủy Công an Trung ương", "Quốc hội"} <= set(hcm)
    assert "TTXVN" not in hcm
    covid = org_names(seed_extractions["003_4d30831d878c59ec.txt"])
    assert "Ban Chỉ đạo Quốc gia phòng chống dịch" in covid
