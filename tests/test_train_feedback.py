"""`train --with-feedback`: officers' labels from Redis become training rows, recorded in the artifact."""

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

from bot.detect.model import META_FILE, TextModel
from bot.redis_conn import open_redis
from bot.store import Store

ROOT = Path(__file__).resolve().parent.parent


def sample(source: Path, target: Path, every: int) -> None:
    lines = source.read_text(encoding="utf-8").splitlines()[::every]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")


async def add_labels(data_dir: Path) -> None:
    client, close = await open_redis("", data_dir)
    try:
        store = Store(client)
        await store.add_feedback(1, "口罩现货先付款，加我微信 kz2020", "scam", "mask_scam", "officer_wang")
        await store.add_feedback(2, "社区明天免费发口罩，带身份证", "benign", "benign", "officer_wang")
        await store.add_feedback(3, "我付了定金对方把我拉黑了", "scam", "victim_report", "officer_li")
    finally:
        await close()


def test_officer_labels_join_the_training_data(tmp_path: Path) -> None:
    asyncio.run(add_labels(tmp_path))
    sample(ROOT / "data" / "train.jsonl", tmp_path / "train.jsonl", 30)
    sample(ROOT / "data" / "dev.jsonl", tmp_path / "dev.jsonl", 40)
    sample(ROOT / "data" / "handwritten" / "village.jsonl", tmp_path / "written.jsonl", 10)
    sample(ROOT / "data" / "probes" / "group_a.jsonl", tmp_path / "chat.jsonl", 3)
    env = {
        **os.environ,
        "SENTINEL_DATA_DIR": str(tmp_path),
        "SENTINEL_MODEL_PATH": str(tmp_path / "model"),
        "REDIS_URL": "",
    }
    args = ["train", "--with-feedback", "--train-file", str(tmp_path / "train.jsonl")]
    args += ["--handwritten", str(tmp_path / "written.jsonl"), "--dev-file", str(tmp_path / "dev.jsonl")]
    args += ["--chat", str(tmp_path / "chat.jsonl")]
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], env=env, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stderr
    assert "officer feedback labels: 3" in result.stdout
    meta = json.loads((tmp_path / "model" / META_FILE).read_text(encoding="utf-8"))
    data = meta["training_data"]
    assert data["feedback_rows"] == 3 and list(data["files"]) == ["train.jsonl", "written.jsonl"]
    written = len((tmp_path / "written.jsonl").read_text(encoding="utf-8").splitlines())
    assert data["handwritten_rows"] == written and data["handwritten_weight"] == 0.5
    assert sum(data["per_category"].values()) == data["rows"] + 3
    assert TextModel.load(tmp_path / "model").classes  # the artifact loads
    chat = json.loads((tmp_path / "model" / "chat" / META_FILE).read_text(encoding="utf-8"))["training_data"]
    assert list(chat["files"]) == ["train.jsonl", "written.jsonl", "chat.jsonl"] and chat["feedback_rows"] == 3
    assert chat["chat_rows"] == len((tmp_path / "chat.jsonl").read_text(encoding="utf-8").splitlines())
    assert TextModel.load(tmp_path / "model" / "chat").classes


def test_training_without_chat_data_leaves_no_stale_chat_model(tmp_path: Path) -> None:
    """A chat model trained beside an older general model must not be paired with a new one."""
    sample(ROOT / "data" / "train.jsonl", tmp_path / "train.jsonl", 30)
    sample(ROOT / "data" / "dev.jsonl", tmp_path / "dev.jsonl", 40)
    sample(ROOT / "data" / "handwritten" / "village.jsonl", tmp_path / "written.jsonl", 10)
    stale = tmp_path / "model" / "chat"
    stale.mkdir(parents=True)
    (stale / META_FILE).write_text("{}", encoding="utf-8")
    env = {
        **os.environ,
        "SENTINEL_DATA_DIR": str(tmp_path),
        "SENTINEL_MODEL_PATH": str(tmp_path / "model"),
        "REDIS_URL": "",
    }
    args = [
        "train",
        "--no-chat",
        "--train-file",
        str(tmp_path / "train.jsonl"),
        "--dev-file",
        str(tmp_path / "dev.jsonl"),
    ]
    args += ["--handwritten", str(tmp_path / "written.jsonl")]
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], env=env, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "model" / META_FILE).exists() and not stale.exists()
