"""The web app in a real browser: Debian's Chromium (/usr/bin/chromium) driven by Playwright,
against `chidao serve` on loopback. One server and one browser serve every test here; skipped
when Chromium or Playwright is missing. Every page is saved as a screenshot (in
$CHIDAO_SCREENSHOTS when set, else a temporary folder).

The story: an editor logs in, searches without diacritics, opens a report and sees its
highlights, rejects one item and corrects another, which both survive `chidao reextract`,
adds an item by selecting its words, changes a directive's status and reads its history; a
viewer is refused what only editors may do."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from web_support import HOSTILE_NAME, PASSWORD, WebStore, copy_store, document_ids

CHROMIUM = Path("/usr/bin/chromium")
HA_GIANG = "ha_giang_2024_lam_viec.txt"
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed")
sync_api = pytest.importorskip("playwright.sync_api")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _chidao(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", "from chidao.cli import main; main()", *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.fixture(scope="session")
def e2e_store(web_template: WebStore, tmp_path_factory: pytest.TempPathFactory) -> WebStore:
    return copy_store(web_template, tmp_path_factory.mktemp("e2e"))


@pytest.fixture(scope="session")
def server(e2e_store: WebStore) -> Iterator[str]:
    port = _free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from chidao.cli import main; main()",
            "serve",
            "--db",
            e2e_store.db,
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            if process.poll() is not None:
                pytest.fail(f"chidao serve ended: {process.stderr.read().decode()[-500:]}")
            time.sleep(0.2)
    else:
        process.kill()
        pytest.fail("chidao serve did not start")
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=20)


@pytest.fixture(scope="session")
def browser() -> Iterator:
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-background-networking", "--disable-component-update"],
        )
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = Path(os.environ.get("CHIDAO_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _page_as(browser, server: str, role: str, shots: Path | None = None):
    page = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="vi-VN").new_page()
    page.set_default_timeout(30_000)
    page.goto(server + "/registers/directives")
    assert "/login" in page.url
    if shots is not None:
        page.screenshot(path=str(shots / "login.png"))
    page.fill("input[name=name]", role)
    page.fill("input[name=password]", PASSWORD)
    page.click("form[action='/login'] button[type=submit]")
    page.wait_for_url("**/registers/directives")
    return page


@pytest.fixture(scope="session")
def editor(browser, server: str, shots: Path):
    return _page_as(browser, server, "editor", shots)


def test_search_without_diacritics_finds_and_marks_the_words(editor, server: str, shots: Path) -> None:
    editor.fill("header input[name=q]", "ma tuy")
    editor.press("header input[name=q]", "Enter")
    editor.wait_for_url("**/search?q=ma+tuy")
    assert editor.locator("mark", has_text="túy").count() > 0
    assert editor.locator("h2", has_text="Chỉ đạo").count() == 1
    editor.screenshot(path=str(shots / "search.png"))


def test_the_header_shows_the_whole_search_hint_and_the_name_on_one_line(editor, server: str) -> None:
    # At 1400 pixels the hint was cut ("Tìm kiếm (có dấu hay khô") and at 1280 the name took two lines.
    for width in (1400, 1280):
        editor.set_viewport_size({"width": width, "height": 1000})
        editor.goto(server + "/")
        room, needed = editor.evaluate("""() => {
            const box = document.querySelector("header input[name=q]");
            const style = getComputedStyle(box);
            const ctx = document.createElement("canvas").getContext("2d");
            ctx.font = style.font;
            const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
            return [box.clientWidth - padding, ctx.measureText(box.placeholder).width];
        }""")
        assert needed <= room, (width, needed, room)
        brand = editor.locator("header a.brand").bounding_box()
        assert brand["height"] < 30, (width, brand)
    editor.set_viewport_size({"width": 1400, "height": 1000})


def test_a_refused_follow_up_goes_back_to_the_form_with_what_was_typed(editor, server: str) -> None:
    editor.goto(server + "/registers/targets")
    item = editor.locator("form[action$='/follow-up']").first.get_attribute("action").split("/")[2]
    editor.goto(f"{server}/items/{item}")
    form = editor.locator("section form[action$='/follow-up']")
    form.locator("input[name=due]").fill("31/02/2025")
    form.locator("input[name=note]").fill("Đã giao Phòng PC04, chờ báo cáo")
    form.locator("button[type=submit]").click()
    assert "31/02/2025" in editor.locator("p.error").inner_text()
    editor.click("a.go-back")
    editor.wait_for_url(f"**/items/{item}")
    form = editor.locator("section form[action$='/follow-up']")
    assert form.locator("input[name=note]").input_value() == "Đã giao Phòng PC04, chờ báo cáo"
    assert form.locator("input[name=due]").input_value() == "31/02/2025"


def test_a_report_shows_its_items_highlighted_and_jumps_to_their_words(
    editor, server: str, e2e_store: WebStore, shots: Path
) -> None:
    doc = document_ids(e2e_store)[HA_GIANG]
    editor.goto(f"{server}/reports/{doc}")
    for kind in ("directives", "targets", "indicators", "people", "localities"):
        assert editor.locator(f"#report-text .hl.k-{kind}").count() > 0, kind
    legend = editor.locator(".legend").inner_text()
    assert "Chỉ đạo" in legend and "Chỉ tiêu" in legend
    editor.screenshot(path=str(shots / "report.png"))
    last = editor.locator(".item-list a.jump").last
    target = last.get_attribute("href")
    last.click()
    assert editor.url.endswith(target)
    box = editor.locator(target).bounding_box()
    assert box is not None and 0 <= box["y"] < 1000  # scrolled to its words


def test_a_hostile_report_is_text_in_the_browser(editor, server: str, e2e_store: WebStore) -> None:
    dialogs: list[str] = []
    editor.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    editor.goto(f"{server}/reports/{document_ids(e2e_store)[HOSTILE_NAME]}")
    text = editor.locator("#report-text").inner_text()
    assert "<script>alert('xss')</script>" in text and '<a href="javascript:alert(2)">' in text
    assert (
        editor.locator("#report-text script, #report-text img, #report-text a[href^='javascript']").count()
        == 0
    )
    editor.wait_for_timeout(300)
    assert dialogs == []


def test_rejected_and_corrected_items_are_kept_after_reextract(
    editor, server: str, e2e_store: WebStore, shots: Path
) -> None:
    doc = document_ids(e2e_store)[HA_GIANG]
    editor.goto(f"{server}/reports/{doc}")
    items = editor.locator(".item-list li[id*=':directives:']")
    first, second = items.nth(0).get_attribute("id"), items.nth(1).get_attribute("id")
    row = editor.locator(f"li[id='{first}']")
    row.locator("summary").click()
    row.locator("input[name=reason]").fill("nhận định, không phải chỉ đạo")
    with editor.expect_navigation():
        row.locator("form[action$='/reject'] button").click()
    assert "Đã loại bỏ" in editor.locator(".flash").inner_text()
    row = editor.locator(f"li[id='{second}']")
    row.locator("summary").click()
    row.locator("select[name=field]").select_option("speaker")
    row.locator("input[name=value]").fill("Tô Lâm")
    with editor.expect_navigation():
        row.locator("form[action$='/correct'] button").click()
    result = _chidao("reextract", "--db", e2e_store.db)
    assert result.returncode == 0, result.stderr
    editor.goto(f"{server}/reports/{doc}")
    assert "is-rejected" in editor.locator(f"li[id='{first}']").get_attribute("class")
    corrected = editor.locator(f"li[id='{second}']").inner_text()
    assert "Đã sửa: Người chỉ đạo" in corrected and "Tô Lâm" in corrected
    editor.goto(f"{server}/items/{second.removeprefix('item-')}")
    history = editor.locator("table.history").inner_text()
    assert "Sửa Người chỉ đạo" in history and "editor" in history
    editor.screenshot(path=str(shots / "item.png"))


def test_an_item_is_added_by_selecting_its_words(editor, server: str, e2e_store: WebStore) -> None:
    doc = document_ids(e2e_store)[HA_GIANG]
    editor.goto(f"{server}/reports/{doc}")
    words = 'mô hình "xã không ma túy" bước đầu phát huy hiệu quả'
    editor.evaluate(
        """(words) => {
        const root = document.getElementById("report-text");
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        let text = "", nodes = [];
        while (walker.nextNode()) {
            nodes.push([walker.currentNode, text.length]);
            text += walker.currentNode.data;
        }
        const start = text.indexOf(words), end = start + words.length;
        const find = (at) => {
            for (const [node, from] of nodes) { if (at <= from + node.data.length) return [node, at - from]; }
        };
        const range = document.createRange();
        range.setStart(...find(start)); range.setEnd(...find(end));
        const selection = window.getSelection(); selection.removeAllRanges(); selection.addRange(range);
        root.dispatchEvent(new MouseEvent("mouseup", {bubbles: true}));
    }""",
        words,
    )
    start, end = editor.input_value("#add-start"), editor.input_value("#add-end")
    assert start.isdigit() and int(end) - int(start) == len(words)
    assert editor.input_value("#add-words") == words
    editor.select_option("#add-item-form select[name=kind]", "indicators")
    with editor.expect_navigation():
        editor.click("#add-item-form button[type=submit]")
    assert "Đã thêm mục" in editor.locator(".flash").inner_text()
    assert editor.locator(".item-list li", has_text="xã không ma túy").locator(".badge.person").count() == 1


def test_a_directives_status_changes_and_its_history_shows(editor, server: str, shots: Path) -> None:
    editor.goto(f"{server}/registers/directives?sort=date")
    row = editor.locator("table.register tbody tr").first
    row.locator("details.edit summary").click()
    row.locator("select[name=status]").select_option("in_progress")
    row.locator("input[name=owner]").fill("Phòng Tham mưu")
    with editor.expect_navigation():
        row.locator("form.follow button").click()
    editor.wait_for_url("**/registers/directives?sort=date*")
    row = editor.locator("table.register tbody tr").first
    assert "Đang thực hiện" in row.inner_text() and "Phòng Tham mưu" in row.inner_text()
    row.locator("details.edit summary").click()
    history = row.locator("table.history").inner_text()
    assert "Trạng thái" in history and "Chưa thực hiện" in history and "Đang thực hiện" in history
    assert "editor" in history
    editor.screenshot(path=str(shots / "register.png"))


def test_every_other_page_renders(editor, server: str, shots: Path) -> None:
    for name, path, heading in (
        ("overview", "/", "Tổng quan"),
        ("locality", "/localities/Bắc Ninh", "Bắc Ninh"),
        ("person", "/people/Tô Lâm", "Tô Lâm"),
        ("upload", "/upload", "Tải báo cáo lên"),
        ("targets", "/registers/targets", "Sổ theo dõi chỉ tiêu"),
        ("password", "/password", "Đặt mật khẩu"),
    ):
        editor.goto(server + path)
        assert heading in editor.locator("h1").first.inner_text(), name
        if name == "locality":
            assert editor.locator("svg.map circle").count() == 34  # the provinces after 2025
        editor.screenshot(path=str(shots / f"{name}.png"), full_page=name == "overview")


def test_a_viewer_is_refused_what_editors_do(browser, server: str, e2e_store: WebStore, shots: Path) -> None:
    viewer = _page_as(browser, server, "viewer")
    doc = document_ids(e2e_store)[HA_GIANG]
    viewer.goto(f"{server}/reports/{doc}")
    assert viewer.locator("details.edit").count() == 0 and viewer.locator("#add-item-form").count() == 0
    item = viewer.locator(".item-list li").first.get_attribute("id").removeprefix("item-")
    token = viewer.locator("form[action='/logout'] input[name=csrf]").get_attribute("value")
    with viewer.expect_navigation():
        viewer.evaluate(
            """([item, token]) => {
            const form = document.createElement("form");
            form.method = "post"; form.action = `/items/${item}/reject`;
            const field = document.createElement("input"); field.name = "csrf"; field.value = token;
            form.appendChild(field); document.body.appendChild(form); form.submit();
        }""",
            [item, token],
        )
    assert "Không có quyền" in viewer.locator("h1").inner_text()
    viewer.screenshot(path=str(shots / "refused.png"))
    viewer.goto(f"{server}/users")
    assert "Không có quyền" in viewer.locator("h1").inner_text()
