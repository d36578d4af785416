"""Detector speed against bare jieba tokenisation, in one run on the same messages.

Prints msgs/s for `Detector.check` and for `jieba.lcut`, their ratio (target >= 0.5: the whole detector
costs at most twice bare tokenisation), p50/p99 latency per message (target p99 <= 2 ms), load time
(target < 2 s) and peak RSS (target <= 250 MB). Run with `make bench`.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def messages(limit: int) -> list[str]:
    texts: list[str] = []
    for name in ("dev.jsonl", "train.jsonl"):
        with (ROOT / "data" / name).open(encoding="utf-8") as handle:
            texts.extend(json.loads(line)["text"] for line in handle if line.strip())
    return texts[:limit]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=4000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    started = time.perf_counter()
    import jieba

    from bot.detect import Detector

    detector = Detector.load()
    detector.check("口罩现货，先付款后发货")  # first check loads jieba's dictionary: part of load time
    load_s = time.perf_counter() - started

    texts = messages(args.messages)
    latencies: list[float] = []
    round_ratios: list[float] = []
    detector_s = jieba_s = 0.0
    for _ in range(args.rounds):  # interleave rounds so machine noise hits both sides alike
        t0 = time.perf_counter()
        for text in texts:
            jieba.lcut(text)
        jieba_round = time.perf_counter() - t0
        t0 = time.perf_counter()
        for text in texts:
            t = time.perf_counter()
            detector.check(text)
            latencies.append(time.perf_counter() - t)
        detector_round = time.perf_counter() - t0
        round_ratios.append(jieba_round / detector_round)
        jieba_s += jieba_round
        detector_s += detector_round
    latencies.sort()
    n = len(texts) * args.rounds
    det_rate, jieba_rate = n / detector_s, n / jieba_s
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {
        "messages": len(texts),
        "rounds": args.rounds,
        "avg_chars": round(sum(map(len, texts)) / len(texts), 1),
        "detector_msgs_per_s": round(det_rate),
        "jieba_msgs_per_s": round(jieba_rate),
        # The median of the rounds' ratios: a round the shared host slowed on one side only does not
        # decide the figure. Every round's ratio is printed beside it.
        "ratio": round(statistics.median(round_ratios), 3),
        "ratio_per_round": " ".join(f"{r:.3f}" for r in round_ratios),
        "p50_ms": round(latencies[len(latencies) // 2] * 1000, 3),
        "p99_ms": round(latencies[int(len(latencies) * 0.99)] * 1000, 3),
        "load_s": round(load_s, 2),
        "peak_rss_mb": round(rss_mb, 1),
    }
    targets = {
        "ratio": result["ratio"] >= 0.5,
        "p99_ms": result["p99_ms"] <= 2.0,
        "load_s": result["load_s"] < 2.0,
        "peak_rss_mb": result["peak_rss_mb"] <= 250,
    }
    for key, value in result.items():
        mark = "" if key not in targets else ("  ok" if targets[key] else "  MISSED")
        print(f"{key:<22}{value}{mark}")


if __name__ == "__main__":
    main()
