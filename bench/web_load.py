"""Benchmark: the web app under load. Requests per second and latency (median, 95th and 99th
percentile) of the register page, the report page and the search API, served by `chidao
serve` (one uvicorn process) over a store, with a load generator in a second process (this
one) on loopback: 20 clients, each sending its next request as soon as the last is answered
(a closed loop, so the server is saturated and latency includes waiting for it).

    .venv/bin/python bench/web_load.py --db /tmp/bfull/bench.db --write   # the archive of ingest_search.py
    .venv/bin/python bench/web_load.py --quick                              # builds 2,000 reports first

Targets: `/registers/directives?copies=true` (first page, newest first, as an editor sees it: 50
rows with their forms; each outlet's copy listed, see below), `/reports/ID` (200 reports picked
evenly through the store, every item highlighted), `/api/v1/search?q=…` (the queries of
bench/ingest_search.py, with their filters). Two loads: saturated (each client asks again at
once) and paced (each waits `--pause` seconds between requests).
Goal: p95 < 100 ms each. Results go to docs/BENCHMARKS.md (`--write`).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from benchdoc import command_line, machine, update_section

ROOT = Path(__file__).resolve().parent.parent
ACCOUNT, PASSWORD = "bench", "bench-mat-khau-1"


def build_store(folder: Path, count: int) -> Path:
    """A store of `count` synthetic reports (bench/ingest_search.py's archive), ingested in-process."""
    from ingest_search import bench_ingest, write_archive

    from chidao.store.parallel import default_jobs

    write_archive(folder / "archive", count)
    db = folder / "bench.db"
    bench_ingest(folder / "archive", db, default_jobs())
    return db


def prepare(db: Path) -> tuple[str, list[str]]:
    """An editor account "bench" with a known password and an API token; 200 report ids."""
    from sqlalchemy import delete, func, select

    from chidao.store import accounts
    from chidao.store.account_tables import User
    from chidao.store.queries import open_session
    from chidao.store.schema import Document

    with open_session(str(db)) as session:
        session.execute(delete(User).where(User.name == ACCOUNT))
        _user, one_time = accounts.add_user(session, ACCOUNT, "editor", created_by="bench")
        accounts.set_password(session, ACCOUNT, one_time, PASSWORD)
        token = accounts.issue_token(session, ACCOUNT)
        session.commit()
        total = session.execute(select(func.count()).select_from(Document)).scalar_one()
        step = max(1, total // 200)
        ids = list(session.scalars(select(Document.id).where(Document.seq % step == 0).limit(200)))
    return token, ids


def search_urls() -> list[str]:
    from urllib.parse import urlencode

    from ingest_search import QUERIES

    names = {"kind": "kind", "locality": "locality", "date_from": "from", "date_to": "to"}
    return [
        f"/api/v1/search?{urlencode({'q': query, **{names[k]: v for k, v in filters.items()}})}"
        for query, filters in QUERIES
    ]


def start_server(db: Path) -> tuple[subprocess.Popen, str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from chidao.cli import main; main()",
            "serve",
            "--db",
            str(db),
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(600):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return server, f"http://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.2)
    server.kill()
    sys.exit("web_load: chidao serve did not start")


def log_in(base: str) -> dict[str, str]:
    with httpx.Client(base_url=base) as client:
        form = client.get("/login")
        token = re.search(r'name="csrf" value="([^"]+)"', form.text)[1]
        response = client.post("/login", data={"name": ACCOUNT, "password": PASSWORD, "csrf": token})
        if response.status_code != 303:  # to the overview, not followed: it reads the whole archive
            sys.exit(f"web_load: could not log in ({response.status_code})")
        return dict(client.cookies)


async def load(
    base: str,
    urls: list[str],
    headers: dict[str, str],
    cookies: dict[str, str],
    clients: int,
    seconds: float,
    pause: float = 0.0,
) -> tuple[list[float], int, float]:
    """(latencies in ms, errors, elapsed s): `clients` loops over `urls` for `seconds`, each
    waiting `pause` seconds after an answer before its next request (0: at once)."""
    latencies: list[float] = []
    errors = 0
    stop = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(
        base_url=base, headers=headers, cookies=cookies, limits=limits, timeout=300
    ) as client:

        async def worker(n: int) -> None:
            nonlocal errors
            i = n
            await asyncio.sleep(pause * n / clients)  # paced clients start spread out
            while time.perf_counter() < stop:
                url = urls[i % len(urls)]
                i += clients
                started = time.perf_counter()
                response = await client.get(url)
                latencies.append((time.perf_counter() - started) * 1000)
                errors += response.status_code != 200
                if pause:
                    await asyncio.sleep(pause)

        began = time.perf_counter()
        await asyncio.gather(*(worker(n) for n in range(clients)))
    return latencies, errors, time.perf_counter() - began


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def measure(
    base: str, targets: dict, cookies: dict[str, str], clients: int, seconds: float, pause: float
) -> dict[str, tuple]:
    """{target: (requests/s, median, p95, p99, requests, errors)} after a warm-up per target."""
    results = {}
    for name, (urls, headers) in targets.items():
        asyncio.run(load(base, urls, headers, cookies, clients, min(5.0, seconds), pause))  # warm-up
        latencies, errors, elapsed = asyncio.run(load(base, urls, headers, cookies, clients, seconds, pause))
        results[name] = (
            len(latencies) / elapsed,
            statistics.median(latencies),
            percentile(latencies, 0.95),
            percentile(latencies, 0.99),
            len(latencies),
            errors,
        )
        print(
            f"{name} (pause {pause} s): {results[name][0]:.1f} req/s, median {results[name][1]:.1f} ms, "
            f"p95 {results[name][2]:.1f} ms ({len(latencies)} requests, {errors} errors)",
            file=sys.stderr,
        )
    return results


def table(results: dict[str, tuple]) -> str:
    rows = "\n".join(
        f"| {name} | **{rps:.0f}** | {median:.0f} ms | **{p95:.0f} ms** | {p99:.0f} ms | {n:,} | {errors} |"
        for name, (rps, median, p95, p99, n, errors) in results.items()
    )
    return (
        "| target | requests/s | median | p95 | p99 | requests | errors |\n"
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n" + rows
    )


def folded_register_seconds(base: str, cookies: dict[str, str]) -> float:
    """One request for the register as it opens by default (copies folded), alone, in seconds."""
    with httpx.Client(base_url=base, cookies=cookies, timeout=600) as client:
        started = time.perf_counter()
        client.get("/registers/directives").raise_for_status()
        return time.perf_counter() - started


def event_groups(db: Path) -> tuple[int, int]:
    """(events, reports in the largest) of the store's near-duplicate groups."""
    from sqlalchemy import func, select

    from chidao.store.queries import open_session
    from chidao.store.schema import Document

    with open_session(str(db)) as session:
        sizes = [
            n
            for (n,) in session.execute(
                select(func.count()).select_from(Document).group_by(Document.group_id)
            )
        ]
    return len(sizes), max(sizes, default=0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing store (default: build one)")
    parser.add_argument("--quick", action="store_true", help="build 2,000 reports instead of 100,000")
    parser.add_argument("--documents", type=int, help="reports to build when no --db is given")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30.0, help="measured seconds per target and load")
    parser.add_argument("--pause", type=float, default=1.0, help="each paced client's pause between requests")
    parser.add_argument("--write", action="store_true", help="update docs/BENCHMARKS.md")
    args = parser.parse_args(argv)
    db = args.db
    if db is None:
        count = args.documents or (2000 if args.quick else 100_000)
        db = build_store(Path(tempfile.mkdtemp(prefix="chidao-web-bench-")), count)
    token, documents = prepare(db)
    server, base = start_server(db)
    try:
        cookies = log_in(base)
        targets = {
            "register page `/registers/directives?copies=true`": (["/registers/directives?copies=true"], {}),
            "report page `/reports/ID`": ([f"/reports/{doc}" for doc in documents], {}),
            "search API `/api/v1/search`": (search_urls(), {"Authorization": f"Bearer {token}"}),
        }
        saturated = measure(base, targets, cookies, args.clients, args.seconds, 0.0)
        paced = measure(base, targets, cookies, args.clients, args.seconds, args.pause)
        folded = folded_register_seconds(base, cookies)
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
    from chidao.store.document_list import count_documents
    from chidao.store.queries import open_session

    with open_session(str(db)) as session:
        reports = count_documents(session)
    events, largest = event_groups(db)
    body = f"""## Web app under load (`bench/web_load.py`)

{reports:,} reports in a SQLite store (bench/ingest_search.py's synthetic archive), served by `chidao serve`
(one uvicorn process); the load generator is a second process on loopback with {args.clients} clients,
{args.seconds:.0f} s per target after a warm-up. The register page is what an editor sees (first page,
newest first, 50 rows with their forms); the report page one of 200 reports picked through the store,
every item highlighted; the search API the 16 queries of `bench/ingest_search.py` with their filters.

**Saturated**: each client sends its next request as soon as the last is answered, so the server
is never idle and a request's latency includes waiting behind the 19 others
(latency ≈ {args.clients} / throughput):

{table(saturated)}

**Paced**: each client waits {args.pause:g} s after an answer ({args.clients} people clicking about
once a second), which the server keeps up with:

{table(paced)}

Goal: p95 < 100 ms for each.

The register opens with other outlets' copies of an event's item folded into it
(`chidao.store.copies`), which compares the items of every report of the page's events. This
archive is 100,000 variants of six sample reports, and near-duplicate detection puts them in
{events:,} "events" of up to {largest:,} reports each, so one request for `/registers/directives` as
it opens took **{folded:.1f} s** alone; the tables use `?copies=true` (each outlet's item listed), the
same query without the folding. Real events have a few outlets each.

Command: `{command_line()}`

Machine: {machine()}
"""
    print(body)
    if args.write:
        update_section("web", body)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("CHIDAO_USER", "bench")
    sys.exit(main())
