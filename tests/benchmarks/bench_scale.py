"""Benchmark of checks, backups and the command line at 100,000 cases (issue 17). Not a test.

Builds the database once (``casetracker synth --cases 100000 --filings-per-case 50
--big-case-filings 2000``) unless it exists, then measures on a private copy::

    python tests/benchmarks/bench_scale.py                      # this checkout
    python tests/benchmarks/bench_scale.py --before-src OLD/src # also an older one

Every command runs in a fresh process, as a user's script would, ``--runs`` times;
the median is reported (the machine may be shared: say so with the figures). With
``--before-src`` the same commands run on the older code (same interpreter and
packages, its ``src`` first on PYTHONPATH), on its own copy of the database.

Reported, with the issue's targets:

- opening the database (``open_database``, no backup), and ``show``, ``search``,
  ``deadline --case`` and ``agenda`` (≤ 0.5 s each), ``cases --json`` (≤ 3 s, all
  rows), and the first command of the day (which made the backup inline before);
- a week of daily backups: the time of each and the disk they use together, against
  7 full copies (< 15 %); the restore of the oldest one, checked;
- peak memory (``ru_maxrss``) of ``export`` and of the archive's ``import``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

BIG = Path("/work/bench/big100k.sqlite3")
SYNTH = ("synth", "--cases", "100000", "--filings-per-case", "50", "--big-case-filings", "2000")
MONDAY = datetime(2026, 11, 2, 9, 0)
DAYS = 7


def build(path: Path) -> None:
    """Build the database under a temporary name and rename it: another run may race."""
    if path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.stem}.building-{os.getpid()}.sqlite3")
    started = time.monotonic()
    subprocess.run(cli(None, temp, *SYNTH), check=True, env=environment(None))
    with closing(sqlite3.connect(temp)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    if path.exists():
        temp.unlink()
    else:
        temp.rename(path)
    print(f"built {path} in {time.monotonic() - started:.0f} s", flush=True)


# Peak memory is read in the process itself (VmHWM): a child's rusage counts the
# memory of the parent that forked it.
PEAK = (
    "import resource, sys; from casetracker.cli import main; code = main(sys.argv[1:]); "
    "print(next(l for l in open('/proc/self/status') if l.startswith('VmHWM')), file=sys.stderr); "
    "u = resource.getrusage(resource.RUSAGE_SELF); "
    "print('CPU:', u.ru_utime + u.ru_stime, file=sys.stderr); sys.exit(code)"
)
CPU: dict[str, list[float]] = {}  # CPU seconds of each command's runs: the machine is shared


def cli(src: Path | None, db: Path, *args: str) -> list[str]:
    return [sys.executable, "-c", PEAK, "--db", str(db), *args]


def environment(src: Path | None, **extra: str) -> dict[str, str]:
    env = {**os.environ, "CASETRACKER_BACKGROUND_BACKUPS": "off", **extra}
    if src is not None:
        env["PYTHONPATH"] = str(src)
    return env


def timed(command: list[str], env: dict[str, str]) -> tuple[float, int, bytes]:
    """Seconds, peak memory (KiB) and standard output of one run of ``command``."""
    started = time.monotonic()
    done = subprocess.run(command, capture_output=True, env=env, check=False)
    seconds = time.monotonic() - started
    if done.returncode:
        raise SystemExit(f"{' '.join(command[3:])} failed: {done.stderr.decode()[:300]}")
    hwm = done.stderr.decode().split("VmHWM:")
    cpu = done.stderr.decode().split("CPU:")
    if len(cpu) > 1:
        CPU.setdefault(" ".join(command[5:7]), []).append(float(cpu[1].split()[0]))
    return seconds, int(hwm[1].split()[0]) if len(hwm) > 1 else 0, done.stdout


def median_of(runs: int, command: list[str], env: dict[str, str]) -> float:
    return statistics.median(timed(command, env)[0] for _ in range(runs))


def open_seconds(src: Path | None, db: Path, runs: int) -> float:
    code = (
        "import sys,time;from pathlib import Path;"
        "from casetracker.store.database import open_database;"
        "t=time.monotonic();d=open_database(Path(sys.argv[1]),auto_backup=False);"
        "print(time.monotonic()-t);d.close()"
    )
    return statistics.median(
        float(subprocess.run(
            [sys.executable, "-c", code, str(db)],
            capture_output=True, text=True, check=True, env=environment(src),
        ).stdout)
        for _ in range(runs)
    )  # fmt: skip


def command_figures(src: Path | None, db: Path, runs: int) -> dict[str, float]:
    env = environment(src)
    with closing(sqlite3.connect(db)) as conn:
        big_case = conn.execute(
            "SELECT case_id FROM filings GROUP BY case_id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()[0]
    figures = {"open": open_seconds(src, db, runs)}
    commands: dict[str, Sequence[str]] = {
        "show (2,000 filings)": ("show", str(big_case)),
        "show --json": ("show", str(big_case), "--json"),
        "search quispe": ("search", "quispe"),
        "deadline --case": ("deadline", "2026-03-02", "5", "--case", str(big_case)),
        "agenda": ("agenda", "--days", "14", "--from", "2026-03-02"),
        "cases --json": ("cases", "--json"),
    }
    for name, args in commands.items():
        CPU.clear()
        figures[name] = median_of(runs, cli(src, db, *args), env)
        figures[f"{name} (CPU s)"] = statistics.median(next(iter(CPU.values()), [0.0]))
    rows = json.loads(timed(cli(src, db, "cases", "--json"), env)[2])
    figures["cases --json rows"] = float(len(rows))
    return figures


def first_command_of_the_day(src: Path | None, db: Path) -> dict[str, float]:
    """``show 1`` when no backup was made today: the old code made it inline.

    The new code starts it in the background: its end is waited for (the backup's
    file appears), so that it does not run under the figures that follow.
    """
    env = environment(src, CASETRACKER_BACKGROUND_BACKUPS="on")
    started = time.monotonic()
    figures = {"first command of the day": timed(cli(src, db, "show", "1"), env)[0]}
    folder = db.parent / "backups"

    def made() -> bool:  # the backup under its final name, not its hidden temporary copy
        return any(not p.name.startswith(".") for p in folder.glob("*-auto.*"))

    while not made() and time.monotonic() - started < 3600:
        time.sleep(1)
    figures["day's backup done after (s)"] = time.monotonic() - started
    return figures


def a_days_work(db: Path, day: int) -> None:
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("UPDATE cases SET summary = ? WHERE id % 997 = ?", (f"día {day}", day))
        conn.execute(
            "UPDATE deadlines SET notes = notes || ? WHERE id % 1999 = ?", (f" {day}", day)
        )
        conn.commit()


def week_of_backups(src: Path | None, db: Path) -> dict[str, float]:
    """Seven daily backups of a database changed a little each day, then a restore."""
    code = (
        "import sys,time;from datetime import datetime;from pathlib import Path;"
        "from casetracker.store.backup import daily_backup;"
        "t=time.monotonic();daily_backup(Path(sys.argv[1]),now=datetime.fromisoformat(sys.argv[2]));"
        "print(time.monotonic()-t)"
    )
    folder = db.parent / "backups"
    shutil.rmtree(folder, ignore_errors=True)
    seconds = []
    for day in range(DAYS):
        a_days_work(db, day)
        when = (MONDAY + timedelta(days=day)).isoformat()
        done = subprocess.run(
            [sys.executable, "-c", code, str(db), when],
            capture_output=True, text=True, check=True, env=environment(src),
        )  # fmt: skip
        seconds.append(float(done.stdout))
    used = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    copies = sorted(p for p in folder.iterdir() if p.is_file() and "-auto." in p.name)
    one_copy = used / DAYS if copies[0].suffix == ".sqlite3" else 0
    figures = {
        "daily backup (median s)": statistics.median(seconds),
        f"{DAYS} daily backups on disk (MB)": used / 1e6,
        f"{DAYS} full copies (MB)": (one_copy or db.stat().st_size) * DAYS / 1e6,
    }
    figures[f"{DAYS} backups / {DAYS} full copies (%)"] = (
        100 * used / (figures[f"{DAYS} full copies (MB)"] * 1e6)
    )
    target = db.parent / "restored" / "restored.sqlite3"
    shutil.rmtree(target.parent, ignore_errors=True)
    target.parent.mkdir()
    figures["restore oldest (s)"], _peak, _out = timed(
        cli(src, target, "restore", str(copies[0])), environment(src)
    )
    with closing(sqlite3.connect(target)) as conn:
        figures["restored cases"] = float(conn.execute("SELECT count(*) FROM cases").fetchone()[0])
        summary = conn.execute("SELECT summary FROM cases WHERE id = 997").fetchone()[0]
    figures["restored is day 0"] = float(summary == "día 0")
    shutil.rmtree(target.parent, ignore_errors=True)
    return figures


def archive_memory(src: Path | None, db: Path) -> dict[str, float]:
    archive = db.parent / "archive.json"
    env = environment(src)
    seconds, peak, _out = timed(cli(src, db, "export", str(archive)), env)
    figures = {"export (s)": seconds, "export peak (MB)": peak / 1024}
    figures["archive (MB)"] = archive.stat().st_size / 1e6
    target = db.parent / "imported.sqlite3"
    seconds, peak, _out = timed(cli(src, target, "import", str(archive)), env)
    figures.update({"import (s)": seconds, "import peak (MB)": peak / 1024})
    archive.unlink()
    for side in ("", "-wal", "-shm"):
        Path(f"{target}{side}").unlink(missing_ok=True)
    return figures


def measure(
    label: str, src: Path | None, source: Path, work: Path, runs: int, parts: set[str]
) -> dict[str, float]:
    folder = work / label
    folder.mkdir()
    db = folder / "big.sqlite3"
    shutil.copyfile(source, db)  # the built file is never written: other runs share it
    print(f"[{label}] measuring on {db}", flush=True)
    figures: dict[str, float] = {}
    if "commands" in parts:
        figures.update(first_command_of_the_day(src, db))
        figures.update(command_figures(src, db, runs))
        print(f"[{label}] {json.dumps(figures)}", flush=True)
    if "backups" in parts:
        figures.update(week_of_backups(src, db))
        print(f"[{label}] {json.dumps(figures)}", flush=True)
    if "archive" in parts:
        figures.update(archive_memory(src, db))
    shutil.rmtree(folder, ignore_errors=True)
    return figures


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=BIG, help="the 100,000-case database")
    parser.add_argument("--before-src", type=Path, help="the src folder of the older code")
    parser.add_argument("--runs", type=int, default=3, help="runs of each command (median)")
    parser.add_argument(
        "--parts", default="commands,backups,archive", help="commands, backups, archive"
    )
    parser.add_argument(
        "--before-parts", default="commands", help="what to measure on the older code"
    )
    parser.add_argument("--work", type=Path, default=None, help="folder for the copies")
    parser.add_argument("--days", type=int, default=7, help="daily backups to make (a week: 7)")
    args = parser.parse_args(argv)
    global DAYS
    DAYS = args.days
    build(args.db)
    parts = set(args.parts.split(","))
    work = Path(tempfile.mkdtemp(prefix="bench-scale-", dir=args.work or args.db.parent))
    results = {}
    try:
        if args.before_src is not None:
            before_parts = set(args.before_parts.split(",")) & parts
            results["before"] = measure(
                "before", args.before_src, args.db, work, args.runs, before_parts
            )
        results["after"] = measure("after", None, args.db, work, args.runs, parts)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    load = os.getloadavg()
    print(f"\nload average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} on {os.cpu_count()} CPUs")
    names = list(dict.fromkeys(k for figures in results.values() for k in figures))
    print(f"{'figure':<34}" + "".join(f"{label:>14}" for label in results))
    for name in names:
        cells = "".join(f"{results[label].get(name, float('nan')):>14.2f}" for label in results)
        print(f"{name:<34}{cells}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
