"""The officer web console at /console/: login, case queue with live updates, case detail and
actions, indicators, rules, statistics, groups. Mounted on the runtime's aiohttp app by `add_console`."""

from __future__ import annotations

from pathlib import Path

from aiohttp import web
from loguru import logger

from bot.context import Context
from bot.web.console import auth, feed, routes_cases, routes_lists, routes_stats
from bot.web.console.deps import DEPS, Deps
from bot.web.console.feed import CaseFeed
from bot.web.console.users import load_users

STATIC = Path(__file__).resolve().parent / "static"


def build_console(ctx: Context) -> web.Application:
    console = web.Application(middlewares=[auth.require_login])
    deps = Deps(ctx=ctx, feed=CaseFeed(ctx.store))
    console[DEPS] = deps
    console.router.add_get("/login", auth.login_get)
    console.router.add_post("/login", auth.login_post)
    console.router.add_post("/logout", auth.logout)
    console.router.add_get("/events", feed.events)
    console.router.add_static("/static/", STATIC, name="console_static")
    routes_cases.add_routes(console)
    routes_lists.add_routes(console)
    routes_stats.add_routes(console)

    async def start_feed(_: web.Application) -> None:
        deps.feed.start()

    async def stop_feed(_: web.Application) -> None:
        await deps.feed.stop()

    console.on_startup.append(start_feed)
    console.on_shutdown.append(stop_feed)
    return console


def add_console(app: web.Application, ctx: Context) -> None:
    """Mount the console under /console/ (and send a bare /console there)."""
    app.add_subapp(auth.PREFIX, build_console(ctx))

    async def to_console(_: web.Request) -> web.StreamResponse:
        raise web.HTTPFound(f"{auth.PREFIX}/")

    app.router.add_get(auth.PREFIX, to_console)
    users = load_users(ctx.settings)
    if not users:
        logger.warning(
            "console: no logins configured; add one with `python main.py console add-user NAME` "
            "(or set SENTINEL_CONSOLE_USERS)"
        )
    logger.info("console: /console/ with {} login(s)", len(users))
