"""Rules of experience sheets that a JSON Schema cannot say well: which sheet may claim what.

Two kinds of sheet share one schema. A sheet written by the structure itself (« origine: structure »)
has every section; a sheet written by the project from a La Fabrique page on unccas.org (« origine:
unccas ») has only the sections its source supports, and its « source » block. A figure link says
who made it (« par »): a contributor cannot claim a published source's authority for a link that no
source makes (the list of links that sources do make is data: vocabularies/liens_sources.yml).
"""
from __future__ import annotations

from generator.load import RawRecord
from generator.problems import Problem
from generator.vocabularies import source_links

SECTIONS_OF_AN_EXCERPT = ("contexte", "description", "objectifs")


def _at(record: RawRecord, path: tuple, message: str, key: bool = False) -> Problem:
    line, column = record.where(path, key=key)
    return Problem(record.path, line, column, message)


def experience_rules(record: RawRecord) -> list[Problem]:
    data = record.data
    origine = data.get("origine")
    problems: list[Problem] = []
    if origine == "structure" and "source" in data:
        problems.append(_at(record, ("source",), "le bloc « source » est réservé aux fiches que le projet rédige à partir "
                            "de la base de l'UNCCAS (« origine: unccas ») : supprimez-le, ou écrivez « origine: unccas » si "
                            "la fiche reprend une fiche publiée sur unccas.org.", key=True))
    if origine == "unccas" and not any(section in data for section in SECTIONS_OF_AN_EXCERPT):
        problems.append(_at(record, ("origine",), "une fiche « origine: unccas » reprend au moins une rubrique de sa fiche "
                            "d'origine : ajoutez « contexte », « description » ou « objectifs ».", key=True))
    dates = data.get("dates")
    if isinstance(dates, dict) and isinstance(dates.get("debut"), str) and isinstance(dates.get("fin"), str):
        # ISO strings of any precision compare in time order on their common prefix
        common = min(len(dates["debut"]), len(dates["fin"]))
        if dates["fin"][:common] < dates["debut"][:common]:
            problems.append(_at(record, ("dates", "fin"), f"la date de fin ({dates['fin']}) est avant la date de début "
                                f"({dates['debut']}) : vérifiez les deux dates."))
    figures = data.get("figures")
    if not isinstance(figures, list):
        return problems
    known = source_links().get(data.get("id"), {}) if isinstance(data.get("id"), str) else {}
    for index, lien in enumerate(figures):
        if not isinstance(lien, dict) or not isinstance(lien.get("id"), str):
            continue
        place = f"« figures, élément {index + 1} »"
        par = lien.get("par")
        if par == "redaction" and "justification" not in lien:
            problems.append(_at(record, ("figures", index, "par"), f"{place} : un rapprochement « par: redaction » dit "
                                "pourquoi : ajoutez « justification: » avec une phrase."))
        if par == "source" and lien["id"] not in known:
            problems.append(_at(record, ("figures", index, "par"), f"{place} vaut « par: source », mais aucune source "
                                f"publiée ne relie cette fiche à la figure « {lien['id']} » (le manuel ne cite aucune "
                                "fiche d'expérience) : écrivez « par: structure » si ce lien est votre lecture de votre "
                                "projet."))
        if par == "structure" and origine == "unccas":
            problems.append(_at(record, ("figures", index, "par"), f"{place} : dans une fiche « origine: unccas », la "
                                "structure n'a pas fait ce lien elle-même : écrivez « par: redaction » avec une "
                                "justification."))
    return problems
