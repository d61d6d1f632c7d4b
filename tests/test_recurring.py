"""The same demand made of several provinces in several years is one recurring group."""

from __future__ import annotations

from chidao.track.recurring import group_recurring


def directive(doc: str, date: str, locality: str, text: str, start: int = 1000) -> dict:
    return {
        "id": f"{doc}-{start}", "kind": "directives", "document_id": doc, "document_date": date,
        "event_date": None, "document_source": f"{doc}.txt", "document_title": None,
        "speaker": "Tô Lâm", "verb": "yêu cầu", "addressee": None, "topics": ["crime"],
        "localities": [locality], "text": text, "span": [start, start + len(text)],
    }


HAI_PHONG = directive("hp", "2024-05-09", "Hải Phòng",
                      "Công an thành phố phải quyết tâm kéo giảm tội phạm một cách căn bản, bền vững.")
QUANG_NINH = directive("qn", "2024-03-07", "Quảng Ninh",
                       "Công an tỉnh thực hiện bằng được mục tiêu kéo giảm tội phạm một cách căn bản, "
                       "bền vững; xây dựng xã, phường không ma túy.")
BAC_GIANG = directive("bg", "2023-10-20", "Bắc Giang",
                      "Tỉnh cần chú trọng phòng ngừa xã hội, kéo giảm tội phạm một cách căn bản, bền vững.")
UNRELATED = directive("qn", "2024-03-07", "Quảng Ninh",
                      "Hoàn thành trụ sở mới trước ngày kỷ niệm truyền thống của lực lượng.", start=3000)


def test_reducing_crime_fundamentally_recurs_in_hai_phong_quang_ninh_and_bac_giang():
    groups = group_recurring([HAI_PHONG, QUANG_NINH, BAC_GIANG, UNRELATED])
    top = groups[0]
    assert top["kind"] == "phrase"
    assert top["label"] == "kéo giảm tội phạm một cách căn bản, bền vững"
    assert top["count"] == 3
    assert [d["document_id"] for d in top["documents"]] == ["bg", "qn", "hp"]
    assert sorted(top["localities"]) == ["Bắc Giang", "Hải Phòng", "Quảng Ninh"]
    assert top["years"] == ["2023", "2024"]
    assert all(m["id"] != UNRELATED["id"] for g in groups for m in g["members"])


def test_each_member_points_at_the_phrase_in_its_own_document():
    groups = group_recurring([HAI_PHONG, QUANG_NINH, BAC_GIANG])
    for member in groups[0]["members"]:
        source = next(d for d in (HAI_PHONG, QUANG_NINH, BAC_GIANG) if d["id"] == member["id"])
        start, end = member["match_span"]
        offset = source["span"][0]
        assert source["text"][start - offset:end - offset] == "kéo giảm tội phạm một cách căn bản, bền vững"


def test_a_phrase_repeated_only_inside_one_report_is_not_recurring():
    again = directive("hp", "2024-05-09", "Hải Phòng",
                      "Đặc biệt phải kéo giảm tội phạm một cách căn bản, bền vững trong năm.", start=2000)
    assert group_recurring([HAI_PHONG, again]) == []


def test_the_phrase_recurs_without_diacritics_and_with_the_antt_abbreviation():
    plain = directive("web", "2025-01-02", "Hà Nội",
                      "Phai giu vung the chu dong, bao dam vung chac an ninh trat tu tren dia ban.")
    marked = directive("qn", "2024-03-07", "Quảng Ninh",
                       "Yêu cầu giữ vững thế chủ động, bảo đảm vững chắc ANTT, không để bị động.")
    (group,) = group_recurring([plain, marked])
    assert group["label"] == "giữ vững thế chủ động, bảo đảm vững chắc ANTT"
    assert group["count"] == 2


def test_near_identical_directives_from_two_outlets_form_a_similar_group():
    a = directive("outlet-a", "2022-08-14", "Bình Thuận",
                  "Đề nghị tỉnh quan tâm bố trí đất xây trụ sở Công an xã trong năm nay.")
    b = directive("outlet-b", "2022-08-15", "Bình Thuận",
                  "Đề nghị tỉnh quan tâm bố trí đất để xây trụ sở Công an xã trong năm nay.")
    groups = group_recurring([a, b], threshold=0.5, min_phrase_words=20)
    assert [g["kind"] for g in groups] == ["similar"]
    assert groups[0]["label"] == a["text"]
    assert [m["match_span"] for m in groups[0]["members"]] == [a["span"], b["span"]]
