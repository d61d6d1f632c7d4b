"""Upload a report (text, HTML, DOCX, or pasted text): stored, extracted, then shown."""

from __future__ import annotations

from fastapi import Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import UploadFile

from chidao.errors import InputError
from chidao.ingest.upload import UPLOAD_LIMIT, UPLOAD_SUFFIXES, read_uploaded
from chidao.store.uploads import store_upload
from chidao.web.auth import Person, check_csrf, page_editor
from chidao.web.pages.common import render, router

_FORM_OVERHEAD = 64 * 1024


def _too_large(size: int | None = None) -> str:
    said = f" ({size / 2**20:.1f} MB)".replace(".", ",") if size else ""
    return f"Tệp quá lớn{said}: tối đa {UPLOAD_LIMIT // 2**20} MB mỗi báo cáo."


def _page(request: Request, person: Person, error: str | None = None, status: int = 200) -> HTMLResponse:
    return render(
        request,
        "upload.html",
        person,
        status_code=status,
        error=error,
        limit_mb=UPLOAD_LIMIT // 2**20,
        suffixes=", ".join(UPLOAD_SUFFIXES),
    )


@router.get("/upload", response_class=HTMLResponse)
def upload_form(request: Request, person: Person = Depends(page_editor)) -> HTMLResponse:
    return _page(request, person)


@router.post("/upload")
async def upload(request: Request, person: Person = Depends(page_editor)) -> Response:
    length = request.headers.get("content-length")
    if length and length.isdigit() and int(length) > UPLOAD_LIMIT + _FORM_OVERHEAD:
        return _page(request, person, _too_large(int(length)), 413)
    form = await request.form(max_files=1, max_fields=10, max_part_size=UPLOAD_LIMIT + 1)
    check_csrf(person, str(form.get("csrf") or ""))
    upload_file, pasted = form.get("file"), str(form.get("text") or "")
    if isinstance(upload_file, UploadFile) and upload_file.filename:
        data = await upload_file.read(UPLOAD_LIMIT + 1)
        name = upload_file.filename
    elif pasted.strip():
        data, name = (
            pasted.encode("utf-8"),
            (str(form.get("title") or "").strip() or "báo cáo dán vào") + ".txt",
        )
    else:
        return _page(request, person, "Chưa chọn tệp hoặc dán nội dung báo cáo.", 400)
    if len(data) > UPLOAD_LIMIT:
        return _page(request, person, _too_large(len(data)), 413)
    try:
        document = read_uploaded(data, name)
        outcome = await run_in_threadpool(store_upload, request.app.state.engine, document, person.name)
    except InputError as exc:
        return _page(request, person, f"Không đọc được {exc}", 400)
    if outcome.error is not None:
        return _page(request, person, f"Không lưu được báo cáo: {outcome.error}", 400)
    request.app.state.overview.clear()
    said = (
        "Đã lưu và trích xuất báo cáo." if outcome.outcome == "new" else "Báo cáo này đã có (cùng nội dung)."
    )
    return RedirectResponse(f"/reports/{document.id}?flash={said}", status_code=303)
