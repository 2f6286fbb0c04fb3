"""Where the build reads (curated files, tables, the id registry) and where it writes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TAXONOMIES = REPO / "taxonomies"
DEFAULT_SOURCES = REPO.parent / "shared" / "taxonomy-sources"


@dataclass(frozen=True)
class BuildPaths:
    """`taxonomies` is read (curated YAML, word lists, `build-tables/`, `ids*.tsv`); generated
    YAML and the updated `ids*.tsv` go to `output`, which is `taxonomies` itself by default.
    """

    taxonomies: Path = TAXONOMIES
    output: Path = TAXONOMIES

    @property
    def curated_dir(self) -> Path:
        return self.taxonomies / "default"

    @property
    def default_out(self) -> Path:
        return self.output / "default"

    @property
    def extended_out(self) -> Path:
        return self.output / "esco-extended"

    @property
    def ids_in(self) -> tuple[Path, Path]:
        return self.taxonomies / "ids.tsv", self.taxonomies / "ids-stackoverflow.tsv"

    @property
    def ids_out(self) -> tuple[Path, Path]:
        return self.output / "ids.tsv", self.output / "ids-stackoverflow.tsv"

    @property
    def readme(self) -> Path:
        return self.taxonomies / "README.md"

    def curated_files(self) -> list[Path]:
        return sorted(self.curated_dir.glob("curated-*.yaml"))

    def default_files(self) -> list[Path]:
        """The default taxonomy's files as the loader orders a folder: generated first."""
        files = sorted(self.default_out.glob("generated-*.yaml")) + self.curated_files()
        return sorted(files, key=lambda p: (not p.name.startswith("generated-"), p.name))

    def extended_files(self) -> list[Path]:
        return sorted(self.extended_out.glob("generated-*.yaml"))
