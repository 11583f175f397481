"""Benchmark the HTTP API: 50 concurrent clients against `dateline serve` on the sample store, then search at scale.

The server runs in its own process (uvicorn, one worker: what `dateline serve` starts); the clients are asyncio
tasks sharing one httpx connection pool. Each client sends a mix of search, timeline and document requests.
Reports p50/p95/max latency per kind and the error count; then the same for search alone on a large store, under
50 concurrent clients and one client at a time (the latter is the per-request cost without queueing).

    python benchmarks/serve.py                                  # builds the sample store in a temp folder
    python benchmarks/serve.py --sample sample.db --large /tmp/stores/news.db --json
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

SEARCHES = ["hostages", "ceasefire", "killed", "Rafah", "aid trucks", "Khan Younis", "Hamas", "strike",
            "\"Health Ministry\"", "hospital", "negotiations", "Israel"]
TIMELINES = ["hostages", "ceasefire", "Rafah", "", "aid", "strike"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(db: Path, workers: int, threads: int | None = None) -> tuple[subprocess.Popen[bytes], str]:
    """`dateline serve --workers N` as the command starts it (the app factory reads its settings as JSON)."""
    port = _free_port()
    code = (
        "import uvicorn; from dateline.serve.app import KEEP_ALIVE_S; "
        f"uvicorn.run('dateline.serve.app:app_from_env', factory=True, workers={workers}, host='127.0.0.1', "
        f"port={port}, log_level='warning', timeout_keep_alive=KEEP_ALIVE_S)"
    )
    settings = {"db": str(db)} | ({"threads": threads} if threads else {})
    env = {**os.environ, "DATELINE_SERVE_SETTINGS": json.dumps(settings)}
    proc = subprocess.Popen([sys.executable, "-c", code], env=env)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/api/stats", timeout=5).status_code == 200:
                return proc, url
        except httpx.TransportError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("the server did not start")


def _doc_ids(db: Path, n: int, rng: random.Random) -> list[str]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM documents")]
    return rng.sample(ids, min(n, len(ids)))


def _requests(kinds: list[str], n: int, doc_ids: list[str], rng: random.Random) -> list[tuple[str, str, dict]]:
    out = []
    for _ in range(n):
        kind = rng.choice(kinds)
        if kind == "search":
            out.append((kind, "/api/search", {"q": rng.choice(SEARCHES), "limit": 20}))
        elif kind == "timeline":
            out.append((kind, "/api/timeline", {"q": rng.choice(TIMELINES)}))
        else:
            out.append((kind, f"/api/documents/{rng.choice(doc_ids)}", {}))
    return out


async def _run(url: str, plan: list[list[tuple[str, str, dict]]]) -> tuple[dict[str, list[float]], int, float]:
    """Each inner list is one client's requests, sent one after the other; all clients run at once."""
    times: dict[str, list[float]] = {}
    failures: list[str] = []
    errors = 0
    limits = httpx.Limits(max_connections=len(plan), max_keepalive_connections=len(plan))
    async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as client:

        async def one_client(requests: list[tuple[str, str, dict]]) -> None:
            nonlocal errors
            for kind, path, params in requests:
                t0 = time.perf_counter()
                try:
                    r = await client.get(path, params=params)
                except httpx.TransportError as exc:  # counted, not fatal: the report says how many
                    failures.append(f"{kind} {path}: {type(exc).__name__} {exc}")
                    errors += 1
                    continue
                times.setdefault(kind, []).append((time.perf_counter() - t0) * 1000)
                if r.status_code != 200:
                    failures.append(f"{kind} {path}: HTTP {r.status_code}")
                    errors += 1

        t0 = time.perf_counter()
        await asyncio.gather(*(one_client(p) for p in plan))
        wall = time.perf_counter() - t0
    for line in failures[:5]:
        print(f"error: {line}", file=sys.stderr)
    return times, errors, wall


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def _summary(times: dict[str, list[float]]) -> dict[str, dict[str, float]]:
    return {
        k: {"n": len(v), "p50_ms": round(statistics.median(v), 1), "p95_ms": round(_pct(v, 95), 1),
            "max_ms": round(max(v), 1)}
        for k, v in sorted(times.items())
    }


def _measure(
    db: Path, kinds: list[str], clients: int, per_client: int, seed: int, workers: int, threads: int | None = None
) -> dict:
    rng = random.Random(seed)
    doc_ids = _doc_ids(db, 200, rng)
    proc, url = _serve(db, workers, threads)
    try:
        warm = _requests(kinds, 20, doc_ids, rng)
        asyncio.run(_run(url, [warm]))
        plan = [_requests(kinds, per_client, doc_ids, rng) for _ in range(clients)]
        times, errors, wall = asyncio.run(_run(url, plan))
        n_docs = httpx.get(f"{url}/api/stats").json()["documents"]
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    total = sum(len(v) for v in times.values())
    return {"store": str(db), "documents": n_docs, "workers": workers, "clients": clients, "requests": total,
            "errors": errors, "seconds": round(wall, 2), "requests_per_s": round(total / wall, 1),
            "latency": _summary(times)}


def _sample_store(folder: Path) -> Path:
    db = folder / "sample.db"
    subprocess.run(["dateline", "demo", "--db", str(db), "--workers", "1", "--quiet"],
                   check=True, stdout=subprocess.DEVNULL)
    return db


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sample", type=Path, help="The sample store (default: `dateline demo` into a temp folder).")
    parser.add_argument("--large", type=Path, default=Path("/tmp/stores/news.db"),
                        help="A store of ~10,000 documents for the search-at-scale figure (copied first).")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--per-client", type=int, default=20, help="Requests each client sends.")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workers", type=int, default=1, help="Server processes (dateline serve --workers).")
    parser.add_argument("--threads", type=int, help="Request threads per process (dateline serve --threads).")
    parser.add_argument("--json", action="store_true", help="Print the results as JSON.")
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sample = args.sample or _sample_store(folder)
        results["sample_mixed"] = _measure(sample, ["search", "timeline", "document"], args.clients,
                                           args.per_client, args.seed, args.workers, args.threads)
        if args.large.exists():
            large = folder / "large.db"
            shutil.copy(args.large, large)  # never open the shared store itself
            from dateline.store import Store

            Store.open(large).close()  # a read-write open applies pending migrations (to the copy)
            results["large_search_concurrent"] = _measure(
                large, ["search"], args.clients, args.per_client, args.seed, args.workers, args.threads
            )
            results["large_search_one_client"] = _measure(
                large, ["search"], 1, 200, args.seed, args.workers, args.threads
            )
        else:
            print(f"(no large store at {args.large}: skipping search at scale)", file=sys.stderr)
    if args.json:
        print(json.dumps(results, indent=2))
        return
    for name, r in results.items():
        print(f"{name}: {r['documents']:,} documents, {r['workers']} server process(es), {r['clients']} clients, "
              f"{r['requests']} requests in "
              f"{r['seconds']} s ({r['requests_per_s']}/s), {r['errors']} errors")
        for kind, s in r["latency"].items():
            print(f"  {kind:<9} n={s['n']:<5} p50 {s['p50_ms']:>7} ms  p95 {s['p95_ms']:>7} ms  "
                  f"max {s['max_ms']:>7} ms")


if __name__ == "__main__":
    main()
