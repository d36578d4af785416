"""The simulator's page and JSON API (see `add_simulator_routes` for the list)."""

from __future__ import annotations

import asyncio
import functools
import json
from pathlib import Path
from typing import Any

from aiohttp import web
from loguru import logger

from bot.channels.simulator import Entry, SimulatorChannel, SimulatorError, Subscription

MAX_WAIT_S = 10.0
MAX_MENTIONS = 50
KEEPALIVE_S = 15.0
_dumps = functools.partial(json.dumps, ensure_ascii=False)  # readable Chinese for curl users


class BadInput(ValueError):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def _json(data: Any, status: int = 200) -> web.Response:
    return web.json_response(data, status=status, dumps=_dumps)


def _bad(code: str, message: str, status: int = 400) -> web.Response:
    return _json({"error": code, "message": message}, status)


async def _body(request: web.Request) -> dict[str, Any]:
    # Requiring JSON also keeps other web pages from posting here (it forces a CORS preflight).
    if request.content_type != "application/json":
        raise BadInput("bad_content_type", "send a JSON body with Content-Type: application/json")
    try:
        data = json.loads(await request.text())
    except (ValueError, UnicodeDecodeError) as exc:
        raise BadInput("bad_json", f"body is not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise BadInput("bad_json", "body must be a JSON object")
    return data


def _str(data: dict[str, Any], key: str, *, required: bool = True) -> str | None:
    value = data.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str):
        raise BadInput(f"bad_{key}", f"{key!r} must be a string")
    return value


def _str_list(data: dict[str, Any], key: str, limit: int) -> list[str]:
    value = data.get(key, [])
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value) or len(value) > limit:
        raise BadInput(f"bad_{key}", f"{key!r} must be a list of at most {limit} ids")
    return value


def _wait(data: dict[str, Any]) -> float:
    value = data.get("wait", 0)
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= MAX_WAIT_S:
        raise BadInput("bad_wait", f"'wait' must be a number of seconds from 0 to {MAX_WAIT_S:g}")
    return float(value)


class SimulatorApi:
    def __init__(self, sim: SimulatorChannel, static_dir: Path) -> None:
        self.sim = sim
        self.static_dir = static_dir

    async def page(self, _: web.Request) -> web.FileResponse:
        return web.FileResponse(self.static_dir / "simulator.html", headers={"Cache-Control": "no-cache"})

    async def world(self, _: web.Request) -> web.Response:
        return _json(self.sim.world())

    async def timeline(self, request: web.Request) -> web.Response:
        room, contact = request.query.get("room"), request.query.get("contact")
        return _json({"messages": self.sim.timeline(room_id=room, contact_id=contact)})

    async def say(self, request: web.Request) -> web.Response:
        data = await _body(request)
        sender = _str(data, "from")
        text = _str(data, "text")
        room = _str(data, "room", required=False)
        quote = _str(data, "quote", required=False)
        mentions = _str_list(data, "mentions", MAX_MENTIONS)
        wait = _wait(data)
        assert sender is not None and text is not None
        late = self.sim.subscribe() if wait else None
        try:
            incoming, replies = await self.sim.handle_collecting(
                lambda: self.sim.say(sender, text, room_id=room, mention_ids=mentions, quoted_text=quote)
            )
            if late is not None:
                await asyncio.sleep(wait)
                replies = _merge(replies, _drain_bot(late))
        finally:
            if late is not None:
                self.sim.unsubscribe(late)
        message = self._find(incoming.id, room, sender)
        return _json({"message": message, "replies": replies})

    async def join(self, request: web.Request) -> web.Response:
        data = await _body(request)
        room = _str(data, "room")
        contacts = _str_list(data, "contacts", MAX_MENTIONS)
        inviter = _str(data, "inviter", required=False)
        if not contacts:
            raise BadInput("bad_contacts", "'contacts' must list at least one member id")
        assert room is not None
        event, replies = await self.sim.handle_collecting(lambda: self.sim.join(room, contacts, inviter_id=inviter))
        return _json(
            {
                "event": self._find(event.id, room, None) if event else None,
                "joined": list(event.joined_ids) if event else [],
                "replies": replies,
            }
        )

    async def add_contact(self, request: web.Request) -> web.Response:
        data = await _body(request)
        contact_id, name = _str(data, "id"), _str(data, "name")
        assert contact_id is not None and name is not None
        member = self.sim.add_contact(contact_id, name)
        return _json({"id": member.id, "name": member.name, "newcomer": member.newcomer}, status=201)

    async def events(self, request: web.Request) -> web.StreamResponse:
        """Server-Sent Events: one `message` event (JSON timeline entry) per new entry, everywhere."""
        response = web.StreamResponse(
            headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
        )
        await response.prepare(request)
        sub = self.sim.subscribe()
        try:
            await response.write(b"retry: 2000\nevent: hello\ndata: {}\n\n")
            while (entry := await self._next_entry(sub, response)) is not None:
                payload = json.dumps(entry, ensure_ascii=False)
                await response.write(f"id: {entry['id']}\nevent: message\ndata: {payload}\n\n".encode())
            await response.write_eof()  # overflow or shutdown: the browser reconnects and reloads
        except ConnectionResetError:
            pass  # the page went away
        finally:
            self.sim.unsubscribe(sub)
        return response

    @staticmethod
    async def _next_entry(sub: Subscription, response: web.StreamResponse) -> Entry | None:
        while True:
            try:
                return await asyncio.wait_for(sub.queue.get(), KEEPALIVE_S)
            except TimeoutError:
                await response.write(b": keepalive\n\n")

    def _find(self, entry_id: str, room: str | None, contact: str | None) -> Entry | None:
        entries = self.sim.timeline(room_id=room) if room else self.sim.timeline(contact_id=contact)
        return next((e for e in reversed(entries) if e["id"] == entry_id), None)


def _drain_bot(sub: Subscription) -> list[Entry]:
    out: list[Entry] = []
    while not sub.queue.empty():
        entry = sub.queue.get_nowait()
        if entry is not None and entry["is_bot"]:
            out.append(entry)
    return out


def _merge(first: list[Entry], more: list[Entry]) -> list[Entry]:
    seen = {e["id"] for e in first}
    return first + [e for e in more if e["id"] not in seen]


@web.middleware
async def _input_errors(request: web.Request, handler: Any) -> web.StreamResponse:
    try:
        response: web.StreamResponse = await handler(request)
        return response
    except BadInput as exc:
        return _bad(exc.code, str(exc), 415 if exc.code == "bad_content_type" else 400)
    except SimulatorError as exc:
        return _bad(exc.code, str(exc))


def add_simulator_routes(app: web.Application, sim: SimulatorChannel, static_dir: Path) -> None:
    """GET / (page), GET /api/world, GET /api/timeline?room=|contact=, POST /api/say, POST /api/join,
    POST /api/contacts, GET /api/events (SSE)."""
    api = SimulatorApi(sim, static_dir)
    app.middlewares.append(_input_errors)
    app.router.add_get("/", api.page)
    app.router.add_get("/api/world", api.world)
    app.router.add_get("/api/timeline", api.timeline)
    app.router.add_post("/api/say", api.say)
    app.router.add_post("/api/join", api.join)
    app.router.add_post("/api/contacts", api.add_contact)
    app.router.add_get("/api/events", api.events)

    async def end_streams(_: web.Application) -> None:
        sim.close_subscribers()

    app.on_shutdown.append(end_streams)
    logger.debug("web: simulator routes added")
