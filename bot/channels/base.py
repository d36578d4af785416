"""The platform-neutral shapes every channel speaks: what came in, and how to send."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol

IncomingKind = Literal["text", "link", "mini_program", "join", "bot_joined", "other"]


@dataclass(frozen=True)
class Incoming:
    """One event from a chat platform, already translated.

    `room_id` is None for a private (1:1) message. For `link` and `mini_program`, `text` holds what
    can be checked (title, description, URL). For `join`, `joined_ids`/`joined_names` list the new
    members (and `sender_id` is whoever invited them, if known). `is_self` is True for messages the
    bot itself sent (they must be ignored).
    """

    id: str
    kind: IncomingKind
    text: str
    sender_id: str
    sender_name: str
    room_id: str | None = None
    room_topic: str | None = None
    mention_ids: tuple[str, ...] = ()
    mentions_self: bool = False
    is_self: bool = False
    timestamp: float = 0.0
    joined_ids: tuple[str, ...] = ()
    joined_names: tuple[str, ...] = ()
    quoted_text: str | None = None
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def is_private(self) -> bool:
        return self.room_id is None


class Sender(Protocol):
    """What handlers may ask a channel to do. Implementations must not raise on platform errors
    they can retry; they raise `SendError` when a message could not be delivered."""

    @property
    def self_id(self) -> str: ...

    async def send_room(self, room_id: str, text: str, mention_ids: Sequence[str] = ()) -> None: ...

    async def send_private(self, contact_id: str, text: str) -> None: ...


class SendError(RuntimeError):
    """A message could not be delivered by the platform."""


EventHandler = Callable[[Incoming], Awaitable[None]]
