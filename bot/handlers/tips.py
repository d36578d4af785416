"""Periodic anti-fraud tips per group, from the tips file, outside quiet hours."""

from __future__ import annotations

import asyncio
import contextlib
import time
from pathlib import Path

from loguru import logger

from bot import texts
from bot.context import Context


def load_tips(path: Path) -> tuple[str, ...]:
    """One tip a line; blank lines and # comments skipped. Built-in tips when the file is missing."""
    if not path.exists():
        return texts.DEFAULT_TIPS
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    tips = tuple(line for line in lines if line and not line.startswith("#"))
    return tips or texts.DEFAULT_TIPS


def in_quiet_hours(hour: int, quiet: tuple[int, int] | None) -> bool:
    if quiet is None:
        return False
    start, end = quiet
    return start <= hour < end if start <= end else hour >= start or hour < end


async def post_tips(ctx: Context, tips: tuple[str, ...] | None = None) -> int:
    """Post the next tip in every monitored group whose interval has passed; returns how many."""
    interval_s = ctx.settings.tips_interval_h * 3600
    if interval_s <= 0 or in_quiet_hours(time.localtime(ctx.clock()).tm_hour, ctx.settings.quiet_hours):
        return 0
    tips = tips or load_tips(ctx.settings.tips_file)
    posted = 0
    for room in await ctx.store.groups():
        if await ctx.store.group_paused(room, "tips_paused"):
            continue
        if await ctx.store.claim("tip", room, interval_s):
            index = await ctx.store.next_tip_index(room)
            posted += await ctx.say_room(room, texts.tip(tips[index % len(tips)]))
    if posted:
        logger.info("posted tips in {} group(s)", posted)
    return posted


async def run_tips(ctx: Context, stop: asyncio.Event, every_s: float = 60.0) -> None:
    """The timer the runtime starts: checks every `every_s` seconds until `stop` is set."""
    while not stop.is_set():
        try:
            await post_tips(ctx)
        except Exception:
            logger.exception("posting tips failed")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), every_s)
