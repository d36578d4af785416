"""Officer commands, by private message, from contact ids in the settings only (never nicknames).
Every action is written to the audit log."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from loguru import logger

from bot import texts
from bot.context import Context
from bot.detect.entities import canonical_account, classify_account
from bot.detect.verdict import SCAM_CATEGORIES

COMMAND = re.compile(r"^(确认|误报|结案|查询|查|拉黑|加词|删词|通报|统计|帮助)\s*[:：]?\s*(.*)$", re.S)
CASE_NUMBER = re.compile(r"^(?:案件)?\s*#?\s*(\d+)")


@dataclass(frozen=True)
class Command:
    name: str
    arg: str


def parse_command(text: str) -> Command | None:
    m = COMMAND.match(unicodedata.normalize("NFKC", text).strip())
    if not m:
        return None
    name = "查" if m.group(1) == "查询" else m.group(1)
    return Command(name, m.group(2).strip())


async def run_command(ctx: Context, officer: str, cmd: Command) -> None:
    logger.info("officer {} command {}", officer, cmd.name)
    handler = _HANDLERS[cmd.name]
    reply = await handler(ctx, officer, cmd.arg)
    await ctx.say_private(officer, reply)


def _case_number(arg: str) -> int | None:
    m = CASE_NUMBER.match(arg)
    return int(m.group(1)) if m else None


async def _confirm(ctx: Context, officer: str, arg: str) -> str:
    case_id = _case_number(arg)
    if case_id is None:
        return texts.usage("确认 案件号", "确认 12")
    case = await ctx.store.get_case(case_id)
    if case is None:
        return texts.case_not_found(case_id)
    added: list[tuple[str, str]] = []
    for kind, value in case.accounts():
        canonical = canonical_account(value)
        if await ctx.store.add_indicator(kind, canonical, case_id=case.id, by=officer, source="confirmed"):
            added.append((kind, canonical))
    ctx.changed_indicators()
    await ctx.store.set_status(case.id, "confirmed")
    await ctx.store.add_action(case.id, officer, "confirm")
    category = case.category if case.category in SCAM_CATEGORIES else "other_fraud"
    await ctx.store.add_feedback(case.id, case.text, "scam", category, officer)
    await ctx.store.audit(officer, "confirm", case.id, f"indicators={len(added)}")
    await ctx.store.count("confirmed")
    return texts.confirmed(case.id, added)


async def _false_positive(ctx: Context, officer: str, arg: str) -> str:
    case_id = _case_number(arg)
    if case_id is None:
        return texts.usage("误报 案件号", "误报 12")
    case = await ctx.store.get_case(case_id)
    if case is None:
        return texts.case_not_found(case_id)
    removed = await ctx.store.remove_indicators_of_case(case.id)
    if removed:
        ctx.changed_indicators()
    await ctx.store.set_status(case.id, "false_positive")
    await ctx.store.add_action(case.id, officer, "false_positive")
    await ctx.store.add_feedback(case.id, case.text, "benign", "benign", officer)
    corrected = False
    if case.warned and case.room_id and case.status != "false_positive":
        mention = [case.sender_id] if case.sender_id else []
        corrected = await ctx.say_room(case.room_id, texts.correction(), mention)
    await ctx.store.audit(officer, "false_positive", case.id, f"corrected={corrected} removed={len(removed)}")
    await ctx.store.count("false_positive")
    return texts.false_positive(case.id, corrected)


async def _close(ctx: Context, officer: str, arg: str) -> str:
    case_id = _case_number(arg)
    if case_id is None:
        return texts.usage("结案 案件号", "结案 12")
    if await ctx.store.get_case(case_id) is None:
        return texts.case_not_found(case_id)
    await ctx.store.set_status(case_id, "closed")
    await ctx.store.add_action(case_id, officer, "close")
    await ctx.store.audit(officer, "close", case_id)
    await ctx.store.count("closed")
    return texts.closed(case_id)


async def _lookup(ctx: Context, officer: str, arg: str) -> str:
    if not arg:
        return texts.usage("查 账号", "查 13800138000")
    await ctx.store.audit(officer, "lookup", None, classify_account(arg) or "?")
    found = await ctx.store.get_indicator(canonical_account(arg))
    if found is None:
        return texts.officer_lookup(arg, None, None, "", 0.0)
    return texts.officer_lookup(arg, found.kind, found.case_id, found.by, found.at)


async def _blacklist(ctx: Context, officer: str, arg: str) -> str:
    if not arg:
        return texts.usage("拉黑 账号", "拉黑 13800138000")
    kind = classify_account(arg)
    if kind is None:
        return texts.account_unrecognised(arg)
    canonical = canonical_account(arg)
    new = await ctx.store.add_indicator(kind, canonical, case_id=None, by=officer, source="manual")
    ctx.changed_indicators()
    await ctx.store.audit(officer, "blacklist", None, f"{kind}:{canonical}")
    return texts.blacklisted(canonical, kind, new)


async def _add_word(ctx: Context, officer: str, arg: str) -> str:
    parts = arg.split()
    if not parts:
        return texts.usage("加词 词 [口罩/诈骗/被骗]", "加词 特效口罩 口罩")
    word = parts[0]
    category = texts.CATEGORY_ALIASES.get(parts[1], "mask_scam") if len(parts) > 1 else "mask_scam"
    await ctx.store.add_keyword(word, category, officer)
    ctx.changed_keywords()
    await ctx.sync_keywords()
    await ctx.store.audit(officer, "add_keyword", None, f"{word}:{category}")
    return texts.keyword_added(word, category)


async def _remove_word(ctx: Context, officer: str, arg: str) -> str:
    if not arg:
        return texts.usage("删词 词", "删词 特效口罩")
    found = await ctx.store.disable_keyword(arg, officer)
    ctx.changed_keywords()
    await ctx.sync_keywords()
    await ctx.store.audit(officer, "disable_keyword", None, arg)
    return texts.keyword_removed(arg, found)


async def _bulletin(ctx: Context, officer: str, arg: str) -> str:
    if not arg:
        return texts.usage("通报 文字", "通报 近期有人冒充药店卖口罩，请勿先付款")
    sent = 0
    for room in await ctx.store.groups():
        sent += await ctx.say_room(room, texts.bulletin(arg))
    await ctx.store.audit(officer, "bulletin", None, f"groups={sent} {arg[:200]}")
    return texts.bulletin_sent(sent)


async def _stats(ctx: Context, officer: str, arg: str) -> str:
    today = date.fromtimestamp(ctx.clock())
    week = [today - timedelta(days=n) for n in range(today.weekday() + 1)]
    await ctx.store.audit(officer, "stats")
    return texts.stats(await ctx.store.stats([today]), await ctx.store.stats(week), await ctx.store.pending_count())


async def _help(ctx: Context, officer: str, arg: str) -> str:
    return texts.HELP_OFFICER


_HANDLERS = {
    "确认": _confirm,
    "误报": _false_positive,
    "结案": _close,
    "查": _lookup,
    "拉黑": _blacklist,
    "加词": _add_word,
    "删词": _remove_word,
    "通报": _bulletin,
    "统计": _stats,
    "帮助": _help,
}
