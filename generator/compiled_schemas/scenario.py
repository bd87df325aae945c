# Generated from generator/schemas/scenario.schema.json by fastjsonschema.compile_to_code: do not edit.
# To regenerate every file of this folder after changing a schema: python -m generator.schema
# (tests/test_check.py fails while one of them differs from what that command writes).
# ruff: noqa
SCHEMA_DIGEST = "8b8d2a5cf9b6da73b40c76fef4ca6966fc40986d23287341c9c3eeafad9f66ce"
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    '\\S': re.compile('\\S'),
    '^[a-z0-9]+(-[a-z0-9]+)*$': re.compile('^[a-z0-9]+(-[a-z0-9]+)*\\Z')
}

NoneType = type(None)

def validate_https___fabrique_ccas_example_schemas_scenario_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'titre', 'atelier', 'resume', 'lieux', 'roles', 'theme', 'figures', 'carte']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            validate_https___fabrique_ccas_example_schemas_scenario_schema_json___defs_identifiant(data__id, custom_formats, (name_prefix or "data") + ".id")
        if "titre" in data_keys:
            data_keys.remove("titre")
            data__titre = data["titre"]
            validate_https___fabrique_ccas_example_schemas_scenario_schema_json___defs_texte_court(data__titre, custom_formats, (name_prefix or "data") + ".titre")
        if "atelier" in data_keys:
            data_keys.remove("atelier")
            data__atelier = data["atelier"]
            validate_https___fabrique_ccas_example_schemas_scenario_schema_json___defs_identifiant(data__atelier, custom_formats, (name_prefix or "data") + ".atelier")
        if "resume" in data_keys:
            data_keys.remove("resume")
            data__resume = data["resume"]
            validate_https___fabrique_ccas_example_schemas_scenario_schema_json___defs_texte(data__resume, custom_formats, (name_prefix or "data") + ".resume")
        if "lieux" in data_keys:
            data_keys.remove("lieux")
            data__lieux = data["lieux"]
            if not isinstance(data__lieux, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".lieux must be array")
            data__lieux_is_list = isinstance(data__lieux, (list, tuple))
            if data__lieux_is_list:
                data__lieux_len = len(data__lieux)
                for data__lieux_x, data__lieux_item in enumerate(data__lieux):
                    validate_https___fabrique_ccas_example_schemas_scenario_schema_json___defs_nom_description(data__lieux_item, custom_formats, (name_prefix or "data") + ".lieux[{data__lieux_x}]".format(**locals()))
        if "roles" in data_keys:
            data_keys.remove("roles")
            data__roles = data["roles"]
            if not isinstance(data__roles, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".roles must be array")
            data__roles_is_list = isinstance(data__roles, (list, tuple))
            if data__roles_is_list:
                data__roles_len = len(data__roles)
                for data__roles_x, data__roles_item in enumerate(data__roles):
                    validate_https___fabrique_ccas_example_schemas_scenario_schema_json___defs_nom_description(data__roles_item, custom_formats, (name_prefix or "data") + ".roles[{data__roles_x}]".format(**locals()))
        if "theme" in data_keys:
            data_keys.remove("theme")
            data__theme = data["theme"]
            validate_https___fabrique_ccas_example_schemas_scenario_schema_json___defs_lien_editorial(data__theme, custom_formats, (name_prefix or "data") + ".theme")
        if "figures" in data_keys:
            data_keys.remove("figures")
            data__figures = data["figures"]
            if not isinstance(data__figures, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".figures must be array")
            data__figures_is_list = isinstance(data__figures, (list, tuple))
            if data__figures_is_list:
                data__figures_len = len(data__figures)
                if data__figures_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".figures must contain at least 1 items")
                for data__figures_x, data__figures_item in enumerate(data__figures):
                    validate_https___fabrique_ccas_example_schemas_scenario_schema_json___defs_lien_editorial(data__figures_item, custom_formats, (name_prefix or "data") + ".figures[{data__figures_x}]".format(**locals()))
        if "carte" in data_keys:
            data_keys.remove("carte")
            data__carte = data["carte"]
            if not isinstance(data__carte, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".carte must be object")
            data__carte_is_dict = isinstance(data__carte, dict)
            if data__carte_is_dict:
                data__carte__missing_keys = set(['resume']) - data__carte.keys()
                if data__carte__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".carte must contain ")
                data__carte_keys = set(data__carte.keys())
                if "resume" in data__carte_keys:
                    data__carte_keys.remove("resume")
                    data__carte__resume = data__carte["resume"]
                    if not isinstance(data__carte__resume, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".carte.resume must be string")
                    if isinstance(data__carte__resume, str):
                        data__carte__resume_len = len(data__carte__resume)
                        if data__carte__resume_len < 20:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".carte.resume must be longer than or equal to 20 characters")
                        if data__carte__resume_len > 420:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".carte.resume must be shorter than or equal to 420 characters")
                if data__carte_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".carte must not contain "+str(data__carte_keys)+" properties")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_https___fabrique_ccas_example_schemas_scenario_schema_json___defs_lien_editorial(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'editorial']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            validate_https___fabrique_ccas_example_schemas_scenario_schema_json___defs_identifiant(data__id, custom_formats, (name_prefix or "data") + ".id")
        if "editorial" in data_keys:
            data_keys.remove("editorial")
            data__editorial = data["editorial"]
            if not isinstance(data__editorial, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".editorial must be boolean")
        if "justification" in data_keys:
            data_keys.remove("justification")
            data__justification = data["justification"]
            validate_https___fabrique_ccas_example_schemas_scenario_schema_json___defs_texte(data__justification, custom_formats, (name_prefix or "data") + ".justification")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_https___fabrique_ccas_example_schemas_scenario_schema_json___defs_nom_description(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['nom', 'description']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "nom" in data_keys:
            data_keys.remove("nom")
            data__nom = data["nom"]
            validate_https___fabrique_ccas_example_schemas_scenario_schema_json___defs_texte_court(data__nom, custom_formats, (name_prefix or "data") + ".nom")
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            validate_https___fabrique_ccas_example_schemas_scenario_schema_json___defs_texte(data__description, custom_formats, (name_prefix or "data") + ".description")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_https___fabrique_ccas_example_schemas_scenario_schema_json___defs_texte(data, custom_formats={}, name_prefix=None):
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

def validate_https___fabrique_ccas_example_schemas_scenario_schema_json___defs_texte_court(data, custom_formats={}, name_prefix=None):
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

def validate_https___fabrique_ccas_example_schemas_scenario_schema_json___defs_identifiant(data, custom_formats={}, name_prefix=None):
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

validate = validate_https___fabrique_ccas_example_schemas_scenario_schema_json
