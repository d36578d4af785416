"""WeChat through a wechaty puppet service: events in as `Incoming`, sends out. No decisions here.

This talks to the puppet service with python-wechaty's own gRPC client (`PuppetService`) and
leaves python-wechaty's `Wechaty` class aside, because that class (0.10.7) keeps its
Contact/Room objects in process-wide pools bound to the first connection (a reconnect would send
through a dead one), probes port 5000 for a plugin server on login, and calls `loop.stop()` on
puppet errors. Instead `run()` supervises one connection at a time and reconnects with backoff.

Events are handled one at a time, in arrival order, by a single consumer that outlives
reconnections, so a handler is never cancelled by a dropped connection.

Every call on the network is bounded: reads and sends by `send_timeout_s`, a connection by a ding
answered within `send_timeout_s` (at once, then every `keepalive_s`), so a service that accepts the
connection but never answers costs one attempt, not the channel.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from grpclib.exceptions import GRPCError
from loguru import logger
from wechaty_puppet import MessageType, PuppetOptions, ScanStatus
from wechaty_puppet_service import PuppetService

from bot.channels.appmsg import app_message_text
from bot.channels.base import EventHandler, Incoming, IncomingKind, SendError

# It logs the token in a warning whenever token and endpoint are both given.
logging.getLogger("PuppetService").setLevel(logging.ERROR)

STOP_GRACE_S = 5.0  # how long run() waits for its own tasks to end once cancelled

AT_SEPARATOR = "\u2005"  # what WeChat puts after an @name
# A quoted reply as padlocal-style puppets render it: 「name：quoted」, a dashed line, the reply.
QUOTE_RE = re.compile(r"^「(?P<name>[^：:」\n]*)[：:](?P<quoted>.*?)」\n(?:- ?){5,}\n(?P<reply>.*)$", re.S)
_KINDS: dict[MessageType, IncomingKind] = {
    MessageType.MESSAGE_TYPE_TEXT: "text",
    MessageType.MESSAGE_TYPE_URL: "link",
    MessageType.MESSAGE_TYPE_MINI_PROGRAM: "mini_program",
}

K = TypeVar("K")
V = TypeVar("V")


class _TtlCache(Generic[K, V]):
    """Names and topics change rarely; re-ask the puppet after `ttl` seconds."""

    def __init__(self, ttl: float, size: int = 5000) -> None:
        self._ttl, self._size = ttl, size
        self._items: OrderedDict[K, tuple[float, V]] = OrderedDict()

    async def get(self, key: K, load: Callable[[K], Awaitable[V]]) -> V:
        hit = self._items.get(key)
        if hit and hit[0] > time.monotonic():
            return hit[1]
        value = await load(key)
        self._items[key] = (time.monotonic() + self._ttl, value)
        self._items.move_to_end(key)
        while len(self._items) > self._size:
            self._items.popitem(last=False)
        return value

    def drop(self, key: K) -> None:
        self._items.pop(key, None)


@dataclass(frozen=True)
class _Event:
    name: str  # "message", "room-join" or "login"
    payload: Any

    @property
    def ref(self) -> str:
        """Identifies the event in logs and for de-duplication."""
        p = self.payload
        if self.name == "message":
            return f"message:{p.message_id}"
        if self.name == "room-join":
            return f"join:{p.room_id}:{p.timestamp}:{','.join(p.invited_ids or ())}"
        return f"{self.name}:{getattr(p, 'contact_id', '')}"


class WechatyChannel:
    """The bot's WeChat account, reached through a puppet service (`host:port` + token)."""

    QUEUE_SIZE = 10_000

    def __init__(
        self,
        token: str,
        endpoint: str,
        *,
        max_backoff: float = 30.0,
        keepalive_s: float = 60.0,
        send_timeout_s: float = 10.0,
        cache_ttl_s: float = 300.0,
    ) -> None:
        self.token = token
        self.endpoint = endpoint
        self.self_id = ""
        self.self_name = ""
        self.max_backoff = max_backoff
        self.keepalive_s = keepalive_s
        self.send_timeout_s = send_timeout_s
        self._puppet: PuppetService | None = None
        self._logged_in = asyncio.Event()
        self._session_ok = False
        self._queue: asyncio.Queue[_Event] = asyncio.Queue(self.QUEUE_SIZE)
        self._contacts: _TtlCache[str, str] = _TtlCache(cache_ttl_s)
        self._topics: _TtlCache[str, str] = _TtlCache(cache_ttl_s)

    @property
    def connected(self) -> bool:
        """Logged in over a live connection (events flow, sends go out)."""
        return self._logged_in.is_set()

    # ---- running --------------------------------------------------------------------------

    async def run(self, on_event: EventHandler) -> None:
        """Connect, translate events into `on_event`, reconnect whenever the service drops. Runs
        until cancelled."""
        consumer = asyncio.create_task(self._consume(on_event), name="wechaty-consumer")
        backoff = 1.0
        try:
            while True:
                self._session_ok = False
                try:
                    await self._session()
                    logger.warning("wechaty: puppet service stream ended ({})", self.endpoint)
                except Exception as exc:
                    logger.warning("wechaty: puppet service {} unavailable: {!r}", self.endpoint, exc)
                self._logged_in.clear()
                if self._session_ok:
                    backoff = 1.0  # it was up and logged in: a restart, retry quickly
                logger.info("wechaty: reconnecting in {:.0f}s", backoff)
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, self.max_backoff)
        finally:
            self._logged_in.clear()
            try:
                await _cancel_and_wait([consumer])
            finally:
                self._close()

    async def _session(self) -> None:
        """One connection: returns (or raises) when it ends."""
        host, _, port = self.endpoint.rpartition(":")
        # Reachability first: PuppetService's own probe is a blocking telnet connect (3 s at most).
        async with asyncio.timeout(5):  # not wait_for, which on 3.11 can lose run()'s cancellation
            _, writer = await asyncio.open_connection(host or "127.0.0.1", int(port))
        writer.close()
        puppet = PuppetService(PuppetOptions(token=self.token, end_point=self.endpoint))
        self._wire(puppet)
        self._puppet = puppet
        # start() (stop + start the remote puppet, then the event stream) builds the gRPC stub before
        # its first await; the keepalive, scheduled after it, dings through that stub.
        stream = asyncio.create_task(puppet.start(), name="wechaty-stream")
        keepalive = asyncio.create_task(self._keepalive(puppet), name="wechaty-keepalive")
        try:
            done, _ = await asyncio.wait({stream, keepalive}, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                task.result()
        finally:
            try:
                await _cancel_and_wait([stream, keepalive])
            finally:
                self._close()  # only once they have ended: a close that meets a cancel can swallow it

    async def _keepalive(self, puppet: PuppetService) -> None:
        """A hung service or half-open connection never ends the stream, and a start() it never answers
        never fails; a ding left unanswered ends the session. The first goes out at once."""
        while True:
            try:
                async with asyncio.timeout(self.send_timeout_s):
                    await puppet.puppet_stub.ding(data="sentinel")
            except GRPCError:
                pass  # an error reply still proves the service is alive
            except TimeoutError:
                raise TimeoutError(f"no answer to a ding in {self.send_timeout_s:g}s") from None
            await asyncio.sleep(self.keepalive_s)

    def _close(self) -> None:
        # Local close only: a remote stop() would log the account out of the puppet service.
        puppet, self._puppet = self._puppet, None
        if puppet is not None and puppet.channel is not None:
            puppet.channel.close()
            puppet.channel = None

    def _wire(self, puppet: PuppetService) -> None:
        """Listeners are synchronous so events are queued in the order the stream delivers them."""

        def enqueue(name: str) -> Callable[[Any], None]:
            def listener(payload: Any) -> None:
                try:
                    self._queue.put_nowait(_Event(name, payload))
                except asyncio.QueueFull:
                    logger.error("wechaty: event queue full, dropping a {} event", name)

            return listener

        def on_scan(payload: Any) -> None:
            status = ScanStatus(payload.status).name if payload.status is not None else "?"
            logger.info("wechaty: scan status {} - scan the QR code: {}", status, payload.qrcode or "(none)")
            if payload.qrcode and status == "Waiting":
                logger.info("wechaty: QR image: https://wechaty.js.org/qrcode/{}", payload.qrcode)

        def on_login(payload: Any) -> None:
            self.self_id = payload.contact_id
            self._session_ok = True
            self._logged_in.set()
            enqueue("login")(payload)

        def on_logout(payload: Any) -> None:
            self._logged_in.clear()
            logger.warning("wechaty: logged out ({})", getattr(payload, "data", "") or "no reason given")

        def on_error(payload: Any) -> None:
            logger.warning("wechaty: puppet service error: {}", getattr(payload, "data", payload))

        def on_topic(payload: Any) -> None:
            self._topics.drop(payload.room_id)

        puppet.on("scan", on_scan)
        puppet.on("login", on_login)
        puppet.on("logout", on_logout)
        puppet.on("error", on_error)
        puppet.on("room-topic", on_topic)
        puppet.on("message", enqueue("message"))
        puppet.on("room-join", enqueue("room-join"))

    async def _login(self, puppet: PuppetService, contact_id: str) -> list[Incoming]:
        """Learn the bot's own name (for @name fallback) in order, before the messages that follow."""
        self.self_name = await self._name(puppet, contact_id)
        logger.info("wechaty: logged in as {} ({})", self.self_name, contact_id)
        return []

    # ---- incoming ---------------------------------------------------------------------------

    async def _consume(self, on_event: EventHandler) -> None:
        seen: OrderedDict[str, None] = OrderedDict()  # some puppet services deliver a message twice
        while True:
            event = await self._queue.get()
            if event.name != "login":
                if event.ref in seen:
                    continue
                seen[event.ref] = None
                if len(seen) > 2000:
                    seen.popitem(last=False)
            try:
                items = await self._translate(event)
            except Exception as exc:
                logger.warning("wechaty: cannot read {} {}: {!r}", event.name, event.ref, exc)
                continue
            for incoming in items:
                try:
                    await on_event(incoming)
                except Exception:
                    logger.exception("wechaty: handler failed on {} {}", incoming.kind, incoming.id)

    async def _translate(self, event: _Event) -> list[Incoming]:
        """Reads through the current connection (an event's own may have closed since it was queued:
        its stub would quietly open a new one that nobody closes), within `send_timeout_s`."""
        puppet = self._puppet
        if puppet is None:
            raise ConnectionError("not connected")
        async with asyncio.timeout(self.send_timeout_s):
            if event.name == "message":
                return [await self._message(puppet, event.payload.message_id)]
            if event.name == "login":
                return await self._login(puppet, event.payload.contact_id)
            return await self._join(puppet, event.payload)

    async def _message(self, puppet: PuppetService, message_id: str) -> Incoming:
        p = await puppet.message_payload(message_id)
        kind = _KINDS.get(p.type, "other")
        text = p.text or ""
        extra: dict[str, str] = {}
        if kind in ("link", "mini_program"):
            text = await self._card_text(puppet, message_id, kind) or app_message_text(text)
        elif kind == "other":
            extra["type"] = getattr(p.type, "name", str(p.type))
        quoted_text = None
        if kind == "text" and (quote := QUOTE_RE.match(text)):
            text, quoted_text = quote["reply"], quote["quoted"]
            extra["quoted_name"] = quote["name"]
        room_id = p.room_id or None
        mention_ids = tuple(p.mention_ids or ()) if room_id else ()
        return Incoming(
            id=p.id or message_id,
            kind=kind,
            text=text,
            sender_id=p.from_id,
            sender_name=await self._name(puppet, p.from_id),
            room_id=room_id,
            room_topic=await self._topic(puppet, room_id) if room_id else None,
            mention_ids=mention_ids,
            mentions_self=bool(room_id) and self._mentions_self(text, mention_ids),
            is_self=bool(self.self_id) and p.from_id == self.self_id,
            timestamp=_seconds(p.timestamp),
            quoted_text=quoted_text,
            extra=extra,
        )

    @staticmethod
    async def _card_text(puppet: PuppetService, message_id: str, kind: IncomingKind) -> str:
        """What the puppet parsed from a link or mini-program card; "" when it could not (malformed
        XML): the caller then reads the raw XML in the message text itself."""
        try:
            if kind == "link":
                link = await puppet.message_url(message_id)
                return "\n".join(part for part in (link.title, link.description, link.url) if part)
            mini = await puppet.message_mini_program(message_id)
            return "\n".join(part for part in (mini.title, mini.description) if part)
        except (GRPCError, ValueError, AttributeError) as exc:
            logger.warning("wechaty: puppet could not read {} card {}: {!r}", kind, message_id, exc)
            return ""

    def _mentions_self(self, text: str, mention_ids: Sequence[str]) -> bool:
        if mention_ids:
            return self.self_id in mention_ids
        # Some puppets deliver no mention list: fall back to the typed "@name".
        return bool(self.self_name) and re.search(f"@{re.escape(self.self_name)}(?:[\u2005 ]|$)", text) is not None

    async def _join(self, puppet: PuppetService, payload: Any) -> list[Incoming]:
        room_id: str = payload.room_id
        invited = list(payload.invited_ids or ())
        common: dict[str, Any] = {
            "sender_id": payload.inviter_id or "",
            "sender_name": await self._name(puppet, payload.inviter_id) if payload.inviter_id else "",
            "room_id": room_id,
            "room_topic": await self._topic(puppet, room_id),
            "timestamp": _seconds(payload.timestamp),
            "text": "",
        }
        out: list[Incoming] = []
        if self.self_id and self.self_id in invited:
            invited.remove(self.self_id)
            out.append(Incoming(id=f"bot_joined:{room_id}:{common['timestamp']}", kind="bot_joined", **common))
        if invited:
            names = tuple([await self._name(puppet, cid) for cid in invited])
            join_id = f"join:{room_id}:{common['timestamp']}:{','.join(invited)}"
            out.append(Incoming(id=join_id, kind="join", joined_ids=tuple(invited), joined_names=names, **common))
        return out

    async def _name(self, puppet: PuppetService, contact_id: str) -> str:
        if not contact_id:
            return ""
        return await self._contacts.get(contact_id, lambda cid: self._contact_name(puppet, cid))

    @staticmethod
    async def _contact_name(puppet: PuppetService, contact_id: str) -> str:
        return (await puppet.contact_payload(contact_id)).name or contact_id

    async def _topic(self, puppet: PuppetService, room_id: str) -> str:
        async def load(rid: str) -> str:
            return (await puppet.room_payload(rid)).topic or ""

        return await self._topics.get(room_id, load)

    # ---- sending (Sender) -------------------------------------------------------------------

    async def send_room(self, room_id: str, text: str, mention_ids: Sequence[str] = ()) -> None:
        async def send(puppet: PuppetService) -> None:
            names = [await self._name(puppet, cid) for cid in mention_ids]
            prefix = "".join(f"@{name}{AT_SEPARATOR}" for name in names)
            await puppet.message_send_text(room_id, prefix + text, list(mention_ids) or None)

        await self._send(f"room {room_id}", send)

    async def send_private(self, contact_id: str, text: str) -> None:
        async def send(puppet: PuppetService) -> None:
            await puppet.message_send_text(contact_id, text)

        await self._send(f"contact {contact_id}", send)

    async def _send(self, target: str, send: Callable[[PuppetService], Awaitable[None]]) -> None:
        """Waits out a reconnect and retries once; raises `SendError` when that is not enough."""
        last: BaseException | None = None
        for attempt in range(2):
            try:
                # asyncio.timeout, not wait_for: on 3.11 wait_for loses a cancellation that lands as
                # the call completes (it returns the call's result or error instead).
                async with asyncio.timeout(self.send_timeout_s):
                    await self._logged_in.wait()
                puppet = self._puppet
                if puppet is None:
                    raise ConnectionError("not connected")
                async with asyncio.timeout(self.send_timeout_s):
                    await send(puppet)
                return
            except Exception as exc:
                last = exc
                logger.warning("wechaty: send to {} failed (attempt {}): {!r}", target, attempt + 1, exc)
                if attempt == 0:
                    await asyncio.sleep(1.0)
        raise SendError(f"could not send to {target}: {last!r}")


async def _cancel_and_wait(tasks: Sequence[asyncio.Task[Any]], grace_s: float = STOP_GRACE_S) -> None:
    """Cancel the tasks until they have ended (at most `grace_s`). One cancel is not always enough: a
    cancellation that meets a closing connection comes out of a grpclib call as StreamTerminatedError
    (and out of 3.11's wait_for as the call's own result), an ordinary error that the consumer logs
    before it waits for the next event, forever."""
    pending = {task for task in tasks if not task.done()}
    deadline = time.monotonic() + grace_s
    while pending and time.monotonic() < deadline:
        for task in pending:
            task.cancel()
        _, pending = await asyncio.wait(pending, timeout=0.2)
    for task in pending:
        logger.error("wechaty: {} still running {:g}s after cancel; left behind", task.get_name(), grace_s)
    for task in tasks:
        if task.done() and not task.cancelled():
            task.exception()  # retrieved: a stopped task's last error is not news


def _seconds(timestamp: float | int | None) -> float:
    """Puppets report seconds or milliseconds; 0 means unknown."""
    if not timestamp:
        return time.time()
    return timestamp / 1000 if timestamp > 1e11 else float(timestamp)
