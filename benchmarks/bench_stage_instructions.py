"""Instructions each pipeline stage executes over corpus reports, counted by callgrind; prints, asserts nothing.

    python benchmarks/bench_stage_instructions.py               # 60 reports after 20 that warm the caches
    python benchmarks/bench_stage_instructions.py --reports 120 --warm 40

Needs valgrind (callgrind and callgrind_annotate). Instruction counts do not move with other work on the
machine, so two versions of the code compare by them where their timings would drown in noise.

A child process builds the records of the benchmark corpus's reports (benchmarks/bench_batch.py builds it),
once as it is, which leaves the patterns they ask for compiled in the user cache, then under callgrind:
`--warm` of them first, uncounted apart, so that every table and cache a run builds once is built;
then `--reports` others, each stage called through a C function of the standard library no stage calls
itself (itertools' iterators, functools.reduce, operator.methodcaller, a context's run), whose inclusive
cost callgrind_annotate gives: the stage's own, its every call included. Stages caching what they read
of a report (the regions of its text) are counted where they first read it, not where they read it
again, as a second call of a stage would count them.
"""

from __future__ import annotations

import argparse
import contextvars
import functools
import itertools
import operator
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

# stage -> (where it is called from: the module attribute the pipeline reads, its name; the C symbol it runs under)
STAGES = {
    "normalize": ("pipeline", "normalize_mapped", "starmap_next"),
    "outline": ("pipeline", "Outline", "dropwhile_next"),
    "documents": ("pipeline", "find_documents", "takewhile_next"),
    "metadata": ("pipeline", "read_metadata", "filterfalse_next"),
    "interpret": ("pipeline", "_interpreted", "zip_longest_next"),
    "  number scan": ("pipeline", "scan", "groupby_next"),
    "  checks": ("checks", "run", "context_run"),
    "initiatives": ("pipeline", "find_initiatives", "compress_next"),
    "institutions": ("pipeline", "find_institutions", "cycle_next"),
    "years": ("pipeline", "find_years", "tee_next"),
    "assemble": ("pipeline", "assemble", "functools_reduce"),
    "record, not validated": ("pipeline", "_record", "methodcaller_call"),
}
WHOLE = "product_new"  # what the whole record (build_plain_record: the record validated) is run under


def _through_predicate(call: Callable[[Callable[[object], bool]], object], answer: bool) -> Callable[[Callable[[], Any]], Any]:
    """A runner calling f from a predicate handed to `call` (which runs it inside its C function), the predicate
    answering `answer` so that the iterator yields."""
    def run(f: Callable[[], Any]) -> Any:
        box: list[Any] = []

        def predicate(_: object) -> bool:
            box.append(f())
            return answer
        call(predicate)
        return box[0]
    return run


# symbol -> how to call a function of no arguments from inside that C function, returning its result
RUNNERS: dict[str, Callable[[Callable[[], Any]], Any]] = {
    "starmap_next": lambda f: next(itertools.starmap(f, [()])),
    "dropwhile_next": _through_predicate(lambda p: next(itertools.dropwhile(p, [0])), False),
    "takewhile_next": _through_predicate(lambda p: next(itertools.takewhile(p, [0])), True),
    "filterfalse_next": _through_predicate(lambda p: next(itertools.filterfalse(p, [0])), False),
    "groupby_next": _through_predicate(lambda p: next(itertools.groupby([0], key=p)), False),
    "zip_longest_next": lambda f: next(itertools.zip_longest(f() for _ in (0,)))[0],
    "compress_next": lambda f: next(itertools.compress((f() for _ in (0,)), [1])),
    "cycle_next": lambda f: next(itertools.cycle(f() for _ in (0,))),
    "tee_next": lambda f: next(itertools.tee(f() for _ in (0,))[0]),
    "functools_reduce": lambda f: functools.reduce(lambda _, __: f(), [0], None),
    "methodcaller_call": lambda f: operator.methodcaller("__call__")(f),
    "context_run": lambda f: contextvars.copy_context().run(f),
}


def _under(symbol: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """function, called from inside the C function named symbol."""
    run = RUNNERS[symbol]

    def call(*args: Any, **kwargs: Any) -> Any:
        return run(functools.partial(function, *args, **kwargs))
    return call


def child(paths: list[Path], warm: int) -> None:
    """The records of paths, the first `warm` as the pipeline runs them, the others stage by stage under STAGES'
    symbols and whole under WHOLE's."""
    from lawreport import checks, pipeline
    from lawreport.load import load

    for path in paths[:warm]:
        pipeline.build_plain_record(load(path))
    modules = {"pipeline": pipeline, "checks": checks}
    for module, name, symbol in STAGES.values():
        setattr(modules[module], name, _under(symbol, getattr(modules[module], name)))
    sources = [load(path) for path in paths[warm:]]
    for source in sources:
        itertools.product(pipeline.build_plain_record(source) for _ in (0,))


def _inclusive(annotated: str) -> dict[str, int]:
    """Of each symbol callgrind_annotate lists, its inclusive instructions: the first line naming it, the largest (the
    lines after it name the symbol with the headers of functions inlined into it)."""
    costs: dict[str, int] = {}
    for line in annotated.splitlines():
        m = re.match(r"\s*([\d,]+) \([^)]*\)\s+\S*:(\w+)(?: \[.*\])?$", line)
        if m and m.group(2) not in costs:
            costs[m.group(2)] = int(m.group(1).replace(",", ""))
    return costs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reports", type=int, default=60, help="reports counted (default 60)")
    parser.add_argument("--warm", type=int, default=20, help="reports run first, uncounted (default 20)")
    parser.add_argument("--skip", type=int, default=80, help="reports of the sorted corpus passed over first (default 80)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    from bench_batch import CORPUS, build_corpus


    def chosen() -> list[Path]:  # (listed after the corpus is built: the parent builds it, the child finds it)
        return sorted(CORPUS.rglob("*.txt"))[args.skip:args.skip + args.warm + args.reports]
    if args.child:
        child(chosen(), args.warm)
        return
    missing = [tool for tool in ("valgrind", "callgrind_annotate") if shutil.which(tool) is None]
    if missing:
        sys.exit(f"bench_stage_instructions: needs {' and '.join(missing)} on PATH (valgrind's callgrind)")
    build_corpus(1000, 15)
    counted = chosen()[args.warm:]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        env = {**os.environ, "PYTHONHASHSEED": "0", "LAWREPORT_TIMEOUT": "100000"}
        run = [sys.executable, __file__, "--child", "--reports", str(args.reports), "--warm", str(args.warm),
               "--skip", str(args.skip)]
        # A run first as it is, which leaves every pattern the reports ask for compiled in the user cache: the counted
        # run reads them from there, as every run after a first does.
        subprocess.run(run, env=env, check=True, stdout=subprocess.DEVNULL)
        subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *run],
                       env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        annotated = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", str(out)],
                                   capture_output=True, text=True, check=True).stdout
    costs = _inclusive(annotated)
    whole = costs.get(WHOLE, 0)
    size = sum(p.stat().st_size for p in counted)
    print(f"{len(counted)} reports of {CORPUS.relative_to(ROOT)}/ ({size / 1e6:.2f} MB) after {args.warm} warming "
          f"the caches; Python {sys.version.split()[0]}")
    print(f"{'stage':24} {'M instr.':>9} {'per report':>11} {'share':>6}")
    for stage, (_, _, symbol) in STAGES.items():
        cost = costs.get(symbol, 0)
        print(f"{stage:24} {cost / 1e6:9.0f} {cost / 1e6 / len(counted):10.2f}M {cost / whole:6.1%}" if whole else stage)
    print(f"{'record, validated':24} {whole / 1e6:9.0f} {whole / 1e6 / len(counted):10.2f}M "
          f"({whole / size:.0f} per byte of input)")


if __name__ == "__main__":
    main()
