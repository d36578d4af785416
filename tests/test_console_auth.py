"""Console access control: login, sessions, CSRF, lock-out, and no route reachable without login."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from bot.config import Settings
from bot.store import Store
from tests.conftest import OFFICER, SCAM, group_msg, make_settings
from tests.console_helpers import (
    PASSWORD,
    WANG_AND_ZHAO,
    Client,
    console_app,
    csrf_of,
    login,
    login_form,
    post,
)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(
        tmp_path,
        SENTINEL_CONSOLE_USERS=WANG_AND_ZHAO,
        SENTINEL_CONSOLE_MAX_FAILURES="3",
    )


@pytest.fixture
async def client(aiohttp_client: Callable[..., Awaitable[Client]], ctx: Any) -> Client:
    return await aiohttp_client(console_app(ctx))


def _console_routes(app: web.Application) -> list[tuple[str, str]]:
    """Every (method, concrete path) of the console sub-app, login and static files left out."""
    (console,) = [r for r in app.router.resources() if isinstance(r, web.PrefixedSubAppResource)]
    out = []
    for route in console._app.router.routes():
        info = route.resource.get_info() if route.resource else {}
        path = info.get("path") or info.get("formatter") or info.get("prefix", "")
        if route.method == "HEAD" or path.startswith(("/console/login", "/console/static")):
            continue
        out.append((route.method, re.sub(r"\{[^}]+\}", "1", path)))
    return out


async def test_every_console_route_needs_login(client: Client, router: Any) -> None:
    await router.handle(group_msg(SCAM))  # a real case #1, so /cases/1 exists
    routes = _console_routes(client.server.app)
    paths = {p for _, p in routes}
    assert {"/console/", "/console/api/cases", "/console/events", "/console/stats/cases.csv"} <= paths
    assert len(routes) >= 18
    for method, path in routes:
        for accept in ("text/html", "application/json"):
            resp = await client.request(method, path, headers={"Accept": accept}, allow_redirects=False)
            assert resp.status in (302, 401), (method, path, resp.status)
            if resp.status == 302:
                assert method == "GET" and accept == "text/html"
                assert resp.headers["Location"].startswith("/console/login?next=")


async def test_json_sse_and_csv_answer_401_without_a_session(client: Client) -> None:
    for path in ("/console/api/cases", "/console/events", "/console/stats/cases.csv?from=2020-01-01&to=2020-02-01"):
        resp = await client.get(path, headers={"Accept": "*/*"})
        assert resp.status == 401
        assert (await resp.json())["error"] == "login_required"


async def test_a_forged_cookie_is_not_a_session(client: Client) -> None:
    client.session.cookie_jar.update_cookies({"sentinel_session": "made-up"})
    resp = await client.get("/console/api/cases")
    assert resp.status == 401


async def test_login_sets_a_strict_httponly_cookie_and_opens_the_queue(client: Client, store: Store) -> None:
    resp = await login(client)
    assert resp.status == 303
    cookie = resp.headers["Set-Cookie"]
    assert "sentinel_session=" in cookie and "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert "Path=/console" in cookie
    page = await client.get("/console/")
    assert page.status == 200
    assert "案件" in await page.text()
    assert page.headers["Content-Security-Policy"].startswith("default-src 'self'")
    assert (await client.get("/console/api/cases")).status == 200
    audit = await store.audit_entries()
    assert audit[0]["action"] == "console_login" and audit[0]["actor"] == OFFICER


async def test_login_form_needs_its_csrf_token(client: Client) -> None:
    await login_form(client)
    resp = await client.post("/console/login", data={"username": "wang", "password": PASSWORD}, allow_redirects=False)
    assert resp.status == 403
    assert (await client.get("/console/api/cases")).status == 401


async def test_wrong_password_is_refused(client: Client) -> None:
    resp = await login(client, password="wrong")
    assert resp.status == 401
    assert "用户名或密码不对" in await resp.text()
    assert (await client.get("/console/api/cases")).status == 401


async def test_repeated_failures_lock_the_login_even_with_the_right_password(client: Client, store: Store) -> None:
    for _ in range(3):
        await login(client, password="wrong")
    assert await store.login_failures("wang") == 3
    resp = await login(client)
    assert resp.status == 429
    assert "次数过多" in await resp.text()
    assert (await client.get("/console/api/cases")).status == 401
    # another officer is not locked out by it
    assert (await login(client, name="zhao")).status == 303


async def test_unknown_names_are_counted_too(client: Client, store: Store) -> None:
    for _ in range(3):
        assert (await login(client, name="nobody", password="x")).status in (401, 429)
    assert await store.login_failures("nobody") == 3


async def test_a_success_clears_earlier_failures(client: Client, store: Store) -> None:
    await login(client, password="wrong")
    assert (await login(client)).status == 303
    assert await store.login_failures("wang") == 0


async def test_posts_need_the_session_csrf_token(client: Client, store: Store, router: Any) -> None:
    await router.handle(group_msg(SCAM))
    await login(client)
    no_token = await client.post("/console/cases/1/close", data={}, allow_redirects=False)
    assert no_token.status == 403
    wrong = await client.post("/console/cases/1/close", data={"csrf": "nope"}, allow_redirects=False)
    assert wrong.status == 403
    case = await store.get_case(1)
    assert case is not None and case.status == "open"
    ok = await client.post(
        "/console/cases/1/close", headers={"X-CSRF-Token": await csrf_of(client)}, allow_redirects=False
    )
    assert ok.status == 303
    case = await store.get_case(1)
    assert case is not None and case.status == "closed"


async def test_logout_ends_the_session(client: Client) -> None:
    await login(client)
    resp = await post(client, "/console/logout")
    assert resp.status == 303
    assert (await client.get("/console/api/cases")).status == 401


async def test_next_only_goes_inside_the_console(client: Client) -> None:
    token = await login_form(client)
    data = {"csrf": token, "username": "wang", "password": PASSWORD, "next": "//evil.example/"}
    resp = await client.post("/console/login", data=data, allow_redirects=False)
    assert resp.headers["Location"] == "/console/"
