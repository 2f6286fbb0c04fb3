"""The spaCy side of skillgap: tokenizer rules, matching components, extraction."""
