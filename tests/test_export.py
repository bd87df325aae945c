"""`fabrique export`: the handbook as open data."""
from __future__ import annotations

import csv
import io
import json
import zipfile

from conftest import fabrique

PARIS = ["CCAS'BAR", "La fabrique des possibles", "Les bienveilleurs", "Les référents de proximité", "Tournée sociale"]
LYON = ["La plateforme", "Maison d'ici et d'ailleurs", "Maison du temps partagé", "Maison universelle"]
BORDEAUX = ["Ancre vagabonde", "Espace de citoyenneté locale", "La journée du bonheur", "Le forum des bonnes santé", "Le négociateur éthique"]
NANCY = [
    "L'Agora de la mégalopole Metz-Nancy",
    "L'Hôtel de vie",
    "La Taxe sur les Produits Ultra-Transformés (TPUT)",
    "Le Conseil constitutionnel social local",
]


def test_json_export_holds_the_handbook():
    result = fabrique("export", "--format", "json", check=True)
    data = json.loads(result.stdout)
    assert data["schema_version"] == "1.0"
    figures = data["figures"]
    assert sorted(f["page"] for f in figures) == [13, 17, 21, 25, 29, 33, 37]
    assert all(len(f["scenarios_augmentes"]) == 2 for f in figures)
    by_atelier: dict[str, list[str]] = {}
    for scenario in data["scenarios"]:
        by_atelier.setdefault(scenario["atelier"], []).append(scenario["titre"])
    assert sorted(by_atelier["paris-2019"]) == sorted(PARIS)
    assert sorted(by_atelier["lyon-2019"]) == sorted(LYON)
    assert sorted(by_atelier["bordeaux-2019"]) == sorted(BORDEAUX)
    assert sorted(by_atelier["nancy-2019"]) == sorted(NANCY)
    assert len(data["scenarios"]) == 18
    assert len(data["themes"]) == 5 and len(data["ateliers"]) == 6
    assert "experiences" in data


def test_csv_export_zip(tmp_path):
    target = tmp_path / "donnees.zip"
    fabrique("export", "--format", "csv", "--output", str(target), check=True)
    with zipfile.ZipFile(target) as archive:
        assert sorted(archive.namelist()) == ["ateliers.csv", "experiences.csv", "figures.csv", "scenarios.csv", "themes.csv"]
        rows = list(csv.DictReader(io.StringIO(archive.read("figures.csv").decode("utf-8"))))
    assert len(rows) == 7
    radar = next(row for row in rows if row["id"] == "radar")
    assert radar["page"] == "21"
    assert len(json.loads(radar["scenarios_augmentes"])) == 2
    assert " | " in radar["actions"]
