"""The simulator's demo console login: made only when no login is configured, and it really logs in."""

from pathlib import Path

from bot.web.console.users import DEMO_LOGIN, add_user_line, ensure_demo_login, load_users, verify_password
from tests.conftest import make_settings


def test_demo_login_is_created_once_and_verifies(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    first = ensure_demo_login(settings, "officer_wang")
    assert first is not None
    name, password = first
    user = load_users(settings)[name]
    assert name == DEMO_LOGIN and user.actor == "officer_wang" and verify_password(user, password)
    assert ensure_demo_login(settings, "officer_wang") == first  # a restart shows the same login


def test_configured_logins_are_left_alone(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    add_user_line(settings.console_users_path, DEMO_LOGIN, "officer_li", "their own password")
    before = settings.console_users_path.read_text(encoding="utf-8")
    assert ensure_demo_login(settings, "officer_wang") is None
    assert settings.console_users_path.read_text(encoding="utf-8") == before
