"""HTML of the cards for WeasyPrint: a Jinja environment with autoescaping (record text is data)."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

import jinja2


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("generator", "templates/cards"),
        undefined=jinja2.StrictUndefined,
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render(name: str, **context) -> str:
    return environment().get_template(name).render(**context)


def stylesheet_base() -> str:
    return str(resources.files("generator") / "templates" / "cards") + "/"
