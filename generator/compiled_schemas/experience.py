# Generated from generator/schemas/experience.schema.json by fastjsonschema.compile_to_code: do not edit.
# To regenerate every file of this folder after changing a schema: python -m generator.schema
# (tests/test_check.py fails while one of them differs from what that command writes).
# ruff: noqa
SCHEMA_DIGEST = "98973be9393c2a4b99e76960cebede02e9ba7a5ab0f25d3d7626b6213d53f0f9"
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    '^https://(www\\.|preprod\\.)?unccas\\.org/[A-Za-z0-9._~%/?=&;:+-]*$': re.compile('^https://(www\\.|preprod\\.)?unccas\\.org/[A-Za-z0-9._~%/?=&;:+-]*\\Z'),
    '\\S': re.compile('\\S'),
    '^(0[1-9]|1[0-9]|2[1-9]|2A|2B|[3-8][0-9]|9[0-5]|97[12346])$': re.compile('^(0[1-9]|1[0-9]|2[1-9]|2A|2B|[3-8][0-9]|9[0-5]|97[12346])\\Z'),
    '^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$': re.compile('^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}\\Z'),
    '^https://': re.compile('^https://'),
    '^https://[^\\s]+$': re.compile('^https://[^\\s]+\\Z'),
    '^\\d{4}(-\\d{2}(-\\d{2})?)?$': re.compile('^\\d{4}(-\\d{2}(-\\d{2})?)?\\Z'),
    '^\\d{4}-\\d{2}-\\d{2}$': re.compile('^\\d{4}-\\d{2}-\\d{2}\\Z'),
    '^[a-z0-9]+(-[a-z0-9]+)*$': re.compile('^[a-z0-9]+(-[a-z0-9]+)*\\Z')
}

NoneType = type(None)

def validate_https___fabrique_ccas_example_schemas_experience_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['origine']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
            data_keys = set(data.keys())
            if "origine" in data_keys:
                data_keys.remove("origine")
                data__origine = data["origine"]
                if not (isinstance(data__origine, str) and data__origine == 'structure'):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".origine must be one of ['structure']")
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['publics', 'figures', 'statut', 'dates', 'contexte', 'objectifs', 'description', 'moyens', 'partenaires', 'resultats', 'difficultes', 'enseignements', 'perspectives', 'contact', 'licence', 'publication']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
            data_keys = set(data.keys())
            if "structure" in data_keys:
                data_keys.remove("structure")
                data__structure = data["structure"]
                data__structure_is_dict = isinstance(data__structure, dict)
                if data__structure_is_dict:
                    data__structure__missing_keys = set(['type', 'nom', 'commune', 'departement', 'population']) - data__structure.keys()
                    if data__structure__missing_keys:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".structure must contain ")
            if "moyens" in data_keys:
                data_keys.remove("moyens")
                data__moyens = data["moyens"]
                data__moyens_is_dict = isinstance(data__moyens, dict)
                if data__moyens_is_dict:
                    data__moyens__missing_keys = set(['humains', 'financiers']) - data__moyens.keys()
                    if data__moyens__missing_keys:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".moyens must contain ")
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['origine']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
            data_keys = set(data.keys())
            if "origine" in data_keys:
                data_keys.remove("origine")
                data__origine = data["origine"]
                if not (isinstance(data__origine, str) and data__origine == 'unccas'):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".origine must be one of ['unccas']")
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['source']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'titre', 'origine', 'chapo', 'structure', 'themes']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            validate_https___fabrique_ccas_example_schemas_experience_schema_json___defs_identifiant(data__id, custom_formats, (name_prefix or "data") + ".id")
        if "titre" in data_keys:
            data_keys.remove("titre")
            data__titre = data["titre"]
            validate_https___fabrique_ccas_example_schemas_experience_schema_json___defs_texte_court(data__titre, custom_formats, (name_prefix or "data") + ".titre")
        if "origine" in data_keys:
            data_keys.remove("origine")
            data__origine = data["origine"]
            if not (isinstance(data__origine, str) and data__origine == 'structure' or isinstance(data__origine, str) and data__origine == 'unccas'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".origine must be one of ['structure', 'unccas']")
        if "source" in data_keys:
            data_keys.remove("source")
            data__source = data["source"]
            if not isinstance(data__source, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".source must be object")
            data__source_is_dict = isinstance(data__source, dict)
            if data__source_is_dict:
                data__source__missing_keys = set(['titre']) - data__source.keys()
                if data__source__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".source must contain ")
                data__source_keys = set(data__source.keys())
                if "url" in data__source_keys:
                    data__source_keys.remove("url")
                    data__source__url = data__source["url"]
                    if not isinstance(data__source__url, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".source.url must be string")
                    if isinstance(data__source__url, str):
                        data__source__url_len = len(data__source__url)
                        if data__source__url_len > 300:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".source.url must be shorter than or equal to 300 characters")
                        if not REGEX_PATTERNS['^https://(www\\.|preprod\\.)?unccas\\.org/[A-Za-z0-9._~%/?=&;:+-]*$'].search(data__source__url):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".source.url must match pattern ^https://(www\\.|preprod\\.)?unccas\\.org/[A-Za-z0-9._~%/?=&;:+-]*$")
                if "titre" in data__source_keys:
                    data__source_keys.remove("titre")
                    data__source__titre = data__source["titre"]
                    validate_https___fabrique_ccas_example_schemas_experience_schema_json___defs_texte_court(data__source__titre, custom_formats, (name_prefix or "data") + ".source.titre")
                if "publie_le" in data__source_keys:
                    data__source_keys.remove("publie_le")
                    data__source__publiele = data__source["publie_le"]
                    validate_https___fabrique_ccas_example_schemas_experience_schema_json___defs_date_complete(data__source__publiele, custom_formats, (name_prefix or "data") + ".source.publie_le")
                if "mis_a_jour_le" in data__source_keys:
                    data__source_keys.remove("mis_a_jour_le")
                    data__source__misajourle = data__source["mis_a_jour_le"]
                    validate_https___fabrique_ccas_example_schemas_experience_schema_json___defs_date_complete(data__source__misajourle, custom_formats, (name_prefix or "data") + ".source.mis_a_jour_le")
                if "distinction" in data__source_keys:
                    data__source_keys.remove("distinction")
                    data__source__distinction = data__source["distinction"]
                    if not isinstance(data__source__distinction, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".source.distinction must be string")
                    if isinstance(data__source__distinction, str):
                        data__source__distinction_len = len(data__source__distinction)
                        if data__source__distinction_len < 2:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".source.distinction must be longer than or equal to 2 characters")
                        if data__source__distinction_len > 400:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".source.distinction must be shorter than or equal to 400 characters")
                        if not REGEX_PATTERNS['\\S'].search(data__source__distinction):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".source.distinction must match pattern \\S")
                if "plus_portee" in data__source_keys:
                    data__source_keys.remove("plus_portee")
                    data__source__plusportee = data__source["plus_portee"]
                    if not isinstance(data__source__plusportee, (bool)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".source.plus_portee must be boolean")
                if "nature" in data__source_keys:
                    data__source_keys.remove("nature")
                    data__source__nature = data__source["nature"]
                    if not (isinstance(data__source__nature, str) and data__source__nature == 'fiche' or isinstance(data__source__nature, str) and data__source__nature == 'actualite'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".source.nature must be one of ['fiche', 'actualite']")
                if data__source_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".source must not contain "+str(data__source_keys)+" properties")
        if "chapo" in data_keys:
            data_keys.remove("chapo")
            data__chapo = data["chapo"]
            if not isinstance(data__chapo, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".chapo must be string")
            if isinstance(data__chapo, str):
                data__chapo_len = len(data__chapo)
                if data__chapo_len < 20:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".chapo must be longer than or equal to 20 characters")
                if data__chapo_len > 400:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".chapo must be shorter than or equal to 400 characters")
                if not REGEX_PATTERNS['\\S'].search(data__chapo):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".chapo must match pattern \\S")
        if "structure" in data_keys:
            data_keys.remove("structure")
            data__structure = data["structure"]
            if not isinstance(data__structure, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".structure must be object")
            data__structure_is_dict = isinstance(data__structure, dict)
            if data__structure_is_dict:
                data__structure__missing_keys = set(['type']) - data__structure.keys()
                if data__structure__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".structure must contain ")
                data__structure_keys = set(data__structure.keys())
                if "type" in data__structure_keys:
                    data__structure_keys.remove("type")
                    data__structure__type = data__structure["type"]
                    if not (isinstance(data__structure__type, str) and data__structure__type == 'ccas' or isinstance(data__structure__type, str) and data__structure__type == 'cias' or isinstance(data__structure__type, str) and data__structure__type == 'autre'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".structure.type must be one of ['ccas', 'cias', 'autre']")
                if "nom" in data__structure_keys:
                    data__structure_keys.remove("nom")
                    data__structure__nom = data__structure["nom"]
                    validate_https___fabrique_ccas_example_schemas_experience_schema_json___defs_texte_court(data__structure__nom, custom_formats, (name_prefix or "data") + ".structure.nom")
                if "commune" in data__structure_keys:
                    data__structure_keys.remove("commune")
                    data__structure__commune = data__structure["commune"]
                    validate_https___fabrique_ccas_example_schemas_experience_schema_json___defs_texte_court(data__structure__commune, custom_formats, (name_prefix or "data") + ".structure.commune")
                if "departement" in data__structure_keys:
                    data__structure_keys.remove("departement")
                    data__structure__departement = data__structure["departement"]
                    if not isinstance(data__structure__departement, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".structure.departement must be string")
                    if isinstance(data__structure__departement, str):
                        data__structure__departement_len = len(data__structure__departement)
                        if data__structure__departement_len > 3:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".structure.departement must be shorter than or equal to 3 characters")
                        if not REGEX_PATTERNS['^(0[1-9]|1[0-9]|2[1-9]|2A|2B|[3-8][0-9]|9[0-5]|97[12346])$'].search(data__structure__departement):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".structure.departement must match pattern ^(0[1-9]|1[0-9]|2[1-9]|2A|2B|[3-8][0-9]|9[0-5]|97[12346])$")
                if "population" in data__structure_keys:
                    data__structure_keys.remove("population")
                    data__structure__population = data__structure["population"]
                    if not (isinstance(data__structure__population, str) and data__structure__population == 'moins-de-2000' or isinstance(data__structure__population, str) and data__structure__population == '2000-a-10000' or isinstance(data__structure__population, str) and data__structure__population == '10000-a-50000' or isinstance(data__structure__population, str) and data__structure__population == '50000-a-100000' or isinstance(data__structure__population, str) and data__structure__population == 'plus-de-100000'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".structure.population must be one of ['moins-de-2000', '2000-a-10000', '10000-a-50000', '50000-a-100000', 'plus-de-100000']")
                if data__structure_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".structure must not contain "+str(data__structure_keys)+" properties")
        if "themes" in data_keys:
            data_keys.remove("themes")
            data__themes = data["themes"]
            if not isinstance(data__themes, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".themes must be array")
            data__themes_is_list = isinstance(data__themes, (list, tuple))
            if data__themes_is_list:
                data__themes_len = len(data__themes)
                if data__themes_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".themes must contain at least 1 items")
                if data__themes_len > 4:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".themes must contain less than or equal to 4 items")
                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                if data__themes_len > len(set(fn(data__themes_x) for data__themes_x in data__themes)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".themes must contain unique items")
                for data__themes_x, data__themes_item in enumerate(data__themes):
                    if not (isinstance(data__themes_item, str) and data__themes_item == 'acces-aux-droits' or isinstance(data__themes_item, str) and data__themes_item == 'alimentation' or isinstance(data__themes_item, str) and data__themes_item == 'analyse-des-besoins-sociaux' or isinstance(data__themes_item, str) and data__themes_item == 'bien-vieillir' or isinstance(data__themes_item, str) and data__themes_item == 'budget-des-ccas-cias' or isinstance(data__themes_item, str) and data__themes_item == 'culture-sport-et-loisirs' or isinstance(data__themes_item, str) and data__themes_item == 'enfance-et-jeunesse' or isinstance(data__themes_item, str) and data__themes_item == 'europe-et-international' or isinstance(data__themes_item, str) and data__themes_item == 'handicap' or isinstance(data__themes_item, str) and data__themes_item == 'inclusion-financiere' or isinstance(data__themes_item, str) and data__themes_item == 'inclusion-numerique' or isinstance(data__themes_item, str) and data__themes_item == 'insertion-sociale-et-professionnelle' or isinstance(data__themes_item, str) and data__themes_item == 'logement-hebergement' or isinstance(data__themes_item, str) and data__themes_item == 'organisation-et-fonctionnement-du-ccas' or isinstance(data__themes_item, str) and data__themes_item == 'sante'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".themes[{data__themes_x}]".format(**locals()) + " must be one of ['acces-aux-droits', 'alimentation', 'analyse-des-besoins-sociaux', 'bien-vieillir', 'budget-des-ccas-cias', 'culture-sport-et-loisirs', 'enfance-et-jeunesse', 'europe-et-international', 'handicap', 'inclusion-financiere', 'inclusion-numerique', 'insertion-sociale-et-professionnelle', 'logement-hebergement', 'organisation-et-fonctionnement-du-ccas', 'sante']")
        if "publics" in data_keys:
            data_keys.remove("publics")
            data__publics = data["publics"]
            if not isinstance(data__publics, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".publics must be array")
            data__publics_is_list = isinstance(data__publics, (list, tuple))
            if data__publics_is_list:
                data__publics_len = len(data__publics)
                if data__publics_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".publics must contain at least 1 items")
                if data__publics_len > 6:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".publics must contain less than or equal to 6 items")
                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                if data__publics_len > len(set(fn(data__publics_x) for data__publics_x in data__publics)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".publics must contain unique items")
                for data__publics_x, data__publics_item in enumerate(data__publics):
                    if not (isinstance(data__publics_item, str) and data__publics_item == 'aidants' or isinstance(data__publics_item, str) and data__publics_item == 'enfants' or isinstance(data__publics_item, str) and data__publics_item == 'familles' or isinstance(data__publics_item, str) and data__publics_item == 'habitants' or isinstance(data__publics_item, str) and data__publics_item == 'jeunes' or isinstance(data__publics_item, str) and data__publics_item == 'personnes-agees' or isinstance(data__publics_item, str) and data__publics_item == 'personnes-en-situation-de-handicap' or isinstance(data__publics_item, str) and data__publics_item == 'personnes-isolees' or isinstance(data__publics_item, str) and data__publics_item == 'personnes-en-precarite' or isinstance(data__publics_item, str) and data__publics_item == 'personnes-sans-domicile' or isinstance(data__publics_item, str) and data__publics_item == 'demandeurs-d-emploi' or isinstance(data__publics_item, str) and data__publics_item == 'professionnels'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".publics[{data__publics_x}]".format(**locals()) + " must be one of ['aidants', 'enfants', 'familles', 'habitants', 'jeunes', 'personnes-agees', 'personnes-en-situation-de-handicap', 'personnes-isolees', 'personnes-en-precarite', 'personnes-sans-domicile', 'demandeurs-d-emploi', 'professionnels']")
        if "figures" in data_keys:
            data_keys.remove("figures")
            data__figures = data["figures"]
            if not isinstance(data__figures, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".figures must be array")
            data__figures_is_list = isinstance(data__figures, (list, tuple))
            if data__figures_is_list:
                data__figures_len = len(data__figures)
                if data__figures_len > 7:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".figures must contain less than or equal to 7 items")
                for data__figures_x, data__figures_item in enumerate(data__figures):
                    validate_https___fabrique_ccas_example_schemas_experience_schema_json___defs_lien_figure(data__figures_item, custom_formats, (name_prefix or "data") + ".figures[{data__figures_x}]".format(**locals()))
        if "statut" in data_keys:
            data_keys.remove("statut")
            data__statut = data["statut"]
            if not (isinstance(data__statut, str) and data__statut == 'en-projet' or isinstance(data__statut, str) and data__statut == 'en-cours' or isinstance(data__statut, str) and data__statut == 'terminee' or isinstance(data__statut, str) and data__statut == 'perennisee'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".statut must be one of ['en-projet', 'en-cours', 'terminee', 'perennisee']")
        if "dates" in data_keys:
            data_keys.remove("dates")
            data__dates = data["dates"]
            if not isinstance(data__dates, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".dates must be object")
            data__dates_is_dict = isinstance(data__dates, dict)
            if data__dates_is_dict:
                data__dates__missing_keys = set(['debut']) - data__dates.keys()
                if data__dates__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".dates must contain ")
                data__dates_keys = set(data__dates.keys())
                if "debut" in data__dates_keys:
                    data__dates_keys.remove("debut")
                    data__dates__debut = data__dates["debut"]
                    validate_https___fabrique_ccas_example_schemas_experience_schema_json___defs_date_partielle(data__dates__debut, custom_formats, (name_prefix or "data") + ".dates.debut")
                if "fin" in data__dates_keys:
                    data__dates_keys.remove("fin")
                    data__dates__fin = data__dates["fin"]
                    validate_https___fabrique_ccas_example_schemas_experience_schema_json___defs_date_partielle(data__dates__fin, custom_formats, (name_prefix or "data") + ".dates.fin")
                if data__dates_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".dates must not contain "+str(data__dates_keys)+" properties")
        if "contexte" in data_keys:
            data_keys.remove("contexte")
            data__contexte = data["contexte"]
            validate_https___fabrique_ccas_example_schemas_experience_schema_json___defs_texte(data__contexte, custom_formats, (name_prefix or "data") + ".contexte")
        if "objectifs" in data_keys:
            data_keys.remove("objectifs")
            data__objectifs = data["objectifs"]
            if not isinstance(data__objectifs, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".objectifs must be array")
            data__objectifs_is_list = isinstance(data__objectifs, (list, tuple))
            if data__objectifs_is_list:
                data__objectifs_len = len(data__objectifs)
                if data__objectifs_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".objectifs must contain at least 1 items")
                for data__objectifs_x, data__objectifs_item in enumerate(data__objectifs):
                    validate_https___fabrique_ccas_example_schemas_experience_schema_json___defs_texte(data__objectifs_item, custom_formats, (name_prefix or "data") + ".objectifs[{data__objectifs_x}]".format(**locals()))
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            validate_https___fabrique_ccas_example_schemas_experience_schema_json___defs_texte(data__description, custom_formats, (name_prefix or "data") + ".description")
        if "moyens" in data_keys:
            data_keys.remove("moyens")
            data__moyens = data["moyens"]
            if not isinstance(data__moyens, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".moyens must be object")
            data__moyens_is_dict = isinstance(data__moyens, dict)
            if data__moyens_is_dict:
                data__moyens__missing_keys = set([]) - data__moyens.keys()
                if data__moyens__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".moyens must contain ")
                data__moyens_keys = set(data__moyens.keys())
                if "humains" in data__moyens_keys:
                    data__moyens_keys.remove("humains")
                    data__moyens__humains = data__moyens["humains"]
                    validate_https___fabrique_ccas_example_schemas_experience_schema_json___defs_texte(data__moyens__humains, custom_formats, (name_prefix or "data") + ".moyens.humains")
                if "financiers" in data__moyens_keys:
                    data__moyens_keys.remove("financiers")
                    data__moyens__financiers = data__moyens["financiers"]
                    validate_https___fabrique_ccas_example_schemas_experience_schema_json___defs_texte(data__moyens__financiers, custom_formats, (name_prefix or "data") + ".moyens.financiers")
                if "budget" in data__moyens_keys:
                    data__moyens_keys.remove("budget")
                    data__moyens__budget = data__moyens["budget"]
                    if not isinstance(data__moyens__budget, (int)) and not (isinstance(data__moyens__budget, float) and data__moyens__budget.is_integer()) or isinstance(data__moyens__budget, bool):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".moyens.budget must be integer")
                    if isinstance(data__moyens__budget, (int, float, Decimal)) and not isinstance(data__moyens__budget, bool):
                        if data__moyens__budget < 0:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".moyens.budget must be bigger than or equal to 0")
                        if data__moyens__budget > 10000000000:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".moyens.budget must be smaller than or equal to 10000000000")
                if data__moyens_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".moyens must not contain "+str(data__moyens_keys)+" properties")
        if "partenaires" in data_keys:
            data_keys.remove("partenaires")
            data__partenaires = data["partenaires"]
            if not isinstance(data__partenaires, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".partenaires must be array")
            data__partenaires_is_list = isinstance(data__partenaires, (list, tuple))
            if data__partenaires_is_list:
                data__partenaires_len = len(data__partenaires)
                for data__partenaires_x, data__partenaires_item in enumerate(data__partenaires):
                    validate_https___fabrique_ccas_example_schemas_experience_schema_json___defs_texte_court(data__partenaires_item, custom_formats, (name_prefix or "data") + ".partenaires[{data__partenaires_x}]".format(**locals()))
        if "resultats" in data_keys:
            data_keys.remove("resultats")
            data__resultats = data["resultats"]
            validate_https___fabrique_ccas_example_schemas_experience_schema_json___defs_texte(data__resultats, custom_formats, (name_prefix or "data") + ".resultats")
        if "difficultes" in data_keys:
            data_keys.remove("difficultes")
            data__difficultes = data["difficultes"]
            validate_https___fabrique_ccas_example_schemas_experience_schema_json___defs_texte(data__difficultes, custom_formats, (name_prefix or "data") + ".difficultes")
        if "enseignements" in data_keys:
            data_keys.remove("enseignements")
            data__enseignements = data["enseignements"]
            if not isinstance(data__enseignements, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".enseignements must be array")
            data__enseignements_is_list = isinstance(data__enseignements, (list, tuple))
            if data__enseignements_is_list:
                data__enseignements_len = len(data__enseignements)
                if data__enseignements_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".enseignements must contain at least 1 items")
                for data__enseignements_x, data__enseignements_item in enumerate(data__enseignements):
                    validate_https___fabrique_ccas_example_schemas_experience_schema_json___defs_texte(data__enseignements_item, custom_formats, (name_prefix or "data") + ".enseignements[{data__enseignements_x}]".format(**locals()))
        if "perspectives" in data_keys:
            data_keys.remove("perspectives")
            data__perspectives = data["perspectives"]
            validate_https___fabrique_ccas_example_schemas_experience_schema_json___defs_texte(data__perspectives, custom_formats, (name_prefix or "data") + ".perspectives")
        if "contact" in data_keys:
            data_keys.remove("contact")
            data__contact = data["contact"]
            if not isinstance(data__contact, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".contact must be object")
            data__contact_is_dict = isinstance(data__contact, dict)
            if data__contact_is_dict:
                data__contact__missing_keys = set(['service', 'adresse']) - data__contact.keys()
                if data__contact__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".contact must contain ")
                data__contact_keys = set(data__contact.keys())
                if "service" in data__contact_keys:
                    data__contact_keys.remove("service")
                    data__contact__service = data__contact["service"]
                    validate_https___fabrique_ccas_example_schemas_experience_schema_json___defs_texte_court(data__contact__service, custom_formats, (name_prefix or "data") + ".contact.service")
                if "adresse" in data__contact_keys:
                    data__contact_keys.remove("adresse")
                    data__contact__adresse = data__contact["adresse"]
                    validate_https___fabrique_ccas_example_schemas_experience_schema_json___defs_texte_court(data__contact__adresse, custom_formats, (name_prefix or "data") + ".contact.adresse")
                if "courriel" in data__contact_keys:
                    data__contact_keys.remove("courriel")
                    data__contact__courriel = data__contact["courriel"]
                    if not isinstance(data__contact__courriel, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".contact.courriel must be string")
                    if isinstance(data__contact__courriel, str):
                        data__contact__courriel_len = len(data__contact__courriel)
                        if data__contact__courriel_len > 254:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".contact.courriel must be shorter than or equal to 254 characters")
                        if not REGEX_PATTERNS['^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$'].search(data__contact__courriel):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".contact.courriel must match pattern ^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$")
                        if not custom_formats["email"](data__contact__courriel):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".contact.courriel must be email")
                if "site" in data__contact_keys:
                    data__contact_keys.remove("site")
                    data__contact__site = data__contact["site"]
                    if not isinstance(data__contact__site, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".contact.site must be string")
                    if isinstance(data__contact__site, str):
                        data__contact__site_len = len(data__contact__site)
                        if data__contact__site_len > 2000:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".contact.site must be shorter than or equal to 2000 characters")
                        if not REGEX_PATTERNS['^https://'].search(data__contact__site):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".contact.site must match pattern ^https://")
                if data__contact_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".contact must not contain "+str(data__contact_keys)+" properties")
        if "liens" in data_keys:
            data_keys.remove("liens")
            data__liens = data["liens"]
            if not isinstance(data__liens, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".liens must be array")
            data__liens_is_list = isinstance(data__liens, (list, tuple))
            if data__liens_is_list:
                data__liens_len = len(data__liens)
                for data__liens_x, data__liens_item in enumerate(data__liens):
                    if not isinstance(data__liens_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".liens[{data__liens_x}]".format(**locals()) + " must be object")
                    data__liens_item_is_dict = isinstance(data__liens_item, dict)
                    if data__liens_item_is_dict:
                        data__liens_item__missing_keys = set(['titre', 'url']) - data__liens_item.keys()
                        if data__liens_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".liens[{data__liens_x}]".format(**locals()) + " must contain ")
                        data__liens_item_keys = set(data__liens_item.keys())
                        if "titre" in data__liens_item_keys:
                            data__liens_item_keys.remove("titre")
                            data__liens_item__titre = data__liens_item["titre"]
                            validate_https___fabrique_ccas_example_schemas_experience_schema_json___defs_texte_court(data__liens_item__titre, custom_formats, (name_prefix or "data") + ".liens[{data__liens_x}].titre".format(**locals()))
                        if "url" in data__liens_item_keys:
                            data__liens_item_keys.remove("url")
                            data__liens_item__url = data__liens_item["url"]
                            if not isinstance(data__liens_item__url, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".liens[{data__liens_x}].url".format(**locals()) + " must be string")
                            if isinstance(data__liens_item__url, str):
                                data__liens_item__url_len = len(data__liens_item__url)
                                if data__liens_item__url_len > 2000:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".liens[{data__liens_x}].url".format(**locals()) + " must be shorter than or equal to 2000 characters")
                                if not REGEX_PATTERNS['^https://[^\\s]+$'].search(data__liens_item__url):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".liens[{data__liens_x}].url".format(**locals()) + " must match pattern ^https://[^\\s]+$")
                        if data__liens_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".liens[{data__liens_x}]".format(**locals()) + " must not contain "+str(data__liens_item_keys)+" properties")
        if "licence" in data_keys:
            data_keys.remove("licence")
            data__licence = data["licence"]
            if not (isinstance(data__licence, str) and data__licence == 'CC-BY-4.0' or isinstance(data__licence, str) and data__licence == 'CC-BY-SA-4.0' or isinstance(data__licence, str) and data__licence == 'etalab-2.0'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".licence must be one of ['CC-BY-4.0', 'CC-BY-SA-4.0', 'etalab-2.0']")
        if "publication" in data_keys:
            data_keys.remove("publication")
            data__publication = data["publication"]
            validate_https___fabrique_ccas_example_schemas_experience_schema_json___defs_date_complete(data__publication, custom_formats, (name_prefix or "data") + ".publication")
        if "mise_a_jour" in data_keys:
            data_keys.remove("mise_a_jour")
            data__miseajour = data["mise_a_jour"]
            validate_https___fabrique_ccas_example_schemas_experience_schema_json___defs_date_complete(data__miseajour, custom_formats, (name_prefix or "data") + ".mise_a_jour")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_https___fabrique_ccas_example_schemas_experience_schema_json___defs_texte(data, custom_formats={}, name_prefix=None):
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

def validate_https___fabrique_ccas_example_schemas_experience_schema_json___defs_date_partielle(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string")
    if isinstance(data, str):
        data_len = len(data)
        if data_len > 10:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be shorter than or equal to 10 characters")
        if not REGEX_PATTERNS['^\\d{4}(-\\d{2}(-\\d{2})?)?$'].search(data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^\\d{4}(-\\d{2}(-\\d{2})?)?$")
        if not custom_formats["date-partielle"](data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be date-partielle")
    return data

def validate_https___fabrique_ccas_example_schemas_experience_schema_json___defs_lien_figure(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'par']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            validate_https___fabrique_ccas_example_schemas_experience_schema_json___defs_identifiant(data__id, custom_formats, (name_prefix or "data") + ".id")
        if "par" in data_keys:
            data_keys.remove("par")
            data__par = data["par"]
            if not (isinstance(data__par, str) and data__par == 'structure' or isinstance(data__par, str) and data__par == 'source' or isinstance(data__par, str) and data__par == 'redaction'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".par must be one of ['structure', 'source', 'redaction']")
        if "justification" in data_keys:
            data_keys.remove("justification")
            data__justification = data["justification"]
            validate_https___fabrique_ccas_example_schemas_experience_schema_json___defs_texte(data__justification, custom_formats, (name_prefix or "data") + ".justification")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_https___fabrique_ccas_example_schemas_experience_schema_json___defs_date_complete(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string")
    if isinstance(data, str):
        data_len = len(data)
        if data_len > 10:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be shorter than or equal to 10 characters")
        if not REGEX_PATTERNS['^\\d{4}-\\d{2}-\\d{2}$'].search(data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^\\d{4}-\\d{2}-\\d{2}$")
        if not custom_formats["date"](data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be date")
    return data

def validate_https___fabrique_ccas_example_schemas_experience_schema_json___defs_texte_court(data, custom_formats={}, name_prefix=None):
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

def validate_https___fabrique_ccas_example_schemas_experience_schema_json___defs_identifiant(data, custom_formats={}, name_prefix=None):
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

validate = validate_https___fabrique_ccas_example_schemas_experience_schema_json
