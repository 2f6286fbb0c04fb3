"""SG502 (miscased skill) and SG503 (keyword stuffing) on generated résumés, with the real
pipeline and the shipped taxonomy: a spelling that only adds capitals to the taxonomy's
name is the product's own camel case, a link's label beside the contact details is not a
spelling, and a word of Latin filler is not a tool named again."""

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


def test_a_spelling_the_taxonomy_lists_as_the_skills_own_is_not_a_misspelling(default_extractor):
    """The taxonomy names NGINX and lists the project's own "nginx" among its exact-case
    spellings (caphefalumi/typst-havard-resume in resume-dev); "Nginx" is still a misspelling."""
    text = "# Jo\n## Skills\nnginx, Javascript\nNginx\n"
    assert miscased(text, default_extractor) == ["Javascript", "Nginx"]


def test_a_link_label_beside_the_contacts_is_not_a_spelling(default_extractor):
    text = "# Jo\njo@example.com | +1 415 555 0199 | github | linkedin\n## Skills\nGithub, Python\n"
    assert miscased(text, default_extractor) == ["Github"]


def test_a_word_of_latin_filler_is_not_a_repeated_skill(default_extractor):
    """SG503 (heychhavi/resume-template in resume-dev): "sed" in lorem-ipsum filler is a
    Latin word, not the sed tool; a skill named eleven times in English still fires."""
    filler = "- Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt\n"
    text = "# Jo\n## Experience\n### Engineer, Acme | 2019 – 2023\n" + filler * 12
    config = LintConfig(select=("SG503",), today=date(2025, 6, 1))
    report = lint_one(make_document(text, fmt="md"), config, source=text, extractor=lambda: default_extractor)
    assert report.findings == []
    python = "# Jo\n## Experience\n### Engineer, Acme | 2019 – 2023\n" + "- Wrote Python services in Python\n" * 6
    report = lint_one(make_document(python, fmt="md"), config, source=python, extractor=lambda: default_extractor)
    assert [f.code for f in report.findings] == ["SG503"]
