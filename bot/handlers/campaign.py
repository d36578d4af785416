"""Campaigns: a flagged group offer that is the same or near-same as one already reported (in any
group, through any process), or that names one of its accounts, joins that offer's case instead of
opening another. The case ping then lists every group and sender (it is written when delivered);
a campaign that keeps spreading after its ping went out pings again at 2, 5, 10, ... groups only."""

from __future__ import annotations

from typing import Any

from loguru import logger

from bot import campaigns, texts
from bot.channels.base import Incoming
from bot.context import Context, masked
from bot.detect.entities import canonical_account
from bot.detect.verdict import Verdict
from bot.handlers.cases import open_case
from bot.store import ACCOUNT_KINDS, Case

JOINABLE = ("open",)  # once an officer decided, a new sighting is new work: it opens a case of its own


def accounts_of(verdict: Verdict) -> list[tuple[str, str]]:
    """(kind, canonical account) of every account in the message."""
    found = [(k, canonical_account(v)) for k in ACCOUNT_KINDS for v in verdict.entities.get(k, [])]
    return list(dict.fromkeys(found))


async def open_or_join(ctx: Context, msg: Incoming, verdict: Verdict) -> Case | None:
    """The case this flagged offer belongs to: an existing campaign's, or a new one when the verdict
    asks for a case (escalate / known-bad account). None for a warning that joins nothing."""
    assert msg.room_id is not None
    opens = verdict.action == "escalate" or bool(verdict.known_bad)
    if verdict.category == "victim_report":  # a cry for help is its own case, never part of an offer
        return await _open(ctx, msg, verdict) if opens else None
    fp = campaigns.fingerprint(msg.text)
    accounts = accounts_of(verdict)
    canonical = [a for _, a in accounts]
    async with ctx.store.campaign_lock() as held:
        if not held:
            logger.warning("campaign lock busy; {} may start a campaign of its own", msg.id)
        case = await _find(ctx, fp, canonical)
        created = case is None
        if case is None:
            if not opens:
                return None
            case = await _open(ctx, msg, verdict)
        await ctx.store.index_campaign(case.id, fp.bands, canonical, campaigns.encode(fp.signature))
    await _add_member(ctx, case, msg, verdict, accounts, joined=not created)
    return case


async def _open(ctx: Context, msg: Incoming, verdict: Verdict) -> Case:
    assert msg.room_id is not None
    case, _ = await open_case(
        ctx,
        verdict=verdict,
        source="indicator" if verdict.known_bad else "detector",
        room_id=msg.room_id,
        room_topic=msg.room_topic or "",
        sender_id=msg.sender_id,
        sender_name=msg.sender_name,
        text=msg.text,
        message_id=msg.id,
    )
    return case


async def _find(ctx: Context, fp: campaigns.Fingerprint, accounts: list[str]) -> Case | None:
    """The oldest joinable campaign sharing an account, else the oldest with a near-same text."""
    by_account, by_text = await ctx.store.campaign_candidates(fp.bands, accounts)
    for case_id in sorted(by_account):
        case = await ctx.store.get_case(case_id)
        if case is not None and case.status in JOINABLE:
            return case
    for case_id in sorted(by_text - by_account):
        stored = [campaigns.decode(s) for s in await ctx.store.campaign_signatures(case_id)]
        if max((campaigns.similarity(fp.signature, s) for s in stored), default=0.0) < campaigns.SIMILAR:
            continue  # shared a band by chance: not the same offer
        case = await ctx.store.get_case(case_id)
        if case is not None and case.status in JOINABLE:
            return case
    return None


async def _add_member(
    ctx: Context, case: Case, msg: Incoming, verdict: Verdict, accounts: list[tuple[str, str]], joined: bool
) -> None:
    member: dict[str, Any] = {
        "room_id": msg.room_id,
        "room_topic": msg.room_topic or "",
        "sender_id": msg.sender_id,
        "sender_name": msg.sender_name,
        "message_id": msg.id,
        "text": msg.text[:200],
        "accounts": [list(a) for a in accounts],
        "known_bad": list(verdict.known_bad),
        "at": msg.timestamp or ctx.clock(),
    }
    groups_before = len({m.get("room_id") for m in case.campaign} | {case.room_id})
    members, new = await ctx.store.add_campaign_member(case.id, member)
    if not joined or not new:
        return
    case.campaign = members
    await ctx.store.count("campaign_joins")
    await ctx.store.publish_case_event(case.id, "campaign")
    logger.info("campaign of case {}: joined from {} by {}: {}", case.id, msg.room_id, msg.sender_id, masked(msg.text))
    groups_after = len({m.get("room_id") for m in members} | {case.room_id})
    await _maybe_update(ctx, case, groups_before, groups_after)


async def _maybe_update(ctx: Context, case: Case, before: int, after: int) -> None:
    """One more ping when the campaign crossed a size threshold after its case ping went out (before
    that, the case ping itself lists every group). Claimed in Redis: one process sends it."""
    threshold = campaigns.update_due(before, after)
    if threshold is None or not any(m.startswith("0:") for m in await ctx.store.sent_marks(case.id)):
        return
    if not await ctx.store.claim("campaign_update", f"{case.id}:{threshold}", ctx.store.CAMPAIGN_TTL_S):
        return
    rooms = dict.fromkeys([case.room_id, *(str(m.get("room_id") or "") for m in case.campaign)])
    officers = dict.fromkeys(o for room in rooms for o in ctx.settings.officers_for(room or None))
    text = texts.campaign_update(case)
    for officer in officers:
        await ctx.say_private(officer, text)
    logger.info("campaign of case {} reached {} groups: update sent to {} officers", case.id, after, len(officers))
