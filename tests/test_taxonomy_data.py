"""The shipped taxonomy data itself: size, kinds, known skills and links, no common words as
aliases, licences kept apart, ESCO URIs that exist. Runs on the real files in taxonomies/."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import yaml
from conftest import ROOT

from skillgap.taxonomy import load_taxonomy
from skillgap.types import SkillKind

TAXONOMIES = ROOT / "taxonomies"
DEFAULT = TAXONOMIES / "default"
EXTENDED = TAXONOMIES / "esco-extended"
ESCO_SKILLS_CSV = ROOT.parent / "shared" / "taxonomy-sources" / "esco" / "v1.1.1" / "skills_en.csv"


def esco_skills_csv() -> Path:
    """The ESCO source, read in place beside the checkout (it is there wherever tests run)."""
    assert ESCO_SKILLS_CSV.is_file(), f"{ESCO_SKILLS_CSV} not found: put ../shared/ next to the repository"
    return ESCO_SKILLS_CSV


def fold(text: str) -> str:
    return " ".join(text.lower().split())


def word_list(name: str) -> frozenset[str]:
    lines = (TAXONOMIES / name).read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


COLLISION_WORDS = word_list("collision-words.txt")


@pytest.fixture(scope="module")
def taxonomy():
    return load_taxonomy([DEFAULT])


@pytest.fixture(scope="module")
def by_string(taxonomy):
    """Folded name or alias -> ids, and exact-case string -> ids."""
    folded: dict[str, set[str]] = {}
    exact: dict[str, set[str]] = {}
    for skill in taxonomy.skills.values():
        strings, exact_strings = skill.match_strings()
        for text in strings:
            folded.setdefault(fold(text), set()).add(skill.id)
        for text in exact_strings:
            exact.setdefault(text, set()).add(skill.id)
    return folded, exact


def yaml_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.yaml"))


# --- size and shape ---------------------------------------------------------------------------


def test_taxonomy_data_counts(taxonomy):
    stats = taxonomy.stats()
    assert stats["skills"] >= 4000
    assert stats["aliases"] >= 20000


def test_taxonomy_data_every_kind_valid(taxonomy):
    kinds = {k.value for k in SkillKind}
    assert all(skill.kind.value in kinds for skill in taxonomy.skills.values())
    counts = {k: sum(1 for s in taxonomy.skills.values() if s.kind.value == k) for k in kinds}
    assert all(counts[k] > 0 for k in kinds), counts


@pytest.mark.parametrize("path", yaml_files(DEFAULT) + yaml_files(EXTENDED), ids=lambda p: p.name)
def test_taxonomy_data_files_sorted_by_id(path):
    ids = [entry["id"] for entry in yaml.safe_load(path.read_text(encoding="utf-8"))["skills"]]
    assert ids == sorted(ids)
    assert len(ids) == len(set(ids))


def test_taxonomy_data_extended_pack_loads_with_default(taxonomy):
    both = load_taxonomy([DEFAULT, EXTENDED])
    assert len(both.skills) > len(taxonomy.skills) + 5000
    # the pack never takes a default skill's name or alias away
    assert both.skills["kubernetes"].aliases == taxonomy.skills["kubernetes"].aliases


# --- known skills -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,skill_id,kind",
    [
        ("k8s", "kubernetes", "tool"),
        ("Kubernetes", "kubernetes", "tool"),
        ("postgres", "postgresql", "tool"),
        ("js", "javascript", "tool"),
        ("golang", "go", "tool"),
        ("reactjs", "react", "tool"),
        ("tailwind.css", "tailwind-css", "tool"),  # written like the stylesheet's file name
        ("node.js", "node.js", "tool"),
        ("c#", "c#", "tool"),
        ("c++", "c++", "tool"),
        (".net", "dotnet", "tool"),
        ("ms excel", "microsoft-excel", "tool"),
        ("pyspark", "apache-spark", "tool"),
        ("power bi", "power-bi", "tool"),
        ("aws", "amazon-web-services", "tool"),
        ("gcp", "google-cloud-platform", "tool"),
        ("ci/cd", "ci-cd", "hard"),
        ("epic ehr", "epic-ehr", "tool"),
        ("bls", "bls", "certification"),
        ("acls", "acls", "certification"),
        ("basic life support", "bls", "certification"),
        ("registered nurse", "registered-nurse", "certification"),
        ("lpn", "lpn", "certification"),
        ("cna", "cna", "certification"),
        ("pmp", "pmp", "certification"),
        ("cissp", "cissp", "certification"),
        ("cka", "cka", "certification"),
        ("ckad", "ckad", "certification"),
        ("comptia security+", "comptia-security-plus", "certification"),
        ("ccna", "ccna", "certification"),
        ("itil", "itil", "certification"),
        ("csm", "csm", "certification"),
        ("psm", "psm", "certification"),
        (
            "aws certified solutions architect",
            "aws-certified-solutions-architect-associate",
            "certification",
        ),
        ("az-104", "azure-administrator-associate", "certification"),
        ("six sigma green belt", "lean-six-sigma-green-belt", "certification"),
        ("cpa", "cpa", "certification"),
        ("cfa", "cfa", "certification"),
        ("gaap", "gaap", "knowledge"),
        ("month-end close", "month-end-close", "hard"),
        ("account reconciliation", "account-reconciliation", "hard"),
        ("quickbooks", "quickbooks", "tool"),
        ("stakeholder management", "stakeholder-management", "soft"),
        ("public speaking", "public-speaking", "soft"),
        ("teamwork", "teamwork", "soft"),
        ("communication skills", "communication-skills", "soft"),
        ("team management", "people-management", "soft"),
        ("budget management", "budgeting", "hard"),
        ("lesson planning", "lesson-planning", "hard"),
        ("legal research", "legal-research", "hard"),
        ("supply chain management", "supply-chain-management", "knowledge"),
        ("welding", "welding", "hard"),
        ("spanish", "spanish", "language"),
        ("mandarin", "mandarin-chinese", "language"),
    ],
)
def test_taxonomy_data_known_skill(taxonomy, by_string, text, skill_id, kind):
    folded, _ = by_string
    assert folded.get(fold(text)) == {skill_id}
    assert taxonomy.skills[skill_id].kind.value == kind


@pytest.mark.parametrize(
    "skill_id,broader",
    [
        ("postgresql", "sql"),
        ("mysql", "sql"),
        ("react", "javascript"),
        ("kubernetes", "container-orchestration"),
        ("docker", "containerization"),
        ("amazon-web-services", "cloud-computing"),
        ("microsoft-azure", "cloud-computing"),
        ("google-cloud-platform", "cloud-computing"),
        ("tableau", "data-visualization"),
        ("power-bi", "data-visualization"),
        ("pandas", "python"),
        ("pandas", "data-analysis"),
        ("pytorch", "machine-learning"),
        ("epic-ehr", "electronic-health-records"),
        ("quickbooks", "accounting-software"),
        ("xero", "accounting-software"),
        ("gaap", "accounting"),
        ("month-end-close", "accounting"),
        ("cka", "kubernetes-certification"),
    ],
)
def test_taxonomy_data_broader_link(taxonomy, skill_id, broader):
    assert broader in taxonomy.skills[skill_id].broader


def test_taxonomy_data_related_link(taxonomy):
    assert "javascript" in taxonomy.related_to("typescript")
    assert "docker" in taxonomy.related_to("kubernetes")


@pytest.mark.parametrize(
    "skill_id,exact",
    [
        ("r", "R"),
        ("c", "C"),
        ("go", "Go"),
        ("swift", "Swift"),
        ("rust", "Rust"),
        ("spring-framework", "Spring"),
        ("microsoft-excel", "Excel"),
        ("microsoft-access", "Access"),
        ("unity", "Unity"),
        ("apache-spark", "Spark"),
        ("lean-manufacturing", "Lean"),
        ("express.js", "Express"),
        ("ruby", "Ruby"),
        ("dart", "Dart"),
        ("julia", "Julia"),
        ("apache-hive", "Hive"),
        ("apache-pig", "Pig"),
        ("puppet", "Puppet"),
        ("flask", "Flask"),
        ("shell-scripting", "Shell"),
        ("microsoft-word", "Word"),
        ("microsoft-outlook", "Outlook"),
        ("microsoft-teams", "Teams"),
        ("slack", "Slack"),
        ("apache-maven", "Maven"),
        ("sage-accounting", "Sage"),
        ("epic-ehr", "Epic"),
        ("jenkins", "Jenkins"),
        ("chef", "Chef"),
        ("salt", "Salt"),
        ("scheme", "Scheme"),
        ("elm", "Elm"),
        ("zoom", "Zoom"),
    ],
)
def test_taxonomy_data_ambiguous_short_names_need_case_and_context(
    taxonomy, by_string, skill_id, exact
):
    folded, exact_map = by_string
    skill = taxonomy.skills[skill_id]
    assert exact in skill.exact_case
    assert skill.needs_context
    assert fold(exact) not in folded  # never matched case-insensitively
    assert exact_map[exact] == {skill_id}


# --- what must never be an alias ----------------------------------------------------------------


def test_taxonomy_data_no_collision_word_matches_case_insensitively(by_string):
    folded, _ = by_string
    offenders = sorted(w for w in COLLISION_WORDS if w in folded)
    assert not offenders, offenders


@pytest.mark.parametrize("folder", [DEFAULT, EXTENDED], ids=lambda p: p.name)
def test_taxonomy_data_collision_words_only_in_exact_case(folder):
    for path in yaml_files(folder):
        for entry in yaml.safe_load(path.read_text(encoding="utf-8"))["skills"]:
            for alias in entry.get("aliases", []):
                assert fold(alias) not in COLLISION_WORDS, (path.name, entry["id"], alias)


GENERIC_ALLOWED = {  # a generic word may name the general skill itself, never a narrower one
    "communication": {"communication-skills"},
    "programming": {"computer-programming"},
    "research": {"research"},
    "teaching": {"teaching"},
    "leadership": {"leadership"},
    "marketing": {"marketing"},
    "sales": {"sales"},
    "finance": {"finance"},
}


@pytest.mark.parametrize(
    "word",
    [
        "communication",
        "management",
        "design",
        "analysis",
        "research",
        "writing",
        "support",
        "development",
        "testing",
        "programming",
        "leadership",
        "marketing",
        "sales",
        "finance",
    ],
)
def test_taxonomy_data_generic_word_is_never_alias_of_narrower_skill(taxonomy, word):
    owners = {s.id for s in taxonomy.skills.values() if word in {fold(a) for a in s.aliases}}
    assert owners <= GENERIC_ALLOWED.get(word, set())


def test_taxonomy_data_aliases_are_strings_and_ambiguous_ones_declared(taxonomy):
    owners: dict[str, set[str]] = {}
    for skill in taxonomy.skills.values():
        for alias in skill.aliases:
            assert isinstance(alias, str) and alias.strip() == alias and alias
            owners.setdefault(fold(alias), set()).add(skill.id)
    for alias, ids in owners.items():
        if len(ids) > 1:
            for sid in ids:
                assert alias in {fold(a) for a in taxonomy.skills[sid].ambiguous_aliases}, (
                    alias,
                    ids,
                )


# --- licences and sources -----------------------------------------------------------------------


def test_taxonomy_data_stackoverflow_data_kept_in_its_own_file():
    for path in yaml_files(DEFAULT) + yaml_files(EXTENDED):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        uses_so = any("stackoverflow" in e.get("sources", []) for e in data["skills"])
        if path.name.startswith("generated-stackoverflow-"):
            assert data["license"] == "CC-BY-SA-4.0"
        else:
            assert not uses_so, path.name
            assert data.get("license") != "CC-BY-SA-4.0", path.name


def test_taxonomy_data_nothing_from_lightcast():
    for path in yaml_files(DEFAULT) + yaml_files(EXTENDED):
        text = path.read_text(encoding="utf-8").lower()
        assert "lightcast" not in text and "emsi" not in text


def test_taxonomy_data_generated_ids_are_registered():
    """Every generated id is pinned in ids.tsv (or is a curated id), so a rebuild keeps it."""
    registry = {
        line.split("\t")[1]
        for name in ("ids.tsv", "ids-stackoverflow.tsv")
        for line in (TAXONOMIES / name).read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    }
    curated = {
        e["id"]
        for p in DEFAULT.glob("curated-*.yaml")
        for e in yaml.safe_load(p.read_text())["skills"]
    }
    for path in [
        p for p in yaml_files(DEFAULT) + yaml_files(EXTENDED) if p.name.startswith("generated-")
    ]:
        for entry in yaml.safe_load(path.read_text(encoding="utf-8"))["skills"]:
            assert entry["id"] in registry or entry["id"] in curated, (path.name, entry["id"])


def test_taxonomy_data_esco_uris_exist_in_source():
    with esco_skills_csv().open(encoding="utf-8", newline="") as handle:
        known = {row["conceptUri"] for row in csv.DictReader(handle)}
    for path in yaml_files(DEFAULT) + yaml_files(EXTENDED):
        for entry in yaml.safe_load(path.read_text(encoding="utf-8"))["skills"]:
            for uri in entry.get("esco", []):
                assert uri in known, (path.name, entry["id"], uri)


@pytest.mark.parametrize(
    "label,not_on",
    [
        ("ML (computer programming)", "machine-learning"),  # Standard ML, not machine learning
        ("iOS", "ios-development"),  # the operating system
        ("Android (mobile operating systems)", "android-development"),
        ("telemarketing", "cold-calling"),
        ("biostatistics", "statistics"),
        ("manage accounts", "account-management"),  # financial accounts
    ],
)
def test_taxonomy_data_esco_uri_only_on_true_equivalent(taxonomy, label, not_on):
    with esco_skills_csv().open(encoding="utf-8", newline="") as handle:
        uri = next(
            row["conceptUri"] for row in csv.DictReader(handle) if row["preferredLabel"] == label
        )
    assert uri not in taxonomy.skills[not_on].esco


def test_taxonomy_data_one_skill_per_esco_uri(taxonomy):
    uris = [uri for s in taxonomy.skills.values() for uri in s.esco]
    assert len(uris) == len(set(uris))


# --- mappings a user review found wrong ------------------------------------------------------

REVIEWED_MAPPINGS = [
    # (string as written, the skill it must map to)
    ("national electrical code", "national-electrical-code"),  # a code book, not installation work
    ("nec code", "national-electrical-code"),
    ("conduit bending", "electrical-work"),
    ("osha 10", "osha-certification"),  # one outreach-training skill: OSHA 30 answers OSHA 10
    ("osha 30", "osha-certification"),
    ("meta ads", "meta-ads"),  # a tool, narrower than social media marketing
    ("facebook ads", "meta-ads"),
    ("social media", "social-media-marketing"),
    ("med-surg", "medical-surgical-nursing"),  # medical-surgical, not perioperative
    ("medical-surgical nursing", "medical-surgical-nursing"),
    ("operating room nursing", "surgical-nursing"),
    ("aws rds", "amazon-rds"),
    ("fault finding", "troubleshooting"),  # the trades' word for it: a recruiter reads one skill
    ("troubleshoots", "troubleshooting"),
]


@pytest.mark.parametrize("text,skill_id", REVIEWED_MAPPINGS, ids=[row[0] for row in REVIEWED_MAPPINGS])
def test_taxonomy_data_reviewed_mapping(by_string, text, skill_id):
    folded, _ = by_string
    assert folded.get(fold(text)) == {skill_id}


@pytest.mark.parametrize("text", ["or nursing", "nursing or"])
def test_taxonomy_data_no_alias_made_of_a_conjunction(by_string, text):
    # "public health or nursing" must not read as perioperative nursing
    folded, _ = by_string
    assert fold(text) not in folded


@pytest.mark.parametrize(
    "skill_id,name",
    [("amazon-rds", "Amazon RDS"), ("six-sigma-methods", "Six Sigma methods"), ("meta-ads", "Meta Ads"),
     ("national-electrical-code", "National Electrical Code (NEC)"), ("osha-certification", "OSHA outreach training")],
)
def test_taxonomy_data_reviewed_display_name(taxonomy, skill_id, name):
    assert taxonomy.skills[skill_id].name == name


def test_taxonomy_data_reviewed_broader_links(taxonomy):
    assert "social-media-marketing" in taxonomy.skills["meta-ads"].broader
    assert "nursing" in taxonomy.skills["medical-surgical-nursing"].broader
    assert "electrical-work" in taxonomy.related_to("national-electrical-code")


def test_taxonomy_data_employer_name_lumen_needs_case_and_context(taxonomy, by_string):
    # "Lumen Health" is an employer; the PHP framework Lumen is matched only as "Lumen" with context
    folded, exact = by_string
    assert "lumen" not in folded
    assert "lumen" in exact.get("Lumen", set()) and taxonomy.skills["lumen"].needs_context
