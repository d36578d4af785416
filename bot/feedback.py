"""Officers' verdicts on cases (确认 / 误报 / 举报 outcomes) as training rows for `train --with-feedback`."""

from __future__ import annotations

from bot.config import Settings
from bot.datasets import Labelled
from bot.store import export_feedback


def load_feedback(settings: Settings) -> list[Labelled]:
    rows = []
    for item in export_feedback(settings.redis_url, settings.data_dir):
        category = item.get("category") or ("other_fraud" if item["label"] == "scam" else "benign")
        rows.append(Labelled(str(item["text"]), str(item["label"]), str(category), f"case:{item['case']}", 0))
    return rows
