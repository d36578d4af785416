"""The deployed bot end to end: `python main.py run` against a mock WeChat served through the real
wechaty puppet-service stack (harness.mjs), with an embedded Redis of its own.

One harness and one bot process serve the whole module (start-up is most of the cost); every test
uses its own groups, senders, texts and accounts, and starts from an empty sent box. The restart
test runs its own harness and bots.
"""

from __future__ import annotations

import asyncio
import re
import signal
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from bot import texts

from .harness import (
    BOT_ID,
    DEFAULT_SCENARIO,
    LI,
    OFFICER_ID,
    ROOM_XINGFU,
    SCAMMER,
    WANG,
    ZHANG,
    BotProcess,
    Harness,
    Sent,
)

pytestmark = pytest.mark.asyncio(loop_scope="module")

# One group per test, so per-group cool-downs and context never cross tests.
R_SCAM, R_VICTIM, R_NOTICE, R_ASK, R_DODGE = (f"{n}@chatroom" for n in ("garden", "river", "notice", "ask", "dodge"))
R_CONFIRM_A, R_CONFIRM_B, R_BLACK = "south@chatroom", "north@chatroom", "lake@chatroom"
AT_SELLER, KN_SELLER = "mask_daigou", "kn95_liu"

SCENARIO: dict[str, Any] = {
    "bot": DEFAULT_SCENARIO["bot"],
    "contacts": [
        *DEFAULT_SCENARIO["contacts"],
        {"id": AT_SELLER, "name": "口罩代购小李"},
        {"id": KN_SELLER, "name": "防疫物资-刘总"},
    ],
    "rooms": [
        *DEFAULT_SCENARIO["rooms"],
        {"id": R_SCAM, "topic": "花园小区群", "members": [ZHANG, LI, SCAMMER]},
        {"id": R_VICTIM, "topic": "河边村群", "members": [WANG, LI]},
        {"id": R_NOTICE, "topic": "东风社区通知群", "members": [ZHANG, LI]},
        {"id": R_ASK, "topic": "幸福家园群", "members": [WANG, ZHANG]},
        {"id": R_DODGE, "topic": "桃园村群", "members": [LI, AT_SELLER]},
        {"id": R_CONFIRM_A, "topic": "南山村群", "members": [LI, KN_SELLER]},
        {"id": R_CONFIRM_B, "topic": "北岭村群", "members": [LI, WANG]},
        {"id": R_BLACK, "topic": "西湖小区群", "members": [LI, ZHANG]},
    ],
}

SCAM = "口罩现货，N95一盒50元，先付款后发货，转账到工行卡6222021234567890128，电话13812345678"
SCAM_2 = "KN95口罩也有，十盒起卖，先转定金再发货，不先付款不发"
SCAM_KN = "KN95口罩到货了，一箱二十盒，要的先转定金到支付宝13912345678，晚了就没了"
VICTIM = "我被骗了！刚才转了500块买口罩，卡号6228480402564890018，对方把我拉黑了"
VICTIM_PRIVATE = "我被骗了，昨天在网上买口罩转了300元到6217003810012345677，对方不回消息了"
NOTICE = "社区通知：明天上午9点在居委会免费发放口罩，每户两只，请带身份证。"
ASK_OFFER = "有人私聊我说能代购口罩，要先付定金，靠谱吗？"
DODGE = "口罩现货，一盒50元，先付款后发货，加微信 mask_boss88"
BULLETIN = "近期有人在群里卖口罩现货，要求先付款到个人卡，都是诈骗，请大家不要上当"


def harmless(phone: str) -> str:
    """Scores low on its own (checked: ignore); only a known-bad phone makes it suspicious."""
    return f"明天下午修水管的师傅来，电话 {phone}"


CASE_HEAD = re.compile(r"^案件 (\d+) · ", re.M)
QUIET_S = 2.0  # how long "nothing more was sent" is watched for


def in_room(sent: list[Sent], room: str) -> list[Sent]:
    return [s for s in sent if s["room"] == room]


def to(sent: list[Sent], contact: str) -> list[Sent]:
    return [s for s in sent if s["to"] == contact]


def case_number(ping: Sent) -> int:
    m = CASE_HEAD.search(ping["text"])
    assert m, ping["text"]
    return int(m.group(1))


async def after_quiet(h: Harness, seconds: float = QUIET_S) -> list[Sent]:
    await asyncio.sleep(seconds)
    return await h.sent()


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def world(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Harness]:
    h = Harness(log_path=tmp_path_factory.mktemp("e2e-world") / "harness.log")
    try:
        await h.start(SCENARIO)
        yield h
    finally:
        await h.close()


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def bot(world: Harness, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[BotProcess]:
    tmp = tmp_path_factory.mktemp("e2e-bot")
    proc = BotProcess(world, tmp / "data", tmp / "bot.log")
    try:
        await proc.start()
        yield proc
    finally:
        await proc.stop()


@pytest_asyncio.fixture(loop_scope="module")
async def h(world: Harness, bot: BotProcess) -> Harness:
    """The module's harness with the bot logged in and an empty sent box."""
    assert bot.running, f"the bot died; log:\n{bot.log()[-4000:]}"
    await world.reset_sent()
    return world


async def test_scam_offer_gets_one_warning_and_one_officer_ping(h: Harness, bot: BotProcess) -> None:
    await h.say(SCAMMER, SCAM, room=R_SCAM)
    warning = await h.wait_sent(lambda s: s["room"] == R_SCAM)
    ping = await h.wait_sent(lambda s: s["to"] == OFFICER_ID)

    assert warning["mentions"] == [SCAMMER]
    assert warning["text"].startswith("@口罩批发-陈经理\u2005")
    for part in ("口罩诈骗", "不要先转账", "96110"):
        assert part in warning["text"]
    case = case_number(ping)
    for part in ("花园小区群", "口罩批发-陈经理", SCAMMER, SCAM, "6222021234567890128", "13812345678", f"确认 {case}"):
        assert part in ping["text"], part
    assert "【紧急】" not in ping["text"]

    # A flood of the same post is one case and one warning; the bot's own warning (which the
    # detector scores high) comes back as a self-echo and is never answered.
    await h.say(SCAMMER, SCAM, room=R_SCAM)
    await h.say(SCAMMER, SCAM, room=R_SCAM)
    sent = await after_quiet(h)
    assert (len(in_room(sent, R_SCAM)), len(to(sent, OFFICER_ID)), len(sent)) == (1, 1, 2), sent

    # Another offer is another case for the officer, but the group's cool-down holds the warning.
    await h.say(SCAMMER, SCAM_2, room=R_SCAM)
    second = await h.wait_sent(lambda s: s["to"] == OFFICER_ID and SCAM_2 in s["text"])
    assert case_number(second) == case + 1
    sent = await after_quiet(h, 1.0)
    assert (len(in_room(sent, R_SCAM)), len(to(sent, OFFICER_ID))) == (1, 2), sent


async def test_victim_report_is_urgent_with_the_payee_account(h: Harness, bot: BotProcess) -> None:
    await h.say(WANG, VICTIM, room=R_VICTIM)
    ping = await h.wait_sent(lambda s: s["to"] == OFFICER_ID)
    assert ping["text"].startswith("【紧急】案件 ")
    for part in ("群众被骗求助", "河边村群", "王姐", "6228480402564890018", "紧急止付"):
        assert part in ping["text"], part
    answer = await h.wait_sent(lambda s: s["room"] == R_VICTIM)
    assert answer["mentions"] == [WANG] and "110" in answer["text"]

    # Told privately, too: the resident gets advice, the officer an urgent case naming the reporter.
    await h.say(LI, VICTIM_PRIVATE)
    reply = await h.wait_sent(lambda s: s["to"] == LI)
    assert "110" in reply["text"] and "民警" in reply["text"]
    ping = await h.wait_sent(lambda s: s["to"] == OFFICER_ID and VICTIM_PRIVATE in s["text"])
    assert ping["text"].startswith("【紧急】") and "举报人：李大爷（li_dashe）" in ping["text"]
    assert "6217003810012345677" in ping["text"]


async def test_free_mask_notice_gets_silence(h: Harness, bot: BotProcess) -> None:
    await h.say(ZHANG, NOTICE, room=R_NOTICE)
    await h.say(LI, "好的，谢谢通知，明天去领", room=R_NOTICE)
    assert await after_quiet(h, 3.0) == []


async def test_resident_at_questions_get_one_answer_each(h: Harness, bot: BotProcess) -> None:
    await h.say(WANG, "查询 13800138000", room=R_ASK, mentions=[BOT_ID])
    lookup = await h.wait_sent(lambda s: s["room"] == R_ASK and s["mentions"] == [WANG])
    assert "没有查到 13800138000" in lookup["text"]

    await h.say(ZHANG, ASK_OFFER, room=R_ASK, mentions=[BOT_ID])
    verdict = await h.wait_sent(lambda s: s["room"] == R_ASK and s["mentions"] == [ZHANG])
    assert "诈骗" in verdict["text"] and "不要先转账" in verdict["text"]
    sent = await after_quiet(h)
    assert len(in_room(sent, R_ASK)) == 2, sent  # one answer each, nothing doubled


async def test_scam_post_at_the_bot_is_still_checked(h: Harness, bot: BotProcess) -> None:
    await h.say(AT_SELLER, DODGE, room=R_DODGE, mentions=[BOT_ID])
    warning = await h.wait_sent(lambda s: s["room"] == R_DODGE)
    assert warning["mentions"] == [AT_SELLER] and "口罩诈骗" in warning["text"]
    ping = await h.wait_sent(lambda s: s["to"] == OFFICER_ID)
    assert "mask_boss88" in ping["text"] and "桃园村群" in ping["text"]
    sent = await after_quiet(h)
    assert len(in_room(sent, R_DODGE)) == 1, sent  # the warning is the answer: not also a verdict


async def test_bulletin_reaches_every_group_and_the_bot_never_answers_itself(h: Harness, bot: BotProcess) -> None:
    await h.say(LI, "大家早上好", room=R_NOTICE)  # at least this group is known to the bot
    await h.say(OFFICER_ID, f"通报 {BULLETIN}")
    done = await h.wait_sent(lambda s: s["to"] == OFFICER_ID)
    groups = int(re.findall(r"\d+", done["text"])[0])
    assert groups >= 1  # every group the bot has seen a message in
    sent = await after_quiet(h)
    posted = [s for s in sent if s["room"]]
    assert len(posted) == groups and len({s["room"] for s in posted}) == groups
    assert R_NOTICE in {s["room"] for s in posted}
    assert [s["text"] for s in posted if s["text"] != f"【警方通报】{BULLETIN}"] == []
    assert len(sent) == groups + 1, sent  # the echoes of all those posts were not answered


async def test_officer_confirm_makes_accounts_escalate_in_another_group(h: Harness, bot: BotProcess) -> None:
    await h.say(KN_SELLER, SCAM_KN, room=R_CONFIRM_A)
    case = case_number(await h.wait_sent(lambda s: s["to"] == OFFICER_ID))
    # Before the officer confirms, the same account in a harmless-looking message is left alone.
    await h.say(LI, harmless("13912345678"), room=R_CONFIRM_B)
    assert in_room(await after_quiet(h, 1.5), R_CONFIRM_B) == []

    await h.say(OFFICER_ID, f"确认 {case}")
    reply = await h.wait_sent(lambda s: s["to"] == OFFICER_ID and "已确认" in s["text"])
    assert f"案件 {case} 已确认为诈骗" in reply["text"] and "13912345678" in reply["text"]

    await h.reset_sent()
    await h.say(WANG, harmless("13912345678"), room=R_CONFIRM_B)
    warning = await h.wait_sent(lambda s: s["room"] == R_CONFIRM_B)
    assert warning["mentions"] == [WANG]
    ping = await h.wait_sent(lambda s: s["to"] == OFFICER_ID)
    assert case_number(ping) != case
    for part in ("含黑名单账号", "北岭村群", "王姐", "13912345678"):
        assert part in ping["text"], part


async def test_blacklist_from_a_non_officer_has_no_effect(h: Harness, bot: BotProcess) -> None:
    await h.say(ZHANG, "拉黑 13700001111")
    reply = await h.wait_sent(lambda s: s["to"] == ZHANG)
    assert reply["text"] == texts.OFFICER_ONLY
    await h.say(ZHANG, "查询 13700001111")
    await h.wait_sent(lambda s: s["to"] == ZHANG and "没有查到 13700001111" in s["text"])
    await h.say(LI, harmless("13700001111"), room=R_BLACK)
    sent = await after_quiet(h)
    assert in_room(sent, R_BLACK) == [] and to(sent, OFFICER_ID) == [], sent

    # The same from the officer works at once (so the silence above is the missing power).
    await h.say(OFFICER_ID, "拉黑 13700002222")
    await h.wait_sent(lambda s: s["to"] == OFFICER_ID and "已拉黑 13700002222" in s["text"])
    await h.say(LI, harmless("13700002222"), room=R_BLACK)
    await h.wait_sent(lambda s: s["room"] == R_BLACK)
    ping = await h.wait_sent(lambda s: s["to"] == OFFICER_ID and "西湖小区群" in s["text"])
    assert "13700002222" in ping["text"] and "含黑名单账号" in ping["text"]


# ---- stopping and restarting ------------------------------------------------------------------


@pytest_asyncio.fixture(loop_scope="module")
async def solo(tmp_path: Path) -> AsyncIterator[Harness]:
    """A harness of its own, for tests that stop and start bots."""
    h = Harness(log_path=tmp_path / "harness.log")
    try:
        await h.start(DEFAULT_SCENARIO)
        yield h
    finally:
        await h.close()


@pytest_asyncio.fixture(loop_scope="module")
async def bots() -> AsyncIterator[list[BotProcess]]:
    """Bot processes a test starts; all stopped afterwards, whatever happened."""
    started: list[BotProcess] = []
    try:
        yield started
    finally:
        for proc in started:
            await proc.stop()


async def test_stop_keeps_a_pending_escalation_for_the_next_start(
    solo: Harness, bots: list[BotProcess], tmp_path: Path
) -> None:
    # One message a minute: the answer to 帮助 uses it, so the officer's ping is still queued in
    # the send limiter when SIGTERM arrives.
    first = BotProcess(solo, tmp_path / "data", tmp_path / "bot.log", SENTINEL_SEND_PER_MIN="1")
    bots.append(first)
    await first.start()
    await solo.say(ZHANG, "帮助")
    await solo.wait_sent(lambda s: s["to"] == ZHANG)
    await solo.say(SCAMMER, SCAM, room=ROOM_XINGFU)
    await first.wait_log("case 1 opened")
    await asyncio.sleep(1.5)  # the delivery task has read the entry and is waiting on the limiter

    started = time.monotonic()
    assert await first.stop(signal.SIGTERM, timeout=20) == 0, first.log()[-3000:]
    stop_s = time.monotonic() - started
    assert stop_s < 8, f"SIGTERM took {stop_s:.1f}s"
    assert first.leftovers == []
    assert to(await solo.sent(), OFFICER_ID) == []

    second = BotProcess(solo, tmp_path / "data", tmp_path / "bot.log")
    bots.append(second)
    await second.start()
    started = time.monotonic()
    ping = await solo.wait_sent(lambda s: s["to"] == OFFICER_ID, timeout=15)
    assert case_number(ping) == 1 and "幸福村村民群" in ping["text"]
    assert time.monotonic() - started < 5, "the pending escalation waited for the stale-claim timeout"

    started = time.monotonic()
    assert await second.stop(signal.SIGINT) == 0  # Ctrl-C
    assert time.monotonic() - started < 5 and second.leftovers == []
