"""The simulator channel through its JSON API, with a small replying event handler."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from aiohttp import ClientResponse
from aiohttp.test_utils import TestClient

from bot.channels.base import Incoming
from bot.channels.simulator import SimulatorChannel
from bot.web import build_app

ROOM = "sim-room-1"
OFFICER = SimulatorChannel.DEFAULT_OFFICER_ID
Client = TestClient[Any, Any]


class Replier:
    """Warns in the group when a message mentions 口罩, answers privately, records every event."""

    def __init__(self, sim: SimulatorChannel) -> None:
        self.sim = sim
        self.seen: list[Incoming] = []

    async def __call__(self, incoming: Incoming) -> None:
        self.seen.append(incoming)
        if incoming.is_self or incoming.kind != "text":
            return
        if incoming.text == "boom":
            raise RuntimeError("handler bug")
        if incoming.room_id and "口罩" in incoming.text:
            await self.sim.send_room(incoming.room_id, "请不要先转账", mention_ids=[incoming.sender_id])
        elif incoming.room_id is None:
            await self.sim.send_private(incoming.sender_id, f"收到：{incoming.text}")


@pytest.fixture
def sim() -> SimulatorChannel:
    return SimulatorChannel(bot_name="反诈哨兵")


@pytest.fixture
def replier(sim: SimulatorChannel) -> Replier:
    replier = Replier(sim)
    sim.on_event = replier
    return replier


@pytest.fixture
async def client(aiohttp_client: Callable[..., Awaitable[Client]], sim: SimulatorChannel, replier: Replier) -> Client:
    return await aiohttp_client(build_app(sim))


async def say(client: Client, **body: Any) -> ClientResponse:
    return await client.post("/api/say", json=body)


async def next_sse_message(resp: ClientResponse) -> dict[str, Any]:
    event = ""
    while True:
        line = (await asyncio.wait_for(resp.content.readline(), 5)).decode().rstrip("\n")
        if line.startswith("event: "):
            event = line.removeprefix("event: ")
        elif line.startswith("data: ") and event == "message":
            data: dict[str, Any] = json.loads(line.removeprefix("data: "))
            return data


async def test_world_lists_rooms_members_officer_and_bot(client: Client) -> None:
    world = await (await client.get("/api/world")).json()
    assert world["bot"] == {"id": "sentinel-bot", "name": "反诈哨兵"}
    assert world["officer"] == OFFICER
    assert {r["topic"] for r in world["rooms"]} == {"幸福村村民群", "阳光小区业主群", "青山村防疫群"}
    names = {m["name"]: m for m in world["members"]}
    assert {"张阿姨", "李大爷", "王姐", "小刘", "王警官"} <= set(names)
    assert names["口罩批发-陈经理"]["newcomer"] is True


async def test_say_in_room_reaches_timeline_and_live_subscribers(client: Client) -> None:
    events = await client.get("/api/events")
    assert events.headers["Content-Type"].startswith("text/event-stream")
    resp = await say(client, **{"from": "zhang_ayi", "room": ROOM, "text": "今天几点发菜？"})
    assert resp.status == 200
    body = await resp.json()
    assert body["message"]["text"] == "今天几点发菜？"
    assert body["message"]["from_name"] == "张阿姨"
    assert body["replies"] == []
    live = await next_sse_message(events)
    assert live == body["message"]
    timeline = await (await client.get("/api/timeline", params={"room": ROOM})).json()
    assert timeline["messages"][-1] == body["message"]
    events.close()


async def test_bot_reply_is_in_the_room_and_in_the_reply_list(client: Client, sim: SimulatorChannel) -> None:
    body = await (await say(client, **{"from": "li_dashe", "room": ROOM, "text": "谁有口罩？"})).json()
    [reply] = body["replies"]
    assert reply["is_bot"] and reply["room"] == ROOM
    assert reply["mentions"] == ["li_dashe"]
    assert reply["text"].startswith("@李大爷") and reply["text"].endswith("请不要先转账")
    assert sim.timeline(room_id=ROOM)[-1] == reply


async def test_officer_private_chat(client: Client, sim: SimulatorChannel, replier: Replier) -> None:
    body = await (await say(client, **{"from": OFFICER, "room": None, "text": "确认 1"})).json()
    assert body["message"]["room"] is None and body["message"]["contact"] == OFFICER
    assert [r["text"] for r in body["replies"]] == ["收到：确认 1"]
    timeline = await (await client.get("/api/timeline", params={"contact": OFFICER})).json()
    assert [(m["from_id"], m["text"]) for m in timeline["messages"]] == [
        (OFFICER, "确认 1"),
        ("sentinel-bot", "收到：确认 1"),
    ]
    incoming = replier.seen[0]
    assert incoming.is_private and incoming.sender_id == OFFICER and not incoming.is_self


async def test_bot_messages_come_back_as_self_events(client: Client, sim: SimulatorChannel, replier: Replier) -> None:
    await say(client, **{"from": "wang_jie", "room": ROOM, "text": "口罩现货，先付款"})
    await sim.settle()
    echoes = [i for i in replier.seen if i.is_self]
    assert len(echoes) == 1
    assert echoes[0].sender_id == sim.self_id and echoes[0].room_id == ROOM
    assert echoes[0].text.endswith("请不要先转账")


async def test_mentions_of_the_bot_by_name_or_id(client: Client, replier: Replier) -> None:
    await say(client, **{"from": "xiao_liu", "room": ROOM, "text": "@反诈哨兵 这个是真的吗"})
    await say(client, **{"from": "xiao_liu", "room": ROOM, "text": "这个呢", "mentions": ["sentinel-bot"]})
    await say(client, **{"from": "xiao_liu", "room": ROOM, "text": "@张阿姨 你看"})
    first, second, third = replier.seen
    assert first.mentions_self and first.mention_ids == ("sentinel-bot",)
    assert second.mentions_self
    assert not third.mentions_self and third.mention_ids == ("zhang_ayi",)


async def test_quote_is_passed_on(client: Client, replier: Replier) -> None:
    await say(client, **{"from": "zhang_ayi", "room": ROOM, "text": "举报", "quote": "口罩现货先付款"})
    assert replier.seen[0].quoted_text == "口罩现货先付款"


async def test_join_and_newcomer_auto_join(client: Client, sim: SimulatorChannel, replier: Replier) -> None:
    resp = await client.post("/api/join", json={"room": "sim-room-2", "contacts": ["zhang_ayi"]})
    assert resp.status == 200
    body = await resp.json()
    assert body["joined"] == ["zhang_ayi"] and body["event"]["kind"] == "join"
    assert replier.seen[-1].kind == "join" and replier.seen[-1].joined_names == ("张阿姨",)
    again = await (await client.post("/api/join", json={"room": "sim-room-2", "contacts": ["zhang_ayi"]})).json()
    assert again["joined"] == [] and again["event"] is None
    # A stranger who posts in a group joins it first, as on WeChat.
    await say(client, **{"from": "chen_jingli", "room": ROOM, "text": "N95口罩现货"})
    kinds = [(i.kind, i.sender_id) for i in replier.seen[-3:] if not i.is_self]
    assert kinds == [("join", "chen_jingli"), ("text", "chen_jingli")]
    assert "chen_jingli" in sim.rooms[ROOM].member_ids


async def test_late_bot_messages_are_collected_with_wait(client: Client, sim: SimulatorChannel) -> None:
    outbox: asyncio.Queue[str] = asyncio.Queue()

    async def deliver() -> None:  # like the escalation delivery task: sends from its own task
        while True:
            await sim.send_private(OFFICER, await outbox.get())

    worker = asyncio.create_task(deliver())

    async def enqueue(incoming: Incoming) -> None:
        if not incoming.is_self:
            outbox.put_nowait(f"新案件：{incoming.text}")

    sim.on_event = enqueue
    quick = await (await say(client, **{"from": "zhang_ayi", "room": ROOM, "text": "a"})).json()
    await asyncio.sleep(0.05)
    waited = await (await say(client, **{"from": "zhang_ayi", "room": ROOM, "text": "b", "wait": 0.3})).json()
    worker.cancel()
    assert quick["replies"] == []
    assert [r["text"] for r in waited["replies"]] == ["新案件：b"]


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"from": "nobody", "room": ROOM, "text": "hi"}, "unknown_member"),
        ({"from": "zhang_ayi", "room": "sim-room-9", "text": "hi"}, "unknown_room"),
        ({"from": "zhang_ayi", "room": ROOM, "text": "   "}, "empty_text"),
        ({"from": "zhang_ayi", "room": ROOM, "text": "字" * 5001}, "text_too_long"),
        ({"from": "zhang_ayi", "room": ROOM}, "bad_text"),
        ({"room": ROOM, "text": "hi"}, "bad_from"),
        ({"from": "zhang_ayi", "room": 5, "text": "hi"}, "bad_room"),
        ({"from": "zhang_ayi", "room": ROOM, "text": "hi", "mentions": "zhang_ayi"}, "bad_mentions"),
        ({"from": "zhang_ayi", "room": ROOM, "text": "hi", "mentions": ["ghost"]}, "unknown_member"),
        ({"from": "zhang_ayi", "room": ROOM, "text": "hi", "wait": 99}, "bad_wait"),
        ({"from": "sentinel-bot", "room": ROOM, "text": "hi"}, "bad_sender"),
        ({"from": "chen_jingli", "room": ROOM, "text": "hi", "mentions": ["ghost"]}, "unknown_member"),
        ({"from": "chen_jingli", "room": ROOM, "text": "举报", "quote": "字" * 5001}, "text_too_long"),
    ],
)
async def test_bad_say_is_a_400_with_a_reason(
    client: Client, sim: SimulatorChannel, body: dict[str, Any], code: str
) -> None:
    resp = await say(client, **body)
    assert resp.status == 400
    assert (await resp.json())["error"] == code
    assert sim.timeline(room_id=ROOM) == []
    assert "chen_jingli" not in sim.rooms[ROOM].member_ids  # refused input changes nothing


async def test_bad_bodies_and_queries(client: Client) -> None:
    not_json = await client.post("/api/say", data=b"{oops", headers={"Content-Type": "application/json"})
    assert not_json.status == 400 and (await not_json.json())["error"] == "bad_json"
    a_list = await client.post("/api/say", json=["zhang_ayi"])
    assert a_list.status == 400 and (await a_list.json())["error"] == "bad_json"
    form = await client.post("/api/say", data={"from": "zhang_ayi", "text": "hi"})
    assert form.status == 415 and (await form.json())["error"] == "bad_content_type"
    neither = await client.get("/api/timeline")
    assert neither.status == 400 and (await neither.json())["error"] == "bad_conversation"
    ghost = await client.get("/api/timeline", params={"contact": "ghost"})
    assert ghost.status == 400
    no_contacts = await client.post("/api/join", json={"room": ROOM, "contacts": []})
    assert no_contacts.status == 400 and (await no_contacts.json())["error"] == "bad_contacts"
    huge = await client.post("/api/say", data=b"x" * 300_000, headers={"Content-Type": "application/json"})
    assert huge.status == 413 and "error" in await huge.json()
    missing = await client.get("/api/nothing-here")
    assert missing.status == 404 and "error" in await missing.json()


async def test_a_failing_handler_is_a_json_500_and_the_app_lives(client: Client) -> None:
    resp = await say(client, **{"from": "zhang_ayi", "room": ROOM, "text": "boom"})
    assert resp.status == 500 and (await resp.json())["error"] == "internal_error"
    assert (await say(client, **{"from": "zhang_ayi", "room": ROOM, "text": "ok"})).status == 200


async def test_add_contact(client: Client, sim: SimulatorChannel) -> None:
    resp = await client.post("/api/contacts", json={"id": "zhao", "name": "赵老板"})
    assert resp.status == 201
    assert sim.members["zhao"].newcomer
    dup = await client.post("/api/contacts", json={"id": "zhao", "name": "赵老板"})
    assert dup.status == 400 and (await dup.json())["error"] == "contact_exists"


async def test_page_static_files_and_health(client: Client) -> None:
    page = await client.get("/")
    assert page.status == 200 and "反诈哨兵" in await page.text()
    for asset in ("/static/simulator.js", "/static/simulator.css"):
        assert (await client.get(asset)).status == 200
    assert await (await client.get("/healthz")).json() == {"ok": True}


async def test_timelines_are_capped() -> None:
    sim = SimulatorChannel(timeline_cap=3)
    for i in range(5):
        await sim.say("zhang_ayi", f"m{i}", room_id=ROOM)
    assert [e["text"] for e in sim.timeline(room_id=ROOM)] == ["m2", "m3", "m4"]


async def test_a_slow_subscriber_is_cut_off_not_the_world() -> None:
    sim = SimulatorChannel(subscriber_queue=2)
    sub = sim.subscribe()
    for i in range(4):
        await sim.say("zhang_ayi", f"m{i}", room_id=ROOM)
    assert sub.queue.get_nowait() is None  # told to reconnect
    assert len(sim.timeline(room_id=ROOM)) == 4
