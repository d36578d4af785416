"""Residents asking: a pasted or forwarded offer gets a plain verdict, `查询 <账号>` answers from the
indicator set, `帮助` explains. Per-person rate limit so nobody can make the bot spam."""

from __future__ import annotations

import re
import unicodedata

from loguru import logger

from bot import texts
from bot.channels.base import Incoming
from bot.context import Context
from bot.detect.entities import canonical_account, classify_account
from bot.detect.verdict import Verdict
from bot.handlers.cases import open_case

HELP = re.compile(r"^(帮助|help|\?|？|你是谁|怎么用|菜单)$", re.IGNORECASE)
LOOKUP = re.compile(r"^查询\s*[:：]?\s*(.*)$", re.S)
OFFICER_ONLY = re.compile(r"^(确认|误报|结案|拉黑)\s*[:：]?\s*(\S+)$")


async def reply(ctx: Context, msg: Incoming, text: str) -> None:
    """Answer where the question came from: privately, or in the group mentioning the asker."""
    if msg.room_id is None:
        await ctx.say_private(msg.sender_id, text)
    else:
        await ctx.say_room(msg.room_id, text, [msg.sender_id])


def officer_only(text: str) -> bool:
    """An officer command in its exact form (`拉黑 <账号>`, `确认 12`...). From anyone else it gets a
    short refusal, not a verdict: to the detector "拉黑 <电话>" reads like a victim's "把我拉黑了"."""
    m = OFFICER_ONLY.match(unicodedata.normalize("NFKC", text).strip())
    if m is None:
        return False
    if m.group(1) == "拉黑":
        return classify_account(m.group(2)) is not None
    return m.group(2).lstrip("#").isdigit()


def is_request(msg: Incoming, text: str) -> bool:
    """A question about a quoted message, 帮助 (or nothing), 查询 of one recognisable account, or an
    officer command: addressed to the bot, not the sender's own post to check (whoever asks about a
    quoted offer is not its author; a lone phone number after 查询 can score as suspicious)."""
    stripped = text.strip()
    if msg.quoted_text or not stripped or HELP.match(stripped) or officer_only(stripped):
        return True
    m = LOOKUP.match(stripped)
    return m is not None and classify_account(m.group(1).strip()) is not None


async def lookup(ctx: Context, raw: str) -> str:
    value = raw.strip()
    if not value or classify_account(value) is None:
        return texts.LOOKUP_UNRECOGNISED
    found = await ctx.store.get_indicator(canonical_account(value))
    return texts.lookup_known(value) if found else texts.lookup_unknown(value)


async def answer(ctx: Context, msg: Incoming, text: str) -> str:
    subject = (msg.quoted_text or "").strip() or text.strip()
    if not subject or HELP.match(subject):
        return texts.help_resident(ctx.settings.bot_name)
    if (m := LOOKUP.match(text.strip())) and not msg.quoted_text:
        return await lookup(ctx, m.group(1))
    if officer_only(text) and not msg.quoted_text:
        logger.info("officer command from non-officer {} refused ({})", msg.sender_id, msg.id)
        return texts.OFFICER_ONLY
    verdict = await ctx.check(subject if msg.quoted_text else _without_question(subject))
    opened = False
    if msg.room_id is None and verdict.category == "victim_report" and verdict.action == "escalate":
        # Someone telling the bot privately they were cheated: officers should call them.
        case, _ = await open_case(
            ctx,
            verdict=verdict,
            source="report",
            room_id="",
            room_topic="",
            sender_id="",
            sender_name="",
            text=subject,
            message_id=msg.id,
            reporter_id=msg.sender_id,
            reporter_name=msg.sender_name,
        )
        opened = True
        logger.info("private victim report from {} became case {}", msg.sender_id, case.id)
    action, category = _as_asked(verdict)
    return texts.resident_verdict(action, category, case_opened=opened)


# "…，是不是骗子？": the asking, not the offer. Its 骗子 would also silence the offer rules (a warning word).
_QUESTION = re.compile(
    r"[，,。.\s]*(?:这个|这种|这样的?|这|那)?(?:是不是|是否|是)?(?:都是)?"
    r"(?:靠谱吗?|可靠吗?|骗子吗?|骗人的?吗?|诈骗吗?|真的吗?|假的吗?|能信吗?|可信吗?|能买吗?)"
    r"[啊呀吧呢]?[？?！!。.\s]*$"
)


def _without_question(text: str) -> str:
    return _QUESTION.sub("", text) or text


def _as_asked(verdict: Verdict) -> tuple[str, str]:
    """A resident asking about an offer retells it ("群里有人卖N95，要先交定金，是不是骗子？"), which the model
    rightly reads as a question, not as the offer. Asked directly, any scam rule that matched is reason enough
    to answer with caution."""
    offered = [hit for hit in verdict.rule_hits if hit.weight > 0]
    if verdict.action != "ignore" or not offered:
        return verdict.action, verdict.category
    return "warn", max(offered, key=lambda hit: hit.weight).category


async def handle_resident(ctx: Context, msg: Incoming, text: str) -> None:
    """`text` is the message without any leading @bot mention."""
    if not await ctx.store.allow_person(msg.sender_id, ctx.settings.user_rate_per_min):
        logger.info("rate limit: not answering {} ({})", msg.sender_id, msg.id)
        return
    await ctx.store.count("questions")
    await reply(ctx, msg, await answer(ctx, msg, text))
