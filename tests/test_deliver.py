"""Escalation delivery on a real Redis stream, with a real local webhook server."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web
from aiohttp.test_utils import TestServer

from bot.deliver import Deliverer
from bot.store import WEBHOOK_GROUP, Store, process_stamp
from tests.conftest import (
    GROUP_OFFICER,
    OFFICER,
    ROOM_A,
    ROOM_OWN,
    Clock,
    RecordingSender,
    make_settings,
)

VERDICT: dict[str, Any] = {
    "category": "mask_scam",
    "score": 0.95,
    "reasons": ["要求先付款", "个人账户收款"],
    "entities": {"phones": ["13812345678"], "bank_cards": ["6222021234567890128"], "wechat_ids": ["maskshop2020"]},
}

ServerFactory = Callable[[web.Application], Awaitable[TestServer]]


async def open_case(store: Store, text: str = "口罩现货先付款", room: str = ROOM_A, urgent: bool = False) -> int:
    verdict = VERDICT | {"category": "victim_report"} if urgent else VERDICT
    case, _ = await store.open_case(
        room_id=room,
        room_topic="幸福村一组",
        sender_id="wxid_seller",
        sender_name="口罩批发",
        text=text,
        dedup_text=text,
        verdict=verdict,
        source="detector",
        urgent=urgent,
    )
    await store.enqueue_escalation(case.id, urgent)
    return case.id


def deliverer(store: Store, tmp_path: Path, sender: RecordingSender, clock: Clock, **kw: Any) -> Deliverer:
    env = {k: str(v) for k, v in kw.pop("env", {}).items()}
    settings = make_settings(tmp_path, **env)
    return Deliverer(store, settings, sender, consumer=kw.pop("consumer", "c1"), clock=clock, **kw)


async def test_officer_gets_one_actionable_message(
    store: Store, tmp_path: Path, sender: RecordingSender, clock: Clock
) -> None:
    case_id = await open_case(store)
    d = deliverer(store, tmp_path, sender, clock)
    assert await d.deliver_once() == 1
    [text] = sender.to(OFFICER)
    for part in (f"案件 {case_id}", "幸福村一组", "口罩批发", "wxid_seller", "口罩现货先付款", "要求先付款"):
        assert part in text
    for account in ("13812345678", "6222021234567890128", "maskshop2020"):
        assert account in text  # in full, for 紧急止付
    assert f"确认 {case_id} / 误报 {case_id} / 结案 {case_id}" in text
    assert await store.pending_count() == 0
    assert await d.deliver_once() == 0 and len(sender.to(OFFICER)) == 1


async def test_urgent_goes_first_and_marked(
    store: Store, tmp_path: Path, sender: RecordingSender, clock: Clock
) -> None:
    await open_case(store, "普通")
    urgent_id = await open_case(store, "我被骗了", urgent=True)
    await deliverer(store, tmp_path, sender, clock).deliver_once()
    first_text = sender.privates[0][1]
    assert first_text.startswith("【紧急】") and f"案件 {urgent_id}" in first_text
    assert sender.privates[0][2] is True  # the urgent flag reached the sender


async def test_failed_send_is_not_acked_and_no_double_on_retry(
    store: Store, tmp_path: Path, sender: RecordingSender, clock: Clock
) -> None:
    await open_case(store)
    d = deliverer(store, tmp_path, sender, clock, env={"SENTINEL_OFFICERS": f"{OFFICER},wxid_officer_2"})
    sender.failing.add("wxid_officer_2")
    assert await d.deliver_once() == 0
    assert await store.pending_count() == 1 and len(sender.to(OFFICER)) == 1
    sender.failing.clear()
    assert await d.deliver_once() == 1
    assert await store.pending_count() == 0
    assert len(sender.to(OFFICER)) == 1 and len(sender.to("wxid_officer_2")) == 1


async def test_restart_delivers_pending_and_claims_dead_consumers(
    store: Store, tmp_path: Path, sender: RecordingSender, clock: Clock
) -> None:
    first = await open_case(store, "甲")
    second = await open_case(store, "乙")
    # Consumer c1 read `first` and died before sending; consumer "dead" read `second` and died.
    await store.read_escalations("c1", pending=False, count=1)
    await store.read_escalations("dead", pending=False, count=1)
    assert await store.pending_count() == 2
    restarted = deliverer(store, tmp_path, sender, clock, consumer="c1", claim_idle_ms=0)
    assert await restarted.deliver_once() == 2
    texts = sender.to(OFFICER)
    assert any(f"案件 {first}" in t for t in texts) and any(f"案件 {second}" in t for t in texts)
    assert await store.pending_count() == 0


class FlakyHook:
    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.requests: list[tuple[str, dict[str, Any]]] = []

    async def handle(self, request: web.Request) -> web.Response:
        self.requests.append((request.headers.get("Idempotency-Key", ""), await request.json()))
        if len(self.requests) <= self.failures:
            return web.Response(status=500)
        return web.json_response({"ok": True})


async def _hook_server(failures: int) -> tuple[FlakyHook, TestServer]:
    hook = FlakyHook(failures)
    app = web.Application()
    app.router.add_post("/hook", hook.handle)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    return hook, server


async def test_webhook_retried_with_backoff_until_it_succeeds(
    store: Store, tmp_path: Path, sender: RecordingSender, clock: Clock
) -> None:
    hook, server = await _hook_server(failures=2)
    case_id = await open_case(store)
    url = str(server.make_url("/hook"))
    async with aiohttp.ClientSession() as session:
        d = deliverer(store, tmp_path, sender, clock, env={"SENTINEL_WEBHOOK_URL": url}, session=session)
        assert await d.deliver_once() == 1  # officers pinged (acked); webhook attempt 1 fails
        assert await store.pending_count(WEBHOOK_GROUP) == 1
        assert await d.deliver_once() == 0  # backing off: no attempt yet
        assert len(hook.requests) == 1
        clock.advance(1.0)
        assert await d.deliver_once() == 0  # attempt 2 fails, next wait doubles
        clock.advance(1.0)
        assert await d.deliver_once() == 0 and len(hook.requests) == 2
        clock.advance(1.0)
        assert await d.deliver_once() == 1  # attempt 3 succeeds: acked in the webhook group
    await server.close()
    assert len(hook.requests) == 3
    assert {key for key, _ in hook.requests} == {f"sentinel-case-{case_id}"}
    body = hook.requests[-1][1]
    assert body["id"] == case_id and {"kind": "bank_cards", "value": "6222021234567890128"} in body["accounts"]
    assert len(sender.to(OFFICER)) == 1  # officers were pinged once, not per webhook attempt
    assert await store.pending_count() == 0 and await store.pending_count(WEBHOOK_GROUP) == 0
    assert await store.dead_letters() == []


async def test_webhook_dead_letter_after_max_attempts(
    store: Store, tmp_path: Path, sender: RecordingSender, clock: Clock
) -> None:
    hook, server = await _hook_server(failures=100)
    case_id = await open_case(store)
    env = {"SENTINEL_WEBHOOK_URL": str(server.make_url("/hook")), "SENTINEL_WEBHOOK_MAX_ATTEMPTS": 3}
    d = deliverer(store, tmp_path, sender, clock, env=env, backoff_base_s=0.0)
    acked = [await d.deliver_once() for _ in range(3)]
    assert acked == [1, 0, 1]  # the officer ping at once; the webhook entry once dead-lettered
    assert d.session is not None
    await d.session.close()
    await server.close()
    assert len(hook.requests) == 3
    [dead] = await store.dead_letters()
    assert dead["case"] == case_id and "500" in dead["reason"]
    case = await store.get_case(case_id)
    assert case is not None and case.webhook_state == "dead"


async def test_unacknowledged_case_is_resent_then_goes_to_fallback(
    store: Store, tmp_path: Path, sender: RecordingSender, clock: Clock
) -> None:
    case_id = await open_case(store, room=ROOM_OWN)
    d = deliverer(store, tmp_path, sender, clock)
    await d.deliver_once()
    assert len(sender.to(GROUP_OFFICER)) == 1 and sender.to(OFFICER) == []  # the group's own officer
    clock.advance(d.settings.ack_timeout_s + 1)
    await d.deliver_once()  # follow-up due: re-sent
    await d.deliver_once()
    assert len(sender.to(GROUP_OFFICER)) == 2 and "未处理提醒" in sender.to(GROUP_OFFICER)[1]
    clock.advance(d.settings.ack_timeout_s + 1)
    await d.deliver_once()
    await d.deliver_once()
    assert len(sender.to(OFFICER)) == 1 and "转报" in sender.to(OFFICER)[0]
    assert f"案件 {case_id}" in sender.to(OFFICER)[0]
    clock.advance(d.settings.ack_timeout_s * 5)
    await d.deliver_once()
    await d.deliver_once()
    assert len(sender.privates) == 3  # no more after that


async def test_acknowledged_case_is_not_resent(
    store: Store, tmp_path: Path, sender: RecordingSender, clock: Clock
) -> None:
    case_id = await open_case(store)
    d = deliverer(store, tmp_path, sender, clock)
    await d.deliver_once()
    await store.add_action(case_id, OFFICER, "confirm")
    clock.advance(d.settings.ack_timeout_s + 1)
    await d.deliver_once()
    await d.deliver_once()
    assert len(sender.privates) == 1


async def test_run_loop_delivers_and_stops(store: Store, tmp_path: Path, sender: RecordingSender, clock: Clock) -> None:
    d = deliverer(store, tmp_path, sender, clock)
    stop = asyncio.Event()
    task = asyncio.create_task(d.run(stop, block_ms=50))
    await open_case(store)
    for _ in range(100):
        if sender.privates:
            break
        await asyncio.sleep(0.02)
    stop.set()
    await asyncio.wait_for(task, 5)
    assert len(sender.to(OFFICER)) == 1 and await store.pending_count() == 0


async def test_an_escalation_whose_writer_died_before_writing_the_case_is_dropped_at_once(
    store: Store, tmp_path: Path, sender: RecordingSender, clock: Clock
) -> None:
    """`open_case` queues the escalation, then writes the case: a process killed in between leaves an entry
    naming no case. Once its writer is seen to be gone it is dropped at once, not after CASE_WAIT_S; while the
    writer lives, the entry waits for its case."""
    child = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE)
    dead = process_stamp(child.pid)
    child.communicate(b"")
    await store.enqueue_escalation(4242, False, writer=dead)
    await store.enqueue_escalation(4343, False, writer=process_stamp())  # this process: alive
    d = deliverer(store, tmp_path, sender, clock)
    assert await d.deliver_once() == 1
    pending = await store.redis.xpending_range("sentinel:escalations", "deliver", "-", "+", 10)
    assert [p["message_id"] for p in pending] == [e.entry_id for e in await store.read_escalations("c1", pending=True)]
    assert len(pending) == 1 and sender.privates == []
