"""The committed corpus (data/train.jsonl, data/dev.jsonl) is well formed, balanced, split by family and
reproducible from data/build_corpus.py."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).resolve().parent.parent / "data"
SPLITS = ("train", "dev")
KEYS = ["id", "text", "label", "category", "family", "tags"]
CATEGORIES = {"mask_scam", "victim_report", "other_fraud", "benign"}
HARD_SUBTYPES = {
    "free_mask_notice",
    "pharmacy_restock",
    "antifraud_warning",
    "group_buy",
    "mask_chat",
    "official_sms",
    "ordinary_sms",
    "advert",
}


def load(split: str) -> list[dict[str, Any]]:
    lines = (DATA / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


@pytest.fixture(scope="module")
def corpus() -> dict[str, list[dict[str, Any]]]:
    return {split: load(split) for split in SPLITS}


def squash(text: str) -> str:
    return "".join(text.split())


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def test_rows_have_fields_in_order_and_valid_labels(corpus: dict[str, list[dict[str, Any]]]) -> None:
    ids = set()
    for rows in corpus.values():
        for row in rows:
            assert list(row) == KEYS, row
            assert row["category"] in CATEGORIES, row
            assert row["label"] == ("benign" if row["category"] == "benign" else "scam"), row
            assert isinstance(row["text"], str) and 8 <= len(row["text"]) <= 200, row
            assert isinstance(row["tags"], list) and row["family"], row
            assert re.fullmatch(r"m\d{6}", row["id"]) and row["id"] not in ids, row
            ids.add(row["id"])


def test_no_template_syntax_left(corpus: dict[str, list[dict[str, Any]]]) -> None:
    for rows in corpus.values():
        for row in rows:
            assert "|" not in row["text"] and not re.search(r"\{\w+\}", row["text"]), row


def test_tags_are_consistent(corpus: dict[str, list[dict[str, Any]]]) -> None:
    for rows in corpus.values():
        for row in rows:
            subtypes = HARD_SUBTYPES.intersection(row["tags"])
            if "hard_negative" in row["tags"]:
                assert row["category"] == "benign" and len(subtypes) == 1, row
            else:
                assert not subtypes, row
            if "evasion" in row["tags"]:
                assert row["label"] == "scam", row


def test_minimum_counts_and_balance(corpus: dict[str, list[dict[str, Any]]]) -> None:
    every = corpus["train"] + corpus["dev"]
    assert len(every) >= 3000
    for split in SPLITS:
        assert {row["category"] for row in corpus[split]} == CATEGORIES, split
    hard = [row for row in every if "hard_negative" in row["tags"]]
    assert len(hard) >= 1000
    dev_subtypes = {t for row in corpus["dev"] for t in row["tags"] if t in HARD_SUBTYPES}
    assert dev_subtypes == HARD_SUBTYPES
    counts = Counter(row["category"] for row in every)
    assert counts["mask_scam"] >= 1000 and counts["other_fraud"] >= 1000 and counts["victim_report"] >= 500
    assert counts["benign"] >= 2000
    evasive = sum("evasion" in row["tags"] for row in every if row["label"] == "scam")
    scams = sum(row["label"] == "scam" for row in every)
    assert 0.1 <= evasive / scams <= 0.3


def test_split_is_by_family(corpus: dict[str, list[dict[str, Any]]]) -> None:
    families = {split: {row["family"] for row in corpus[split]} for split in SPLITS}
    assert not families["train"] & families["dev"]
    for category in CATEGORIES:
        per_split = {split: {r["family"] for r in corpus[split] if r["category"] == category} for split in SPLITS}
        share = len(per_split["dev"]) / (len(per_split["dev"]) + len(per_split["train"]))
        assert 0.1 <= share <= 0.3, (category, share)


def test_no_text_in_both_splits(corpus: dict[str, list[dict[str, Any]]]) -> None:
    train = {squash(row["text"]) for row in corpus["train"]}
    dev = [squash(row["text"]) for row in corpus["dev"]]
    assert not train.intersection(dev)
    assert len(set(dev)) == len(dev) and len(train) == len(corpus["train"])


def test_bank_cards_are_luhn_valid(corpus: dict[str, list[dict[str, Any]]]) -> None:
    found = 0
    for rows in corpus.values():
        for row in rows:
            grouped = re.findall(r"(?<!\d)\d{4}(?: \d{4}){3}(?: \d{1,3})?(?!\d)", row["text"])
            compact = re.findall(r"(?<!\d)\d{16,19}(?!\d)", row["text"])
            for card in [g.replace(" ", "") for g in grouped] + compact:
                assert luhn_ok(card), (card, row)
                found += 1
    assert found >= 100


def test_generator_reproduces_committed_files(tmp_path: Path) -> None:
    script = DATA / "build_corpus.py"
    subprocess.run([sys.executable, str(script), "--out", str(tmp_path)], check=True, capture_output=True)
    for split in SPLITS:
        name = f"{split}.jsonl"
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), name
