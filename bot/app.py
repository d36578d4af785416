"""`python main.py run`: wire settings, Redis, detector, channel, handlers, delivery, the web page and\nthe officer console."""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import Callable, Coroutine
from dataclasses import replace
from typing import Any

import aiohttp
from loguru import logger

from bot.channels.base import EventHandler, Sender
from bot.channels.simulator import SimulatorChannel
from bot.config import Settings
from bot.context import Context
from bot.deliver import Deliverer
from bot.detect import Detector
from bot.handlers import Router
from bot.handlers.tips import run_tips
from bot.limiter import RateLimitedSender
from bot.logs import configure_logging
from bot.redis_conn import RedisHealth, open_redis
from bot.store import Store
from bot.web.app import HEALTH, build_app, start_site
from bot.web.console import add_console
from bot.web.console.users import ensure_demo_login


def run(settings: Settings) -> int:
    configure_logging(settings.log_json, settings.log_level)
    asyncio.run(serve(settings))
    return 0


# On shutdown: how long queued messages may still go out, then how long background tasks may finish.
SHUTDOWN_DRAIN_S = 5.0
SHUTDOWN_TASKS_S = 5.0
SIGNALS = (signal.SIGINT, signal.SIGTERM)


async def serve(
    settings: Settings, stop: asyncio.Event | None = None, ready: asyncio.Future[int] | None = None
) -> None:
    """Run until `stop` is set (or SIGINT/SIGTERM). `ready`, if given, gets the web port once
    everything runs. Escalations not yet delivered stay in the Redis stream and are delivered on the
    next start: nothing is lost on Ctrl-C."""
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in SIGNALS:
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)

    detector = Detector.load(
        settings.rules_dir,
        settings.model_path,
        settings.thresholds,
    )
    redis, close_redis = await open_redis(settings.redis_url, settings.data_dir)
    store = Store(redis)
    await store.setup()
    health = RedisHealth(redis, on_up=[store.flush_escalations])

    simulator: SimulatorChannel | None = None
    channel: Sender
    run_channel: Callable[[EventHandler], Coroutine[Any, Any, None]] | None = None
    if settings.uses_wechat:
        from bot.channels.wechaty import WechatyChannel

        wechat = WechatyChannel(settings.puppet_token, settings.puppet_endpoint)
        channel, run_channel = wechat, wechat.run
        logger.info("channel: WeChat via puppet service {}", settings.puppet_endpoint or "(token discovery)")
    else:
        simulator = SimulatorChannel(settings.bot_name)
        channel = simulator
        if not settings.officers:
            settings = replace(settings, officers=(SimulatorChannel.DEFAULT_OFFICER_ID,))
        logger.info("channel: local simulator (no WECHATY_PUPPET_SERVICE_TOKEN/ENDPOINT set)")

    sender = RateLimitedSender(channel, per_min=settings.send_per_min, interval_s=settings.send_interval_s)
    sender.start()
    ctx = Context(settings, store, detector, sender)
    router = Router(ctx)
    session = aiohttp.ClientSession()
    deliverer = Deliverer(store, settings, sender, session=session)

    app = build_app(simulator)
    app[HEALTH] = health.status
    demo_login = ensure_demo_login(settings, SimulatorChannel.DEFAULT_OFFICER_ID) if simulator else None
    add_console(app, ctx)
    runner, port = await start_site(app, settings.web_host, settings.web_port)
    if simulator is not None:
        simulator.on_event = router.handle
        logger.info("simulator: open http://{}:{}/ in a browser", settings.web_host, port)
    if demo_login is not None:
        login, password = demo_login
        logger.info(
            "officer console: http://{}:{}/console/ (simulator demo login: {} / {})",
            settings.web_host,
            port,
            login,
            password,
        )

    tasks = [
        asyncio.create_task(deliverer.run(stop), name="deliver"),
        asyncio.create_task(run_tips(ctx, stop), name="tips"),
        asyncio.create_task(health.run(stop), name="health"),
    ]
    if run_channel is not None:
        tasks.append(asyncio.create_task(run_channel(router.handle), name="channel"))
    logger.info("Sentinel running; officers: {}", ", ".join(sorted(settings.all_officers)) or "(none set)")
    if ready is not None and not ready.done():
        ready.set_result(port)
    try:
        await stop.wait()
    finally:
        logger.info("shutting down")
        stop.set()
        # Queued messages go out while the channel is still connected; what the limiter cannot send
        # in time fails, so an escalation among it stays pending in Redis for the next start.
        await sender.close(drain=True, timeout=SHUTDOWN_DRAIN_S)
        background = [t for t in tasks if t.get_name() != "channel"]
        _, late = await asyncio.wait(background, timeout=SHUTDOWN_TASKS_S)
        for task in [*late, *(t for t in tasks if t.get_name() == "channel")]:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        for sig in SIGNALS:
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.remove_signal_handler(sig)
        await runner.cleanup()
        await session.close()
        await close_redis()
        logger.info("stopped")


# ---- `python main.py deliver`: webhook delivery only --------------------------------------------


def run_deliver(settings: Settings) -> int:
    configure_logging(settings.log_json, settings.log_level)
    if not settings.webhook_url:
        logger.error("`deliver` posts escalations to the webhook: set SENTINEL_WEBHOOK_URL")
        return 2
    asyncio.run(serve_deliver(settings))
    return 0


async def serve_deliver(settings: Settings, stop: asyncio.Event | None = None) -> None:
    """Join the escalation stream's webhook group until `stop` (or SIGINT/SIGTERM). Officer pings
    stay with the `run` processes: they own the WeChat accounts that send them."""
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in SIGNALS:
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    redis, close_redis = await open_redis(settings.redis_url, settings.data_dir)
    store = Store(redis)
    health = RedisHealth(redis)
    deliverer = Deliverer(store, settings, None, officers=False, webhook=True)
    tasks = [asyncio.create_task(deliverer.run(stop)), asyncio.create_task(health.run(stop))]
    try:
        await asyncio.gather(*tasks)
    finally:
        stop.set()
        await asyncio.gather(*tasks, return_exceptions=True)
        for sig in SIGNALS:
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.remove_signal_handler(sig)
        await close_redis()
        logger.info("delivery stopped")
