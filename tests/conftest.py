"""Shared fixtures: the repository, a built copy of the site, a local server and a real browser."""
from __future__ import annotations

import functools
import http.server
import shutil
import subprocess
import os
import sys
import tempfile
import threading
from pathlib import Path

import pytest

# fabrique keeps its caches in the user's cache folder: the tests get their own.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="fabrique-tests-cache-")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "tests" / "samples"
PROJECT_PARTS = ("figures", "scenarios", "themes", "ateliers", "experiences", "docs", "mkdocs.yml", "mkdocs-hors-ligne.yml", "overrides")


def fabrique(*args: str, cwd: Path = ROOT, check: bool = False) -> subprocess.CompletedProcess:
    """Run the real command line, as a user would."""
    result = subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True)
    if check and result.returncode != 0:
        raise AssertionError(f"fabrique {' '.join(args)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result


def copy_project(target: Path, source: Path = ROOT) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        origin = source / part
        if origin.is_dir():
            shutil.copytree(origin, target / part, ignore=shutil.ignore_patterns(*GENERATED))
        elif origin.is_file():
            shutil.copy2(origin, target / part)
    return target


GENERATED = ("site",)


@pytest.fixture
def sample_copy(tmp_path) -> Path:
    """The sample corpus (tests/samples) copied into a temporary project, with an empty docs/."""
    project = tmp_path / "projet"
    shutil.copytree(SAMPLES, project)
    (project / "docs").mkdir(exist_ok=True)
    return project


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The repository's records built once with `fabrique build` (strict MkDocs) in a copy."""
    project = copy_project(tmp_path_factory.mktemp("projet"))
    for folder in ("figures", "scenarios", "themes", "ateliers", "experiences"):
        shutil.rmtree(project / "docs" / folder, ignore_errors=True)
    fabrique("--racine", str(project), "build", check=True)
    return project / "site"


@pytest.fixture(scope="session")
def offline_site(built_site) -> Path:
    """The offline edition that the same `fabrique build` made beside site/."""
    return built_site.parent / "site-hors-ligne"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def site_url(built_site) -> str:
    handler = functools.partial(_QuietHandler, directory=str(built_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, site_url):
    """A fresh page that records every request it makes."""
    context = browser.new_context(locale="fr-FR")
    page = context.new_page()
    page.requests = []
    page.on("request", lambda request: page.requests.append(request.url))
    yield page
    context.close()
