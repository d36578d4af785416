"""The one entry point channels call: `Router.handle(incoming)`. Routes each event to the handler
for its kind of conversation and is the error boundary: it never raises."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from loguru import logger

from bot.channels.base import Incoming
from bot.context import Context

# Leading @-mentions as WeChat writes them ("@name" then a space or U+2005).
_MENTION = re.compile(r"^(?:\s*@[^\s\u2005]+[\s\u2005]*)+")


def strip_mentions(text: str) -> str:
    return _MENTION.sub("", text, count=1).strip()


def _encodable(msg: Incoming) -> Incoming:
    """Lone surrogates (a JSON "\\ud800" reaching the simulator) cannot be encoded for Redis: they
    become "?", so such a message is still checked instead of failing at its first store write."""
    cleaned: Incoming = _replace_surrogates(msg)
    return cleaned


def _replace_surrogates(value: Any) -> Any:
    if isinstance(value, str):
        return value if value.isascii() else value.encode("utf-8", "replace").decode("utf-8")
    if isinstance(value, tuple):
        return tuple(_replace_surrogates(v) for v in value)
    if isinstance(value, dict):
        return {_replace_surrogates(k): _replace_surrogates(v) for k, v in value.items()}
    if isinstance(value, Incoming):
        return dataclasses.replace(
            value, **{f.name: _replace_surrogates(getattr(value, f.name)) for f in dataclasses.fields(value)}
        )
    return value


class Router:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    async def handle(self, incoming: Incoming) -> None:
        try:
            await self._route(_encodable(incoming))
        except Exception:
            logger.exception("event {} ({}) failed; skipped", incoming.id, incoming.kind)

    async def _route(self, msg: Incoming) -> None:
        # Imported here so `bot.handlers` submodules can import helpers from this package freely.
        from bot.handlers import group, joins, officer, report, resident

        ctx = self.ctx
        if msg.kind in ("join", "bot_joined"):
            await joins.handle_join(ctx, msg)
            return
        if msg.is_self or msg.sender_id == ctx.self_id:
            return
        if msg.kind == "other":
            logger.debug("skipped message {} of an unchecked type", msg.id)
            return
        is_officer = msg.sender_id in ctx.settings.all_officers
        if msg.room_id is None:
            command = officer.parse_command(msg.text) if is_officer else None
            if command is not None:
                await officer.run_command(ctx, msg.sender_id, command)
            elif (after := report.parse_report(msg.text)) is not None:
                await report.handle_report(ctx, msg, after)
            else:
                await resident.handle_resident(ctx, msg, msg.text)
            return
        await group.record(ctx, msg)
        text = msg.text
        if msg.mentions_self:
            text = strip_mentions(text.replace(f"@{ctx.settings.bot_name}", ""))
        if (after := report.parse_report(text)) is not None:
            await report.handle_report(ctx, msg, after)
        elif msg.mentions_self:
            # @-ing the bot must not exempt a scam post from the group check: its warning is then
            # the answer. A plain question (or a warning held back by the cool-down) gets an answer.
            if is_officer or resident.is_request(msg, text) or not await group.handle_group_message(ctx, msg, text):
                await resident.handle_resident(ctx, msg, text)
        elif not is_officer:
            await group.handle_group_message(ctx, msg)
