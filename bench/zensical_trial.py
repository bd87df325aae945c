"""Trial build of the site with Zensical (Material for MkDocs' successor), beside MkDocs, the reference.

In a temporary copy of the project (with N synthetic sheets if asked): `fabrique generate`, then
`zensical build --clean` and `mkdocs build --strict` on the same pages, each timed with its peak
memory; Zensical runs under a memory and time limit so a blow-up cannot take the machine down.
Zensical has no --site-dir option: a small configuration inherits mkdocs.yml and sets site_dir.

    .venv/bin/pip install -e '.[zensical]'
    .venv/bin/python bench/zensical_trial.py                      # the real site, kept in site-zensical/
    .venv/bin/python bench/zensical_trial.py --sheets 800 --strict
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.run import folder_size, make_project  # noqa: E402

BIN = Path(sys.executable).parent


def timed(command: list[str], cwd: Path, memory_gib: float | None = None, seconds: float | None = None):
    """(status, seconds, peak resident memory in MiB, output); status is "ok", "échec" or "arrêté"."""
    def limit():
        if memory_gib:
            size = int(memory_gib * 1024**3)
            resource.setrlimit(resource.RLIMIT_AS, (size, size))

    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", NO_COLOR="1")
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               preexec_fn=limit, env=env)
    timer = threading.Timer(seconds, process.kill) if seconds else None
    if timer:
        timer.start()
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    stopped = timer is not None and not timer.is_alive() and elapsed >= seconds
    if timer:
        timer.cancel()
    process.returncode = os.waitstatus_to_exitcode(status)
    result = "arrêté" if stopped else ("ok" if process.returncode == 0 else "échec")
    return result, elapsed, usage.ru_maxrss / 1024, output


MARK = ".site-zensical-essai"


def keep_site(built: Path, target: Path) -> None:
    """Copy the Zensical site to `target`: a new folder, or one this script wrote before (marked)."""
    if target.exists():
        if not (target / MARK).is_file():
            raise SystemExit(f"{target} existe et ne vient pas de ce script : choisissez un autre --sortie.")
        shutil.rmtree(target)
    shutil.copytree(built, target)
    (target / MARK).write_text("site construit par bench/zensical_trial.py\n", encoding="utf-8")
    print(f"\nSite construit par Zensical : {target}")


def main() -> None:
    parser = argparse.ArgumentParser(description="Construit le site avec Zensical et avec MkDocs, et compare.")
    parser.add_argument("--sheets", "--fiches", type=int, default=0, help="fiches synthétiques ajoutées (0 : le site réel)")
    parser.add_argument("--sortie", default=str(ROOT / "site-zensical"),
                        help="dossier où garder le site construit par Zensical (par défaut : site-zensical/ ; "
                             "« » : ne pas le garder) ; un dossier existant n'est remplacé que s'il vient de ce script")
    parser.add_argument("--strict", action="store_true", help="zensical build --strict (liens et ancres cassés)")
    parser.add_argument("--memoire", type=float, default=6.0, help="mémoire virtuelle permise à Zensical, en Gio")
    parser.add_argument("--delai", type=float, default=600.0, help="temps permis à Zensical, en secondes")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="fabrique-zensical-"))
    try:
        project = make_project(workdir / "projet", args.sheets)
        generate = timed([sys.executable, "-m", "generator", "--racine", str(project), "generate"], project)
        if generate[0] != "ok":
            raise SystemExit(generate[3])
        config = project / "zensical-essai.yml"
        # Zensical wants site_dir inside the project
        config.write_text("INHERIT: mkdocs.yml\nsite_dir: site-zensical\n", encoding="utf-8")
        zensical = [str(BIN / "zensical"), "build", "--clean", "-f", str(config)] + (["--strict"] if args.strict else [])
        z = timed(zensical, project, args.memoire, args.delai)
        m = timed([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(workdir / "site-mkdocs")], project)
        print(f"## Zensical et MkDocs, {args.sheets} fiches synthétiques en plus des fiches du dépôt\n")
        print("| outil | résultat | temps (s) | mémoire max (Mio) | taille du site (Mo) |")
        print("| --- | --- | ---: | ---: | ---: |")
        for name, (status, seconds, memory, _), site in (("zensical 0.0.73", z, project / "site-zensical"),
                                                         ("mkdocs", m, workdir / "site-mkdocs")):
            size = folder_size(site) / 1e6 if site.is_dir() else 0
            print(f"| {name} | {status} | {seconds:.1f} | {memory:.0f} | {size:.1f} |")
        if z[0] != "ok":
            print("\nSortie de Zensical (fin) :\n" + "\n".join(z[3].strip().splitlines()[-15:]))
        elif args.sortie.strip():
            keep_site(project / "site-zensical", Path(args.sortie).resolve())
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
