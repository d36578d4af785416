"""The aiohttp app: simulator page and JSON API now, officer console later."""

from bot.web.app import SIMULATOR, build_app, start_site

__all__ = ["SIMULATOR", "build_app", "start_site"]
