"""Fault 1: the bot killed with SIGKILL in the middle of a burst. Through the real wechaty stack (the
mock-WeChat harness survives the bot, so it sees every message any bot process sent) and a real
Redis that survives it too. Checked by case id: every case the killed process wrote reaches the
officer, none twice.

(Fault 4, the puppet service dropping the gRPC stream, is covered by the reconnect tests in
tests/e2e/test_wechaty_channel.py.)"""

from __future__ import annotations

import asyncio
import signal
from collections import Counter
from pathlib import Path
from typing import Any

import redis.asyncio as aioredis

from tests.cluster import RedisNode, case_ids_in, scam_texts, wait_for
from tests.e2e.harness import (
    LI,
    OFFICER_ID,
    ROOM_XINGFU,
    ROOM_YANGGUANG,
    SCAMMER,
    WANG,
    ZHANG,
    BotProcess,
    Harness,
)


async def cases_being_sent(client: Any) -> set[int]:
    """Cases with an officer ping leased by a consumer but not yet marked done."""
    found = set()
    async for key in client.scan_iter(match="sentinel:case:*:pings"):
        if any(state.startswith("sending:") for state in (await client.hgetall(key)).values()):
            found.add(int(key.split("{")[1].split("}")[0]))
    return found


async def test_sigkill_mid_burst_loses_and_doubles_nothing(
    redis_node: RedisNode, harness: Harness, tmp_path: Path
) -> None:
    env = {"REDIS_URL": redis_node.url, "SENTINEL_SEND_INTERVAL_S": "0.05"}
    # The first process sends slowly, so pings are queued (or under way) when it is killed.
    first = BotProcess(harness, tmp_path / "bot", tmp_path / "bot-1.log", SENTINEL_SEND_PER_MIN="40", **env)
    second = BotProcess(harness, tmp_path / "bot", tmp_path / "bot-2.log", SENTINEL_SEND_PER_MIN="600", **env)
    client: Any = aioredis.from_url(redis_node.url, decode_responses=True)
    try:
        await first.start()
        texts = scam_texts(30)
        senders = [(SCAMMER, ROOM_XINGFU), (ZHANG, ROOM_XINGFU), (LI, ROOM_YANGGUANG), (WANG, ROOM_YANGGUANG)]

        async def burst() -> None:
            for i, text in enumerate(texts):
                sender, room = senders[i % len(senders)]
                await harness.say(sender, text, room)
                await asyncio.sleep(0.02)

        sending = asyncio.create_task(burst())

        async def some_cases() -> bool:
            return await client.zcard("sentinel:cases:time") >= 8

        await wait_for(some_cases, 20, "the first cases of the burst")
        await first.stop(signal.SIGKILL)
        in_flight = await cases_being_sent(client)
        await sending
        written = sorted(int(x) for x in await client.zrange("sentinel:cases:time", 0, -1))
        assert len(written) >= 8
        pings_before = Counter(case_ids_in([s for s in await harness.sent() if s["to"] == OFFICER_ID]))
        assert set(pings_before) != set(written), "the kill came too late to test anything"

        await second.start()  # same host, new pid: the dead consumer's entries are claimed at once

        async def officer_pings() -> Counter[int]:
            return Counter(case_ids_in([s for s in await harness.sent() if s["to"] == OFFICER_ID]))

        async def all_delivered() -> bool:
            return set(await officer_pings()) >= set(written)

        await wait_for(all_delivered, 30, f"officer pings for cases {written}")
        await asyncio.sleep(1.5)  # a double would come now
        counts = await officer_pings()
        # A ping the platform had accepted in the instant before the kill, but not yet marked done, cannot
        # be told from one never sent: it is sent again. That is the only double allowed (at-least-once).
        doubled = {c for c, n in counts.items() if n > 1}
        assert max(counts.values()) <= 2 and len(doubled) <= 1, counts
        assert doubled <= in_flight, f"case(s) {doubled - in_flight} sent twice without being in flight"
        assert set(counts) == set(written)

        async def all_acked() -> bool:  # the last ack may trail its send on a loaded machine
            return (await client.xpending("sentinel:escalations", "deliver"))["pending"] == 0

        try:
            await wait_for(all_acked, 10, "every escalation acknowledged")
        except AssertionError as timed_out:  # say which entries, with whom: the diagnosis of a rare failure
            left = await client.xpending_range("sentinel:escalations", "deliver", "-", "+", 10)
            consumers = await client.xinfo_consumers("sentinel:escalations", "deliver")
            raise AssertionError(f"still pending: {left}; consumers: {consumers}") from timed_out
    finally:
        await second.stop()
        await first.stop()
        await client.aclose()
