# Generated from generator/schemas/theme.schema.json by fastjsonschema.compile_to_code: do not edit.
# To regenerate every file of this folder after changing a schema: python -m generator.schema
# (tests/test_check.py fails while one of them differs from what that command writes).
# ruff: noqa
SCHEMA_DIGEST = "adf5d57a83ee7cdd45097f2f42f751a28d2e917c7ad406565b1377b16c9d53ca"
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    '^#[0-9a-fA-F]{6}$': re.compile('^#[0-9a-fA-F]{6}\\Z'),
    '\\S': re.compile('\\S'),
    '^[a-z0-9]+(-[a-z0-9]+)*$': re.compile('^[a-z0-9]+(-[a-z0-9]+)*\\Z')
}

NoneType = type(None)

def validate_https___fabrique_ccas_example_schemas_theme_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object")
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'numero', 'titre', 'autres_noms', 'description', 'couleur', 'carte']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain ")
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            validate_https___fabrique_ccas_example_schemas_theme_schema_json___defs_identifiant(data__id, custom_formats, (name_prefix or "data") + ".id")
        if "numero" in data_keys:
            data_keys.remove("numero")
            data__numero = data["numero"]
            if not isinstance(data__numero, (int)) and not (isinstance(data__numero, float) and data__numero.is_integer()) or isinstance(data__numero, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".numero must be integer")
            if isinstance(data__numero, (int, float, Decimal)) and not isinstance(data__numero, bool):
                if data__numero < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".numero must be bigger than or equal to 1")
                if data__numero > 5:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".numero must be smaller than or equal to 5")
        if "titre" in data_keys:
            data_keys.remove("titre")
            data__titre = data["titre"]
            validate_https___fabrique_ccas_example_schemas_theme_schema_json___defs_texte_court(data__titre, custom_formats, (name_prefix or "data") + ".titre")
        if "autres_noms" in data_keys:
            data_keys.remove("autres_noms")
            data__autresnoms = data["autres_noms"]
            if not isinstance(data__autresnoms, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".autres_noms must be array")
            data__autresnoms_is_list = isinstance(data__autresnoms, (list, tuple))
            if data__autresnoms_is_list:
                data__autresnoms_len = len(data__autresnoms)
                for data__autresnoms_x, data__autresnoms_item in enumerate(data__autresnoms):
                    validate_https___fabrique_ccas_example_schemas_theme_schema_json___defs_texte_court(data__autresnoms_item, custom_formats, (name_prefix or "data") + ".autres_noms[{data__autresnoms_x}]".format(**locals()))
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            validate_https___fabrique_ccas_example_schemas_theme_schema_json___defs_texte(data__description, custom_formats, (name_prefix or "data") + ".description")
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
        if "carte" in data_keys:
            data_keys.remove("carte")
            data__carte = data["carte"]
            if not isinstance(data__carte, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".carte must be object")
            data__carte_is_dict = isinstance(data__carte, dict)
            if data__carte_is_dict:
                data__carte__missing_keys = set(['questions']) - data__carte.keys()
                if data__carte__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".carte must contain ")
                data__carte_keys = set(data__carte.keys())
                if "questions" in data__carte_keys:
                    data__carte_keys.remove("questions")
                    data__carte__questions = data__carte["questions"]
                    if not isinstance(data__carte__questions, (list, tuple)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".carte.questions must be array")
                    data__carte__questions_is_list = isinstance(data__carte__questions, (list, tuple))
                    if data__carte__questions_is_list:
                        data__carte__questions_len = len(data__carte__questions)
                        if data__carte__questions_len < 2:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".carte.questions must contain at least 2 items")
                        if data__carte__questions_len > 4:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".carte.questions must contain less than or equal to 4 items")
                        for data__carte__questions_x, data__carte__questions_item in enumerate(data__carte__questions):
                            if not isinstance(data__carte__questions_item, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".carte.questions[{data__carte__questions_x}]".format(**locals()) + " must be string")
                            if isinstance(data__carte__questions_item, str):
                                data__carte__questions_item_len = len(data__carte__questions_item)
                                if data__carte__questions_item_len < 10:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".carte.questions[{data__carte__questions_x}]".format(**locals()) + " must be longer than or equal to 10 characters")
                                if data__carte__questions_item_len > 140:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".carte.questions[{data__carte__questions_x}]".format(**locals()) + " must be shorter than or equal to 140 characters")
                if data__carte_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".carte must not contain "+str(data__carte_keys)+" properties")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties")
    return data

def validate_https___fabrique_ccas_example_schemas_theme_schema_json___defs_texte(data, custom_formats={}, name_prefix=None):
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

def validate_https___fabrique_ccas_example_schemas_theme_schema_json___defs_texte_court(data, custom_formats={}, name_prefix=None):
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

def validate_https___fabrique_ccas_example_schemas_theme_schema_json___defs_identifiant(data, custom_formats={}, name_prefix=None):
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

validate = validate_https___fabrique_ccas_example_schemas_theme_schema_json
