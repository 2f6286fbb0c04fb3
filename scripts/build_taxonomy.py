#!/usr/bin/env python
"""Build the generated taxonomy files from the public sources in ../shared/taxonomy-sources.

    .venv/bin/python scripts/build_taxonomy.py [--sources ../shared/taxonomy-sources] [--check]

Writes (and never touches anything else):

- taxonomies/default/generated-<category>.yaml       ESCO, O*NET, GitHub Linguist, GitHub Explore
- taxonomies/default/generated-stackoverflow-tags.yaml  Stack Overflow tags (CC BY-SA 4.0, own file)
- taxonomies/esco-extended/generated-esco-<category>.yaml  the rest of the ESCO skills pillar
- taxonomies/common-english-words.txt  (only with --refresh-common-words; needs wordfreq)
- taxonomies/ids.tsv, ids-stackoverflow.tsv           id registry: source key -> id, append-only

Hand curation lives in taxonomies/default/curated-*.yaml. The build reads it so that a
source concept that names a curated skill is emitted under the curated id (the loader then
lets the curated entry win field by field), and so that no generated alias collides with a
curated one. Output is deterministic: same sources + same ids.tsv give the same bytes.

Ids are slugs of names, pinned in ids.tsv by source key (an ESCO URI, a Linguist name, an
O*NET example, ...), so an id never moves to another concept, and an id that disappears from
the sources is never handed out again.

`--check` only validates the existing files (format rules of docs/taxonomy-format.md, plus
the loader in skillgap/taxonomy when it is importable).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
TAXONOMIES = REPO / "taxonomies"
DEFAULT_DIR = TAXONOMIES / "default"
EXTENDED_DIR = TAXONOMIES / "esco-extended"
ID_REGISTRY = TAXONOMIES / "ids.tsv"
ID_REGISTRY_SO = TAXONOMIES / "ids-stackoverflow.tsv"
DEFAULT_SOURCES = REPO.parent / "shared" / "taxonomy-sources"

KINDS = ("hard", "tool", "soft", "certification", "knowledge", "language")
ENTRY_KEYS = (
    "id",
    "name",
    "kind",
    "aliases",
    "exact_case",
    "needs_context",
    "broader",
    "related",
    "esco",
    "onet",
    "sources",
    "ambiguous_aliases",
)
LIST_KEYS = (
    "aliases",
    "exact_case",
    "broader",
    "related",
    "esco",
    "onet",
    "sources",
    "ambiguous_aliases",
)
FILE_KEYS = {"version", "license", "sources", "description", "skills"}
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._+#-]*$")

# Thresholds (measured; see taxonomies/README.md).
SO_MIN_QUESTIONS = 2000  # a Stack Overflow tag becomes a skill from this many questions ...
SO_MIN_QUESTIONS_ATTESTED = 500  # ... or from this many when another source names it too
SO_LANGUAGE_SIGNAL = 1000  # a Linguist language needs this many SO questions (or another signal)
ONET_MIN_OCCUPATIONS = 2  # O*NET examples used in one occupation only are left out ...

# ---------------------------------------------------------------------------------------------
COLLISION_WORDS_FILE = TAXONOMIES / "collision-words.txt"
COMMON_WORDS_FILE = TAXONOMIES / "common-english-words.txt"
COMMON_WORDS_COUNT = 20000


def read_word_list(path: Path) -> frozenset[str]:
    if not path.exists():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


# Common English words that are also names of tools etc. (hand-curated file).
COLLISION_WORDS = read_word_list(COLLISION_WORDS_FILE)
# The 20,000 commonest English words (wordfreq; refreshed with --refresh-common-words), and
# the 5,000 commonest of them: a general field named by one of these ("History", "Hair")
# needs context too, or "work history" becomes a skill.
COMMON_WORDS = read_word_list(COMMON_WORDS_FILE)
VERY_COMMON_WORDS = frozenset(
    [
        w
        for w in (
            COMMON_WORDS_FILE.read_text(encoding="utf-8").splitlines()
            if COMMON_WORDS_FILE.exists()
            else []
        )
        if w and not w.startswith("#")
    ][:5000]
)

# Words that are only ever a skill's own name (a general field or soft skill), never an alias
# of a narrower skill.
GENERIC_WORDS = frozenset(
    [
        "analysis",
        "analytics",
        "administration",
        "communication",
        "consulting",
        "coordination",
        "data",
        "design",
        "development",
        "documentation",
        "education",
        "engineering",
        "evaluation",
        "finance",
        "implementation",
        "installation",
        "leadership",
        "maintenance",
        "management",
        "marketing",
        "monitoring",
        "operations",
        "optimization",
        "organisation",
        "organization",
        "planning",
        "production",
        "programming",
        "reporting",
        "research",
        "sales",
        "science",
        "security",
        "service",
        "services",
        "software",
        "strategy",
        "support",
        "systems",
        "teaching",
        "technology",
        "testing",
        "training",
        "writing",
    ]
)

# A generated alias may be any of these only on the skill listed (curated names).
GENERIC_OWNERS = {
    "communication": "communication-skills",
    "leadership": "leadership",
    "marketing": "marketing",
    "sales": "sales",
    "finance": "finance",
    "research": "research",
    "teaching": "teaching",
    "programming": "computer-programming",
}

# Short forms of O*NET examples are aliases only after one of these vendor prefixes.
ONET_VENDORS = (
    "Microsoft",
    "Oracle",
    "IBM",
    "SAP",
    "Adobe",
    "Autodesk",
    "Google",
    "Amazon",
    "Apple",
    "Apache",
    "Atlassian",
    "Salesforce",
    "Intuit",
    "Cisco",
    "VMware",
    "Red Hat",
    "Bentley Systems",
    "Dassault Systemes",
    "Siemens",
    "SAS",
    "Epic Systems",
    "Cerner",
    "Esri",
    "ESRI",
    "Corel",
    "Hewlett Packard",
    "HP",
    "Symantec",
    "Sage",
    "Infor",
    "Epicor",
    "Sun Microsystems",
    "Novell",
    "Citrix",
    "Blackbaud",
    "Wolfram Research",
    "The MathWorks",
    "MathWorks",
    "Minitab",
    "Trimble",
    "Hexagon",
    "PTC",
    "Unity Technologies",
    "Facebook",
    "Meta",
    "Twitter",
    "LinkedIn",
    "Dropbox",
    "Zoho",
    "Bloomberg",
    "Thomson Reuters",
    "Kronos",
    "ADP",
    "Workday",
    "ServiceNow",
    "NetSuite",
    "Informatica",
    "Teradata",
    "Tableau Software",
    "Qlik",
    "Alteryx",
    "Splunk",
    "Elastic",
    "MongoDB",
    "Docker",
    "HashiCorp",
    "JetBrains",
    "GitHub",
    "GitLab",
    "Slack",
    "Zoom",
    "Yardi",
    "RealPage",
    "McKesson",
    "Meditech",
    "MEDITECH",
    "NextGen Healthcare",
    "athenahealth",
    "Allscripts",
    "eClinicalWorks",
    "GE Healthcare",
    "Philips",
    "Avid",
    "Avid Technology",
    "Apple Inc.",
    "Smartsheet",
    "Asana",
    "Trello",
    "Wrike",
    "Basecamp",
    "Jira",
    "Mozilla",
    "Opera",
    "Nuance",
    "Dragon",
    "QuickBooks",
    "Xero",
    "FreshBooks",
    "Wave",
    "Kofax",
    "OpenText",
    "Box",
    "Veeva",
    "Medidata",
)

# Broader links from O*NET commodity titles to curated skills (by id).
COMMODITY_BROADER = {
    "Spreadsheet software": "spreadsheets",
    "Accounting software": "accounting-software",
    "Enterprise resource planning ERP software": "erp-systems",
    "Customer relationship management CRM software": "crm-software",
    "Project management software": "project-management-software",
    "Business intelligence and data analysis software": "business-intelligence",
    "Data base management system software": "databases",
    "Object oriented data base management software": "databases",
    "Data base reporting software": "business-intelligence",
    "Computer aided design CAD software": "computer-aided-design",
    "Operating system software": "operating-systems",
    "Program testing software": "software-testing",
    "Configuration management software": "configuration-management",
    "Network monitoring software": "monitoring-and-observability",
    "Transaction security and virus protection software": "cybersecurity",
    "Network security or virtual private network VPN management software": "network-security",
    "Video creation and editing software": "video-editing",
    "Desktop publishing software": "desktop-publishing",
    "Web page creation and editing software": "web-design",
    "Human resources software": "hris",
    "Tax preparation software": "tax-preparation",
    "Materials requirements planning logistics and supply chain software": "supply-chain-management",
    "Inventory management software": "inventory-management",
    "Office suite software": "microsoft-office",
    "Web platform development software": "web-development",
    "Video conferencing software": "collaboration-software",
}

# Stack Overflow tags that pass the thresholds but name a programming concept, not a skill a
# résumé lists (reviewed by hand).
SO_NOT_SKILLS = frozenset(
    [
        "aggregation",
        "caching",
        "concurrency",
        "config",
        "customization",
        "emulation",
        "error-handling",
        "event-handling",
        "exe",
        "executable",
        "keypress",
        "lightbox",
        "linker",
        "mutex",
        "normalization",
        "obfuscation",
        "partitioning",
        "plist",
        "runtime",
        "sandbox",
        "scalability",
        "scheduler",
        "schema",
        "scripting",
        "singleton",
        "storyboard",
        "subprocess",
        "synchronization",
        "timeout",
        "treeview",
        "unicode",
        "user-interface",
        "versioning",
        "webclient",
        "workflow",
        "garbage-collection",
        "base64",
        "sudo",
    ]
)

# Broader links from Stack Overflow tag families to skills (tag prefix -> id).
SO_PREFIX_BROADER = {
    "python": "python",
    "django": "django",
    "flask": "flask",
    "pandas": "pandas",
    "numpy": "numpy",
    "java": "java",
    "spring": "spring-framework",
    "javascript": "javascript",
    "node": "node.js",
    "react": "react",
    "angular": "angular",
    "vue": "vue.js",
    "typescript": "typescript",
    "c#": "c#",
    "asp.net": "asp.net",
    ".net": "dotnet",
    "php": "php",
    "laravel": "laravel",
    "ruby": "ruby",
    "rails": "ruby-on-rails",
    "swift": "swift",
    "ios": "ios-development",
    "android": "android-development",
    "kotlin": "kotlin",
    "sql": "sql",
    "mysql": "mysql",
    "postgresql": "postgresql",
    "oracle": "oracle-database",
    "mongodb": "mongodb",
    "redis": "redis",
    "docker": "docker",
    "kubernetes": "kubernetes",
    "aws": "amazon-web-services",
    "amazon": "amazon-web-services",
    "azure": "microsoft-azure",
    "google-cloud": "google-cloud-platform",
    "tensorflow": "tensorflow",
    "pytorch": "pytorch",
    "keras": "keras",
    "scikit": "scikit-learn",
    "apache-spark": "apache-spark",
    "pyspark": "apache-spark",
    "hadoop": "apache-hadoop",
    "kafka": "apache-kafka",
    "elasticsearch": "elasticsearch",
    "excel": "microsoft-excel",
    "vba": "vba",
    "powershell": "powershell",
    "bash": "bash",
    "linux": "linux",
    "git": "git",
    "jenkins": "jenkins",
    "terraform": "terraform",
    "ansible": "ansible",
    "go": "go",
    "rust": "rust",
    "scala": "scala",
    "r": "r",
    "matlab": "matlab",
    "c++": "c++",
    "html": "html",
    "css": "css",
    "sass": "sass",
    "jquery": "jquery",
    "graphql": "graphql",
    "selenium": "selenium",
    "junit": "junit",
    "pytest": "pytest",
    "jest": "jest",
    "flutter": "flutter",
    "dart": "dart",
    "unity": "unity",
    "tableau": "tableau",
    "powerbi": "power-bi",
    "sql-server": "microsoft-sql-server",
    "tsql": "microsoft-sql-server",
    "plsql": "oracle-database",
    "firebase": "firebase",
    "opencv": "opencv",
}

# ESCO concepts (by preferred label) whose label or noun form names a curated skill that is
# not the same thing: reviewed one by one (narrower, broader or a different sense). They stay
# out of the default taxonomy and never lend their URI to the curated skill.
ESCO_NOT_EQUIVALENT_LABELS = frozenset(
    {
        "Android (mobile operating systems)",
        "iOS",
        "ML (computer programming)",
        "manage database",
        "execute integration testing",
        "execute vehicle maintenance",
        "repair engines",
        "operate excavator",
        "operate cranes",
        "manage carriers",
        "carry out inventory planning",
        "apply finish to concrete",
        "maintain wind turbines",
        "manage accounts",
        "analyse business requirements",
        "negotiate price",
        "manage revenue",
        "manage portfolio",
        "perform risk analysis",
        "coordinate care",
        "perform image editing",
        "provide legal advice",
        "build trust",
        "conduct quantitative research",
        "conduct qualitative research",
    }
)

ESCO_CATEGORY = {
    "00": "transversal",
    "01": "education",
    "02": "arts-humanities",
    "03": "social-sciences",
    "04": "business",
    "05": "science",
    "06": "technology",
    "07": "engineering-trades",
    "08": "agriculture",
    "09": "healthcare",
    "10": "services",
    "S1": "transversal",
    "S2": "business",
    "S3": "healthcare",
    "S4": "business",
    "S5": "technology",
    "S6": "engineering-trades",
    "S7": "engineering-trades",
    "S8": "engineering-trades",
    "T": "transversal",
    "L": "languages",
}

# Verb -> noun used to turn an ESCO verb phrase into the form résumés use.
NOMINALISE = {
    "manage": "management",
    "develop": "development",
    "design": "design",
    "plan": "planning",
    "maintain": "maintenance",
    "operate": "operation",
    "install": "installation",
    "repair": "repair",
    "inspect": "inspection",
    "test": "testing",
    "analyse": "analysis",
    "analyze": "analysis",
    "assess": "assessment",
    "evaluate": "evaluation",
    "monitor": "monitoring",
    "supervise": "supervision",
    "coordinate": "coordination",
    "teach": "teaching",
    "train": "training",
    "negotiate": "negotiation",
    "prepare": "preparation",
    "administer": "administration",
    "write": "writing",
    "calibrate": "calibration",
    "organise": "organisation",
    "organize": "organization",
    "sell": "sales",
    "forecast": "forecasting",
    "diagnose": "diagnosis",
    "schedule": "scheduling",
    "audit": "auditing",
    "program": "programming",
    "process": "processing",
    "estimate": "estimation",
    "edit": "editing",
    "measure": "measurement",
    "mentor": "mentoring",
    "recruit": "recruitment",
    "promote": "promotion",
    "clean": "cleaning",
    "build": "building",
    "assemble": "assembly",
    "investigate": "investigation",
    "implement": "implementation",
    "translate": "translation",
    "draft": "drafting",
    "interpret": "interpretation",
    "report": "reporting",
    "troubleshoot": "troubleshooting",
    "budget": "budgeting",
    "market": "marketing",
    "control": "control",
}
# Verbs whose object is itself the skill ("perform data analysis" -> "data analysis").
OBJECT_IS_SKILL = {
    "perform",
    "conduct",
    "use",
    "apply",
    "provide",
    "undertake",
    "execute",
    "carry",
    "utilise",
    "utilize",
    "practise",
    "practice",
    "employ",
    "deliver",
    "give",
    "offer",
}
DETERMINERS = {"a", "an", "the"}
NOT_IN_NOUN_FORM = {
    "of",
    "to",
    "in",
    "for",
    "with",
    "on",
    "at",
    "from",
    "by",
    "into",
    "and",
    "or",
    "as",
    "according",
    "during",
    "under",
    "within",
    "when",
    "that",
    "which",
    "their",
    "own",
    "other",
    "others",
    "related",
    "across",
    "about",
    "through",
    "out",
    "up",
    "off",
    "over",
    "between",
    "after",
    "before",
    "while",
    "not",
}
LABEL_NOISE = {
    "techniques",
    "technique",
    "methods",
    "method",
    "principles",
    "types",
    "kinds",
    "procedures",
    "practices",
    "concepts",
    "theory",
    "basics",
    "fundamentals",
    "processes",
    "process",
    "systems",
    "system",
    "tools",
    "equipment",
    "products",
    "product",
    "software",
    "standards",
    "regulations",
    "legislation",
    "requirements",
    "activities",
    "operations",
    "services",
    "field",
    "fields",
    "area",
    "areas",
    "sector",
    "industry",
    "management",
    "science",
    "study",
    "studies",
    "knowledge",
    "use",
    "application",
    "applications",
    "discipline",
    "varieties",
    "variety",
    "categories",
    "category",
    "strategies",
    "approaches",
    "approach",
    "law",
    "laws",
    "rules",
    "rule",
    "regulation",
    "standard",
    "considerations",
    "features",
    "characteristics",
}
SYNONYM_STEMS = {
    "component": "part",
    "unit": "part",
    "segment": "part",
    "element": "part",
    "photograph": "photo",
}
STOP = {
    "a",
    "an",
    "the",
    "of",
    "and",
    "or",
    "for",
    "in",
    "on",
    "to",
    "with",
    "by",
    "at",
    "as",
    "from",
    "&",
}


# ---------------------------------------------------------------------------------------------
# text helpers


def fold(text: str) -> str:
    """The loader's comparison form: lowercased, whitespace collapsed."""
    return " ".join(text.lower().split())


def compact(text: str) -> str:
    """Letters, digits, '+', '#': "Node.js" and "nodejs" agree (the compiler's compact key)."""
    return re.sub(r"[^0-9a-z+#]", "", text.lower())


def slug(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = text.replace("&", " and ").replace("'", "")
    if text.startswith("."):
        text = "dot" + text[1:]
    text = re.sub(r"[^a-z0-9+#.]+", "-", text)
    text = re.sub(r"\.{2,}", ".", text)
    text = re.sub(r"-*\.-*", ".", text)
    text = re.sub(r"-+", "-", text).strip("-.")
    return text or "skill"


def tokens(text: str) -> list[str]:
    return re.findall(r"[a-z0-9+#]+", text.lower())


def stem(word: str) -> str:
    for suffix in (
        "ations",
        "ation",
        "ments",
        "ment",
        "ings",
        "ing",
        "ies",
        "es",
        "s",
        "al",
        "ic",
        "ical",
    ):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("yses"):
        return word[:-2] + "is"
    if word.endswith(("sses", "ches", "shes", "xes", "zes")):
        return word[:-2]
    if word.endswith(("ss", "us", "is", "ics", "news", "sales")):
        return word
    if word.endswith("s") and len(word) > 3:
        return word[:-1]
    return word


def display(label: str) -> str:
    """ESCO labels are lowercase: capitalise the first letter of all-lowercase labels."""
    label = " ".join(label.split())
    first = label.split(" ", 1)[0] if label else ""
    if first and first == first.lower() and first[0].isalpha():
        return label[0].upper() + label[1:]
    return label


def is_acronym_of(short: str, long: str) -> bool:
    letters = re.sub(r"[^a-z]", "", short.lower())
    if not 2 <= len(letters) <= 6 or " " in short.strip():
        return False
    words = [t for t in tokens(long) if t not in STOP]
    initials = "".join(w[0] for w in words)
    all_initials = "".join(w[0] for w in tokens(long))
    return letters in (initials, all_initials) or letters.rstrip("s") in (initials, all_initials)


def strip_qualifier(label: str) -> str:
    """ "Python (computer programming)" -> "Python"."""
    return re.sub(r"\s*\([^)]*\)\s*$", "", label).strip() or label


# ---------------------------------------------------------------------------------------------
# the model the build works on


@dataclass
class Entry:
    name: str
    kind: str
    category: str
    pack: str = "default"  # default | stackoverflow | extended
    aliases: dict[str, int] = field(
        default_factory=dict
    )  # alias -> strength (higher wins conflicts)
    exact_case: list[str] = field(default_factory=list)
    needs_context: bool = False
    broader: list[str] = field(default_factory=list)  # refs: "id:<id>" or a source key
    related: list[str] = field(default_factory=list)
    esco: list[str] = field(default_factory=list)
    onet: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    priority: int = 0
    curated_id: str | None = None
    id: str = ""

    def add_alias(self, alias: str, strength: int) -> None:
        alias = " ".join(alias.split())
        if not alias or fold(alias) == fold(self.name):
            return
        if strength > self.aliases.get(alias, -1):
            self.aliases[alias] = strength

    def add(self, attr: str, values: Iterable[str]) -> None:
        target = getattr(self, attr)
        for value in values:
            if value and value not in target:
                target.append(value)


class Registry:
    """Entries of one build, found by name, alias, exact-case string or source key."""

    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.by_fold: dict[str, Entry] = {}  # names and aliases
        self.by_name: dict[str, Entry] = {}  # names only
        self.by_curated_alias: dict[str, Entry] = {}  # reviewed aliases of curated entries
        self.by_exact: dict[str, Entry] = {}
        self.by_compact: dict[str, Entry] = {}
        self.by_key: dict[str, Entry] = {}

    def find(self, name: str, extra: Iterable[str] = ()) -> Entry | None:
        """The entry named `name` (or one of `extra`). Short strings match names only: "MCP"
        (Model Context Protocol) must not land on a skill that happens to list "mcp"."""
        for text in (name, *extra):
            hit = (
                self.by_exact.get(text)
                or self.by_name.get(fold(text))
                or self.by_curated_alias.get(fold(text))
            )
            if hit is None and len(compact(text)) > 4:
                hit = self.by_fold.get(fold(text))
            if hit:
                return hit
        key = compact(name)
        if len(key) >= 5:
            return self.by_compact.get(key)
        return None

    def index(self, entry: Entry, strings: Iterable[str] = ()) -> None:
        self.by_name.setdefault(fold(entry.name), entry)
        for text in (entry.name, *strings):
            if fold(text) in COLLISION_WORDS and text != entry.name:
                continue
            self.by_fold.setdefault(fold(text), entry)
            key = compact(text)
            if len(key) >= 5:
                self.by_compact.setdefault(key, entry)
        for text in entry.exact_case:
            self.by_exact.setdefault(text, entry)
        for key in entry.keys:
            self.by_key.setdefault(key, entry)

    def add(self, entry: Entry, strings: Iterable[str] = ()) -> Entry:
        self.entries.append(entry)
        self.index(entry, strings)
        return entry

    def merge(self, candidate: Entry, match_on: Iterable[str] = ()) -> Entry:
        """Add `candidate`, or fold it into the entry that already has its name."""
        found = self.find(candidate.name, match_on)
        if found is None:
            return self.add(candidate, list(candidate.aliases))
        for alias, strength in candidate.aliases.items():
            found.add_alias(alias, strength)
        for attr in ("esco", "onet", "sources", "keys", "broader", "related"):
            found.add(attr, getattr(candidate, attr))
        if candidate.exact_case and not found.exact_case and found.curated_id is None:
            found.exact_case = list(candidate.exact_case)
            found.needs_context = found.needs_context or candidate.needs_context
        if found.pack == "extended" and candidate.pack == "default":
            found.pack = "default"
            found.category = candidate.category
        self.index(found, list(candidate.aliases))
        for key in candidate.keys:
            self.by_key[key] = found
        return found


# ---------------------------------------------------------------------------------------------
# sources


def read_csv(path: Path) -> list[dict[str, str]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def split_labels(value: str) -> list[str]:
    return [" ".join(v.split()) for v in re.split(r"\n|\|", value or "") if v.strip()]


@dataclass
class Sources:
    root: Path
    esco_skills: list[dict[str, str]]
    esco_broader: list[dict[str, str]]
    esco_collections: dict[str, set[str]]
    onet_examples: list[dict[str, str]]
    so_tags: dict[str, int]
    so_synonyms: list[tuple[str, str]]
    topics: list[dict[str, Any]]
    linguist: dict[str, dict[str, Any]]
    qarera: set[str]

    @classmethod
    def read(cls, root: Path) -> Sources:
        esco = root / "esco" / "v1.1.1"
        collections = {}
        for name in ("digital", "transversal", "language", "green", "research", "digComp"):
            rows = read_csv(esco / f"{name}SkillsCollection_en.csv")
            collections[name] = {r["conceptUri"] for r in rows}
        so_tags = {
            r["TagName"]: int(r["Count"] or 0)
            for r in read_csv(root / "stackoverflow" / "stackoverflow_tags_2021-03.csv")
        }
        synonyms = [
            (r["SourceTagName"], r["TargetTagName"])
            for r in read_csv(root / "stackoverflow" / "stackoverflow_tag_synonyms_2021-08.csv")
            if r.get("ApprovalDate")
        ]
        topics = [
            json.loads(line)
            for line in (root / "github-explore" / "topics.jsonl").read_text().splitlines()
            if line.strip()
        ]
        linguist = yaml.safe_load((root / "github-linguist" / "languages.yml").read_text())
        qarera = {
            fold(s)
            for s in json.loads((root / "qarera-skill-extractor" / "skills.json").read_text())
        }
        return cls(
            root=root,
            esco_skills=[r for r in read_csv(esco / "skills_en.csv") if r["conceptUri"]],
            esco_broader=read_csv(esco / "broaderRelationsSkillPillar.csv"),
            esco_collections=collections,
            onet_examples=read_csv(
                root / "onet" / "29.2-derived-csv" / "technology_examples_unique.csv"
            ),
            so_tags=so_tags,
            so_synonyms=synonyms,
            topics=topics,
            linguist=linguist,
            qarera=qarera,
        )


# ---------------------------------------------------------------------------------------------
# curated files


def load_yaml_entries(path: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if isinstance(data, list):
        data = {"skills": data}
    return data, list(data.get("skills") or [])


def load_curated(registry: Registry) -> dict[str, dict[str, Any]]:
    curated: dict[str, dict[str, Any]] = {}
    for path in sorted(DEFAULT_DIR.glob("curated-*.yaml")):
        category = path.stem.removeprefix("curated-")
        _, entries = load_yaml_entries(path)
        for raw in entries:
            if raw.get("remove"):  # a curated removal of a generated entry: nothing to register
                continue
            curated[raw["id"]] = raw
            entry = Entry(
                name=raw["name"],
                kind=raw["kind"],
                category=category,
                aliases={},
                priority=100,
                exact_case=list(raw.get("exact_case", [])),
                needs_context=bool(raw.get("needs_context")),
                sources=["curated"],
                keys=[f"curated:{raw['id']}"],
                curated_id=raw["id"],
                id=raw["id"],
            )
            registry.add(entry, list(raw.get("aliases", [])))
            for alias in raw.get("aliases", []):
                registry.by_fold.setdefault(fold(alias), entry)
                registry.by_curated_alias.setdefault(fold(alias), entry)
    return curated


# ---------------------------------------------------------------------------------------------
# producers: each turns one source into candidate entries and merges them


def build_linguist(sources: Sources, registry: Registry, topic_names: set[str]) -> None:
    onet_names = {fold(r["example"]) for r in sources.onet_examples}
    for name in sorted(sources.linguist):
        info = sources.linguist[name]
        if info.get("type") not in ("programming", "markup", "data"):
            continue
        lowered = fold(name)
        so_count = max(
            sources.so_tags.get(lowered.replace(" ", "-"), 0), sources.so_tags.get(compact(name), 0)
        )
        popular = (
            so_count >= SO_LANGUAGE_SIGNAL
            or slug(name) in topic_names
            or compact(name) in topic_names
            or lowered in onet_names
        )
        if not popular:
            continue
        entry = Entry(
            name=name,
            kind="tool",
            category="technology",
            priority=60,
            sources=["linguist"],
            keys=[f"linguist:{name}"],
        )
        for alias in info.get("aliases", []):
            entry.add_alias(alias, 60)
        if info.get("group"):
            entry.related.append(f"linguist:{info['group']}")
        if info["type"] == "programming":
            entry.broader.append("id:computer-programming")
        registry.merge(entry)


def clean_topic_alias(alias: str, display_name: str) -> str | None:
    """GitHub topic aliases mix synonyms and related topics; keep only the synonyms."""
    spaced = alias.replace("-", " ")
    if compact(alias) == compact(display_name):
        return spaced if " " in display_name else alias
    name_tokens = tokens(display_name)
    alias_tokens = tokens(spaced)
    suffixes = {
        "js",
        "lang",
        "language",
        "framework",
        "library",
        "programming",
        "sdk",
        "io",
        "app",
        "cli",
        "db",
    }
    if (
        alias_tokens[: len(name_tokens)] == name_tokens
        and set(alias_tokens[len(name_tokens) :]) <= suffixes
    ):
        return spaced
    if compact(alias).rstrip("0123456789") == compact(display_name) and compact(alias) != compact(
        display_name
    ):
        return None  # versions ("python3") are not the same skill for our purpose
    if is_acronym_of(alias, display_name):
        return alias.upper()
    return None


def build_topics(sources: Sources, registry: Registry, attested: set[str]) -> None:
    for topic in sorted(sources.topics, key=lambda t: t["topic"]):
        name = (topic.get("display_name") or topic["topic"]).strip()
        slug_name = topic["topic"]
        signal = (
            sources.so_tags.get(slug_name, 0) >= SO_MIN_QUESTIONS_ATTESTED
            or fold(name) in attested
            or registry.find(name) is not None
        )
        if not signal:
            continue
        kind = "tool" if topic.get("created_by") or topic.get("released") else "knowledge"
        one_word = " " not in fold(name)
        if (
            one_word
            and not registry.find(name)
            and (
                (kind == "knowledge" and fold(name) in COMMON_WORDS)
                or fold(name) in VERY_COMMON_WORDS
            )
        ):
            continue  # "Security", "Testing", "Project", "Edge": too generic to be a skill of their own
        entry = Entry(
            name=name,
            kind=kind,
            category="technology",
            priority=50,
            sources=["github-explore"],
            keys=[f"topic:{slug_name}"],
        )
        for alias in (topic.get("aliases") or "").split(","):
            alias = alias.strip()
            kept = clean_topic_alias(alias, name) if alias else None
            if kept:
                entry.add_alias(kept, 45)
        if fold(slug_name.replace("-", " ")) != fold(name):
            kept = clean_topic_alias(slug_name, name)
            if kept:
                entry.add_alias(kept, 45)
        for rel in (topic.get("related") or "").split(","):
            if rel.strip():
                entry.related.append(f"topic:{rel.strip()}")
        registry.merge(entry)


def onet_short_form(example: str) -> str | None:
    for vendor in sorted(ONET_VENDORS, key=len, reverse=True):
        if example.startswith(vendor + " ") and len(example) > len(vendor) + 2:
            rest = example[len(vendor) + 1 :].strip()
            if rest.lower() in {"software", "systems", "suite"} or len(compact(rest)) < 2:
                return None
            return rest
    return None


def build_onet(sources: Sources, registry: Registry) -> dict[str, str]:
    """O*NET technology examples (kind tool) and their commodity titles (broader)."""
    commodity_key = {}
    for row in sorted(sources.onet_examples, key=lambda r: r["example"]):
        title = row["commodity_title"]
        commodity_key[title] = f"onet-commodity:{row['commodity_code']}"
    for title, key in sorted(commodity_key.items()):
        target = COMMODITY_BROADER.get(title)
        if target and target in {e.curated_id for e in registry.entries}:
            entry = next(e for e in registry.entries if e.curated_id == target)
            entry.add("onet", [key.split(":")[1]])
            entry.add("keys", [key])
            registry.by_key[key] = entry
            continue
        name = re.sub(
            r"\b(ERP|CRM|CAD|CAM|POS|OCR|VPN|MES|IP|WAN|LAN)\b", lambda m: f"({m.group(1)})", title
        )
        name = re.sub(r"\s+\(", " (", name)
        entry = Entry(
            name=name,
            kind="knowledge",
            category=onet_category(title),
            priority=30,
            sources=["onet"],
            onet=[key.split(":")[1]],
            keys=[key],
        )
        if name != title:
            entry.add_alias(title, 30)
        registry.merge(entry)
    for row in sorted(sources.onet_examples, key=lambda r: r["example"]):
        hot = row["hot_technology"] == "Y" or row["in_demand"] == "Y"
        if int(row["n_occupations"] or 0) < ONET_MIN_OCCUPATIONS and not hot:
            continue
        example = row["example"].strip()
        entry = Entry(
            name=example,
            kind="tool",
            category=onet_category(row["commodity_title"]),
            priority=40,
            sources=["onet"],
            onet=[row["commodity_code"]],
            keys=[f"onet:{example}"],
            broader=[commodity_key[row["commodity_title"]]],
        )
        short = onet_short_form(example)
        match_on = []
        acronym = re.fullmatch(r"(.+?)\s+\(?([A-Z][A-Z0-9+#/-]{1,7})\)?", example)
        if acronym and is_acronym_of(acronym.group(2), acronym.group(1)):
            entry.name = acronym.group(1)
            entry.add_alias(f"{acronym.group(1)} {acronym.group(2)}", 40)
            if len(compact(acronym.group(2))) > 2:
                entry.add_alias(acronym.group(2), 40)
            else:
                entry.exact_case.append(acronym.group(2))
            match_on.append(acronym.group(2))
        if short:
            if fold(short) in COLLISION_WORDS or (
                " " not in short and short.lower() in GENERIC_WORDS
            ):
                entry.exact_case.append(short)
                entry.needs_context = True
                match_on.append(short)  # "Unity Technologies Unity" is the curated Unity
            else:
                entry.add_alias(short, 40)
                match_on.append(short)
        registry.merge(entry, match_on=[example, *match_on])
    return commodity_key


def onet_category(title: str) -> str:
    lowered = title.lower()
    if "medical" in lowered:
        return "healthcare"
    if any(
        w in lowered
        for w in (
            "accounting",
            "financial",
            "human resources",
            "customer relationship",
            "enterprise resource",
            "tax",
            "time accounting",
            "point of sale",
            "sales and marketing",
            "procurement",
            "legal",
            "compliance",
            "project management",
        )
    ):
        return "business"
    if any(
        w in lowered
        for w in (
            "computer aided",
            "industrial control",
            "map creation",
            "geographic",
            "materials requirements",
            "inventory",
            "facilities",
            "route navigation",
            "mailing",
            "flight control",
            "aviation",
            "label making",
            "bar coding",
        )
    ):
        return "engineering-trades"
    if any(
        w in lowered for w in ("graphics", "video", "music", "desktop publishing", "pattern design")
    ):
        return "arts-humanities"
    if "training" in lowered or "educational" in lowered or "library" in lowered:
        return "education"
    return "technology"


# ---- ESCO


@dataclass
class EscoIndex:
    rows: dict[str, dict[str, str]]
    pref_folds: dict[str, set[str]]  # folded preferred label -> uris
    alt_owners: dict[str, set[str]]  # folded alt label -> uris
    category: dict[str, str]
    broader: dict[str, list[str]]
    verbs: set[str]  # first words of ESCO skill labels: the verbs of its verb phrases


def esco_index(sources: Sources) -> EscoIndex:
    rows = {r["conceptUri"]: r for r in sources.esco_skills}
    pref_folds: dict[str, set[str]] = defaultdict(set)
    alt_owners: dict[str, set[str]] = defaultdict(set)
    for uri, row in rows.items():
        pref_folds[fold(row["preferredLabel"])].add(uri)
        pref_folds[fold(strip_qualifier(row["preferredLabel"]))].add(uri)
        for alt in split_labels(row["altLabels"]):
            alt_owners[fold(alt)].add(uri)
    parents: dict[str, list[str]] = defaultdict(list)
    for rel in sources.esco_broader:
        parents[rel["conceptUri"]].append(rel["broaderUri"])
    group_code = {}
    for rel in sources.esco_broader:
        for uri in (rel["conceptUri"], rel["broaderUri"]):
            if "/isced-f/" in uri:
                group_code[uri] = uri.rsplit("/", 1)[1][:2]
    groups = read_csv(sources.root / "esco" / "v1.1.1" / "skillGroups_en.csv")
    for g in groups:
        if g["code"]:
            group_code[g["conceptUri"]] = g["code"][:2] if g["code"][0] == "S" else g["code"][0]

    def category_of(uri: str, depth: int = 0) -> str | None:
        if uri in group_code:
            return ESCO_CATEGORY.get(group_code[uri])
        if depth > 8:
            return None
        for parent in sorted(parents.get(uri, [])):
            found = category_of(parent, depth + 1)
            if found:
                return found
        return None

    category = {}
    for uri, row in rows.items():
        cat = category_of(uri)
        if uri in sources.esco_collections["language"]:
            cat = "languages"
        elif row["reuseLevel"] == "transversal":
            cat = "transversal"
        category[uri] = cat or "transversal"
    broader = {uri: [p for p in sorted(parents.get(uri, [])) if p in rows] for uri in rows}
    firsts = Counter(
        tokens(r["preferredLabel"])[0]
        for r in rows.values()
        if r["skillType"] == "skill/competence" and tokens(r["preferredLabel"])
    )
    verbs = {w for w, n in firsts.items() if n >= 2} | set(NOMINALISE) | OBJECT_IS_SKILL
    return EscoIndex(rows, pref_folds, alt_owners, category, broader, verbs)


def spelling(word: str) -> str:
    """British and American spellings agree: "organisation" -> "organization", "colour" -> "color"."""
    word = re.sub(r"is(ation|ations|e|es|ed|ing|er|ers)$", r"iz\1", word)
    word = re.sub(r"our$", "or", word)
    word = re.sub(r"tre$", "ter", word)
    return word


def core(text: str, verb_phrase: bool) -> set[str]:
    """Content stems minus label noise ("techniques", "methods", ...) and, for verb
    phrases, minus the verb."""
    words = [spelling(t) for t in tokens(text)]
    if verb_phrase and words:
        words = words[1:]
        if words[:1] == ["out"]:
            words = words[1:]
    noise = {stem(spelling(w)) for w in LABEL_NOISE}
    stems = {stem(w) for w in words if w not in STOP} - noise
    return {SYNONYM_STEMS.get(s, s) for s in stems}


def esco_alias_ok(alt: str, row: dict[str, str], index: EscoIndex, common: set[str]) -> bool:
    """Keep an ESCO alternative label only when it is a synonym, not a related or narrower term:
    not another concept's preferred label, not shared between concepts, not a bare common word,
    not a product name under a general concept, and the same content words as the preferred
    label (spelling variants, plurals and "techniques"/"methods" aside) or its acronym."""
    pref = strip_qualifier(row["preferredLabel"])
    folded = fold(alt)
    if folded in (fold(pref), fold(row["preferredLabel"])):
        return False
    if any(uri != row["conceptUri"] for uri in index.pref_folds.get(folded, ())):
        return False
    if len(index.alt_owners.get(folded, ())) > 1:
        return False
    alt_tokens = tokens(alt)
    if not alt_tokens or len(alt) > 80:
        return False
    if len(alt_tokens) == 1 and (
        folded in common or folded in GENERIC_WORDS or folded in COLLISION_WORDS
    ):
        return False
    if is_acronym_of(alt, pref) or compact(alt) == compact(pref):
        return True
    if set(alt_tokens) < set(tokens(pref)):
        return False  # drops words of the label: broader ("insurance" for "insurance law")
    if (
        pref == pref.lower()
        and alt != alt.lower()
        and not alt.isupper()
        and fold(alt) not in fold(pref)
    ):
        return False
    verb_phrase = row["skillType"] == "skill/competence"
    if verb_phrase and alt_tokens[0] not in index.verbs and not alt_tokens[0].endswith("ing"):
        # a noun form of the verb phrase: "chassis design" for "design chassis"
        noun = NOMINALISE.get(tokens(pref)[0], "")
        object_core = core(pref, True)
        return bool(object_core) and core(alt, False) - {stem(spelling(noun))} == object_core
    pref_core, alt_core = core(pref, verb_phrase), core(alt, verb_phrase)
    return bool(pref_core) and pref_core == alt_core


def noun_forms(label: str) -> list[str]:
    """ "manage budgets" -> ["budgets management", "budget management"] (to be attested)."""
    words = label.split()
    verb, rest = words[0].lower(), words[1:]
    if verb == "carry" and rest[:1] == ["out"]:
        rest = rest[1:]
    while rest and rest[0].lower() in DETERMINERS:
        rest = rest[1:]
    if not rest or len(rest) > 4 or any(w.lower() in NOT_IN_NOUN_FORM for w in rest):
        return []
    obj = " ".join(rest)
    single = " ".join(rest[:-1] + [singular(rest[-1])])
    if verb in NOMINALISE:
        forms = [f"{single} {NOMINALISE[verb]}", f"{obj} {NOMINALISE[verb]}"]
    elif verb in OBJECT_IS_SKILL and len(rest) >= 2:
        forms = [obj]
    else:
        return []
    return list(dict.fromkeys(forms))


def esco_key(uri: str) -> str:
    return "esco:" + uri.rsplit("/", 1)[1]


def safe_object(label: str, common: set[str]) -> bool:
    """The object of a verb phrase is specific enough for a noun form: not a bare common word
    ("manage work", "use tools")."""
    words = [w for w in tokens(label)[1:] if w not in DETERMINERS]
    return len(words) > 1 or (
        bool(words) and words[0] not in common and words[0] not in GENERIC_WORDS
    )


def build_esco(
    sources: Sources, registry: Registry, index: EscoIndex, common: set[str], attested: set[str]
) -> None:
    digital = sources.esco_collections["digital"]
    transversal = sources.esco_collections["transversal"]
    language = sources.esco_collections["language"]
    not_equivalent = {
        uri
        for uri, row in index.rows.items()
        if row["preferredLabel"] in ESCO_NOT_EQUIVALENT_LABELS
    }
    for uri in sorted(index.rows):
        row = index.rows[uri]
        label = " ".join(row["preferredLabel"].split())
        is_knowledge = row["skillType"] == "knowledge"
        in_collection = uri in digital or uri in transversal
        category = index.category[uri]
        key = esco_key(uri)
        if uri in language and not is_knowledge:
            pack, name, kind = "extended", display(label), "language"
        elif is_knowledge or row["skillType"] == "":
            pack, name = "default", display(strip_qualifier(label))
            kind = "language" if uri in language else esco_kind(row, uri in digital)
        else:
            forms = noun_forms(label)
            attested_forms = [f for f in forms if fold(f) in attested or registry.find(f)]
            noun_alts = [
                alt
                for alt in split_labels(row["altLabels"])
                if tokens(alt)
                and tokens(alt)[0] not in index.verbs
                and not tokens(alt)[0].endswith("ing")
                and esco_alias_ok(alt, row, index, common)
            ]
            generated = {fold(f) for f in forms}
            noun_alts.sort(key=lambda alt: (fold(alt) not in generated, " of " in alt))
            safe_form = (
                bool(forms) and tokens(label)[0] in NOMINALISE and safe_object(label, common)
            )
            if attested_forms:
                pack, name = "default", display(attested_forms[0])
            elif noun_alts and fold(noun_alts[0]) in generated:
                pack, name = "default", display(noun_alts[0])
            elif safe_form:
                pack, name = "default", display(forms[0])
            elif noun_alts:
                pack, name = "default", display(noun_alts[0])
            elif in_collection:
                pack, name = "default", display(label)
            else:
                pack, name = "extended", display(label)
            kind = esco_kind(row, uri in digital)
        if uri in not_equivalent or (
            pack == "default" and not is_knowledge and " " not in name.strip()
        ):
            pack = "extended"  # a reviewed non-equivalent, or a one-word "skill" such as "plan"
        entry = Entry(
            name=name,
            kind=kind,
            category=category,
            pack=pack,
            priority=20 if pack == "default" else 5,
            esco=[uri],
            sources=["esco"],
            keys=[key],
        )
        if fold(name) != fold(label) and strip_qualifier(label) == label:
            entry.add_alias(label, 25)
        for alt in split_labels(row["altLabels"]):
            if esco_alias_ok(alt, row, index, common):
                entry.add_alias(alt, 20)
        if not is_knowledge:
            for form in noun_forms(label):
                if fold(form) != fold(name) and (fold(form) in attested or pack == "extended"):
                    entry.add_alias(form, 15)
        # ESCO also files skills under transversal ones ("calibrate precision instruments" under
        # "think critically"): that is "needs", not "is a kind of", so it is no broader link here.
        entry.broader.extend(
            esco_key(p)
            for p in index.broader.get(uri, [])
            if p not in transversal or uri in transversal
        )
        match_on = [strip_qualifier(label)] if is_knowledge else []
        found = registry.find(entry.name, match_on)
        if uri in not_equivalent and found is not None and found.curated_id:
            registry.add(entry)  # reviewed: not the curated skill it is named like
        else:
            registry.merge(entry, match_on=match_on)


def esco_kind(row: dict[str, str], digital: bool) -> str:
    label = strip_qualifier(row["preferredLabel"])
    if row["skillType"] == "knowledge":
        if digital and any(c.isupper() for c in label[1:] + label[:1]) and label != label.lower():
            return "tool"
        return "knowledge"
    if row["reuseLevel"] == "transversal":
        return "soft"
    return "hard"


# ---- Stack Overflow (CC BY-SA 4.0: its own file)


def build_stackoverflow(sources: Sources, registry: Registry, attested: set[str]) -> None:
    synonyms: dict[str, list[str]] = defaultdict(list)
    for source, target in sources.so_synonyms:
        synonyms[target].append(source)
    for tag in sorted(sources.so_tags):
        count = sources.so_tags[tag]
        spaced = tag.replace("-", " ")
        existing = registry.find(tag) or registry.find(spaced)
        known = fold(spaced) in attested or fold(tag) in attested
        if (
            existing is None
            and not (count >= SO_MIN_QUESTIONS and known)
            and not (
                count >= SO_MIN_QUESTIONS_ATTESTED
                and known
                and re.search(r"[a-z]", tag)
                and registry.find(tag.split("-")[0]) is not None
            )
        ):
            continue
        if existing is not None:
            continue  # the skill exists from a CC BY source: SO adds nothing to it (licence)
        if tag in SO_NOT_SKILLS:
            continue
        words = tag.split("-")
        if len(words) == 1 and (
            tag in COLLISION_WORDS or tag in COMMON_WORDS or singular(tag) in COMMON_WORDS
        ):
            continue  # "factory", "memory", "events": programming concepts, not résumé skills
        if (
            len(words) > 1
            and all(w in COMMON_WORDS or singular(w) in COMMON_WORDS for w in words)
            and count < 5 * SO_MIN_QUESTIONS
        ):
            continue
        name = spaced if re.search(r"[a-z]", tag) else tag
        entry = Entry(
            name=name,
            kind="tool",
            category="stackoverflow",
            pack="stackoverflow",
            priority=10,
            sources=["stackoverflow"],
            keys=[f"so:{tag}"],
        )
        if name != tag:
            entry.add_alias(tag, 10)
        for syn in synonyms.get(tag, []):
            entry.add_alias(syn, 10)
            if "-" in syn:
                entry.add_alias(syn.replace("-", " "), 10)
        prefix = tag.split("-")[0]
        if prefix in SO_PREFIX_BROADER and prefix != tag:
            entry.broader.append(f"id:{SO_PREFIX_BROADER[prefix]}")
        registry.merge(entry)


# ---------------------------------------------------------------------------------------------
# ids, aliases, links


def read_id_registry() -> dict[str, str]:
    pinned = {}
    for path in (ID_REGISTRY, ID_REGISTRY_SO):
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                key, sid = line.split("\t")
                pinned[key] = sid
    return pinned


def assign_ids(
    registry: Registry, pinned: dict[str, str], curated: dict[str, dict[str, Any]]
) -> dict[str, str]:
    used = set(pinned.values()) | set(curated)
    taken: set[str] = set()  # ids given out in this run
    entries = sorted(
        registry.entries,
        key=lambda e: (e.curated_id is None, e.pack != "default", fold(e.name), e.keys[0]),
    )
    for entry in entries:
        if entry.curated_id:
            entry.id = entry.curated_id
            continue
        known = sorted({pinned[k] for k in entry.keys if k in pinned} - taken - set(curated))
        if known:
            entry.id = known[0]
            taken.add(entry.id)
            continue
        base = slug(entry.name)
        candidate, n = base, 1
        suffix = {"default": "", "stackoverflow": "-so", "extended": "-esco"}[entry.pack]
        if candidate in used and suffix:
            candidate = base + suffix
        while candidate in used:
            n += 1
            candidate = f"{base}-{n}"
        entry.id = candidate
        used.add(candidate)
        taken.add(candidate)
    new = dict(pinned)
    for entry in registry.entries:
        for key in entry.keys:
            new.setdefault(key, entry.id)
    return new


def resolve_links(registry: Registry) -> None:
    ids = {e.id for e in registry.entries}
    packs = {e.id: e.pack for e in registry.entries}
    allowed_targets = {
        "default": {"default"},
        "stackoverflow": {"default", "stackoverflow"},
        "extended": {"default", "stackoverflow", "extended"},
    }
    for entry in registry.entries:
        for attr in ("broader", "related"):
            out = []
            for ref in getattr(entry, attr):
                target = (
                    ref[3:]
                    if ref.startswith("id:")
                    else getattr(registry.by_key.get(ref), "id", None)
                )
                if (
                    target
                    and target in ids
                    and target != entry.id
                    and target not in out
                    and packs[target] in allowed_targets[entry.pack]
                ):
                    out.append(target)
            setattr(entry, attr, out)
        entry.related = [r for r in entry.related if r not in entry.broader]


def finalise_strings(
    registry: Registry, curated: dict[str, dict[str, Any]], common: set[str]
) -> list[str]:
    """Filter aliases (common words, generic words) and give every folded string one owner."""
    report: list[str] = []
    for entry in registry.entries:
        if entry.curated_id:
            continue
        name_folded = fold(entry.name)
        common_name = " " not in name_folded and (
            (name_folded in common and entry.kind == "tool")
            or (name_folded in VERY_COMMON_WORDS and entry.kind != "language")
        )
        if (
            name_folded in COLLISION_WORDS or len(compact(entry.name)) <= 2 or common_name
        ) and entry.name not in entry.exact_case:
            entry.exact_case.insert(0, entry.name)
            entry.needs_context = True
        kept = {}
        for alias, strength in entry.aliases.items():
            folded = fold(alias)
            single = " " not in folded
            if re.fullmatch(r"[A-Z][A-Z0-9&]{1,4}s?", alias):
                # an acronym as the source writes it: matched with its casing only
                if len(compact(alias)) >= 3 and alias not in entry.exact_case:
                    entry.exact_case.append(alias)
                continue
            if folded in COLLISION_WORDS or (
                single and folded in common and GENERIC_OWNERS.get(folded) != entry.id
            ):
                if (
                    entry.kind == "tool"
                    and alias != alias.lower()
                    and alias not in entry.exact_case
                ):
                    entry.exact_case.append(alias)
                    entry.needs_context = True
                continue
            if single and folded in GENERIC_WORDS and GENERIC_OWNERS.get(folded) != entry.id:
                continue
            if len(compact(alias)) <= 2 and not re.search(r"[+#]", alias):
                continue  # two letters are too ambiguous for a case-insensitive alias
            kept[alias] = strength
        entry.aliases = kept
    # one owner per folded string, over what the loader will see
    owners: dict[str, list[tuple[tuple, Entry, bool]]] = defaultdict(list)
    for entry in registry.entries:
        if entry.pack == "extended":
            continue
        eff = effective(entry, curated)
        strings = [] if eff["name"] in eff["exact_case"] else [(eff["name"], True)]
        strings += [(a, False) for a in eff["aliases"]]
        seen = set()
        for text, is_name in strings:
            folded = fold(text)
            if folded in seen:
                continue
            seen.add(folded)
            strength = entry.aliases.get(text, 0)
            rank = (
                0 if entry.curated_id else 1,
                0 if is_name else 1,
                -entry.priority,
                -strength,
                entry.id,
            )
            owners[folded].append((rank, entry, is_name))
    for folded, claims in sorted(owners.items()):
        if len(claims) < 2:
            continue
        claims.sort(key=lambda c: c[0])
        winner = claims[0][1]
        for _, loser, is_name in claims[1:]:
            declared = {
                fold(a)
                for a in curated.get(winner.curated_id or "", {}).get("ambiguous_aliases", [])
            }
            declared &= {
                fold(a)
                for a in curated.get(loser.curated_id or "", {}).get("ambiguous_aliases", [])
            }
            if folded in declared:
                continue
            if loser.curated_id and "aliases" in curated.get(loser.curated_id, {}):
                report.append(
                    f"conflict between curated entries: '{folded}' in {winner.id} and {loser.id}"
                )
                continue
            if is_name:
                report.append(
                    f"name '{folded}' of {loser.id} also belongs to {winner.id}: exact_case"
                )
                if loser.name not in loser.exact_case:
                    loser.exact_case.insert(0, loser.name)
                loser.needs_context = True
                continue
            loser.aliases = {a: s for a, s in loser.aliases.items() if fold(a) != folded}
    # the extended pack is its own layer; inside it the same rule applies
    ext_owner: dict[str, Entry] = {}
    default_strings = set(owners)
    for entry in sorted((e for e in registry.entries if e.pack == "extended"), key=lambda e: e.id):
        strings = [entry.name, *entry.aliases]
        for text in strings:
            folded = fold(text)
            if folded in default_strings or folded in ext_owner:
                if text == entry.name:
                    if entry.name not in entry.exact_case:
                        entry.exact_case.insert(0, entry.name)
                else:
                    entry.aliases.pop(text, None)
                continue
            ext_owner[folded] = entry
    return report


def effective(entry: Entry, curated: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The fields the loader will end up with: the curated entry wins field by field."""
    eff = {
        "name": entry.name,
        "kind": entry.kind,
        "aliases": list(entry.aliases),
        "exact_case": entry.exact_case,
    }
    raw = curated.get(entry.curated_id or "", {})
    for key in ("name", "kind", "aliases", "exact_case"):
        if key in raw:
            eff[key] = raw[key]
    return eff


# ---------------------------------------------------------------------------------------------
# output


def entry_dict(entry: Entry, curated: dict[str, dict[str, Any]]) -> dict[str, Any]:
    raw = curated.get(entry.curated_id or "", {})
    out: dict[str, Any] = {"id": entry.id, "name": entry.name, "kind": entry.kind}
    aliases = sorted(entry.aliases, key=lambda a: (fold(a), a))
    values = {
        "aliases": aliases,
        "exact_case": entry.exact_case,
        "needs_context": entry.needs_context,
        "broader": sorted(entry.broader),
        "related": sorted(entry.related),
        "esco": sorted(entry.esco),
        "onet": sorted(entry.onet),
        "sources": sorted(set(entry.sources) - {"curated"}),
    }
    for key, value in values.items():
        if key in raw and key != "sources":
            continue  # the curated entry gives this field: the generated one would be dead weight
        if value:
            out[key] = value
    return out


HEADER = """\
# GENERATED by scripts/build_taxonomy.py from ../shared/taxonomy-sources: do not edit.
# Put corrections in taxonomies/default/curated-*.yaml (same id = field-by-field override).
# Sources and licences: taxonomies/ATTRIBUTION.md.
"""


class _Dumper(yaml.SafeDumper):
    """Quotes every string another YAML reader could take for a number or a boolean ("1e3",
    "y", "08"), not only the ones PyYAML itself would misread ("no", "on", "3.10")."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    if re.fullmatch(
        r"[-+.]?[0-9][0-9_.:eE+-]*|y|n|yes|no|on|off|true|false|null|~", value, re.IGNORECASE
    ):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="'")
    return yaml.SafeDumper.represent_str(dumper, value)


_Dumper.add_representer(str, _represent_str)


def dump_file(
    path: Path, entries: list[dict[str, Any]], license_id: str, sources: list[str]
) -> None:
    document = {"version": 1, "license": license_id, "sources": sources, "skills": entries}
    text = yaml.dump(
        document,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=120,
        default_flow_style=None,
    )
    path.write_text(HEADER + text, encoding="utf-8")


def write_outputs(registry: Registry, curated: dict[str, dict[str, Any]]) -> dict[str, int]:
    by_file: dict[Path, list[Entry]] = defaultdict(list)
    for entry in registry.entries:
        if entry.curated_id and not (entry.esco or entry.onet or len(entry.sources) > 1):
            continue  # nothing beyond the curated entry itself
        if entry.pack == "stackoverflow":
            path = DEFAULT_DIR / "generated-stackoverflow-tags.yaml"
        elif entry.pack == "extended":
            path = EXTENDED_DIR / f"generated-esco-{entry.category}.yaml"
        else:
            category = entry.category if not entry.curated_id else curated_category(entry)
            path = DEFAULT_DIR / f"generated-{category}.yaml"
        by_file[path].append(entry)
    for folder in (DEFAULT_DIR, EXTENDED_DIR):
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("generated-*.yaml"):
            if old not in by_file:
                old.unlink()
    counts = {}
    for path, entries in sorted(by_file.items()):
        entries.sort(key=lambda e: e.id)
        dicts = [entry_dict(e, curated) for e in entries]
        used_sources = sorted({s for d in dicts for s in d.get("sources", [])})
        license_id = "CC-BY-SA-4.0" if "stackoverflow" in path.name else "CC-BY-4.0"
        dump_file(path, dicts, license_id, used_sources)
        counts[str(path.relative_to(REPO))] = len(dicts)
    return counts


def curated_category(entry: Entry) -> str:
    return {
        "software": "technology",
        "healthcare": "healthcare",
        "business": "business",
        "soft-skills": "transversal",
        "certifications": "certifications",
        "languages": "languages",
        "trades-logistics": "engineering-trades",
        "education-law-design": "education",
    }.get(entry.category, entry.category)


def write_id_registry(pinned: dict[str, str]) -> None:
    """Stack Overflow tag names are CC BY-SA data: their keys go to a file of their own."""
    head = (
        "# key\tid -- append-only: an id stays with its source key and is never handed to another"
    )
    for path, keep in (
        (ID_REGISTRY, lambda k: not k.startswith("so:")),
        (ID_REGISTRY_SO, lambda k: k.startswith("so:")),
    ):
        lines = [head] + [f"{k}\t{v}" for k, v in sorted(pinned.items()) if keep(k)]
        if path == ID_REGISTRY_SO:
            lines.insert(1, "# CC BY-SA 4.0: Stack Overflow tag names (see ATTRIBUTION.md)")
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def refresh_common_words() -> int:
    """Write the commonest English words from wordfreq (CC BY-SA 4.0 data) to the repo."""
    try:
        from wordfreq import top_n_list  # type: ignore
    except ImportError:
        print(
            "error: --refresh-common-words needs wordfreq (pip install wordfreq==3.1.1)",
            file=sys.stderr,
        )
        return 2
    words = [w for w in top_n_list("en", COMMON_WORDS_COUNT * 2) if re.fullmatch(r"[a-z]+", w)][
        :COMMON_WORDS_COUNT
    ]
    header = [
        f"# The {COMMON_WORDS_COUNT:,} commonest English words (letters only), in frequency order, from",
        "# wordfreq 3.1.1 (https://github.com/rspeer/wordfreq), whose data is (c) Robyn Speer and",
        "# licensed CC BY-SA 4.0; this list is therefore CC BY-SA 4.0 too. The build uses it only as",
        "# a filter (which aliases to drop); no skill data comes from it.",
        "# Regenerate: PYTHONPATH=<wordfreq> .venv/bin/python scripts/build_taxonomy.py --refresh-common-words",
    ]
    COMMON_WORDS_FILE.write_text("\n".join(header + words) + "\n", encoding="utf-8")
    print(f"wrote {COMMON_WORDS_FILE}", file=sys.stderr)
    return 0


# ---------------------------------------------------------------------------------------------
# validation (the rules of docs/taxonomy-format.md), independent of the package's loader


def validate_folder(folders: list[Path]) -> list[str]:
    """Every problem found in the files, as 'file: entry: problem' lines (empty = valid)."""
    errors: list[str] = []
    merged: dict[str, dict[str, Any]] = {}
    where: dict[str, str] = {}
    layer_of: dict[str, int] = {}
    for layer, folder in enumerate(folders):
        files = sorted(
            folder.glob("*.yaml"), key=lambda p: (not p.name.startswith("generated-"), p.name)
        )
        for path in files:
            try:
                data, entries = load_yaml_entries(path)
            except yaml.YAMLError as exc:
                errors.append(f"{path}: invalid YAML: {exc}")
                continue
            unknown = set(data) - FILE_KEYS
            if unknown:
                errors.append(f"{path}: unknown top-level keys {sorted(unknown)}")
            seen = set()
            previous = ""
            for raw in entries:
                sid = raw.get("id")
                label = f"{path.name}: entry {sid!r}"
                if not isinstance(sid, str) or not ID_PATTERN.match(sid):
                    errors.append(f"{label}: bad id")
                    continue
                if sid in seen:
                    errors.append(f"{label}: duplicate id in file")
                if sid < previous:
                    errors.append(f"{label}: not sorted by id (after {previous!r})")
                previous = sid
                seen.add(sid)
                bad = set(raw) - set(ENTRY_KEYS) - {"remove"}
                if bad:
                    errors.append(f"{label}: unknown keys {sorted(bad)}")
                if "kind" in raw and raw["kind"] not in KINDS:
                    errors.append(f"{label}: bad kind {raw['kind']!r}")
                if "name" in raw and (not isinstance(raw["name"], str) or not raw["name"].strip()):
                    errors.append(f"{label}: name must be a non-empty string")
                if "needs_context" in raw and not isinstance(raw["needs_context"], bool):
                    errors.append(f"{label}: needs_context must be a boolean")
                for key in LIST_KEYS:
                    value = raw.get(key, [])
                    if not isinstance(value, list):
                        errors.append(f"{label}: {key} must be a list")
                        continue
                    for item in value:
                        if not isinstance(item, str) or not item.strip():
                            errors.append(f"{label}: {key} has non-string {item!r}")
                        elif item != item.strip():
                            errors.append(f"{label}: {key} has surrounding spaces {item!r}")
                if sid in merged:
                    merged[sid] = {**merged[sid], **raw}
                else:
                    if "name" not in raw or "kind" not in raw:
                        errors.append(f"{label}: a new skill needs name and kind")
                    merged[sid] = dict(raw)
                where[sid] = str(path)
                layer_of[sid] = layer
    owners: dict[tuple[int, str], list[str]] = defaultdict(list)
    for sid, raw in merged.items():
        for key in ("broader", "related"):
            for target in raw.get(key, []):
                if target not in merged:
                    errors.append(f"{where[sid]}: entry {sid!r}: {key} names unknown id {target!r}")
        exact = raw.get("exact_case", [])
        strings = [] if raw.get("name") in exact else [raw.get("name", "")]
        strings += [a for a in raw.get("aliases", []) if isinstance(a, str)]
        for folded in {fold(s) for s in strings if isinstance(s, str)}:
            owners[(layer_of[sid], folded)].append(sid)
        for text in strings:
            if isinstance(text, str) and fold(text) in COLLISION_WORDS:
                errors.append(
                    f"{where[sid]}: entry {sid!r}: common word {text!r} must be exact_case, not an alias"
                )
    for (_, folded), sids in sorted(owners.items()):
        if len(sids) > 1:
            declared = [
                s
                for s in sids
                if folded in {fold(a) for a in merged[s].get("ambiguous_aliases", [])}
            ]
            if len(declared) < len(sids):
                errors.append(
                    f"alias {folded!r} belongs to {sorted(sids)} (declare it ambiguous in all)"
                )
    return errors


def validate_with_loader(folders: list[Path]) -> str:
    sys.path.insert(0, str(REPO))
    try:
        from skillgap.taxonomy.load import load_taxonomy  # type: ignore
    except ImportError:
        return "skillgap.taxonomy.load not importable: skipped"
    taxonomy = load_taxonomy([str(f) for f in folders])
    return f"loader: {len(taxonomy.skills)} skills OK"


def summarise(folders: list[Path]) -> dict[str, Any]:
    kinds: Counter[str] = Counter()
    aliases = 0
    merged: dict[str, dict[str, Any]] = {}
    for folder in folders:
        for path in sorted(
            folder.glob("*.yaml"), key=lambda p: (not p.name.startswith("generated-"), p.name)
        ):
            for raw in load_yaml_entries(path)[1]:
                merged[raw["id"]] = {**merged.get(raw["id"], {}), **raw}
    for raw in merged.values():
        kinds[raw["kind"]] += 1
        aliases += len(raw.get("aliases", [])) + len(raw.get("exact_case", []))
    return {
        "skills": len(merged),
        "aliases+exact_case": aliases,
        "by_kind": dict(sorted(kinds.items())),
        "with_esco": sum(1 for r in merged.values() if r.get("esco")),
    }


# ---------------------------------------------------------------------------------------------


def build(sources_dir: Path) -> int:
    sources = Sources.read(sources_dir)
    common = set(COMMON_WORDS)
    registry = Registry()
    curated = load_curated(registry)

    esco = esco_index(sources)
    attested = set(sources.qarera)
    attested |= {fold(r["example"]) for r in sources.onet_examples}
    attested |= {fold(t.get("display_name") or "") for t in sources.topics}
    attested |= {fold(n) for n in sources.linguist}
    for row in esco.rows.values():
        if row["skillType"] == "knowledge":
            attested.add(fold(strip_qualifier(row["preferredLabel"])))
    topic_names = {t["topic"] for t in sources.topics}

    build_linguist(sources, registry, topic_names)
    build_topics(
        sources, registry, attested - {fold(t.get("display_name") or "") for t in sources.topics}
    )
    build_onet(sources, registry)
    build_esco(sources, registry, esco, common, attested)
    build_stackoverflow(sources, registry, attested)

    pinned = assign_ids(registry, read_id_registry(), curated)
    resolve_links(registry)
    report = finalise_strings(registry, curated, common)
    counts = write_outputs(registry, curated)
    write_id_registry(pinned)

    for line in report[:50]:
        print("note:", line, file=sys.stderr)
    if len(report) > 50:
        print(f"note: ... {len(report) - 50} more", file=sys.stderr)
    for name, n in counts.items():
        print(f"{n:6d}  {name}", file=sys.stderr)
    return check()


def check() -> int:
    errors = validate_folder([DEFAULT_DIR])
    if EXTENDED_DIR.exists():
        errors += validate_folder([DEFAULT_DIR, EXTENDED_DIR])
    for line in errors[:100]:
        print("error:", line, file=sys.stderr)
    if errors:
        print(f"{len(errors)} error(s)", file=sys.stderr)
        return 1
    print("default:", json.dumps(summarise([DEFAULT_DIR])), file=sys.stderr)
    if EXTENDED_DIR.exists():
        print(
            "default+esco-extended:",
            json.dumps(summarise([DEFAULT_DIR, EXTENDED_DIR])),
            file=sys.stderr,
        )
    try:
        print(validate_with_loader([DEFAULT_DIR]), file=sys.stderr)
        if EXTENDED_DIR.exists():
            print(validate_with_loader([DEFAULT_DIR, EXTENDED_DIR]), file=sys.stderr)
    except Exception as exc:  # noqa: BLE001 -- the loader's own error, reported as such
        print(f"error: loader rejected the taxonomy: {exc}", file=sys.stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sources", type=Path, default=DEFAULT_SOURCES, help="taxonomy-sources folder"
    )
    parser.add_argument("--check", action="store_true", help="only validate the existing files")
    parser.add_argument(
        "--refresh-common-words",
        action="store_true",
        help="rewrite taxonomies/common-english-words.txt from wordfreq, then stop",
    )
    args = parser.parse_args(argv)
    if args.refresh_common_words:
        return refresh_common_words()
    if args.check:
        return check()
    if not COMMON_WORDS or not COLLISION_WORDS:
        print(
            "error: taxonomies/collision-words.txt or common-english-words.txt is missing",
            file=sys.stderr,
        )
        return 2
    if not args.sources.is_dir():
        print(f"error: sources folder not found: {args.sources}", file=sys.stderr)
        return 2
    return build(args.sources.resolve())


if __name__ == "__main__":
    sys.exit(main())
