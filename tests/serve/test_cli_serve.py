"""`dateline serve` as a user starts it: a real process on a free port, the token it prints, the Host guard."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

# The command as the installed `dateline` runs it (registered here too in case dateline.cli does not list it yet).
LAUNCH = (
    "from dateline.cli import app, evaluate, main\n"
    "from dateline.cli import serve\n"
    "if not any(c.name == 'serve' for c in app.registered_commands):\n"
    "    serve.register(app, evaluate.app)\n"
    "if __name__ == '__main__':\n"
    "    main()\n"
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _dateline(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "DATELINE_TOKEN": ""}
    return subprocess.Popen(
        [sys.executable, "-c", LAUNCH, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )


def test_missing_store_is_one_line_saying_what_to_do(tmp_path: Path) -> None:
    proc = _dateline("serve", "--db", str(tmp_path / "none.db"))
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 2 and out == ""
    assert "dateline demo" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_serves_read_only_with_ingest_behind_the_printed_token(sample_store: Path) -> None:
    port = _free_port()
    proc = _dateline("serve", "--db", str(sample_store), "--port", str(port), "--allow-ingest")
    try:
        token = None
        deadline = time.monotonic() + 30
        while token is None and time.monotonic() < deadline:
            line = proc.stderr.readline() if proc.stderr else ""
            found = re.search(r"Bearer \.\.\.`\): (\S+)", line)
            token = found.group(1) if found else None
        assert token, "no token printed"
        base = f"http://127.0.0.1:{port}"
        while time.monotonic() < deadline:
            try:
                stats = httpx.get(f"{base}/api/stats", timeout=5)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        assert stats.status_code == 200 and stats.json()["documents"] > 400
        assert httpx.get(f"{base}/api/stats", headers={"Host": "evil.example"}).status_code == 400
        refused = httpx.post(f"{base}/api/documents", json={"text": ""})
        assert refused.status_code == 401
        checked = httpx.post(f"{base}/api/documents", json={"text": ""}, headers={"Authorization": f"Bearer {token}"})
        assert checked.status_code == 422 and checked.json()["error"]["code"] == "E105"  # past the token: validated
    finally:
        proc.terminate()
        proc.wait(timeout=10)
