"""`fabrique serve`: a live preview on 127.0.0.1 that regenerates when a record changes, without a rebuild loop."""
from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request

from conftest import copy_project


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


def wait_for(predicate, seconds: float = 90.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            value = predicate()
            if value:
                return value
        except OSError:
            pass
        time.sleep(0.5)
    raise AssertionError("délai dépassé")


def test_serve_regenerates_a_changed_record(tmp_path):
    project = copy_project(tmp_path / "projet")
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "generator", "--racine", str(project), "serve", "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        url = f"http://127.0.0.1:{port}/figures/radar/"
        wait_for(lambda: "Le CCAS radar" in fetch(url))
        figure = project / "figures" / "radar.yml"
        figure.write_text(figure.read_text(encoding="utf-8").replace('titre: "Le CCAS radar"', 'titre: "Le CCAS radar du quartier"'), encoding="utf-8")
        wait_for(lambda: "Le CCAS radar du quartier" in fetch(url))
        page = project / "docs" / "figures" / "radar.md"
        written = page.stat().st_mtime
        time.sleep(4)
        assert page.stat().st_mtime == written, "la page a été réécrite sans changement de fiche (boucle de reconstruction)"
    finally:
        server.terminate()
        output = server.communicate(timeout=20)[0]
    assert "Aperçu sur http://127.0.0.1:" in output
    assert "Traceback" not in output
