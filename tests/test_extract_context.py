"""Context rules on the shipped taxonomy: traits said of the reader, titles, degrees, lists.

Each row is a sentence as postings write it (SkillSpan and Decorte strip most commas, so
some rows have none), the skills it must yield and the skills it must not.
"""

import pytest

from skillgap.ingest.builder import DocumentBuilder


def _ids(extractor, text):
    builder = DocumentBuilder("<test>", "txt")
    builder.add_text(text)
    return {m.skill_id for m in extractor.extract(builder.build(), None)}


CONTEXT = [
    # traits: only when they describe the reader, and they vouch for each other in a list
    ("You are curious, structured and proactive", {"curiosity", "organizational-skills", "proactivity"}, set()),
    ("You must have an analytical proactive and structured workstyle",
     {"analytical-skills", "proactivity", "organizational-skills"}, set()),
    ("As a person you are innovative and solution-oriented", {"creativity", "problem-solving"}, set()),
    ("We are a passionate and innovative team", set(), {"motivation", "creativity"}),
    ("We offer flexible working hours", set(), {"adaptability"}),
    ("We build innovative solutions for our customers", set(), {"creativity"}),
    ("Structured data from many sources", set(), {"organizational-skills"}),
    ("Site Reliability Engineer", set(), {"reliability"}),
    # a field right before a role noun is a title or a team, a tool keeps its match
    ("Frontend Developer", set(), {"frontend-development"}),
    ("Join our DevOps team", set(), {"devops"}),
    ("JavaScript developer", {"javascript"}, set()),
    ("a collaborative team player", {"teamwork"}, set()),
    # degrees: a requirement, unless they name a post or a programme
    ("You hold a PhD in physics", {"doctoral-degree"}, set()),
    ("A 3-year PhD scholarship is available", set(), {"doctoral-degree"}),
    ("The PhD student will join the group", set(), {"doctoral-degree"}),
    ("Master's degree in economics", {"masters-degree"}, set()),
    # languages vouch for each other and follow "communicate ... in"
    ("Danish Swedish and Norwegian will be an advantage", {"danish", "swedish", "norwegian"}, set()),
    ("you can communicate effectively and confidently in English", {"english"}, set()),
    # tools written as a list without commas
    ("Java Spring Hibernate", {"java", "spring-framework"}, set()),
    ("Experience leading a team", {"leadership"}, set()),
]


@pytest.mark.parametrize("text,present,absent", CONTEXT, ids=[row[0] for row in CONTEXT])
def test_extract_context_rules(default_extractor, text, present, absent):
    ids = _ids(default_extractor, text)
    assert present <= ids, f"missing {present - ids} in {ids}"
    assert not (absent & ids), f"wrongly found {absent & ids}"
