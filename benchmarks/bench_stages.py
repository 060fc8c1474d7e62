"""Throughput of single pipeline stages, each against its target; prints figures, asserts nothing.

    python benchmarks/bench_stages.py             # every stage
    python benchmarks/bench_stages.py --repeat 9  # best of 9 runs instead of 5

Each stage runs once before it is timed (tables, catalog and indexes built), then the
best of --repeat runs is shown: the figure least disturbed by other work on the machine.
The long runs of one character shape are the inputs that tempt a backtracking pattern
or a quadratic step in the number scanner; linear code takes well under a second on each.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lawreport import regions
from lawreport.institutions import find_institutions
from lawreport.normalize import normalize
from lawreport.numbers import scan

SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
PARAGRAPH = (
    "2023年,宝山区司法局在区委、区政府的坚强领导下,深入贯彻落实习近平法治思想,按照《上海法治政府建设规划》要求,"
    "坚持将法治作为宝山科创中心主阵地、国际化大都市主城区的重要保障,推动法治宝山建设再上新台阶。"
    "全面推行行政执法三项制度,组织执法人员培训12期,开展行政执法案卷评查,评查案卷356件,"
    "组织赴深圳市坪山区学习考察,受理各类矛盾纠纷21493件,调解成功21446件,调解成功率为99.78%。"
)
LONG_RUNS = {
    "digits": "1" * 1_000_000, "yi": "一" * 1_000_000, "dotted": "1.1.1." * 170_000, "percent": "%" * 100_000,
    "yi-ge": "一个" * 500_000, "plus": "1+" * 500_000, "mixed-cn": "十余万" * 300_000,
    "digits-after-letter": "x" + "1" * 1_000_000,
}


def best(function: Callable[[], object], repeat: int) -> float:
    """Seconds of the fastest of `repeat` runs, after one untimed run."""
    function()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def seed_text() -> str:
    return "".join(path.read_text(encoding="utf-8") for path in SEEDS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per stage; the best is shown")
    repeat = parser.parse_args().repeat

    wide = seed_text().replace(",", "，").replace(":", "：").replace("(", "（").replace(")", "）") * 40
    size = len(wide.encode("utf-8"))
    seconds = best(lambda: normalize(wide), repeat)
    print(f"normalize, seeds x40 in full-width punctuation ({size / 1e6:.1f} MB): "
          f"{size / seconds / 1e6:.1f} MB/s  (target 50 MB/s)")

    texts = [normalize(path.read_text(encoding="utf-8")) for path in SEEDS]
    seconds = best(lambda: [scan(text) for text in texts], repeat)
    print(f"numbers.scan, the {len(texts)} seeds: {seconds * 1000:.1f} ms  (target 15 ms)")

    report = (PARAGRAPH * (20_000 // len(PARAGRAPH) + 1))[:20_000]
    def resolve_afresh() -> object:
        regions._scan_body.cache_clear()  # the scan of the report, kept for find_institutions, made again
        return regions.resolve(report)

    seconds = best(resolve_afresh, repeat)
    print(f"regions.resolve, a 20,000-character report: {seconds * 1000:.2f} ms  (target 5 ms)")

    seeds = (normalize(seed_text()) * 2)[:20_000]
    region = regions.resolve(seeds)
    seconds = best(lambda: find_institutions(seeds, region), repeat)  # resolve's scan reused, as in the pipeline
    print(f"find_institutions, 20,000 characters of the seeds: {seconds * 1000:.2f} ms  (target 5 ms)")

    print("numbers.scan on long runs of one shape:")
    for name, text in LONG_RUNS.items():
        seconds = best(lambda text=text: scan(text), max(1, repeat // 2))
        print(f"  {name:<20} {len(text):>9,} chars  {seconds:.3f} s")


if __name__ == "__main__":
    main()
