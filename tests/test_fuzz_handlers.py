"""Fuzzing the handlers: random events (kinds, texts, ids, rooms, mentions, quotes, officers'
commands with junk arguments) through `Router.handle` against the real embedded Redis and the real
detector. The router is the error boundary, so "never raises" alone proves little: the test also
fails on any error the boundary swallowed (logged at ERROR), on an event that takes too long, and on
an inconsistent store afterwards (a listed case that does not exist, an indicator of a missing case).

`FUZZ_EXAMPLES=1000 pytest tests/test_fuzz_handlers.py` runs it longer.
"""

from __future__ import annotations

import asyncio
import math
import os
import time
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from loguru import logger

from bot.channels.appmsg import app_message_text
from bot.channels.base import Incoming
from bot.handlers import Router
from bot.store import Store
from tests.conftest import (
    BENIGN,
    BOT_ID,
    GROUP_OFFICER,
    OFFICER,
    ROOM_A,
    ROOM_B,
    ROOM_OWN,
    SCAM,
    SCAM_2,
    VICTIM,
    Clock,
    RecordingSender,
    group_msg,
    private_msg,
)

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "0")) or 100
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
EVENT_LIMIT_S = 5.0  # a hang, not a slow machine: events take milliseconds

COMMANDS = ["确认", "误报", "结案", "查询", "查", "拉黑", "加词", "删词", "通报", "统计", "帮助", "举报"]
ARGS = [
    "",
    "1",
    "12",
    "#3",
    "案件 2",
    "-1",
    "0",
    "99999999999999999999",
    "9" * 5000,
    "１２",
    "١٢",
    "13812345678",
    "6222021234567890128",
    "vx: maskshop2020",
    "http://t.cn/x",
    "特效口罩 口罩",
    "特效口罩 被骗",
    "x 未知类别",
    "口" * 5000,
    "\x00\ud800\u202e",
    "  \n\t ",
    "：",
]
texts = st.one_of(
    st.sampled_from([SCAM, SCAM_2, BENIGN, VICTIM, "", " ", "@反诈哨兵 这个是不是骗子", "@反诈哨兵\u2005" + SCAM]),
    st.tuples(st.sampled_from(COMMANDS), st.sampled_from([" ", "：", ":", ""]), st.sampled_from(ARGS)).map("".join),
    st.tuples(st.sampled_from(COMMANDS), st.text(st.characters(codec=None), max_size=40)).map(" ".join),
    st.text(st.characters(codec=None), max_size=200),
    st.sampled_from(["口" * 20_000, "\u200b" * 20_000 + SCAM, "😷" * 5000]),
)
people = st.one_of(
    st.sampled_from([OFFICER, GROUP_OFFICER, BOT_ID, "wxid_seller", "wxid_resident", "wxid_a", ""]),
    st.text(max_size=30),
)
rooms = st.one_of(
    st.sampled_from([None, ROOM_A, ROOM_B, ROOM_OWN]), st.text(min_size=1, max_size=30)
)  # "" is no room id
stamps = st.one_of(st.just(0.0), st.floats(allow_nan=True, allow_infinity=True), st.floats(0, 4e9))
events = st.builds(
    Incoming,
    id=st.one_of(st.text(max_size=40), st.sampled_from(["m1", "m1", "x" * 5000])),
    kind=st.sampled_from(["text", "text", "text", "link", "mini_program", "join", "bot_joined", "other", "???"]),
    text=texts,
    sender_id=people,
    sender_name=st.text(max_size=30),
    room_id=rooms,
    room_topic=st.one_of(st.none(), st.text(max_size=30)),
    mention_ids=st.lists(people, max_size=3).map(tuple),
    mentions_self=st.booleans(),
    is_self=st.booleans(),
    timestamp=stamps,
    joined_ids=st.lists(people, max_size=3).map(tuple),
    joined_names=st.lists(st.text(max_size=10), max_size=3).map(tuple),
    quoted_text=st.one_of(st.none(), texts),
    extra=st.dictionaries(st.text(max_size=10), st.text(max_size=10), max_size=3),
)


@pytest.fixture
def swallowed() -> Iterator[list[str]]:
    """Errors the router's boundary caught and logged (with their traceback)."""
    records: list[str] = []
    sink = logger.add(lambda m: records.append(str(m)), level="ERROR", format="{message}\n{exception}")
    yield records
    logger.remove(sink)


async def assert_consistent(store: Store, sender: RecordingSender) -> None:
    ids = await store.case_ids(limit=100_000)
    assert len(ids) == len(set(ids))
    cases = {case_id: await store.get_case(case_id) for case_id in ids}
    missing = [case_id for case_id, case in cases.items() if case is None]
    assert not missing, f"listed cases without a case: {missing}"
    for status in ("open", "confirmed", "false_positive", "closed"):
        for case_id in await store.case_ids(status, limit=100_000):
            case = cases.get(case_id) or await store.get_case(case_id)
            assert case is not None and case.status == status, (case_id, status, case)
    for indicator in await store.all_indicators():
        assert indicator.value and indicator.kind
        if indicator.case_id is not None:
            assert await store.get_case(indicator.case_id) is not None, indicator
    for keyword in await store.all_keywords():
        assert isinstance(keyword, dict)
    for room, text, mentions in sender.rooms:
        assert room and text.strip() and all(isinstance(m, str) for m in mentions)
    for _contact, text, _ in sender.privates:
        assert text.strip()


@FUZZ
@given(batch=st.lists(events, min_size=1, max_size=8))
async def test_random_events_never_break_the_router_or_the_store(
    router: Router, store: Store, sender: RecordingSender, swallowed: list[str], batch: list[Incoming]
) -> None:
    for event in batch:
        start = time.perf_counter()
        await asyncio.wait_for(router.handle(event), EVENT_LIMIT_S)
        took = time.perf_counter() - start
        assert took < EVENT_LIMIT_S, f"{took:.1f}s for {event!r:.200}"
        assert not swallowed, f"the router swallowed an error on {event!r:.300}:\n{swallowed[0][-3000:]}"
    await assert_consistent(store, sender)


async def test_every_officer_command_with_junk_arguments_gets_an_answer(
    router: Router, store: Store, sender: RecordingSender, swallowed: list[str], clock: Clock
) -> None:
    await router.handle(group_msg(SCAM))  # so some case numbers exist
    for command in COMMANDS:
        for arg in ARGS:
            clock.advance(61)  # past the per-person answer limit (举报 is answered like a resident)
            before = len(sender.to(OFFICER))
            await router.handle(private_msg(f"{command} {arg}", sender=OFFICER, name="王警官"))
            assert not swallowed, swallowed[0][-3000:]
            assert len(sender.to(OFFICER)) > before, f"no answer to {command} {arg[:30]!r}"
    await assert_consistent(store, sender)


@pytest.mark.parametrize("stamp", [math.nan, math.inf, -math.inf, -1e300, 1e300, 4e9, -1.0])
async def test_odd_timestamps_from_a_channel(
    router: Router, store: Store, sender: RecordingSender, swallowed: list[str], stamp: float
) -> None:
    for text in (SCAM, BENIGN, VICTIM):
        await router.handle(group_msg(text, timestamp=stamp))
    assert not swallowed, swallowed[0][-3000:]
    assert sender.in_room(ROOM_A), "the scam offer was not warned"
    await assert_consistent(store, sender)


# ---- app messages (link / mini-program cards) as raw XML, before they become an Incoming ----------

CARD = (
    '<?xml version="1.0"?><msg><appmsg appid="" sdkver="0"><title>口罩现货 先付款</title>'
    "<des>KN95 一盒50元 &amp; 包邮</des><type>5</type><url>http://t.cn/mask</url>"
    "<refermsg><title>inner</title></refermsg></appmsg><fromusername>wxid_x</fromusername></msg>"
)
XML_PIECES = [
    "<msg>",
    "</msg>",
    "<appmsg>",
    "</appmsg>",
    "<appmsg appid='wx1' sdkver=\"0\">",
    "<title>",
    "</title>",
    "<des>",
    "</des>",
    "<url>",
    "</url>",
    "<title/>",
    "<![CDATA[",
    "]]>",
    "<!DOCTYPE x [<!ENTITY a 'aaaa'>]>",
    "<!ENTITY b '&a;&a;&a;&a;'>",
    "&b;",
    "&amp;",
    "&#0;",
    "&#x110000;",
    "&lt;",
    "&",
    "<",
    ">",
    "<?xml version='1.0' encoding='gbk'?>",
    "<?xml version='1.0' encoding='nope'?>",
    "<!-- ",
    " -->",
    "<weappinfo><pagepath>p</pagepath></weappinfo>",
    "口罩现货",
    "先付款",
    "http://t.cn/x",
    "\x00",
    "\ud800",
    "\ufeff",
]
xml_soup = st.lists(st.one_of(st.sampled_from(XML_PIECES), st.text(max_size=8)), max_size=40).map("".join)
mangled_card = st.tuples(st.integers(0, len(CARD)), st.integers(0, len(CARD)), st.text(max_size=5)).map(
    lambda t: CARD[: min(t[0], t[1])] + t[2] + CARD[max(t[0], t[1]) :]
)


def check_card(raw: str) -> str:
    start = time.perf_counter()
    text = app_message_text(raw)
    assert time.perf_counter() - start < 1.0
    assert isinstance(text, str)
    return text


@FUZZ
@given(raw=st.one_of(xml_soup, mangled_card, st.text(st.characters(codec=None), max_size=300)))
def test_any_app_message_xml_gives_text_never_an_exception(raw: str) -> None:
    check_card(raw)


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "<",
        "<msg>" * 100_000,
        "<a>" * 100_000 + "</a>" * 100_000,
        "<title>" * 50_000,
        "<msg><appmsg><title>" + "x" * 1_000_000,
        '<!DOCTYPE m [<!ENTITY a "'
        + "a" * 1000
        + '">'
        + "".join(f'<!ENTITY e{i} "' + f"&e{i - 1};" * 10 + '">' for i in range(1, 10)).replace("&e0;", "&a;")
        + "]><msg><appmsg><title>&e9;</title></appmsg></msg>",
        "<msg><appmsg><title><![CDATA[口罩<b>现货</b>]]></title></appmsg></msg>",
        "<msg><appmsg><title>unclosed <des>d</des>",
        "<?xml version='1.0' encoding='gbk'?><msg><appmsg><title>t</title></appmsg></msg>",
        "\x00<msg>\ud800</msg>",
    ],
    ids=lambda raw: repr(raw[:24]),
)
def test_hostile_app_message_xml(raw: str) -> None:
    check_card(raw)


def test_a_malformed_card_still_yields_its_title_description_and_url() -> None:
    assert check_card(CARD) == "口罩现货 先付款\nKN95 一盒50元 & 包邮\nhttp://t.cn/mask"
    broken = CARD.replace("</des>", "</dse>").replace("<?xml", "<?xm")
    assert check_card(broken).splitlines()[0] == "口罩现货 先付款"
    assert "http://t.cn/mask" in check_card(broken)
    assert check_card("only a title") == "only a title"
