"""The form bot under load: 1,000 submissions from 50 concurrent clients on loopback.

The bot runs as in production (``python -m tukena.bot serve``: uvicorn on 127.0.0.1, the
in-process worker, the local forge on a bare repository). Each client POSTs urlencoded
forms with a fresh token, like a browser, in two phases of 1,000 submissions each:

- *paced*: each of the 50 clients waits about a second between its submissions (people
  filling forms), so the offered load stays below what the machine can serve and the
  latency is the bot's own accept time (the goal: p95 ≤ 100 ms);
- *burst*: the same 50 clients back to back (saturation): the latency is then mostly
  queueing, 50 / throughput by Little's law, and the figure of interest is throughput.

Reported: accept latency (p50/p95/max of the POST, receipt included), CPU per request of
the server and of the load generator, server errors, and after the queue drains the
reconciliation ``receipts == pull requests + recorded rejections`` (2 % of submissions
fill the honeypot, so rejections are exercised too), and the disk's own p95 sync time.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

import httpx

from tukena.bot.git import environment

ROOT = Path(__file__).resolve().parents[1]
SUBMISSIONS = 1000
CLIENTS = 50
THINK_SECONDS = 1.0
ORIGIN = "http://127.0.0.1:8000"
MUNICIPALITIES = ["091", "049", "092", "853", "837", "564", "179", "398", "286", "405"]
WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def _git(cwd: Path, *args: str) -> str:
    env = environment(
        {
            "GIT_AUTHOR_NAME": "bench",
            "GIT_AUTHOR_EMAIL": "bench@example.invalid",
            "GIT_COMMITTER_NAME": "bench",
            "GIT_COMMITTER_EMAIL": "bench@example.invalid",
        }
    )
    return subprocess.run(
        ["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True
    ).stdout


def _repository(workdir: Path) -> tuple[Path, Path]:
    """A bare repository (the forge) and a checkout of the project's content (the bot's view)."""
    bare, site = workdir / "remote.git", workdir / "site"
    _git(workdir, "init", "--quiet", "--bare", "-b", "main", str(bare))
    _git(workdir, "init", "--quiet", "-b", "main", str(site))
    for folder in ("organisations", "activities"):
        shutil.copytree(ROOT / "content" / folder, site / "content" / folder)
    _git(site, "add", ".")
    _git(site, "commit", "--quiet", "-m", "content")
    _git(site, "push", "--quiet", str(bare), "main")
    return bare, site


def _organisation(site: Path) -> str:
    from tukena import loader

    content, _ = loader.check(site)
    return sorted(content.organisations)[0]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _form(number: int, organisation: str, spam: bool) -> list[tuple[str, str]]:
    municipality = MUNICIPALITIES[number % len(MUNICIPALITIES)]
    pairs = [
        ("_form", "activity-new"),
        ("_lang", ("fi", "sv", "en")[number % 3]),
        ("language", "fi"),
        ("title.fi", f"Kuormitustestin kerho {number}"),
        ("title.sv", ""),
        ("title.en", ""),
        ("summary.fi", "Kerho, jossa harjoitellaan suomea ja tutustutaan uusiin ihmisiin."),
        ("organisation", organisation),
        ("forms", "language-cafe"),
        ("forms", "peer-group"),
        ("category", "support"),
        ("target_groups", "everyone"),
        ("languages", "fi"),
        ("languages", "en"),
        ("level", "local"),
        ("language_level", "basic"),
        ("locations.0.municipality", municipality),
        ("locations.0.name.fi", "Kirjasto"),
        ("locations.0.street_address", "Kirjastokatu 1"),
        ("locations.0.postal_code", "00100"),
        ("schedule.season.start", "2026-09-01"),
        ("schedule.season.end", "2027-05-31"),
        ("schedule.weekly.0.weekday", WEEKDAYS[number % 7]),
        ("schedule.weekly.0.start", "17:00"),
        ("schedule.weekly.0.end", "19:00"),
        ("schedule.weekly.0.every", "1"),
        ("cost.free", "true"),
        ("registration.required", "false"),
        ("referrals.accepted", "true"),
        ("capacity", "open"),
        ("childcare", "false"),
        ("contact.email", f"kerho{number}@example.fi"),
        ("_email", f"person{number}@example.fi"),
        ("extra_notes", "buy now" if spam else ""),
    ]
    return pairs


async def _load(
    base: str, forms: list[list[tuple[str, str]]], think: float, server_pid: int
) -> tuple[list[float], list[int], int, dict]:
    """Each of CLIENTS clients sends its share of the forms, waiting about ``think``
    seconds (uniformly 0.5–1.5 times) between two sends; 0 means back to back."""
    latencies: list[float] = []
    statuses: list[int] = []
    failures = 0
    limits = httpx.Limits(max_connections=CLIENTS, max_keepalive_connections=CLIENTS)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:
        bodies = []
        for pairs in forms:
            token = (await client.get("/api/token")).json()["token"]
            bodies.append(urlencode([*pairs, ("_token", token)]))
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Origin": ORIGIN}
        rng = random.Random(7)
        marks = {"server": _cpu_seconds(server_pid), "client": time.process_time(),
                 "wall": time.perf_counter()}

        async def one_client(mine: list[str]) -> None:
            nonlocal failures
            await asyncio.sleep(rng.uniform(0, think))  # the clients do not start in step
            for body in mine:
                started = time.perf_counter()
                try:
                    response = await client.post("/submit", content=body, headers=headers)
                except httpx.HTTPError:
                    failures += 1
                    continue
                latencies.append(time.perf_counter() - started)
                statuses.append(response.status_code)
                if think:
                    await asyncio.sleep(rng.uniform(0.5 * think, 1.5 * think))

        await asyncio.gather(*(one_client(bodies[i::CLIENTS]) for i in range(CLIENTS)))
        used = {"server": _cpu_seconds(server_pid) - marks["server"],
                "client": time.process_time() - marks["client"],
                "wall": time.perf_counter() - marks["wall"]}
    return latencies, statuses, failures, used


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _phase(base: str, forms: list, think: float, server_pid: int) -> dict:
    latencies, statuses, failures, used = asyncio.run(_load(base, forms, think, server_pid))
    return {
        "p50_ms": statistics.median(latencies) * 1000,
        "p95_ms": _percentile(latencies, 0.95) * 1000,
        "max_ms": max(latencies) * 1000,
        "per_second": len(latencies) / used["wall"],
        "server_cpu_ms_per_request": used["server"] * 1000 / len(forms),
        "client_cpu_ms_per_request": used["client"] * 1000 / len(forms),
        "statuses": statuses,
        "failures": failures,
    }


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def run(workdir: Path, in_process_worker: bool = True) -> dict:
    workdir = Path(workdir)
    if workdir.exists():
        shutil.rmtree(workdir)
    workdir.mkdir(parents=True)
    bare, site = _repository(workdir)
    organisation = _organisation(site)
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("TUKENA_")}
    env.update(
        PYTHONPATH=str(ROOT),
        TUKENA_BOT_STATE_DIR=str(workdir / "state"),
        TUKENA_BOT_CONTENT_ROOT=str(site),
        TUKENA_BOT_LOCAL_REPOSITORY=str(bare),
        TUKENA_BOT_ALLOWED_ORIGINS=json.dumps([ORIGIN]),
        TUKENA_BOT_SECRET="benchmark-secret-key-0123456789",
        TUKENA_BOT_MIN_FILL_SECONDS="0",
        TUKENA_BOT_RATE_LIMIT="1000000",
        TUKENA_BOT_MAX_QUEUE="100000",
        TUKENA_BOT_POLL_SECONDS="100000",
        TUKENA_BOT_WORKER_IN_PROCESS="true" if in_process_worker else "false",
    )
    log = open(workdir / "bot.log", "w")  # noqa: SIM115 - closed below
    server = subprocess.Popen(
        [sys.executable, "-m", "tukena.bot", "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        cwd=workdir,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                raise RuntimeError(f"the bot did not start; see {workdir / 'bot.log'}")
            time.sleep(0.2)
        paced = _phase(base, [_form(n, organisation, spam=n % 50 == 7) for n in range(SUBMISSIONS)],
                       THINK_SECONDS, server.pid)
        burst = _phase(base, [_form(n, organisation, spam=n % 50 == 7)
                              for n in range(SUBMISSIONS, 2 * SUBMISSIONS)], 0.0, server.pid)
        drain_started = time.perf_counter()
        while True:
            counts = httpx.get(f"{base}/healthz", timeout=10).json()["counts"]
            if counts["queued"] == 0 or time.perf_counter() - drain_started > 3600:
                break
            time.sleep(0.5)
        drain_seconds = time.perf_counter() - drain_started
    finally:
        server.terminate()
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()
    records = json.loads((bare / "tukena-bot" / "forge.json").read_text())
    pulls = len(records["pulls"])
    branches = len(
        _git(bare, "for-each-ref", "--format=%(refname)", "refs/heads/tukena-bot/").split()
    )
    statuses = paced.pop("statuses") + burst.pop("statuses")
    failures = paced.pop("failures") + burst.pop("failures")
    receipts = sum(1 for s in statuses if s == 200)
    figures = {
        "submissions": 2 * SUBMISSIONS,
        "clients": CLIENTS,
        "paced_think_seconds": THINK_SECONDS,
        **{f"paced_{k}": v for k, v in paced.items()},
        **{f"burst_{k}": v for k, v in burst.items()},
        "accept_goal_p95_ms": 100,
        "server_errors": sum(1 for s in statuses if s >= 500) + failures,
        "other_statuses": sorted({s for s in statuses if s != 200}),
        "receipts": receipts,
        "pull_requests": pulls,
        "branches": branches,
        "recorded_rejections": counts["rejected"],
        "failed": counts["failed"],
        "receipts_reconcile": receipts == pulls + counts["rejected"],
        "drain_seconds_after_load": drain_seconds,
        "disk_sync_p95_ms": _sync_p95(workdir),
        "load_average": os.getloadavg()[0],
    }
    return figures


def _sync_p95(workdir: Path) -> float:
    """The p95 time of one small synced SQLite commit here: the floor of any accept."""
    import sqlite3

    db = sqlite3.connect(workdir / "sync.sqlite3", isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE IF NOT EXISTS t (x)")
    times = []
    for _ in range(200):
        started = time.perf_counter()
        db.execute("BEGIN IMMEDIATE")
        db.execute("INSERT INTO t VALUES (?)", ("x" * 2000,))
        db.execute("COMMIT")
        times.append(time.perf_counter() - started)
    db.close()
    return _percentile(times, 0.95) * 1000
