"""An in-memory chat world (village groups, residents, one officer, the bot) that behaves like the
WeChat channel: members' messages become `Incoming` events, the bot's sends land in the right
timeline and come back as `is_self` echoes. Platform-neutral; the web page lives in bot/web/.
"""

from __future__ import annotations

import asyncio
import contextvars
import itertools
import time
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

from loguru import logger

from bot.channels.base import EventHandler, Incoming, SendError

AT_SEPARATOR = "\u2005"  # what WeChat (and wechaty's room.say) puts between @-mentions
Entry = dict[str, Any]
EntryKind = Literal["text", "join"]
T = TypeVar("T")


class SimulatorError(ValueError):
    """Bad input to the simulator (unknown member or room, empty text...). `code` is stable."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass
class Member:
    id: str
    name: str
    role: Literal["resident", "officer", "bot"] = "resident"
    newcomer: bool = False


@dataclass
class Room:
    id: str
    topic: str
    member_ids: list[str] = field(default_factory=list)


def default_world(bot_id: str, bot_name: str, officer_id: str) -> tuple[list[Member], list[Room]]:
    members = [
        Member(bot_id, bot_name, role="bot"),
        Member(officer_id, "王警官", role="officer"),
        Member("zhang_ayi", "张阿姨"),
        Member("li_dashe", "李大爷"),
        Member("wang_jie", "王姐"),
        Member("xiao_liu", "小刘"),
        # Not in any group yet: the first message in a group joins him, as scammers join and post at once.
        Member("chen_jingli", "口罩批发-陈经理", newcomer=True),
    ]
    rooms = [
        Room("sim-room-1", "幸福村村民群", [bot_id, "zhang_ayi", "li_dashe", "wang_jie", "xiao_liu"]),
        Room("sim-room-2", "阳光小区业主群", [bot_id, "wang_jie", "xiao_liu"]),
        Room("sim-room-3", "青山村防疫群", [bot_id, officer_id, "li_dashe", "zhang_ayi"]),
    ]
    return members, rooms


class Subscription:
    """Live feed of new timeline entries. `None` in the queue means the feed ended (overflow/close)."""

    def __init__(self, maxsize: int) -> None:
        self.queue: asyncio.Queue[Entry | None] = asyncio.Queue(maxsize)

    def push(self, entry: Entry | None) -> bool:
        try:
            self.queue.put_nowait(entry)
            return True
        except asyncio.QueueFull:
            self._end()
            return False

    def _end(self) -> None:
        while not self.queue.empty():
            self.queue.get_nowait()
        self.queue.put_nowait(None)


class SimulatorChannel:
    """The simulated world and the bot's `Sender` in it."""

    SELF_ID = "sentinel-bot"
    DEFAULT_OFFICER_ID = "officer_wang"
    MAX_TEXT = 5000
    MAX_CONTACTS = 200

    def __init__(
        self,
        bot_name: str = "反诈哨兵",
        on_event: EventHandler | None = None,
        *,
        members: Iterable[Member] | None = None,
        rooms: Iterable[Room] | None = None,
        timeline_cap: int = 500,
        subscriber_queue: int = 1000,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.self_id = self.SELF_ID
        self.bot_name = bot_name
        self.on_event = on_event
        if members is None or rooms is None:
            members, rooms = default_world(self.SELF_ID, bot_name, self.DEFAULT_OFFICER_ID)
        self.members: dict[str, Member] = {m.id: m for m in members}
        self.rooms: dict[str, Room] = {r.id: r for r in rooms}
        self._cap = timeline_cap
        self._subscriber_queue = subscriber_queue
        self._clock = clock
        self._seq = itertools.count(1)
        self._timelines: dict[str, deque[Entry]] = {}
        self._subscribers: set[Subscription] = set()
        self._echo_tasks: set[asyncio.Task[None]] = set()
        # The bot messages sent while one `say`/`join` is being handled, collected across awaits.
        self._capture: contextvars.ContextVar[list[Entry] | None] = contextvars.ContextVar("sim_capture", default=None)

    # ----- the world -----------------------------------------------------------------------------

    def world(self) -> dict[str, Any]:
        officers = [m.id for m in self.members.values() if m.role == "officer"]
        return {
            "bot": {"id": self.self_id, "name": self.bot_name},
            "officer": officers[0] if officers else None,
            "officers": officers,
            "members": [
                {"id": m.id, "name": m.name, "role": m.role, "newcomer": m.newcomer}
                for m in self.members.values()
                if m.role != "bot"
            ],
            "rooms": [{"id": r.id, "topic": r.topic, "members": list(r.member_ids)} for r in self.rooms.values()],
        }

    def add_contact(self, contact_id: str, name: str, *, newcomer: bool = True) -> Member:
        """A new person in the world (in no group yet)."""
        if not contact_id.strip() or not name.strip():
            raise SimulatorError("bad_contact", "contact id and name must not be empty")
        if contact_id in self.members:
            raise SimulatorError("contact_exists", f"contact {contact_id!r} already exists")
        if len(self.members) >= self.MAX_CONTACTS:
            raise SimulatorError("too_many_contacts", f"at most {self.MAX_CONTACTS} contacts")
        member = Member(contact_id, name.strip(), newcomer=newcomer)
        self.members[contact_id] = member
        return member

    def timeline(self, room_id: str | None = None, contact_id: str | None = None) -> list[Entry]:
        """A room's timeline, or the private chat between `contact_id` and the bot."""
        if (room_id is None) == (contact_id is None):
            raise SimulatorError("bad_conversation", "give exactly one of room or contact")
        if room_id is not None:
            self._room(room_id)
            key = self._key(room_id, None)
        else:
            self._member(contact_id or "")
            key = self._key(None, contact_id)
        return list(self._timelines.get(key, ()))

    def subscribe(self) -> Subscription:
        sub = Subscription(self._subscriber_queue)
        self._subscribers.add(sub)
        return sub

    def unsubscribe(self, sub: Subscription) -> None:
        self._subscribers.discard(sub)

    def close_subscribers(self) -> None:
        """End every live feed (on shutdown, so streaming responses finish)."""
        for sub in self._subscribers:
            sub.push(None)
        self._subscribers.clear()

    # ----- members act ---------------------------------------------------------------------------

    async def say(
        self,
        from_id: str,
        text: str,
        room_id: str | None = None,
        mention_ids: Sequence[str] = (),
        quoted_text: str | None = None,
    ) -> Incoming:
        """`from_id` writes `text` in a room (None: privately to the bot). A non-member writing in a
        room joins it first (a `join` event). Returns once the bot has handled the message."""
        member = self._member(from_id)
        if member.role == "bot":
            raise SimulatorError("bad_sender", "the bot speaks through send_room/send_private")
        text = self._check_text(text)
        if quoted_text is not None and len(quoted_text) > self.MAX_TEXT:
            raise SimulatorError("text_too_long", f"quote is longer than {self.MAX_TEXT} characters")
        for mid in mention_ids:
            self._member(mid)
        room = self._room(room_id) if room_id is not None else None
        if room is not None and from_id not in room.member_ids:
            await self.join(room.id, [from_id])
        mentions = self._mentions(text, room, mention_ids)
        entry = self._append(room_id, None if room else from_id, member, text, mentions, quote=quoted_text, kind="text")
        incoming = Incoming(
            id=entry["id"],
            kind="text",
            text=text,
            sender_id=member.id,
            sender_name=member.name,
            room_id=room_id,
            room_topic=room.topic if room else None,
            mention_ids=tuple(mentions),
            mentions_self=self.self_id in mentions or f"@{self.bot_name}" in text,
            timestamp=entry["ts"],
            quoted_text=quoted_text or None,
        )
        await self._dispatch(incoming)
        return incoming

    async def join(self, room_id: str, contact_ids: Sequence[str], inviter_id: str | None = None) -> Incoming | None:
        """Contacts join a room (one `join` event for all who were not members yet)."""
        room = self._room(room_id)
        joined = [self._member(cid) for cid in dict.fromkeys(contact_ids) if cid not in room.member_ids]
        if inviter_id is not None:
            self._member(inviter_id)
        if not joined:
            return None
        room.member_ids.extend(m.id for m in joined)
        names = "、".join(m.name for m in joined)
        entry = self._append(room_id, None, joined[0], f"{names} 加入了群聊", [], kind="join")
        incoming = Incoming(
            id=entry["id"],
            kind="join",
            text="",
            sender_id=inviter_id or joined[0].id,
            sender_name=self.members[inviter_id].name if inviter_id else joined[0].name,
            room_id=room_id,
            room_topic=room.topic,
            timestamp=entry["ts"],
            joined_ids=tuple(m.id for m in joined),
            joined_names=tuple(m.name for m in joined),
        )
        await self._dispatch(incoming)
        return incoming

    async def handle_collecting(self, action: Callable[[], Awaitable[T]]) -> tuple[T, list[Entry]]:
        """Run `action` (a coroutine factory such as `lambda: sim.say(...)`) and also return the bot
        messages sent while it ran, including sends from tasks it started."""
        sent: list[Entry] = []
        token = self._capture.set(sent)
        try:
            result = await action()
        finally:
            self._capture.reset(token)
        return result, sent

    async def settle(self) -> None:
        """Wait until the bot's self-echo events have been handled (for tests and scripts)."""
        while self._echo_tasks:
            await asyncio.gather(*list(self._echo_tasks), return_exceptions=True)

    # ----- the bot's Sender ----------------------------------------------------------------------

    async def send_room(self, room_id: str, text: str, mention_ids: Sequence[str] = ()) -> None:
        room = self.rooms.get(room_id)
        if room is None:
            raise SendError(f"unknown room {room_id!r}")
        mentioned = [self.members[m] for m in mention_ids if m in self.members]
        if mentioned:  # shown as WeChat shows it
            text = AT_SEPARATOR.join(f"@{m.name}" for m in mentioned) + " " + text
        self._bot_sent(room_id, None, text, [m.id for m in mentioned])

    async def send_private(self, contact_id: str, text: str) -> None:
        if contact_id not in self.members or contact_id == self.self_id:
            raise SendError(f"unknown contact {contact_id!r}")
        self._bot_sent(None, contact_id, text, [])

    # ----- internals -----------------------------------------------------------------------------

    def _bot_sent(self, room_id: str | None, contact_id: str | None, text: str, mentions: list[str]) -> None:
        bot = self.members.get(self.self_id) or Member(self.self_id, self.bot_name, role="bot")
        entry = self._append(room_id, contact_id, bot, text, mentions, kind="text")
        captured = self._capture.get()
        if captured is not None:
            captured.append(entry)
        room = self.rooms.get(room_id) if room_id else None
        echo = Incoming(
            id=entry["id"],
            kind="text",
            text=text,
            sender_id=self.self_id,
            sender_name=self.bot_name,
            room_id=room_id,
            room_topic=room.topic if room else None,
            mention_ids=tuple(mentions),
            is_self=True,
            timestamp=entry["ts"],
            extra={"to": contact_id} if contact_id else {},
        )
        # Delivered later, as WeChat does; awaiting it here would re-enter the handler that is sending.
        task = asyncio.get_running_loop().create_task(self._dispatch_logged(echo))
        self._echo_tasks.add(task)
        task.add_done_callback(self._echo_tasks.discard)

    async def _dispatch(self, incoming: Incoming) -> None:
        if self.on_event is not None:
            await self.on_event(incoming)

    async def _dispatch_logged(self, incoming: Incoming) -> None:
        try:
            await self._dispatch(incoming)
        except Exception:
            logger.exception("simulator: handler failed on self-echo {}", incoming.id)

    def _append(
        self,
        room_id: str | None,
        contact_id: str | None,
        sender: Member,
        text: str,
        mentions: list[str],
        *,
        kind: EntryKind,
        quote: str | None = None,
    ) -> Entry:
        entry: Entry = {
            "id": f"sim-{next(self._seq)}",
            "ts": self._clock(),
            "kind": kind,
            "room": room_id,
            "contact": contact_id,
            "from_id": sender.id,
            "from_name": sender.name,
            "text": text,
            "mentions": mentions,
            "quote": quote or None,
            "is_bot": sender.id == self.self_id,
        }
        key = self._key(room_id, contact_id)
        self._timelines.setdefault(key, deque(maxlen=self._cap)).append(entry)
        for sub in list(self._subscribers):
            if not sub.push(entry):
                self._subscribers.discard(sub)
        return entry

    def _mentions(self, text: str, room: Room | None, given: Sequence[str]) -> list[str]:
        """Explicit mentions plus every `@name` of a room member (or the bot) found in the text."""
        found = list(given)
        candidates = room.member_ids if room else [self.self_id]
        for mid in candidates:
            member = self.members.get(mid)
            if member and f"@{member.name}" in text and mid not in found:
                found.append(mid)
        return list(dict.fromkeys(found))

    def _check_text(self, text: str) -> str:
        if not isinstance(text, str) or not text.strip():
            raise SimulatorError("empty_text", "text must not be empty")
        if len(text) > self.MAX_TEXT:
            raise SimulatorError("text_too_long", f"text is longer than {self.MAX_TEXT} characters")
        return text

    def _member(self, member_id: str) -> Member:
        member = self.members.get(member_id)
        if member is None:
            raise SimulatorError("unknown_member", f"unknown member {member_id!r}")
        return member

    def _room(self, room_id: str) -> Room:
        room = self.rooms.get(room_id)
        if room is None:
            raise SimulatorError("unknown_room", f"unknown room {room_id!r}")
        return room

    @staticmethod
    def _key(room_id: str | None, contact_id: str | None) -> str:
        return f"room:{room_id}" if room_id is not None else f"private:{contact_id}"
