"""Bot joins a group, members join, periodic tips."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from bot.context import Context
from bot.handlers import Router
from bot.handlers.tips import in_quiet_hours, load_tips, post_tips
from bot.store import Store
from tests.conftest import BOT_ID, ROOM_A, ROOM_B, Clock, RecordingSender, join_msg, make_settings


async def test_bot_joining_introduces_itself(router: Router, store: Store, sender: RecordingSender) -> None:
    await router.handle(join_msg(ROOM_A, (BOT_ID,), kind="bot_joined"))
    assert "反诈助手" in sender.in_room(ROOM_A)[0]
    assert ROOM_A in await store.groups()


async def test_members_joining_are_greeted_and_watched(router: Router, store: Store, sender: RecordingSender) -> None:
    await router.handle(join_msg(ROOM_A, ("wxid_n1", "wxid_n2")))
    await router.handle(join_msg(ROOM_A, ("wxid_n3",)))  # within the greeting cool-down
    assert len(sender.rooms) == 1 and sender.rooms[0][2] == ("wxid_n1", "wxid_n2")
    assert await store.joined_at(ROOM_A, "wxid_n3") is not None


async def test_intro_can_be_turned_off(tmp_path: Path, store: Store, detector: Any, clock: Clock) -> None:
    quiet_sender = RecordingSender()
    settings = make_settings(tmp_path, SENTINEL_INTRO_ENABLED="false")
    router = Router(Context(settings, store, detector, quiet_sender, clock))
    await router.handle(join_msg(ROOM_A, (BOT_ID,), kind="bot_joined"))
    await router.handle(join_msg(ROOM_A, ("wxid_n1",)))
    assert quiet_sender.rooms == []
    assert await store.joined_at(ROOM_A, "wxid_n1") is not None  # still watched


def test_quiet_hours() -> None:
    assert in_quiet_hours(23, (22, 7)) and in_quiet_hours(3, (22, 7)) and not in_quiet_hours(12, (22, 7))
    assert in_quiet_hours(13, (12, 14)) and not in_quiet_hours(14, (12, 14))
    assert not in_quiet_hours(3, None)


async def test_tips_respect_interval_and_quiet_hours(tmp_path: Path, store: Store, detector: Any) -> None:
    tips_file = tmp_path / "tips.txt"
    tips_file.write_text("# comment\n第一条\n\n第二条\n", encoding="utf-8")
    assert load_tips(tips_file) == ("第一条", "第二条")
    noon = time.mktime((2024, 3, 1, 12, 0, 0, 0, 0, -1))
    clock = Clock(noon)
    settings = make_settings(tmp_path, SENTINEL_TIPS_INTERVAL_H="1", SENTINEL_TIPS_FILE=str(tips_file))
    sender = RecordingSender()
    ctx = Context(settings, store, detector, sender, clock)
    await store.touch_group(ROOM_A, "A")
    await store.touch_group(ROOM_B, "B")
    assert await post_tips(ctx) == 2
    assert await post_tips(ctx) == 0  # interval not passed
    assert sender.in_room(ROOM_A) == ["【防骗小贴士】第一条"]
    for room in (ROOM_A, ROOM_B):  # as if the interval had passed
        await store.release("tip", room)
    assert await post_tips(ctx) == 2
    assert sender.in_room(ROOM_A)[-1] == "【防骗小贴士】第二条"
    clock.now = time.mktime((2024, 3, 1, 23, 0, 0, 0, 0, -1))
    for room in (ROOM_A, ROOM_B):
        await store.release("tip", room)
    assert await post_tips(ctx) == 0  # quiet hours
