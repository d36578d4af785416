"""Fault 3: the webhook target down, then answering 500, then healthy, served by two
`python main.py deliver` processes sharing the webhook consumer group, one of them killed with
SIGKILL mid-way. Checked by case id: every case posted successfully exactly once, with its
idempotency key; cases the target keeps refusing are dead-lettered after the configured attempts."""

from __future__ import annotations

import asyncio
import signal
import time
from collections import Counter
from pathlib import Path
from typing import Any

from aiohttp import web

from bot.redis_conn import connect
from bot.store import WEBHOOK_GROUP, Store
from tests.cluster import BotProc, RedisNode, free_port, wait_for

POISON = {9, 10}  # the target refuses these cases for ever


class Target:
    """The receiving side: 500 until `healthy_at`, and always for POISON cases."""

    def __init__(self, healthy_at: float) -> None:
        self.healthy_at = healthy_at
        self.calls: list[tuple[int, str, str, int]] = []  # case, header key, body key, status

    async def handle(self, request: web.Request) -> web.Response:
        body: dict[str, Any] = await request.json()
        case_id = int(body["id"])
        ok = time.monotonic() >= self.healthy_at and case_id not in POISON
        status = 200 if ok else 500
        self.calls.append((case_id, request.headers.get("Idempotency-Key", ""), body["idempotency_key"], status))
        return web.json_response({"ok": ok}, status=status)

    def delivered(self) -> Counter[int]:
        return Counter(case for case, _, _, status in self.calls if status == 200)


async def test_webhook_down_then_500_then_up_with_a_deliverer_killed(redis_node: RedisNode, tmp_path: Path) -> None:
    port = free_port()
    env = {"SENTINEL_WEBHOOK_URL": f"http://127.0.0.1:{port}/hook", "SENTINEL_WEBHOOK_MAX_ATTEMPTS": "4"}
    client = connect(redis_node.url)
    store = Store(client)
    await store.setup()
    for i in range(1, 11):
        case, created = await store.open_case(
            room_id="sim-room-1",
            room_topic="幸福村村民群",
            sender_id=f"s{i}",
            sender_name="卖家",
            text=f"口罩现货{i} 先付款",
            dedup_text=f"口罩现货{i}",
            verdict={"category": "mask_scam", "score": 0.95, "entities": {"phones": [f"1381234{i:04d}"]}},
            source="detector",
            urgent=False,
            escalate=True,
        )
        assert created and case.id == i
    delivers = [BotProc("deliver", tmp_path / f"d{i}", redis_node.url, **env).start() for i in range(2)]
    target = Target(healthy_at=time.monotonic() + 4.0)
    runner: web.AppRunner | None = None
    try:
        # Down: nothing listens. Both processes fail their first attempts and back off.
        async def attempted() -> bool:
            cases = [await store.get_case(i) for i in range(1, 11)]
            return all(c is not None and c.webhook_attempts >= 1 for c in cases)

        await wait_for(attempted, 20, "a first (failed) attempt for every case")
        delivers[0].signal(signal.SIGKILL)
        delivers[0].wait()

        app = web.Application()
        app.router.add_post("/hook", target.handle)
        runner = web.AppRunner(app)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", port).start()  # up, but 500 until healthy_at

        async def settled() -> bool:
            return set(target.delivered()) == set(range(1, 9)) and len(await store.dead_letters()) == 2

        await wait_for(settled, 40, "deliveries after recovery and two dead letters")
        await asyncio.sleep(1.0)  # a double would come now
        assert {c: n for c, n in target.delivered().items() if n != 1} == {}
        assert set(target.delivered()) == set(range(1, 9))
        assert any(status == 500 for *_, status in target.calls)  # it did answer 500 for a while
        for case_id, header, body_key, _ in target.calls:
            assert header == body_key == f"sentinel-case-{case_id}"
        assert sorted(d["case"] for d in await store.dead_letters()) == sorted(POISON)
        for case_id in POISON:
            dead = await store.get_case(case_id)
            assert dead is not None and dead.webhook_state == "dead" and dead.webhook_attempts == 4
        assert await store.pending_count(WEBHOOK_GROUP) == 0
        assert delivers[1].alive()
    finally:
        for d in delivers:
            d.signal(signal.SIGTERM)
        for d in delivers:
            d.wait()
        if runner is not None:
            await runner.cleanup()
        await client.aclose()
