"""What the console's handlers are given, stored on the console sub-app."""

from __future__ import annotations

from dataclasses import dataclass

from aiohttp import web

from bot.config import Settings
from bot.context import Context
from bot.store import Store
from bot.web.console.feed import CaseFeed


@dataclass
class Deps:
    ctx: Context  # the runtime's own context: actions go through the same handlers as chat commands
    feed: CaseFeed

    @property
    def store(self) -> Store:
        return self.ctx.store

    @property
    def settings(self) -> Settings:
        return self.ctx.settings


DEPS = web.AppKey("console_deps", Deps)
SESSION = web.RequestKey("console_session", dict)  # {user, actor, csrf, at} of the logged-in officer
TOKEN = web.RequestKey("console_token", str)  # the session cookie's value


def deps(request: web.Request) -> Deps:
    return request.app[DEPS]
