"""Officer commands: powers only by contact id, every action audited, effects immediate."""

from __future__ import annotations

from bot.handlers import Router
from bot.store import Store
from tests.conftest import (
    OFFICER,
    ROOM_A,
    ROOM_B,
    SCAM,
    RecordingSender,
    group_msg,
    private_msg,
)


async def _scam_case(router: Router, store: Store) -> int:
    await router.handle(group_msg(SCAM, sender="wxid_seller", room=ROOM_A))
    ids = await store.case_ids()
    assert ids, "the scam offer should have opened a case"
    return ids[0]


async def test_confirm_turns_accounts_into_indicators_that_escalate_elsewhere(
    router: Router, store: Store, sender: RecordingSender
) -> None:
    case_id = await _scam_case(router, store)
    await router.handle(private_msg(f"确认 {case_id}", sender=OFFICER, name="王警官"))
    case = await store.get_case(case_id)
    assert case is not None and case.status == "confirmed" and case.acknowledged
    assert {"13812345678", "6222021234567890128"} <= await store.indicator_values()
    assert "已确认" in sender.to(OFFICER)[-1]
    label = (await store.feedback_labels())[0]
    assert label["label"] == "scam" and label["case"] == case_id and label["officer"] == OFFICER
    audit = await store.audit_entries()
    assert audit[0]["action"] == "confirm" and audit[0]["actor"] == OFFICER
    # The same payee account, in a bland message in another group, now escalates.
    await router.handle(group_msg("老乡们有事打我电话 138-1234-5678", sender="wxid_other", room=ROOM_B))
    newest = await store.get_case((await store.case_ids())[0])
    assert newest is not None and newest.room_id == ROOM_B and newest.source == "indicator"


async def test_non_officer_gets_no_powers(router: Router, store: Store, sender: RecordingSender) -> None:
    case_id = await _scam_case(router, store)
    # Same nickname as an officer, different id: still a resident.
    await router.handle(private_msg("拉黑 13900001111", sender="wxid_fake", name="王警官"))
    await router.handle(private_msg(f"确认 {case_id}", sender="wxid_fake", name="王警官"))
    await router.handle(private_msg(f"误报 {case_id}", sender="wxid_fake", name="王警官"))
    assert await store.indicator_values() == frozenset()
    case = await store.get_case(case_id)
    assert case is not None and case.status == "open" and not case.acknowledged
    assert await store.audit_entries() == []
    assert len(sender.to("wxid_fake")) == 3  # answered like any resident


async def test_officer_commands_in_a_group_have_no_effect(router: Router, store: Store) -> None:
    await router.handle(group_msg("拉黑 13900001111", sender=OFFICER, name="王警官"))
    assert await store.indicator_values() == frozenset()


async def test_false_positive_corrects_the_group(router: Router, store: Store, sender: RecordingSender) -> None:
    case_id = await _scam_case(router, store)
    await router.handle(private_msg(f"误报 {case_id}", sender=OFFICER))
    case = await store.get_case(case_id)
    assert case is not None and case.status == "false_positive"
    correction = sender.rooms[-1]
    assert correction[0] == ROOM_A and "误报" in correction[1] and correction[2] == ("wxid_seller",)
    label = (await store.feedback_labels())[0]
    assert label["label"] == "benign" and label["category"] == "benign"
    assert "群里已发更正" in sender.to(OFFICER)[-1]


async def test_false_positive_after_confirm_removes_indicators(router: Router, store: Store) -> None:
    case_id = await _scam_case(router, store)
    await router.handle(private_msg(f"确认 {case_id}", sender=OFFICER))
    assert await store.indicator_values()
    await router.handle(private_msg(f"误报 {case_id}", sender=OFFICER))
    assert await store.indicator_values() == frozenset()


async def test_close_and_unknown_case(router: Router, store: Store, sender: RecordingSender) -> None:
    case_id = await _scam_case(router, store)
    await router.handle(private_msg(f"结案 #{case_id}", sender=OFFICER))
    case = await store.get_case(case_id)
    assert case is not None and case.status == "closed" and case.actions[0]["action"] == "close"
    await router.handle(private_msg("确认 999", sender=OFFICER))
    assert "没有找到案件 999" in sender.to(OFFICER)[-1]


async def test_blacklist_and_lookup(router: Router, store: Store, sender: RecordingSender) -> None:
    await router.handle(private_msg("查 13900001111", sender=OFFICER))
    assert "不在黑名单" in sender.to(OFFICER)[-1]
    await router.handle(private_msg("拉黑 139 0000 1111", sender=OFFICER))
    assert "13900001111" in await store.indicator_values()
    await router.handle(private_msg("查 13900001111", sender=OFFICER))
    assert "在黑名单中" in sender.to(OFFICER)[-1]
    actions = [e["action"] for e in await store.audit_entries()]
    assert actions == ["lookup", "blacklist", "lookup"]
    await router.handle(group_msg("需要的联系13900001111", sender="wxid_x", room=ROOM_B))
    assert await store.case_ids() == [1]


async def test_added_keyword_is_effective_at_once(router: Router, store: Store) -> None:
    message = "祖传秘方防疫香囊，私聊"
    assert not any("防疫香囊" in r for r in (await router.ctx.check(message)).reasons)
    await router.handle(private_msg("加词 防疫香囊 口罩", sender=OFFICER))
    assert await store.keywords() == [("防疫香囊", "mask_scam")]
    verdict = await router.ctx.check(message)
    assert any("防疫香囊" in r for r in verdict.reasons)
    await router.handle(private_msg("删词 防疫香囊", sender=OFFICER))
    verdict = await router.ctx.check(message)
    assert not any("防疫香囊" in r for r in verdict.reasons)


async def test_bulletin_goes_to_every_monitored_group(router: Router, sender: RecordingSender) -> None:
    await router.handle(group_msg("大家早", sender="wxid_a", room=ROOM_A))
    await router.handle(group_msg("早上好", sender="wxid_b", room=ROOM_B))
    await router.handle(private_msg("通报 近期有人冒充药店卖口罩，请勿先付款", sender=OFFICER))
    assert {r for r, t, _ in sender.rooms if t.startswith("【警方通报】")} == {ROOM_A, ROOM_B}
    assert "2 个群" in sender.to(OFFICER)[-1]


async def test_stats_and_help(router: Router, store: Store, sender: RecordingSender) -> None:
    await _scam_case(router, store)
    await router.handle(private_msg("统计", sender=OFFICER))
    reply = sender.to(OFFICER)[-1]
    assert "新开案件：1 / 1" in reply and "群内提醒：1 / 1" in reply
    await router.handle(private_msg("帮助", sender=OFFICER))
    assert "确认 N" in sender.to(OFFICER)[-1]
