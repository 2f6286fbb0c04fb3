"""SG502 (miscased skill) on generated résumés, with the real pipeline and the shipped
taxonomy: a spelling that only adds capitals to the taxonomy's name is the product's own
camel case, and a link's label beside the contact details is not a spelling."""

from __future__ import annotations

from datetime import date

from conftest import make_document

from skillgap.lint.config import LintConfig
from skillgap.lint.run import lint_one


def miscased(text: str, extractor) -> list[str]:
    config = LintConfig(select=("SG502",), today=date(2025, 6, 1))
    report = lint_one(make_document(text, fmt="md"), config, source=text, extractor=lambda: extractor)
    return [f.message.split("”")[0].lstrip("“") for f in report.findings]


def test_camel_case_beyond_the_taxonomy_name_is_not_a_misspelling(default_extractor):
    text = "# Jo\n## Skills\nGeoGebra, Desmos\nJavascript, MySql\n"
    assert miscased(text, default_extractor) == ["Javascript", "MySql"]


def test_a_link_label_beside_the_contacts_is_not_a_spelling(default_extractor):
    text = "# Jo\njo@example.com | +1 415 555 0199 | github | linkedin\n## Skills\nGithub, Python\n"
    assert miscased(text, default_extractor) == ["Github"]
