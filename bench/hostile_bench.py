"""Benchmark: the worst inputs we know of, at the limits the checker allows, and how their cost grows.

For each hostile shape, times the stage at half the size limit and at the limit, and prints the ratio
(about 2 for a linear cost, about 4 for a quadratic one). Then the whole commands on a project with
sheets whose every text field is at its limit with the worst shapes.

    .venv/bin/python bench/hostile_bench.py            # stages, then fabrique check and generate on 40 sheets
    .venv/bin/python bench/hostile_bench.py --build    # and the whole fabrique build (MkDocs strict)

Budgets (not tests): every stage under 0.5 s per field at the limit, ratios under 3; fabrique check under
1 s per 10 hostile sheets. The old e-mail regular expression is timed beside the new one to show why
it was replaced (the report: 9 minutes on a 258 KB field).
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator import markup  # noqa: E402
from generator.check import EMAIL, PHONE, check_record  # noqa: E402
from generator.kinds import BY_NAME  # noqa: E402
from generator.load import MAX_BYTES, load_text  # noqa: E402

LIMIT = 5000  # maxLength of a text field (_common.schema.json, « texte »)
OLD_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")

SHAPES = {
    "[ répétés": "[",
    "[x]( répétés": "[x](",
    "](  répétés": "](",
    "![ répétés": "![",
    "* répétés": "*",
    "*a répétés": "*a",
    "** répétés": "**a",
    "_ répétés": "_",
    "` répétés": "`",
    "\\ répétés": "\\",
    "& répétés": "&",
    "&# répétés": "&#",
    "< répétés": "<",
    "{ répétés": "{",
    "| répétés": "|",
    "- en liste": "- ",
    "1. en liste": "1. ",
    "lignes courtes": "a\n",
    "paragraphes": "a\n\n",
    "liens permis": "[a](https://a.fr) ",
    "a@ (e-mail)": "a" * 60 + "@",
    "a. (e-mail)": "a.",
    "0 (téléphone)": "0",
}


def timed(function, *args, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        function(*args)
        best = min(best, time.perf_counter() - start)
    return best


def site_markdown():
    sys.path.insert(0, str(ROOT / "tests"))
    from hostile import site_markdown as make

    return make()


def fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def stages() -> None:
    md = site_markdown()

    def mkdocs_markdown(text: str) -> None:
        md.reset()
        md.convert(markup.block(text))

    def email(text: str) -> None:
        EMAIL.search(text)
        PHONE.search(text)

    print(f"Étapes, par champ de texte (limite : {LIMIT} caractères) ; meilleur de 3 essais.")
    print(f"{'forme':24} {'balisage ms':>11} {'ratio':>6} {'Markdown ms':>12} {'ratio':>6} {'regex ms':>9} {'ratio':>6}")
    worst = 0.0
    for name, unit in SHAPES.items():
        row = []
        for function in (markup.block, mkdocs_markdown, email):
            half = timed(function, fill(unit, LIMIT // 2))
            full = timed(function, fill(unit, LIMIT))
            worst = max(worst, full)
            row += [f"{full * 1000:11.1f}", f"{full / half if half > 1e-5 else 1:6.1f}"]
        print(f"{name:24} {row[0]} {row[1]} {row[2]:>12} {row[3]} {row[4]:>9} {row[5]}")
    print(f"Pire étape à la limite : {worst * 1000:.0f} ms.")
    print()
    print("Expression des adresses e-mail sur « aaaa…@ » (la forme du rapport) :")
    for size in (2000, 4000, 8000):
        text = "a" * size + "@"
        old, new = timed(OLD_EMAIL.search, text, repeat=1), timed(EMAIL.search, text, repeat=1)
        print(f"  {size:6} caractères : ancienne {old * 1000:8.1f} ms, nouvelle {new * 1000:6.2f} ms")
    text = "a" * 258_000 + "@"
    print(f"  258 000 caractères : nouvelle {timed(EMAIL.search, text, repeat=1) * 1000:.1f} ms "
          f"(l'ancienne, quadratique : environ {timed(OLD_EMAIL.search, 'a' * 8000 + '@', repeat=1) * (258_000 / 8000) ** 2:.0f} s)")
    print()
    raw = hostile_sheet("experiences/pire.yml").encode()
    print(f"Fiche au pire ({len(raw) // 1024} Kio, chaque texte à sa limite) :")
    started = time.perf_counter()
    record, problems = load_text(raw, "experiences/pire.yml", "experiences")
    loaded = time.perf_counter() - started
    found = check_record(BY_NAME["experience"], record) if record else problems
    checked = time.perf_counter() - started - loaded
    print(f"  lecture YAML {loaded * 1000:.0f} ms, vérification {checked * 1000:.0f} ms, {len(found)} problèmes ou avertissements")
    for shape in ("[" * (MAX_BYTES - 100), "a: " + "[" * 5000, "x: \"" + "\\e" * 50_000 + "\""):
        started = time.perf_counter()
        load_text(shape.encode(), "experiences/x.yml", "experiences")
        print(f"  fichier « {shape[:12]!r}… » de {len(shape) // 1024} Kio : {(time.perf_counter() - started) * 1000:.0f} ms")


def hostile_sheet(shown: str, seed: int = 0) -> str:
    """A valid experience sheet whose long texts are the worst shapes at the limit (short fields too)."""
    import yaml

    data = yaml.safe_load((ROOT / "experiences" / "exemple-cafe-des-aidants.yml").read_text(encoding="utf-8"))
    data["id"] = Path(shown).stem
    units = list(SHAPES.values())
    position = seed

    def text(size: int) -> str:
        nonlocal position
        position += 1
        unit = units[position % len(units)]
        return "Texte " + fill(unit, size - 12) + " fin."

    for key in ("contexte", "description", "resultats", "difficultes", "perspectives"):
        data[key] = text(LIMIT - 10)
    data["objectifs"] = [text(LIMIT - 10) for _ in range(3)]
    data["enseignements"] = [text(LIMIT - 10) for _ in range(3)]
    data["moyens"]["humains"] = text(LIMIT - 10)
    data["moyens"]["financiers"] = text(LIMIT - 10)
    data["titre"] = text(190)
    data["chapo"] = text(390)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100_000)


def commands(sheets: int, build: bool) -> None:
    folder = Path(tempfile.mkdtemp(prefix="fabrique-hostile-bench-"))
    try:
        project = folder / "projet"
        project.mkdir()
        for part in ("figures", "scenarios", "themes", "ateliers", "experiences", "docs", "mkdocs.yml"):
            source = ROOT / part
            if source.is_dir():
                shutil.copytree(source, project / part, ignore=shutil.ignore_patterns(
                    "figures", "scenarios", "themes", "ateliers", "experiences", "cartes") if part == "docs" else None)
            else:
                shutil.copy2(source, project / part)
        for number in range(sheets):
            name = f"pire-{number}"
            (project / "experiences" / f"{name}.yml").write_text(hostile_sheet(f"experiences/{name}.yml", number), encoding="utf-8")
        size = sum(p.stat().st_size for p in (project / "experiences").glob("pire-*.yml"))
        print(f"\nCommandes sur {sheets} fiches au pire ({size // 1024} Kio de fiches) :")
        env = {"XDG_CACHE_HOME": str(folder / "cache"), "PATH": "/usr/bin:/bin"}
        steps = [("check", "fabrique check (sans cache)"), ("check", "fabrique check (cache plein)"),
                 ("generate", "fabrique generate")] + ([("build", "fabrique build (MkDocs strict)")] if build else [])
        for command, label in steps:
            started = time.perf_counter()
            result = subprocess.run([sys.executable, "-m", "generator", command], cwd=project, capture_output=True,
                                    text=True, env=env)
            elapsed = time.perf_counter() - started
            last = (result.stdout.strip().splitlines() or [""])[-1]
            print(f"  {label:34} {elapsed:7.2f} s  (code {result.returncode}) {last[:90]}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sheets", type=int, default=40)
    parser.add_argument("--build", action="store_true")
    arguments = parser.parse_args()
    stages()
    commands(arguments.sheets, arguments.build)


if __name__ == "__main__":
    main()
