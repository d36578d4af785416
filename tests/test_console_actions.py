"""Console actions change the store exactly as the chat commands do (one code path)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bot.config import Settings
from bot.handlers.tips import post_tips
from bot.store import Store
from tests.conftest import OFFICER, ROOM_A, SCAM, SCAM_2, VICTIM, RecordingSender, group_msg, make_settings, private_msg
from tests.console_helpers import WANG_AND_ZHAO, Client, console_app, login, post


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(
        tmp_path,
        SENTINEL_CONSOLE_USERS=WANG_AND_ZHAO,
        SENTINEL_TIPS_INTERVAL_H="1",
        SENTINEL_QUIET_HOURS="",
    )


@pytest.fixture
async def client(aiohttp_client: Callable[..., Awaitable[Client]], ctx: Any) -> Client:
    client = await aiohttp_client(console_app(ctx))
    assert (await login(client)).status == 303
    return client


async def _scam_case(router: Any, text: str = SCAM, **kw: Any) -> int:
    await router.handle(group_msg(text, **kw))
    return 1


async def test_confirm_adds_indicators_and_feedback_like_the_chat_command(
    client: Client, router: Any, store: Store
) -> None:
    case_id = await _scam_case(router)
    resp = await post(client, f"/console/cases/{case_id}/confirm")
    assert resp.status == 303 and resp.headers["Location"] == f"/console/cases/{case_id}"
    case = await store.get_case(case_id)
    assert case is not None and case.status == "confirmed" and case.acknowledged
    assert case.actions[-1]["officer"] == OFFICER and case.actions[-1]["action"] == "confirm"
    card = await store.get_indicator("6222021234567890128")
    phone = await store.get_indicator("13812345678")
    assert card is not None and card.case_id == case_id and card.by == OFFICER and card.source == "confirmed"
    assert phone is not None
    assert (await store.feedback_labels())[-1]["label"] == "scam"
    assert (await store.audit_entries())[0]["action"] == "confirm"
    page = await (await client.get(f"/console/cases/{case_id}")).text()
    assert "已确认为诈骗" in page  # the same reply text the chat command gives
    assert "审计日志（1）" in page and "indicators=2" in page  # the case's own audit entries


async def test_the_chat_command_and_the_console_share_effects(client: Client, router: Any, store: Store) -> None:
    await router.handle(group_msg(SCAM))
    await router.handle(group_msg(SCAM_2, sender="wxid_other", room="room_b@chatroom"))
    await router.handle(private_msg("确认 1", sender=OFFICER))
    await post(client, "/console/cases/2/confirm")
    one, two = await store.get_case(1), await store.get_case(2)
    assert one is not None and two is not None
    assert one.status == two.status == "confirmed"
    assert [a["action"] for a in one.actions] == [a["action"] for a in two.actions] == ["confirm"]
    labels = {entry["case"]: entry for entry in await store.feedback_labels()}
    assert labels[1]["label"] == labels[2]["label"] == "scam"


async def test_false_positive_with_correction_posts_it_in_the_group(
    client: Client, router: Any, store: Store, sender: RecordingSender
) -> None:
    case_id = await _scam_case(router)
    case = await store.get_case(case_id)
    assert case is not None and case.warned
    await post(client, f"/console/cases/{case_id}/confirm")
    resp = await post(client, f"/console/cases/{case_id}/false-positive", correct="1")
    assert resp.status == 303
    case = await store.get_case(case_id)
    assert case is not None and case.status == "false_positive"
    assert await store.get_indicator("6222021234567890128") is None  # withdrawn
    assert any("更正" in text for text in sender.in_room(ROOM_A))
    assert (await store.feedback_labels())[-1]["label"] == "benign"


async def test_false_positive_without_correction_stays_quiet(
    client: Client, router: Any, store: Store, sender: RecordingSender
) -> None:
    case_id = await _scam_case(router)
    await post(client, f"/console/cases/{case_id}/false-positive")
    case = await store.get_case(case_id)
    assert case is not None and case.status == "false_positive"
    assert not any("更正" in text for text in sender.in_room(ROOM_A))
    assert case.actions[-1]["detail"] == "no correction"


async def test_close_and_note(client: Client, router: Any, store: Store) -> None:
    case_id = await _scam_case(router)
    await post(client, f"/console/cases/{case_id}/note", note="已电话联系张阿姨，未转账")
    await post(client, f"/console/cases/{case_id}/close")
    case = await store.get_case(case_id)
    assert case is not None and case.status == "closed"
    assert [(a["action"], a["detail"]) for a in case.actions] == [("note", "已电话联系张阿姨，未转账"), ("close", "")]
    page = await (await client.get(f"/console/cases/{case_id}")).text()
    assert "已电话联系张阿姨，未转账" in page


async def test_actions_on_a_missing_case_are_404(client: Client) -> None:
    assert (await post(client, "/console/cases/99/confirm")).status == 404
    assert (await client.get("/console/cases/99")).status == 404


async def test_a_login_without_contact_id_acts_as_console_user(
    aiohttp_client: Callable[..., Awaitable[Client]], ctx: Any, router: Any, store: Store
) -> None:
    other = await aiohttp_client(console_app(ctx))
    await login(other, name="zhao")
    case_id = await _scam_case(router)
    await post(other, f"/console/cases/{case_id}/close")
    case = await store.get_case(case_id)
    assert case is not None and case.actions[-1]["officer"] == "console:zhao"


async def test_indicator_add_search_remove(client: Client, store: Store, ctx: Any) -> None:
    await post(client, "/console/indicators/add", value="138-1234-5678")
    found = await store.get_indicator("13812345678")
    assert found is not None and found.by == OFFICER and found.source == "manual"
    assert "13812345678" in await ctx.known_bad()
    page = await (await client.get("/console/indicators?q=1381")).text()
    assert "13812345678" in page
    assert "13812345678" not in await (await client.get("/console/indicators?q=999")).text()
    await post(client, "/console/indicators/remove", value="13812345678")
    assert await store.get_indicator("13812345678") is None
    await post(client, "/console/indicators/add", value="口罩")
    assert await store.all_indicators() == []


async def test_keyword_add_is_effective_at_once_and_disable_stops_it(client: Client, ctx: Any, store: Store) -> None:
    text = "特供神仙口罩便宜卖"
    before = await ctx.check(text)
    await post(client, "/console/keywords/add", word="神仙口罩", category="mask_scam")
    assert ("神仙口罩", "mask_scam") in await store.keywords()
    after = await ctx.check(text)
    assert any(hit.rule_id == "runtime:神仙口罩" for hit in after.rule_hits)
    assert after.score > before.score
    await post(client, "/console/keywords/disable", word="神仙口罩")
    assert await store.keywords() == []
    page = await (await client.get("/console/rules")).text()
    assert "神仙口罩" in page and "已停用" in page


async def test_rule_hits_are_counted_per_rule_and_shown(client: Client, router: Any, store: Store) -> None:
    verdict = await router.ctx.check(SCAM)
    await router.handle(group_msg(SCAM))
    hits = await store.rule_hits([date.fromtimestamp(router.ctx.clock())])
    rule_id = verdict.rule_hits[0].rule_id
    assert hits[rule_id] == 1
    page = await (await client.get("/console/rules")).text()
    assert f'data-rule="{rule_id}">' in page


async def test_pausing_monitoring_stops_checks_in_that_group_only(
    client: Client, router: Any, store: Store, sender: RecordingSender
) -> None:
    await router.handle(group_msg("大家好"))  # the group becomes known
    await post(client, "/console/groups/switch", room=ROOM_A, flag="monitor_paused", paused="1")
    await router.handle(group_msg(SCAM))
    assert await store.case_ids() == []
    assert sender.in_room(ROOM_A) == []
    await post(client, "/console/groups/switch", room=ROOM_A, flag="monitor_paused", paused="0")
    await router.handle(group_msg(SCAM))
    assert await store.case_ids() == [1]


async def test_pausing_tips(client: Client, router: Any, store: Store, ctx: Any) -> None:
    await router.handle(group_msg("大家好"))
    await router.handle(group_msg("大家好", room="room_b@chatroom"))
    await post(client, "/console/groups/switch", room=ROOM_A, flag="tips_paused", paused="1")
    assert await post_tips(ctx) == 1
    assert (await store.group_flags())[ROOM_A]["tips_paused"] is True
    page = await (await client.get("/console/groups")).text()
    assert "防骗小贴士：已暂停" in page


async def test_unknown_group_switch_is_refused(client: Client) -> None:
    assert (await post(client, "/console/groups/switch", room="nope", flag="monitor_paused", paused="1")).status == 400


async def test_victim_reports_are_on_top_of_the_queue(client: Client, router: Any) -> None:
    await router.handle(group_msg(SCAM))
    await router.handle(group_msg(VICTIM, sender="wxid_victim", name="刘阿姨", room="room_b@chatroom"))
    await router.handle(group_msg(SCAM_2, sender="wxid_other"))
    await post(client, "/console/cases/3/close")
    cases = (await (await client.get("/console/api/cases")).json())["cases"]
    assert [c["id"] for c in cases][:1] == [2] and cases[0]["urgent"]
    assert cases[-1]["id"] == 3  # closed cases after open ones
    only_closed = (await (await client.get("/console/api/cases?status=closed")).json())["cases"]
    assert [c["id"] for c in only_closed] == [3]
    in_b = (await (await client.get("/console/api/cases?group=room_b@chatroom")).json())["cases"]
    assert [c["id"] for c in in_b] == [2]
    victims = (await (await client.get("/console/api/cases?category=victim_report")).json())["cases"]
    assert [c["id"] for c in victims] == [2]
    none = (await (await client.get("/console/api/cases?from=2001-01-01&to=2001-01-02")).json())["cases"]
    assert none == []
