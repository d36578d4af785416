"""The command line, run as a user runs it: `python main.py ...` in a subprocess."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], cwd=cwd, capture_output=True, text=True, timeout=300
    )


def test_check_json_for_a_mask_scam() -> None:
    result = cli("check", "--json", "N95口罩现货，先付款后发货，加微信abc12345，卡号6222021234567890128")
    assert result.returncode == 0, result.stderr
    verdict = json.loads(result.stdout)
    assert verdict["action"] != "ignore" and verdict["category"] == "mask_scam"
    assert verdict["entities"]["wechat_ids"] == ["abc12345"]
    assert verdict["reasons"]


def test_check_human_readable_for_a_notice() -> None:
    result = cli("check", "社区通知：明天上午在居委会免费发放口罩，每户5个，请带身份证。")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ignore")


def test_scan_keeps_order_and_ids_and_reports_bad_lines(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    lines = ['{"id": "x1", "text": "口罩现货，先转账后发货，加V信 kz8888"}', "{oops", '{"text": "今晚村里放电影"}']
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = cli("scan", str(source), "--out", str(out), "--workers", "2")
    assert result.returncode == 1  # one bad line
    assert f"{source}:2: invalid JSON" in result.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["x1", "3"]
    assert records[0]["action"] != "ignore" and records[1]["action"] == "ignore"
    summary = json.loads(result.stderr.strip().splitlines()[-1])["summary"]
    assert summary["messages"] == 2 and summary["errors"] == 1


def test_scan_csv_content_column(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("content,label\n我转了500定金买口罩，对方把我拉黑了,1\n", encoding="utf-8")
    result = cli("scan", str(source))
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout.splitlines()[0])
    assert record["id"] == "2" and record["action"] == "escalate"


def test_eval_prints_metrics_and_baseline(tmp_path: Path) -> None:
    source = tmp_path / "l.jsonl"
    rows = [
        {"text": "N95口罩有货，先付款再发货，加微信详聊", "label": "scam", "category": "mask_scam"},
        {"text": "我付了300块定金，卖口罩的把我删了，怎么办", "label": "scam", "category": "victim_report"},
        {"text": "明天下午三点村委会开会，请各户派代表参加", "label": "benign", "category": "benign"},
    ]
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    result = cli("eval", str(source), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)[str(source)]
    assert set(report) == {"detector", "keyword baseline"}
    overall = report["detector"]["overall"]
    assert overall["n"] == 3 and overall["recall"] == 1.0 and overall["false_positive_rate"] == 0.0
    text = cli("eval", str(source), "--no-baseline")
    assert "precision" in text.stdout and "confusion" in text.stdout


def test_rules_check_reports_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text("rules:\n  - id: x\n    category: nonsense\n", encoding="utf-8")
    result = cli("rules", "check", str(tmp_path))
    assert result.returncode == 1
    assert "bad.yaml:" in result.stderr
    assert cli("rules", "check").returncode == 0


def test_env_example_is_generated_from_settings(tmp_path: Path) -> None:
    out = tmp_path / "env.example"
    assert cli("config", "example", "--out", str(out)).returncode == 0
    assert out.read_text(encoding="utf-8") == (ROOT / ".env.example").read_text(encoding="utf-8")


def test_bad_setting_is_a_clear_error() -> None:
    import os

    env = {**os.environ, "SENTINEL_WARN_THRESHOLD": "2"}
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "config", "check"], capture_output=True, text=True, env=env
    )
    assert result.returncode == 2 and "SENTINEL_WARN_THRESHOLD='2'" in result.stderr


def test_fusion_settings_reach_the_detector() -> None:
    """`check` on a message only the model flags (no rule fires): raising SENTINEL_MODEL_ALONE above its
    score silences it, so the setting is read and used, not just validated."""
    import os

    text = "尊敬的用户，恭喜您获得本月幸运抽奖资格，点击链接领取iPhone，逾期作废"
    runs = {
        alone: subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "check", "--json", text],
            capture_output=True,
            text=True,
            env={**os.environ, "SENTINEL_MODEL_ALONE": alone, "REDIS_URL": ""},
        )
        for alone in ("0.5", "1")
    }
    low, high = (json.loads(runs[a].stdout) for a in ("0.5", "1"))
    assert not low["rule_hits"] and low["action"] != "ignore", low
    assert high["action"] == "ignore" and high["score"] == low["score"]
