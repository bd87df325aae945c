"""Bytes a visitor transfers for a first search on the hosted site (Pagefind), at N synthetic sheets.

Builds the hosted edition of a temporary project (N synthetic sheets beside the real records; their text
drawn from the real sheets' sentences, or with --texte vocabulaire from a hundred-word vocabulary), serves
it on 127.0.0.1, opens the search page in Chromium, runs a first query on the search page (our interface on Pagefind's API) and adds
up every file fetched from pagefind/ (scripts, WebAssembly, page list, index chunks, filters if any, result
fragments) and the summaries of the sheets shown (resume.txt).
Prints the same figure for the offline edition's whole search index (Material's, loaded at once).

    .venv/bin/python bench/search_bytes.py --sheets 800 10000
"""
from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.run import make_project  # noqa: E402

# What officials, staff and facilitators type (tests/relevance.yml has more): one to three words, with
# and without function words, a département.
QUERIES = ("isolement des personnes agees", "epicerie", "aidants", "logement d'urgence", "aide alimentaire",
           "insertion des jeunes", "Gironde", "mobilite seniors transport")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


COMPRESSIBLE = (".js", ".css", ".json", ".html", ".txt")


def sizes(name: str, body: bytes) -> tuple[int, int]:
    """(bytes as stored, bytes a gzipping server such as GitHub Pages sends): Pagefind's index chunks,
    fragments and WebAssembly are already compressed; its scripts and stylesheets are not."""
    if name.endswith(COMPRESSIBLE):
        return len(body), len(gzip.compress(body, 6))
    return len(body), len(body)


def category(name: str) -> str:
    """What a fetched file of pagefind/ is for, in the breakdown the benchmark prints."""
    for suffix, label in ((".txt", "résumés"), (".pf_index", "index"), (".pf_filter", "filtres"), (".pf_fragment", "extraits"),
                          (".pf_meta", "liste des pages"), (".pagefind", "WebAssembly")):
        if name.endswith(suffix):
            return label
    return "scripts"


def first_query_bytes(site: Path, query: str) -> tuple[int, int, int, float, dict[str, int]]:
    """(bytes fetched from pagefind/, number of files, seconds to the first result) for a fresh visitor."""
    from playwright.sync_api import sync_playwright

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
            page = browser.new_page()
            page.goto(url + "/recherche/")
            responses = []
            page.on("response", lambda r: responses.append(r) if ("/pagefind/" in r.url or r.url.endswith("/resume.txt")) and r.ok else None)
            # the search page's own script came with the page: count it too
            ui = [sizes("recherche.js", (site / "assets" / "recherche.js").read_bytes())]
            start = time.perf_counter()
            page.fill("#fabrique-recherche-champ", query)
            page.press("#fabrique-recherche-champ", "Enter")
            page.wait_for_selector("#fabrique-recherche-resultats li", timeout=120_000)
            page.wait_for_load_state("networkidle")
            elapsed = time.perf_counter() - start
            # bodies read while the browser is open (a body read after it closes raises)
            fetched = [sizes(r.url.split("?")[0], r.body()) for r in responses]
            browser.close()
    finally:
        server.shutdown()
    every = fetched + ui
    parts: dict[str, int] = {}
    for response, (_, served) in zip(responses, fetched):
        key = category(response.url.split("?")[0])
        parts[key] = parts.get(key, 0) + served
    parts["scripts"] = parts.get("scripts", 0) + sum(served for _, served in ui)
    return sum(raw for raw, _ in every), sum(served for _, served in every), len(every), elapsed, parts


def query_lines(site: Path) -> list[str]:
    lines = []
    largest = 0
    for query in QUERIES:
        raw, served, files, seconds, parts = first_query_bytes(site, query)
        largest = max(largest, served)
        detail = ", ".join(f"{label} {size / 1024:.0f}" for label, size in sorted(parts.items(), key=lambda p: -p[1]))
        lines.append(f"- première requête « {query} » : {served / 1024:.0f} Kio transférés (gzip des scripts, "
                     f"comme GitHub Pages ; {raw / 1024:.0f} Kio sans) en {files} fichiers, "
                     f"premiers résultats en {seconds:.2f} s ; en Kio : {detail}")
    lines.append(f"- la plus lourde des {len(QUERIES)} premières requêtes : {largest / 1024:.0f} Kio "
                 f"({largest / 1000:.0f} ko ; objectif : 300 ko)")
    return lines


def run(count: int, text: str = "reel", offline_edition: bool = True, keep: bool = False) -> str:
    from generator.editions import OFFLINE_CONFIG
    from generator.outputs import build_search_index
    from generator.pipeline import run_mkdocs
    from generator.project import Project

    workdir = Path(tempfile.mkdtemp(prefix="fabrique-octets-"))
    try:
        project = make_project(workdir / "projet", count, text=text)
        subprocess.run([sys.executable, "-m", "generator", "--racine", str(project), "generate"], check=True,
                       capture_output=True)
        site = workdir / "site"
        run_mkdocs(Project.at(project), site)
        start = time.perf_counter()
        build_search_index(site)
        indexing = time.perf_counter() - start
        lines = [f"## {count} fiches synthétiques (texte : {text})", "",
                 f"- index Pagefind construit en {indexing:.1f} s ; dossier pagefind/ : "
                 f"{sum(p.stat().st_size for p in (site / 'pagefind').rglob('*') if p.is_file()) / 1e6:.1f} Mo"]
        lines += query_lines(site)
        if not offline_edition:
            return "\n".join(lines) + "\n"
        offline = workdir / "hors-ligne"
        run_mkdocs(Project.at(project), offline, project / OFFLINE_CONFIG)
        index = (offline / "search" / "search_index.js").read_bytes()
        lines.append(f"- édition hors ligne : index de Material chargé en entier, {len(index) / 1e6:.1f} Mo "
                     f"({len(gzip.compress(index, 6)) / 1e6:.1f} Mo gzip)")
        return "\n".join(lines) + "\n"
    finally:
        if keep:
            print(f"projet et site conservés dans {workdir}", flush=True)
        else:
            shutil.rmtree(workdir, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description="Octets transférés pour une première recherche, à N fiches synthétiques.")
    parser.add_argument("--sheets", "--fiches", type=int, nargs="+", default=[800])
    parser.add_argument("--texte", choices=["reel", "vocabulaire"], default="reel",
                        help="texte des fiches synthétiques : phrases des vraies fiches (reel, par défaut) "
                             "ou vocabulaire d'une centaine de mots (pire cas)")
    parser.add_argument("--sans-hors-ligne", action="store_true", help="ne pas mesurer l'édition hors ligne")
    parser.add_argument("--garder", action="store_true", help="garder le projet et le site construits")
    parser.add_argument("--site", type=Path, help="mesurer un site déjà construit (dossier site/ d'un projet gardé)")
    arguments = parser.parse_args()
    if arguments.site:
        print("\n".join(query_lines(arguments.site)), flush=True)
        return
    for count in arguments.sheets:
        print(run(count, arguments.texte, not arguments.sans_hors_ligne, arguments.garder), flush=True)


if __name__ == "__main__":
    main()
