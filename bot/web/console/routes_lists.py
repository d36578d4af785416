"""Indicators (known-bad accounts), rules with their hit counts, runtime keywords, groups."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from aiohttp import web

from bot import texts
from bot.detect.rule_schema import rule_files
from bot.handlers import officer
from bot.web.console.auth import actor, flash
from bot.web.console.deps import deps
from bot.web.console.render import page

SHOWN_INDICATORS = 500


def _days(n: int, today: date | None = None) -> list[date]:
    today = today or date.today()
    return [today - timedelta(days=i) for i in range(n)]


async def _field(request: web.Request, name: str, limit: int = 200) -> str:
    return str((await request.post()).get(name, "")).strip()[:limit]


# ---- indicators ---------------------------------------------------------------------------------


async def indicators_page(request: web.Request) -> web.Response:
    query = request.query.get("q", "").strip()[:100]
    items = await deps(request).store.all_indicators()
    if query:
        folded = query.lower()
        items = [i for i in items if folded in i.value.lower() or folded in i.by.lower()]
    return await page(
        request, "indicators.html", items=items[:SHOWN_INDICATORS], total=len(items), q=query, active="indicators"
    )


async def indicator_add(request: web.Request) -> web.StreamResponse:
    value = await _field(request, "value")
    result = await officer.blacklist(deps(request).ctx, actor(request), value) if value else None
    if result is None:
        await flash(request, texts.account_unrecognised(value))
    else:
        kind, canonical, new = result
        await flash(request, texts.blacklisted(canonical, kind, new))
    raise web.HTTPSeeOther("/console/indicators")


async def indicator_remove(request: web.Request) -> web.StreamResponse:
    value = await _field(request, "value")
    removed = await officer.unblacklist(deps(request).ctx, actor(request), value)
    await flash(request, f"已将 {value} 移出黑名单。" if removed else f"{value} 不在黑名单中。")
    raise web.HTTPSeeOther("/console/indicators")


# ---- rules and runtime keywords -----------------------------------------------------------------


async def rules_page(request: web.Request) -> web.Response:
    d = deps(request)
    ruleset = d.ctx.detector.rules
    hits = await d.store.rule_hits(_days(7))
    now = d.ctx.clock()
    files = []
    for path in rule_files(d.settings.rules_dir):
        rules = [r for r in ruleset.rules if Path(r.file).name == path.name]
        files.append({"name": path.name, "text": path.read_text(encoding="utf-8"), "rules": rules})
    return await page(
        request,
        "rules.html",
        files=files,
        hits=hits,
        keywords=await d.store.all_keywords(),
        packs=[{**row, "expired": row["valid_until"] < now} for row in await d.store.pack_overview(days=7)],
        categories=("mask_scam", "other_fraud", "victim_report"),
        active="rules",
    )


async def keyword_add(request: web.Request) -> web.StreamResponse:
    word = await _field(request, "word", 40)
    category = await _field(request, "category", 40)
    if not word or category not in ("mask_scam", "other_fraud", "victim_report"):
        await flash(request, "请填写关键词并选择类别。")
    else:
        await officer.add_keyword(deps(request).ctx, actor(request), word, category)
        await flash(request, texts.keyword_added(word, category))
    raise web.HTTPSeeOther("/console/rules#keywords")


async def keyword_disable(request: web.Request) -> web.StreamResponse:
    word = await _field(request, "word", 40)
    found = await officer.disable_keyword(deps(request).ctx, actor(request), word)
    await flash(request, texts.keyword_removed(word, found))
    raise web.HTTPSeeOther("/console/rules#keywords")


# ---- groups -------------------------------------------------------------------------------------


async def groups_page(request: web.Request) -> web.Response:
    store = deps(request).store
    today = _days(1)
    week = _days(7)
    groups = await store.groups()
    flags = await store.group_flags()
    warned = await store.last_warnings()
    vol_today = await store.group_volumes(today)
    vol_week = await store.group_volumes(week)
    rows = [
        {
            "id": room,
            "topic": info.get("topic") or room,
            "seen": info.get("seen"),
            "today": vol_today.get(room, 0),
            "week": vol_week.get(room, 0),
            "warned": warned.get(room),
            "monitor_paused": bool(flags.get(room, {}).get("monitor_paused")),
            "tips_paused": bool(flags.get(room, {}).get("tips_paused")),
        }
        for room, info in groups.items()
    ]
    rows.sort(key=lambda r: -float(r["seen"] or 0))
    return await page(request, "groups.html", rows=rows, active="groups")


async def group_switch(request: web.Request) -> web.StreamResponse:
    d = deps(request)
    room = await _field(request, "room")
    flag = await _field(request, "flag")
    paused = await _field(request, "paused") == "1"
    groups = await d.store.groups()
    if room not in groups or flag not in d.store.GROUP_FLAGS:
        raise web.HTTPBadRequest(text="unknown group or switch")
    await d.store.set_group_flag(room, flag, paused, actor(request))
    await d.store.audit(actor(request), f"group_{flag}", None, f"{room}={paused}")
    what = "监控" if flag == "monitor_paused" else "防骗小贴士"
    topic = groups[room].get("topic") or room
    await flash(request, f"{topic}：已{'暂停' if paused else '恢复'}{what}。")
    raise web.HTTPSeeOther("/console/groups")


def add_routes(app: web.Application) -> None:
    app.router.add_get("/indicators", indicators_page)
    app.router.add_post("/indicators/add", indicator_add)
    app.router.add_post("/indicators/remove", indicator_remove)
    app.router.add_get("/rules", rules_page)
    app.router.add_post("/keywords/add", keyword_add)
    app.router.add_post("/keywords/disable", keyword_disable)
    app.router.add_get("/groups", groups_page)
    app.router.add_post("/groups/switch", group_switch)
