"""`create_app(db)`: the FastAPI app over the store at `db` (path or URL; None: $CHIDAO_DB,
then ./chidao.db).

Pages (`chidao.web.pages`) are server-rendered Jinja2 in Vietnamese; the JSON API
(`chidao.web.api`) is under /api/v1 with its OpenAPI schema at /api/v1/openapi.json
(a bearer token needed, as for every other path). Without a session only the login
page and its stylesheet are served. Assets are in the package (`chidao/web/static`):
nothing is fetched from elsewhere.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote, urlsplit

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from chidao.errors import value_refusal
from chidao.store.engine import create_store_engine, open_engine
from chidao.web import labels
from chidao.web.auth import (
    LoginRequired,
    LoginThrottle,
    PageForbidden,
    PasswordChangeRequired,
    Person,
    api_viewer,
    session_person,
)
from chidao.web.changes import REFUSALS, safe_next
from chidao.web.overview import OverviewCache

WEB_DIR = Path(__file__).resolve().parent
API_PREFIX = "/api/v1"
POOL_SIZE = 20


def templates() -> Jinja2Templates:
    """The page templates, autoescaping every value (report text is untrusted)."""
    found = Jinja2Templates(directory=str(WEB_DIR / "templates"))
    found.env.autoescape = True
    found.env.filters.update(labels.filters())
    found.env.globals.update(
        KIND_LABELS=labels.KIND_LABELS,
        KIND_COLOURS=labels.KIND_COLOURS,
        REGISTER_KINDS=labels.REGISTER_KINDS,
        REGISTER_TITLES=labels.REGISTER_TITLES,
        FOLLOW_STATUS=labels.FOLLOW_STATUS,
        EVALUATION_STATUS=labels.EVALUATION_STATUS,
    )
    return found


def create_app(db: str | None = None) -> FastAPI:
    """The web app over the store at `db` (which must exist: StoreError otherwise)."""
    from chidao.web import api, pages

    app = FastAPI(
        title="chidao",
        version="1",
        description="Theo dõi chỉ đạo: JSON API (`/api/v1`).",
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
    )
    # The store must exist, at the newest schema; the app then keeps its own pool of connections,
    # one per request the server answers at once (uvicorn's thread pool has 40).
    engine = open_engine(db, create=False)
    app.state.engine = (
        engine
        if engine.url.database in (None, "", ":memory:")
        else create_store_engine(engine.url.render_as_string(hide_password=False), pool_size=POOL_SIZE)
    )
    app.state.db = db
    app.state.templates = templates()
    app.state.throttle = LoginThrottle()
    app.state.overview = OverviewCache()
    app.mount("/static", StaticFiles(directory=str(WEB_DIR / "static")), name="static")
    app.include_router(api.router, prefix=API_PREFIX)
    app.include_router(pages.router)

    @app.get(API_PREFIX + "/openapi.json", include_in_schema=False)
    def openapi(_: Person = Depends(api_viewer)) -> JSONResponse:
        return JSONResponse(app.openapi())

    _error_handlers(app)
    return app


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith(API_PREFIX)


def _error_page(request: Request, status: int, message: str) -> Response:
    # A refused form leads back to the page it was sent from: the browser's back keeps what
    # the person typed there (go-back.js), the link itself opens the page again.
    referer = urlsplit(request.headers.get("referer") or "")
    came_from = referer.path + (f"?{referer.query}" if referer.query else "")
    back_to = safe_next(came_from, "") if request.method == "POST" else ""
    return request.app.state.templates.TemplateResponse(
        request,
        "error.html",
        {"status": status, "message": message, "person": session_person(request), "back_to": back_to},
        status_code=status,
    )


def _error_handlers(app: FastAPI) -> None:
    @app.exception_handler(LoginRequired)
    def login_required(request: Request, _exc: LoginRequired) -> Response:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)

    @app.exception_handler(PasswordChangeRequired)
    def password_change(request: Request, _exc: PasswordChangeRequired) -> Response:
        return RedirectResponse("/password", status_code=303)

    @app.exception_handler(PageForbidden)
    def forbidden(request: Request, exc: PageForbidden) -> Response:
        return _error_page(request, 403, exc.message)

    def refused(request: Request, exc: Exception) -> Response:
        status = next(code for kind, code in REFUSALS.items() if isinstance(exc, kind))
        if _wants_json(request):
            return JSONResponse({"detail": str(exc)}, status_code=status)
        return _error_page(request, status, str(exc))

    for kind in REFUSALS:
        app.add_exception_handler(kind, refused)

    @app.exception_handler(RequestValidationError)
    def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(f"{_field_name(error['loc'])}: {value_refusal(error)}" for error in exc.errors())
        if _wants_json(request):
            return JSONResponse({"detail": problems, "errors": _plain(exc.errors())}, status_code=422)
        return _error_page(request, 400, f"Dữ liệu gửi lên không hợp lệ: {problems}")

    @app.exception_handler(StarletteHTTPException)
    def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if _wants_json(request):
            return JSONResponse(
                {"detail": exc.detail}, status_code=exc.status_code, headers=getattr(exc, "headers", None)
            )
        if exc.status_code == 404 and not request.cookies.get("chidao_session"):
            return RedirectResponse("/login", status_code=303)  # nothing is shown before login
        message = exc.detail if isinstance(exc.detail, str) else "Lỗi"
        if exc.status_code == 404 and message == "Not Found":
            message = "Không có trang này."
        return _error_page(request, exc.status_code, message)

    @app.exception_handler(Exception)
    def unexpected(request: Request, exc: Exception) -> Response:
        message = f"lỗi không mong đợi ({exc.__class__.__name__})"
        if _wants_json(request):
            return JSONResponse({"detail": message}, status_code=500)
        return HTMLResponse(f"<!doctype html><meta charset=utf-8><p>{message}</p>", status_code=500)


# The names of the pages' and the API's parameters, as a refusal says them.
FIELD_NAMES = {"page": "Trang", "limit": "Số mục", "offset": "Vị trí bắt đầu", "q": "Từ khoá",
               "locality": "Địa phương", "person": "Người", "topic": "Lĩnh vực", "status": "Trạng thái",
               "from": "Từ ngày", "to": "Đến ngày", "document": "Văn bản", "item": "Mục", "kind": "Loại",
               "reason": "Lý do", "file": "Tệp", "date": "Ngày", "field": "Trường", "name": "Tên",
               "role": "Vai trò", "owner": "Phụ trách", "due": "Hạn", "note": "Ghi chú", "notes": "Ghi chú"}


def _field_name(loc: tuple | list) -> str:
    """"Trang" for ("query", "page"): where a refused value was, by its label; the request as a
    whole ("yêu cầu") where pydantic names no field."""
    names = [str(part) for part in loc[1:]]
    if not names:
        return "yêu cầu"
    return ".".join(FIELD_NAMES.get(name, name) for name in names)


def _plain(errors: list) -> list:
    """Validation errors as JSON-ready values (their `ctx` may hold exceptions)."""
    return [
        {
            key: (value if key != "ctx" else {k: str(v) for k, v in value.items()})
            for key, value in error.items()
            if key in ("loc", "msg", "type", "ctx")
        }
        for error in errors
    ]
