"""Quality figures for the detector on labelled messages: precision, recall, false-positive rate, F1,
per category, per source file and per tag, and a confusion matrix. A message counts as flagged when
the detector's action is not `ignore`."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from bot.datasets import Labelled
from bot.detect.verdict import CATEGORIES, Verdict

# The product's quality targets (issue #2); the quality test and `eval` read them from here.
TARGETS = {
    "scam_recall": 0.95,
    "mask_scam_recall": 0.97,
    "victim_escalated": 0.90,
    "benign_fpr": 0.02,
    "hard_negative_fpr": 0.03,
}


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


@dataclass
class Evaluation:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    by_category: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    by_source: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    by_tag: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    confusion: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))

    def add(self, item: Labelled, verdict: Verdict) -> None:
        flagged = verdict.action != "ignore"
        scam = item.label == "scam"
        if scam:
            self.tp += flagged
            self.fn += not flagged
        else:
            self.fp += flagged
            self.tn += not flagged
        marks = {"n": 1, "flagged": int(flagged), "escalated": int(verdict.action == "escalate")}
        true_kind = item.category or ("scam" if scam else "benign")
        self.by_category[true_kind].update(marks)
        self.by_source[item.source].update({**marks, "scam": int(scam)})
        for tag in item.tags:
            self.by_tag[tag].update(marks)
        self.confusion[true_kind][verdict.category if flagged else "benign"] += 1

    def report(self) -> dict[str, Any]:
        precision = _ratio(self.tp, self.tp + self.fp)
        recall = _ratio(self.tp, self.tp + self.fn)
        f1 = round(2 * precision * recall / (precision + recall), 4) if precision and recall else None
        return {
            "overall": {
                "n": self.tp + self.fp + self.fn + self.tn,
                "precision": precision,
                "recall": recall,
                "false_positive_rate": _ratio(self.fp, self.fp + self.tn),
                "f1": f1,
                "tp": self.tp,
                "fp": self.fp,
                "fn": self.fn,
                "tn": self.tn,
            },
            "categories": {k: _group(v) for k, v in sorted(self.by_category.items())},
            "sources": {k: _group(v) for k, v in sorted(self.by_source.items())},
            "tags": {k: _group(v) for k, v in sorted(self.by_tag.items())},
            "confusion": {k: dict(v) for k, v in sorted(self.confusion.items())},
        }


def _group(counts: Counter[str]) -> dict[str, Any]:
    return {
        "n": counts["n"],
        "flag_rate": _ratio(counts["flagged"], counts["n"]),
        "escalate_rate": _ratio(counts["escalated"], counts["n"]),
    }


def target_checks(report: dict[str, Any], hard_negative_tag: str = "hard_negative") -> dict[str, tuple[float, bool]]:
    """Each target that the data can speak to: (measured value, met?)."""
    cats = report["categories"]
    out: dict[str, tuple[float, bool]] = {}
    overall = report["overall"]
    if overall["recall"] is not None:
        out["scam_recall"] = (overall["recall"], overall["recall"] >= TARGETS["scam_recall"])
    if overall["false_positive_rate"] is not None:
        fpr = overall["false_positive_rate"]
        out["benign_fpr"] = (fpr, fpr <= TARGETS["benign_fpr"])
    if "mask_scam" in cats:
        value = cats["mask_scam"]["flag_rate"]
        out["mask_scam_recall"] = (value, value >= TARGETS["mask_scam_recall"])
    if "victim_report" in cats:
        value = cats["victim_report"]["escalate_rate"]
        out["victim_escalated"] = (value, value >= TARGETS["victim_escalated"])
    if hard_negative_tag in report["tags"]:
        value = report["tags"][hard_negative_tag]["flag_rate"]
        out["hard_negative_fpr"] = (value, value <= TARGETS["hard_negative_fpr"])
    return out


def format_report(title: str, report: dict[str, Any]) -> str:
    o = report["overall"]
    lines = [
        f"== {title}: {o['n']} messages",
        f"precision {_f(o['precision'])}  recall {_f(o['recall'])}  "
        f"false-positive rate {_f(o['false_positive_rate'])}  F1 {_f(o['f1'])}  "
        f"(tp {o['tp']} fp {o['fp']} fn {o['fn']} tn {o['tn']})",
        "per true category (flagged = warn or escalate):",
    ]
    for name, g in report["categories"].items():
        lines.append(f"  {name:<16} n={g['n']:<6} flagged {_f(g['flag_rate'])}  escalated {_f(g['escalate_rate'])}")
    if len(report["sources"]) > 1:
        lines.append("per file:")
        for name, g in report["sources"].items():
            lines.append(f"  {name:<40} n={g['n']:<6} flagged {_f(g['flag_rate'])}")
    if report["tags"]:
        lines.append("per tag:")
        for name, g in report["tags"].items():
            lines.append(f"  {name:<20} n={g['n']:<6} flagged {_f(g['flag_rate'])}")
    predicted = [c for c in CATEGORIES]
    lines.append("confusion (rows: true, columns: predicted):")
    lines.append("  " + " " * 16 + "".join(f"{c[:12]:>14}" for c in predicted))
    for name, row in report["confusion"].items():
        lines.append(f"  {name:<16}" + "".join(f"{row.get(c, 0):>14}" for c in predicted))
    checks = target_checks(report)
    if checks:
        lines.append(
            "targets: " + "  ".join(f"{k} {v:.4f} {'ok' if met else 'MISSED'}" for k, (v, met) in checks.items())
        )
    return "\n".join(lines)


def _f(value: float | None) -> str:
    return "  -   " if value is None else f"{value:.4f}"
