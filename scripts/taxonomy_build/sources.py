"""Reading the public sources in ../shared/taxonomy-sources (in place, never copied)."""

from __future__ import annotations

import csv
import gzip
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from taxonomy_build.text import fold

ESCO_VERSION = "v1.1.1"
ESCO_COLLECTIONS = ("digital", "transversal", "language", "green", "research", "digComp")


def read_csv(path: Path) -> list[dict[str, str]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def split_labels(value: str) -> list[str]:
    """ESCO's label lists: one label a line (or '|'-separated), spaces collapsed."""
    return [" ".join(v.split()) for v in re.split(r"\n|\|", value or "") if v.strip()]


@dataclass
class Sources:
    root: Path
    esco_skills: list[dict[str, str]]
    esco_broader: list[dict[str, str]]
    esco_groups: list[dict[str, str]]
    esco_collections: dict[str, set[str]]
    onet_examples: list[dict[str, str]]
    so_tags: dict[str, int]
    so_synonyms: list[tuple[str, str]]
    topics: list[dict[str, Any]]
    linguist: dict[str, dict[str, Any]]
    qarera: set[str]

    @classmethod
    def read(cls, root: Path) -> Sources:
        esco = root / "esco" / ESCO_VERSION
        collections = {
            name: {r["conceptUri"] for r in read_csv(esco / f"{name}SkillsCollection_en.csv")}
            for name in ESCO_COLLECTIONS
        }
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
        qarera = {fold(s) for s in json.loads((root / "qarera-skill-extractor" / "skills.json").read_text())}
        return cls(
            root=root,
            esco_skills=[r for r in read_csv(esco / "skills_en.csv") if r["conceptUri"]],
            esco_broader=read_csv(esco / "broaderRelationsSkillPillar.csv"),
            esco_groups=read_csv(esco / "skillGroups_en.csv"),
            esco_collections=collections,
            onet_examples=read_csv(root / "onet" / "29.2-derived-csv" / "technology_examples_unique.csv"),
            so_tags=so_tags,
            so_synonyms=synonyms,
            topics=topics,
            linguist=linguist,
            qarera=qarera,
        )
