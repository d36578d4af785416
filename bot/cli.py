"""The one command line: run, deliver, check, scan, eval, train, rules, config, console."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from bot.config import ConfigError, Settings, env_example, load_settings
from bot.datasets import DEV_FILE, HANDWRITTEN_DIR, PROBES_DIR, TRAIN_FILE


def _settings() -> Settings:
    try:
        return load_settings()
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        raise SystemExit(2) from None


def _detector_kwargs(settings: Settings, rules_only: bool = False) -> dict[str, Any]:
    return {
        "rules_dir": settings.rules_dir,
        "model_dir": None if rules_only else settings.model_path,
        "thresholds": settings.thresholds,
    }


def _load_detector(settings: Settings, rules_only: bool = False) -> Any:
    from bot.detect import Detector
    from bot.detect.rules import RuleLoadError

    try:
        return Detector.load(**_detector_kwargs(settings, rules_only))
    except (RuleLoadError, FileNotFoundError, ValueError) as exc:
        print(f"cannot load the detector: {exc}", file=sys.stderr)
        raise SystemExit(2) from None


def cmd_check(args: argparse.Namespace) -> int:
    detector = _load_detector(_settings())
    verdict = detector.check(" ".join(args.text))
    if args.json:
        print(json.dumps(verdict.to_dict(), ensure_ascii=False, indent=2))
        return 0
    print(f"{verdict.action}  ({verdict.label}, {verdict.category}, score {verdict.score:.2f})")
    for reason in verdict.reasons:
        print(f"  - {reason}")
    for kind, values in verdict.entities.items():
        if values:
            print(f"  {kind}: {', '.join(values)}")
    return 0


def cmd_scan(args: argparse.Namespace) -> int:
    from bot.scan import scan

    settings = _settings()
    _load_detector(settings)  # fail fast, with a clear message, before starting workers
    path = Path(args.file)
    if not path.is_file():
        print(f"{path}: no such file", file=sys.stderr)
        return 2
    out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout  # noqa: SIM115
    try:
        summary = scan(path, out, _detector_kwargs(settings), workers=args.workers)
    finally:
        if out is not sys.stdout:
            out.close()
    print(json.dumps({"summary": summary}, ensure_ascii=False), file=sys.stderr)
    return 1 if summary["errors"] else 0


def cmd_eval(args: argparse.Namespace) -> int:
    from bot.datasets import LineError, read_labelled
    from bot.evaluation import Evaluation, format_report

    settings = _settings()
    detectors = {"detector": _load_detector(settings)}
    if not args.no_baseline:
        detectors["keyword baseline"] = _load_detector(settings, rules_only=True)
    results: dict[str, dict[str, Any]] = {}
    errors = 0
    for name in args.files:
        evals = {key: Evaluation() for key in detectors}
        for item in read_labelled([Path(name)]):
            if isinstance(item, LineError):
                errors += 1
                print(f"error: {item}", file=sys.stderr)
                continue
            for key, detector in detectors.items():
                evals[key].add(item, detector.check(item.text))
        results[name] = {key: ev.report() for key, ev in evals.items()}
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        for name, reports in results.items():
            for key, report in reports.items():
                print(format_report(f"{name} — {key}", report))
                print()
    return 1 if errors else 0


def cmd_train(args: argparse.Namespace) -> int:
    from bot.training import train

    settings = _settings()
    extra = []
    if args.with_feedback:
        from bot.feedback import load_feedback

        extra = load_feedback(settings)
        print(f"officer feedback labels: {len(extra)}")
    meta = train(
        settings.model_path,
        train_files=[Path(p) for p in args.train_file or [TRAIN_FILE]],
        handwritten=[Path(p) for p in args.handwritten or [HANDWRITTEN_DIR]],
        chat=[] if args.no_chat else [Path(p) for p in args.chat or [PROBES_DIR]],
        dev_file=Path(args.dev_file),
        extra=extra,
        rules_dir=settings.rules_dir,
    )
    from bot.evaluation import format_report

    chat_rows = meta["chat_model"]["training_data"]["chat_rows"] if "chat_model" in meta else 0
    print(
        f"trained on {meta['training_data']['rows']} messages (chat model: {chat_rows} more) in {meta['train_seconds']} s"
    )
    print(format_report(f"held-out {meta['dev_metrics']['file']}", meta["dev_report"]))
    print(f"model written to {settings.model_path}")
    return 0


def cmd_rules(args: argparse.Namespace) -> int:
    from bot.detect.rules import check_rules

    directory = Path(args.dir) if args.dir else _settings().rules_dir
    errors = check_rules(directory)
    for error in errors:
        print(error, file=sys.stderr)
    if errors:
        print(f"{len(errors)} error(s) in {directory}", file=sys.stderr)
        return 1
    print(f"rules in {directory}: ok")
    return 0


def cmd_config(args: argparse.Namespace) -> int:
    if args.action == "example":
        Path(args.out).write_text(env_example(), encoding="utf-8")
        print(f"wrote {args.out}")
        return 0
    settings = _settings()
    print("settings ok" + (" (WeChat)" if settings.uses_wechat else " (simulator)"))
    return 0


def _read_password() -> str:
    import getpass

    if not sys.stdin.isatty():  # scripts: `echo secret | main.py console add-user wang`
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("password: ")
    if first != getpass.getpass("again: "):
        print("the passwords differ", file=sys.stderr)
        raise SystemExit(2)
    return first


def cmd_console(args: argparse.Namespace) -> int:
    from bot.web.console.users import add_user_line, hash_password

    password = _read_password()
    if len(password) < 8:
        print("use a password of at least 8 characters", file=sys.stderr)
        return 2
    if args.action == "hash-password":
        print(hash_password(password))
        return 0
    if not args.name:
        print("usage: main.py console add-user NAME [--officer CONTACT_ID]", file=sys.stderr)
        return 2
    path = Path(args.file) if args.file else _settings().console_users_path
    add_user_line(path, args.name, args.officer or "", password)
    print(f"console login {args.name!r} saved in {path}")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from bot.app import run

    return run(_settings())


def cmd_deliver(args: argparse.Namespace) -> int:
    from bot.app import run_deliver

    return run_deliver(_settings())


def cmd_pack(args: argparse.Namespace) -> int:
    from bot import pack_admin

    if args.action != "list" and not args.target:
        print(f"usage: main.py pack {args.action} {'FILE' if args.action == 'publish' else 'NAME'}", file=sys.stderr)
        return 2
    settings = _settings()
    if args.action == "publish":
        return pack_admin.publish(settings, Path(args.target))
    if args.action == "rollback":
        return pack_admin.rollback(settings, args.target)
    return pack_admin.list_packs(settings)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py", description="反诈哨兵 Sentinel — anti-scam bot")
    sub = parser.add_subparsers(dest="command", required=True)

    sub.add_parser("run", help="run the bot (WeChat if a puppet service is configured, else the simulator)")
    sub.add_parser(
        "deliver",
        help="post escalations to the webhook only (any number of these share the work; officer pings stay with `run`)",
    )

    p = sub.add_parser("check", help="verdict for one message")
    p.add_argument("--json", action="store_true")
    p.add_argument("text", nargs="+")

    p = sub.add_parser("scan", help="verdicts for every message of a .jsonl/.csv/.txt file")
    p.add_argument("file")
    p.add_argument("--out", help="write JSON lines here instead of stdout")
    p.add_argument("--workers", type=int, default=0, help="processes (default: one per core)")

    p = sub.add_parser("eval", help="quality on labelled files (a directory means its .csv/.jsonl files)")
    p.add_argument("files", nargs="+")
    p.add_argument("--json", action="store_true")
    p.add_argument("--no-baseline", action="store_true", help="skip the keyword-only baseline")

    p = sub.add_parser("train", help="train on data/train.jsonl and data/handwritten/, report on data/dev.jsonl")
    p.add_argument("--with-feedback", action="store_true", help="include officers' confirmed/false-positive labels")
    p.add_argument(
        "--train-file",
        action="append",
        help="template training data (.jsonl or a folder of them; repeatable; default: data/train.jsonl)",
    )
    p.add_argument(
        "--handwritten",
        action="append",
        help="hand-written training data, weighted half (repeatable; default: data/handwritten/)",
    )
    p.add_argument(
        "--chat",
        action="append",
        help="realistic group chat for the group-chat model, weighted half (repeatable; default: data/probes/)",
    )
    p.add_argument("--no-chat", action="store_true", help="train the general model only")
    p.add_argument("--dev-file", default=str(DEV_FILE), help="held-out data reported on (.jsonl)")

    p = sub.add_parser("rules", help="rule files")
    p.add_argument("action", choices=["check"])
    p.add_argument("dir", nargs="?", help="rules folder (default: SENTINEL_RULES_DIR)")

    p = sub.add_parser("console", help="officer web console logins (password read from the terminal or stdin)")
    p.add_argument("action", choices=["add-user", "hash-password"])
    p.add_argument("name", nargs="?", help="login name (add-user)")
    p.add_argument("--officer", help="the officer's WeChat contact id (as in SENTINEL_OFFICERS)")
    p.add_argument("--file", help="users file (default: SENTINEL_CONSOLE_USERS_FILE)")

    p = sub.add_parser("pack", help="campaign packs from the county centre (packs/README.md)")
    p.add_argument("action", choices=["publish", "rollback", "list"])
    p.add_argument("target", nargs="?", default="", help="publish: the pack FILE; rollback: the pack NAME")

    p = sub.add_parser("config", help="settings")
    p.add_argument("action", choices=["check", "example"])
    p.add_argument("--out", default=".env.example")
    return parser


COMMANDS = {
    "run": cmd_run,
    "deliver": cmd_deliver,
    "pack": cmd_pack,
    "check": cmd_check,
    "scan": cmd_scan,
    "eval": cmd_eval,
    "train": cmd_train,
    "rules": cmd_rules,
    "config": cmd_config,
    "console": cmd_console,
}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return COMMANDS[args.command](args)
