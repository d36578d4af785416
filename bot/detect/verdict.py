"""The detector's answer for one message."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Literal

Action = Literal["ignore", "warn", "escalate"]
Label = Literal["scam", "benign"]
Category = Literal["mask_scam", "victim_report", "other_fraud", "benign"]

CATEGORIES: tuple[Category, ...] = ("mask_scam", "victim_report", "other_fraud", "benign")
SCAM_CATEGORIES: tuple[Category, ...] = ("mask_scam", "victim_report", "other_fraud")
ENTITY_KINDS: tuple[str, ...] = ("phones", "bank_cards", "wechat_ids", "qq", "alipay", "urls", "amounts")

Entities = dict[str, list[str]]


def empty_entities() -> Entities:
    return {kind: [] for kind in ENTITY_KINDS}


@dataclass(frozen=True)
class RuleHit:
    """One rule that matched a message. `weight` is negative for allow-patterns."""

    rule_id: str
    category: Category
    weight: float
    reason: str
    matched: tuple[str, ...] = ()


_HIT_FIELDS = fields(RuleHit)


@dataclass
class Verdict:
    action: Action
    label: Label
    category: Category
    score: float
    reasons: list[str] = field(default_factory=list)
    entities: Entities = field(default_factory=empty_entities)
    rule_hits: list[RuleHit] = field(default_factory=list)
    model_score: float = 0.0
    known_bad: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """What `asdict` gives, built shallowly: asdict deep-copies every value, which cost ~10% of
        `scan`'s time. The values are strings and numbers, so copying the containers is enough."""
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["reasons"] = list(self.reasons)
        data["entities"] = {kind: list(values) for kind, values in self.entities.items()}
        data["rule_hits"] = [{f.name: getattr(hit, f.name) for f in _HIT_FIELDS} for hit in self.rule_hits]
        data["known_bad"] = list(self.known_bad)
        return data

    def account_values(self) -> list[str]:
        """Every extracted account (not amounts): what officers stop payments on."""
        return [v for kind, values in self.entities.items() if kind != "amounts" for v in values]
