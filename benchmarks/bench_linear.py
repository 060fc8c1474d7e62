"""Time and peak memory of extraction against input size, for a report sentence and each adversarial shape.

    python benchmarks/bench_linear.py               # 1 KB, 100 KB, 1 MB, 10 MB
    python benchmarks/bench_linear.py --max 1000000 # stop at 1 MB
    python benchmarks/bench_linear.py --shape digits --shape html

Each input goes the way `lawreport extract` takes it, bytes to validated record to
JSON text (the text limit lifted),
in a fresh process of its own, so that its peak memory (the growth of
the maximum resident set over the process's start, with the code and catalog
loaded) is that input's alone. Time that grows linearly shows as a steady "s/MB"
column and a last ratio near 10 (each size is ten times the one before it,
1 KB aside); a quadratic step shows as a ratio near 100. The memory columns
give the peak growth in MB and, per input byte, how many bytes it took.
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lawreport.emit import record_pieces
from lawreport.errors import LawreportError
from lawreport.pipeline import extract_record
from lawreport.watchdog import collect_less, uncollected

SENTENCE = ("2023年全区各级调解组织受理各类矛盾纠纷21493件,总计调解成功21446件,调解成功率为99.78%。"
            "全年共新收行政复议案件226件,办结行政复议案件212件,其中实体审查结案190件,纠错11件,直接纠错率5%。")
TEN_MB_SECONDS = 10  # targets: 10 MB of the report sentence within this, and no shape slower than
MIN_MB_PER_S = 1  # this many MB/s
# name -> the unit repeated up to the size; the first is the realistic one.
SHAPES = {
    "sentence": SENTENCE,
    "lines": SENTENCE + "\n",
    "digits": "0123456789",
    "rate": "率",
    "unclosed_title": "《",
    "numeral": "一",
    "percent": "5%",
    "one_clause": "调解矛盾纠纷12件,调解成功11件,调解成功率91.6%,",
    "places": "区",
    "headings": "一、",
    "brackets": "(“【《",
    "html": "<p>" + SENTENCE + "</p>\n",
    # Each of these once read a text without line breaks whole from every unit (tests/test_speed_long_lines.py).
    "lawsuits": "以区政府为被告的行政诉讼案件共373件,",
    "date_labels": "发布时间:2024-03-09 ",
    "credit": "(2023年12月),",
    "unmarked": "我市今年为困难群体提供法律援助1500余件",
}
SIZES = (1_000, 100_000, 1_000_000, 10_000_000)


def make(shape: str, size: int) -> bytes:
    """About `size` bytes of the shape's unit repeated (UTF-8); HTML is wrapped in a page."""
    unit = SHAPES[shape].encode("utf-8")
    body = unit * max(1, size // len(unit))
    if shape == "html":
        return b"<!DOCTYPE html><html><head><title>report</title></head><body><div>" + body + b"</div></body></html>"
    return body


def _max_rss_bytes() -> int:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss if sys.platform == "darwin" else rss * 1024  # Linux counts KB, macOS bytes


def measure_here(shape: str, size: int) -> dict:
    """Extract one input in this process: seconds, peak memory growth in bytes, and the outcome."""
    raw = make(shape, size)
    collect_less()  # the collector's schedule of the command line and its workers
    extract_record(SENTENCE.encode("utf-8"))  # tables and catalog built before measuring
    gc.collect()
    before = _max_rss_bytes()
    start = time.perf_counter()
    try:  # the text limit (--max-chars) is lifted: growth with size is what is measured
        with uncollected():  # written as the command line writes it: the collector held off until it is written
            record = extract_record(raw, max_chars=len(raw))
            outcome = f"{len(record['metrics'])} metrics"
            b"".join(record_pieces(record))
    except LawreportError as exc:
        outcome = f"error: {exc.kind}"
    except MemoryError:
        outcome = "error: MemoryError"
    return {"seconds": time.perf_counter() - start, "peak": _max_rss_bytes() - before, "bytes": len(raw),
            "outcome": outcome}


def measure(shape: str, size: int) -> dict:
    """measure_here in a fresh process: the resident-set maximum only ever grows within one."""
    proc = subprocess.run([sys.executable, __file__, "--child", shape, str(size)], capture_output=True, text=True,
                          check=True)
    return json.loads(proc.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max", type=int, default=SIZES[-1], help="largest size in bytes")
    parser.add_argument("--shape", action="append", choices=list(SHAPES), help="only these shapes")
    parser.add_argument("--child", nargs=2, metavar=("SHAPE", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure_here(args.child[0], int(args.child[1]))))
        return
    sizes = [s for s in SIZES if s <= args.max]
    header = ("shape".ljust(16) + "".join(f"{s // 1000:>9} KB" for s in sizes) + "     s/MB  ratio"
              + "".join(f"{s // 1000:>8} KB" for s in sizes) + "  bytes/B  outcome")
    print(" " * 16 + "seconds".center(11 * len(sizes) + 16) + "peak memory growth, MB".center(11 * len(sizes)))
    print(header)
    slowest: list[tuple[float, str]] = []
    for shape in args.shape or SHAPES:
        results = [measure(shape, size) for size in sizes]
        times = [r["seconds"] for r in results]
        per_mb = times[-1] / (sizes[-1] / 1e6)
        ratio = times[-1] / times[-2] if len(times) > 1 and times[-2] > 0 else float("nan")
        per_byte = results[-1]["peak"] / results[-1]["bytes"]
        print(shape.ljust(16) + "".join(f"{t:>10.3f}s" for t in times) + f"{per_mb:>9.3f}{ratio:>7.1f}"
              + "".join(f"{r['peak'] / 1e6:>11.1f}" for r in results)
              + f"{per_byte:>9.0f}  {results[-1]['outcome']}", flush=True)
        slowest.append((sizes[-1] / 1e6 / times[-1], shape))
        if shape == "sentence" and sizes[-1] >= 10_000_000:
            met = "met" if times[-1] <= TEN_MB_SECONDS else "not met"
            print(f"  {sizes[-1] // 1_000_000} MB of the report sentence: {times[-1]:.1f} s "
                  f"(target <= {TEN_MB_SECONDS} s for 10 MB: {met})")
    below = [f"{name} {rate:.2f}" for rate, name in sorted(slowest) if rate < MIN_MB_PER_S]
    print(f"\nMB/s at {sizes[-1] // 1000} KB, against the target of no shape below {MIN_MB_PER_S} MB/s: "
          + (", ".join(below) + " (below)" if below else "every shape at or above it"))


if __name__ == "__main__":
    main()
