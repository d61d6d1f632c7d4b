"""Who issues a report and who signs it: the parts of an administrative document
(Nghị định 30/2020/NĐ-CP, Phụ lục I) that belong to the office, not to the data.

Read from the `[report]` table of a TOML file (`chidao.toml` in the current folder,
or the file `--config` / $CHIDAO_CONFIG names), then overridden by command options:

    [report]
    parent_unit = "BỘ CÔNG AN"                 # cơ quan chủ quản
    unit = "CÔNG AN TỈNH QUẢNG NINH"          # cơ quan ban hành
    symbol = "CAT-PV01"                        # "Số:      /BC-CAT-PV01"
    place = "Quảng Ninh"                       # địa danh: "Quảng Ninh, ngày … tháng … năm …"
    signer_position = "GIÁM ĐỐC"               # or "KT. GIÁM ĐỐC\\nPHÓ GIÁM ĐỐC"
    signer_name = "Nguyễn Văn A"
    recipients = ["Bộ Công an (V01) (để báo cáo)", "Lưu: VT, PV01"]

Whatever is not given is left blank to fill in by hand ("……"): nothing names an office
the user did not name.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from chidao.errors import os_reason

CONFIG_FILE = "chidao.toml"
CONFIG_ENV = "CHIDAO_CONFIG"
BLANK = "……………"
_LIST_FIELDS = {"recipients"}


class LetterheadError(ValueError):
    """A config file that cannot be read, or a value of the wrong kind (one line, names the file)."""


@dataclass(frozen=True, slots=True)
class Letterhead:
    """The issuing office and the signer; None (or no recipients) where not given."""

    parent_unit: str | None = None
    unit: str | None = None
    symbol: str | None = None
    place: str | None = None
    signer_position: str | None = None
    signer_name: str | None = None
    recipients: tuple[str, ...] = ()

    def number_line(self) -> str:
        """Số, ký hiệu with the number left blank: "Số:      /BC-CAT-PV01" ("/BC-……" when no symbol)."""
        return f"Số:{' ' * 6}/BC-{self.symbol or BLANK}"

    def place_and_date(self, day: dt.date) -> str:
        """"Quảng Ninh, ngày 05 tháng 01 năm 2025": days below 10 and months 1 and 2 take a
        leading zero (so that nothing can be written before them), other months do not."""
        month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
        return f"{self.place or BLANK}, ngày {day.day:02d} tháng {month} năm {day.year}"

    def recipient_lines(self) -> list[str]:
        """"Nơi nhận" lines: "- name;" each, the last "- Lưu: VT, ….", blanks to fill when none."""
        names = [r.strip().rstrip(";.").strip() for r in self.recipients if r.strip()]
        if not any(name.lower().startswith("lưu") for name in names):
            names.append("Lưu: VT")
        if len(names) == 1:
            names.insert(0, BLANK)
        return [f"- {name};" for name in names[:-1]] + [f"- {names[-1]}."]


def load_letterhead(config: Path | str | None = None, **given: Any) -> Letterhead:
    """The letterhead from the config file (`config`, else $CHIDAO_CONFIG, else ./chidao.toml
    when it exists), then the options `given` that are not None (`recipients` a list).

    Raises LetterheadError for a file named but missing, bad TOML or a wrong value.
    """
    path = Path(config) if config else Path(os.environ[CONFIG_ENV]) if os.environ.get(CONFIG_ENV) else None
    values: dict[str, Any] = {}
    if path is not None or Path(CONFIG_FILE).is_file():
        values = _read_config(path or Path(CONFIG_FILE))
    letterhead = Letterhead(**values)
    overrides = {name: value for name, value in given.items() if value not in (None, [], ())}
    if "recipients" in overrides:
        overrides["recipients"] = tuple(overrides["recipients"])
    return replace(letterhead, **overrides)


def _read_config(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            table = tomllib.load(fh).get("report", {})
    except OSError as exc:
        raise LetterheadError(f"{path}: không đọc được ({os_reason(exc)})") from exc
    except tomllib.TOMLDecodeError as exc:
        # tomllib says where in English ("Expected '=' after a key … (at line 3, column 5)"):
        # the place is kept, in Vietnamese.
        at = re.search(r"at line (\d+), column (\d+)", str(exc))
        where = f" ở dòng {at[1]}, cột {at[2]}" if at else ""
        raise LetterheadError(f"{path}: không phải TOML hợp lệ{where}") from exc
    known = {f.name for f in fields(Letterhead)}
    values: dict[str, Any] = {}
    for name, value in table.items():
        if name not in known:
            raise LetterheadError(f"{path}: [report] không có khóa {name!r} (có: {', '.join(sorted(known))})")
        if name in _LIST_FIELDS:
            if not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
                raise LetterheadError(f"{path}: [report] {name} phải là danh sách chuỗi")
            values[name] = tuple(value)
        elif isinstance(value, str):
            values[name] = value
        else:
            raise LetterheadError(f"{path}: [report] {name} phải là chuỗi")
    return values
