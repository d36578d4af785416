"""Group messages through the Router, on a real Redis and the real detector."""

from __future__ import annotations

from typing import Any

from bot.handlers import Router
from bot.handlers.group import newcomer_boost
from bot.store import Store
from tests.conftest import (
    BENIGN,
    BOT_ID,
    ROOM_A,
    ROOM_B,
    SCAM,
    SCAM_2,
    VICTIM,
    Clock,
    RecordingSender,
    group_msg,
    join_msg,
)


async def stream_cases(store: Store) -> list[int]:
    return [int(fields["case"]) for _, fields in await store.redis.xrange("sentinel:escalations")]


async def test_scam_offer_warns_once_and_opens_case(router: Router, store: Store, sender: RecordingSender) -> None:
    await router.handle(group_msg(SCAM, sender="wxid_seller", name="口罩批发"))
    assert len(sender.rooms) == 1
    room, text, mentions = sender.rooms[0]
    assert room == ROOM_A and mentions == ("wxid_seller",)
    assert "不要先转账" in text and "96110" in text
    case = await store.get_case(1)
    assert case is not None
    assert case.sender_id == "wxid_seller" and case.room_id == ROOM_A and case.category == "mask_scam"
    assert case.warned and not case.urgent and case.status == "open"
    assert "6222021234567890128" in case.entities["bank_cards"]
    assert await stream_cases(store) == [1]


async def test_benign_notice_gets_silence(router: Router, store: Store, sender: RecordingSender) -> None:
    await router.handle(group_msg(BENIGN, sender="wxid_committee", name="居委会"))
    assert sender.rooms == [] and sender.privates == []
    assert await store.case_ids() == []
    assert await store.recent(ROOM_A, 5)  # still recorded as context


async def test_own_messages_are_ignored(router: Router, store: Store, sender: RecordingSender) -> None:
    await router.handle(group_msg(SCAM, sender="anyone", is_self=True))
    await router.handle(group_msg(SCAM, sender=BOT_ID))
    assert sender.rooms == [] and await store.case_ids() == []


async def test_cooldown_gives_one_warning_per_group(router: Router, store: Store, sender: RecordingSender) -> None:
    for i in range(5):
        await router.handle(group_msg(f"{SCAM} 第{i}批", sender=f"wxid_s{i}"))
    await router.handle(group_msg(SCAM, sender="wxid_s9", room=ROOM_B))
    assert len(sender.in_room(ROOM_A)) == 1
    assert len(sender.in_room(ROOM_B)) == 1
    # the six near-identical offers are one campaign: one case for officers, every sighting on it
    assert await store.case_ids() == [1]
    case = await store.get_case(1)
    assert case is not None and len(case.campaign) == 6


async def test_victim_is_answered_even_during_a_scam_cooldown(router: Router, sender: RecordingSender) -> None:
    await router.handle(group_msg(SCAM, sender="wxid_seller"))
    await router.handle(group_msg(VICTIM, sender="wxid_victim"))
    assert len(sender.in_room(ROOM_A)) == 2
    assert sender.rooms[1][2] == ("wxid_victim",) and "110" in sender.rooms[1][1]


async def test_same_text_same_sender_is_one_case(router: Router, store: Store) -> None:
    await router.handle(group_msg(SCAM, sender="wxid_seller"))
    await router.handle(group_msg(SCAM + " ", sender="wxid_seller", room=ROOM_B))
    assert await store.case_ids() == [1]
    assert await stream_cases(store) == [1]


async def test_victim_report_is_urgent_and_kind(router: Router, store: Store, sender: RecordingSender) -> None:
    await router.handle(group_msg(VICTIM, sender="wxid_victim", name="王大爷"))
    case = await store.get_case(1)
    assert case is not None and case.urgent and case.category == "victim_report"
    text = sender.in_room(ROOM_A)[0]
    assert "110" in text and "谢谢" in text
    fields = (await store.redis.xrange("sentinel:escalations"))[0][1]
    assert fields["urgent"] == "1"


async def test_known_indicator_escalates_in_any_group(router: Router, store: Store) -> None:
    await store.add_indicator("wechat_ids", "maskshop2020", case_id=None, by="o", source="manual")
    await router.handle(group_msg("有需要的朋友加我微信 maskshop2020 聊", sender="wxid_x", room=ROOM_B))
    case = await store.get_case(1)
    assert case is not None and case.source == "indicator" and case.room_id == ROOM_B


async def test_link_and_mini_program_are_checked_other_kinds_skipped(router: Router, store: Store) -> None:
    await router.handle(group_msg(SCAM_2 + " https://mask-sale.example/buy", sender="wxid_l", kind="link"))
    await router.handle(group_msg(SCAM, sender="wxid_o", kind="other"))
    cases = [await store.get_case(i) for i in await store.case_ids()]
    assert [c.sender_id for c in cases if c] == ["wxid_l"]


async def test_newcomer_messages_weigh_more(router: Router, ctx: Any, store: Store, clock: Clock) -> None:
    await router.handle(join_msg(ROOM_A, ("wxid_new",)))
    assert await newcomer_boost(ctx, ROOM_A, "wxid_new") == ctx.settings.newcomer_boost
    assert await newcomer_boost(ctx, ROOM_A, "wxid_old") == 0.0
    borderline = "需要消毒液的找我"
    plain = await ctx.check(borderline)
    assert 0.05 < plain.score < 0.9, plain
    boosted = await ctx.check(borderline, boost=await newcomer_boost(ctx, ROOM_A, "wxid_new"))
    assert boosted.score > plain.score
    clock.advance(ctx.settings.newcomer_hours * 3600 + 1)
    assert await newcomer_boost(ctx, ROOM_A, "wxid_new") == 0.0


async def test_error_in_one_event_does_not_escape(ctx: Any, store: Store) -> None:
    class Broken(RecordingSender):
        async def send_room(self, room_id: str, text: str, mention_ids: Any = ()) -> None:
            raise RuntimeError("platform exploded")

    ctx.sender = Broken()
    router = Router(ctx)
    await router.handle(group_msg(SCAM))  # must not raise
    assert await store.case_ids() == [1]  # the case was opened before the send failed
