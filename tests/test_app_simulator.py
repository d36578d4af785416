"""The whole runtime in simulator mode, driven through its JSON API: `bot.app.serve()` with the real
detector, an embedded Redis, the send limiter, the handlers and escalation delivery."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot import texts
from bot.app import serve
from bot.config import load_settings

OFFICER = "officer_wang"  # the simulator's officer, the default officer when none is configured
ROOM_1, ROOM_2, ROOM_3 = "sim-room-1", "sim-room-2", "sim-room-3"
SCAM = "口罩现货，N95一盒50元，先付款后发货，转账到工行卡6222021234567890128，电话13812345678"
NOTICE = "社区通知：明天上午9点在居委会免费发放口罩，每户两只，请带身份证。"
DELIVERY_WAIT_S = 2.0  # escalations go out through the Redis stream: give the delivery task a moment


class Api:
    def __init__(self, http: aiohttp.ClientSession) -> None:
        self.http = http

    async def post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        async with self.http.post(path, json=body) as resp:
            data: dict[str, Any] = await resp.json()
            assert resp.status in (200, 201), data
            return data

    async def say(self, sender: str, text: str, room: str | None = None, **extra: Any) -> list[dict[str, Any]]:
        """`sender` writes `text`; returns the bot's replies (within `wait` seconds if given)."""
        data = await self.post("/api/say", {"from": sender, "text": text, "room": room, **extra})
        replies: list[dict[str, Any]] = data["replies"]
        return replies

    async def timeline(self, room: str | None = None, contact: str | None = None) -> list[dict[str, Any]]:
        params = {"room": room} if room else {"contact": contact or ""}
        async with self.http.get("/api/timeline", params=params) as resp:
            assert resp.status == 200
            messages: list[dict[str, Any]] = (await resp.json())["messages"]
            return messages


@pytest.fixture
async def api(tmp_path: Path) -> AsyncIterator[Api]:
    settings = load_settings(
        {
            "SENTINEL_DATA_DIR": str(tmp_path / "var"),
            "SENTINEL_WEB_PORT": "0",
            "SENTINEL_SEND_INTERVAL_S": "0",
            "SENTINEL_TIPS_FILE": str(tmp_path / "no-tips.txt"),
        },
        env_file=None,
    )
    stop = asyncio.Event()
    ready: asyncio.Future[int] = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(serve(settings, stop, ready))
    try:
        started: list[asyncio.Future[Any]] = [task, ready]
        await asyncio.wait(started, timeout=30, return_when=asyncio.FIRST_COMPLETED)
        if task.done():
            task.result()  # start-up failed: show why
        port = ready.result()
        async with aiohttp.ClientSession(
            base_url=f"http://127.0.0.1:{port}", timeout=aiohttp.ClientTimeout(total=20)
        ) as http:
            yield Api(http)
    finally:
        stop.set()
        try:
            await asyncio.wait_for(task, 20)
        finally:
            if not task.done():
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task


def bot_entries(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in entries if e["is_bot"]]


async def test_scam_offer_warns_the_group_pings_the_officer_who_confirms(api: Api) -> None:
    replies = await api.say("li_dashe", SCAM, room=ROOM_1, wait=DELIVERY_WAIT_S)
    warnings = [r for r in replies if r["room"] == ROOM_1]
    pings = [r for r in replies if r["contact"] == OFFICER]
    assert len(warnings) == 1 and len(pings) == 1, replies
    assert warnings[0]["mentions"] == ["li_dashe"] and "口罩诈骗" in warnings[0]["text"]
    assert pings[0]["text"].startswith("案件 1 · 口罩诈骗")
    for part in ("幸福村村民群", "李大爷", "6222021234567890128", "13812345678", "确认 1"):
        assert part in pings[0]["text"], part
    # The same in the timelines; the bot's own warning (an echo) is not answered.
    assert [e["text"] for e in bot_entries(await api.timeline(room=ROOM_1))] == [warnings[0]["text"]]
    assert [e["text"] for e in await api.timeline(contact=OFFICER)] == [pings[0]["text"]]

    replies = await api.say(OFFICER, "确认 1")
    assert len(replies) == 1 and replies[0]["contact"] == OFFICER
    assert "案件 1 已确认为诈骗" in replies[0]["text"] and "13812345678" in replies[0]["text"]
    assert (await api.timeline(contact=OFFICER))[-1]["text"] == replies[0]["text"]

    # The confirmed phone now escalates wherever it appears.
    replies = await api.say("wang_jie", "明天下午修水管的师傅来，电话 13812345678", room=ROOM_2, wait=DELIVERY_WAIT_S)
    assert [r["room"] for r in replies if r["room"]] == [ROOM_2]
    ping = next(r for r in replies if r["contact"] == OFFICER)
    assert ping["text"].startswith("案件 2 ") and "含黑名单账号" in ping["text"]


async def test_resident_private_question_help_and_lookup(api: Api) -> None:
    replies = await api.say("zhang_ayi", SCAM)
    assert len(replies) == 1 and replies[0]["contact"] == "zhang_ayi"
    assert replies[0]["text"].startswith("这很像口罩诈骗")

    replies = await api.say("zhang_ayi", "帮助")
    assert [r["text"] for r in replies] == [texts.help_resident("反诈哨兵")]

    replies = await api.say("zhang_ayi", "查询 13812345678")
    assert [r["text"] for r in replies] == [texts.lookup_unknown("13812345678")]
    # None of this was a case for the officer.
    await asyncio.sleep(0.5)
    assert await api.timeline(contact=OFFICER) == []


async def test_newcomer_is_greeted_and_their_offer_warned(api: Api) -> None:
    joined = await api.post("/api/join", {"room": ROOM_2, "contacts": ["chen_jingli"]})
    assert joined["joined"] == ["chen_jingli"]
    assert [r["mentions"] for r in joined["replies"]] == [["chen_jingli"]]
    assert joined["replies"][0]["text"] == f"@口罩批发-陈经理 {texts.greeting()}"

    replies = await api.say("chen_jingli", "口罩有货了，需要的私聊，先付款后发货", room=ROOM_2)
    warning = [r for r in replies if r["room"] == ROOM_2]
    assert len(warning) == 1 and warning[0]["mentions"] == ["chen_jingli"], replies


async def test_scam_at_the_bot_gets_one_warning(api: Api) -> None:
    text = "@反诈哨兵 口罩现货，一盒50元，先付款后发货，加微信 mask_boss88"
    replies = await api.say("xiao_liu", text, room=ROOM_2, wait=DELIVERY_WAIT_S)
    in_room = [r for r in replies if r["room"] == ROOM_2]
    assert len(in_room) == 1 and "口罩诈骗" in in_room[0]["text"], replies
    assert any("mask_boss88" in r["text"] for r in replies if r["contact"] == OFFICER)


async def test_free_mask_notice_gets_silence(api: Api) -> None:
    replies = await api.say("zhang_ayi", NOTICE, room=ROOM_3, wait=DELIVERY_WAIT_S)
    assert replies == []
    assert bot_entries(await api.timeline(room=ROOM_3)) == []
    assert await api.timeline(contact=OFFICER) == []
