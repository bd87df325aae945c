"""Nothing a contributor writes can run in a reader's browser: payloads in every text field of a
sheet, the real build, and the built HTML holds them only as inert text."""
from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser

import yaml

from generator.side_pages import read_catalogue_data
from conftest import ROOT, copy_project, fabrique

PAYLOADS = [
    "<script>alert('x')</script>",
    "<img src=x onerror=alert(1)>",
    "\"><svg onload=alert(1)>",
    "<a href=\"javascript:alert(1)\">clic</a>",
    "[clic](javascript:alert(1))",
    "[clic](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[clic]( JaVaScRiPt:alert(1))",
    "<javascript:alert(1)>",
    "![x](https://example.org/pixel.png)",
    "Texte { onclick=alert(1) }",
    "{: onmouseover=alert(1) }",
    "{{ config }} {% include 'x' %}",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "<!-- commentaire --><iframe src=//example.org>",
]


def payload(i: int) -> str:
    return " ".join(PAYLOADS[i:] + PAYLOADS[:i])


def poison(data, counter=[0]):
    """Every text field gets the payloads (ids, enums, dates and URLs stay valid so the sheet is published)."""
    keep = {"id", "origine", "par", "type", "departement", "population", "statut", "debut", "fin", "licence", "publication", "mise_a_jour", "url", "courriel", "site"}
    if isinstance(data, dict):
        return {k: (v if k in keep or k in ("themes", "publics") else poison(v)) for k, v in data.items()}
    if isinstance(data, list):
        return [poison(v) for v in data]
    if isinstance(data, str):
        counter[0] += 1
        if len(data) > 150:  # long texts get every payload at once, short ones one each
            return data + " " + payload(counter[0] % len(PAYLOADS))
        return data + " " + PAYLOADS[counter[0] % len(PAYLOADS)]
    return data


class Audit(HTMLParser):
    """Counts what could run or load: scripts, frames, images, SVG, event attributes, unsafe URLs."""

    def __init__(self):
        super().__init__()
        self.active: dict[str, int] = {}
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "iframe", "svg", "img", "object", "embed", "form", "style", "link", "meta", "base"):
            self.active[tag] = self.active.get(tag, 0) + 1
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"{tag} {name}")
            if name in ("href", "src", "action", "formaction") and value and re.match(r"\s*(javascript|data|vbscript):", value, re.I):
                self.problems.append(f"{tag} {name}={value[:30]}")


def audit(path) -> Audit:
    result = Audit()
    result.feed(path.read_text(encoding="utf-8"))
    return result


def test_payloads_in_every_field_stay_inert(tmp_path):
    project = copy_project(tmp_path / "projet")
    clean = ROOT / "tests" / "fixtures" / "exemple-veilleurs-de-quartier.yml"
    shutil.copy(clean, project / "experiences" / clean.name)
    sheet = yaml.safe_load(clean.read_text(encoding="utf-8"))
    poisoned = poison(sheet)
    poisoned["id"] = "fiche-piegee"
    poisoned["titre"] = "Fiche piégée <script>alert(1)</script>"[:200]
    poisoned["chapo"] = ("Chapô " + PAYLOADS[1] + PAYLOADS[0])[:400]
    poisoned["liens"] = [{"titre": "Lien <b>gras</b>", "url": "https://example.org/?q=\"><script>alert(1)</script>"}]
    (project / "experiences" / "fiche-piegee.yml").write_text(yaml.safe_dump(poisoned, allow_unicode=True, sort_keys=False), encoding="utf-8")
    check = fabrique("--racine", str(project), "check")
    assert check.returncode == 0, check.stdout
    fabrique("--racine", str(project), "build", check=True)
    site = project / "site"
    html = (site / "experiences" / "fiche-piegee" / "index.html").read_text(encoding="utf-8")
    poisoned_page = audit(site / "experiences" / "fiche-piegee" / "index.html")
    clean_page = audit(site / "experiences" / "exemple-veilleurs-de-quartier" / "index.html")
    assert poisoned_page.problems == [] and clean_page.problems == []
    assert poisoned_page.active == clean_page.active  # no script, frame, image or SVG more than Material's own
    assert "&lt;script&gt;" in html  # the words are still there, as text
    assert "{{ config }}" not in html
    catalogue = (project / "site" / "experiences" / "catalogue-donnees.js").read_text(encoding="utf-8")
    assert "</" not in catalogue  # the data could even be inlined: nothing in it closes a script element
    assert read_catalogue_data(catalogue)["fiches"]  # inserted with textContent, never innerHTML
    for page in ("figures/radar/index.html", "experiences/index.html"):
        assert audit(site / page).problems == [], page
