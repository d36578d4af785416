"""Residents asking the bot, privately or by @-ing it in a group."""

from __future__ import annotations

from bot.handlers import Router
from bot.store import Store
from tests.conftest import BENIGN, BOT_ID, ROOM_A, SCAM, VICTIM, RecordingSender, group_msg, private_msg


async def test_pasted_offer_gets_plain_verdict(router: Router, sender: RecordingSender, store: Store) -> None:
    await router.handle(private_msg(SCAM))
    assert sender.to("wxid_resident")[0].startswith("这很像口罩诈骗")
    await router.handle(private_msg(BENIGN))
    assert "没看出明显的诈骗" in sender.to("wxid_resident")[1]
    assert await store.case_ids() == []  # asking is not reporting


async def test_lookup_answers_from_indicators(router: Router, store: Store, sender: RecordingSender) -> None:
    await store.add_indicator("phones", "13812345678", case_id=1, by="o", source="confirmed")
    await router.handle(private_msg("查询 138 1234 5678"))
    await router.handle(private_msg("查询 13900001111"))
    await router.handle(private_msg("查询 你好"))
    replies = sender.to("wxid_resident")
    assert "已被民警标记" in replies[0]
    assert "没有查到" in replies[1] and "不代表安全" in replies[1]
    assert "没看出" in replies[2]


async def test_help(router: Router, sender: RecordingSender) -> None:
    await router.handle(private_msg("帮助"))
    assert "查询" in sender.to("wxid_resident")[0] and "举报" in sender.to("wxid_resident")[0]


async def test_rate_limit_per_person(router: Router, sender: RecordingSender) -> None:
    for _ in range(10):
        await router.handle(private_msg("帮助"))
    await router.handle(private_msg("帮助", sender="wxid_other"))
    assert len(sender.to("wxid_resident")) == router.ctx.settings.user_rate_per_min
    assert len(sender.to("wxid_other")) == 1


async def test_at_bot_in_group_answers_there(router: Router, store: Store, sender: RecordingSender) -> None:
    msg = group_msg(
        "@反诈哨兵\u2005这个是真的吗",
        sender="wxid_ask",
        name="李阿姨",
        mentions_self=True,
        mention_ids=(BOT_ID,),
        quoted_text=SCAM,
    )
    await router.handle(msg)
    room, text, mentions = sender.rooms[0]
    assert room == ROOM_A and mentions == ("wxid_ask",) and "口罩诈骗" in text
    assert await store.case_ids() == []  # the asker is not the scammer


async def test_at_bot_lookup_in_group(router: Router, sender: RecordingSender) -> None:
    await router.handle(group_msg("@反诈哨兵 查询 13900001111", sender="wxid_ask", mentions_self=True))
    assert "没有查到 13900001111" in sender.in_room(ROOM_A)[0]


async def test_private_victim_report_opens_urgent_case(router: Router, store: Store, sender: RecordingSender) -> None:
    await router.handle(private_msg(VICTIM, sender="wxid_victim", name="王大爷"))
    assert "110" in sender.to("wxid_victim")[0] and "已转告民警" in sender.to("wxid_victim")[0]
    case = await store.get_case(1)
    assert case is not None and case.urgent and case.reporter_id == "wxid_victim"


async def test_a_retold_offer_asked_about_gets_a_cautious_answer(router: Router, sender: RecordingSender) -> None:
    """In the group such a question is benign (nobody is selling); asked directly, the offer in it decides."""
    question = "群里有人卖N95，要先交定金，是不是骗子？"
    assert router.ctx.detector.check(question).action == "ignore"
    await router.handle(private_msg(question))
    await router.handle(private_msg("这个是真的吗"))
    replies = sender.to("wxid_resident")
    assert "像口罩诈骗" in replies[0]
    assert "没看出" in replies[1]
