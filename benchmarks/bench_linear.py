"""Time extraction against input size for a report sentence and each adversarial shape.

    python benchmarks/bench_linear.py               # 1 KB, 100 KB, 1 MB, 10 MB
    python benchmarks/bench_linear.py --max 1000000 # stop at 1 MB
    python benchmarks/bench_linear.py --shape digits --shape html

Each input goes the whole way, bytes to validated record (pipeline.extract on
bytes), in this process. Time that grows linearly shows as a steady "s/MB"
column and a last ratio near 10 (each size is ten times the one before it,
1 KB aside); a quadratic step shows as a ratio near 100.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lawreport.errors import LawreportError  # noqa: E402
from lawreport.pipeline import extract, extract_file  # noqa: E402

SENTENCE = ("2023年全区各级调解组织受理各类矛盾纠纷21493件,总计调解成功21446件,调解成功率为99.78%。"
            "全年共新收行政复议案件226件,办结行政复议案件212件,其中实体审查结案190件,纠错11件,直接纠错率5%。")
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
}
SIZES = (1_000, 100_000, 1_000_000, 10_000_000)


def make(shape: str, size: int) -> bytes:
    """About `size` bytes of the shape's unit repeated (UTF-8); HTML is wrapped in a page."""
    unit = SHAPES[shape].encode("utf-8")
    body = unit * max(1, size // len(unit))
    if shape == "html":
        return b"<!DOCTYPE html><html><head><title>report</title></head><body><div>" + body + b"</div></body></html>"
    return body


def seconds(raw: bytes) -> tuple[float, str]:
    gc.collect()
    start = time.perf_counter()
    try:
        report = extract_file(raw)
        outcome = f"{len(report.metrics)} metrics"
    except LawreportError as exc:
        outcome = f"error: {exc.kind}"
    return time.perf_counter() - start, outcome


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max", type=int, default=SIZES[-1], help="largest size in bytes")
    parser.add_argument("--shape", action="append", choices=list(SHAPES), help="only these shapes")
    args = parser.parse_args()
    sizes = [s for s in SIZES if s <= args.max]
    extract(SENTENCE)  # tables and catalog built before timing
    header = "shape".ljust(16) + "".join(f"{s // 1000:>9} KB" for s in sizes) + "     s/MB  ratio  outcome"
    print(header)
    for shape in args.shape or SHAPES:
        row, times, outcome = shape.ljust(16), [], ""
        for size in sizes:
            elapsed, outcome = seconds(make(shape, size))
            times.append(elapsed)
            row += f"{elapsed:>10.3f}s"
        per_mb = times[-1] / (sizes[-1] / 1e6)
        ratio = times[-1] / times[-2] if len(times) > 1 and times[-2] > 0 else float("nan")
        print(f"{row}{per_mb:>9.3f}{ratio:>7.1f}  {outcome}", flush=True)


if __name__ == "__main__":
    main()
