"""The PDF test fixtures and sample résumés; `scripts/make_pdfs.py` writes them."""
