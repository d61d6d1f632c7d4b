"""The pages, as a person uses them: nothing but the login page before logging in, roles and
CSRF tokens on every form, a report's items highlighted in place with its text always shown as
text, the registers filtered, sorted, paged and exported, corrections and follow-up recorded
with their user, uploads, places by old and new names, people over time, search."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from web_support import (
    HOSTILE_NAME,
    PASSWORD,
    WebStore,
    client_for,
    copy_store,
    csrf_token,
    document_ids,
    log_in,
)

HA_GIANG = "ha_giang_2024_lam_viec.txt"
PAGES = [
    "/",
    "/registers/directives",
    "/registers/targets",
    "/registers/commitments",
    "/registers/indicators",
    "/search?q=ma+tuy",
    "/localities/Bắc Giang",
    "/people/Tô Lâm",
    "/password",
]


@pytest.fixture
def store(web_template: WebStore, tmp_path: Path) -> WebStore:
    return copy_store(web_template, tmp_path)


def test_without_login_only_the_login_page_is_served(store: WebStore) -> None:
    client = client_for(store)
    doc = document_ids(store)[HA_GIANG]
    for path in [
        *PAGES,
        f"/reports/{doc}",
        "/upload",
        "/users",
        "/no/such/page",
        "/registers/directives/export.csv",
    ]:
        response = client.get(path, follow_redirects=False)
        assert response.status_code == 303, path
        assert response.headers["location"].startswith("/login")
    login = client.get("/login")
    assert login.status_code == 200 and "Đăng nhập" in login.text and "Tô Lâm" not in login.text
    assert "httponly" in login.headers["set-cookie"].lower()
    assert client.post("/items/x/reject", data={"csrf": "x"}, follow_redirects=False).status_code == 303


def test_logging_in_sets_an_httponly_samesite_cookie_and_logging_out_ends_it(store: WebStore) -> None:
    client = client_for(store)
    form = client.get("/login?next=/registers/targets")
    response = client.post(
        "/login",
        data={
            "name": "viewer",
            "password": PASSWORD,
            "csrf": csrf_token(form.text),
            "next": "/registers/targets",
        },
        follow_redirects=False,
    )
    assert response.status_code == 303 and response.headers["location"] == "/registers/targets"
    cookie = response.headers["set-cookie"].lower()
    assert "chidao_session=" in cookie and "httponly" in cookie and "samesite=lax" in cookie
    page = client.get("/")
    assert page.status_code == 200 and "Tổng quan" in page.text and "viewer" in page.text
    assert client.post("/logout", data={"csrf": "wrong"}).status_code == 403
    client.post("/logout", data={"csrf": csrf_token(page.text)})
    assert client.get("/", follow_redirects=False).status_code == 303


def test_a_login_from_elsewhere_without_the_forms_token_is_refused(store: WebStore) -> None:
    client = client_for(store)
    response = client.post("/login", data={"name": "viewer", "password": PASSWORD, "csrf": "forged"})
    assert response.status_code == 400 and "chidao_session" not in response.headers.get("set-cookie", "")


def test_wrong_passwords_are_rate_limited_per_account(store: WebStore) -> None:
    client = client_for(store)
    token = csrf_token(client.get("/login").text)
    for _ in range(5):
        wrong = client.post("/login", data={"name": "editor", "password": "sai", "csrf": token})
        assert wrong.status_code == 401 and "Sai tên đăng nhập hoặc mật khẩu" in wrong.text
    blocked = client.post("/login", data={"name": "editor", "password": PASSWORD, "csrf": token})
    assert blocked.status_code == 429 and "thử lại sau 15 phút" in blocked.text
    assert log_in(client, "viewer")  # another account is not blocked


def test_a_one_time_password_must_be_replaced_before_anything_else(store: WebStore) -> None:
    from chidao.store import accounts
    from chidao.store.queries import open_session

    with open_session(store.db) as session:
        _user, one_time = accounts.add_user(session, "lan", "editor", created_by="admin")
        session.commit()
    client = client_for(store)
    form = client.get("/login")
    response = client.post(
        "/login",
        data={"name": "lan", "password": one_time, "csrf": csrf_token(form.text)},
        follow_redirects=False,
    )
    assert response.headers["location"].startswith("/password")
    assert client.get("/registers/directives", follow_redirects=False).headers["location"] == "/password"
    page = client.get("/password")
    short = client.post(
        "/password", data={"old": one_time, "new": "ngan", "again": "ngan", "csrf": csrf_token(page.text)}
    )
    assert short.status_code == 400 and "ít nhất 10 ký tự" in short.text
    client.post(
        "/password",
        data={
            "old": one_time,
            "new": "mat-khau-rieng",
            "again": "mat-khau-rieng",
            "csrf": csrf_token(page.text),
        },
    )
    assert client.get("/registers/directives").status_code == 200
    assert log_in(client_for(store), "lan", "mat-khau-rieng")


@pytest.mark.parametrize("path", PAGES)
def test_every_page_renders_for_a_viewer_in_vietnamese(store: WebStore, path: str) -> None:
    client = client_for(store)
    log_in(client, "viewer")
    page = client.get(path)
    assert page.status_code == 200
    assert '<html lang="vi">' in page.text and "Đăng xuất" in page.text
    assert "Tải báo cáo lên" not in page.text and 'href="/users"' not in page.text  # not theirs


def test_roles_decide_who_corrects_uploads_and_manages_accounts(store: WebStore) -> None:
    doc = document_ids(store)[HA_GIANG]
    viewer = client_for(store)
    token = log_in(viewer, "viewer")
    report = viewer.get(f"/reports/{doc}")
    assert "Loại: không phải" not in report.text and 'id="add-item-form"' not in report.text
    item = re.search(r'href="/items/([^"]+)"', report.text)[1]
    for path, data in (
        (f"/items/{item}/reject", {}),
        (f"/items/{item}/follow-up", {"status": "done"}),
        (f"/reports/{doc}/items", {"kind": "targets", "words": "415 đối tượng"}),
        ("/users", {"name": "x", "role": "admin"}),
    ):
        refused = viewer.post(path, data={**data, "csrf": token})
        assert refused.status_code == 403 and "không có quyền" in refused.text
    assert viewer.get("/upload").status_code == 403 and viewer.get("/users").status_code == 403
    editor = client_for(store)
    editor_token = log_in(editor, "editor")
    assert editor.get("/upload").status_code == 200 and editor.get("/users").status_code == 403
    assert editor.post(f"/items/{item}/reject", data={"csrf": "stolen"}).status_code == 403  # CSRF
    assert (
        editor.post(f"/items/{item}/reject", data={"csrf": editor_token}, follow_redirects=False).status_code
        == 303
    )
    admin = client_for(store)
    log_in(admin, "admin")
    assert "Thêm tài khoản" in admin.get("/users").text


def test_a_hostile_report_is_shown_as_text(store: WebStore) -> None:
    client = client_for(store)
    log_in(client, "viewer")
    doc = document_ids(store)[HOSTILE_NAME]
    page = client.get(f"/reports/{doc}").text
    assert "<script>alert" not in page and "<img src=x" not in page and 'href="javascript:' not in page
    assert "&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;" in page
    assert "&lt;a href=&#34;javascript:alert(2)&#34;&gt;" in page
    # The directive holding "<b>" is still highlighted, its words escaped inside the highlight.
    assert re.search(
        r'<span class="hl k-directives[^"]*" data-items="\d+">[^<]*&lt;b&gt;tăng cường&lt;/b&gt;', page
    )
    for path in ("/registers/directives", "/search?q=tang+cuong", "/localities/Quảng Ninh"):
        shown = client.get(path).text
        assert "<b>tăng cường</b>" not in shown and "&lt;b&gt;" in shown, path


def test_the_report_page_highlights_every_item_in_place(store: WebStore) -> None:
    from chidao.store.queries import get_document, open_session

    client = client_for(store)
    log_in(client, "viewer")
    doc = document_ids(store)[HA_GIANG]
    page = client.get(f"/reports/{doc}").text
    body = re.search(r'<article class="report-text"[^>]*>(.*?)</article>', page, re.S)[1]
    with open_session(store.db) as session:
        text = get_document(session, doc)["text"]
    plain = (
        re.sub(r"<[^>]+>", "", body)
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#34;", '"')
        .replace("&#39;", "'")
        .replace("&amp;", "&")
    )
    assert plain == text  # offsets a browser measures in the text are the report's own
    for kind in ("directives", "targets", "indicators", "people", "localities"):
        assert f'class="hl k-{kind}' in body, kind
        assert f'class="chip k-{kind}"' in page  # in the legend and the list
    anchors = re.findall(r'href="#(i\d+)"', page)
    assert anchors and all(f'id="{anchor}"' in body for anchor in anchors)
    focused = client.get(f"/reports/{doc}?span=0-5").text
    assert 'id="focus"' in focused


def test_an_editor_rejects_corrects_and_adds_from_the_report_page(store: WebStore) -> None:
    client = client_for(store)
    token = log_in(client, "editor")
    doc = document_ids(store)[HA_GIANG]
    page = client.get(f"/reports/{doc}").text
    legend = page.split('<div class="legend"')[1].split("</div>")[0]
    assert "Đã loại" not in legend  # the legend shows what the page shows: nothing rejected yet
    directives = re.findall(r'action="/items/([^"]+:directives:\d+)/reject"', page)
    back = client.post(
        f"/items/{directives[0]}/reject",
        data={"csrf": token, "reason": "nhận định", "next": f"/reports/{doc}"},
        follow_redirects=False,
    )
    assert back.headers["location"].startswith(f"/reports/{doc}?flash=")
    client.post(
        f"/items/{directives[1]}/correct", data={"csrf": token, "field": "speaker", "value": "Tô Lâm"}
    )
    refused = client.post(
        f"/items/{directives[1]}/correct", data={"csrf": token, "field": "speaker", "value": "x" * 400}
    )
    assert refused.status_code == 400 and "tối đa 300" in refused.text
    from chidao.store.queries import get_document, open_session

    with open_session(store.db) as session:
        text = get_document(session, doc)["text"]
    words = "hơn 270 km đường biên giới"  # what the browser's selection sends: its offsets
    begin = text.index(words)
    added = client.post(
        f"/reports/{doc}/items",
        data={
            "csrf": token,
            "kind": "indicators",
            "start": str(begin),
            "end": str(begin + len(words)),
            "field": "value",
            "value": "270",
        },
        follow_redirects=False,
    )
    assert added.status_code == 303, added.text
    words = client.post(
        f"/reports/{doc}/items",
        data={"csrf": token, "kind": "targets", "words": "không để hình thành các đường dây"},
    )
    assert words.status_code == 200 and "Đã thêm mục" in words.text
    after = client.get(f"/reports/{doc}").text
    assert "is-rejected" in after and "Người thêm" in after and "Đã sửa: Người chỉ đạo" in after
    assert "Đã loại" in after.split('<div class="legend"')[1].split("</div>")[0]
    history = client.get(f"/items/{directives[1]}").text
    assert "editor" in history and "Sửa Người chỉ đạo" in history and "Tô Lâm" in history


def test_the_add_item_form_offers_the_fields_by_their_vietnamese_names(store: WebStore) -> None:
    # The field was a text box to type a code in ("vd. speaker").
    client = client_for(store)
    log_in(client, "editor")
    page = client.get(f"/reports/{document_ids(store)[HA_GIANG]}").text
    form = re.search(r'<form[^>]*id="add-item-form".*?</form>', page, flags=re.S)[0]
    assert 'placeholder="vd. speaker"' not in form
    assert '<optgroup label="Chỉ đạo"><option value="speaker">Người chỉ đạo</option>' in form
    assert '<option value="metric_key">Mã chỉ số</option>' in form


def test_registers_filter_sort_page_and_export_what_they_show(store: WebStore) -> None:
    client = client_for(store)
    log_in(client, "viewer")
    everything = client.get("/registers/directives").text
    bac_ninh = client.get("/registers/directives?locality=Bắc Ninh").text
    count = lambda html: int(re.search(r"([\d.]+)\+? mục · trang", html)[1].replace(".", ""))  # noqa: E731
    assert 0 < count(bac_ninh) < count(everything)
    assert "Bắc Giang" in bac_ninh and "Hà Giang" not in re.sub(r"<form.*?</form>", "", bac_ninh, flags=re.S)
    newest = re.findall(r'<td class="nowrap">(\d\d/\d\d/\d{4})</td>', everything)
    oldest = re.findall(
        r'<td class="nowrap">(\d\d/\d\d/\d{4})</td>', client.get("/registers/directives?sort=date").text
    )
    iso = lambda d: d[6:] + d[3:5] + d[:2]  # noqa: E731
    assert [iso(d) for d in newest] == sorted((iso(d) for d in newest), reverse=True)
    assert [iso(d) for d in oldest] == sorted(iso(d) for d in oldest)
    exported = client.get("/registers/directives/export.csv?locality=Bắc Ninh")
    assert exported.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(exported.text.lstrip("\ufeff"))))  # as the CLI writes it: a BOM
    assert len(rows) == count(bac_ninh) and {"Mã", "Người chỉ đạo", "Trạng thái"} <= set(rows[0])
    workbook = client.get("/registers/targets/export.xlsx?status=met")
    sheet = load_workbook(io.BytesIO(workbook.content)).active
    assert sheet.title == "Sổ theo dõi chỉ tiêu" and sheet.max_row == 2  # heading and the one met target
    assert client.get("/registers/directives?status=lost").status_code == 400
    assert client.get("/registers/directives?from=2024-13").status_code == 400
    assert client.get("/registers/spells").status_code == 404


def test_the_figures_register_offers_no_status_filter(store: WebStore) -> None:
    # Figures are not followed up: a "Trạng thái" choice there always found nothing.
    client = client_for(store)
    log_in(client, "viewer")
    assert 'name="status"' not in client.get("/registers/indicators").text
    assert 'name="status"' in client.get("/registers/directives").text


def test_a_page_number_that_is_not_one_is_refused_in_vietnamese(store: WebStore) -> None:
    # Pydantic's English ("Input should be a valid integer, unable to parse string as an integer")
    # reached the page, after the parameter's English name.
    client = client_for(store)
    log_in(client, "viewer")
    word = client.get("/registers/directives?page=hai")
    assert word.status_code == 400 and "Trang: cần một số nguyên, không phải &#39;hai&#39;" in word.text
    zero = client.get("/registers/directives?page=0")
    assert zero.status_code == 400 and "Trang: không nhận &#39;0&#39;: nhỏ nhất là 1" in zero.text
    assert "Input should" not in word.text + zero.text


def test_a_register_s_topic_and_dates_are_typed_as_on_the_command_line(store: WebStore) -> None:
    # "ma tuy" (a label without diacritics) found nothing and "01/2024" was refused, though the
    # command line reads both and the form's dates are dd/mm/yyyy.
    client = client_for(store)
    log_in(client, "viewer")
    count = lambda html: int(re.search(r"([\d.]+)\+? mục · trang", html)[1].replace(".", ""))  # noqa: E731
    by_key = client.get("/registers/directives?topic=drugs&from=2024-01&to=2024-12-31").text
    by_label = client.get("/registers/directives?topic=ma tuy&from=01/2024&to=31/12/2024")
    assert by_label.status_code == 200 and count(by_label.text) == count(by_key) > 0
    # The form shows them as a person reads them.
    assert 'value="Phòng, chống ma túy"' in by_label.text and 'value="01/2024"' in by_label.text
    refused = client.get("/registers/directives?from=2025&to=2024")
    assert refused.status_code == 400 and "từ ngày 2025 sau đến ngày 2024" in refused.text
    unknown = client.get("/registers/directives?topic=bóng đá")
    assert unknown.status_code == 400 and "không có lĩnh vực" in unknown.text
    assert "Phòng, chống ma túy (drugs)" in unknown.text
    api = client.get("/api/v1/search?q=ma tuy&from=01/2024", headers=store.headers("viewer"))
    assert api.status_code == 200


def test_an_editor_changes_follow_up_inline_and_sees_the_history(store: WebStore) -> None:
    client = client_for(store)
    token = log_in(client, "editor")
    page = client.get("/registers/directives").text
    item = re.search(r'action="/items/([^"]+)/follow-up"', page)[1]
    response = client.post(
        f"/items/{item}/follow-up",
        data={
            "csrf": token,
            "status": "in_progress",
            "owner": "Phòng PV01",
            "due": "31/01/2020",  # as the form shows dates
            "note": "đang làm",
            "next": "/registers/directives?sort=-date",
        },
        follow_redirects=False,
    )
    assert response.headers["location"].startswith("/registers/directives?sort=-date")
    row = client.get("/registers/directives").text
    assert "Phòng PV01" in row and "31/01/2020" in row and "Quá hạn" in row
    assert "lịch sử (4)" in row and "Chưa thực hiện" in row and "Đang thực hiện" in row
    assert client.get("/registers/directives?status=overdue").text.count('class="nowrap">') >= 1
    bad = client.post(f"/items/{item}/follow-up", data={"csrf": token, "due": "31/13/2020"})
    assert bad.status_code == 400 and "ngày hạn không hợp lệ" in bad.text


def test_a_refused_correction_names_the_field_as_the_form_does(store: WebStore) -> None:
    client = client_for(store)
    token = log_in(client, "editor")
    page = client.get("/registers/targets").text
    item = re.search(r'href="/items/([^"?#]+)"', page)[1]
    bad = client.post(f"/items/{item}/correct", data={"csrf": token, "field": "value", "value": "nhiều"})
    # The form's list says "Giá trị"; the page said "value: không phải số".
    assert bad.status_code == 400 and "Giá trị (value): không phải số: nhiều" in bad.text


def test_a_refused_form_names_what_was_typed_and_leads_back_to_the_form(store: WebStore) -> None:
    client = client_for(store)
    token = log_in(client, "editor")
    page = client.get("/registers/directives").text
    item = re.search(r'action="/items/([^"]+)/follow-up"', page)[1]
    bad = client.post(
        f"/items/{item}/follow-up",
        data={"csrf": token, "due": "31/02/2025", "note": "giao Phòng PC04", "next": "/registers/directives"},
        headers={"referer": f"http://testserver/items/{item}?flash=x"},
    )
    # The date as the person typed it (it was shown as "2025-02-31"), and a way back to the
    # form, where the browser's back keeps the note typed beside it.
    assert bad.status_code == 400 and "31/02/2025" in bad.text and "2025-02-31" not in bad.text
    assert f'href="/items/{item}?flash=x" class="go-back"' in bad.text
    assert client.get("/static/go-back.js").status_code == 200
    assert "go-back" not in client.get("/items/nope").text  # a page not found is no refused form


def test_upload_stores_and_shows_the_extraction_and_refuses_a_file_too_large(store: WebStore) -> None:
    client = client_for(store)
    token = log_in(client, "editor")
    report = (
        " date 2024-06 Ngày 5/6, Bộ trưởng Bộ Công an yêu cầu Công an tỉnh Điện Biên giảm 5% số vụ phạm tội."
    )
    response = client.post(
        "/upload",
        data={"csrf": token},
        files={"file": ("dien-bien.txt", report.encode())},
        follow_redirects=False,
    )
    assert response.status_code == 303 and response.headers["location"].startswith("/reports/")
    shown = client.get(response.headers["location"]).text
    assert "Đã lưu và trích xuất báo cáo" in shown and 'class="hl k-directives' in shown
    from chidao.store.queries import open_session
    from chidao.store.schema import Document

    with open_session(store.db) as session:
        assert (
            session.query(Document.added_by).filter(Document.source == "dien-bien.txt").scalar() == "editor"
        )
    large = client.post("/upload", data={"csrf": token}, files={"file": ("lon.txt", b"x" * (5 * 2**20 + 10))})
    assert large.status_code == 413 and "Tệp quá lớn" in large.text and "tối đa 5 MB" in large.text
    wrong = client.post("/upload", data={"csrf": token}, files={"file": ("bang.pdf", b"%PDF")})
    assert wrong.status_code == 400 and "bang.pdf" in wrong.text
    forged = client.post("/upload", data={"csrf": "x"}, files={"file": ("a.txt", b"abc")})
    assert forged.status_code == 403


def test_a_locality_is_reached_by_its_old_and_new_names_with_the_map(store: WebStore) -> None:
    client = client_for(store)
    log_in(client, "viewer")
    old, new = client.get("/localities/Bắc Giang").text, client.get("/localities/bac ninh").text
    assert "nay thuộc" in old and "Bắc Ninh" in old
    assert "Gồm các tỉnh cũ: Bắc Giang" in new
    for page in (old, new):
        assert '<svg class="map"' in page and 'stroke="#0d47a1"' in page  # the province outlined
        assert "Bắc Ninh (gồm Bắc Giang trước 2025)" in page
    assert client.get("/localities/Atlantis").status_code == 404


def test_a_persons_ranks_and_positions_read_over_time_with_evidence(store: WebStore) -> None:
    client = client_for(store)
    log_in(client, "viewer")
    page = client.get("/people/to lam").text
    assert "<h1>Tô Lâm</h1>" in page
    timeline = re.search(r'<ol class="timeline">(.*?)</ol>', page, re.S)[1]
    assert "Đại tướng" in timeline and "Bộ trưởng Bộ Công an" in timeline
    assert "12/03/2021" in timeline and re.search(
        r'href="/reports/[0-9a-f]{64}\?span=\d+-\d+#focus"', timeline
    )


def test_an_empty_register_says_why(store: WebStore) -> None:
    client = client_for(store)
    log_in(client, "viewer")
    page = client.get("/registers/directives?locality=Cà Mau").text
    assert "Không có mục nào khớp bộ lọc này" in page and "Bỏ lọc</a> để xem tất cả" in page


def test_a_head_of_delegation_is_a_role_at_an_event_not_a_position(store: WebStore) -> None:
    client = client_for(store)
    log_in(client, "viewer")
    page = client.get("/people/Tô Lâm").text
    # "Trưởng đoàn" was marked "Chức vụ" on the page, "Vai trò tại sự kiện" by `chidao person`.
    assert re.search(r'<span class="badge">Vai trò tại sự kiện</span>\s*Trưởng đoàn', page), page
    assert not re.search(r'<span class="badge">Chức vụ</span>\s*Trưởng đoàn', page)


def test_search_without_diacritics_groups_hits_and_marks_the_words(store: WebStore) -> None:
    client = client_for(store)
    log_in(client, "viewer")
    page = client.get("/search?q=ma tuy").text
    assert re.search(r"<h2>Báo cáo \(\d+\)</h2>", page) and re.search(r"<h2>Chỉ đạo \(\d+\)</h2>", page)
    assert "<mark>ma</mark> <mark>túy</mark>" in page
    assert "Không tìm thấy kết quả nào" in client.get("/search?q=zzzzqqq").text


def test_an_error_page_keeps_the_header_and_its_navigation(store: WebStore) -> None:
    client = client_for(store)
    log_in(client, "viewer")
    for path, status in (("/no/such/page", 404), ("/registers/directives?status=lost", 400),
                         ("/upload", 403)):
        page = client.get(path)
        assert page.status_code == status, path
        header = page.text.split("</header>")[0]
        assert '<a href="/registers/targets">Chỉ tiêu</a>' in header, path
        assert 'action="/logout"' in header and "Đăng xuất" in header, path


def test_the_overview_chart_names_its_months_as_the_dates_read_mm_yyyy() -> None:
    from chidao.web.svg import monthly_chart
    chart = str(monthly_chart({"2021-03": {"directives": 2}, "2024-11": {"targets": 1}}))
    labels = re.findall(r'class="axis">([^<]*/[^<]*)</text>', chart)
    assert labels == ["03/2021", "11/2024"]
    assert "<title>Chỉ đạo 03/2021: 2</title>" in chart
    legend = re.findall(r'class="axis">([^<\d]+)</text>', chart)
    assert legend == ["Chỉ đạo", "Chỉ tiêu"]  # no commitments in these months: no entry for them


def test_an_upload_in_utf16_reads_as_its_text_and_a_broken_one_is_refused_in_a_line(store: WebStore) -> None:
    client = client_for(store)
    token = log_in(client, "editor")
    report = " date 2024-06 Ngày 5/6, Bộ trưởng yêu cầu Công an tỉnh Lai Châu giảm 5% số vụ phạm tội."
    for name, data in (("le.txt", b"\xff\xfe" + report.encode("utf-16-le")),
                       ("be.txt", b"\xfe\xff" + report.encode("utf-16-be"))):
        sent = client.post("/upload", data={"csrf": token}, files={"file": (name, data)},
                           follow_redirects=False)
        assert sent.status_code == 303, name
        assert "Công an tỉnh Lai Châu" in client.get(sent.headers["location"]).text
    broken = client.post("/upload", data={"csrf": token},
                         files={"file": ("hong.txt", b"\xff\xfe" + report.encode("utf-16-le") + b"x")})
    assert broken.status_code == 400
    assert "Không đọc được hong.txt: mở đầu bằng dấu thứ tự byte (BOM) UTF-16" in broken.text
