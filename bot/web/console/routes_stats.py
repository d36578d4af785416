"""Statistics over the last 30 days (SVG charts) and the CSV export of cases for a date range."""

from __future__ import annotations

import time
from datetime import date, timedelta

from aiohttp import web

from bot.web.console import charts, stats
from bot.web.console.auth import actor
from bot.web.console.deps import deps
from bot.web.console.queue import day_start, parse_day
from bot.web.console.render import page

DAYS = 30
MAX_EXPORT_DAYS = 366


async def stats_page(request: web.Request) -> web.Response:
    store = deps(request).store
    today = date.today()
    days = [today - timedelta(days=i) for i in range(DAYS)]
    since = day_start(days[-1])
    cases = await store.get_cases(await store.case_ids_between(since, time.time() + 86400))
    counters = await store.stats(days)
    fp, decided = stats.false_positive_rate(await store.feedback_labels(), since)
    return await page(
        request,
        "stats.html",
        days=DAYS,
        total=len(cases),
        per_day=charts.columns(stats.per_day(cases, days), "每日案件数"),
        per_category=charts.bars(stats.per_category(cases), "按类别"),
        per_group=charts.bars(stats.per_group(cases), "按群"),
        warnings=counters.get("warnings", 0),
        messages=counters.get("messages", 0),
        fp=fp,
        decided=decided,
        fp_rate=(fp / decided) if decided else None,
        median_s=stats.median_first_action(cases),
        export_from=days[-1].isoformat(),
        export_to=today.isoformat(),
        active="stats",
    )


async def export_csv(request: web.Request) -> web.Response:
    start = parse_day(request.query.get("from"))
    end = parse_day(request.query.get("to"))
    if start is None or end is None or end < start or (end - start).days > MAX_EXPORT_DAYS:
        raise web.HTTPBadRequest(text="from/to must be dates YYYY-MM-DD, at most a year apart")
    store = deps(request).store
    ids = await store.case_ids_between(day_start(start), day_start(end + timedelta(days=1)) - 0.001, limit=100_000)
    cases = sorted(await store.get_cases(ids), key=lambda c: c.created)
    await store.audit(actor(request), "export_csv", None, f"{start}..{end} rows={len(cases)}")
    name = f"sentinel-cases-{start}-{end}.csv"
    return web.Response(
        body=stats.cases_csv(cases).encode("utf-8"),
        content_type="text/csv",
        charset="utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


def add_routes(app: web.Application) -> None:
    app.router.add_get("/stats", stats_page)
    app.router.add_get("/stats/cases.csv", export_csv)
