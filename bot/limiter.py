"""One outgoing queue per bot account, so WeChat never sees it send too fast.

At most `per_min` messages in any 60 s window, at least `interval_s` between two sends to the same
conversation, urgent messages first (FIFO within a priority, and always FIFO within one conversation
and priority). One worker task sends; callers await until their message was really sent.
"""

from __future__ import annotations

import asyncio
import bisect
import contextvars
import itertools
import time
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from dataclasses import dataclass, field
from typing import Any

from loguru import logger

from bot.channels.base import Sender, SendError

WINDOW_S = 60.0


@dataclass(order=True)
class _Item:
    priority: int
    seq: int
    conversation: str = field(compare=False)
    send: Callable[[], Coroutine[Any, Any, None]] = field(compare=False)
    future: asyncio.Future[None] = field(compare=False)
    context: contextvars.Context = field(compare=False)


class RateLimitedSender:
    """A `Sender` that queues every message behind the account's limits.

    The inner send runs in the caller's context (contextvars, e.g. log context), in its own task.
    A caller that stops waiting (cancelled) before its turn drops its message.
    """

    def __init__(
        self,
        inner: Sender,
        *,
        per_min: int = 30,
        interval_s: float = 2.0,
        max_pending: int = 1000,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
    ) -> None:
        if per_min <= 0 or interval_s < 0:
            raise ValueError("per_min must be positive and interval_s not negative")
        self.inner = inner
        self.per_min = per_min
        self.interval_s = interval_s
        self.max_pending = max_pending
        self._clock = clock
        self._sleep = sleep
        self._queue: list[_Item] = []  # kept sorted by (priority, seq)
        self._seq = itertools.count()
        self._recent: deque[float] = deque()  # send times within the last window
        self._last_by_conv: dict[str, float] = {}
        self._wakeup = asyncio.Event()
        self._worker: asyncio.Task[None] | None = None
        self._closed = False

    @property
    def self_id(self) -> str:
        """The inner channel's id, which WeChat only knows after login."""
        return self.inner.self_id

    @property
    def pending(self) -> int:
        return len(self._queue)

    def start(self) -> None:
        if self._closed:
            raise SendError("limiter is closed")
        if self._worker is None or self._worker.done():
            self._worker = asyncio.get_running_loop().create_task(self._run(), name="send-limiter")

    async def send_room(
        self, room_id: str, text: str, mention_ids: Sequence[str] = (), *, urgent: bool = False
    ) -> None:
        mentions = tuple(mention_ids)
        await self._submit(f"room:{room_id}", urgent, lambda: self.inner.send_room(room_id, text, mentions))

    async def send_private(self, contact_id: str, text: str, *, urgent: bool = False) -> None:
        await self._submit(f"private:{contact_id}", urgent, lambda: self.inner.send_private(contact_id, text))

    async def close(self, drain: bool = True, timeout: float = 30.0) -> None:
        """Stop taking messages; with `drain`, keep sending what is queued for up to `timeout` seconds
        (real time). Whatever is left fails with `SendError`."""
        self._closed = True
        if drain and self._queue and self._worker is not None and not self._worker.done():
            try:
                await asyncio.wait_for(self._drained(), timeout)
            except TimeoutError:
                logger.warning("send limiter: {} message(s) not sent before shutdown", len(self._queue))
        if self._worker is not None:
            self._worker.cancel()
            await asyncio.gather(self._worker, return_exceptions=True)
        for item in self._queue:
            if not item.future.done():
                item.future.set_exception(SendError("not sent: shutting down"))
        self._queue.clear()

    # ----- internals -----------------------------------------------------------------------------

    async def _submit(self, conversation: str, urgent: bool, send: Callable[[], Coroutine[Any, Any, None]]) -> None:
        if self._closed:
            raise SendError("limiter is closed")
        if len(self._queue) >= self.max_pending:
            raise SendError(f"send queue full ({self.max_pending})")
        self.start()
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        item = _Item(0 if urgent else 1, next(self._seq), conversation, send, future, contextvars.copy_context())
        bisect.insort(self._queue, item)
        self._wakeup.set()
        await future

    async def _drained(self) -> None:
        while self._queue:
            await asyncio.sleep(0.01)

    async def _run(self) -> None:
        while True:
            self._queue = [i for i in self._queue if not i.future.done()]  # callers that gave up
            if not self._queue:
                self._wakeup.clear()
                await self._wakeup.wait()
                continue
            item, wait = self._next()
            if item is None:
                await self._wait(wait)
                continue
            self._queue.remove(item)
            now = self._clock()
            self._recent.append(now)
            self._last_by_conv[item.conversation] = now
            await self._deliver(item)

    def _next(self) -> tuple[_Item | None, float]:
        """The first queued item allowed to go now, or how long until one may."""
        now = self._clock()
        while self._recent and self._recent[0] <= now - WINDOW_S:
            self._recent.popleft()
        if len(self._recent) >= self.per_min:
            return None, self._recent[0] + WINDOW_S - now
        soonest = float("inf")
        for item in self._queue:
            ready_at = self._last_by_conv.get(item.conversation, float("-inf")) + self.interval_s
            if ready_at <= now:
                return item, 0.0
            soonest = min(soonest, ready_at - now)
        self._forget_idle(now)
        return None, soonest

    def _forget_idle(self, now: float) -> None:
        if len(self._last_by_conv) > 10 * self.max_pending:
            cutoff = now - self.interval_s
            self._last_by_conv = {c: t for c, t in self._last_by_conv.items() if t > cutoff}

    async def _wait(self, delay: float) -> None:
        """Sleep `delay`, or less if a new message arrives (it may be urgent or for an idle chat)."""
        self._wakeup.clear()
        sleeper = asyncio.ensure_future(self._sleep(delay))
        waker = asyncio.ensure_future(self._wakeup.wait())
        try:
            await asyncio.wait({sleeper, waker}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (sleeper, waker):
                task.cancel()
            await asyncio.gather(sleeper, waker, return_exceptions=True)

    async def _deliver(self, item: _Item) -> None:
        task = asyncio.get_running_loop().create_task(item.send(), context=item.context)
        try:
            await asyncio.shield(task)
        except asyncio.CancelledError:
            # Shutting down mid-send: let the send finish and its caller hear about it.
            task.add_done_callback(lambda t: _settle(item.future, t))
            raise
        except Exception:
            pass  # reported to the caller below; the worker keeps going
        _settle(item.future, task)


def _settle(future: asyncio.Future[None], task: asyncio.Task[None]) -> None:
    if future.done():
        return
    if task.cancelled():
        future.set_exception(SendError("send cancelled"))
    elif (exc := task.exception()) is not None:
        future.set_exception(exc)
    else:
        future.set_result(None)
