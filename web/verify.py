"""The readings to verify (待核对) in the web view: apart from the findings, each with its crop.

A reading to verify is a paper value that would contradict the electronic record but is not
trustworthy enough to send a clerk after (low confidence, not a possible value of its field, or a
vocabulary mapping the seeds do not settle). It is settled in review (``dangan review``: confirm or
correct); the next reconciliation turns it into a finding or clears it. The page also states once which
schema fields the electronic export does not carry (those are never compared).

Read-only like the rest of the view; every page and crop shown is registered (查阅登记).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from sqlalchemy import select
from sqlalchemy.orm import Session

from dangan.config import Settings
from dangan.errors import NotFound
from dangan.reconcile.lifecycle import latest_lacking
from dangan.reports.data import COVERAGE_LABEL, VERIFY_COLUMNS, evidence_text, local_time, normalise_finding
from dangan.storage.db import Document, ReadingToVerify, User, reading_record, record_event, session_scope
from dangan.web import crop
from dangan.web.auth import ROLES

HERE = Path(__file__).parent
Reader = Callable[[Settings, Document], bytes]


def _user(request: Request, session: Session) -> User:
    """The logged-in user, checked exactly as the rest of the view does (the app's own helpers)."""
    from dangan.web.app import Forbidden, LoginRequired, session_password_tag

    username = request.session.get("user")
    user = session.scalar(select(User).where(User.username == username)) if username else None
    if user is None or request.session.get("pw") != session_password_tag(user):
        request.session.clear()
        raise LoginRequired(request.url.path)
    request.state.user = {"username": user.username, "role": user.role, "unit": user.unit}
    if user.role == "unit_staff" and not user.unit:
        raise Forbidden("该单位经办人账户未指定单位，不能查看任何档案。")
    return user


def _row(r: ReadingToVerify, reveal: bool) -> dict[str, Any]:
    out = normalise_finding(reading_record(r), reveal_ids=reveal)
    out["依据"] = evidence_text(r.evidence)
    out["has_crop"] = bool(r.document_id)
    return out


def make_router(settings: Settings, read_original: Reader | None = None) -> APIRouter:
    """Routes /verify and /verify/{id}/crop.png, bound to the app's settings and original reader."""
    router = APIRouter()
    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.globals.update(ROLES=ROLES, local_time=local_time)
    reader = read_original or crop.read_original

    @router.get("/verify", response_class=HTMLResponse)
    def verify_list(request: Request) -> Response:
        with session_scope(settings) as session:
            user = _user(request, session)
            stmt = select(ReadingToVerify).where(ReadingToVerify.status == "open").order_by(
                ReadingToVerify.unit, ReadingToVerify.archive_no, ReadingToVerify.field, ReadingToVerify.id)
            if user.role == "unit_staff":
                stmt = stmt.where(ReadingToVerify.unit == user.unit)
            reveal = user.role == "admin"
            rows = [_row(r, reveal) for r in session.scalars(stmt)]
            lacking = latest_lacking(session)
            record_event(session, "viewed", actor=user.username, page="待核对读数", role=user.role, shown=len(rows))
            return templates.TemplateResponse(request, "verify.html", {
                "user": request.state.user, "rows": rows, "columns": VERIFY_COLUMNS, "lacking": lacking,
                "coverage_label": COVERAGE_LABEL})

    @router.get("/verify/{reading_id}/crop.png")
    def verify_crop(request: Request, reading_id: int) -> Response:
        from dangan.web.app import Forbidden

        with session_scope(settings) as session:
            user = _user(request, session)
            r = session.get(ReadingToVerify, reading_id)
            if r is None or r.document_id is None:
                raise NotFound("没有可显示的扫描件 (no scan for this reading)")
            if user.role == "unit_staff" and r.unit != user.unit:
                raise Forbidden(f"根据属地管理原则，您只能查看本单位（{user.unit}）的档案。")
            doc = session.get(Document, r.document_id)
            if doc is None:
                raise NotFound("没有可显示的扫描件 (no scan for this reading)")
            where: dict[str, Any] = next((e for e in (r.evidence or []) if e.get("document_id") == doc.id), {})
            record_event(session, "viewed", actor=user.username, page="待核对截图", role=user.role,
                         document_id=doc.id, household_id=doc.household_id, reading_id=r.id)
            copy = Document(object_key=doc.object_key, version_id=doc.version_id, media_type=doc.media_type)
        png = crop.crop_png(reader(settings, copy), copy.media_type, where.get("page"), where.get("bbox"))
        return Response(png, media_type="image/png",
                        headers={"Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff"})

    return router
