"""Protecting the would-be victim: a resident who answers a flagged offer in the group, or whom the
offer's sender @-mentions, gets a private, kind warning, and the case notes who engaged."""

from __future__ import annotations

import re
from typing import Any

from loguru import logger

from bot import texts
from bot.channels.base import Incoming
from bot.context import Context
from bot.detect.normalise import normalise

WINDOW_S = 30 * 60
_N = r"[\d一两二三四五六七八九十几]+"
ENGAGE = re.compile(
    r"怎么买|如何买|在哪买|哪里买|怎么卖|多少钱|什么价|啥价|几块|怎么付|怎么联系|联系方式|加你|私聊|"
    rf"我要|给我来|来{_N}[盒包个只片箱]|要{_N}[盒包个只片箱]|买{_N}|"
    r"已转|转了|已付|付了|已打款|还有货|有货吗|还有吗|发货|包邮"
)


def engages(text: str) -> bool:
    return bool(ENGAGE.search(normalise(text)))


async def remember_offer(ctx: Context, msg: Incoming, case_id: int | None) -> None:
    assert msg.room_id is not None
    offer = {"at": ctx.clock(), "sender_id": msg.sender_id, "case": case_id, "message_id": msg.id}
    await ctx.store.remember_flagged(msg.room_id, offer)


async def protect(ctx: Context, room_id: str, member_id: str, name: str, offer: dict[str, Any], text: str) -> None:
    if member_id in (ctx.self_id, offer["sender_id"]):
        return
    first = await ctx.store.claim("protect", f"{room_id}:{member_id}", WINDOW_S)
    if first and await ctx.say_private(member_id, texts.protect_private()):
        await ctx.store.count("protected")
        logger.info("privately warned {} in {} (offer {})", member_id, room_id, offer.get("message_id"))
    if offer.get("case"):
        await ctx.store.add_engaged(int(offer["case"]), member_id, name, text)


async def on_group_message(ctx: Context, msg: Incoming) -> None:
    """Run before the message itself is checked: does it answer an earlier flagged offer?"""
    assert msg.room_id is not None
    offers = await ctx.store.flagged(msg.room_id, ctx.clock() - WINDOW_S)
    if not offers:
        return
    answered = [o for o in offers if o["sender_id"] != msg.sender_id]
    if answered and engages(msg.text):
        await protect(ctx, msg.room_id, msg.sender_id, msg.sender_name, answered[0], msg.text)
    own = [o for o in offers if o["sender_id"] == msg.sender_id]
    if own:
        await protect_mentioned(ctx, msg, own[0])


async def protect_mentioned(ctx: Context, msg: Incoming, offer: dict[str, Any]) -> None:
    """Everyone the flagged sender @-mentions."""
    assert msg.room_id is not None
    for member_id in msg.mention_ids:
        await protect(ctx, msg.room_id, member_id, member_id, offer, msg.text)
