"""Server-rendered pages: jinja2 with autoescape on, labels and small filters for the templates."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import jinja2
from aiohttp import web

from bot import texts

TEMPLATES = Path(__file__).resolve().parent / "templates"

# Page labels (officers only); sentences residents read stay in bot/texts.py.
STATUS_NAMES = {"open": "待处理", "confirmed": "已确认诈骗", "false_positive": "误报", "closed": "已结案"}
SOURCE_NAMES = {"detector": "自动识别", "indicator": "黑名单账号", "report": "群众举报"}
ACTION_NAMES = {
    "confirm": "确认诈骗",
    "false_positive": "标为误报",
    "close": "结案",
    "note": "备注",
    "blacklist": "拉黑",
    "unblacklist": "移出黑名单",
    "add_keyword": "加关键词",
    "disable_keyword": "停用关键词",
    "lookup": "查询",
    "console_login": "登录后台",
}
INDICATOR_SOURCES = {"confirmed": "确认案件", "manual": "手动拉黑"}


def when(ts: float | str | None, fmt: str = "%m-%d %H:%M") -> str:
    if not ts:
        return "—"
    return time.strftime(fmt, time.localtime(float(ts)))


def duration(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    if seconds < 60:
        return f"{seconds:.0f} 秒"
    if seconds < 3600:
        return f"{seconds / 60:.0f} 分钟"
    return f"{seconds / 3600:.1f} 小时"


def make_env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["when"] = when
    env.filters["duration"] = duration
    env.globals.update(
        STATUS_NAMES=STATUS_NAMES,
        SOURCE_NAMES=SOURCE_NAMES,
        ACTION_NAMES=ACTION_NAMES,
        INDICATOR_SOURCES=INDICATOR_SOURCES,
        CATEGORY_NAMES=texts.CATEGORY_NAMES,
        KIND_NAMES=texts.KIND_NAMES,
    )
    return env


ENV = make_env()


def render_text(name: str, **values: Any) -> str:
    return ENV.get_template(name).render(**values)


async def page(request: web.Request, name: str, *, status: int = 200, **values: Any) -> web.Response:
    """A full page: the template plus the logged-in officer, CSRF token and any flash message."""
    from bot.web.console.auth import CSRF_FIELD, flash_for
    from bot.web.console.deps import SESSION

    session = request.get(SESSION) or {}
    values.setdefault("active", name.removesuffix(".html"))
    html = render_text(
        name,
        user=session.get("user", ""),
        csrf=session.get("csrf", ""),
        csrf_field=CSRF_FIELD,
        flash=await flash_for(request),
        **values,
    )
    return web.Response(text=html, content_type="text/html", status=status)
