"""Benchmark: N synthetic sheets beside the real records, in a temporary copy of the project.

Measures in one run every figure of issue 16's table: the cold `fabrique check` (sheets per second,
start-up included and not), the cold and warm `fabrique build` (both editions, search index, zip)
against bare `mkdocs build` runs of the same two editions from the same generated Markdown, one sheet changed (`fabrique generate`: time and pages rewritten), and how
long `fabrique serve` takes to show a changed sheet; plus peak memory, site and search index sizes.

    .venv/bin/python bench/run.py --sheets 800
"""
from __future__ import annotations

import argparse
import gzip
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.synthetic import write_sheets  # noqa: E402
from generator.editions import OFFLINE_FOLDER  # noqa: E402


PARTS = ("figures", "scenarios", "themes", "ateliers", "experiences", "docs", "mkdocs.yml", "mkdocs-hors-ligne.yml", "overrides")
GENERATED = ("figures", "scenarios", "themes", "ateliers", "experiences", "cartes")


TIMEOUT = 3600  # seconds: no single command of the benchmark may run longer


def measure(command: list[str], cwd: Path, timeout: float = TIMEOUT) -> tuple[float, float, str]:
    """(seconds, peak resident memory in MiB of the command and its children, output). The data that
    earlier steps wrote (a built site at 10 000 sheets is 640 MB) is first flushed to disk: otherwise
    the kernel may make this command wait while it writes them back (seen: a one-sheet generation
    taking 14 s instead of 2.5 s right after four bare builds)."""
    os.sync()
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    timer = threading.Timer(timeout, process.kill)
    timer.start()
    try:
        output = process.stdout.read()
        _, status, usage = os.wait4(process.pid, 0)
    finally:
        timer.cancel()
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        reason = f"arrêté après {timeout:.0f} s" if elapsed >= timeout else "échec"
        raise SystemExit(f"{reason} : {' '.join(command)} :\n{output}")
    return elapsed, usage.ru_maxrss / 1024, output


def say(sheets: int, label: str, value: str) -> None:
    """Each figure as soon as it is measured: a run stopped halfway keeps what it measured."""
    print(f"[{sheets} fiches] {label} : {value}", flush=True)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def make_project(target: Path, sheets: int, text: str = "vocabulaire") -> Path:
    for part in PARTS:
        origin = ROOT / part
        if origin.is_dir():
            shutil.copytree(origin, target / part, ignore=shutil.ignore_patterns(*GENERATED) if part == "docs" else None)
        elif origin.is_file():
            shutil.copy2(origin, target / part)
    write_sheets(target / "experiences", sheets, text=text)
    return target


def change_title(project: Path, old: str, new: str) -> None:
    sheet = project / "experiences" / "synthetique-00000.yml"
    sheet.write_text(sheet.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def measure_serve(project: Path, fabrique: list[str]) -> tuple[float, float]:
    """(seconds until the preview serves the site, seconds from a changed sheet to the changed page)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}/experiences/synthetique-00000/"

    def page() -> str:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return response.read().decode("utf-8")
        except OSError:
            return ""

    def wait(text: str, seconds: float = 1800) -> float:
        start = time.perf_counter()
        while text not in page():
            if time.perf_counter() - start > seconds or server.poll() is not None:
                raise SystemExit(f"fabrique serve n'a pas montré « {text} »")
            time.sleep(0.05)
        return time.perf_counter() - start

    server = subprocess.Popen(fabrique + ["serve", "--port", str(port)], cwd=project,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        ready = wait("Expérience 0 :")
        time.sleep(2)  # let the watchers settle
        change_title(project, "Expérience 0 :", "Expérience modifiée :")
        shown = wait("Expérience modifiée :")
        change_title(project, "Expérience modifiée :", "Expérience 0 :")
        return ready, shown
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()


def clear_generated(project: Path) -> None:
    for folder in GENERATED:
        shutil.rmtree(project / "docs" / folder, ignore_errors=True)
    shutil.rmtree(project / ".cache", ignore_errors=True)
    shutil.rmtree(project / "site", ignore_errors=True)


def run(sheets: int, keep: bool, serve: bool = True, build: bool = True) -> dict:
    workdir = Path(tempfile.mkdtemp(prefix="fabrique-bench-"))
    try:
        project = make_project(workdir / "projet", 0)
        fabrique = [sys.executable, "-m", "generator", "--racine", str(project)]
        results: dict = {"fiches": sheets}

        def timed(key: str, label: str, command: list[str]) -> None:
            results[key] = measure(command, project)[:2]
            say(sheets, label, f"{results[key][0]:.2f} s, {results[key][1]:.0f} Mio")

        # start-up: the same cold check on the repository's records alone, subtracted below
        clear_generated(project)
        timed("check_vide", "fabrique check à froid, fiches du dépôt seules (démarrage)", fabrique + ["check"])
        write_sheets(project / "experiences", sheets)
        # cold: no cache, nothing generated
        clear_generated(project)
        timed("check", "fabrique check à froid", fabrique + ["check"])
        if build:
            clear_generated(project)
            timed("build", "fabrique build à froid", fabrique + ["build"])
            # warm: same records again (the usual case: pages unchanged, card PDFs from the cache)
            timed("build_chaud", "fabrique build à chaud", fabrique + ["build"])
        else:
            timed("generate_froid", "fabrique generate à froid", fabrique + ["generate"])
        timed("generate", "fabrique generate, rien n'a changé", fabrique + ["generate"])
        if build:
            # the same two editions, built by MkDocs alone: what `fabrique build` is compared with
            bare = [sys.executable, "-m", "mkdocs", "build", "--strict"]
            offline_config = ["--config-file", str(project / "mkdocs-hors-ligne.yml")]
            timed("mkdocs_en_ligne", "mkdocs build nu, édition en ligne", bare + ["--site-dir", str(workdir / "nu-1")])
            timed("mkdocs_hors_ligne", "mkdocs build nu, édition hors ligne",
                  bare + offline_config + ["--site-dir", str(workdir / "nu-2")])
            results["mkdocs"] = (results["mkdocs_en_ligne"][0] + results["mkdocs_hors_ligne"][0],
                                 max(results["mkdocs_en_ligne"][1], results["mkdocs_hors_ligne"][1]))
            say(sheets, "mkdocs build nu, les deux éditions l'une après l'autre", f"{results['mkdocs'][0]:.2f} s")
            os.sync()
            start = time.perf_counter()
            both = [subprocess.Popen(bare + ["--site-dir", str(workdir / "nu-3")], cwd=project,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL),
                    subprocess.Popen(bare + offline_config + ["--site-dir", str(workdir / "nu-4")], cwd=project,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
            if any(process.wait(timeout=TIMEOUT) for process in both):
                raise SystemExit("échec : mkdocs build nu, les deux éditions côte à côte")
            results["mkdocs_cote_a_cote"] = time.perf_counter() - start
            say(sheets, "mkdocs build nu, les deux éditions côte à côte", f"{results['mkdocs_cote_a_cote']:.2f} s")
            for number in range(1, 5):
                shutil.rmtree(workdir / f"nu-{number}", ignore_errors=True)
            site = project / "site"
            results["site_octets"] = folder_size(site)
            pages = list((site / "experiences").glob("synthetique-*/index.html"))
            results["octets_par_fiche"] = sum(p.stat().st_size for p in pages) / max(len(pages), 1)
            # Material's index: the offline edition's (the hosted edition searches with Pagefind)
            index = (project / OFFLINE_FOLDER / "search" / "search_index.json").read_bytes()
            results["index_recherche"] = (len(index), len(gzip.compress(index, 6)))
        change_title(project, "Expérience 0 :", "Expérience zéro :")
        incremental = measure(fabrique + ["generate"], project)
        results["incremental"] = (incremental[0], incremental[2].strip().splitlines()[-1])
        say(sheets, "une fiche modifiée, fabrique generate", f"{incremental[0]:.2f} s — {results['incremental'][1]}")
        change_title(project, "Expérience zéro :", "Expérience 0 :")
        measure(fabrique + ["generate"], project)
        if serve:
            try:
                results["serve"] = measure_serve(project, fabrique)
                say(sheets, "une fiche modifiée, fabrique serve la montre", f"{results['serve'][1]:.2f} s")
            except SystemExit as failure:  # the other figures are still worth reporting
                say(sheets, "fabrique serve", str(failure))
        return results
    finally:
        if keep:
            print(f"projet conservé dans {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


def report(r: dict) -> str:
    n = r["fiches"]
    check, startup = r["check"][0], r["check_vide"][0]
    mkdocs = r["mkdocs"][0] if "mkdocs" in r else None
    lines = [f"## {n} fiches synthétiques (en plus des fiches du dépôt)", ""]
    lines.append("| mesure | valeur | objectif |")
    lines.append("| --- | ---: | ---: |")
    if mkdocs is not None:
        side = r["mkdocs_cote_a_cote"]
        for key, label, goal in (("build", "à froid", "1,10"), ("build_chaud", "à chaud", "1,05")):
            lines.append(f"| `fabrique build` {label} / `mkdocs build` nu des deux éditions | {r[key][0] / mkdocs:.2f} "
                         f"({r[key][0]:.1f} s / {mkdocs:.1f} s l'une après l'autre ; {r[key][0] / side:.2f} "
                         f"contre les deux côte à côte, {side:.1f} s) | ≤ {goal} |")
    lines.append(f"| `fabrique check` à froid | {n / check:.0f} fiches/s démarrage compris "
                 f"({check:.2f} s), {n / max(check - startup, 1e-9):.0f} sans (démarrage : {startup:.2f} s) | ≥ 2 000 fiches/s |")
    lines.append(f"| une fiche modifiée : `fabrique generate` | {r['incremental'][0]:.2f} s — {r['incremental'][1]} "
                 f"| ≤ {1 if n <= 800 else 3} s |")
    if "serve" in r:
        lines.append(f"| une fiche modifiée : `fabrique serve` la montre | {r['serve'][1]:.2f} s "
                     f"(premier affichage : {r['serve'][0]:.1f} s) | sans tout reconstruire |")
    lines.append("")
    lines.append("| étape | temps (s) | mémoire max (Mio) |")
    lines.append("| --- | ---: | ---: |")
    for key, label in (("check", "fabrique check, à froid"), ("generate_froid", "fabrique generate, à froid"),
                       ("generate", "fabrique generate (rien n'a changé)"),
                       ("build", "fabrique build, à froid (tout, cartes PDF comprises)"),
                       ("build_chaud", "fabrique build, à chaud (mêmes fiches, caches pleins)"),
                       ("mkdocs_en_ligne", "mkdocs build nu, édition en ligne (mêmes pages)"),
                       ("mkdocs_hors_ligne", "mkdocs build nu, édition hors ligne (mêmes pages)")):
        if key not in r:
            continue
        seconds, memory = r[key]
        lines.append(f"| {label} | {seconds:.2f} | {memory:.0f} |")
    lines.append("")
    if "site_octets" not in r:
        return "\n".join(lines)
    lines.append(f"- taille du site : {r['site_octets'] / 1e6:.1f} Mo ; page de fiche : {r['octets_par_fiche'] / 1024:.1f} Kio en moyenne")
    raw, gz = r["index_recherche"]
    lines.append(f"- index de recherche de l'édition hors ligne : {raw / 1e6:.2f} Mo brut, {gz / 1e6:.2f} Mo gzip")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description="Mesure check, generate, build et mkdocs nu sur N fiches synthétiques.")
    parser.add_argument("--sheets", "--fiches", type=int, nargs="+", default=[800], help="nombre(s) de fiches synthétiques")
    parser.add_argument("--keep", action="store_true", help="garder le projet temporaire pour l'inspecter")
    parser.add_argument("--sans-serve", action="store_true", help="ne pas mesurer fabrique serve")
    parser.add_argument("--serve-jusqu-a", type=int, default=800,
                        help="mesurer fabrique serve jusqu'à ce nombre de fiches seulement (800 par défaut : "
                             "à 10 000, la première construction de l'aperçu prend plusieurs minutes)")
    parser.add_argument("--sans-build", action="store_true",
                        help="ni fabrique build ni mkdocs build : vérification et génération seulement (quelques minutes à 10 000 fiches)")
    args = parser.parse_args()
    for count in args.sheets:
        print(report(run(count, args.keep, serve=not args.sans_serve and count <= args.serve_jusqu_a,
                         build=not args.sans_build)), flush=True)
        print()


if __name__ == "__main__":
    main()
