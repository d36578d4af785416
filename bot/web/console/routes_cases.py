"""Case queue, case detail and the officer actions on a case."""

from __future__ import annotations

from aiohttp import web

from bot import texts
from bot.detect.entities import canonical_account
from bot.detect.normalise import normalise
from bot.handlers import cases as case_actions
from bot.web.console.auth import actor, flash
from bot.web.console.deps import deps
from bot.web.console.queue import Filters, load_queue, summary
from bot.web.console.render import ACTION_NAMES, page, render_text


def _case_id(request: web.Request) -> int:
    try:
        return int(request.match_info["case_id"])
    except ValueError:
        raise web.HTTPNotFound() from None


async def queue_page(request: web.Request) -> web.Response:
    d = deps(request)
    filters = Filters.from_query(request.query)
    cases = await load_queue(d.store, filters)
    return await page(
        request, "queue.html", cases=cases, filters=filters, groups=await d.store.groups(), active="queue"
    )


async def queue_rows(request: web.Request) -> web.Response:
    """The queue's list alone, for the live refresh (same filters as the page)."""
    cases = await load_queue(deps(request).store, Filters.from_query(request.query))
    return web.Response(text=render_text("_rows.html", cases=cases), content_type="text/html")


async def queue_json(request: web.Request) -> web.Response:
    cases = await load_queue(deps(request).store, Filters.from_query(request.query))
    return web.json_response({"cases": [summary(c) for c in cases]})


async def case_page(request: web.Request) -> web.Response:
    d = deps(request)
    case = await d.store.get_case(_case_id(request))
    if case is None:
        raise web.HTTPNotFound(text="没有这个案件")
    related = await d.store.related_cases(case.id, case_actions.case_accounts(case), normalise(case.text))
    related_cases = {c.id: c for c in await d.store.get_cases(list(related)[:20])}
    audit = await d.store.case_audit(case.id)
    context = case.context or (await d.store.recent(case.room_id, 10) if case.room_id else [])
    context = [m for m in context if not case.message_id or m.get("id") != case.message_id]
    known = await d.store.indicator_values()
    return await page(
        request,
        "case.html",
        case=case,
        context=context,
        related=related,
        related_cases=related_cases,
        audit=audit,
        known=known,
        canonical=canonical_account,
        active="queue",
    )


async def _after(request: web.Request, case_id: int, message: str) -> web.StreamResponse:
    await flash(request, message)
    raise web.HTTPSeeOther(f"/console/cases/{case_id}")


async def confirm(request: web.Request) -> web.StreamResponse:
    case_id = _case_id(request)
    added = await case_actions.confirm_case(deps(request).ctx, actor(request), case_id)
    if added is None:
        raise web.HTTPNotFound()
    return await _after(request, case_id, texts.confirmed(case_id, added))


async def false_positive(request: web.Request) -> web.StreamResponse:
    case_id = _case_id(request)
    form = await request.post()
    correct = form.get("correct") == "1"
    corrected = await case_actions.mark_false_positive(deps(request).ctx, actor(request), case_id, correct=correct)
    if corrected is None:
        raise web.HTTPNotFound()
    return await _after(request, case_id, texts.false_positive(case_id, corrected))


async def close(request: web.Request) -> web.StreamResponse:
    case_id = _case_id(request)
    if not await case_actions.close_case(deps(request).ctx, actor(request), case_id):
        raise web.HTTPNotFound()
    return await _after(request, case_id, texts.closed(case_id))


async def note(request: web.Request) -> web.StreamResponse:
    case_id = _case_id(request)
    text = str((await request.post()).get("note", ""))
    if not await case_actions.add_note(deps(request).ctx, actor(request), case_id, text):
        if not text.strip():
            return await _after(request, case_id, "备注是空的，没有保存。")
        raise web.HTTPNotFound()
    return await _after(request, case_id, f"已添加{ACTION_NAMES['note']}。")


def add_routes(app: web.Application) -> None:
    app.router.add_get("/", queue_page)
    app.router.add_get("/cases/rows", queue_rows)
    app.router.add_get("/api/cases", queue_json)
    app.router.add_get("/cases/{case_id}", case_page)
    app.router.add_post("/cases/{case_id}/confirm", confirm)
    app.router.add_post("/cases/{case_id}/false-positive", false_positive)
    app.router.add_post("/cases/{case_id}/close", close)
    app.router.add_post("/cases/{case_id}/note", note)
