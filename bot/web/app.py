"""The one aiohttp application. Parts add their routes to it: the simulator here when it runs,
the officer console later (`app.add_routes(...)` or `app.add_subapp(...)` before the app starts)."""

from __future__ import annotations

import functools
import json
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from aiohttp import web
from loguru import logger

from bot.channels.simulator import SimulatorChannel
from bot.web.simulator_routes import add_simulator_routes

STATIC_DIR = Path(__file__).resolve().parent / "static"
SIMULATOR = web.AppKey("simulator", SimulatorChannel)
HealthCheck = Callable[[], dict[str, Any]]
HEALTH: web.AppKey[HealthCheck] = web.AppKey("health")  # set by the runner: what /healthz reports

_dumps = functools.partial(json.dumps, ensure_ascii=False)
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def json_error(status: int, code: str, message: str) -> web.Response:
    return web.json_response({"error": code, "message": message}, status=status, dumps=_dumps)


@web.middleware
async def api_errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    """JSON errors under /api/, and never a traceback page."""
    try:
        return await handler(request)
    except web.HTTPException as exc:
        if not request.path.startswith("/api/") or exc.status < 400:
            raise
        return json_error(exc.status, exc.reason.lower().replace(" ", "_"), exc.text or exc.reason)
    except Exception:
        logger.exception("web: {} {} failed", request.method, request.path)
        return json_error(500, "internal_error", "internal error, see the bot's log")


async def healthz(request: web.Request) -> web.Response:
    """200 {"ok": true}; 503 {"ok": false, "reason": ...} while degraded (e.g. Redis unreachable)."""
    check = request.app.get(HEALTH)
    status = check() if check is not None else {"ok": True}
    return web.json_response(status, status=200 if status.get("ok") else 503, dumps=_dumps)


def build_app(simulator: SimulatorChannel | None, *, static_dir: Path = STATIC_DIR) -> web.Application:
    """The app; with a simulator, its page at / and its JSON API under /api/."""
    app = web.Application(middlewares=[api_errors], client_max_size=256 * 1024)
    app.router.add_get("/healthz", healthz)
    app.router.add_static("/static/", static_dir, name="static")
    if simulator is not None:
        app[SIMULATOR] = simulator
        add_simulator_routes(app, simulator, static_dir)
    return app


async def start_site(app: web.Application, host: str, port: int) -> tuple[web.AppRunner, int]:
    """Serve `app`; returns the runner (call `await runner.cleanup()` to stop) and the bound port
    (useful with port 0)."""
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    addresses = runner.addresses
    bound = int(addresses[0][1]) if addresses else port
    logger.info("web: listening on http://{}:{}/", host, bound)
    return runner, bound
