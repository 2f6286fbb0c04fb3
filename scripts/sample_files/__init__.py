"""The non-PDF samples in `samples/`; `scripts/make_samples.py` writes them."""
