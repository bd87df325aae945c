# Generated from generator/schemas/figure.schema.json by fastjsonschema.compile_to_code: do not edit.
# To regenerate every file of this folder after changing a schema: python -m generator.schema
# (tests/test_check.py fails while one of them differs from what that command writes).
# ruff: noqa
SCHEMA_DIGEST = "55aff9ac66a0f71f582d69d4a39f26c0c38a0c346bb512490cd2d7b678292926"
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    '^#[0-9a-fA-F]{6}$': re.compile('^#[0-9a-fA-F]{6}\\Z'),
    '^À quoi ressemblerait': re.compile('^À quoi ressemblerait'),
    '^Et si demain': re.compile('^Et si demain'),
    '\\S': re.compile('\\S'),
    '^[a-z0-9]+(-[a-z0-9]+)*$': re.compile('^[a-z0-9]+(-[a-z0-9]+)*\\Z')
}

NoneType = type(None)

def validate_https___fabrique_ccas_example_schemas_figure_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'numero', 'titre', 'page', 'couleur', 'contexte', 'question', 'question_formes', 'description', 'scenarios_augmentes', 'finalite', 'actions', 'nouveaux_acteurs', 'points_de_vigilance', 'portrait_le_mans', 'carte']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            validate_https___fabrique_ccas_example_schemas_figure_schema_json___defs_identifiant(data__id, custom_formats, (name_prefix or "data") + ".id")
        if "numero" in data_keys:
            data_keys.remove("numero")
            data__numero = data["numero"]
            if not isinstance(data__numero, (int)) and not (isinstance(data__numero, float) and data__numero.is_integer()) or isinstance(data__numero, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".numero must be integer")
            if isinstance(data__numero, (int, float, Decimal)) and not isinstance(data__numero, bool):
                if data__numero < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".numero must be bigger than or equal to 1")
                if data__numero > 7:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".numero must be smaller than or equal to 7")
        if "titre" in data_keys:
            data_keys.remove("titre")
            data__titre = data["titre"]
            validate_https___fabrique_ccas_example_schemas_figure_schema_json___defs_texte_court(data__titre, custom_formats, (name_prefix or "data") + ".titre")
        if "page" in data_keys:
            data_keys.remove("page")
            data__page = data["page"]
            if not isinstance(data__page, (int)) and not (isinstance(data__page, float) and data__page.is_integer()) or isinstance(data__page, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".page must be integer")
            if isinstance(data__page, (int, float, Decimal)) and not isinstance(data__page, bool):
                if data__page < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".page must be bigger than or equal to 1")
                if data__page > 60:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".page must be smaller than or equal to 60")
        if "couleur" in data_keys:
            data_keys.remove("couleur")
            data__couleur = data["couleur"]
            if not isinstance(data__couleur, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".couleur must be string")
            if isinstance(data__couleur, str):
                data__couleur_len = len(data__couleur)
                if data__couleur_len > 7:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".couleur must be shorter than or equal to 7 characters")
                if not REGEX_PATTERNS['^#[0-9a-fA-F]{6}$'].search(data__couleur):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".couleur must match pattern ^#[0-9a-fA-F]{6}$")
        if "contexte" in data_keys:
            data_keys.remove("contexte")
            data__contexte = data["contexte"]
            if not isinstance(data__contexte, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".contexte must be object")
            data__contexte_is_dict = isinstance(data__contexte, dict)
            if data__contexte_is_dict:
                data__contexte__missing_keys = set(['source', 'resume']) - data__contexte.keys()
                if data__contexte__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".contexte must contain ")
                data__contexte_keys = set(data__contexte.keys())
                if "source" in data__contexte_keys:
                    data__contexte_keys.remove("source")
                    data__contexte__source = data__contexte["source"]
                    validate_https___fabrique_ccas_example_schemas_figure_schema_json___defs_texte(data__contexte__source, custom_formats, (name_prefix or "data") + ".contexte.source")
                if "resume" in data__contexte_keys:
                    data__contexte_keys.remove("resume")
                    data__contexte__resume = data__contexte["resume"]
                    validate_https___fabrique_ccas_example_schemas_figure_schema_json___defs_texte(data__contexte__resume, custom_formats, (name_prefix or "data") + ".contexte.resume")
                if "citation" in data__contexte_keys:
                    data__contexte_keys.remove("citation")
                    data__contexte__citation = data__contexte["citation"]
                    validate_https___fabrique_ccas_example_schemas_figure_schema_json___defs_texte(data__contexte__citation, custom_formats, (name_prefix or "data") + ".contexte.citation")
                if data__contexte_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".contexte must not contain "+str(data__contexte_keys)+" properties")
        if "question_formes" in data_keys:
            data_keys.remove("question_formes")
            data__questionformes = data["question_formes"]
            if not isinstance(data__questionformes, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".question_formes must be string")
            if isinstance(data__questionformes, str):
                data__questionformes_len = len(data__questionformes)
                if data__questionformes_len < 20:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".question_formes must be longer than or equal to 20 characters")
                if data__questionformes_len > 400:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".question_formes must be shorter than or equal to 400 characters")
                if not REGEX_PATTERNS['^À quoi ressemblerait'].search(data__questionformes):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".question_formes must match pattern ^\xc0 quoi ressemblerait")
        if "question" in data_keys:
            data_keys.remove("question")
            data__question = data["question"]
            if not isinstance(data__question, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".question must be string")
            if isinstance(data__question, str):
                data__question_len = len(data__question)
                if data__question_len < 20:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".question must be longer than or equal to 20 characters")
                if data__question_len > 400:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".question must be shorter than or equal to 400 characters")
                if not REGEX_PATTERNS['^Et si demain'].search(data__question):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".question must match pattern ^Et si demain")
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            validate_https___fabrique_ccas_example_schemas_figure_schema_json___defs_texte(data__description, custom_formats, (name_prefix or "data") + ".description")
        if "scenarios_augmentes" in data_keys:
            data_keys.remove("scenarios_augmentes")
            data__scenariosaugmentes = data["scenarios_augmentes"]
            if not isinstance(data__scenariosaugmentes, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".scenarios_augmentes must be array")
            data__scenariosaugmentes_is_list = isinstance(data__scenariosaugmentes, (list, tuple))
            if data__scenariosaugmentes_is_list:
                data__scenariosaugmentes_len = len(data__scenariosaugmentes)
                if data__scenariosaugmentes_len < 2:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".scenarios_augmentes must contain at least 2 items")
                if data__scenariosaugmentes_len > 2:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".scenarios_augmentes must contain less than or equal to 2 items")
                for data__scenariosaugmentes_x, data__scenariosaugmentes_item in enumerate(data__scenariosaugmentes):
                    if not isinstance(data__scenariosaugmentes_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".scenarios_augmentes[{data__scenariosaugmentes_x}]".format(**locals()) + " must be object")
                    data__scenariosaugmentes_item_is_dict = isinstance(data__scenariosaugmentes_item, dict)
                    if data__scenariosaugmentes_item_is_dict:
                        data__scenariosaugmentes_item__missing_keys = set(['titre', 'recit', 'resume_carte', 'accroche', 'metiers']) - data__scenariosaugmentes_item.keys()
                        if data__scenariosaugmentes_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".scenarios_augmentes[{data__scenariosaugmentes_x}]".format(**locals()) + " must contain ")
                        data__scenariosaugmentes_item_keys = set(data__scenariosaugmentes_item.keys())
                        if "titre" in data__scenariosaugmentes_item_keys:
                            data__scenariosaugmentes_item_keys.remove("titre")
                            data__scenariosaugmentes_item__titre = data__scenariosaugmentes_item["titre"]
                            validate_https___fabrique_ccas_example_schemas_figure_schema_json___defs_texte_court(data__scenariosaugmentes_item__titre, custom_formats, (name_prefix or "data") + ".scenarios_augmentes[{data__scenariosaugmentes_x}].titre".format(**locals()))
                        if "recit" in data__scenariosaugmentes_item_keys:
                            data__scenariosaugmentes_item_keys.remove("recit")
                            data__scenariosaugmentes_item__recit = data__scenariosaugmentes_item["recit"]
                            validate_https___fabrique_ccas_example_schemas_figure_schema_json___defs_texte(data__scenariosaugmentes_item__recit, custom_formats, (name_prefix or "data") + ".scenarios_augmentes[{data__scenariosaugmentes_x}].recit".format(**locals()))
                        if "resume_carte" in data__scenariosaugmentes_item_keys:
                            data__scenariosaugmentes_item_keys.remove("resume_carte")
                            data__scenariosaugmentes_item__resumecarte = data__scenariosaugmentes_item["resume_carte"]
                            if not isinstance(data__scenariosaugmentes_item__resumecarte, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".scenarios_augmentes[{data__scenariosaugmentes_x}].resume_carte".format(**locals()) + " must be string")
                            if isinstance(data__scenariosaugmentes_item__resumecarte, str):
                                data__scenariosaugmentes_item__resumecarte_len = len(data__scenariosaugmentes_item__resumecarte)
                                if data__scenariosaugmentes_item__resumecarte_len < 20:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".scenarios_augmentes[{data__scenariosaugmentes_x}].resume_carte".format(**locals()) + " must be longer than or equal to 20 characters")
                                if data__scenariosaugmentes_item__resumecarte_len > 420:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".scenarios_augmentes[{data__scenariosaugmentes_x}].resume_carte".format(**locals()) + " must be shorter than or equal to 420 characters")
                        if "accroche" in data__scenariosaugmentes_item_keys:
                            data__scenariosaugmentes_item_keys.remove("accroche")
                            data__scenariosaugmentes_item__accroche = data__scenariosaugmentes_item["accroche"]
                            if not isinstance(data__scenariosaugmentes_item__accroche, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".scenarios_augmentes[{data__scenariosaugmentes_x}].accroche".format(**locals()) + " must be string")
                            if isinstance(data__scenariosaugmentes_item__accroche, str):
                                data__scenariosaugmentes_item__accroche_len = len(data__scenariosaugmentes_item__accroche)
                                if data__scenariosaugmentes_item__accroche_len < 20:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".scenarios_augmentes[{data__scenariosaugmentes_x}].accroche".format(**locals()) + " must be longer than or equal to 20 characters")
                                if data__scenariosaugmentes_item__accroche_len > 140:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".scenarios_augmentes[{data__scenariosaugmentes_x}].accroche".format(**locals()) + " must be shorter than or equal to 140 characters")
                        if "metiers" in data__scenariosaugmentes_item_keys:
                            data__scenariosaugmentes_item_keys.remove("metiers")
                            data__scenariosaugmentes_item__metiers = data__scenariosaugmentes_item["metiers"]
                            if not isinstance(data__scenariosaugmentes_item__metiers, (list, tuple)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".scenarios_augmentes[{data__scenariosaugmentes_x}].metiers".format(**locals()) + " must be array")
                            data__scenariosaugmentes_item__metiers_is_list = isinstance(data__scenariosaugmentes_item__metiers, (list, tuple))
                            if data__scenariosaugmentes_item__metiers_is_list:
                                data__scenariosaugmentes_item__metiers_len = len(data__scenariosaugmentes_item__metiers)
                                if data__scenariosaugmentes_item__metiers_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".scenarios_augmentes[{data__scenariosaugmentes_x}].metiers".format(**locals()) + " must contain at least 1 items")
                                if data__scenariosaugmentes_item__metiers_len > 3:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".scenarios_augmentes[{data__scenariosaugmentes_x}].metiers".format(**locals()) + " must contain less than or equal to 3 items")
                                for data__scenariosaugmentes_item__metiers_x, data__scenariosaugmentes_item__metiers_item in enumerate(data__scenariosaugmentes_item__metiers):
                                    if not isinstance(data__scenariosaugmentes_item__metiers_item, (dict)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".scenarios_augmentes[{data__scenariosaugmentes_x}].metiers[{data__scenariosaugmentes_item__metiers_x}]".format(**locals()) + " must be object")
                                    data__scenariosaugmentes_item__metiers_item_is_dict = isinstance(data__scenariosaugmentes_item__metiers_item, dict)
                                    if data__scenariosaugmentes_item__metiers_item_is_dict:
                                        data__scenariosaugmentes_item__metiers_item__missing_keys = set(['nom', 'mission']) - data__scenariosaugmentes_item__metiers_item.keys()
                                        if data__scenariosaugmentes_item__metiers_item__missing_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".scenarios_augmentes[{data__scenariosaugmentes_x}].metiers[{data__scenariosaugmentes_item__metiers_x}]".format(**locals()) + " must contain ")
                                        data__scenariosaugmentes_item__metiers_item_keys = set(data__scenariosaugmentes_item__metiers_item.keys())
                                        if "nom" in data__scenariosaugmentes_item__metiers_item_keys:
                                            data__scenariosaugmentes_item__metiers_item_keys.remove("nom")
                                            data__scenariosaugmentes_item__metiers_item__nom = data__scenariosaugmentes_item__metiers_item["nom"]
                                            if not isinstance(data__scenariosaugmentes_item__metiers_item__nom, (str)):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".scenarios_augmentes[{data__scenariosaugmentes_x}].metiers[{data__scenariosaugmentes_item__metiers_x}].nom".format(**locals()) + " must be string")
                                            if isinstance(data__scenariosaugmentes_item__metiers_item__nom, str):
                                                data__scenariosaugmentes_item__metiers_item__nom_len = len(data__scenariosaugmentes_item__metiers_item__nom)
                                                if data__scenariosaugmentes_item__metiers_item__nom_len < 2:
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".scenarios_augmentes[{data__scenariosaugmentes_x}].metiers[{data__scenariosaugmentes_item__metiers_x}].nom".format(**locals()) + " must be longer than or equal to 2 characters")
                                                if data__scenariosaugmentes_item__metiers_item__nom_len > 60:
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".scenarios_augmentes[{data__scenariosaugmentes_x}].metiers[{data__scenariosaugmentes_item__metiers_x}].nom".format(**locals()) + " must be shorter than or equal to 60 characters")
                                                if not REGEX_PATTERNS['\\S'].search(data__scenariosaugmentes_item__metiers_item__nom):
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".scenarios_augmentes[{data__scenariosaugmentes_x}].metiers[{data__scenariosaugmentes_item__metiers_x}].nom".format(**locals()) + " must match pattern \\S")
                                        if "mission" in data__scenariosaugmentes_item__metiers_item_keys:
                                            data__scenariosaugmentes_item__metiers_item_keys.remove("mission")
                                            data__scenariosaugmentes_item__metiers_item__mission = data__scenariosaugmentes_item__metiers_item["mission"]
                                            if not isinstance(data__scenariosaugmentes_item__metiers_item__mission, (str)):
                                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".scenarios_augmentes[{data__scenariosaugmentes_x}].metiers[{data__scenariosaugmentes_item__metiers_x}].mission".format(**locals()) + " must be string")
                                            if isinstance(data__scenariosaugmentes_item__metiers_item__mission, str):
                                                data__scenariosaugmentes_item__metiers_item__mission_len = len(data__scenariosaugmentes_item__metiers_item__mission)
                                                if data__scenariosaugmentes_item__metiers_item__mission_len < 5:
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".scenarios_augmentes[{data__scenariosaugmentes_x}].metiers[{data__scenariosaugmentes_item__metiers_x}].mission".format(**locals()) + " must be longer than or equal to 5 characters")
                                                if data__scenariosaugmentes_item__metiers_item__mission_len > 120:
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".scenarios_augmentes[{data__scenariosaugmentes_x}].metiers[{data__scenariosaugmentes_item__metiers_x}].mission".format(**locals()) + " must be shorter than or equal to 120 characters")
                                                if not REGEX_PATTERNS['\\S'].search(data__scenariosaugmentes_item__metiers_item__mission):
                                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".scenarios_augmentes[{data__scenariosaugmentes_x}].metiers[{data__scenariosaugmentes_item__metiers_x}].mission".format(**locals()) + " must match pattern \\S")
                                        if data__scenariosaugmentes_item__metiers_item_keys:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".scenarios_augmentes[{data__scenariosaugmentes_x}].metiers[{data__scenariosaugmentes_item__metiers_x}]".format(**locals()) + " must not contain "+str(data__scenariosaugmentes_item__metiers_item_keys)+" properties")
                        if data__scenariosaugmentes_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".scenarios_augmentes[{data__scenariosaugmentes_x}]".format(**locals()) + " must not contain "+str(data__scenariosaugmentes_item_keys)+" properties")
        if "finalite" in data_keys:
            data_keys.remove("finalite")
            data__finalite = data["finalite"]
            validate_https___fabrique_ccas_example_schemas_figure_schema_json___defs_texte(data__finalite, custom_formats, (name_prefix or "data") + ".finalite")
        if "actions" in data_keys:
            data_keys.remove("actions")
            data__actions = data["actions"]
            if not isinstance(data__actions, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".actions must be array")
            data__actions_is_list = isinstance(data__actions, (list, tuple))
            if data__actions_is_list:
                data__actions_len = len(data__actions)
                if data__actions_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".actions must contain at least 1 items")
                for data__actions_x, data__actions_item in enumerate(data__actions):
                    validate_https___fabrique_ccas_example_schemas_figure_schema_json___defs_texte(data__actions_item, custom_formats, (name_prefix or "data") + ".actions[{data__actions_x}]".format(**locals()))
        if "nouveaux_acteurs" in data_keys:
            data_keys.remove("nouveaux_acteurs")
            data__nouveauxacteurs = data["nouveaux_acteurs"]
            if not isinstance(data__nouveauxacteurs, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".nouveaux_acteurs must be array")
            data__nouveauxacteurs_is_list = isinstance(data__nouveauxacteurs, (list, tuple))
            if data__nouveauxacteurs_is_list:
                data__nouveauxacteurs_len = len(data__nouveauxacteurs)
                if data__nouveauxacteurs_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".nouveaux_acteurs must contain at least 1 items")
                for data__nouveauxacteurs_x, data__nouveauxacteurs_item in enumerate(data__nouveauxacteurs):
                    if not isinstance(data__nouveauxacteurs_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".nouveaux_acteurs[{data__nouveauxacteurs_x}]".format(**locals()) + " must be object")
                    data__nouveauxacteurs_item_is_dict = isinstance(data__nouveauxacteurs_item, dict)
                    if data__nouveauxacteurs_item_is_dict:
                        data__nouveauxacteurs_item__missing_keys = set(['role', 'mission']) - data__nouveauxacteurs_item.keys()
                        if data__nouveauxacteurs_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".nouveaux_acteurs[{data__nouveauxacteurs_x}]".format(**locals()) + " must contain ")
                        data__nouveauxacteurs_item_keys = set(data__nouveauxacteurs_item.keys())
                        if "role" in data__nouveauxacteurs_item_keys:
                            data__nouveauxacteurs_item_keys.remove("role")
                            data__nouveauxacteurs_item__role = data__nouveauxacteurs_item["role"]
                            validate_https___fabrique_ccas_example_schemas_figure_schema_json___defs_texte_court(data__nouveauxacteurs_item__role, custom_formats, (name_prefix or "data") + ".nouveaux_acteurs[{data__nouveauxacteurs_x}].role".format(**locals()))
                        if "mission" in data__nouveauxacteurs_item_keys:
                            data__nouveauxacteurs_item_keys.remove("mission")
                            data__nouveauxacteurs_item__mission = data__nouveauxacteurs_item["mission"]
                            validate_https___fabrique_ccas_example_schemas_figure_schema_json___defs_texte(data__nouveauxacteurs_item__mission, custom_formats, (name_prefix or "data") + ".nouveaux_acteurs[{data__nouveauxacteurs_x}].mission".format(**locals()))
                        if data__nouveauxacteurs_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".nouveaux_acteurs[{data__nouveauxacteurs_x}]".format(**locals()) + " must not contain "+str(data__nouveauxacteurs_item_keys)+" properties")
        if "points_de_vigilance" in data_keys:
            data_keys.remove("points_de_vigilance")
            data__pointsdevigilance = data["points_de_vigilance"]
            if not isinstance(data__pointsdevigilance, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".points_de_vigilance must be array")
            data__pointsdevigilance_is_list = isinstance(data__pointsdevigilance, (list, tuple))
            if data__pointsdevigilance_is_list:
                data__pointsdevigilance_len = len(data__pointsdevigilance)
                if data__pointsdevigilance_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".points_de_vigilance must contain at least 1 items")
                for data__pointsdevigilance_x, data__pointsdevigilance_item in enumerate(data__pointsdevigilance):
                    validate_https___fabrique_ccas_example_schemas_figure_schema_json___defs_texte(data__pointsdevigilance_item, custom_formats, (name_prefix or "data") + ".points_de_vigilance[{data__pointsdevigilance_x}]".format(**locals()))
        if "portrait_le_mans" in data_keys:
            data_keys.remove("portrait_le_mans")
            data__portraitlemans = data["portrait_le_mans"]
            if not isinstance(data__portraitlemans, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".portrait_le_mans must be object")
            data__portraitlemans_is_dict = isinstance(data__portraitlemans, dict)
            if data__portraitlemans_is_dict:
                data__portraitlemans__missing_keys = set(['titre', 'recit']) - data__portraitlemans.keys()
                if data__portraitlemans__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".portrait_le_mans must contain ")
                data__portraitlemans_keys = set(data__portraitlemans.keys())
                if "titre" in data__portraitlemans_keys:
                    data__portraitlemans_keys.remove("titre")
                    data__portraitlemans__titre = data__portraitlemans["titre"]
                    validate_https___fabrique_ccas_example_schemas_figure_schema_json___defs_texte_court(data__portraitlemans__titre, custom_formats, (name_prefix or "data") + ".portrait_le_mans.titre")
                if "recit" in data__portraitlemans_keys:
                    data__portraitlemans_keys.remove("recit")
                    data__portraitlemans__recit = data__portraitlemans["recit"]
                    validate_https___fabrique_ccas_example_schemas_figure_schema_json___defs_texte(data__portraitlemans__recit, custom_formats, (name_prefix or "data") + ".portrait_le_mans.recit")
                if data__portraitlemans_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".portrait_le_mans must not contain "+str(data__portraitlemans_keys)+" properties")
        if "carte" in data_keys:
            data_keys.remove("carte")
            data__carte = data["carte"]
            if not isinstance(data__carte, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".carte must be object")
            data__carte_is_dict = isinstance(data__carte, dict)
            if data__carte_is_dict:
                data__carte__missing_keys = set(['accroche', 'actions', 'roles', 'vigilance']) - data__carte.keys()
                if data__carte__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".carte must contain ")
                data__carte_keys = set(data__carte.keys())
                if "accroche" in data__carte_keys:
                    data__carte_keys.remove("accroche")
                    data__carte__accroche = data__carte["accroche"]
                    if not isinstance(data__carte__accroche, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".carte.accroche must be string")
                    if isinstance(data__carte__accroche, str):
                        data__carte__accroche_len = len(data__carte__accroche)
                        if data__carte__accroche_len < 20:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".carte.accroche must be longer than or equal to 20 characters")
                        if data__carte__accroche_len > 300:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".carte.accroche must be shorter than or equal to 300 characters")
                if "actions" in data__carte_keys:
                    data__carte_keys.remove("actions")
                    data__carte__actions = data__carte["actions"]
                    if not isinstance(data__carte__actions, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".carte.actions must be array")
                    data__carte__actions_is_list = isinstance(data__carte__actions, (list, tuple))
                    if data__carte__actions_is_list:
                        data__carte__actions_len = len(data__carte__actions)
                        if data__carte__actions_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".carte.actions must contain at least 1 items")
                        if data__carte__actions_len > 3:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".carte.actions must contain less than or equal to 3 items")
                        for data__carte__actions_x, data__carte__actions_item in enumerate(data__carte__actions):
                            if not isinstance(data__carte__actions_item, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".carte.actions[{data__carte__actions_x}]".format(**locals()) + " must be string")
                            if isinstance(data__carte__actions_item, str):
                                data__carte__actions_item_len = len(data__carte__actions_item)
                                if data__carte__actions_item_len < 5:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".carte.actions[{data__carte__actions_x}]".format(**locals()) + " must be longer than or equal to 5 characters")
                                if data__carte__actions_item_len > 110:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".carte.actions[{data__carte__actions_x}]".format(**locals()) + " must be shorter than or equal to 110 characters")
                if "roles" in data__carte_keys:
                    data__carte_keys.remove("roles")
                    data__carte__roles = data__carte["roles"]
                    if not isinstance(data__carte__roles, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".carte.roles must be array")
                    data__carte__roles_is_list = isinstance(data__carte__roles, (list, tuple))
                    if data__carte__roles_is_list:
                        data__carte__roles_len = len(data__carte__roles)
                        if data__carte__roles_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".carte.roles must contain at least 1 items")
                        if data__carte__roles_len > 2:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".carte.roles must contain less than or equal to 2 items")
                        for data__carte__roles_x, data__carte__roles_item in enumerate(data__carte__roles):
                            if not isinstance(data__carte__roles_item, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".carte.roles[{data__carte__roles_x}]".format(**locals()) + " must be string")
                            if isinstance(data__carte__roles_item, str):
                                data__carte__roles_item_len = len(data__carte__roles_item)
                                if data__carte__roles_item_len < 3:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".carte.roles[{data__carte__roles_x}]".format(**locals()) + " must be longer than or equal to 3 characters")
                                if data__carte__roles_item_len > 90:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".carte.roles[{data__carte__roles_x}]".format(**locals()) + " must be shorter than or equal to 90 characters")
                if "vigilance" in data__carte_keys:
                    data__carte_keys.remove("vigilance")
                    data__carte__vigilance = data__carte["vigilance"]
                    if not isinstance(data__carte__vigilance, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".carte.vigilance must be array")
                    data__carte__vigilance_is_list = isinstance(data__carte__vigilance, (list, tuple))
                    if data__carte__vigilance_is_list:
                        data__carte__vigilance_len = len(data__carte__vigilance)
                        if data__carte__vigilance_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".carte.vigilance must contain at least 1 items")
                        if data__carte__vigilance_len > 3:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".carte.vigilance must contain less than or equal to 3 items")
                        for data__carte__vigilance_x, data__carte__vigilance_item in enumerate(data__carte__vigilance):
                            if not isinstance(data__carte__vigilance_item, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".carte.vigilance[{data__carte__vigilance_x}]".format(**locals()) + " must be string")
                            if isinstance(data__carte__vigilance_item, str):
                                data__carte__vigilance_item_len = len(data__carte__vigilance_item)
                                if data__carte__vigilance_item_len < 5:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".carte.vigilance[{data__carte__vigilance_x}]".format(**locals()) + " must be longer than or equal to 5 characters")
                                if data__carte__vigilance_item_len > 100:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".carte.vigilance[{data__carte__vigilance_x}]".format(**locals()) + " must be shorter than or equal to 100 characters")
                if data__carte_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".carte must not contain "+str(data__carte_keys)+" properties")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_https___fabrique_ccas_example_schemas_figure_schema_json___defs_texte(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string")
    if isinstance(data, str):
        data_len = len(data)
        if data_len < 2:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be longer than or equal to 2 characters")
        if data_len > 5000:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be shorter than or equal to 5000 characters")
        if not REGEX_PATTERNS['\\S'].search(data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern \\S")
    return data

def validate_https___fabrique_ccas_example_schemas_figure_schema_json___defs_texte_court(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string")
    if isinstance(data, str):
        data_len = len(data)
        if data_len < 2:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be longer than or equal to 2 characters")
        if data_len > 200:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be shorter than or equal to 200 characters")
        if not REGEX_PATTERNS['\\S'].search(data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern \\S")
    return data

def validate_https___fabrique_ccas_example_schemas_figure_schema_json___defs_identifiant(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string")
    if isinstance(data, str):
        data_len = len(data)
        if data_len < 2:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be longer than or equal to 2 characters")
        if data_len > 80:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be shorter than or equal to 80 characters")
        if not REGEX_PATTERNS['^[a-z0-9]+(-[a-z0-9]+)*$'].search(data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^[a-z0-9]+(-[a-z0-9]+)*$")
    return data

validate = validate_https___fabrique_ccas_example_schemas_figure_schema_json
