"""Protecting the would-be victim: private kind warnings, and the case notes who engaged."""

from __future__ import annotations

from bot.handlers import Router
from bot.handlers.protect import WINDOW_S, engages
from bot.store import Store
from tests.conftest import ROOM_A, ROOM_B, SCAM, Clock, RecordingSender, group_msg


def test_engagement_phrases() -> None:
    for text in ("怎么买？", "多少钱一盒", "我要两盒", "已转", "怎么联系你", "要3盒"):
        assert engages(text), text
    for text in ("今天天气不错", "大家注意安全"):
        assert not engages(text), text


async def test_answering_a_flagged_offer(router: Router, store: Store, sender: RecordingSender) -> None:
    await router.handle(group_msg(SCAM, sender="wxid_seller"))
    await router.handle(group_msg("我要两盒，怎么买？", sender="wxid_aunt", name="李阿姨"))
    await router.handle(group_msg("已转", sender="wxid_aunt", name="李阿姨"))
    warnings = sender.to("wxid_aunt")
    assert len(warnings) == 1 and "不要转账" in warnings[0]
    case = await store.get_case(1)
    assert case is not None and [e["id"] for e in case.engaged] == ["wxid_aunt"]
    assert not sender.to("wxid_seller")


async def test_mentioned_by_the_scammer(router: Router, store: Store, sender: RecordingSender) -> None:
    await router.handle(group_msg(SCAM, sender="wxid_seller"))
    await router.handle(group_msg("@老张 给你留了两盒", sender="wxid_seller", mention_ids=("wxid_zhang",)))
    assert len(sender.to("wxid_zhang")) == 1
    case = await store.get_case(1)
    assert case is not None and case.engaged[0]["id"] == "wxid_zhang"


async def test_no_flagged_offer_no_warning(router: Router, sender: RecordingSender, clock: Clock) -> None:
    await router.handle(group_msg("多少钱？", sender="wxid_aunt"))
    assert sender.privates == []
    await router.handle(group_msg(SCAM, sender="wxid_seller"))
    await router.handle(group_msg("多少钱？", sender="wxid_other", room=ROOM_B))  # another group
    clock.advance(WINDOW_S + 1)
    await router.handle(group_msg("多少钱？", sender="wxid_late"))  # too late
    assert sender.privates == []
    assert len(sender.in_room(ROOM_A)) == 1
