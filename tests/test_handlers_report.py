"""Residents reporting with 举报: a case even when the detector scored the message low."""

from __future__ import annotations

from bot.handlers import Router
from bot.store import Store
from tests.conftest import OFFICER, ROOM_A, RecordingSender, group_msg, private_msg

LOW = "明天上午我在村口等大家，有事找我"


async def test_quoted_report_opens_case_with_original_sender(
    router: Router, store: Store, sender: RecordingSender
) -> None:
    await router.handle(group_msg(LOW, sender="wxid_suspect", name="小刘"))
    assert await store.case_ids() == []  # scored low: no case on its own
    report = group_msg("举报", sender="wxid_reporter", name="赵姐", quoted_text=LOW)
    await router.handle(report)
    case = await store.get_case(1)
    assert case is not None and case.source == "report"
    assert case.sender_id == "wxid_suspect" and case.reporter_id == "wxid_reporter"
    assert "案件 1" in sender.in_room(ROOM_A)[-1]
    assert len(await store.redis.xrange("sentinel:escalations")) == 1
    # The same message reported again is the same case.
    await router.handle(group_msg("举报", sender="wxid_reporter2", quoted_text=LOW))
    assert await store.case_ids() == [1]


async def test_private_report_with_text_after(router: Router, store: Store, sender: RecordingSender) -> None:
    await router.handle(private_msg("举报：" + LOW, sender="wxid_r"))
    case = await store.get_case(1)
    assert case is not None and case.text == LOW and case.room_id == ""
    assert "案件 1" in sender.to("wxid_r")[0]


async def test_empty_report_explains_how(router: Router, store: Store, sender: RecordingSender) -> None:
    await router.handle(private_msg("举报", sender="wxid_r"))
    assert "引用" in sender.to("wxid_r")[0]
    assert await store.case_ids() == []


async def test_report_outcome_becomes_label(router: Router, store: Store) -> None:
    await router.handle(private_msg("举报 " + LOW, sender="wxid_r"))
    await router.handle(private_msg("确认 1", sender=OFFICER))
    labels = await store.feedback_labels()
    assert labels[0]["text"] == LOW and labels[0]["label"] == "scam"
