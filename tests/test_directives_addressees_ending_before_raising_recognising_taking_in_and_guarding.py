"""An addressee ends before its task when the task opens with "nâng tỷ lệ …", "nhận diện …", "tiếp thu …" or
"bảo vệ tuyệt đối …" (fix54b pass, rounds 54-58); a body named "lực lượng bảo vệ dân phố" keeps its name.
Reports written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extract_path

_LEAD = ("Công an tỉnh tổng kết công tác năm\n\n"
         "Sáng 28/12/2020, Công an tỉnh Phú Yên tổ chức hội nghị tổng kết công tác công an năm 2020.\n\n")


@pytest.mark.parametrize(("request_sentence", "addressee"), [
    ("Phó Giám đốc Công an tỉnh yêu cầu các đơn vị nâng tỷ lệ thu hồi tài sản trong các vụ án kinh tế.",
     "các đơn vị"),
    ("Đại tá Lê Văn Hòa, Giám đốc Công an tỉnh đề nghị các đơn vị nhận diện rõ thủ đoạn mới của tội phạm.",
     "các đơn vị"),
    ("Đại tá Lê Văn Hòa, Giám đốc Công an tỉnh đề nghị các phòng nghiệp vụ tiếp thu đầy đủ các ý kiến.",
     "các phòng nghiệp vụ"),
    ("Đại tá Lê Văn Hòa, Giám đốc Công an tỉnh yêu cầu toàn lực lượng bảo vệ tuyệt đối an toàn cuộc bầu cử.",
     "toàn lực lượng"),
    ("Đại tá Lê Văn Hòa, Giám đốc Công an tỉnh yêu cầu lực lượng bảo vệ dân phố tăng cường tuần tra.",
     "lực lượng bảo vệ dân phố"),
])
def test_the_addressee_ends_before_its_task(tmp_path: Path, request_sentence: str, addressee: str) -> None:
    path = tmp_path / "report.txt"
    path.write_text(_LEAD + request_sentence + "\n", encoding="utf-8")
    ex = extract_path(path)
    assert [d.addressee for d in ex.directives] == [addressee], ex.directives
