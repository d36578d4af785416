"""Opening a case and putting it on the escalation stream: shared by group checks, reports and
private victim reports."""

from __future__ import annotations

from loguru import logger

from bot.context import Context, masked
from bot.detect.normalise import normalise
from bot.detect.verdict import Verdict
from bot.store import Case

CONTEXT_LINES = 5


async def open_case(
    ctx: Context,
    *,
    verdict: Verdict,
    source: str,
    room_id: str,
    room_topic: str,
    sender_id: str,
    sender_name: str,
    text: str,
    message_id: str = "",
    reporter_id: str = "",
    reporter_name: str = "",
) -> tuple[Case, bool]:
    """Open (or find the duplicate of) a case; a new case is queued for the officers at once.
    Victim reports are urgent."""
    urgent = verdict.category == "victim_report"
    context = await ctx.store.recent(room_id, CONTEXT_LINES) if room_id else []
    case, created = await ctx.store.open_case(
        room_id=room_id,
        room_topic=room_topic,
        sender_id=sender_id,
        sender_name=sender_name,
        text=text,
        dedup_text=normalise(text),
        verdict=verdict.to_dict(),
        source=source,
        urgent=urgent,
        message_id=message_id,
        reporter_id=reporter_id,
        reporter_name=reporter_name,
        context=context,
    )
    if created:
        await ctx.store.enqueue_escalation(case.id, urgent)
        await ctx.store.count("cases")
        if urgent:
            await ctx.store.count("urgent")
        logger.info(
            "case {} opened ({}, {}, score {:.2f}, urgent={}): {}",
            case.id,
            source,
            verdict.category,
            verdict.score,
            urgent,
            masked(text),
        )
    else:
        logger.info("duplicate of case {} from {}: {}", case.id, sender_id, masked(text))
    return case, created
