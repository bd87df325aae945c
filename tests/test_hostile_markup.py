"""Class 1 — script in a visitor's browser. Record text goes through an allow-list: paragraphs, lists,
emphasis, https links and links to the site's pages. Everything else shows as the characters typed.
Each text is rendered as the site renders it (Python-Markdown with the extensions of mkdocs.yml)."""
from __future__ import annotations

import html
import re

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import markup
from hostile import letters, problems_of, render


def expected_letters(text: str) -> str:
    """What a reader must see of a text field: every letter and digit, but for the numbers of an
    ordered list, which become the list's own numbering."""
    text = re.sub(r"(?m)^[ \t]{0,3}\d{1,9}\.(?=[ \t]+\S)", "", markup.normalise(text))
    return letters(text.replace("\ufffd", ""))

# Shapes from the red-team report (the exact inputs were kept back) and their neighbours.
ATTACKS = [
    "[clic](javascript:alert(1))",
    "[cl[i]c](javascript:alert(1))",
    "[cl\\]ic](javascript:alert(1))",
    "[a \\[b\\] c](javascript:alert(1))",
    "[clic\nsuite](javascript:alert(1))",
    "[clic](\njavascript:alert(1))",
    "[clic](java\nscript:alert(1))",
    "[clic]( JaVaScRiPt:alert(1))",
    "[clic](&#106;avascript:alert(1))",
    "[clic](javascript&colon;alert(1))",
    "[clic](%6Aavascript:alert(1))",
    "[clic](vbscript:msgbox(1))",
    "[clic](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[clic](//example.org/piege)",
    "[clic](\\\\example.org/piege)",
    "[clic](http://example.org/piege)",
    "[clic](https://user:pass@example.org)",
    "[clic](https://example.org \"titre\")",
    "[clic](<javascript:alert(1)>)",
    "[clic][ref]\n\n[ref]: javascript:alert(1)",
    "- item\n- [ref]: javascript:alert(1)\n\n[clic][ref]",
    "Texte\r[ref]: https://example.org/pixel.png\r\r![x][ref]",
    "[clic][]\n\n[clic]: javascript:alert(1)",
    "![pixel](https://example.org/pixel.png)",
    "![pixel](//example.org/pixel.png)",
    "!\\[x](https://example.org/p.png)",
    "<https://example.org>",
    "<javascript:alert(1)>",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "\"><svg onload=alert(1)>",
    "<a href=\"javascript:alert(1)\">clic</a>",
    "<!-- x --><iframe src=//example.org>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;script&#62;alert(1)&#60;/script&#62;",
    "Texte { onclick=alert(1) }",
    "{: onmouseover=alert(1) }",
    "Paragraphe\n{: .x onclick=alert(1) }",
    "[clic](https://example.org){: onclick=alert(1) }",
    "# Titre injecté",
    "Texte\r# Titre injecté",
    "Texte\r\r!!! danger \"Alerte\"\r    injectée",
    "!!! danger \"Alerte\"\n    injectée",
    "??? note \"Repli\"\n    injecté",
    "=== \"Onglet\"\n    injecté",
    "```html\n<script>alert(1)</script>\n```",
    "~~~\ncode\n~~~",
    "    bloc de code indenté",
    "Titre\n=====",
    "Titre\n-----",
    "a | b\n--- | ---\nc | d",
    "> citation",
    "---",
    "[TOC]",
    "Texte`code`",
    "\\<script>alert(1)\\</script>",
    "[" * 2000,
    "[](" * 600,
    "*" * 2000,
    "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - x",
    "Texte\u2028# Titre",
    "Texte\x1b[31mrouge",
    "Texte\u202eetxet",
    "Texte\x00nul",
    "<div markdown=\"1\">*x*</div>",
    "[x](https://example.org/\"onmouseover=\"alert(1))",
    "[x](https://example.org/'><script>alert(1)</script>)",
]


@pytest.mark.parametrize("attack", ATTACKS)
def test_attack_in_a_text_field_is_shown_as_text(attack):
    rendered = render(markup.block(attack))
    assert problems_of(rendered) == [], (attack, rendered.tags)
    assert letters("".join(rendered.text)) == expected_letters(attack)


@pytest.mark.parametrize("attack", ATTACKS)
def test_attack_in_a_title_is_shown_as_text(attack):
    # titles go into headings, list items, table cells and link labels
    for template in ("# {}", "- {}", "| {} | x |\n| --- | --- |\n| a | b |", "[{}](../figures/radar.md)"):
        rendered = render(template.format(markup.inline(attack)))
        allowed = {"h1", "a", "ul", "li", "table", "thead", "tbody", "tr", "th", "td", "p"}
        found = [p for p in problems_of(rendered, allowed) if not p.startswith("<h1 id=") and "permalink" not in p
                 and not p.startswith("<a href='#") and not p.startswith("<a title=") and not p.startswith("<a class=")]
        assert found == [], (attack, template, rendered.tags)


@pytest.mark.parametrize("attack", ATTACKS)
def test_attack_in_front_matter_stays_a_plain_string(attack):
    value = yaml.safe_load("title: " + markup.yaml_string(attack))["title"]
    assert html.unescape(value) == " ".join(markup.normalise(attack).split())
    assert "<" not in value and ">" not in value


def test_allowed_constructs_still_work():
    rendered = render(markup.block(
        "Un *mot* et **deux**, [le site](https://example.org/a?b=1&c=2) et [une figure](../figures/radar.md).\n\n"
        "- un\n- deux\n\n3. trois\n4. quatre"))
    tags = [tag for tag, _ in rendered.tags]
    assert tags.count("em") == 1 and tags.count("strong") == 1 and tags.count("li") == 4
    assert rendered.hrefs == ["https://example.org/a?b=1&c=2", "../figures/radar.md"]


def test_refused_link_keeps_its_words_and_target_as_text():
    rendered = render(markup.block("Voir [ce site](javascript:alert(1)) demain."))
    assert "".join(rendered.text) == "Voir [ce site](javascript:alert(1)) demain."
    assert rendered.hrefs == []


# Any text, built from the characters that mean something to Markdown or HTML.
MARKUP_TEXT = st.lists(
    st.sampled_from(list("ab1 \n\r\t[]()!*_`#<>&;:=?~|{}\\/-+.\"'%") + ["https://", "javascript:", "../figures/x.md",
                                                                           "\u2028", "\x1b", "&#", "1. ", "- ", "\n\n"]),
    max_size=120,
).map("".join)
FUZZ = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(MARKUP_TEXT)
def test_any_text_makes_only_allowed_markup_and_loses_no_letter(text):
    rendered = render(markup.block(text))
    assert problems_of(rendered) == []
    assert letters("".join(rendered.text)) == expected_letters(text)


@FUZZ
@given(MARKUP_TEXT)
def test_any_title_makes_no_markup(text):
    rendered = render("# " + markup.inline(text))
    assert [tag for tag, _ in rendered.tags if tag not in ("h1", "a")] == []
    rendered = render("- " + markup.inline(text))
    assert [tag for tag, _ in rendered.tags if tag not in ("ul", "li")] == []
    assert letters("".join(rendered.text)) == letters(" ".join(markup.normalise(text).replace("\ufffd", "").split()))


def test_terminal_text_never_holds_a_raw_control_character():
    shown = markup.visible("a\x1b[2Jb\rc\x07d\x9be\u202ef\n")
    assert shown == "a\\x1b[2Jb\\x0dc\\x07d\\x9be\\u202ef\n"
