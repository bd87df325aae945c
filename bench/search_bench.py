"""Search and « fiches proches » at scale: N synthetic sheets in a temporary project.

Prints the time to build the Whoosh index from nothing, a query's latency once the index is up to
date (the command's own start-up included), the time to re-index after one sheet changed, and the
time to compute the related sheets of every sheet and scenario.

    .venv/bin/python bench/search_bench.py --sheets 800 10000
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.run import make_project  # noqa: E402


def timed(command: list[str], cwd: Path) -> tuple[float, str]:
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(result.stderr)
    return time.perf_counter() - start, result.stderr.strip()


def run(count: int) -> str:
    workdir = Path(tempfile.mkdtemp(prefix="fabrique-recherche-"))
    try:
        project = make_project(workdir / "projet", count)
        search = [sys.executable, "-m", "generator", "--racine", str(project), "search"]
        cold, _ = timed(search + ["isolement des personnes âgées", "--json"], project)
        warm = min(timed(search + [query, "--json"], project)[0] for query in ("café", "colocation", "veilleur"))
        sheet = project / "experiences" / "synthetique-00000.yml"
        sheet.write_text(sheet.read_text(encoding="utf-8").replace("Expérience 0 :", "Expérience zéro :"), encoding="utf-8")
        changed, report = timed(search + ["zéro", "--json"], project)
        from generator.check import check_project
        from generator.project import Project
        from generator.related import compute_related

        corpus, _ = check_project(Project.at(project))
        start = time.perf_counter()
        compute_related(corpus)
        related = time.perf_counter() - start
        return (f"## {count} fiches synthétiques\n\n"
                f"- index construit de zéro (avec la première requête) : {cold:.1f} s\n"
                f"- requête, index à jour (démarrage de la commande compris) : {warm:.2f} s\n"
                f"- après modification d'une fiche : {changed:.2f} s — {report}\n"
                f"- fiches proches de toutes les fiches et scénarios : {related:.2f} s\n")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description="Mesure la recherche et les fiches proches sur N fiches synthétiques.")
    parser.add_argument("--sheets", "--fiches", type=int, nargs="+", default=[800])
    for count in parser.parse_args().sheets:
        print(run(count), flush=True)


if __name__ == "__main__":
    main()
