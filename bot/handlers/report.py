"""Residents reporting: `举报` quoting a message (or with the message after it) opens a case for
officers even when the detector scores it low; the officers' decision becomes a label."""

from __future__ import annotations

import re

from bot import texts
from bot.channels.base import Incoming
from bot.context import Context
from bot.handlers.cases import open_case
from bot.handlers.resident import reply

REPORT = re.compile(r"^举报\s*[:：]?\s*(.*)$", re.S)


def parse_report(text: str) -> str | None:
    """The text after 举报, or None when the message is not a report."""
    m = REPORT.match(text.strip())
    return m.group(1).strip() if m else None


async def _original_sender(ctx: Context, room_id: str, subject: str, reporter: str) -> tuple[str, str]:
    """Find who posted the reported text among the group's recent messages."""
    for item in reversed(await ctx.store.recent(room_id, ctx.settings.context_messages)):
        if item["sender_id"] != reporter and (subject in item["text"] or item["text"] in subject):
            return item["sender_id"], item["sender_name"]
    return "", ""


async def handle_report(ctx: Context, msg: Incoming, after: str) -> None:
    subject = (msg.quoted_text or "").strip() or after
    if not await ctx.store.allow_person(msg.sender_id, ctx.settings.user_rate_per_min):
        return
    if not subject:
        await reply(ctx, msg, texts.REPORT_HOW_TO)
        return
    sender_id, sender_name = ("", "")
    if msg.room_id:
        sender_id, sender_name = await _original_sender(ctx, msg.room_id, subject, msg.sender_id)
    verdict = await ctx.check(subject)
    case, created = await open_case(
        ctx,
        verdict=verdict,
        source="report",
        room_id=msg.room_id or "",
        room_topic=msg.room_topic or "",
        sender_id=sender_id,
        sender_name=sender_name,
        text=subject,
        message_id=msg.id,
        reporter_id=msg.sender_id,
        reporter_name=msg.sender_name,
    )
    if created:
        await ctx.store.count("reports")
    await reply(ctx, msg, texts.report_received(case.id))
