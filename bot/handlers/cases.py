"""A case's life: opening it and putting it on the escalation stream (shared by group checks, reports
and private victim reports), and the officer decisions on it. The decisions are the ONE code path
for both the chat commands (handlers/officer.py) and the web console (bot/web/console)."""

from __future__ import annotations

from loguru import logger

from bot import texts
from bot.context import Context, masked
from bot.detect.entities import canonical_account
from bot.detect.normalise import normalise
from bot.detect.verdict import SCAM_CATEGORIES, Verdict
from bot.store import Case

CONTEXT_LINES = 5


def case_accounts(case: Case) -> list[str]:
    """A case's accounts as cases are linked by them (the console's related cases, the index)."""
    return [canonical_account(v) for _, v in case.accounts()]


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
    dedup_text = normalise(text)
    case, created = await ctx.store.open_case(
        room_id=room_id,
        room_topic=room_topic,
        sender_id=sender_id,
        sender_name=sender_name,
        text=text,
        dedup_text=dedup_text,
        verdict=verdict.to_dict(),
        source=source,
        urgent=urgent,
        message_id=message_id,
        reporter_id=reporter_id,
        reporter_name=reporter_name,
        context=context,
        escalate=True,  # queued before the case is written: a crash in between loses nothing
    )
    if created:
        await ctx.store.index_case(case.id, case_accounts(case), dedup_text)
        await ctx.store.publish_case_event(case.id, "opened")
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


# ---- officer decisions (chat commands and console) -------------------------------------------------


async def confirm_case(ctx: Context, officer: str, case_id: int) -> list[tuple[str, str]] | None:
    """Confirm as a scam: its accounts become indicators at once, the label feeds training.
    Returns the (kind, canonical account) pairs newly added; None when there is no such case."""
    case = await ctx.store.get_case(case_id)
    if case is None:
        return None
    added: list[tuple[str, str]] = []
    for kind, value in case.accounts():
        canonical = canonical_account(value)
        if await ctx.store.add_indicator(kind, canonical, case_id=case.id, by=officer, source="confirmed"):
            added.append((kind, canonical))
    # A campaign's case: the accounts of the same offer in every other group too.
    for kind, canonical in (tuple(a) for m in await ctx.store.campaign_members(case.id) for a in m.get("accounts", [])):
        if await ctx.store.add_indicator(kind, canonical, case_id=case.id, by=officer, source="campaign"):
            added.append((kind, canonical))
    ctx.changed_indicators()
    await ctx.store.set_status(case.id, "confirmed")
    await ctx.store.add_action(case.id, officer, "confirm")
    category = case.category if case.category in SCAM_CATEGORIES else "other_fraud"
    await ctx.store.add_feedback(case.id, case.text, "scam", category, officer)
    await ctx.store.audit(officer, "confirm", case.id, f"indicators={len(added)}")
    await ctx.store.count("confirmed")
    await ctx.store.publish_case_event(case.id, "confirmed")
    return added


async def mark_false_positive(ctx: Context, officer: str, case_id: int, correct: bool = True) -> bool | None:
    """Not a scam: its indicators are withdrawn, the label feeds training, and (with `correct`) a
    correction is posted where the bot had warned. Returns whether a correction was posted; None
    when there is no such case."""
    case = await ctx.store.get_case(case_id)
    if case is None:
        return None
    removed = await ctx.store.remove_indicators_of_case(case.id)
    if removed:
        ctx.changed_indicators()
    await ctx.store.set_status(case.id, "false_positive")
    await ctx.store.add_action(case.id, officer, "false_positive", "" if correct else "no correction")
    await ctx.store.add_feedback(case.id, case.text, "benign", "benign", officer)
    corrected = False
    if correct and case.warned and case.room_id and case.status != "false_positive":
        mention = [case.sender_id] if case.sender_id else []
        corrected = await ctx.say_room(case.room_id, texts.correction(), mention)
    await ctx.store.audit(officer, "false_positive", case.id, f"corrected={corrected} removed={len(removed)}")
    await ctx.store.count("false_positive")
    await ctx.store.publish_case_event(case.id, "false_positive")
    return corrected


async def close_case(ctx: Context, officer: str, case_id: int) -> bool:
    """Close the case; False when there is no such case."""
    if await ctx.store.get_case(case_id) is None:
        return False
    await ctx.store.set_status(case_id, "closed")
    await ctx.store.add_action(case_id, officer, "close")
    await ctx.store.audit(officer, "close", case_id)
    await ctx.store.count("closed")
    await ctx.store.publish_case_event(case_id, "closed")
    return True


async def add_note(ctx: Context, officer: str, case_id: int, note: str) -> bool:
    """An officer's note on the case (counts as acting on it); False when there is no such case."""
    note = note.strip()[:2000]
    if not note or await ctx.store.get_case(case_id) is None:
        return False
    await ctx.store.add_action(case_id, officer, "note", note)
    await ctx.store.audit(officer, "note", case_id, note[:200])
    await ctx.store.publish_case_event(case_id, "note")
    return True
