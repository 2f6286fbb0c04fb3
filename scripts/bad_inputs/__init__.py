"""The corpus of hostile and broken inputs; `scripts/make_bad_inputs.py` writes it."""
