"""Officer commands, by private message, from contact ids in the settings only (never nicknames).
Every action is written to the audit log. The effects live in public functions here (indicators,
keywords) and in handlers/cases.py (case decisions); the web console calls the same ones."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from loguru import logger

from bot import texts
from bot.context import Context
from bot.detect.entities import canonical_account, classify_account
from bot.handlers import cases

COMMAND = re.compile(r"^(确认|误报|结案|查询|查|拉黑|加词|删词|通报|统计|帮助)\s*[:：]?\s*(.*)$", re.S)
CASE_NUMBER = re.compile(r"^(?:案件)?\s*#?\s*(\d+)")


@dataclass(frozen=True)
class Command:
    name: str
    arg: str


def parse_command(text: str) -> Command | None:
    # The argument stays as typed when it can (NFKC would turn a bulletin's "，" into ",").
    m = COMMAND.match(text.strip()) or COMMAND.match(unicodedata.normalize("NFKC", text).strip())
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
    # No case has 19 digits; int() of a 5000-digit argument would even raise.
    return int(m.group(1)) if m and len(m.group(1)) <= 18 else None


async def _confirm(ctx: Context, officer: str, arg: str) -> str:
    case_id = _case_number(arg)
    if case_id is None:
        return texts.usage("确认 案件号", "确认 12")
    added = await cases.confirm_case(ctx, officer, case_id)
    return texts.case_not_found(case_id) if added is None else texts.confirmed(case_id, added)


async def _false_positive(ctx: Context, officer: str, arg: str) -> str:
    case_id = _case_number(arg)
    if case_id is None:
        return texts.usage("误报 案件号", "误报 12")
    corrected = await cases.mark_false_positive(ctx, officer, case_id)
    return texts.case_not_found(case_id) if corrected is None else texts.false_positive(case_id, corrected)


async def _close(ctx: Context, officer: str, arg: str) -> str:
    case_id = _case_number(arg)
    if case_id is None:
        return texts.usage("结案 案件号", "结案 12")
    return texts.closed(case_id) if await cases.close_case(ctx, officer, case_id) else texts.case_not_found(case_id)


async def _lookup(ctx: Context, officer: str, arg: str) -> str:
    if not arg:
        return texts.usage("查 账号", "查 13800138000")
    await ctx.store.audit(officer, "lookup", None, classify_account(arg) or "?")
    found = await ctx.store.get_indicator(canonical_account(arg))
    if found is None:
        return texts.officer_lookup(arg, None, None, "", 0.0)
    return texts.officer_lookup(arg, found.kind, found.case_id, found.by, found.at)


async def blacklist(ctx: Context, officer: str, value: str) -> tuple[str, str, bool] | None:
    """Add an account as a known-bad indicator, effective at once. Returns (kind, canonical, new);
    None when `value` is not a recognisable account."""
    kind = classify_account(value)
    if kind is None:
        return None
    canonical = canonical_account(value)
    new = await ctx.store.add_indicator(kind, canonical, case_id=None, by=officer, source="manual")
    ctx.changed_indicators()
    await ctx.store.audit(officer, "blacklist", None, f"{kind}:{canonical}")
    return kind, canonical, new


async def unblacklist(ctx: Context, officer: str, value: str) -> bool:
    """Withdraw one indicator (exact canonical value); False when it was not there."""
    removed = await ctx.store.remove_indicator(value)
    if removed:
        ctx.changed_indicators()
        await ctx.store.audit(officer, "unblacklist", None, value)
    return removed


async def add_keyword(ctx: Context, officer: str, word: str, category: str) -> None:
    """A runtime keyword (or re-enable one), effective for the next message."""
    await ctx.store.add_keyword(word, category, officer)
    ctx.changed_keywords()
    await ctx.sync_keywords()
    await ctx.store.audit(officer, "add_keyword", None, f"{word}:{category}")


async def disable_keyword(ctx: Context, officer: str, word: str) -> bool:
    found = await ctx.store.disable_keyword(word, officer)
    ctx.changed_keywords()
    await ctx.sync_keywords()
    await ctx.store.audit(officer, "disable_keyword", None, word)
    return found


async def _blacklist(ctx: Context, officer: str, arg: str) -> str:
    if not arg:
        return texts.usage("拉黑 账号", "拉黑 13800138000")
    result = await blacklist(ctx, officer, arg)
    if result is None:
        return texts.account_unrecognised(arg)
    kind, canonical, new = result
    return texts.blacklisted(canonical, kind, new)


async def _add_word(ctx: Context, officer: str, arg: str) -> str:
    parts = arg.split()
    if not parts:
        return texts.usage("加词 词 [口罩/诈骗/被骗]", "加词 特效口罩 口罩")
    word = parts[0]
    category = texts.CATEGORY_ALIASES.get(parts[1], "mask_scam") if len(parts) > 1 else "mask_scam"
    await add_keyword(ctx, officer, word, category)
    return texts.keyword_added(word, category)


async def _remove_word(ctx: Context, officer: str, arg: str) -> str:
    if not arg:
        return texts.usage("删词 词", "删词 特效口罩")
    found = await disable_keyword(ctx, officer, arg)
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
