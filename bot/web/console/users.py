"""Console logins: who may log in, their salted argon2 password hashes, and the officer contact id
each login acts as (so the audit trail names the same officer as the chat commands do)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from loguru import logger

from bot.config import Settings

_hasher = PasswordHasher()
# Verified against when the login name is unknown, so a wrong name costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash("sentinel-console-dummy")


@dataclass(frozen=True)
class ConsoleUser:
    name: str
    contact_id: str  # "" when the login is not tied to a chat officer
    password_hash: str

    @property
    def actor(self) -> str:
        """The officer id written to cases and the audit log."""
        return self.contact_id or f"console:{self.name}"


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(user: ConsoleUser | None, password: str) -> bool:
    try:
        return _hasher.verify(user.password_hash if user else _DUMMY_HASH, password) and user is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def parse_users_file(text: str) -> dict[str, ConsoleUser]:
    users: dict[str, ConsoleUser] = {}
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        if len(parts) != 3 or not parts[2].startswith("$"):
            logger.warning("console users file line {}: expected `name contact_id hash`; skipped", number)
            continue
        name, contact, secret = parts
        users[name] = ConsoleUser(name, "" if contact == "-" else contact, secret)
    return users


def load_users(settings: Settings) -> dict[str, ConsoleUser]:
    """Users from the file, then SENTINEL_CONSOLE_USERS (which wins for a name in both)."""
    path = settings.console_users_path
    users = parse_users_file(path.read_text(encoding="utf-8")) if path.is_file() else {}
    for name, (contact, secret) in settings.console_users.items():
        users[name] = ConsoleUser(name, contact, secret)
    return users


def add_user_line(path: Path, name: str, contact_id: str, password: str) -> None:
    """Add (or replace) one login in the users file."""
    if not name or any(c.isspace() for c in name + contact_id):
        raise ValueError("names and contact ids must not be empty or contain spaces")
    lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
    kept = [line for line in lines if line.split()[:1] != [name]]
    kept.append(f"{name} {contact_id or '-'} {hash_password(password)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    path.chmod(0o600)


DEMO_LOGIN = "wang"


def ensure_demo_login(settings: Settings, officer_id: str) -> tuple[str, str] | None:
    """Simulator mode with no console logins configured: a login for the simulated officer, so `make
    run` shows the console with nothing to set up. The password is random, kept beside the embedded
    Redis (0600) and shown in the start-up log. Configured logins always win: then this does nothing."""
    secret_file = settings.data_dir / "console-demo-password.txt"
    users = load_users(settings)
    if users and not (DEMO_LOGIN in users and secret_file.is_file() and len(users) == 1):
        return None
    if secret_file.is_file():
        password = secret_file.read_text(encoding="utf-8").strip()
    else:
        password = secrets.token_urlsafe(9)
        secret_file.parent.mkdir(parents=True, exist_ok=True)
        secret_file.write_text(password + "\n", encoding="utf-8")
        secret_file.chmod(0o600)
    user = users.get(DEMO_LOGIN)
    if user is None or not verify_password(user, password):
        add_user_line(settings.console_users_path, DEMO_LOGIN, officer_id, password)
    return DEMO_LOGIN, password
