"""Shared pieces of the console tests: a logged-in aiohttp test client against the real runtime
context (embedded Redis, real detector), and form helpers."""

from __future__ import annotations

import re
from typing import Any

from aiohttp import web
from aiohttp.test_utils import TestClient

from bot.web.console import add_console
from bot.web.console.deps import DEPS
from bot.web.console.feed import CaseFeed
from bot.web.console.users import hash_password
from tests.conftest import OFFICER

Client = TestClient[Any, Any]
PASSWORD = "correct horse 42"
PASSWORD_HASH = hash_password(PASSWORD)
CSRF = re.compile(r'name="csrf" value="([^"]+)"')
# SENTINEL_CONSOLE_USERS of the console tests: wang is the officer, zhao a login with no officer id.
WANG = f"wang:{OFFICER}:{PASSWORD_HASH}"
WANG_AND_ZHAO = f"{WANG};zhao::{PASSWORD_HASH}"


def console_app(ctx: Any) -> web.Application:
    app = web.Application()
    add_console(app, ctx)
    return app


async def login_form(client: Client) -> str:
    page = await client.get("/console/login")
    assert page.status == 200
    match = CSRF.search(await page.text())
    assert match
    return match.group(1)


async def login(client: Client, name: str = "wang", password: str = PASSWORD) -> Any:
    token = await login_form(client)
    return await client.post(
        "/console/login",
        data={"csrf": token, "username": name, "password": password, "next": ""},
        allow_redirects=False,
    )


async def csrf_of(client: Client, path: str = "/console/") -> str:
    page = await client.get(path)
    assert page.status == 200, await page.text()
    match = CSRF.search(await page.text())
    assert match
    return match.group(1)


async def post(client: Client, path: str, **form: str) -> Any:
    form.setdefault("csrf", await csrf_of(client))
    return await client.post(path, data=form, allow_redirects=False)


def feed_of(client: Client) -> CaseFeed:
    (console,) = [r for r in client.server.app.router.resources() if isinstance(r, web.PrefixedSubAppResource)]
    return console._app[DEPS].feed
