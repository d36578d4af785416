"""The store against a real (embedded) Redis."""

from __future__ import annotations

import asyncio
from datetime import date
from pathlib import Path
from typing import Any

from bot.redis_conn import open_redis
from bot.store import DELIVER_GROUP, Store, _case_key, export_feedback
from tests.conftest import Clock

VERDICT: dict[str, Any] = {
    "action": "escalate",
    "category": "mask_scam",
    "score": 0.93,
    "reasons": ["先付款"],
    "entities": {"phones": ["13812345678"], "bank_cards": ["6222021234567890128"], "amounts": ["50元"]},
}


async def _open(store: Store, sender: str = "wxid_s", text: str = "口罩现货 先付款") -> tuple[Any, bool]:
    return await store.open_case(
        room_id="r1",
        room_topic="幸福村一组",
        sender_id=sender,
        sender_name="卖家",
        text=text,
        dedup_text=text,
        verdict=VERDICT,
        source="detector",
        urgent=False,
    )


async def test_case_roundtrip_and_indexes(store: Store) -> None:
    case, created = await _open(store)
    assert created and case.id == 1
    loaded = await store.get_case(case.id)
    assert loaded is not None
    assert loaded.room_topic == "幸福村一组" and loaded.score == 0.93 and loaded.status == "open"
    assert loaded.accounts() == [("phones", "13812345678"), ("bank_cards", "6222021234567890128")]
    assert await store.case_ids("open") == [1]
    await store.set_status(1, "confirmed")
    assert await store.case_ids("open") == []
    assert await store.case_ids("confirmed") == [1]
    await store.add_action(1, "wxid_officer", "confirm")
    await store.add_engaged(1, "wxid_res", "李阿姨", "怎么买")
    again = await store.get_case(1)
    assert again is not None and again.acknowledged
    assert [a["action"] for a in again.actions] == ["confirm"]
    assert again.engaged[0]["name"] == "李阿姨"


async def test_dedup_same_sender_same_text_is_one_case(store: Store) -> None:
    first, created1 = await _open(store)
    second, created2 = await _open(store)
    other_sender, created3 = await _open(store, sender="wxid_other")
    assert created1 and not created2 and created3
    assert first.id == second.id != other_sender.id


async def test_a_claim_whose_case_is_still_being_written_is_waited_for(store: Store) -> None:
    """Another process has claimed the text (dedup key set) but not yet written its case: that case is the
    answer, not a second one (the race behind a flaky cluster run: 6 cases for 5 senders)."""
    first, _ = await _open(store)
    dedup = store._dedup_key("wxid_late", "口罩现货 先付款")
    await store.redis.set(dedup, first.id + 100)

    async def write_late() -> None:
        await asyncio.sleep(0.05)
        raw = await store.redis.hgetall(_case_key(first.id))
        await store.redis.hset(_case_key(first.id + 100), mapping={**raw, b"id": str(first.id + 100)})

    writer = asyncio.create_task(write_late())
    case, created = await _open(store, sender="wxid_late")
    await writer
    assert not created and case.id == first.id + 100


async def test_a_claim_whose_writer_died_is_taken_over(store: Store) -> None:
    dedup = store._dedup_key("wxid_dead", "口罩现货 先付款")
    await store.redis.set(dedup, 999)  # claimed, never written
    case, created = await _open(store, sender="wxid_dead")
    assert created and case.id != 999
    again, created_again = await _open(store, sender="wxid_dead")
    assert not created_again and again.id == case.id


async def test_concurrent_opens_are_unique_and_deduplicated(store: Store) -> None:
    results = await asyncio.gather(*(_open(store, sender=f"s{i % 5}") for i in range(20)))
    ids = {case.id for case, _ in results}
    assert len(ids) == 5
    assert sum(created for _, created in results) == 5


async def test_indicators_and_version(store: Store) -> None:
    v0 = await store.indicators_version()
    assert await store.add_indicator("phones", "13812345678", case_id=3, by="o", source="confirmed")
    assert not await store.add_indicator("phones", "13812345678", case_id=3, by="o", source="confirmed")
    assert await store.indicators_version() == v0 + 1
    assert await store.indicator_values() == frozenset({"13812345678"})
    found = await store.get_indicator("13812345678")
    assert found is not None and found.case_id == 3 and found.kind == "phones"
    assert await store.remove_indicators_of_case(3) == ["13812345678"]
    assert await store.indicator_values() == frozenset()


async def test_keywords_add_disable(store: Store) -> None:
    await store.add_keyword("特效口罩", "mask_scam", "o")
    await store.add_keyword("神药", "other_fraud", "o")
    assert await store.keywords() == [("特效口罩", "mask_scam"), ("神药", "other_fraud")]
    assert await store.disable_keyword("神药", "o")
    assert not await store.disable_keyword("没有", "o")
    assert await store.keywords() == [("特效口罩", "mask_scam")]
    assert await store.keywords_version() == 3


async def test_claim_cooldown_and_rate_limit(store: Store, clock: Clock) -> None:
    assert await store.claim("warn", "r1", 300)
    assert not await store.claim("warn", "r1", 300)
    assert await store.claim("warn", "r2", 300)
    assert [await store.allow_person("p", 3) for _ in range(4)] == [True, True, True, False]
    clock.advance(60)
    assert await store.allow_person("p", 3)


async def test_recent_messages_are_capped(store: Store) -> None:
    for i in range(8):
        await store.push_recent("r1", {"i": i}, keep=5)
    assert [m["i"] for m in await store.recent("r1", 10)] == [3, 4, 5, 6, 7]
    assert await store.redis.ttl("sentinel:recent:r1") > 0


async def test_joins_expire_and_groups(store: Store) -> None:
    await store.record_join("r1", "m1", 3600)
    assert await store.joined_at("r1", "m1") == store.clock()
    assert await store.joined_at("r1", "m2") is None
    assert 0 < await store.redis.ttl("sentinel:joined:r1:m1") <= 3600
    await store.touch_group("r1", "一组")
    assert (await store.groups())["r1"]["topic"] == "一组"


async def test_stream_pending_ack_and_claim(store: Store) -> None:
    await store.enqueue_escalation(1, urgent=False)
    await store.enqueue_escalation(2, urgent=True)
    new = await store.read_escalations("c1", pending=False)
    assert [(e.case_id, e.urgent) for e in new] == [(1, False), (2, True)]
    assert await store.pending_count() == 2
    pending = await store.read_escalations("c1", pending=True)
    assert [e.case_id for e in pending] == [1, 2]
    await store.ack_escalation(new[0].entry_id)
    assert await store.pending_count() == 1
    claimed = await store.claim_stale("c2", min_idle_ms=0)
    assert [e.case_id for e in claimed] == [2]
    assert await store.read_escalations("c1", pending=True) == []
    info = await store.redis.xinfo_groups("sentinel:escalations")
    assert info[0]["name"] == DELIVER_GROUP


async def test_followups_taken_once(store: Store) -> None:
    await store.schedule_followup(5, 100.0)
    await store.schedule_followup(5, 999.0)  # kept: the first schedule stands
    assert await store.take_due_followups(50.0) == []
    assert await store.take_due_followups(100.0) == [5]
    assert await store.take_due_followups(100.0) == []


async def test_feedback_audit_stats(store: Store) -> None:
    await store.add_feedback(2, "口罩先付款", "scam", "mask_scam", "o")
    await store.add_feedback(1, "社区发口罩", "benign", "benign", "o")
    await store.add_feedback(2, "口罩先付款", "benign", "benign", "o")  # a later decision wins
    labels = await store.feedback_labels()
    assert [(x["case"], x["label"]) for x in labels] == [(1, "benign"), (2, "benign")]
    await store.audit("o", "confirm", 2, "x")
    await store.audit("o", "stats")
    await store.audit("o", "note", 2, "y")
    assert [e["action"] for e in await store.audit_entries()] == ["note", "stats", "confirm"]
    assert [(e["action"], e["detail"]) for e in await store.case_audit(2)] == [("note", "y"), ("confirm", "x")]
    assert await store.case_audit(1) == []
    await store.count("warnings")
    await store.count("warnings")
    today = date.fromtimestamp(store.clock())
    assert (await store.stats([today]))["warnings"] == 2


async def test_open_redis_embedded_persists(tmp_path: Path) -> None:
    client, close = await open_redis("", tmp_path)
    await client.set("sentinel:probe", "1")
    await close()
    assert (tmp_path / "redis.db").exists()
    client, close = await open_redis("", tmp_path)
    try:
        assert await client.get("sentinel:probe") == "1"
    finally:
        await close()


def test_export_feedback_for_the_cli(redis_server: Any, tmp_path: Path) -> None:
    url = f"unix://{redis_server.socket_file}?decode_responses=True"

    async def seed() -> None:
        client, close = await open_redis(url, tmp_path)
        await client.flushdb()
        await Store(client).add_feedback(7, "口罩先付款", "scam", "mask_scam", "o")
        await close()

    asyncio.run(seed())
    labels = export_feedback(url, tmp_path)
    assert [(x["case"], x["text"], x["label"]) for x in labels] == [(7, "口罩先付款", "scam")]
