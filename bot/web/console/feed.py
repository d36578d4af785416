"""Live updates: ONE Redis pub/sub subscription per process (channel `sentinel:events:cases`, published
by handlers/cases.py whenever a case is opened or decided, from any process), fanned out to the
Server-Sent-Events stream of every open console page."""

from __future__ import annotations

import asyncio
import contextlib
import json
from typing import Any

from aiohttp import web
from loguru import logger

from bot.store import Store

KEEPALIVE_S = 15.0
POLL_S = 0.5
QUEUE_SIZE = 100


class CaseFeed:
    def __init__(self, store: Store) -> None:
        self.store = store
        self._queues: set[asyncio.Queue[dict[str, Any] | None]] = set()
        self._task: asyncio.Task[None] | None = None
        self._stopping = asyncio.Event()
        self.ready = asyncio.Event()  # set once subscribed: events published after this are seen

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._listen(), name="console-feed")

    async def stop(self) -> None:
        # Asked, not cancelled: redis-py's PubSub.get_message can swallow a cancellation and hang.
        self._stopping.set()
        if self._task is not None:
            try:
                await asyncio.wait_for(asyncio.shield(self._task), POLL_S * 3)
            except TimeoutError:
                self._task.cancel()
            self._task = None
        for queue in list(self._queues):
            with contextlib.suppress(asyncio.QueueFull):
                queue.put_nowait(None)

    def subscribe(self) -> asyncio.Queue[dict[str, Any] | None]:
        queue: asyncio.Queue[dict[str, Any] | None] = asyncio.Queue(QUEUE_SIZE)
        self._queues.add(queue)
        return queue

    def unsubscribe(self, queue: asyncio.Queue[dict[str, Any] | None]) -> None:
        self._queues.discard(queue)

    def _fan_out(self, event: dict[str, Any]) -> None:
        for queue in list(self._queues):
            try:
                queue.put_nowait(event)
            except asyncio.QueueFull:  # a stalled page: end its stream, the browser reconnects
                self._queues.discard(queue)

    async def _listen(self) -> None:
        while not self._stopping.is_set():
            pubsub = None
            try:
                pubsub = await self.store.case_events()
                self.ready.set()
                while not self._stopping.is_set():
                    message = await pubsub.get_message(ignore_subscribe_messages=True, timeout=POLL_S)
                    if message and message.get("type") == "message":
                        self._fan_out(json.loads(message["data"]))
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                logger.warning("console feed: Redis subscription lost ({}); retrying", exc)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stopping.wait(), 1.0)
            finally:
                if pubsub is not None:
                    with contextlib.suppress(Exception):
                        await pubsub.aclose()


async def events(request: web.Request) -> web.StreamResponse:
    """GET /console/events: `case` events {case, event} as they happen."""
    from bot.web.console.deps import deps

    feed = deps(request).feed
    response = web.StreamResponse(
        headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
    )
    await response.prepare(request)
    queue = feed.subscribe()
    try:
        await response.write(b"retry: 3000\nevent: hello\ndata: {}\n\n")
        while True:
            try:
                event = await asyncio.wait_for(queue.get(), KEEPALIVE_S)
            except TimeoutError:
                await response.write(b": keepalive\n\n")
                continue
            if event is None:
                break
            await response.write(f"event: case\ndata: {json.dumps(event)}\n\n".encode())
    except ConnectionResetError:
        pass
    finally:
        feed.unsubscribe(queue)
    return response
