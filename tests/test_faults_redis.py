"""Fault 2: Redis restarted mid-run (a real redis-server, stopped and started again on its port and
data). Escalations that cannot be written meanwhile wait in a bounded in-process buffer and are
written in order on reconnect; the bot keeps running, /healthz says 503 with the reason meanwhile,
and every case reaches the officer once (checked by case id)."""

from __future__ import annotations

import asyncio
from collections import Counter
from pathlib import Path
from typing import Any

import aiohttp
import redis.asyncio as aioredis

from bot.redis_conn import RedisHealth, connect
from bot.store import Store
from tests.cluster import (
    SIM_OFFICER,
    SIM_ROOMS,
    BotProc,
    RedisNode,
    case_ids_in,
    healthz,
    scam_texts,
    sim_private,
    sim_say,
    wait_for,
    wait_up,
)


async def _stream_cases(client: Any) -> list[int]:
    return [int(fields["case"]) for _, fields in await client.xrange("sentinel:escalations")]


async def test_escalations_buffered_while_down_and_flushed_in_order(redis_node: RedisNode) -> None:
    client = connect(redis_node.url)
    store = Store(client)
    await store.setup()
    health = RedisHealth(client, on_up=[store.flush_escalations])
    try:
        assert await store.enqueue_escalation(1, False)
        redis_node.stop()
        assert not await health.check()
        assert health.status()["ok"] is False and "redis unreachable" in health.status()["reason"]
        store.buffer_limit = 3
        for case_id in (2, 3, 4, 5):  # bounded: 2 is dropped (loudly), 3..5 kept in order
            assert await store.enqueue_escalation(case_id, False) == ""
        assert store.buffered_escalations == 3
        redis_node.start()
        assert await health.check()  # reconnects; the recovery callback writes the buffer
        assert health.status() == {"ok": True}
        assert store.buffered_escalations == 0
        assert await _stream_cases(client) == [1, 3, 4, 5]
        await store.enqueue_escalation(6, True)
        assert await _stream_cases(client) == [1, 3, 4, 5, 6]
    finally:
        await client.aclose()


async def test_bot_rides_out_a_redis_restart(
    redis_node: RedisNode, tmp_path: Path, http: aiohttp.ClientSession
) -> None:
    bot = BotProc("run", tmp_path / "bot", redis_node.url).start()
    texts = scam_texts(6)
    try:
        await wait_up(http, bot)
        for text in texts[:2]:
            assert (await sim_say(http, bot, "zhang_ayi", text, SIM_ROOMS[0]))["status"] == 200

        redis_node.stop()

        async def degraded() -> bool:
            status, body = await healthz(http, bot)
            return status == 503 and "redis unreachable" in body.get("reason", "")

        await wait_for(degraded, 10, "/healthz to report Redis down")
        during = await sim_say(http, bot, "li_dashe", texts[2], SIM_ROOMS[1])  # not accepted: no case
        assert during["status"] in (200, 500) and bot.alive()

        redis_node.start()

        async def healthy() -> bool:
            return (await healthz(http, bot))[0] == 200

        await wait_for(healthy, 15, "/healthz to recover")
        for text in texts[3:]:
            assert (await sim_say(http, bot, "wang_jie", text, SIM_ROOMS[1]))["status"] == 200

        client: Any = aioredis.from_url(redis_node.url, decode_responses=True)
        written = sorted(int(x) for x in await client.zrange("sentinel:cases:time", 0, -1))
        await client.aclose()
        assert len(written) >= 5

        async def pings() -> Counter[int]:
            return Counter(case_ids_in(await sim_private(http, bot, SIM_OFFICER)))

        async def all_pinged() -> bool:
            return set(await pings()) >= set(written)

        await wait_for(all_pinged, 20, f"pings for cases {written}")
        await asyncio.sleep(1.0)
        counts = await pings()
        assert {c: n for c, n in counts.items() if n != 1} == {} and set(counts) == set(written)
        assert bot.alive()
    finally:
        bot.signal(15)
        bot.wait()
