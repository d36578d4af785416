"""Campaign detection: the same offer in several groups is one case, through any process sharing the
Redis. Real embedded Redis, the real detector, the Router and the Deliverer."""

from __future__ import annotations

from typing import Any

from bot import campaigns
from bot.context import Context
from bot.deliver import Deliverer
from bot.handlers import Router
from bot.store import Store
from tests.conftest import OFFICER, ROOM_A, ROOM_B, Clock, RecordingSender, group_msg, private_msg

ROOM_C = "room_c@chatroom"
OFFER = "口罩现货，N95一盒50元，先付款后发货，转账到工行卡6222021234567890128，电话13812345678"
# The same offer, lightly edited: another phone number, other punctuation, emoji, another card.
EDITED = (
    "口罩现货!N95一盒50元!先付款后发货!!转账到工行卡6222021234567890128 电话13987654321",
    "😷口罩现货😷 N95一盒50元。先付款后发货。转账到工行卡6212261202011335545，电话13700001111",
)
UNRELATED = "车险多收了58块钱，退费请加客服微信 refund_2020 办理，先交手续费20元，工商银行卡6217000010001234567"
UNRELATED_2 = "【卫健委】新冠疫苗预约：缴纳预约费99元即可优先接种，名额有限，转账后发预约码，联系13611112222"


def deliverer(store: Store, ctx: Context, sender: RecordingSender, clock: Clock) -> Deliverer:
    return Deliverer(store, ctx.settings, sender, consumer="c1", clock=clock)


def test_fingerprint_ignores_numbers_punctuation_and_emoji() -> None:
    a = campaigns.fingerprint(OFFER)
    assert len(a.signature) == campaigns.NUM_HASHES and len(a.bands) == campaigns.BANDS
    for text in EDITED:
        assert campaigns.similarity(a.signature, campaigns.fingerprint(text).signature) == 1.0
    swapped = campaigns.fingerprint(OFFER.replace("现货", "有货"))
    assert campaigns.similarity(a.signature, swapped.signature) >= campaigns.SIMILAR
    assert set(a.bands) & set(swapped.bands)
    for other in (UNRELATED, UNRELATED_2):
        assert campaigns.similarity(a.signature, campaigns.fingerprint(other).signature) < 0.3
    assert campaigns.fingerprint("加微信abc123").signature == ()  # too short to judge


def test_update_thresholds() -> None:
    assert campaigns.update_due(1, 2) == 2
    assert campaigns.update_due(2, 3) is None
    assert campaigns.update_due(4, 5) == 5
    assert campaigns.update_due(1, 11) == 10


async def run_three_groups(routers: list[Router]) -> None:
    texts = [OFFER, *EDITED]
    rooms = [ROOM_A, ROOM_B, ROOM_C]
    for i, (text, room) in enumerate(zip(texts, rooms, strict=True)):
        router = routers[i % len(routers)]
        await router.handle(group_msg(text, sender=f"wxid_seller{i}", name=f"卖家{i}", room=room))


async def check_one_campaign(store: Store, sender: RecordingSender, ctx: Context, clock: Clock) -> None:
    assert await store.case_ids() == [1]
    for room in (ROOM_A, ROOM_B, ROOM_C):
        assert len(sender.in_room(room)) == 1, room
    case = await store.get_case(1)
    assert case is not None
    assert {m["room_id"] for m in case.campaign} == {ROOM_A, ROOM_B, ROOM_C}
    await deliverer(store, ctx, sender, clock).deliver_once()
    pings = sender.to(OFFICER)
    assert len(pings) == 1
    ping = pings[0]
    for i, room in enumerate((ROOM_A, ROOM_B, ROOM_C)):
        assert f"{room}的群名" in ping and f"wxid_seller{i}" in ping
    assert "3 个群" in ping and "13987654321" in ping and "6212261202011335545" in ping


async def test_three_groups_one_campaign(
    router: Router, store: Store, sender: RecordingSender, ctx: Context, clock: Clock
) -> None:
    await run_three_groups([router])
    await check_one_campaign(store, sender, ctx, clock)


async def test_two_processes_share_one_campaign(
    store: Store, sender: RecordingSender, ctx: Context, clock: Clock, redis_client: Any, detector: Any
) -> None:
    # A second worker: its own Store, Context and Router (and detector), the same Redis.
    from bot.detect.detector import DEFAULT_RULES_DIR, Detector
    from bot.detect.rules import RuleWatcher

    other_ctx = Context(
        settings=ctx.settings,
        store=Store(redis_client, clock=clock),
        detector=Detector(RuleWatcher(DEFAULT_RULES_DIR), detector.model, chat_model=detector.chat_model),
        sender=sender,
        clock=clock,
    )
    await run_three_groups([Router(ctx), Router(other_ctx)])
    await check_one_campaign(store, sender, ctx, clock)


async def test_confirm_makes_every_campaign_account_an_indicator(
    router: Router, store: Store, sender: RecordingSender
) -> None:
    await run_three_groups([router])
    await router.handle(private_msg("确认 1", sender=OFFICER, name="王警官"))
    values = await store.indicator_values()
    for account in ("13812345678", "13987654321", "13700001111", "6222021234567890128", "6212261202011335545"):
        assert account in values, account
    found = await store.get_indicator("13700001111")
    assert found is not None and found.case_id == 1 and found.source == "campaign"
    # a false alarm withdraws them all again
    await router.handle(private_msg("误报 1", sender=OFFICER, name="王警官"))
    assert not await store.indicator_values()


async def test_unrelated_offers_are_separate_cases(router: Router, store: Store, sender: RecordingSender) -> None:
    await router.handle(group_msg(OFFER, sender="wxid_a", room=ROOM_A))
    await router.handle(group_msg(UNRELATED, sender="wxid_b", room=ROOM_B))
    await router.handle(group_msg(UNRELATED_2, sender="wxid_c", room=ROOM_C))
    ids = await store.case_ids()
    assert len(ids) == 3
    for case in await store.get_cases(ids):
        assert len(case.campaign) == 1


async def test_same_account_joins_even_with_other_words(router: Router, store: Store) -> None:
    await router.handle(group_msg(OFFER, sender="wxid_a", room=ROOM_A))
    other_words = "消毒液特价，先转账再发货，请转到6222021234567890128，不退不换，今晚截止"
    await router.handle(group_msg(other_words, sender="wxid_b", room=ROOM_B))
    assert await store.case_ids() == [1]
    case = await store.get_case(1)
    assert case is not None and len(case.campaign) == 2


async def test_growing_campaign_pings_again_at_thresholds_only(
    router: Router, store: Store, sender: RecordingSender, ctx: Context, clock: Clock
) -> None:
    await router.handle(group_msg(OFFER, sender="wxid_s0", room=ROOM_A))
    await deliverer(store, ctx, sender, clock).deliver_once()
    assert len(sender.to(OFFICER)) == 1  # the case ping, one group
    await router.handle(group_msg(EDITED[0], sender="wxid_s1", room=ROOM_B))
    assert len(sender.to(OFFICER)) == 2 and "扩散提醒" in sender.to(OFFICER)[-1]  # 2 groups
    for i in range(3, 5):
        await router.handle(group_msg(EDITED[1], sender=f"wxid_s{i}", room=f"room_{i}@chatroom"))
    assert len(sender.to(OFFICER)) == 2  # 3 and 4 groups: quiet
    await router.handle(group_msg(EDITED[1], sender="wxid_s5", room="room_5@chatroom"))
    assert len(sender.to(OFFICER)) == 3 and "5 个群" in sender.to(OFFICER)[-1]
    await deliverer(store, ctx, sender, clock).deliver_once()
    assert len(sender.to(OFFICER)) == 3  # no new case ping for the joiners


async def test_a_joiner_with_a_blacklisted_account_is_marked_in_the_ping(
    router: Router, store: Store, sender: RecordingSender, ctx: Context, clock: Clock
) -> None:
    await router.handle(group_msg(OFFER, sender="wxid_s0", room=ROOM_A))
    await deliverer(store, ctx, sender, clock).deliver_once()
    await store.add_indicator("phones", "13987654321", case_id=None, by="o", source="manual")
    ctx.changed_indicators()  # as the officer command that blacklists does
    await router.handle(group_msg(EDITED[0], sender="wxid_s1", room=ROOM_B))
    update = sender.to(OFFICER)[-1]
    assert "扩散提醒" in update and "wxid_s1），含黑名单账号 13987654321" in update
    assert "wxid_s0）\n" in update  # the first sender named no blacklisted account
