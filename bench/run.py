"""Benchmark: N synthetic sheets beside the real records, in a temporary copy of the project.

Measures in one run: `fabrique check`, `fabrique generate`, the whole `fabrique build`, and a bare
`mkdocs build` of the same generated Markdown; prints wall time, peak memory, site size, search index
size (raw and gzipped) and the ratio of the whole build to the bare MkDocs build; then changes one
sheet and counts the pages `fabrique generate` rewrites.

    .venv/bin/python bench/run.py --sheets 800
"""
from __future__ import annotations

import argparse
import gzip
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.synthetic import write_sheets  # noqa: E402

PARTS = ("figures", "scenarios", "themes", "ateliers", "experiences", "docs", "mkdocs.yml", "mkdocs-hors-ligne.yml", "overrides")
GENERATED = ("figures", "scenarios", "themes", "ateliers", "experiences", "cartes")


def measure(command: list[str], cwd: Path) -> tuple[float, float, str]:
    """(seconds, peak resident memory in MiB of the command and its children, output)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"échec de {' '.join(command)} :\n{output}")
    return elapsed, usage.ru_maxrss / 1024, output


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def make_project(target: Path, sheets: int) -> Path:
    for part in PARTS:
        origin = ROOT / part
        if origin.is_dir():
            shutil.copytree(origin, target / part, ignore=shutil.ignore_patterns(*GENERATED) if part == "docs" else None)
        elif origin.is_file():
            shutil.copy2(origin, target / part)
    write_sheets(target / "experiences", sheets)
    return target


def run(sheets: int, keep: bool) -> dict:
    workdir = Path(tempfile.mkdtemp(prefix="fabrique-bench-"))
    try:
        project = make_project(workdir / "projet", sheets)
        fabrique = [sys.executable, "-m", "generator", "--racine", str(project)]
        results: dict = {"fiches": sheets}
        # the same command on the repository's own records: its start-up cost, subtracted below
        results["check_vide"] = measure([sys.executable, "-m", "generator", "--racine", str(ROOT), "check"], ROOT)[:2]
        results["check"] = measure(fabrique + ["check"], project)[:2]
        for folder in GENERATED:
            shutil.rmtree(project / "docs" / folder, ignore_errors=True)
        # cold: nothing generated, no cache (the cards PDFs are rendered by WeasyPrint)
        results["build"] = measure(fabrique + ["build"], project)[:2]
        # warm: same records again (the usual case: pages unchanged, card PDFs from the cache)
        results["build_chaud"] = measure(fabrique + ["build"], project)[:2]
        results["generate"] = measure(fabrique + ["generate"], project)[:2]
        bare_site = workdir / "site-nu"
        results["mkdocs"] = measure(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(bare_site)], project
        )[:2]
        site = project / "site"
        results["site_octets"] = folder_size(site)
        pages = list((site / "experiences").glob("synthetique-*/index.html"))
        results["octets_par_fiche"] = sum(p.stat().st_size for p in pages) / max(len(pages), 1)
        index = (site / "search" / "search_index.json").read_bytes()
        results["index_recherche"] = (len(index), len(gzip.compress(index, 6)))
        sheet = project / "experiences" / "synthetique-00000.yml"
        sheet.write_text(sheet.read_text(encoding="utf-8").replace("Expérience 0 :", "Expérience zéro :"), encoding="utf-8")
        incremental = measure(fabrique + ["generate"], project)
        results["incremental"] = (incremental[0], incremental[2].strip())
        return results
    finally:
        if keep:
            print(f"projet conservé dans {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


def report(r: dict) -> str:
    n = r["fiches"]
    lines = [f"## {n} fiches synthétiques (en plus des fiches du dépôt)", ""]
    lines.append("| étape | temps (s) | mémoire max (Mio) |")
    lines.append("| --- | ---: | ---: |")
    for key, label in (("check", "fabrique check"), ("generate", "fabrique generate (rien n'a changé)"),
                       ("build", "fabrique build, à froid (tout, cartes PDF comprises)"),
                       ("build_chaud", "fabrique build, à chaud (mêmes fiches, caches pleins)"),
                       ("mkdocs", "mkdocs build nu (mêmes pages)")):
        seconds, memory = r[key]
        lines.append(f"| {label} | {seconds:.2f} | {memory:.0f} |")
    lines.append("")
    lines.append(f"- vérification : {n / r['check'][0]:.0f} fiches par seconde démarrage compris, "
                 f"{n / max(r['check'][0] - r['check_vide'][0], 1e-9):.0f} hors démarrage de Python et des bibliothèques "
                 f"({r['check_vide'][0]:.2f} s)")
    lines.append(f"- rapport build complet / mkdocs nu : {r['build'][0] / r['mkdocs'][0]:.3f} à froid, "
                 f"{r['build_chaud'][0] / r['mkdocs'][0]:.3f} à chaud")
    lines.append(f"- taille du site : {r['site_octets'] / 1e6:.1f} Mo ; page de fiche : {r['octets_par_fiche'] / 1024:.1f} Kio en moyenne")
    raw, gz = r["index_recherche"]
    lines.append(f"- index de recherche : {raw / 1e6:.2f} Mo brut, {gz / 1e6:.2f} Mo gzip")
    lines.append(f"- après modification d'une fiche, fabrique generate : {r['incremental'][0]:.2f} s — {r['incremental'][1]}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description="Mesure check, generate, build et mkdocs nu sur N fiches synthétiques.")
    parser.add_argument("--sheets", "--fiches", type=int, nargs="+", default=[800], help="nombre(s) de fiches synthétiques")
    parser.add_argument("--keep", action="store_true", help="garder le projet temporaire pour l'inspecter")
    args = parser.parse_args()
    for count in args.sheets:
        print(report(run(count, args.keep)), flush=True)
        print()


if __name__ == "__main__":
    main()
