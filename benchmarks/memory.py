"""The memory a benchmarked command and its worker processes hold, sampled from outside.

An import forks worker processes that read a large return side by side
(``safeboard.returns.parallel_read``). The maximum resident set of one process
misses them, and adding resident sets counts twice the pages a forked worker
shares with its parent; the proportional set size (PSS) counts each shared page
once in all. Sampled from the benchmark's own process: a sampling thread inside
the command would keep it from forking workers at all.
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

INTERVAL_S = 0.25  # how often the memory of the command's processes is sampled


def tree_pss_mib(pid: int) -> float:
    """The memory a process and its descendants hold now: the sum of their PSS, in MiB."""
    pids, total_kib = [pid], 0
    while pids:
        current = pids.pop()
        try:
            for children in Path(f"/proc/{current}/task").glob("*/children"):
                pids += [int(child) for child in children.read_text().split()]
            rollup = Path(f"/proc/{current}/smaps_rollup").read_text()
        except OSError:  # it has just ended
            continue
        for line in rollup.splitlines():
            if line.startswith("Pss:"):
                total_kib += int(line.split()[1])
                break
    return total_kib / 1024


def run_sampled(args: list[str], env: dict, sample: bool = True):
    """Run a command to its end: (completed process, wall seconds, peak MiB of all its
    processes, or 0.0 when not sampled)."""
    started = time.perf_counter()
    process = subprocess.Popen(  # noqa: S603
        args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    peak = 0.0
    while sample and process.poll() is None:
        peak = max(peak, tree_pss_mib(process.pid))
        time.sleep(INTERVAL_S)
    stdout, stderr = process.communicate()
    seconds = time.perf_counter() - started
    done = subprocess.CompletedProcess(args, process.returncode, stdout, stderr)
    return done, seconds, peak
