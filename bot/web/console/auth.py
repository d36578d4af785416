"""Login, logout, sessions, CSRF and lock-out. Everything under /console/ except the login page and
the static files needs a session; every POST needs the session's CSRF token."""

from __future__ import annotations

import hmac
import secrets
import time
from typing import Any

from aiohttp import web
from loguru import logger

from bot.web.console.deps import SESSION, TOKEN, deps
from bot.web.console.render import page
from bot.web.console.users import load_users, verify_password

SESSION_COOKIE = "sentinel_session"
LOGIN_CSRF_COOKIE = "sentinel_login_csrf"
CSRF_FIELD = "csrf"
CSRF_HEADER = "X-CSRF-Token"
PREFIX = "/console"
PUBLIC = (f"{PREFIX}/login", f"{PREFIX}/static/")
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


def _set_cookie(request: web.Request, response: web.StreamResponse, name: str, value: str, max_age: int) -> None:
    response.set_cookie(
        name, value, max_age=max_age, path=PREFIX, httponly=True, samesite="Strict", secure=request.secure
    )


def _unauthorized(request: web.Request) -> web.StreamResponse:
    wants_page = request.method == "GET" and "text/html" in request.headers.get("Accept", "")
    if wants_page:
        raise web.HTTPFound(f"{PREFIX}/login?next={request.path_qs}")
    return web.json_response({"error": "login_required", "message": "请先登录"}, status=401)


async def _csrf_ok(request: web.Request, expected: str) -> bool:
    given = request.headers.get(CSRF_HEADER)
    if given is None and request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        value = (await request.post()).get(CSRF_FIELD)
        given = value if isinstance(value, str) else None
    return bool(given) and bool(expected) and hmac.compare_digest(str(given), expected)


@web.middleware
async def require_login(request: web.Request, handler: Any) -> web.StreamResponse:
    response = await _guarded(request, handler)
    if not response.prepared:
        response.headers.update(SECURITY_HEADERS)
        response.headers.setdefault("Cache-Control", "no-store")
    return response


async def _guarded(request: web.Request, handler: Any) -> web.StreamResponse:
    if request.path.startswith(PUBLIC):
        return await handler(request)
    token = request.cookies.get(SESSION_COOKIE, "")
    session = await deps(request).store.get_session(token) if token else None
    if session is None:
        return _unauthorized(request)
    request[SESSION] = session
    request[TOKEN] = token
    if request.method not in ("GET", "HEAD") and not await _csrf_ok(request, session.get("csrf", "")):
        logger.warning("console: CSRF token missing or wrong for {} {}", request.method, request.path)
        return web.json_response({"error": "csrf", "message": "页面已过期，请刷新后重试"}, status=403)
    return await handler(request)


def actor(request: web.Request) -> str:
    return str(request[SESSION]["actor"])


async def flash(request: web.Request, message: str) -> None:
    await deps(request).store.set_flash(request[TOKEN], message)


async def flash_for(request: web.Request) -> str | None:
    token = request.get(TOKEN)
    return await deps(request).store.pop_flash(token) if token else None


def _safe_next(raw: str | None) -> str:
    if raw and raw.startswith(f"{PREFIX}/") and not raw.startswith("//") and "\\" not in raw:
        return raw
    return f"{PREFIX}/"


async def login_page(request: web.Request, message: str = "", status: int = 200) -> web.Response:
    token = secrets.token_urlsafe(24)
    response = await page(
        request, "login.html", status=status, message=message, login_csrf=token, next=request.query.get("next", "")
    )
    _set_cookie(request, response, LOGIN_CSRF_COOKIE, token, 3600)
    return response


async def login_get(request: web.Request) -> web.Response:
    return await login_page(request)


async def login_post(request: web.Request) -> web.StreamResponse:
    d = deps(request)
    form = await request.post()
    cookie = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    given = str(form.get(CSRF_FIELD, ""))
    if not cookie or not hmac.compare_digest(given, cookie):
        return await login_page(request, "页面已过期，请重新输入。", status=403)
    name = str(form.get("username", "")).strip()[:64]
    password = str(form.get("password", ""))
    settings = d.settings
    window_s = settings.console_lockout_min * 60
    if await d.store.login_failures(name) >= settings.console_max_failures:
        return await login_page(request, f"密码错误次数过多，请 {settings.console_lockout_min:g} 分钟后再试。", 429)
    user = load_users(settings).get(name)
    if not verify_password(user, password) or user is None:
        failures = await d.store.add_login_failure(name, window_s)
        logger.warning("console: failed login for {!r} ({} in a row)", name, failures)
        if failures >= settings.console_max_failures:
            await d.store.audit(f"console:{name}", "console_locked", None, request.remote or "")
            return await login_page(request, f"密码错误次数过多，请 {settings.console_lockout_min:g} 分钟后再试。", 429)
        return await login_page(request, "用户名或密码不对。", status=401)
    await d.store.clear_login_failures(name)
    token = secrets.token_urlsafe(32)
    session = {"user": user.name, "actor": user.actor, "csrf": secrets.token_urlsafe(32), "at": time.time()}
    max_age = int(settings.console_session_h * 3600)
    await d.store.create_session(token, session, max_age)
    await d.store.audit(user.actor, "console_login", None, user.name)
    response = web.HTTPSeeOther(_safe_next(str(form.get("next", ""))))
    _set_cookie(request, response, SESSION_COOKIE, token, max_age)
    response.del_cookie(LOGIN_CSRF_COOKIE, path=PREFIX)
    raise response


async def logout(request: web.Request) -> web.StreamResponse:
    await deps(request).store.delete_session(request[TOKEN])
    response = web.HTTPSeeOther(f"{PREFIX}/login")
    response.del_cookie(SESSION_COOKIE, path=PREFIX)
    raise response
