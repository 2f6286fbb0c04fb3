"""Skills taxonomy: reviewable YAML sources, strict validation, a compiled cached form."""

from skillgap.paths import default_taxonomy_dir
from skillgap.taxonomy.load import load_taxonomy
from skillgap.taxonomy.model import Skill, Taxonomy
from skillgap.taxonomy.packs import named_pack, taxonomy_paths

__all__ = ["Skill", "Taxonomy", "default_taxonomy_dir", "load_taxonomy", "named_pack", "taxonomy_paths"]
