"""A posting's broader skill the résumé shows through narrower ones (PostgreSQL, MySQL and
MongoDB for databases) named on the skills line where they sit: as the label of a line
that has none, never as a field joining a list of products. Real pipeline, real taxonomy."""

from __future__ import annotations

from skillgap.ingest import document_from_text
from skillgap.pipeline import analyze
from skillgap.suggest import KIND_NAME_SKILL, suggest
from skillgap.suggest.wording import list_items, new_label_edit

POSTING = """Data Engineer
Requirements
- Experience with databases
"""

RESUME = """Sam Lee
Experience
Data Engineer, Acme, 2020 – 2023
- Built nightly loads into the warehouse
Skills
- Python, Java
- {line}
"""


def _named(resume: str, extractor) -> list:
    report = analyze(document_from_text(resume, fmt="md", path="resume.md"),
                     document_from_text(POSTING, path="posting.txt"))
    return [s for s in suggest(report, extractor=extractor) if s.skill_id == "databases"]


def test_a_line_of_databases_takes_the_field_as_its_label(default_extractor):
    edits = _named(RESUME.format(line="PostgreSQL, MySQL, MongoDB"), default_extractor)
    assert [(s.kind, s.rewrite) for s in edits] == [(KIND_NAME_SKILL, "Databases: PostgreSQL, MySQL, MongoDB")]
    assert "line 7" not in edits[0].reason and "MongoDB" in edits[0].reason  # the evidence is this very line


def test_a_line_with_a_label_or_other_items_gets_no_label(default_extractor):
    assert _named(RESUME.format(line="Stores: PostgreSQL, MySQL, MongoDB"), default_extractor) == []
    mixed = _named(RESUME.format(line="PostgreSQL, Tableau, Excel"), default_extractor)
    assert not any("Databases:" in s.rewrite for s in mixed)  # Tableau and Excel are no databases
    assert _named(RESUME.format(line="Data | PostgreSQL, MySQL"), default_extractor) == []  # a label before a pipe
    above = "Sam Lee\nSkills\nStores\nPostgreSQL, MySQL, MongoDB\n"  # the label on the line above
    assert not any("Databases:" in s.rewrite for s in _named(above, default_extractor))


def test_list_items_and_the_label_edit():
    text = "• Tableau | Power BI (DAX, M) | Looker"
    assert [text[a:b] for a, b in list_items(text)] == ["Tableau", "Power BI (DAX, M)", "Looker"]
    assert new_label_edit(text, "data visualization").replacement == "Data visualization: "
    assert new_label_edit("Python", "programming") is None  # not a list
    assert new_label_edit("Languages: Python, SQL", "programming") is None  # has a label
    assert new_label_edit("SQL databases, Redis", "databases") is None  # would repeat a word


def test_a_skill_shown_only_in_hidden_text_gets_no_edit(default_extractor):
    """mintyfrankie/brilliant-CV in resume-dev draws a line of keywords ("Data Analyst GCP
    Python SQL Tableau") that a reader cannot see: "GCP" there is keyword stuffing, not a
    skill the résumé shows, so no edit names "Google Cloud Platform" on the visible skills line."""
    from dataclasses import replace

    posting = document_from_text("Data Analyst\nRequirements\n- Google Cloud Platform\n", path="posting.txt")
    text = "Sam Lee\nData Analyst GCP Python SQL\nExperience\nAnalyst, Acme, 2020 – 2023\n" \
           "- Built dashboards in Tableau\nSkills\n- Tableau, Python, PostgreSQL\n"
    visible = document_from_text(text, fmt="md", path="resume.md")
    start = text.index("Data Analyst GCP")
    hidden = replace(visible, layout=replace(visible.layout, hidden_spans=((start, start + 31),)))

    def named(document) -> list:
        report = analyze(document, posting)
        return [s for s in suggest(report, extractor=default_extractor) if s.skill_id == "google-cloud-platform"]

    assert named(visible)  # shown where a reader sees it: named in the posting's words
    assert named(hidden) == []


def test_a_field_never_joins_a_list_of_products_written_in_lower_case(default_extractor):
    """"spark, sql, polars, kafka" names products (the taxonomy says so, whatever their
    capitals): "databases" does not join them as one more item."""
    edits = _named(RESUME.format(line="Data: spark, sql, polars, kafka"), default_extractor)
    assert not [s for s in edits if s.rewrite.endswith(", databases")]
    assert not [s for s in edits if s.kind == KIND_NAME_SKILL and s.original.endswith("kafka")]


def test_a_skill_two_steps_above_the_one_shown_is_named_only_as_a_label(default_extractor):
    """"Computer literacy" from Excel (through Microsoft Office) says less than the résumé
    does: no item joins the list for it, nor a clause in a bullet."""
    posting = "Admin Officer\nRequirements\n- Good IT skills\n"
    resume = ("Sam Lee\nExperience\nClerk, Acme, 2020 – 2023\n- Kept the rota in Microsoft Excel\n"
              "Skills\n- Rota planning, record keeping, minute taking\n")
    report = analyze(document_from_text(resume, fmt="md", path="resume.md"),
                     document_from_text(posting, path="posting.txt"))
    item = next(i for i in report.gap.items if i.skill.id == "have-computer-literacy")
    assert item.level.value == "narrower"
    assert not [s for s in suggest(report, extractor=default_extractor)
                if s.skill_id == "have-computer-literacy" and s.kind == KIND_NAME_SKILL]
