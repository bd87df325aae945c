"""`fabrique serve`: MkDocs' live preview, plus a watcher that regenerates pages when a record changes.

Only pages whose content changed are rewritten, and records are never written, so a change
triggers exactly one MkDocs reload: no rebuild loop. MkDocs serves with `--dirty`: after the first
build, it reads and rebuilds only the pages whose Markdown changed (a sheet, the pages that list it),
not the thousands of others; the preview's search index then covers the rebuilt pages only.
"""
from __future__ import annotations

import signal
import subprocess
import sys
import time

import click

from generator.project import Project


def snapshot(project: Project) -> dict[str, float]:
    return {str(file): file.stat().st_mtime for _, file in project.record_files()}


def _stop(_signum, _frame):
    raise KeyboardInterrupt


def serve_site(project: Project, port: int, poll_seconds: float = 1.0) -> None:
    from generator.pipeline import CheckFailed, build_environment, generate_site

    click.echo(generate_site(project).summary())
    command = [sys.executable, "-m", "mkdocs", "serve", "--dirty", "--dev-addr", f"127.0.0.1:{port}",
               "--config-file", str(project.mkdocs_yml)]
    click.echo(f"Aperçu sur http://127.0.0.1:{port}/ — Ctrl+C pour arrêter.")
    server = subprocess.Popen(command, cwd=project.root, env=build_environment(project))
    signal.signal(signal.SIGTERM, _stop)
    seen = snapshot(project)
    try:
        while server.poll() is None:
            time.sleep(poll_seconds)
            current = snapshot(project)
            if current != seen:
                seen = current
                try:
                    click.echo(generate_site(project).summary())
                except CheckFailed as failure:
                    failure.show()
    except KeyboardInterrupt:
        pass
    finally:
        if server.poll() is None:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
        click.echo("Aperçu arrêté.")
