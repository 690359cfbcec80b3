"""Benchmark: a long, repetitive query costs what one word costs.

Run: python tests/benchmarks/bench_search_input.py [--copies 1000]
Target (2 cores): 1,000 copies of one word answer in under 1 s on the demo database
(it once took 5 s, and 72 s for 4,000). Moved out of the tests: a timing under load
says nothing about the code; tests/services/test_search.py checks what it finds.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from casetracker.services.demo import load_demo
from casetracker.services.search import search
from casetracker.store.database import open_database

TARGET_S = 1.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "demo.sqlite3", actor="bench")
        try:
            load_demo(db, today=date(2026, 11, 26))
            started = time.perf_counter()
            one = search(db, "a", limit=1_000)
            one_s = time.perf_counter() - started
            started = time.perf_counter()
            repeated = search(db, " ".join(["a"] * args.copies), limit=1_000)
            repeated_s = time.perf_counter() - started
        finally:
            db.close()
    same = {(h.entity, h.entity_id) for h in one} == {(h.entity, h.entity_id) for h in repeated}
    print(f"one word: {one_s * 1000:.0f} ms, {len(one)} hits")
    target = f"target {TARGET_S:.1f} s"
    print(f"{args.copies} copies: {repeated_s * 1000:.0f} ms ({target}), same hits: {same}")
    return 0 if same and repeated_s < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
