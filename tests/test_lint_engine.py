"""The engine: positions in the file the user edits, roles and bullets, rule isolation,
and the behaviour of the rules beyond their registry examples (false alarms included)."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import FIXTURES, make_document

from skillgap.lint import engine
from skillgap.lint.config import LintConfig
from skillgap.lint.context import LintContext
from skillgap.lint.registry import Rule
from skillgap.lint.run import lint_one, lint_paths, read_source

LINT = FIXTURES / "lint"
TODAY = date(2025, 6, 1)


def lint_text(text: str, extractor, *, fmt: str = "md", select=None, ignore=(), today=TODAY, **options):
    document = make_document(text, fmt=fmt)
    config = LintConfig(select=tuple(select) if select else None, ignore=tuple(ignore), options=options, today=today)
    return lint_one(document, config, source=text, extractor=lambda: extractor)


def codes(report):
    return [f.code for f in report.findings]


# --- positions ----------------------------------------------------------------------------


def test_engine_markdown_positions_are_source_lines(mini_extractor):
    run = lint_paths([LINT / "flawed.md"], LintConfig(today=TODAY), extractor=lambda: mini_extractor)
    source = (LINT / "flawed.md").read_text(encoding="utf-8").splitlines()
    by_code = {f.code: f for f in run.findings}
    duty = by_code["SG301"]
    assert (duty.line, duty.column) == (13, 3)
    assert source[duty.line - 1][duty.column - 1 :].startswith("Responsible for")
    assert duty.source_line == source[12]
    for finding in run.findings:
        if finding.start != finding.end and finding.code not in ("SG405", "SG306"):
            line = source[finding.line - 1]
            assert line[finding.column - 1 :].startswith(finding.source_line[finding.column - 1 :][:3]), finding


def test_engine_latex_positions_are_source_lines(mini_extractor):
    run = lint_paths([LINT / "resume.tex"], LintConfig(today=TODAY), extractor=lambda: mini_extractor)
    source = (LINT / "resume.tex").read_text(encoding="utf-8").splitlines()
    duty = next(f for f in run.findings if f.code == "SG301")
    assert duty.line == 13
    assert source[duty.line - 1][duty.column - 1 :].startswith("Responsible for")
    miscased = next(f for f in run.findings if f.code == "SG502")
    assert source[miscased.line - 1][miscased.column - 1 :].startswith("Javascript")


def test_engine_json_resume_positions_are_json_lines(mini_extractor):
    run = lint_paths([LINT / "resume.json"], LintConfig(today=TODAY), extractor=lambda: mini_extractor)
    source = (LINT / "resume.json").read_text(encoding="utf-8").splitlines()
    duty = next(f for f in run.findings if f.code == "SG301")
    assert source[duty.line - 1][duty.column - 1 :].startswith("Responsible for")
    tense = next(f for f in run.findings if f.code == "SG309")
    assert source[tense.line - 1][tense.column - 1 :].startswith("Manage medication")
    gap = next(f for f in run.findings if f.code == "SG405")
    assert '"position": "Charge Nurse"' in source[gap.line - 1]


def test_engine_docx_positions_are_extracted_lines(mini_extractor):
    run = lint_paths([LINT / "header-contact.docx"], LintConfig(today=TODAY), extractor=lambda: mini_extractor)
    header = [f for f in run.findings if f.code == "SG106"]
    assert [f.line for f in header] == [1, 1]
    assert header[0].source_line.startswith("Jordan Avery | jordan.avery@example.com")
    assert header[0].source_line[header[0].column - 1 :].startswith("jordan.avery@example.com")


def test_engine_read_source_only_for_text_formats(tmp_path):
    assert read_source(LINT / "good.md").startswith("# Alex Morgan")
    assert read_source(LINT / "header-contact.docx") is None
    assert read_source(tmp_path / "missing.md") is None


# --- roles and bullets ----------------------------------------------------------------------


def test_engine_entries_group_header_dates_and_bullets():
    text = (
        "## Experience\n"
        "Acme Corp\n"
        "Senior Engineer | Jan 2021 – Present\n"
        "- Lead the platform team\n"
        "Engineer | Mar 2018 – Dec 2020\n"
        "- Built the billing service\n"
        "- Wrote the runbooks\n"
    )
    ctx = LintContext(make_document(text, fmt="md"), source=text, today=TODAY)
    roles = [entry for entry in ctx.roles if entry.bullets]
    assert [ctx.role_title(r) for r in roles] == ["Acme Corp", "Engineer"]
    assert roles[0].dates.text == "Jan 2021 – Present"
    assert roles[0].current and not roles[0].ended(TODAY)
    assert roles[1].ended(TODAY)
    assert len(roles[1].bullets) == 2


def test_engine_joins_hard_wrapped_markdown_bullets():
    text = ("## Experience\n### Engineer, Acme | 2019 – 2021\n"
            "- Built the billing service that processes card payments\n"
            "  Stripe and Adyen for the whole company\n"
            "- Wrote runbooks\n")
    ctx = LintContext(make_document(text, fmt="md"), source=text, today=TODAY)
    assert [ctx.bullet_text(b) for b in ctx.bullets] == [
        "Built the billing service that processes card payments\nStripe and Adyen for the whole company",
        "Wrote runbooks",
    ]


def test_engine_a_broken_rule_does_not_hide_the_others(monkeypatch, mini_extractor):
    def explode(ctx):
        raise RuntimeError("boom")
        yield  # pragma: no cover

    real = engine.rule_function
    monkeypatch.setattr(engine, "rule_function",
                        lambda rule: explode if rule.code == "SG301" else real(rule))
    report = lint_text("# Jo\n## Experience\n- Helped with audits\n", mini_extractor, select=["SG301", "SG302"])
    assert "SG302" in codes(report)
    assert "internal error in rule SG301" in report.error
    assert report.internal


def test_engine_every_crashing_rule_is_reported(monkeypatch, mini_extractor):
    def explode(ctx):
        raise RuntimeError("boom")
        yield  # pragma: no cover

    real = engine.rule_function
    monkeypatch.setattr(engine, "rule_function",
                        lambda rule: explode if rule.code in ("SG301", "SG302") else real(rule))
    report = lint_text("# Jo\n## Experience\n- Helped with audits\n", mini_extractor,
                       select=["SG301", "SG302", "SG304"])
    assert "SG301 (duty-opener)" in report.error and "SG302 (weak-verb)" in report.error
    assert report.internal


def test_engine_empty_pdf_reports_only_no_text_layer(mini_extractor):
    run = lint_paths([FIXTURES / "pdf" / "image-only.pdf"], LintConfig(), extractor=lambda: mini_extractor)
    report = run.reports[0]
    assert codes(report) == ["SG101"]


def test_engine_unreadable_file_is_an_error_and_others_are_linted(tmp_path, mini_extractor):
    run = lint_paths([tmp_path / "missing.md", LINT / "good.md"], LintConfig(today=TODAY),
                     extractor=lambda: mini_extractor)
    assert "file not found" in run.reports[0].error
    assert not run.reports[1].error
    assert len(run.errors) == 1


# --- rules beyond their examples: false alarms ------------------------------------------------


def test_engine_well_written_resume_has_no_warnings(mini_extractor):
    run = lint_paths([LINT / "good.md"], LintConfig(today=TODAY), extractor=lambda: mini_extractor)
    assert [(f.code, f.message) for f in run.findings if f.severity.rank >= 1] == []
    assert len(run.findings) <= 2


@pytest.mark.parametrize(("text", "absent"), [
    # a role's dates on a separate line
    ("## Experience\nEngineer, Acme\nJan 2019 – Dec 2021\n- Built the API\n", "SG402"),
    # "Lead" as a noun in a past role is not present tense
    ("## Experience\n### Engineer, Acme | 2019 – 2021\n- Lead developer for the billing API\n", "SG309"),
    # expected graduation in the future is fine
    ("## Education\nBSc Nursing, expected May 2031\n", "SG404"),
    # a career break explains a gap
    (("## Experience\n### Engineer, Acme | Jan 2022 – Present\n- Built X\n"
     "## Volunteering\n### Mentor, Code Club | Jan 2021 – Dec 2021\n- Ran 20 sessions\n"
     "## Work history\n### Engineer, Beta | Jan 2018 – Dec 2020\n- Built Y\n"), "SG405"),
    # year-only education dates do not make date formats "mixed"
    ("## Experience\n### Engineer, Acme | Jan 2019 – Present\n- Built X\n## Education\nBSc, 2014 – 2018\n", "SG401"),
    # Level I trauma centre is not a pronoun
    ("## Experience\n### Nurse, General | 2019 – 2021\n- Triaged 30 patients a shift at a Level I trauma centre\n",
     "SG304"),
    # "python" in a URL is not a spelling
    ("## Skills\nSee github.com/jane/javascript-tools\n", "SG502"),
    # "Excel (VLOOKUP)" is not a duplicate
    ("## Skills\nPython, SQL\n", "SG504"),
])
def test_engine_no_false_alarm(text, absent, mini_extractor):
    assert absent not in codes(lint_text(text, mini_extractor, select=[absent]))


def test_engine_tense_rules_follow_the_role_dates(mini_extractor):
    text = ("## Experience\n### Engineer, Acme | Jan 2022 – Present\n- Lead a team of 6\n- Built the API in 2022\n"
            "### Engineer, Beta | Jan 2018 – Dec 2021\n- Manage the billing service\n- Built the API\n")
    report = lint_text(text, mini_extractor, select=["SG309", "SG310"])
    assert [(f.code, f.line) for f in report.findings] == [("SG309", 6)]
    assert "“Managed”" in report.findings[0].suggestion


def test_engine_future_dates_depend_on_today(mini_extractor):
    text = "## Experience\n### Engineer, Acme | Jan 2024 – Mar 2026\n- Built the API\n"
    assert codes(lint_text(text, mini_extractor, select=["SG404"], today=date(2025, 6, 1))) == ["SG404"]
    assert codes(lint_text(text, mini_extractor, select=["SG404"], today=date(2026, 6, 1))) == []


def test_engine_options_change_thresholds(mini_extractor):
    text = "## Experience\n### Engineer, Acme | 2019 – 2021\n- " + "word " * 30 + "\n"
    assert codes(lint_text(text, mini_extractor, select=["SG307"])) == []
    assert codes(lint_text(text, mini_extractor, select=["SG307"], **{"max-bullet-words": 20})) == ["SG307"]


def test_engine_rule_function_resolves_every_rule():
    from skillgap.lint.registry import RULES

    for rule in RULES:
        assert callable(engine.rule_function(rule))
    assert isinstance(RULES[0], Rule)


def test_engine_forked_reader_gives_the_same_reports(tmp_path, monkeypatch, mini_extractor):
    """The CLI parses files in a forked child while the pipeline is built: same results."""
    import skillgap.lint.run as run_module

    monkeypatch.setenv("SKILLGAP_FORK", "1")  # fork even on a busy machine
    started = []
    real_start = run_module.ForkedMap.start

    def start(*args):
        child = real_start(*args)
        started.append(child)
        return child

    monkeypatch.setattr(run_module.ForkedMap, "start", staticmethod(start))
    paths = [LINT / "flawed.md", tmp_path / "missing.md", LINT / "resume.json", LINT / "header-contact.docx"]
    config = LintConfig(today=TODAY)
    forked = lint_paths(paths, config, extractor=lambda: mini_extractor, parallel=True)
    assert started and started[0] is not None
    plain = lint_paths(paths, config, extractor=lambda: mini_extractor)
    assert [r.findings for r in forked.reports] == [r.findings for r in plain.reports]
    assert [r.error for r in forked.reports] == [r.error for r in plain.reports]


_PIECES = ["## Experience", "## Skills", "## Education", "# Jane", "- Responsible for X", "- Led 5 people",
           "### Engineer, Acme | Jan 2020 – Present", "2019 – 2017", "jane@example.com", "+1 555 010 0199",
           "<!-- skillgap: disable=SG3 -->", "<!-- skillgap: enable -->", "<!-- skillgap: bogus -->",
           "Python, Javascript, SQL", "   ", "|", "•", "I", "Summer 2099 – Fall 2001", "\uf0e0 (cid:12) Ã©"]


def test_engine_never_crashes_on_odd_text(mini_extractor):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    line = st.one_of(st.sampled_from(_PIECES), st.text(max_size=40))

    @settings(max_examples=80, deadline=None)
    @given(st.lists(line, max_size=25), st.sampled_from(["md", "txt", "tex"]))
    def check(lines, fmt):
        text = "\n".join(lines)
        if not text.strip():
            return
        report = lint_text(text, mini_extractor, fmt=fmt, select=["ALL"])
        assert not report.error
        for finding in report.findings:
            assert finding.line >= 1 and finding.column >= 1

    check()


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_engine_line_numbers_survive_odd_separators(tmp_path, newline, mini_extractor):
    """Form feeds and U+2028 inside a line are not line breaks for the reader; nor here."""
    text = newline.join(["# Jo", "Summary\fwith a form feed \u2028 and a separator", "## Experience",
                         "### Engineer, Acme | 2019 – 2021", "- Responsible for billing", ""])
    path = tmp_path / "cv.md"
    path.write_bytes(text.encode("utf-8"))
    run = lint_paths([path], LintConfig(select=("SG301",), today=TODAY), extractor=lambda: mini_extractor)
    assert [(f.line, f.column) for f in run.findings] == [(5, 3)]


def test_engine_garbled_glyphs_recorded_by_a_reader(mini_extractor):
    """A reader that removes icon glyphs from the text may record them for SG107."""
    from dataclasses import dataclass, replace

    from skillgap.types import Layout

    @dataclass(frozen=True)
    class RecordingLayout(Layout):
        dropped_glyphs: tuple = ()

    document = make_document("# Jo\njo@example.com\n", fmt="md")
    document = replace(document, layout=RecordingLayout(dropped_glyphs=((5, "\uf0e0"), (20, "(cid:12)"))))
    report = lint_one(document, LintConfig(select=("SG107",)), extractor=lambda: mini_extractor)
    assert [f.message.split(" ")[0] for f in report.findings] == ["“U+F0E0”", "“(cid:12)”"]


def test_engine_skill_group_labels_are_not_listed_skills(default_extractor):
    """SG501: "Clinical: Epic, Phlebotomy" (a JSON Resume skill group) lists Epic and
    Phlebotomy; "Clinical" is the group's name, not a claim."""
    text = ("# Jo\n## Experience\n### Nurse, Mercy | 2019 – 2023\n- Charted care for 30 patients a shift in Epic\n"
            "## Skills\nClinical: Epic, Phlebotomy\n")
    report = lint_text(text, default_extractor, select=["SG501"])
    assert [f.message for f in report.findings] == [
        "“Phlebotomy” is listed as a skill but no role or project shows it in use"]


def test_engine_json_resume_end_before_start_points_at_the_end_date(tmp_path, mini_extractor):
    """SG403 in JSON Resume: startDate and endDate are apart in the file; the finding is on
    the endDate line, where the fix goes."""
    path = tmp_path / "resume.json"
    path.write_text('{"basics": {"name": "Jo", "email": "jo@example.com"},\n "work": [{"name": "Acme",\n'
                    '  "position": "Engineer",\n  "startDate": "2016-01",\n  "endDate": "2014-05",\n'
                    '  "highlights": ["Built the billing service"]}]}\n', encoding="utf-8")
    run = lint_paths([path], LintConfig(select=("SG403",), today=TODAY), extractor=lambda: mini_extractor)
    [finding] = run.findings
    assert (finding.line, finding.column) == (5, 15)


def test_engine_year_month_event_rows_are_not_single_dated_roles(mini_extractor):
    """SG406, SG405: a Japanese résumé form (rirekisho) writes its career as rows of year,
    month and event ("2018 4 joined", "2023 12 left"); a row is not a role with one date,
    and the time between two rows is not a gap. A role dated with a year alone still is."""
    rows = ("# 山田 太郎\n## 職歴\n2014 4 株式会社サンプル 入社\n- 営業部に配属\n2018 3 株式会社サンプル 退職\n"
            "2018 4 株式会社テクノロジー 入社\n- 開発部に配属\n2023 12 同社 退職\n")
    report = lint_text(rows, mini_extractor, select=["SG405", "SG406"])
    assert codes(report) == []
    single = "# Jo\n## Experience\n### Engineer, Acme | 2019\n- Built the billing service\n"
    assert codes(lint_text(single, mini_extractor, select=["SG406"])) == ["SG406"]


def test_engine_a_list_under_a_heading_is_not_a_role_without_results(mini_extractor):
    """SG306: bullets straight under a heading (memberships, a volunteering list) are a
    list, not a role; a dated sentence of such a list is not a role title. A titled role
    whose bullets measure nothing still fires."""
    lists = ("# Jo\n## Volunteer Work\n- Sacramento Valley Paralegal Association – member since 2015\n"
             "- Volunteer, monthly eviction defense clinic (2016 – Present): help tenants complete forms\n"
             "## Activities\n- Referee of the year runner-up. 2004\n- Tai chi for pets\n- Resume templating\n")
    assert codes(lint_text(lists, mini_extractor, select=["SG306"])) == []
    role = ("# Jo\n## Volunteer Work\n### Volunteer Coordinator, Food Bank | 2016 – 2019\n"
            "- Coordinated the weekend volunteers\n- Ran the intake desk\n")
    assert codes(lint_text(role, mini_extractor, select=["SG306"])) == ["SG306"]


def test_engine_a_passive_outside_the_main_clause_is_not_a_passive_bullet(mini_extractor):
    """SG303 (AlphaJack/business-resume and khoffie/techcv in resume-dev): a bullet that
    opens with an action verb, or a passive in a "while ..." clause, is written in the
    active voice; a bullet whose main clause is passive still fires."""
    role = "# Jo\n## Experience\n### Engineer, Acme | 2019 – 2023\n"
    active = (role + "- Designed and led the chip whose design was the most complex to be implemented on a test chip\n"
              "- While the framework was developed with a scientist, I managed data preparation for 12 districts\n")
    assert codes(lint_text(active, mini_extractor, select=["SG303"])) == []
    passive = role + "- Costs were reduced by 20% across 3 sites\n"
    assert codes(lint_text(passive, mini_extractor, select=["SG303"])) == ["SG303"]


def test_engine_an_employer_drawn_as_a_bullet_is_not_an_undated_role(mini_extractor):
    """SG402 (IliaZenkov/LaTeX-Resume in resume-dev): "• McGill University" above the
    dated title line is the employer, not a role without dates; a titled role without
    dates still fires."""
    employer = ("# Jo\n## Experience\n- McGill University - Lady Davis Institute Montreal, QC\n\n"
                "Research Assistant Sept 2017 - May 2018\n\n- Wrote a Python script for 40 experiments\n")
    assert codes(lint_text(employer, mini_extractor, select=["SG402"])) == []
    undated = "# Jo\n## Experience\n### Research Assistant, McGill\n- Wrote a Python script for 40 experiments\n"
    assert codes(lint_text(undated, mini_extractor, select=["SG402"])) == ["SG402"]


def test_engine_a_weak_verb_with_a_counted_object_is_a_result(mini_extractor):
    """SG302 (office-made recruiter-whitaker in resume-dev): "Made 52 hires" is concrete;
    "Made improvements" and "Helped the team" still fire."""
    role = "# Jo\n## Experience\n### Recruiter, Acme | 2019 – 2023\n"
    counted = role + "- Made 52 hires in 2023 with an 89% offer-acceptance rate\n"
    assert codes(lint_text(counted, mini_extractor, select=["SG302"])) == []
    vague = role + "- Made improvements to the hiring process\n- Helped the team with onboarding\n"
    assert codes(lint_text(vague, mini_extractor, select=["SG302"])) == ["SG302", "SG302"]


def test_engine_a_colon_set_apart_is_not_a_word_of_a_long_bullet(mini_extractor):
    """SG307 (bbyalcinkaya/resume-template in resume-dev): "Bot : In hac" has no word ":"."""
    role = "# Jo\n## Experience\n### Engineer, Acme | 2019 – 2023\n"
    forty = " ".join(f"word{i}" for i in range(38))  # 40 words, 41 with the colon
    assert codes(lint_text(role + f"- Telegram Bot : {forty}\n", mini_extractor, select=["SG307"])) == []
    assert codes(lint_text(role + f"- Telegram Bot : {forty} more\n", mini_extractor, select=["SG307"])) == ["SG307"]


def test_engine_east_asian_characters_count_as_words(mini_extractor):
    """SG109 (Yuki-Sakaguchi/rirekisho-cli in resume-dev): Japanese puts no spaces between
    words; each character counts as one, as word processors count them."""
    japanese = "# 佐藤 太郎\n## 職歴\n" + "株式会社テクノロジーに入社し開発部でウェブアプリケーションを担当\n" * 6
    assert codes(lint_text(japanese, mini_extractor, select=["SG109"])) == []
    assert codes(lint_text("# Jo\n## Experience\nShort text only\n", mini_extractor, select=["SG109"])) == ["SG109"]


def test_engine_a_gap_that_ends_with_a_degree_is_explained(mini_extractor):
    """SG405 (office-made financial-analyst-desai in resume-dev): a summer internship, then
    the degree finished in 2018, then the first job: the months between were study. A gap
    with no degree in it still fires."""
    text = ("# Jo\n## Experience\n### Financial Analyst | 07/2018 – 04/2021\n- Built 12 forecasts a year\n"
            "### Finance Intern | 06/2017 – 08/2017\n- Reconciled 40 accounts a week\n"
            "## Education\nBachelor of Business Administration, Finance 2018\n")
    assert codes(lint_text(text, mini_extractor, select=["SG405"])) == []
    earlier = text.replace("Finance 2018", "Finance 2016")
    assert codes(lint_text(earlier, mini_extractor, select=["SG405"])) == ["SG405"]


def test_engine_a_cliche_inside_a_product_name_is_not_a_cliche(mini_extractor):
    """SG305 (Hoene84/CeeVee in resume-dev): "SVN, Rational Synergy, CVS" names a product;
    "AI Wrangler and Code Ninja" and "Strong Team Player" are clichés."""
    product = "# Jo\n## Skills\nVersion control: SVN, Rational Synergy, CVS\n"
    assert codes(lint_text(product, mini_extractor, select=["SG305"])) == []
    titles = "# Jo\n## Summary\nAI Wrangler and Code Ninja\n\nStrong Team Player\n"
    assert codes(lint_text(titles, mini_extractor, select=["SG305"])) == ["SG305", "SG305"]


def test_engine_a_label_between_a_roles_bullets_is_not_a_heading(mini_extractor):
    """SG206 on a corpus file (PieroMacaluso/DogEar-CV in ../shared/resume-dev, read in
    place): "Skills and knowledge acquired:" between a role's bullets labels them, it opens
    no section."""
    from conftest import ROOT

    path = ROOT.parent / "shared" / "resume-dev" / "resumes" / "PieroMacaluso__DogEar-CV" / "cv" / "cv.pdf"
    run = lint_paths([path], LintConfig(select=("SG206",), today=TODAY), extractor=lambda: mini_extractor)
    assert not run.reports[0].error
    assert not [f for f in run.findings if "Skills and knowledge acquired" in f.message]


def test_engine_a_gerund_subject_does_not_make_a_passive_bullet_active(mini_extractor):
    """SG303: "Hosting costs were reduced" opens with a noun ("Hosting costs"), not an
    action verb: the bullet is passive."""
    text = "# Jo\n## Experience\n### Engineer, Acme | 2019 – 2023\n- Hosting costs were reduced by 30% after the move\n"
    assert codes(lint_text(text, mini_extractor, select=["SG303"])) == ["SG303"]


def test_engine_sub_bullets_of_a_finished_achievement_are_rightly_past(mini_extractor):
    """stuxf/basic-typst-resume-template in resume-dev: a current activity whose bullets tell
    finished events, with a sub-bullet ("‣") under a dated one."""
    head = "Experience\nCTF Competitions, Les Amateurs | Jan 2021 – Present\n"
    done = ("• Organized AmateursCTF 2023 and 2024 with 1000+ teams\n‣ Scaled the infrastructure on Kubernetes\n"
            "• Qualified for DEFCON CTF 32 in 2024\n")
    report = lint_one(make_document(head + done), LintConfig(select=("SG310",), today=date(2025, 6, 1)))
    assert report.findings == []
    ongoing = "• Organized a weekly training session\n‣ Scaled the infrastructure on Kubernetes\n• Wrote challenges\n"
    report = lint_one(make_document(head + ongoing), LintConfig(select=("SG310",), today=date(2025, 6, 1)))
    assert [f.code for f in report.findings] == ["SG310"]


@pytest.mark.parametrize("heading", ["Hobbies and Skills", "Interests & Skills", "趣味・特技"])
def test_engine_skills_under_a_shared_heading_are_a_skills_section(heading, mini_extractor):
    """Yuki-Sakaguchi/rirekisho-cli in resume-dev: a rirekisho's 趣味・特技 (hobbies, special skills)."""
    text = f"## Experience\n### Engineer, Acme | 2019 – 2021\n- Built the API\n## {heading}\nChess, Python\n"
    assert codes(lint_text(text, mini_extractor, select=["SG205"])) == []
    assert codes(lint_text(text.replace(heading, "Hobbies"), mini_extractor, select=["SG205"])) == ["SG205"]


def test_engine_a_list_without_a_heading_beside_the_profile_is_a_skills_section(mini_extractor):
    """IJustDev/job-application in resume-dev: skills drawn as names with level bars, no heading."""
    role = "## Experience\n### Engineer, Acme | 2019 – 2021\n- Built the API\n"
    listed = "## Profile\nI build web services for small shops.\n\nTypescript\nVim\nLinux\nPython\nDocker\n\n"
    assert codes(lint_text(listed + role, mini_extractor, select=["SG205"])) == []
    prose = "## Profile\nI build web services for small shops. I like Python and Docker.\n\n"
    assert codes(lint_text(prose + role, mini_extractor, select=["SG205"])) == ["SG205"]


def test_engine_a_line_of_tools_in_a_summary_of_qualifications_is_a_skills_list(default_extractor):
    """bench/parse/browser-resumes b02 (blind review): a "Summary of Qualifications" whose line
    lists the software is where that résumé lists its skills; a sentence naming tools is not."""
    role = "## Experience\n### Accountant, Acme | 2019 – 2021\n- Closed the books monthly\n"
    listed = ("## Summary of Qualifications\n- CPA with 15 years in industry.\n"
              "- Advanced Excel (pivot tables, XLOOKUP, Power Query); Sage Intacct, QuickBooks Enterprise, "
              "NetSuite.\n\n")
    assert codes(lint_text(listed + role, default_extractor, select=["SG205"])) == []
    prose = "## Objective\nI really love yaml, ansible, jinja2 and asciidoc, and I want to help you.\n\n"
    assert codes(lint_text(prose + role, default_extractor, select=["SG205"])) == ["SG205"]


@pytest.mark.parametrize(("name", "fires"), [
    ("b110-courtclerk-paleheads", False),  # "Court Systems": OnBase, FTR Gold, Microsoft Teams, Word and Excel
    ("b53-civileng-federal", True),  # no such section (blind review: true)
])
def test_engine_tools_under_a_heading_the_reader_does_not_know_are_a_skills_list(name, fires, default_extractor):
    """b110 (blind review): a section under a heading the reader does not know, whose lines
    list tools and skills the taxonomy names, no line a sentence, is the skills section in
    other words: SG205 does not call it missing."""
    from conftest import ROOT

    path = ROOT / "bench" / "parse" / "browser-resumes" / "resumes" / f"{name}.pdf"
    run = lint_paths([path], LintConfig(select=("SG205",), today=TODAY), extractor=lambda: default_extractor)
    assert not run.reports[0].error
    assert bool(run.findings) is fires


def test_engine_a_table_that_rates_each_row_is_a_skills_section(mini_extractor):
    """b111-hgvdriver-fieldsets (blind review): "Vehicle & Equipment Experience" rates each
    vehicle and piece of kit under the column labels "Some  Regular  Expert": a skills
    section under another heading. A languages table's levels are no skills section."""
    role = "## Experience\n### Driver, Acme | 2019 – 2021\n- Delivered fuel to 18 sites a shift\n"
    table = ("## Vehicle & Equipment Experience\nVehicle / kit Some Regular Expert\nFuel tanker (bottom load) ✓\n"
             "Walking floor ✓\nHiab / lorry loader ✓\n")
    assert codes(lint_text(role + table, mini_extractor, select=["SG205"])) == []
    assert codes(lint_text(role + table.replace("Some Regular Expert", "Years"), mini_extractor,
                           select=["SG205"])) == ["SG205"]
    languages = "## Languages\nLanguage Basic Intermediate Advanced\nFrench ✓\nGerman ✓\n"
    assert codes(lint_text(role + languages, mini_extractor, select=["SG205"])) == ["SG205"]


def test_engine_contact_lines_under_a_profile_are_no_skills_list(mini_extractor):
    role = "## Experience\n### Engineer, Acme | 2019 – 2021\n- Built the API\n"
    contact = ("## About me\nI build web services.\n\nLeeds, UK\n+44 7700 900123\njo@example.com\n"
               "linkedin.com/in/jo\ngithub.com/jo\n\n")
    assert codes(lint_text(contact + role, mini_extractor, select=["SG205"])) == ["SG205"]


def test_engine_markdown_sub_bullets_of_a_finished_achievement_are_rightly_past(mini_extractor):
    text = ("## Experience\n### CTF, Les Amateurs | Jan 2021 – Present\n- Organized AmateursCTF 2023 and 2024\n"
            "  - Scaled the infrastructure on Kubernetes\n- Qualified for DEFCON CTF 32 in 2024\n")
    assert codes(lint_text(text, mini_extractor, select=["SG310"], today=date(2025, 6, 1))) == []


def test_engine_a_year_told_in_a_sentence_is_no_role_date(mini_extractor):
    """bench/parse/browser-resumes b04, b07, b09, b11 (blind review): achievement lines of a
    template that draws no bullet glyph, which mention a year, are not roles dated with one
    date; neither is a year alone that ends the sentence of the line before."""
    text = ("Experience\nHR Adviser, Irwell University — 2017 – 2021\nHandled 60 employee-relations cases a year.\n"
            "Co-designed a hybrid-working policy adopted university-wide in 2020.\n"
            "Built an upsell program at check-in generating $410k of extra room revenue in\n2024.\n"
            "Achieved zero reportable incidents in 2023 and 2024.\n")
    assert codes(lint_text(text, mini_extractor, fmt="txt", select=["SG406", "SG402"])) == []
    role = "Experience\nHR Adviser, Irwell University — 2020\nHandled 60 employee-relations cases a year.\n"
    assert codes(lint_text(role, mini_extractor, fmt="txt", select=["SG406"], today=date(2025, 6, 1))) == ["SG406"]


def test_engine_a_year_inside_the_range_of_the_role_above_is_no_role(mini_extractor):
    """b49-forces-resumenow (blind review): the line under a role dated 2016 – 2021 names the
    unit and an operation of 2018; a year outside that range is another role's."""
    text = ("Experience\nSergeant — Supply Chain Supervisor 2016 – 2021\n"
            "9 Regiment RLC, Hullavington; Op SHADER (Iraq) 2018\n- Supervised a stores account worth 12m\n")
    assert codes(lint_text(text, mini_extractor, fmt="txt", select=["SG406"], today=date(2025, 6, 1))) == []
    later = text.replace("(Iraq) 2018", "(Iraq) 2023")
    assert codes(lint_text(later, mini_extractor, fmt="txt", select=["SG406"], today=date(2025, 6, 1))) == ["SG406"]


def test_engine_seasonal_roles_are_whole_with_one_date(mini_extractor):
    """bench/parse/browser-resumes b35, b36 (blind review): a summer job dated by its year and
    a job held in two summers are not roles missing an end date."""
    for header in ("Research Assistant (summer), Sea Mammal Research Station 2015",
                   "Procurement Intern Summers 2013 & 2014"):
        text = f"Experience\n{header}\n- Logged 400 survey records a week\n"
        assert codes(lint_text(text, mini_extractor, fmt="txt", select=["SG406"], today=date(2025, 6, 1))) == []
    text = "Experience\nProcurement Intern, Acme 2014\n- Logged 400 purchase orders a week\n"
    assert codes(lint_text(text, mini_extractor, fmt="txt", select=["SG406"], today=date(2025, 6, 1))) == ["SG406"]


def test_engine_a_phone_number_broken_after_a_dash_is_found(mini_extractor):
    """b36 (blind review): "(614) 555-" at a line's end and "0187" on the next."""
    text = "Greta Alvarado\nColumbus, OH · greta@fastmail.example · (614) 555-\n0187 · linkedin.example/in/g\n"
    assert codes(lint_text(text, mini_extractor, fmt="txt", select=["SG202"])) == []


def test_engine_stuffing_repeats_one_word(mini_extractor):
    """b19 (blind review): a unit's acronym and the skill's name are two words the taxonomy
    reads as one skill; repeating the same word is stuffing."""
    lines = [f"- Covered shifts on the ICU ward {n}" for n in range(6)] + [
        f"- Trained staff in critical care {n}" for n in range(6)]
    text = "Experience\nStaff Nurse, City Hospital 2019 – 2021\n" + "\n".join(lines) + "\n"
    assert codes(lint_text(text, mini_extractor, fmt="txt", select=["SG503"])) == []
    repeated = "Experience\nStaff Nurse, City Hospital 2019 – 2021\n" + "\n".join(
        f"- Used Python for report {n}" for n in range(12)) + "\n"
    assert codes(lint_text(repeated, mini_extractor, fmt="txt", select=["SG503"])) == ["SG503"]


def test_engine_a_section_under_an_unusual_heading_is_not_missing(mini_extractor):
    """b28 (blind review): "TOOLBOX" heads the skills; SG205 does not call them missing, SG206
    says the heading's wording is unusual."""
    text = ("Experience\nParamedic, City Ambulance 2019 – 2021\n- Treated 12 patients a shift\n"
            "TOOLBOX\n12-lead ECG, airway management, IO access\n")
    found = codes(lint_text(text, mini_extractor, fmt="txt", select=["SG205", "SG206"]))
    assert "SG205" not in found and "SG206" in found


def test_engine_a_heading_read_into_a_line_of_the_column_beside_is_not_missing(mini_extractor):
    """b127-courtinterpreter-photowrap (blind review): two sections side by side, their
    headings in capitals read into lines of the other column ("leta) knowledge EDUCATION",
    "TOOLS & TERMINOLOGY Saint-Laurent, Ottawa, 2013"); acronyms in a line are no heading."""
    text = ("Experience\nInterpreter, Ottawa Courts 2019 – 2021\n- Interpreted at 300 hearings\n"
            "Kituba (Kikongo ya Working\nleta) knowledge EDUCATION\nM.A., Conference Interpreting — Université du\n"
            "TOOLS & TERMINOLOGY Saint-Laurent, Ottawa, 2013\nSDL Trados Studio 2022, MultiTerm, Juristerm\n")
    assert codes(lint_text(text, mini_extractor, fmt="txt", select=["SG204", "SG205"])) == []
    acronyms = ("Experience\nAnalyst, Acme 2019 – 2021\n- Moved the team's reports to AWS\n"
                "Queried the warehouse in SQL and fixed the NIST TOOLS\n")
    assert codes(lint_text(acronyms, mini_extractor, fmt="txt", select=["SG204", "SG205"])) == ["SG204", "SG205"]


def test_engine_the_europass_driving_licence_heading_is_standard(mini_extractor):
    """b83-officemanager-europass2020 (blind review): "DRIVING LICENCE" is a section of the
    Europass CV, a heading readers and tracking systems know."""
    text = ("Experience\nOffice Manager, Acme 2019 – 2021\n- Ran the office for 40 staff\n"
            "DRIVING LICENCE\nDriving licence: B\n")
    assert codes(lint_text(text, mini_extractor, fmt="txt", select=["SG206"])) == []
    assert codes(lint_text(text.replace("DRIVING LICENCE", "ON THE ROAD LICENCE"), mini_extractor, fmt="txt",
                           select=["SG206"])) == ["SG206"]


def test_engine_the_header_row_of_a_table_under_its_heading_is_no_heading(mini_extractor):
    """b27-midwife-elegant (blind review): a "Credentials" table whose first row labels the
    columns; the same words with no heading above them still read as an unusual heading."""
    text = ("Experience\nMidwife, St Aldhelm's 2019 – 2021\n- Delivered 300 births\nCredentials\n"
            "CERTIFICATE ISSUER VALID UNTIL\nNMC registration, Midwife Nursing & Midwifery Council 08/2027\n")
    assert codes(lint_text(text, mini_extractor, fmt="txt", select=["SG206"])) == []
    below_a_role = text.replace("Credentials\n", "")
    assert codes(lint_text(below_a_role, mini_extractor, fmt="txt", select=["SG206"])) == ["SG206"]


def test_engine_a_year_in_brackets_or_told_without_a_full_stop_is_no_role_date(mini_extractor):
    """b40, b45, b46 (blind review): "... a council u-turn (2023).", "120 hires in 2023"."""
    text = ("Experience\nRecruiter, Acme — March 2022 – Present\nPlaced 120 hires in 2023 across three regions\n"
            "Broke the story of a council u-turn on cycle lanes (2023).\n")
    assert codes(lint_text(text, mini_extractor, fmt="txt", select=["SG406"], today=date(2025, 6, 1))) == []


def test_engine_a_run_in_heading_is_a_standard_heading_not_its_whole_line(mini_extractor):
    """b89-bookkeeper-runin: "Profile. Full-charge bookkeeper ..." opens the profile with a
    run-in heading; the heading is "Profile", not the paragraph's first line."""
    text = ("Experience\nBookkeeper, Rideau Valley 2016 – 2020\n- Ran full-cycle accounting for 48 staff\n"
            "Profile. Full-charge bookkeeper with eleven years' experience keeping the books\n"
            "Software. QuickBooks Online, Xero, Sage 50\n")
    assert "SG206" not in codes(lint_text(text, mini_extractor, fmt="txt", select=["SG206"]))


def test_engine_lettered_headings_with_counts_are_standard_headings(mini_extractor):
    """b114-personaltrainer-lettered (blind review): "D Certifications (7)" is the heading
    "Certifications" with a letter badge and a count, not a non-standard heading."""
    text = ("Ana Lee\nA Profile\nPersonal trainer.\nB Experience (9 yrs)\nTrainer, Acme Gym 2019 – 2021\n"
            "- Coached 40 clients a week\nC Certifications (7)\nCert IV in Fitness\n")
    assert codes(lint_text(text, mini_extractor, fmt="txt", select=["SG206"])) == []


def test_engine_a_role_left_open_at_the_end_of_its_line_is_current(mini_extractor):
    """b116-plumber-iconfont (blind review): "Senior Heating Engineer 2021–" is the current
    role, not a past one dated with a single year."""
    text = ("Experience\nSenior Heating Engineer 2021–\nLeeside Heating, Cork\n- Install 40 heat pumps a year\n"
            "Gas Engineer 2017–2021\nSouthern Gas, Cork\n- Serviced 10 boilers a day\n")
    assert codes(lint_text(text, mini_extractor, fmt="txt", select=["SG406"], today=date(2025, 6, 1))) == []


def test_engine_something_else_available_on_request_under_referees_is_not_references(mini_extractor):
    """b119-zookeeper-thumbtabs (blind review): "Full vaccination record ... available on
    request" under "Referees" offers the record, not the references; a bare "Available on
    request" there, or one that names the references, still fires."""
    base = "Experience\nKeeper, Zoo 2019 – 2021\n- Fed 40 animals a day\nReferees\nDr Ann Lee, Curator\n"
    record = base + "Full vaccination record (Q fever, tetanus) available on request.\n"
    assert codes(lint_text(record, mini_extractor, fmt="txt", select=["SG208"])) == []
    for line in ("Available on request.", "References from my manager are available on request."):
        assert codes(lint_text(base + line + "\n", mini_extractor, fmt="txt", select=["SG208"])) == ["SG208"]


def test_engine_a_heading_wrapped_onto_two_lines_is_read_whole(mini_extractor):
    """SG206 on b109-bslinterpreter-europasslabels (browser-printed): the Europass heading
    "Personal skills and competences" wraps after "and"; its first line alone is no heading
    of its own."""
    from conftest import ROOT

    path = ROOT / "bench" / "parse" / "browser-resumes" / "resumes" / "b109-bslinterpreter-europasslabels.pdf"
    run = lint_paths([path], LintConfig(select=("SG206",), today=TODAY), extractor=lambda: mini_extractor)
    assert not run.reports[0].error
    assert not [f for f in run.findings if "Personal skills" in f.message]


def test_engine_a_name_that_qualifies_the_noun_after_it_is_not_stuffed(mini_extractor):
    """b92-hospitalpharmacist-darkheader (blind review): "the critical care medicines group",
    "critical care rotations" name a unit and its work, not the skill said again; a tool's
    name before a noun ("Python tooling") is the tool said again."""
    head = "Experience\nEngineer, Acme 2019 – 2021\n"
    units = head + "\n".join(f"- Chaired the cloud computing guild {n}" for n in range(12)) + "\n"
    assert codes(lint_text(units, mini_extractor, fmt="txt", select=["SG503"])) == []
    said = head + "\n".join(f"- Moved reports to cloud computing {n}" for n in range(12)) + "\n"
    assert codes(lint_text(said, mini_extractor, fmt="txt", select=["SG503"])) == ["SG503"]
    tools = head + "\n".join(f"- Chaired the Python tooling guild {n}" for n in range(12)) + "\n"
    assert codes(lint_text(tools, mini_extractor, fmt="txt", select=["SG503"])) == ["SG503"]


def test_engine_a_date_inside_a_sentence_under_an_undated_title_is_told(mini_extractor):
    """b17-accountant-numbered (blind review): the role's dated line was read above its
    section's heading; "(go-live April 2023) on time" in a sentence below the title is
    not the role's date."""
    text = ("Experience\nThameside Precision Components Ltd, Reading (turnover £84m, 3\nentities)\n"
            "Own the monthly close, group consolidation and board pack; reduced\nclose from 11 to 5 working days.\n"
            "Led the NetSuite implementation (go-live April 2023) on time and £40k\nunder budget.\n")
    assert codes(lint_text(text, mini_extractor, fmt="txt", select=["SG406"], today=date(2025, 6, 1))) == []


def test_engine_a_heading_in_two_languages_with_a_standard_first_is_standard(mini_extractor):
    """b136 (blind review): "Profile / Profil", "Education / Formation": the first part is a
    standard heading, so SG206 says nothing."""
    text = ("Profile / Profil\nLand surveyor with ten years in Ontario.\n"
            "Professional Experience / Expérience professionnelle\nParty Chief, Geodesy Ltd 2019 – 2021\n"
            "- Led a crew of three\nEducation / Formation\nBSc Geomatics, 2012\n")
    assert "SG206" not in codes(lint_text(text, mini_extractor, fmt="txt", select=["SG206"]))


@pytest.mark.parametrize(("name", "heading", "fires"), [
    ("b28-paramedic-kendall", "COMMUNITY", False),  # a clear heading in a common word (adjudicated review)
    ("b28-paramedic-kendall", "TOOLBOX", True),
    ("b151-aircraftengineer-bluegrey", "LICENCE & TYPE RATINGS", False),  # licences, in the singular
    ("b150-firefighter-arrowtabs", "VOLUNTEER SERVICE", False),  # a known heading, then a word of known ones
    ("b60-flightattendant-infographic", "CAREER PATH", True),  # "path" is in no known heading
    ("b130-locksmith-qrblock", "Skill Levels", False),  # a known heading in the singular, read as skills
])
def test_engine_a_set_heading_in_clear_words_is_standard(name, heading, fires, mini_extractor):
    """SG206 on browser-printed résumés: a line set as a heading that says "Community", names a
    known heading in the singular, or is a known heading and a word of known headings
    ("Volunteer Service", as "Community Service") reads as standard; "TOOLBOX" and "Career
    Path" still do not."""
    from conftest import ROOT

    path = ROOT / "bench" / "parse" / "browser-resumes" / "resumes" / f"{name}.pdf"
    run = lint_paths([path], LintConfig(select=("SG206",), today=TODAY), extractor=lambda: mini_extractor)
    assert not run.reports[0].error
    assert bool([f for f in run.findings if f"“{heading}”" in f.message]) is fires
