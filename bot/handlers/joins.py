"""The bot joining a group (self-introduction) and members joining (greeting; newcomer watch)."""

from __future__ import annotations

from loguru import logger

from bot import texts
from bot.channels.base import Incoming
from bot.context import Context

GREET_COOLDOWN_S = 60.0


async def handle_join(ctx: Context, msg: Incoming) -> None:
    if msg.room_id is None:
        return
    room = msg.room_id
    await ctx.store.touch_group(room, msg.room_topic or "")
    if msg.kind == "bot_joined" or ctx.self_id in msg.joined_ids:
        logger.info("bot joined group {} ({})", room, msg.room_topic)
        if ctx.settings.intro_enabled:
            await ctx.say_room(room, texts.introduction(ctx.settings.bot_name))
    newcomers = [m for m in msg.joined_ids if m != ctx.self_id]
    for member in newcomers:
        await ctx.store.record_join(room, member, ctx.settings.newcomer_hours * 3600)
    if newcomers:
        logger.info("{} member(s) joined {}", len(newcomers), room)
    if newcomers and ctx.settings.intro_enabled and await ctx.store.claim("greet", room, GREET_COOLDOWN_S):
        await ctx.say_room(room, texts.greeting(), newcomers)
