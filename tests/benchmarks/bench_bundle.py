"""Size and cold start of the standalone bundle (issue 16). Not a pytest test.

Build the bundle first (``bash packaging/build.sh``), then::

    python tests/benchmarks/bench_bundle.py [--bundle dist/casetracker] [--db demo.sqlite3]

Reports the bundle folder's size with its biggest parts, and the time from starting
the program to its main window being shown on a virtual X screen (Xvfb, the xcb
platform as a user's desktop), the median of ``--runs`` launches. Before each launch
the file cache is dropped (``/proc/sys/vm/drop_caches``, root only) so that every
launch reads the bundle from disk: a cold start. When that is not permitted the
launches are warm, and the report says so.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_MB = 150
TARGET_COLD_S = 1.0


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def biggest_parts(bundle: Path, count: int = 12) -> list[tuple[str, int]]:
    """The largest files and package folders under ``_internal``."""
    internal = bundle / "_internal"
    parts: dict[str, int] = {}
    for entry in internal.iterdir():
        if entry.is_dir() and entry.name != "PySide6":
            parts[entry.name + "/"] = folder_size(entry)
        elif entry.is_file() and not entry.is_symlink():
            parts[entry.name] = entry.stat().st_size
    qt = internal / "PySide6"
    if qt.is_dir():
        for entry in qt.rglob("*"):
            if entry.is_file() and not entry.is_symlink() and entry.stat().st_size > 2**20:
                parts[str(entry.relative_to(internal))] = entry.stat().st_size
    return sorted(parts.items(), key=lambda item: -item[1])[:count]


def drop_caches() -> bool:
    """Empty the kernel's file cache; False when this user may not."""
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError:
        return False
    return True


def window_shown(display: str, name: str) -> bool:
    tree = subprocess.run(
        ["xwininfo", "-root", "-tree", "-display", display],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    return f'"{name}' in tree


def launch(program: Path, db: Path, display: str, cold: bool) -> float:
    """Seconds from starting ``program`` to its main window existing on ``display``."""
    if cold:
        drop_caches()
    home = tempfile.mkdtemp()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("QT_")},
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "HOME": home,
        "XDG_CONFIG_HOME": f"{home}/config",
        "XDG_DATA_HOME": f"{home}/data",
        "XDG_STATE_HOME": f"{home}/state",
    }
    started = time.perf_counter()
    process = subprocess.Popen(
        [str(program), "--db", str(db), "gui"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while not window_shown(display, "casetracker"):
            if process.poll() is not None:
                raise SystemExit(f"{program} exited with {process.returncode} before a window")
            if time.perf_counter() - started > 120:
                raise SystemExit("no window after 120 s")
            time.sleep(0.01)
        return time.perf_counter() - started
    finally:
        process.terminate()
        process.wait(timeout=30)
        shutil.rmtree(home, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bundle", type=Path, default=Path("dist/casetracker"))
    parser.add_argument("--db", type=Path, help="database to open (default: a new demo one)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    program = args.bundle / "casetracker"
    if not program.exists():
        raise SystemExit(f"{program} does not exist; build it with packaging/build.sh")
    size = folder_size(args.bundle)
    verdict = "ok" if size / 2**20 <= TARGET_MB else "MISSED"
    print(f"bundle {args.bundle}: {size / 2**20:.1f} MB (target {TARGET_MB} MB)  {verdict}")
    for name, part in biggest_parts(args.bundle):
        print(f"  {part / 2**20:6.1f} MB  {name}")
    if shutil.which("Xvfb") is None or shutil.which("xwininfo") is None:
        print("cold start: not measured (needs Xvfb and xwininfo)")
        return 0
    work = Path(tempfile.mkdtemp())
    db = args.db
    if db is None:
        db = work / "demo.sqlite3"
        subprocess.run([str(program), "--db", str(db), "demo"], check=True, capture_output=True)
    display = ":97"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x800x24", "-nolisten", "tcp"])
    try:
        time.sleep(1)
        cold = drop_caches()
        times = [launch(program, db, display, cold) for _ in range(args.runs)]
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)
    best = statistics.median(times)
    kind = "cold (file cache dropped)" if cold else "warm (dropping the file cache not permitted)"
    verdict = "ok" if best <= TARGET_COLD_S else "MISSED"
    print(
        f"start to main window, {kind}: median {best:.2f} s of "
        f"{[round(t, 2) for t in times]}  (target {TARGET_COLD_S} s)  {verdict}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
