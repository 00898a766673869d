"""The auditors' view: read-only pages over findings, archives and scans, with an access register.

Server-rendered Jinja2 pages and a signed-cookie session (Starlette's SessionMiddleware) keep the
whole thing one Python process with no front-end build. Rules from the seeds:
- 属地管理: unit staff see their own unit only; anything else is a 403 page;
- 第十七条 (seed 000): archives are confidential, so IDs are masked for everyone but administrators
  and every view of an archive or finding is appended to the event log as ``viewed``.
Nothing here changes archive data; the only POST routes are log-in and log-out.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import threading
from collections.abc import Callable
from datetime import UTC, date, datetime, time
from pathlib import Path
from time import monotonic
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import FastAPI, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy import and_, false, func, or_, select, true
from sqlalchemy.orm import Session
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware

from dangan.config import Settings
from dangan.errors import DanganError, NotFound
from dangan.flows.intake_checks import display_name
from dangan.reconcile.ruleset import flag_illustrative
from dangan.reports.data import (
    BEIJING,
    KIND_LABELS,
    STATUS_LABELS,
    display_value,
    finding_to_dict,
    local_time,
    normalise_finding,
)
from dangan.schemas.validators import is_valid_id_number, keyed_hash
from dangan.storage.db import (
    Document,
    ElectronicRecord,
    Event,
    ExtractedField,
    Finding,
    Household,
    ReconcileRun,
    User,
    household_by_archive_no,
    record_event,
    session_scope,
)
from dangan.web import crop, labels
from dangan.web.auth import ROLES, authenticate

HERE = Path(__file__).parent
PAGE_SIZE = 100
SESSION_MAX_AGE = 8 * 3600  # one working day
REGISTER_LIMIT = 500
LOGIN_MAX_FAILURES, LOGIN_WINDOW = 5, 900  # then 15 minutes' pause for that user name
LOGIN_MAX_FAILURES_PER_ADDRESS = 20  # one address trying many names is paused too


class LoginRequired(Exception):
    def __init__(self, next_url: str) -> None:
        self.next_url = next_url


class Forbidden(Exception):
    """属地管理: a unit's staff asked for another unit's archive or finding."""

    def __init__(self, message: str) -> None:
        self.message = message


def _secret_key(settings: Settings) -> str:
    """One random key per data directory, kept in a 0600 file, so sessions survive a restart."""
    path = settings.data_dir / "web-session.key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(48), encoding="ascii")
        path.chmod(0o600)
    return path.read_text(encoding="ascii").strip()


def session_password_tag(user: User) -> str:
    """A short digest of the stored hash: kept in the (signed) session, never the hash itself."""
    return hashlib.sha256(user.password_hash.encode("utf-8")).hexdigest()[:16]


def _safe_next(url: str | None) -> str:
    """Only redirect within this site after log-in (no open redirect)."""
    if url and url.startswith("/") and not url.startswith("//") and "\\" not in url:
        return url
    return "/findings"


def _parse_since(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        # the day as the user means it (北京时间), compared in UTC like the stored times
        return datetime.combine(date.fromisoformat(text.strip()), time.min, tzinfo=BEIJING).astimezone(UTC)
    except ValueError:
        return None


_MEMBER_FIELD = re.compile(r"^家庭成员\[(.+?)\]\.(.+)$")


def _label_candidates(field: str) -> list[str]:
    """A member field may be written as '家庭成员[2].月收入' or '张三·月收入': try the plain label too."""
    out = [field]
    for sep in (".", "·", "/", ":", "："):
        if sep in field:
            out.append(field.rsplit(sep, 1)[1].strip())
    return out


def _base_label(field: str) -> str:
    """收入证明[张三].是否盖章 → 是否盖章; 身份证[张三] → 身份证; plain labels unchanged."""
    if "]." in field:
        return field.rsplit("].", 1)[1]
    if "[" in field:
        return field.split("[", 1)[0]
    return field


def create_app(
    settings: Settings,
    *,
    secret_key: str | None = None,
    read_original: Callable[[Settings, Document], bytes] | None = None,
) -> FastAPI:
    """The web application; ``read_original`` defaults to the object store (``dangan.storage.objects``)."""
    reader = read_original or crop.read_original
    app = FastAPI(title="困难职工档案核查", docs_url=None, redoc_url=None, openapi_url=None)
    app.add_middleware(
        SessionMiddleware,
        secret_key=secret_key or _secret_key(settings),
        session_cookie="dangan_session",
        max_age=SESSION_MAX_AGE,
        same_site="strict",
    )
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.globals.update(KIND_LABELS=KIND_LABELS, STATUS_LABELS=STATUS_LABELS, ROLES=ROLES,
                                 doc_status=labels.doc_status, household_status=labels.household_status,
                                 VIEW_OUTCOME_LABELS=labels.VIEW_OUTCOME_LABELS,
                                 local_time=local_time,
                                 shown_name=display_name)  # bidi/control characters of a file name made visible
    crop_cache: dict[tuple[Any, ...], bytes] = {}
    # "user:<name>" / "addr:<ip>" -> times of recent failed log-ins (this process): a known user's name
    # alone cannot be used to lock them out, nor one address to try every name
    failures: dict[str, list[float]] = {}
    failures_lock = threading.Lock()
    pii_key = settings.secret("pii-hash")

    @app.middleware("http")
    async def _secure_cookie(request: Request, call_next: Callable[[Request], Any]) -> Response:
        """Served over HTTPS (directly or behind a proxy uvicorn trusts): the session cookie is Secure."""
        response: Response = await call_next(request)
        if request.url.scheme == "https":
            response.raw_headers[:] = [
                (k, v + b"; secure") if k == b"set-cookie" and b"secure" not in v.lower() else (k, v)
                for k, v in response.raw_headers]
        return response

    @app.middleware("http")
    async def _security_headers(request: Request, call_next: Callable[[Request], Any]) -> Response:
        """Pages hold personal data: no caching, no framing, nothing loaded from elsewhere."""
        response: Response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy",
                                    "default-src 'self'; frame-ancestors 'none'; form-action 'self'")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        if not request.url.path.startswith("/static/"):
            response.headers["Cache-Control"] = "no-store"
        return response

    def throttle_keys(username: str, address: str) -> dict[str, int]:
        return {f"user:{username}": LOGIN_MAX_FAILURES, f"addr:{address}": LOGIN_MAX_FAILURES_PER_ADDRESS}

    def throttled(username: str, address: str) -> bool:
        now = monotonic()
        with failures_lock:
            hit = False
            for key, limit in throttle_keys(username, address).items():
                recent = [t for t in failures.get(key, []) if now - t < LOGIN_WINDOW]
                failures[key] = recent
                hit = hit or len(recent) >= limit
            return hit

    def note_failure(username: str, address: str) -> None:
        with failures_lock:
            for key in throttle_keys(username, address):
                failures.setdefault(key, []).append(monotonic())

    # ---- helpers bound to this app ------------------------------------------------------------
    def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
        context.setdefault("user", getattr(request.state, "user", None))
        return templates.TemplateResponse(request, name, context, status_code=status_code)

    def current_user(request: Request, session: Session) -> User:
        username = request.session.get("user")
        user = session.scalar(select(User).where(User.username == username)) if username else None
        # a changed password (or a removed user) ends every session made with the old one
        if user is None or request.session.get("pw") != session_password_tag(user):
            user = None
        if user is None:
            request.session.clear()
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            raise LoginRequired(target)
        request.state.user = {"username": user.username, "role": user.role, "unit": user.unit}
        if user.role == "unit_staff" and not user.unit:
            raise Forbidden("该单位经办人账户未指定单位，不能查看任何档案；请管理员用 dangan user add --unit 设置。")
        if user.role not in ROLES:
            raise Forbidden(f"未知的角色 {user.role!r}，不能查看档案。")
        return user

    def reveal(user: User) -> bool:
        return user.role == "admin"

    def check_unit(session: Session, user: User, unit: str | None, *, what: str, **where: Any) -> None:
        """Unit staff may only see their unit; the refusal itself is registered too."""
        if user.role != "unit_staff" or (unit is not None and unit == user.unit):
            return
        record_event(session, "viewed", actor=user.username, outcome="failure", reason="属地管理：非本单位",
                     role=user.role, unit=unit, page=what, **where)
        session.commit()
        raise Forbidden(f"根据属地管理原则，您只能查看本单位（{user.unit}）的档案；"
                        f"该{what}属于「{unit or '未注明单位'}」。")

    def masked_id(user: User, value: str | None) -> str:
        if not value:
            return ""
        return display_value(value, reveal_ids=reveal(user), label="身份证号")

    def field_location(session: Session, finding: Finding, household: Household | None
                       ) -> tuple[Document | None, ExtractedField | None]:
        """Where the paper value was read: the finding's document, else any of the household's.

        A member field (``家庭成员[张三].月收入``) is looked up in the row whose 姓名 is 张三.
        """
        labels = _label_candidates(finding.field)
        member = _MEMBER_FIELD.match(finding.field)
        if finding.document_id is not None:
            docs = [d for d in [session.get(Document, finding.document_id)] if d is not None]
        elif household is not None:
            docs = list(session.scalars(
                select(Document).where(Document.household_id == household.id)
                .order_by(Document.doc_type != "建档申请表", Document.id)))
        else:
            docs = []
        for doc in docs:
            member_index: int | None = None
            if member:
                # compared in Python: PostgreSQL's json type has no equality operator
                names = session.execute(
                    select(ExtractedField.member_index, ExtractedField.value).where(
                        ExtractedField.document_id == doc.id, ExtractedField.label == "姓名",
                        ExtractedField.member_index >= 0)).all()
                member_index = next((i for i, v in names if str(v) == member.group(1)), None)
            stmt = select(ExtractedField).where(ExtractedField.document_id == doc.id,
                                                ExtractedField.label.in_(labels))
            if member_index is not None:
                stmt = stmt.where(ExtractedField.member_index == member_index)
            ef = session.scalar(stmt.order_by(ExtractedField.member_index, ExtractedField.id))
            if ef is not None or finding.document_id is not None:
                return doc, ef
        return None, None

    # ---- error pages --------------------------------------------------------------------------
    @app.exception_handler(LoginRequired)
    async def _login_required(request: Request, exc: LoginRequired) -> Response:
        return RedirectResponse(f"/login?next={quote(exc.next_url)}", status_code=303)

    @app.exception_handler(Forbidden)
    async def _forbidden(request: Request, exc: Forbidden) -> Response:
        return render(request, "error.html", status_code=403, title="403 无权访问", message=exc.message)

    @app.exception_handler(NotFound)
    async def _not_found(request: Request, exc: NotFound) -> Response:
        return render(request, "error.html", status_code=404, title="404 未找到", message=str(exc))

    @app.exception_handler(DanganError)
    async def _dangan_error(request: Request, exc: DanganError) -> Response:
        return render(request, "error.html", status_code=503, title="暂时无法显示", message=str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        titles = {404: "404 未找到", 405: "405 不允许的操作（本系统只读）"}
        return render(request, "error.html", status_code=exc.status_code,
                      title=titles.get(exc.status_code, f"{exc.status_code} 错误"), message=str(exc.detail))

    # ---- log-in / log-out (the only routes that change anything: the session cookie) ---------
    @app.get("/", include_in_schema=False)
    def index() -> Response:
        return RedirectResponse("/findings", status_code=303)

    @app.get("/login", response_class=HTMLResponse)
    def login_form(request: Request, next: str = "/findings") -> Response:
        return render(request, "login.html", next=_safe_next(next), error=None)

    @app.post("/login", response_class=HTMLResponse)
    def login(request: Request, username: str = Form(""), password: str = Form(""),
              next: str = Form("/findings")) -> Response:
        username = username.strip()[:64]
        address = request.client.host if request.client else "?"
        if throttled(username, address):
            return render(request, "login.html", status_code=429, next=_safe_next(next),
                          error=f"登录失败次数过多，请 {LOGIN_WINDOW // 60} 分钟后再试")
        with session_scope(settings) as session:
            user = authenticate(session, username, password)
            if user is not None:
                record_event(session, "login", actor=user.username, address=address)
            else:  # what was typed may be a password or someone's ID: only a keyed hash of it is kept
                record_event(session, "login", actor="?", outcome="failure", address=address,
                             username_hash=keyed_hash(pii_key, username))
        if user is None:
            note_failure(username, address)
            return render(request, "login.html", status_code=401, next=_safe_next(next),
                          error="用户名或密码错误")
        request.session.clear()
        request.session["user"] = user.username
        request.session["pw"] = session_password_tag(user)
        return RedirectResponse(_safe_next(next), status_code=303)

    @app.post("/logout")
    def logout(request: Request) -> Response:
        request.session.clear()
        return RedirectResponse("/login", status_code=303)

    # ---- findings list ------------------------------------------------------------------------
    @app.get("/findings", response_class=HTMLResponse)
    def findings_list(request: Request, unit: str = "", kind: str = "", field: str = "", status: str = "",
                      since: str = "", page: int = 1) -> Response:
        with session_scope(settings) as session:
            user = current_user(request, session)
            if user.role == "unit_staff":
                if unit and unit != user.unit:
                    check_unit(session, user, unit, what="单位的问题清单")
                unit = user.unit or ""
            since_at = _parse_since(since)
            conds = []
            if unit:
                conds.append(Finding.unit == unit)
            if kind:
                conds.append(Finding.kind == kind)
            if field:  # a label also matches inside member fields (家庭成员[张三].月收入), as in reconcile
                conds.append(or_(Finding.field == field, Finding.field.like(f"%.{field}"),
                                 Finding.field.like(f"{field}[%")))
            if status:
                conds.append(Finding.status == status)
            if since_at is not None:
                conds.append(Finding.created_at >= since_at)
            where = and_(*conds) if conds else true()
            total = session.scalar(select(func.count(Finding.id)).where(where)) or 0
            by_kind = dict(session.execute(
                select(Finding.kind, func.count(Finding.id)).where(where).group_by(Finding.kind)).all())
            by_status = dict(session.execute(
                select(Finding.status, func.count(Finding.id)).where(where).group_by(Finding.status)).all())
            by_unit = session.execute(
                select(Finding.unit, func.count(Finding.id)).where(where).group_by(Finding.unit)
                .order_by(Finding.unit)).all()
            page = max(page, 1)
            rows = session.scalars(
                select(Finding).where(where)
                .order_by(Finding.unit, Finding.archive_no, Finding.kind, Finding.field, Finding.id)
                .offset((page - 1) * PAGE_SIZE).limit(PAGE_SIZE)
            ).all()
            scope = [Finding.unit == user.unit] if user.role == "unit_staff" else []
            units = [u for (u,) in session.execute(
                select(Finding.unit).where(*scope).distinct().order_by(Finding.unit)) if u]
            # the filter offers labels, not one entry per member: 家庭成员[王五].月收入 → 月收入
            fields = sorted({_base_label(f) for (f,) in session.execute(
                select(Finding.field).where(*scope).distinct()) if f})
            findings = flag_illustrative([normalise_finding(finding_to_dict(f), reveal_ids=reveal(user))
                                          for f in rows], _last_rules(session))
            filters = {"unit": unit, "kind": kind, "field": field, "status": status, "since": since}
            record_event(session, "viewed", actor=user.username, page="问题清单", role=user.role,
                         filters={k: v for k, v in filters.items() if v}, shown=len(findings), total=total)
            query = {k: v for k, v in filters.items() if v}
            pages = max((total + PAGE_SIZE - 1) // PAGE_SIZE, 1)
            return render(
                request, "findings.html", findings=findings, total=total, by_kind=by_kind,
                by_status=by_status, by_unit=by_unit, units=units, fields=fields, filters=filters,
                since_invalid=bool(since) and since_at is None, page=page, pages=pages,
                prev_url=f"/findings?{urlencode({**query, 'page': page - 1})}" if page > 1 else None,
                next_url=f"/findings?{urlencode({**query, 'page': page + 1})}" if page < pages else None,
            )

    # ---- one finding --------------------------------------------------------------------------
    def load_finding(session: Session, user: User, finding_id: int, what: str) -> Finding:
        finding = session.get(Finding, finding_id)
        if finding is None:
            raise NotFound(f"问题 {finding_id} 不存在")
        check_unit(session, user, finding.unit, what=what, finding_id=finding_id,
                   document_id=finding.document_id)
        return finding

    @app.get("/findings/{finding_id}", response_class=HTMLResponse)
    def finding_page(request: Request, finding_id: int) -> Response:
        with session_scope(settings) as session:
            user = current_user(request, session)
            finding = load_finding(session, user, finding_id, "问题")
            household = household_by_archive_no(session, finding.archive_no)
            doc, ef = field_location(session, finding, household)
            record_event(session, "viewed", actor=user.username, page="问题", role=user.role,
                         finding_id=finding.id, archive_no=finding.archive_no,
                         document_id=doc.id if doc else None, household_id=household.id if household else None)
            doc_events = session.scalars(
                select(Event).where(Event.document_id == doc.id).order_by(Event.at, Event.id)
            ).all() if doc else []
            hh_events = session.scalars(
                select(Event).where(Event.household_id == household.id, Event.document_id.is_(None))
                .order_by(Event.at, Event.id)
            ).all() if household else []
            r = reveal(user)
            return render(
                request, "finding.html",
                f=flag_illustrative([normalise_finding(finding_to_dict(finding), reveal_ids=r)],
                                    _last_rules(session))[0], finding=finding,
                household=household, doc=doc, ef=ef,
                ef_value=display_value(ef.value, reveal_ids=r, label=ef.label) if ef else "",
                doc_events=[_event_row(e, r) for e in doc_events],
                hh_events=[_event_row(e, r) for e in hh_events],
            )

    @app.get("/findings/{finding_id}/crop.png")
    def finding_crop(request: Request, finding_id: int) -> Response:
        with session_scope(settings) as session:
            user = current_user(request, session)
            finding = load_finding(session, user, finding_id, "问题的扫描件")
            household = household_by_archive_no(session, finding.archive_no)
            doc, ef = field_location(session, finding, household)
            if doc is None:
                raise NotFound("没有可显示的扫描件 (no scan for this finding)")
            record_event(session, "viewed", actor=user.username, page="扫描件截图", role=user.role,
                         finding_id=finding.id, document_id=doc.id,
                         household_id=household.id if household else doc.household_id)
            key = (doc.id, doc.version_id, ef.page if ef else None, tuple(ef.bbox or ()) if ef else ())
            doc_copy = Document(object_key=doc.object_key, version_id=doc.version_id,
                                media_type=doc.media_type)
        png = crop_cache.get(key)
        if png is None:
            data = reader(settings, doc_copy)
            png = crop.crop_png(data, doc_copy.media_type, key[2], list(key[3]) or None)
            if len(crop_cache) > 256:
                crop_cache.clear()
            crop_cache[key] = png
        return Response(png, media_type="image/png",
                        headers={"Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff"})

    # ---- one household archive ----------------------------------------------------------------
    @app.get("/archives/{archive_no}", response_class=HTMLResponse)
    def archive_page(request: Request, archive_no: str) -> Response:
        with session_scope(settings) as session:
            user = current_user(request, session)
            household = household_by_archive_no(session, archive_no)
            findings = session.scalars(
                select(Finding).where(Finding.archive_no == archive_no)
                .order_by(Finding.status, Finding.kind, Finding.field)
            ).all()
            if household is None and not findings:
                raise NotFound(f"档案 {archive_no} 不存在")
            unit = household.unit if household else findings[0].unit
            check_unit(session, user, unit, what="档案", archive_no=archive_no,
                       household_id=household.id if household else None)
            record_event(session, "viewed", actor=user.username, page="档案", role=user.role,
                         archive_no=archive_no, household_id=household.id if household else None)
            r = reveal(user)
            docs = session.scalars(
                select(Document).where(Document.household_id == household.id).order_by(Document.id)
            ).all() if household else []
            electronic = session.scalar(
                select(ElectronicRecord).where(ElectronicRecord.archive_no == archive_no)
                .order_by(ElectronicRecord.import_id.desc())
            )
            events = session.scalars(
                select(Event).where(or_(
                    Event.household_id == household.id,
                    Event.document_id.in_([d.id for d in docs]) if docs else false(),
                )).order_by(Event.at.desc(), Event.id.desc()).limit(200)
            ).all() if household else []
            name, id_number = _who(session, household, docs, electronic)
            return render(
                request, "archive.html", archive_no=archive_no, household=household, unit=unit,
                person_name=name, id_number=masked_id(user, id_number),
                findings=flag_illustrative([normalise_finding(finding_to_dict(f), reveal_ids=r) for f in findings],
                                           _last_rules(session)),
                docs=docs,
                electronic=[(k, display_value(v, reveal_ids=r, label=k)) for k, v in (electronic.data or {}).items()]
                if electronic else [],
                members=[[(k, display_value(v, reveal_ids=r, label=k)) for k, v in m.items()]
                         for m in (electronic.members or [])] if electronic else [],
                events=[_event_row(e, r) for e in events],
            )

    # ---- the access register (seed 000 第十七条: who looked at which archive, when) --------------
    @app.get("/register", response_class=HTMLResponse)
    def access_register(request: Request, actor: str = "", since: str = "", outcome: str = "") -> Response:
        with session_scope(settings) as session:
            user = current_user(request, session)
            if user.role == "unit_staff":
                raise Forbidden("查阅登记仅供审计人员和管理员查看。")
            conds = [Event.event_type == "viewed"]
            if actor:
                conds.append(Event.actor == actor)
            if outcome:
                conds.append(Event.outcome == outcome)
            since_at = _parse_since(since)
            if since_at is not None:
                conds.append(Event.at >= since_at)
            total = session.scalar(select(func.count(Event.id)).where(*conds)) or 0
            rows = session.execute(
                select(Event, Household.archive_no)
                .outerjoin(Household, Household.id == Event.household_id)
                .where(*conds).order_by(Event.at.desc(), Event.id.desc()).limit(REGISTER_LIMIT)
            ).all()
            actors = [a for (a,) in session.execute(
                select(Event.actor).where(Event.event_type == "viewed").distinct().order_by(Event.actor))]
            r = reveal(user)
            entries = [{**_event_row(e, r), "archive_no": archive_no or (e.detail or {}).get("archive_no", ""),
                        "page": (e.detail or {}).get("page", ""), "outcome": labels.view_outcome(e.outcome)}
                       for e, archive_no in rows]
            return render(request, "register.html", entries=entries, total=total, actors=actors,
                          filters={"actor": actor, "since": since, "outcome": outcome}, limit=REGISTER_LIMIT)

    app.include_router(__import__("dangan.web.verify", fromlist=["make_router"]).make_router(settings, reader))
    return app


def _last_rules(session: Session) -> str | None:
    """The rule set the stored findings were made with (the latest reconciliation run)."""
    return session.scalar(select(ReconcileRun.rules).order_by(ReconcileRun.id.desc()).limit(1))


def _who(session: Session, household: Household | None, docs: list[Document],
         electronic: ElectronicRecord | None) -> tuple[str, str]:
    """姓名 and 身份证号 of the archive: the household row, else the paper (application form first),
    else the electronic record — ingest knows only the folder, the names come with extraction."""
    name = (household.name if household else None) or ""
    number = (household.id_number if household else None) or ""
    if (not name or not number) and docs:
        order = sorted(docs, key=lambda d: (d.doc_type != "建档申请表", d.id))
        rows = session.execute(
            select(ExtractedField.document_id, ExtractedField.label, ExtractedField.value).where(
                ExtractedField.document_id.in_([d.id for d in order]), ExtractedField.member_index == -1,
                ExtractedField.label.in_(["姓名", "身份证号"]))).all()
        rank = {d.id: i for i, d in enumerate(order)}
        for _doc, label, value in sorted(rows, key=lambda r: rank[r[0]]):
            if label == "姓名" and not name and value:
                name = str(value)
            if label == "身份证号" and not number and is_valid_id_number(str(value or "")):
                number = str(value)  # a misread number is a finding, not the archive's ID
    data = (electronic.data or {}) if electronic else {}
    return name or str(data.get("姓名") or ""), number or str(data.get("身份证号") or "")


def _event_row(e: Event, reveal_ids: bool) -> dict[str, Any]:
    detail = "，".join(f"{labels.detail_key(k)}：{display_value(v, reveal_ids=reveal_ids, label=k)}"
                      for k, v in (e.detail or {}).items() if v not in (None, "", [], {}))
    return {"at": display_value(e.at), "type": labels.event_type(e.event_type),
            "outcome": labels.outcome(e.outcome), "actor": e.actor, "document_id": e.document_id,
            "detail": detail}
