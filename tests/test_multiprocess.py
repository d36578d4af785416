"""Two `python main.py run` processes (one per account; the simulator stands in for WeChat) on one
real Redis: case numbers unique, each case pinged to the officer once across both processes, an
officer's confirmation in one process acted on by the other within about a second."""

from __future__ import annotations

import asyncio
import json
import time
from collections import Counter
from pathlib import Path
from typing import Any

import aiohttp
import redis.asyncio as aioredis

from tests.cluster import (
    SIM_OFFICER,
    SIM_ROOMS,
    SIM_SENDERS,
    BotProc,
    RedisNode,
    case_ids_in,
    scam_texts,
    sim_private,
    sim_say,
    wait_for,
    wait_up,
)


async def test_two_run_processes_share_one_picture(
    redis_node: RedisNode, tmp_path: Path, http: aiohttp.ClientSession
) -> None:
    bots = [BotProc("run", tmp_path / f"bot{i}", redis_node.url).start() for i in range(2)]
    client: Any = aioredis.from_url(redis_node.url, decode_responses=True)
    try:
        await asyncio.gather(*(wait_up(http, b) for b in bots))
        texts = scam_texts(16)
        sends = [sim_say(http, bots[i % 2], SIM_SENDERS[i % 4], text, SIM_ROOMS[i % 2]) for i, text in enumerate(texts)]
        assert all(r["status"] == 200 for r in await asyncio.gather(*sends))

        case_ids = sorted(int(x) for x in await client.zrange("sentinel:cases:time", 0, -1))
        assert case_ids == list(range(1, len(texts) + 1))  # one case per offer, numbers unique

        async def pings() -> Counter[int]:
            sent = [m for b in bots for m in await sim_private(http, b, SIM_OFFICER)]
            return Counter(case_ids_in(sent))

        async def all_pinged() -> bool:
            return set(await pings()) >= set(case_ids)

        await wait_for(all_pinged, 20, "officer pings for every case")
        await asyncio.sleep(1.5)  # a double would come now
        counts = await pings()
        assert {c: n for c, n in counts.items() if n != 1} == {}
        assert set(counts) == set(case_ids)
        per_process = [len(case_ids_in(await sim_private(http, b, SIM_OFFICER))) for b in bots]
        assert sum(per_process) == len(case_ids)

        # The officer confirms a case through process 0; its phone is then known-bad in process 1.
        phones = {
            c: json.loads((await client.hgetall(f"sentinel:case:{{{c}}}"))["entities"])["phones"] for c in case_ids
        }
        case_id, phone = next((c, p) for c, p in phones.items() if p)
        reply = await sim_say(http, bots[0], SIM_OFFICER, f"确认 {case_id}")
        assert any("已确认" in r["text"] for r in reply["replies"])
        confirmed_at = time.monotonic()
        for attempt in range(40):
            r = await sim_say(http, bots[1], "xiao_liu", f"谁知道这个号码是干嘛的{attempt} {phone[0]}", SIM_ROOMS[1])
            assert r["status"] == 200
            if await client.zcard("sentinel:cases:time") > len(texts):
                break
            await asyncio.sleep(0.1)
        took = time.monotonic() - confirmed_at
        assert await client.zcard("sentinel:cases:time") == len(texts) + 1
        assert took < 2.0, f"the indicator reached the other process after {took:.2f}s"
    finally:
        for b in bots:
            b.signal(15)
        for b in bots:
            b.wait()
        await client.aclose()
