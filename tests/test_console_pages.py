"""Console pages: case detail (context, related cases, escaping), statistics and CSV, live events."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import time
from collections.abc import Awaitable, Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bot.config import Settings
from bot.store import Store
from bot.web.console import charts
from tests.conftest import SCAM, SCAM_2, VICTIM, Clock, group_msg, make_settings
from tests.console_helpers import WANG, Client, console_app, feed_of, login, post


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path, SENTINEL_CONSOLE_USERS=WANG)


@pytest.fixture
def clock() -> Clock:
    return Clock(time.time())  # now: the statistics page looks at the last 30 days of real time


@pytest.fixture
async def client(aiohttp_client: Callable[..., Awaitable[Client]], ctx: Any) -> Client:
    client = await aiohttp_client(console_app(ctx))
    assert (await login(client)).status == 303
    return client


async def test_case_detail_shows_context_reasons_accounts_and_related_cases(client: Client, router: Any) -> None:
    await router.handle(group_msg("谁家有口罩？<b>急需</b>", sender="wxid_zhang", name="张阿姨"))
    await router.handle(group_msg(SCAM))
    # the same card again, in a victim's report from another group (a second offer would join case 1's campaign)
    await router.handle(group_msg(VICTIM, sender="wxid_x", room="room_b@chatroom"))
    page = await (await client.get("/console/cases/1")).text()
    assert "谁家有口罩？&lt;b&gt;急需&lt;/b&gt;" in page  # previous message, escaped
    assert "<b>急需</b>" not in page
    assert 'data-copy="6222021234567890128"' in page and 'data-copy="13812345678"' in page
    assert "综合分数" in page and "模型分数" in page
    assert 'href="/console/cases/2"' in page  # shares the card number
    assert "立案" in page


async def test_stats_page_has_svg_charts_and_rates(client: Client, router: Any, store: Store) -> None:
    await router.handle(group_msg(SCAM))
    await router.handle(group_msg(SCAM_2, sender="wxid_other", room="room_b@chatroom"))
    router.ctx.clock.advance(120)
    await post(client, "/console/cases/1/confirm")
    router.ctx.clock.advance(180)
    await post(client, "/console/cases/2/false-positive")
    page = await (await client.get("/console/stats")).text()
    assert page.count("<svg") == 3
    assert "每日案件" in page and "按类别" in page and "按群" in page
    assert "<b>2</b><span>案件</span>" in page
    assert "<b>50%</b><span>误报率（1/2）</span>" in page
    assert "<b>4 分钟</b>" in page  # median of 2 and 5 minutes (3.5 rounds to 4)
    assert "<b>2</b><span>群内提醒</span>" in page


async def test_median_and_false_positive_rate_figures() -> None:
    from bot.store import Case
    from bot.web.console import stats

    def case(n: int, delay: float | None) -> Case:
        actions = [] if delay is None else [{"officer": "o", "action": "close", "at": 1000.0 + delay}]
        return Case(
            n, "r", "t", "s", "n", "x", "mask_scam", 0.9, False, "open", "detector", 1000.0, 1000.0, actions=actions
        )

    assert stats.median_first_action([case(1, 60), case(2, 300), case(3, 120), case(4, None)]) == 120
    labels = [
        {"label": "benign", "at": 10},
        {"label": "scam", "at": 10},
        {"label": "scam", "at": 10},
        {"label": "benign", "at": 1},
    ]
    assert stats.false_positive_rate(labels, since=5) == (1, 3)


def test_svg_charts_escape_labels() -> None:
    svg = charts.bars([("<script>群", 3)], "按群")
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert charts.columns([("01-01", 0), ("01-02", 5)], "每日").count("<rect") == 2


async def test_csv_export_for_a_date_range(client: Client, router: Any, store: Store) -> None:
    await router.handle(group_msg('=HYPERLINK("x") 口罩现货先付款 13812345678'))
    await router.handle(group_msg(VICTIM, sender="wxid_other"))
    day = date.fromtimestamp(router.ctx.clock()).isoformat()
    resp = await client.get(f"/console/stats/cases.csv?from={day}&to={day}")
    assert resp.status == 200 and resp.content_type == "text/csv"
    assert "attachment" in resp.headers["Content-Disposition"]
    rows = list(csv.reader(io.StringIO((await resp.read()).decode("utf-8-sig"))))
    assert rows[0][0] == "id" and len(rows) == 3
    texts = {row[0]: row[11] for row in rows[1:]}
    assert any(t.startswith("'=HYPERLINK") for t in texts.values())  # no formula injection
    assert (await client.get("/console/stats/cases.csv?from=2001-01-01&to=2001-01-02")).status == 200
    assert (await client.get("/console/stats/cases.csv?from=bad&to=2001-01-02")).status == 400
    assert (await store.audit_entries())[0]["action"] == "export_csv"


async def test_live_events_announce_a_new_case(client: Client, router: Any) -> None:
    resp = await client.get("/console/events")
    assert resp.status == 200 and resp.content_type == "text/event-stream"
    assert (await resp.content.readuntil(b"\n\n")).startswith(b"retry:")
    await asyncio.wait_for(feed_of(client).ready.wait(), 5)  # subscribed: nothing published is missed
    await router.handle(group_msg(SCAM))
    frame = await asyncio.wait_for(resp.content.readuntil(b"\n\n"), 5)
    assert frame.startswith(b"event: case\n")
    data = json.loads(frame.split(b"data: ", 1)[1])
    assert data == {"case": 1, "event": "opened"}
    await post(client, "/console/cases/1/close")
    frame = await asyncio.wait_for(resp.content.readuntil(b"\n\n"), 5)
    assert json.loads(frame.split(b"data: ", 1)[1]) == {"case": 1, "event": "closed"}
    resp.close()


async def test_queue_rows_fragment_is_the_list_alone(client: Client, router: Any) -> None:
    await router.handle(group_msg(SCAM))
    fragment = await (await client.get("/console/cases/rows")).text()
    assert 'data-id="1"' in fragment and "<html" not in fragment
    page = await (await client.get("/console/")).text()
    assert 'data-id="1"' in page and 'id="cases"' in page
