"""Batch throughput, parallel speed-up, peak memory and cold start of `lawreport extract`.

Builds a corpus of at least 1,000 reports and 15 MB from seeds/ (numbers
varied, every fourth file GB18030, every fourth full-width digits) under
benchmarks/corpus/ (git-ignored, reused while the seeds and settings are the
same), runs the command line on it as a user would, JSON Lines written to a
file, and prints a table. `--profile` adds where one process spends its time.

    python benchmarks/bench_batch.py [--reports 1000] [--mb 15] [--repeat 3] [--profile]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_cold_start import SEED, TARGET_MS, command, medians

SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
CORPUS = Path(__file__).resolve().parent / "corpus"
FULL_WIDTH = str.maketrans("0123456789%.", "０１２３４５６７８９％．")
NUMBER = re.compile(r"[0-9]+")


def vary(text: str, rng: random.Random) -> str:
    """Other digits of the same length; years (19xx, 20xx) stay, so reports keep their dates."""
    def new(m: re.Match[str]) -> str:
        digits = m.group()
        if len(digits) == 4 and digits[:2] in ("19", "20"):
            return digits
        first = str(rng.randint(1, 9)) if len(digits) > 1 else str(rng.randint(0, 9))
        return first + "".join(str(rng.randint(0, 9)) for _ in digits[1:])
    return NUMBER.sub(new, text)


def build_corpus(reports: int, megabytes: float) -> tuple[int, int]:
    """Write the corpus unless the one there was built from the same seeds and settings."""
    stamp = hashlib.sha256(b"".join(p.read_bytes() for p in SEEDS) + f"{reports}/{megabytes}".encode()).hexdigest()
    stamp_file = CORPUS / ".stamp"
    if stamp_file.exists() and stamp_file.read_text() == stamp:
        files = [p for p in CORPUS.rglob("*.txt")]
        return len(files), sum(p.stat().st_size for p in files)
    shutil.rmtree(CORPUS, ignore_errors=True)
    rng = random.Random(20240601)
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    count = size = 0
    while count < reports or size < megabytes * 1e6:
        text = vary(texts[count % len(texts)], rng)
        if count % 4 == 1:
            text = text.translate(FULL_WIDTH)
        raw = text.encode("gb18030" if count % 4 == 3 else "utf-8")
        path = CORPUS / f"province{count % 31:02}" / str(2019 + count % 5) / f"report{count:05}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(raw)
        count += 1
        size += len(raw)
    stamp_file.write_text(stamp)
    return count, size


def batch_run(inputs: list[Path], jobs: int, out: Path) -> tuple[float, float, int, float]:
    """Wall seconds, CPU seconds (workers included), peak RSS (KiB, the largest process) of one run, and the
    CPU seconds of the parent process alone (NaN where /proc does not tell)."""
    with open(out, "wb") as fh:
        start = time.perf_counter()
        proc = subprocess.Popen([*command(), "extract", *map(str, inputs), "--quiet", "--jobs", str(jobs)],
                                stdout=fh, stderr=subprocess.DEVNULL)
        parent = parent_cpu(proc.pid)
        _, status, usage = os.wait4(proc.pid, 0)  # the child's own usage, its waited-for workers included
        seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"lawreport exited {os.waitstatus_to_exitcode(status)} with --jobs {jobs}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, parent


def parent_cpu(pid: int) -> float:
    """The CPU seconds of process `pid` itself, read once it has exited but before it is reaped (NaN off Linux).

    Beside the whole tree's figure, it shows how much of a parallel run the process that hands out the work
    and writes the output takes: that share does not shrink with more workers.
    """
    if not hasattr(os, "waitid"):
        return float("nan")
    os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)  # a zombie keeps its /proc entry until wait4
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime and stime, own only


def best_runs(jobs_list: tuple[int, ...], out_dir: Path, repeat: int, cpus: dict[int, list[float]]
              ) -> dict[int, tuple[float, float, int, float]]:
    """Per job count, the best wall and CPU seconds, the largest peak RSS and the parent's CPU seconds in the
    run of least CPU, of `repeat` runs; `cpus` gets every run's CPU seconds, to show their spread.

    The settings take turns, so that other work on the machine weighs on each alike.
    """
    best = {jobs: (float("inf"), float("inf"), 0, float("nan")) for jobs in jobs_list}
    for _ in range(repeat):
        for jobs in jobs_list:
            seconds, cpu, rss, parent = batch_run([CORPUS], jobs, out_dir / f"jobs{jobs}.jsonl")
            cpus.setdefault(jobs, []).append(cpu)
            wall0, cpu0, rss0, parent0 = best[jobs]
            best[jobs] = (min(wall0, seconds), min(cpu0, cpu), max(rss0, rss), parent if cpu < cpu0 else parent0)
    return best


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"{cpu}, {cpus} CPUs, {platform.system()} {platform.release()}, Python {platform.python_version()}"


def profile(files: list[Path], top: int = 20) -> None:
    """Where one process spends its time: by module, then the heaviest functions."""
    import cProfile
    import pstats

    from lawreport.batch import render

    for path in files[:5]:  # compile patterns and load tables first: steady state is what a batch sees
        render(str(path), "jsonl")
    profiler = cProfile.Profile()
    start = time.perf_counter()
    profiler.enable()
    for path in files:
        render(str(path), "jsonl")  # what a batch writing JSON Lines does per report
    profiler.disable()
    seconds = time.perf_counter() - start
    size = sum(p.stat().st_size for p in files)
    print(f"\nprofile: {len(files)} reports, {size / 1e6:.1f} MB in {seconds:.2f} s under cProfile "
          f"({size / 1e6 / seconds:.2f} MB/s)")
    stats = pstats.Stats(profiler)
    stages: dict[str, float] = {}  # what the record's builder and validation call, with all they call in turn
    for (filename, _, name), (_, _, _, _, callers) in stats.stats.items():
        stage = f"{Path(filename).name}:{name}"
        for (_, _, caller), (_, _, _, cumtime) in callers.items():
            if caller in ("_record", "_validated", "render"):
                stages[stage] = stages.get(stage, 0.0) + cumtime
    print(f"{'stage (called by the record builder or render)':<48} {'s':>7}")
    for name, spent in sorted(stages.items(), key=lambda kv: -kv[1])[:14]:
        print(f"{name:<48} {spent:7.2f}")
    by_module: dict[str, float] = {}
    for (filename, _, _), (_, _, tottime, _, _) in stats.stats.items():
        name = Path(filename).name if "lawreport" in filename else (
            "pydantic" if "pydantic" in filename else "other (C: regex, str, builtins …)")
        by_module[name] = by_module.get(name, 0.0) + tottime
    total = sum(by_module.values())
    print(f"\n{'module (own time)':<40} {'s':>7} {'share':>6}")
    for name, spent in sorted(by_module.items(), key=lambda kv: -kv[1])[:12]:
        print(f"{name:<40} {spent:7.2f} {spent / total:6.1%}")
    stats.sort_stats("tottime").print_stats(top)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=1000, help="at least this many reports")
    parser.add_argument("--mb", type=float, default=15, help="at least this many megabytes")
    parser.add_argument("--repeat", type=int, default=3, help="runs per setting; the best is reported")
    parser.add_argument("--profile", action="store_true", help="also profile the pipeline in this process")
    args = parser.parse_args()

    count, size = build_corpus(args.reports, args.mb)
    mb = size / 1e6
    print(f"machine: {machine()}; load average before the runs {os.getloadavg()[0]:.2f} "
          "(other work lowers the --jobs 2 figures)")
    print(f"corpus:  {count} reports, {mb:.1f} MB in {CORPUS.relative_to(ROOT)}/ "
          f"(1/4 GB18030, 1/4 full-width digits)\n")
    halves = sorted(p for p in CORPUS.iterdir() if p.is_dir())
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        cpus: dict[int, list[float]] = {}
        runs = best_runs((1, 2), out, args.repeat, cpus)
        (one, cpu_one, rss_one, _), (two, cpu_two, rss_two, parent_two) = runs[1], runs[2]
        _, _, rss_half, _ = batch_run(halves[: len(halves) // 2], 1, out / "half.jsonl")
        jsonl_mb = (out / "jobs1.jsonl").stat().st_size / 1e6
    cold_wall, cold_cpu = medians([*command(), "extract", str(SEED)], 21, empty_cache=False)
    bare_wall, _ = medians([sys.executable, "-c", "pass"], 21, empty_cache=False)

    print(f"{'run':<18} {'seconds':>8} {'reports/s':>10} {'MB/s':>7} {'CPU s':>7} {'MB/CPU-s':>9} {'peak RSS':>9}")
    for name, seconds, cpu, rss in (("extract --jobs 1", one, cpu_one, rss_one),
                                    ("extract --jobs 2", two, cpu_two, rss_two)):
        print(f"{name:<18} {seconds:8.2f} {count / seconds:10.0f} {mb / seconds:7.2f} {cpu:7.2f} {mb / cpu:9.2f} "
              f"{rss / 1024:6.0f} MB")
    print(f"\nspeed-up --jobs 2 / --jobs 1: {one / two:.2f}x   (JSON Lines written: {jsonl_mb:.0f} MB)")
    print(f"CPU, --jobs 2 / --jobs 1: {cpu_two / cpu_one:.2f}x; the parent's share with --jobs 2: "
          f"{parent_two / cpu_two:.1%} ({parent_two:.2f} s: start-up, the walk, handing out paths, writing)")
    # A worker converts a report with the very code the one-job loop runs (same instruction count under callgrind):
    # a gap between the two CPU figures that is inside this spread is the machine's load, not the program.
    print("CPU seconds of each run: " + "; ".join(
        f"--jobs {jobs} {min(runs_cpu):.2f}-{max(runs_cpu):.2f}" for jobs, runs_cpu in cpus.items()))
    print(f"peak RSS, --jobs 1, half the corpus: {rss_half / 1024:.0f} MB (full: {rss_one / 1024:.0f} MB)")
    print(f"cold start, `lawreport extract {SEED.relative_to(ROOT)}`: {cold_wall * 1000:.0f} ms median, "
          f"{cold_cpu * 1000:.0f} ms CPU (bare `python -c pass`: {bare_wall * 1000:.0f} ms)")
    print("\nagainst the targets (issue: speed):")
    for name, value, target, met in (
            ("MB per CPU-second, one job", f"{mb / cpu_one:.2f}", ">= 5", mb / cpu_one >= 5),
            ("speed-up --jobs 2 / --jobs 1", f"{one / two:.2f}x", ">= 1.8x", one / two >= 1.8),
            ("cold start, median wall", f"{cold_wall * 1000:.0f} ms", f"<= {TARGET_MS} ms",
             cold_wall * 1000 <= TARGET_MS)):
        print(f"  {name:<32} {value:>10}  target {target:<9} {'met' if met else 'not met'}")
    print("  (the worst-case shapes and the 10 MB sentence: benchmarks/bench_linear.py)")
    if args.profile:
        profile(sorted(CORPUS.rglob("*.txt")))


if __name__ == "__main__":
    main()
