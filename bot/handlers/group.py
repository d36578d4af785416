"""Group messages: record, check, warn (with a per-group cool-down), open cases, protect."""

from __future__ import annotations

from loguru import logger

from bot import texts
from bot.channels.base import Incoming
from bot.context import Context, masked
from bot.detect.verdict import Verdict
from bot.handlers import campaign, protect

CHECKED_KINDS = ("text", "link", "mini_program")


async def record(ctx: Context, msg: Incoming) -> None:
    """Every group message: the group is monitored, the message joins the recent context."""
    assert msg.room_id is not None
    await ctx.store.touch_group(msg.room_id, msg.room_topic or "")
    item = {
        "id": msg.id,
        "sender_id": msg.sender_id,
        "sender_name": msg.sender_name,
        "text": msg.text[:500],
        "at": msg.timestamp or ctx.clock(),
    }
    await ctx.store.push_recent(msg.room_id, item, ctx.settings.context_messages)
    await ctx.store.group_activity(msg.room_id)


async def newcomer_boost(ctx: Context, room_id: str, member_id: str) -> float:
    joined = await ctx.store.joined_at(room_id, member_id)
    if joined is None or ctx.clock() - joined > ctx.settings.newcomer_hours * 3600:
        return 0.0
    return ctx.settings.newcomer_boost


async def handle_group_message(ctx: Context, msg: Incoming, text: str | None = None) -> bool:
    """Check a group message (`text`: what to check when not `msg.text`, e.g. without an @bot
    mention). True when a warning was posted in the group."""
    assert msg.room_id is not None
    if msg.kind not in CHECKED_KINDS:
        logger.debug("skipped {} message {} in {}", msg.kind, msg.id, msg.room_id)
        return False
    if await ctx.store.group_paused(msg.room_id, "monitor_paused"):  # switched off in the console
        return False
    await ctx.store.count("messages")
    await protect.on_group_message(ctx, msg)
    boost = await newcomer_boost(ctx, msg.room_id, msg.sender_id)
    verdict = await ctx.check(msg.text if text is None else text, boost=boost)
    await ctx.store.record_rule_hits(hit.rule_id for hit in verdict.rule_hits)
    if pack_hits := ctx.pack_hits(verdict):
        await ctx.store.record_pack_hits(pack_hits)
    if verdict.action == "ignore" and not verdict.known_bad:
        return False
    return await flag(ctx, msg, verdict)


async def flag(ctx: Context, msg: Incoming, verdict: Verdict) -> bool:
    """Open a case when needed and warn the group (cool-down permitting); True when warned."""
    assert msg.room_id is not None
    warned = False
    # Opens a case as before, or joins the campaign of the same offer seen elsewhere (handlers/campaign.py).
    case = await campaign.open_or_join(ctx, msg, verdict)
    # Victim reports have their own cool-down: a scam flood must not silence the answer to a victim.
    cooldown_kind = "warn_victim" if verdict.category == "victim_report" else "warn"
    if await ctx.store.claim(cooldown_kind, msg.room_id, ctx.settings.warn_cooldown_s):
        if await ctx.say_room(msg.room_id, texts.group_warning(verdict.category), [msg.sender_id]):
            warned = True
            await ctx.store.count("warnings")
            await ctx.store.group_warned(msg.room_id)
            if case is not None:
                await ctx.store.update_case(case.id, warned=True)
            logger.info("warned in {} about {}: {}", msg.room_id, msg.id, masked(msg.text))
    else:
        logger.info("warning in {} held back by the cool-down ({})", msg.room_id, msg.id)
    if verdict.category != "victim_report":
        case_id = case.id if case else None
        await protect.remember_offer(ctx, msg, case_id)
        offer = {"sender_id": msg.sender_id, "case": case_id, "message_id": msg.id}
        await protect.protect_mentioned(ctx, msg, offer)
    return warned
