"""Cold start: median wall and CPU time of fresh `lawreport` processes, against the 250 ms target.

Each command runs N times as a new process; wall time is measured around it and CPU
time (user + system) is the child's own, from wait4, so a machine busy with other
work inflates the first but hardly the second. It prints, it never asserts.

    python benchmarks/bench_cold_start.py [--runs 11] [--empty-cache]

--empty-cache gives every run a new, empty cache directory (XDG_CACHE_HOME): the
first run after installing lawreport or editing the catalog, which compiles it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_620d212c5825e8e7.txt"
TARGET_MS = 250


def command() -> list[str]:
    """The installed console script beside this Python (a version manager's shim would add its own start-up)."""
    script = Path(sys.executable).with_name("lawreport")
    return [str(script)] if script.exists() else [sys.executable, "-m", "lawreport"]


def run_once(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one process."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(args)} exited {os.waitstatus_to_exitcode(status)}")
    return wall, usage.ru_utime + usage.ru_stime


def medians(args: list[str], runs: int, empty_cache: bool) -> tuple[float, float]:
    """Median wall and CPU seconds of `runs` fresh processes."""
    walls, cpus = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as cache:
            env = {**os.environ, "XDG_CACHE_HOME": cache} if empty_cache else dict(os.environ)
            wall, cpu = run_once(args, env)
        walls.append(wall)
        cpus.append(cpu)
    return statistics.median(walls), statistics.median(cpus)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11, help="processes per command (default 11)")
    parser.add_argument("--empty-cache", action="store_true", help="a new, empty cache directory for every run")
    args = parser.parse_args()

    lawreport = command()
    if not args.empty_cache:
        run_once([*lawreport, "extract", str(SEED)], dict(os.environ))  # fills the cache, as any earlier run has
    cases = (
        (f"lawreport extract {SEED.relative_to(ROOT)}", [*lawreport, "extract", str(SEED)]),
        ("lawreport --version", [*lawreport, "--version"]),
        ("python -c pass", [sys.executable, "-c", "pass"]),
    )
    if os.environ.get("PYTHONDONTWRITEBYTECODE") and not (ROOT / "lawreport" / "__pycache__").is_dir():
        print("note: PYTHONDONTWRITEBYTECODE is set and lawreport/ has no bytecode, so every run compiles "
              "its source first (`python -m compileall lawreport` writes it, as installing does)")
    print(f"median of {args.runs} runs{', each with an empty cache' if args.empty_cache else ''}; "
          f"target {TARGET_MS} ms")
    print(f"{'command':<52} {'wall ms':>8} {'CPU ms':>8}")
    for name, argv in cases:
        wall, cpu = medians(argv, args.runs, args.empty_cache)
        verdict = "" if name.startswith("python") else ("  ok" if wall * 1000 <= TARGET_MS else "  over target")
        print(f"{name:<52} {wall * 1000:8.0f} {cpu * 1000:8.0f}{verdict}")


if __name__ == "__main__":
    main()
