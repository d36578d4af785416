"""`main.py scan` on a million realistic messages: messages/s on all cores and peak memory.

Generates N messages (default 1,000,000) from the corpus texts (data/train.jsonl + data/dev.jsonl)
with random variations (names, numbers, emoji, evasion spellings, full-width, spacing) into a temp
.jsonl, runs `python main.py scan FILE --out OUT` as a subprocess and samples the memory of its whole
process tree (the scan and its worker processes) every 0.2 s. Targets: >= 3,000 msgs/s with both
cores, peak RSS <= 500 MB.

    .venv/bin/python bench/scan_1m.py             # the full million (~5 min on two cores)
    .venv/bin/python bench/scan_1m.py --n 200000  # shorter
    .venv/bin/python bench/scan_1m.py --profile   # also: where one worker's time goes (cProfile)

RSS summed over processes counts pages the forked workers share with their parent once per process,
so it overstates; PSS (shared pages split between the processes sharing them) is printed beside it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import psutil

ROOT = Path(__file__).resolve().parent.parent
NAMES = ["张阿姨", "李大爷", "王姐", "刘师傅", "陈经理", "赵老师", "孙大妈", "周叔", "吴医生", "郑会计"]
EMOJI = ["😷", "🙏", "👍", "❤️", "🔥", "💰", "🎉", "😀", "🌹", "👉"]
EVASIONS = {
    "微信": ["V信", "vx", "薇信", "微❤信", "威信"],
    "口罩": ["kou罩", "口.罩", "扣罩"],
    "支付宝": ["zfb", "支fu宝"],
}
FULL_WIDTH = str.maketrans({chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)})


def corpus() -> list[str]:
    texts: list[str] = []
    for name in ("train.jsonl", "dev.jsonl"):
        with (ROOT / "data" / name).open(encoding="utf-8") as handle:
            texts.extend(json.loads(line)["text"] for line in handle if line.strip())
    return texts


def vary(text: str, rng: random.Random) -> str:
    """One realistic variation of a corpus message (most messages get one or two changes)."""
    roll = rng.random()
    if roll < 0.25:
        text = "".join(rng.choice("0123456789") if ch.isdigit() else ch for ch in text)
    elif roll < 0.4:
        for word, spellings in EVASIONS.items():
            if word in text:
                text = text.replace(word, rng.choice(spellings), 1)
    elif roll < 0.5:
        text = text.translate(FULL_WIDTH) if rng.random() < 0.3 else " ".join(text.split("，"))
    if rng.random() < 0.3:
        text = f"{rng.choice(NAMES)}：{text}"
    if rng.random() < 0.3:
        at = rng.randrange(len(text) + 1)
        text = text[:at] + rng.choice(EMOJI) * rng.randint(1, 3) + text[at:]
    if rng.random() < 0.05:
        text = f"{text} 联系{rng.choice(['1', '13', '15', '18'])}{rng.randrange(10**8, 10**9)}"
    return text


def generate(path: Path, n: int, seed: int) -> None:
    rng = random.Random(seed)
    texts = corpus()
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            text = vary(rng.choice(texts), rng)
            out.write(json.dumps({"id": f"b{i:07d}", "text": text}, ensure_ascii=False) + "\n")


class TreeMemory:
    """Samples RSS and PSS summed over a process and all its descendants."""

    def __init__(self, pid: int, interval: float = 0.2) -> None:
        self.root = psutil.Process(pid)
        self.interval = interval
        self.peak_rss = 0
        self.peak_pss = 0
        self.peak_procs = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *_: Any) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                procs = [self.root, *self.root.children(recursive=True)]
            except psutil.NoSuchProcess:
                return
            rss = pss = 0
            for proc in procs:
                try:
                    info = proc.memory_full_info()
                except (psutil.NoSuchProcess, psutil.AccessDenied):
                    continue
                rss += info.rss
                pss += getattr(info, "pss", info.rss)
            self.peak_rss = max(self.peak_rss, rss)
            self.peak_pss = max(self.peak_pss, pss)
            self.peak_procs = max(self.peak_procs, len(procs))
            self._stop.wait(self.interval)


def run_scan(src: Path, out: Path, workers: int) -> dict[str, Any]:
    cmd = [sys.executable, "main.py", "scan", str(src), "--out", str(out)]
    if workers:
        cmd += ["--workers", str(workers)]
    env = {**os.environ, "SENTINEL_LOG_LEVEL": "WARNING"}
    started = time.perf_counter()
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err, env=env)
        with TreeMemory(proc.pid) as memory:
            code = proc.wait()
        seconds = time.perf_counter() - started
        cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the scan and its reaped workers
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    if code != 0:
        raise SystemExit(f"scan failed ({code}):\n{stderr[-3000:]}")
    summary: dict[str, Any] = next(
        (json.loads(line)["summary"] for line in stderr.splitlines() if line.startswith('{"summary"')), {}
    )
    return {
        "seconds": seconds,
        "summary": summary,
        "peak_rss_mb": memory.peak_rss / 2**20,
        "peak_pss_mb": memory.peak_pss / 2**20,
        "processes": memory.peak_procs,
        "cpu_seconds": (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime),
    }


def profile_worker(src: Path, count: int = 20_000) -> None:
    """Where a worker's time goes: cProfile of the detector over the first `count` messages."""
    import cProfile
    import pstats

    sys.path.insert(0, str(ROOT))
    from bot.detect.detector import Detector

    detector = Detector.load()
    with src.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for _, line in zip(range(count), handle, strict=False)]
    profiler = cProfile.Profile()
    profiler.enable()
    for text in texts:
        json.dumps(detector.check(text).to_dict(), ensure_ascii=False)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=1_000_000, help="messages to generate and scan")
    parser.add_argument("--workers", type=int, default=0, help="scan processes (default: one per core)")
    parser.add_argument("--seed", type=int, default=2020)
    parser.add_argument("--keep", action="store_true", help="keep the generated and output files")
    parser.add_argument("--profile", action="store_true", help="cProfile the detector on 20,000 of the messages")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="sentinel-scan-bench-"))
    src, out = folder / "messages.jsonl", folder / "verdicts.jsonl"
    started = time.perf_counter()
    generate(src, args.n, args.seed)
    print(
        f"generated {args.n:,} messages ({src.stat().st_size / 2**20:.0f} MB) in {time.perf_counter() - started:.0f} s"
    )
    try:
        if args.profile:
            profile_worker(src)
        result = run_scan(src, out, args.workers)
        with out.open(encoding="utf-8") as handle:
            lines = sum(1 for _ in handle)
    finally:
        if not args.keep:
            for path in (src, out):
                path.unlink(missing_ok=True)
            folder.rmdir()
    rate = args.n / result["seconds"]
    cores = args.workers or os.cpu_count()
    print(f"scanned {lines:,} messages in {result['seconds']:.1f} s with {cores} workers: {rate:,.0f} msgs/s")
    print(f"peak memory of the process tree ({result['processes']} processes): ")
    print(f"  RSS summed {result['peak_rss_mb']:.0f} MB, PSS summed {result['peak_pss_mb']:.0f} MB")
    per_cpu_s = args.n / result["cpu_seconds"]
    print(
        f"CPU time of the scan tree: {result['cpu_seconds']:.0f} s = {per_cpu_s:,.0f} msgs per CPU-second, "
        f"{result['cpu_seconds'] / result['seconds']:.2f} cores busy on average "
        f"(on {cores} otherwise idle cores at most ~{per_cpu_s * (cores or 1):,.0f} msgs/s)"
    )
    print(f"actions: {result['summary'].get('actions')}")
    print(f"load average during the run: {os.getloadavg()[0]:.2f} (other work on the machine slows this down)")
    ok = lines == args.n and rate >= 3000 and result["peak_rss_mb"] <= 500
    print(f"targets (>= 3,000 msgs/s, RSS <= 500 MB, every message answered): {'met' if ok else 'NOT met'}")
    print(json.dumps({"n": args.n, "msgs_per_s": round(rate), **result, "lines": lines}, ensure_ascii=False))


if __name__ == "__main__":
    main()
