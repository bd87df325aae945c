# Generated from generator/schemas/atelier.schema.json by fastjsonschema.compile_to_code: do not edit.
# To regenerate every file of this folder after changing a schema: python -m generator.schema
# (tests/test_check.py fails while one of them differs from what that command writes).
# ruff: noqa
SCHEMA_DIGEST = "a0a441f19e9fe7e6ddbb62f0d1f113cdc6cdd67f2c2708f3f04d839e43fc5573"
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    '\\S': re.compile('\\S'),
    '^[a-z0-9]+(-[a-z0-9]+)*$': re.compile('^[a-z0-9]+(-[a-z0-9]+)*\\Z')
}

NoneType = type(None)

def validate_https___fabrique_ccas_example_schemas_atelier_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'ordre', 'ville', 'annee', 'type', 'description']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            validate_https___fabrique_ccas_example_schemas_atelier_schema_json___defs_identifiant(data__id, custom_formats, (name_prefix or "data") + ".id")
        if "ordre" in data_keys:
            data_keys.remove("ordre")
            data__ordre = data["ordre"]
            if not isinstance(data__ordre, (int)) and not (isinstance(data__ordre, float) and data__ordre.is_integer()) or isinstance(data__ordre, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".ordre must be integer")
            if isinstance(data__ordre, (int, float, Decimal)) and not isinstance(data__ordre, bool):
                if data__ordre < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".ordre must be bigger than or equal to 1")
                if data__ordre > 1000:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".ordre must be smaller than or equal to 1000")
        if "ville" in data_keys:
            data_keys.remove("ville")
            data__ville = data["ville"]
            validate_https___fabrique_ccas_example_schemas_atelier_schema_json___defs_texte_court(data__ville, custom_formats, (name_prefix or "data") + ".ville")
        if "lieu" in data_keys:
            data_keys.remove("lieu")
            data__lieu = data["lieu"]
            validate_https___fabrique_ccas_example_schemas_atelier_schema_json___defs_texte_court(data__lieu, custom_formats, (name_prefix or "data") + ".lieu")
        if "annee" in data_keys:
            data_keys.remove("annee")
            data__annee = data["annee"]
            if not isinstance(data__annee, (int, NoneType)) and not (isinstance(data__annee, float) and data__annee.is_integer()) or isinstance(data__annee, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".annee must be integer or null")
            if isinstance(data__annee, (int, float, Decimal)) and not isinstance(data__annee, bool):
                if data__annee < 2019:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".annee must be bigger than or equal to 2019")
                if data__annee > 2020:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".annee must be smaller than or equal to 2020")
        if "dates" in data_keys:
            data_keys.remove("dates")
            data__dates = data["dates"]
            validate_https___fabrique_ccas_example_schemas_atelier_schema_json___defs_texte_court(data__dates, custom_formats, (name_prefix or "data") + ".dates")
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not (isinstance(data__type, str) and data__type == 'atelier' or isinstance(data__type, str) and data__type == 'atelier-portraits' or isinstance(data__type, str) and data__type == 'congres'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be one of ['atelier', 'atelier-portraits', 'congres']")
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            validate_https___fabrique_ccas_example_schemas_atelier_schema_json___defs_texte(data__description, custom_formats, (name_prefix or "data") + ".description")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_https___fabrique_ccas_example_schemas_atelier_schema_json___defs_texte(data, custom_formats={}, name_prefix=None):
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

def validate_https___fabrique_ccas_example_schemas_atelier_schema_json___defs_texte_court(data, custom_formats={}, name_prefix=None):
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

def validate_https___fabrique_ccas_example_schemas_atelier_schema_json___defs_identifiant(data, custom_formats={}, name_prefix=None):
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

validate = validate_https___fabrique_ccas_example_schemas_atelier_schema_json
