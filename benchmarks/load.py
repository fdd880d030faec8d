"""Load: signed-in users against ``safeboard serve`` (gunicorn) on PostgreSQL.

What it does, in order:

1. Makes sure wrk is installed (Debian's package, with apt-get when root).
2. Uses the demo partnership in ``--workspace`` on ``--database-url`` (build one with
   ``safeboard demo``), or, without them, starts a private PostgreSQL cluster
   (scripts/postgres.sh) and builds the demo into a temporary workspace (slow: minutes).
3. Creates ``--users`` users of five roles with ``safeboard createuser`` (run in this
   process, one command per user; names carry the run's id, so runs never collide).
4. Starts ``safeboard serve --workers N`` with production settings (collected,
   compressed static files; TLS is the proxy's job, so the HTTPS redirect is off).
5. Signs every user in through the sign-in form, as a browser would. The roles
   that need two-factor sign-in set up their authenticator on the set-up page:
   the benchmark reads the key the page shows and computes the code (RFC 6238),
   as an authenticator app does. Nothing is forged and nothing is bypassed.
6. Finds the pages: the home page, the dashboards, every area's index and list
   pages and one detail page of each kind (the first link on its list page);
   each user gets the pages their role opens (200 for that role's first user).
7. Warm-up pass (the server is not preloaded: each worker imports Altair and the
   rest on its first requests), then the measured pass: wrk with ``--users``
   connections for ``--duration`` seconds or ``--requests`` requests, whichever
   comes first, each request the next (page, user) pair of a shuffled rotation.
8. The same for one static file, on the same server in the same run.

Prints a table and writes JSON to benchmarks/results/load-<time>.json.

    .venv/bin/python benchmarks/load.py --workspace /tmp/demo --database-url postgres://...
    .venv/bin/python benchmarks/load.py            # private cluster and a fresh demo
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import hmac
import http.client
import json
import os
import platform
import random
import re
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from html import unescape
from pathlib import Path
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
SAFEBOARD = str(Path(sys.executable).parent / "safeboard")
HOST = "127.0.0.1"
DEMO_YEAR = 2018  # the demo partnership's records are 2017/18's

# Who signs in: (role, share of the users). Two-factor roles included.
ROLE_MIX = [
    ("board-member", 0.3),
    ("agency-lead", 0.3),
    ("business-unit", 0.2),
    ("independent-chair", 0.1),
    ("performance-analyst", 0.1),
]
TWO_FACTOR_ROLES = {"business-unit", "performance-analyst"}
LEAD_AGENCIES = 3

LUA = r"""
-- Rotates (page, user) pairs; counts every answer that is not 200; stops each
-- thread after LOAD_LIMIT answers; prints one JSON line at the end.
local pairs_list = dofile(os.getenv("LOAD_PAIRS"))
local limit = tonumber(os.getenv("LOAD_LIMIT") or "0")
local threads = {}
local made = 0

function setup(thread)
  made = made + 1
  thread:set("id", made)
  table.insert(threads, thread)
end

function init(args)
  prepared = {}
  for k, pair in ipairs(pairs_list) do
    prepared[k] = wrk.format("GET", pair[1], {["Cookie"] = pair[2]})
  end
  position = ((id - 1) * 7919) % #prepared
  answered = 0
  not_ok = 0
  statuses = {}
end

function request()
  position = position % #prepared + 1
  return prepared[position]
end

function response(status, headers, body)
  answered = answered + 1
  if status ~= 200 then
    not_ok = not_ok + 1
    statuses[status] = (statuses[status] or 0) + 1
  end
  if limit > 0 and answered >= limit then wrk.thread:stop() end
end

function done(summary, latency, requests)
  local bad = 0
  local seen = {}
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("not_ok")
    for status, count in pairs(thread:get("statuses")) do
      seen[status] = (seen[status] or 0) + count
    end
  end
  local parts = {}
  for status, count in pairs(seen) do table.insert(parts, string.format('"%d": %d', status, count)) end
  local e = summary.errors
  io.write(string.format(
    'LOADJSON {"requests": %d, "duration_us": %d, "bytes": %d, "p50_us": %d, "p95_us": %d, ' ..
    '"p99_us": %d, "mean_us": %.1f, "max_us": %d, "not_200": %d, "connect_errors": %d, ' ..
    '"read_errors": %d, "write_errors": %d, "timeouts": %d, "not_200_by_status": {%s}}\n',
    summary.requests, summary.duration, summary.bytes, latency:percentile(50),
    latency:percentile(95), latency:percentile(99), latency.mean, latency.max, bad,
    e.connect, e.read, e.write, e.timeout, table.concat(parts, ", ")))
end
"""


# Setting up


def ensure_wrk() -> str:
    found = shutil.which("wrk")
    if found:
        return found
    if os.geteuid() != 0:
        sys.exit("load: wrk is missing; install it as root: apt-get install -y wrk")
    print("==> installing wrk (apt-get)", flush=True)
    subprocess.run(["apt-get", "update", "-qq"], check=True)  # noqa: S607
    subprocess.run(
        ["apt-get", "install", "-y", "-qq", "wrk"],  # noqa: S607
        check=True,
        env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
    )
    return shutil.which("wrk") or sys.exit("load: wrk still missing after apt-get")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def private_demo(folder: Path) -> tuple[Path, str]:
    """A private PostgreSQL cluster and the demo built on it (minutes)."""
    url = subprocess.run(
        [str(ROOT / "scripts" / "postgres.sh"), "start", str(folder / "pg")],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    workspace = folder / "workspace"
    print("==> building the demo partnership on PostgreSQL (safeboard demo)", flush=True)
    subprocess.run(
        [SAFEBOARD, "demo", "--workspace", str(workspace)],
        check=True,
        env={**os.environ, "DATABASE_URL": url},
        stdout=subprocess.DEVNULL,
    )
    return workspace, url


def create_users(count: int, run_id: str) -> list[dict]:
    """``count`` users over ROLE_MIX, each made by ``safeboard createuser``."""
    from click.testing import CliRunner

    from safeboard.cli.main import main
    from safeboard.partnership.models import Agency

    agencies = list(
        Agency.objects.filter(active=True).order_by("name").values_list("name", flat=True)
    )
    roles = []
    for role, share in ROLE_MIX:
        roles += [role] * round(count * share)
    roles = (roles + [ROLE_MIX[0][0]] * count)[:count]
    runner = CliRunner()
    users = []
    for n, role in enumerate(roles):
        username = f"load-{run_id}-{n:02d}"
        args = ["createuser", username, "--role", role]
        agency = ""
        if role == "agency-lead":
            # Three agencies' leads: what a lead opens depends on the agency (probed per agency).
            agency = agencies[n % LEAD_AGENCIES]
            args += ["--agency", agency, "--full-name", f"Load Tester {n}"]
        result = runner.invoke(main, args, catch_exceptions=False)
        match = re.search(r"Password \(shown once\): (\S+)", result.output)
        if result.exit_code != 0 or match is None:
            sys.exit(f"load: createuser {username} failed: {result.output}")
        users.append(
            {"username": username, "password": match.group(1), "role": role, "agency": agency}
        )
    return users


# A small HTTP client that keeps cookies, for signing in and finding pages


class Browser:
    def __init__(self, port: int):
        self.port = port
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, form: dict | None = None):
        connection = http.client.HTTPConnection(HOST, self.port, timeout=120)
        headers = {"Cookie": self.cookie_header()} if self.cookies else {}
        body = None
        if form is not None:
            body = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        content = response.read().decode("utf-8", "replace")
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                key, _, rest = value.partition("=")
                self.cookies[key] = rest.split(";", 1)[0]
        connection.close()
        return response.status, response.getheader("Location") or "", content

    def cookie_header(self) -> str:
        return "; ".join(f"{k}={v}" for k, v in self.cookies.items() if v and v != '""')

    def form_post(self, path: str, page: str, fields: dict):
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        if token is None:
            sys.exit(f"load: no CSRF token on {path}")
        return self.request("POST", path, {"csrfmiddlewaretoken": token.group(1), **fields})


def totp(key_text: str, at: float | None = None) -> str:
    """The six-digit code an authenticator app shows for the key (RFC 6238, 30 s steps)."""
    key_text = key_text.replace(" ", "")
    key = base64.b32decode(key_text + "=" * (-len(key_text) % 8))
    counter = int((time.time() if at is None else at) // 30)
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    code = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{code % 1_000_000:06d}"


def sign_in(port: int, user: dict) -> Browser:
    from django.urls import reverse

    browser = Browser(port)
    sign_in_path, home = reverse("accounts:sign-in"), reverse("web:home")
    _, _, page = browser.request("GET", sign_in_path)
    status, location, _ = browser.form_post(
        sign_in_path, page, {"username": user["username"], "password": user["password"]}
    )
    if status != 302:
        sys.exit(f"load: signing in {user['username']} gave {status}")
    if user["role"] in TWO_FACTOR_ROLES:
        status, location, _ = browser.request("GET", home)
        setup_path = urlsplit(location).path
        if setup_path != reverse("accounts:two-factor-setup"):
            sys.exit(f"load: expected the two-factor set-up, got {location}")
        _, _, page = browser.request("GET", setup_path)
        key = re.search(r'data-testid="setup-key">([^<]+)<', page)
        if key is None:
            sys.exit("load: no set-up key on the two-factor page")
        status, _, _ = browser.form_post(setup_path, page, {"token": totp(unescape(key.group(1)))})
        if status != 302:
            sys.exit(f"load: two-factor set-up for {user['username']} gave {status}")
    status, _, _ = browser.request("GET", home)
    if status != 200:
        sys.exit(f"load: {user['username']} signed in but the home page gave {status}")
    return browser


# The pages


def candidate_pages(browser: Browser) -> list[tuple[str, str]]:
    """(kind, path): home, dashboards, every index and list page, one detail of each kind."""
    from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse

    names = []

    def walk(patterns, prefix=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                if pattern.namespace != "admin":
                    walk(
                        pattern.url_patterns,
                        f"{pattern.namespace}:" if pattern.namespace else prefix,
                    )
            elif (
                isinstance(pattern, URLPattern) and pattern.name and not pattern.pattern.converters
            ):
                names.append(prefix + pattern.name)

    walk(get_resolver().url_patterns)
    pages = [("home", reverse("web:home"))]
    for name in sorted(set(names)):
        if name.endswith(":index") and name != "web:index":
            pages.append(
                ("dashboard" if name.startswith("dashboards:") else "index", reverse(name))
            )
        elif name.endswith("-list") or name.endswith(":list"):
            # The demo's records are 2017/18's; a list with a year choice would
            # otherwise show the (empty) current year. Other lists ignore it.
            pages.append(("list", f"{reverse(name)}?year={DEMO_YEAR}"))
    # One detail page of each kind: the first detail link on each list page.
    details = {}
    for kind, path in list(pages):
        if kind != "list":
            continue
        _, _, content = browser.request("GET", path)
        for href in re.findall(r'href="(/[^"?#]*/\d+/)"', content):  # first of each kind
            try:
                match = resolve(href)
            except Exception:  # noqa: BLE001, S112 (a link that is not a page of ours)
                continue
            if match.url_name and match.url_name.endswith("detail"):
                details.setdefault(f"{match.namespace}:{match.url_name}", href)
    pages += [("detail", href) for _, href in sorted(details.items())]
    return pages


def static_path(browser: Browser) -> str:
    from django.urls import reverse

    _, _, content = browser.request("GET", reverse("web:home"))
    found = re.search(r'href="(/static/[^"]+\.css)"', content)
    if found is None:
        sys.exit("load: no stylesheet linked from the home page")
    return found.group(1)


# Running wrk


def run_wrk(wrk: str, folder: Path, pairs: list[tuple[str, str]], args, seconds: int, limit: int):
    pairs_file = folder / "pairs.lua"
    lines = ",\n".join(f"{{{json.dumps(path)}, {json.dumps(cookie)}}}" for path, cookie in pairs)
    pairs_file.write_text(f"return {{\n{lines}\n}}\n")
    script = folder / "rotate.lua"
    script.write_text(LUA)
    threads = min(args.threads, args.users)
    env = {**os.environ, "LOAD_PAIRS": str(pairs_file), "LOAD_LIMIT": str(limit // threads)}
    result = subprocess.run(
        [wrk, f"-t{threads}", f"-c{args.users}", f"-d{seconds}s", "--timeout", "30s",
         "-s", str(script), f"http://{HOST}:{args.port}/"],
        capture_output=True, text=True, env=env, check=True,
    )  # fmt: skip
    line = next(x for x in result.stdout.splitlines() if x.startswith("LOADJSON "))
    figures = json.loads(line.removeprefix("LOADJSON "))
    seconds_run = figures["duration_us"] / 1e6
    errors = figures["not_200"] + sum(
        figures[k] for k in ("connect_errors", "read_errors", "write_errors", "timeouts")
    )
    return {
        **figures,
        "throughput_per_s": round(figures["requests"] / seconds_run, 1),
        "median_ms": figures["p50_us"] / 1000,
        "p95_ms": figures["p95_us"] / 1000,
        "p99_ms": figures["p99_us"] / 1000,
        "error_rate": round(errors / max(figures["requests"], 1), 4),
        "errors": errors,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workspace", type=Path, help="a demo workspace (safeboard demo)")
    parser.add_argument("--database-url", help="its PostgreSQL database")
    parser.add_argument("--users", type=int, default=50, help="signed-in users = connections")
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--duration", type=int, default=60, help="seconds per measured pass")
    parser.add_argument("--requests", type=int, default=20000, help="most requests per pass")
    parser.add_argument("--warmup", type=int, default=15, help="seconds of warm-up (unmeasured)")
    parser.add_argument("--port", type=int, default=0, help="port (default: a free one)")
    args = parser.parse_args()
    args.port = args.port or free_port()
    wrk = ensure_wrk()
    scratch = Path(tempfile.mkdtemp(prefix="safeboard-load-"))
    started_cluster = False
    if args.workspace is None or args.database_url is None:
        args.workspace, args.database_url = private_demo(scratch)
        started_cluster = True
    env = {
        **os.environ,
        "SAFEBOARD_WORKSPACE": str(args.workspace.resolve()),
        "DATABASE_URL": args.database_url,
        "SAFEBOARD_ENV": "production",
        "SAFEBOARD_ALLOWED_HOSTS": f"{HOST},localhost",
        "SAFEBOARD_SSL_REDIRECT": "false",
    }
    os.environ.update(env)
    from safeboard.cli.options import django_setup

    django_setup(migrate=True)
    run_id = datetime.now().strftime("%H%M%S")
    print(f"==> creating {args.users} users (safeboard createuser)", flush=True)
    users = create_users(args.users, run_id)
    print(f"==> safeboard serve --workers {args.workers} on port {args.port}", flush=True)
    log = open(scratch / "serve.log", "w")  # noqa: SIM115 (open while the server runs)
    server = subprocess.Popen(
        [SAFEBOARD, "serve", "--workers", str(args.workers), "--port", str(args.port)],
        env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 300
        while True:
            try:
                socket.create_connection((HOST, args.port), timeout=1).close()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    sys.exit(f"load: the server did not start; see {scratch / 'serve.log'}")
                time.sleep(0.5)
        print(f"==> signing in {len(users)} users through the sign-in form", flush=True)
        browsers = [sign_in(args.port, user) for user in users]
        # What a user opens depends on the role, and for an agency lead on the agency.
        first_of_kind = {}
        for user, browser in zip(users, browsers, strict=True):
            first_of_kind.setdefault((user["role"], user["agency"]), browser)
        pages = candidate_pages(first_of_kind[("business-unit", "")])
        opens = {}
        for (role, agency), browser in first_of_kind.items():
            key = f"{role} ({agency})" if agency else role
            opens[key] = [path for _, path in pages if browser.request("GET", path)[0] == 200]
        pairs = [
            (path, browser.cookie_header())
            for user, browser in zip(users, browsers, strict=True)
            for path in opens[
                f"{user['role']} ({user['agency']})" if user["agency"] else user["role"]
            ]
        ]
        random.Random(1).shuffle(pairs)  # noqa: S311 (an order, not a secret)
        kinds = {}
        for kind, _ in pages:
            kinds[kind] = kinds.get(kind, 0) + 1
        print(f"==> {len(pages)} pages ({kinds}); {len(pairs)} (page, user) pairs", flush=True)
        print(f"==> warm-up pass: {args.warmup} s (not measured)", flush=True)
        run_wrk(wrk, scratch, pairs, args, args.warmup, 0)
        print("==> each page alone, once, as the business unit (service time)", flush=True)
        alone = one_at_a_time(first_of_kind[("business-unit", "")], opens["business-unit"])
        print(
            f"==> measured pass: pages, {args.duration} s or {args.requests} requests", flush=True
        )
        measured = {"pages": run_wrk(wrk, scratch, pairs, args, args.duration, args.requests)}
        static = static_path(browsers[0])
        print(f"==> measured pass: {static}", flush=True)
        measured["static file"] = run_wrk(
            wrk, scratch, [(static, "")], args, args.duration, args.requests
        )
    finally:
        server.terminate()
        server.wait(timeout=60)
        log.close()
    report(args, users, pages, opens, static, measured, alone)
    if started_cluster:
        subprocess.run([str(ROOT / "scripts" / "postgres.sh"), "stop", str(scratch / "pg")])
    shutil.rmtree(scratch, ignore_errors=True)


def one_at_a_time(browser: Browser, paths: list[str]) -> dict[str, float]:
    """Milliseconds for each page with nothing else from us running: where time goes."""
    times = {}
    for path in paths:
        start = time.perf_counter()
        browser.request("GET", path)
        times[path] = round((time.perf_counter() - start) * 1000, 1)
    return dict(sorted(times.items(), key=lambda item: -item[1]))


def report(args, users, pages, opens, static, measured, alone) -> None:
    print()
    print(
        f"{'what':<12} {'requests':>9} {'req/s':>8} {'median':>9} {'95th':>9} {'99th':>9} {'errors':>7}"
    )
    for what, m in measured.items():
        print(
            f"{what:<12} {m['requests']:>9,} {m['throughput_per_s']:>8,.1f} "
            f"{m['median_ms']:>7.1f}ms {m['p95_ms']:>7.1f}ms {m['p99_ms']:>7.1f}ms "
            f"{m['error_rate']:>7.2%}"
        )
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"load-{datetime.now():%Y%m%d-%H%M%S}.json"
    roles = {}
    for user in users:
        roles[user["role"]] = roles.get(user["role"], 0) + 1
    out.write_text(
        json.dumps(
            {
                "when": datetime.now().isoformat(timespec="seconds"),
                "machine": {
                    "cpus": os.cpu_count(),
                    "python": platform.python_version(),
                    # Others' work on the machine during the run shows here.
                    "load_average_at_end": os.getloadavg(),
                },
                "server": {"workers": args.workers, "settings": "production", "warm_up_s": args.warmup},
                "load": {"users": args.users, "wrk_threads": args.threads, "duration_s": args.duration,
                         "max_requests": args.requests, "roles": roles},
                "pages": [{"kind": kind, "path": path} for kind, path in pages],
                "pages_per_role": {role: len(paths) for role, paths in opens.items()},
                "static_file": static,
                "results": measured,
                "page_alone_ms": alone,
            },
            indent=2,
        )
    )  # fmt: skip
    values = sorted(alone.values())
    print(
        f"\nEach page alone: median {values[len(values) // 2]:.0f} ms; slowest: "
        + ", ".join(f"{path} {ms:.0f} ms" for path, ms in list(alone.items())[:5])
    )
    print(f"\nWrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
