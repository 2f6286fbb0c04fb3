"""`python -m skillgap` runs the CLI."""

from skillgap.cli import main

if __name__ == "__main__":
    main()
