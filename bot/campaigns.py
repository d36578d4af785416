"""Near-same offers: MinHash signatures over character 3-grams of the normalised text, and LSH band
keys to find candidates. Pure: no Redis; bot/store.py keeps the index, handlers/campaign.py decides.

Why MinHash and not SimHash: group offers are short (20-80 characters, 20-60 distinct 3-grams). On
our corpus one swapped word ("现货" -> "有货") moves a 64-bit SimHash by ~10 bits, so "Hamming <= 3"
only ever caught edits the normaliser already removes. MinHash estimates the Jaccard similarity of
the 3-gram sets directly: that swap keeps J ~ 0.77. Over 180,000 pairs of different scam messages of
the corpus, every pair with J >= 0.6 came from the same scam template (a wave), none across templates.

Before shingling, digit runs become "#" and Latin runs (WeChat ids, URLs) "@": a changed phone
number or shop id leaves the text the same (accounts are matched on their own, exactly).

LSH: 60 hashes in 20 bands of 3 rows. Two texts share at least one band with probability
1 - (1 - J^3)^20: 0.99 at J = 0.6, 0.02 at J = 0.1. A shared band is only a candidate: the full
signatures must agree on at least SIMILAR of their positions (estimated J) to merge.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.detect.normalise import strip_for_compare

SHINGLE = 3
BANDS = 20
ROWS = 3
NUM_HASHES = BANDS * ROWS
MIN_SHINGLES = 8  # shorter texts say too little to be compared ("加微信#")
SIMILAR = 0.6
# A growing campaign pings the officers again when it reaches this many groups.
UPDATE_AT_GROUPS = (2, 5, 10, 20, 50, 100)

_PRIME = (1 << 61) - 1
_rng = random.Random(2020)  # fixed: every process must compute the same signature
_A = tuple(_rng.randrange(1, _PRIME) for _ in range(NUM_HASHES))
_B = tuple(_rng.randrange(0, _PRIME) for _ in range(NUM_HASHES))
_RUNS = re.compile(r"[0-9]+|[a-z][a-z0-9_.\-]*")


@dataclass(frozen=True)
class Fingerprint:
    signature: tuple[int, ...]  # empty when the text is too short to compare

    @property
    def bands(self) -> list[str]:
        """One LSH bucket name per band ("band:digest"); empty when there is no signature."""
        if not self.signature:
            return []
        out = []
        for band in range(BANDS):
            rows = self.signature[band * ROWS : (band + 1) * ROWS]
            digest = hashlib.blake2b(",".join(map(str, rows)).encode(), digest_size=8).hexdigest()
            out.append(f"{band}:{digest}")
        return out


def features(text: str) -> str:
    """The compared form: normalised, no punctuation/emoji/space, numbers and Latin ids as placeholders."""
    return _RUNS.sub(lambda m: "#" if m.group()[0].isdigit() else "@", strip_for_compare(text))


def shingles(text: str) -> frozenset[str]:
    s = features(text)
    if len(s) < SHINGLE:
        return frozenset({s}) if s else frozenset()
    return frozenset(s[i : i + SHINGLE] for i in range(len(s) - SHINGLE + 1))


def _base_hash(shingle: str) -> int:
    return int.from_bytes(hashlib.blake2b(shingle.encode(), digest_size=8).digest(), "big")


def fingerprint(text: str) -> Fingerprint:
    grams = shingles(text)
    if len(grams) < MIN_SHINGLES:
        return Fingerprint(())
    bases = [_base_hash(g) for g in grams]
    signature = tuple(min((a * x + b) % _PRIME for x in bases) for a, b in zip(_A, _B, strict=True))
    return Fingerprint(signature)


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of two signatures (0 when either is missing)."""
    if not a or len(a) != len(b):
        return 0.0
    return sum(x == y for x, y in zip(a, b, strict=True)) / len(a)


def encode(signature: Sequence[int]) -> str:
    return ",".join(f"{x:x}" for x in signature)


def decode(raw: str) -> tuple[int, ...]:
    try:
        return tuple(int(x, 16) for x in raw.split(",")) if raw else ()
    except ValueError:
        return ()


def update_due(groups_before: int, groups_after: int) -> int | None:
    """The group-count threshold this growth crossed (for one update ping), or None."""
    crossed = [n for n in UPDATE_AT_GROUPS if groups_before < n <= groups_after]
    return crossed[-1] if crossed else None
