"""Where a scan's time goes: CPU time per stage over the real postings, one process.

    python bench/scan_stages.py              # the 380 postings of ../shared/resume-dev (read in place)
    python bench/scan_stages.py --runs 3     # the first pass, then two more over the same texts

Each posting goes down the scan's own path, one at a time, as `scan.worker.analyse_text`
takes it (the pipeline built beforehand): the text read into a Document, its sections,
spaCy's tokenizer, each pipeline component, the mentions, the posting's record. The first
run is a first pass (every word new to the process); later runs are the steady state.
Nothing is written.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scan_dataset_bench import real_rows  # noqa: E402  (a script beside this one)


def run(texts: list[str], extractor) -> tuple[float, dict[str, float]]:
    from skillgap.ingest import document_from_text
    from skillgap.ingest.sections import split_sections
    from skillgap.nlp.candidates import CONTEXT_RANGES, DOC_TEXT
    from skillgap.nlp.extract import LIST_SECTIONS, blanked
    from skillgap.pipeline import unread_spans
    from skillgap.scan.worker import posting_record, row_key
    from skillgap.types import Analysis

    clock = time.process_time
    spent: dict[str, float] = defaultdict(float)
    started = clock()
    for text in texts:
        mark = clock()
        row_key(text)
        document = document_from_text(text)
        spent["read the text"] += clock() - mark
        mark = clock()
        sections = split_sections(document, "posting")
        skip = unread_spans(sections, "posting")
        spent["sections"] += clock() - mark
        mark = clock()
        text = blanked(document.text, skip)  # about-us and benefits unread, as analyze_document does
        doc = extractor.nlp.make_doc(text)
        spent["tokenizer"] += clock() - mark
        doc.user_data[DOC_TEXT] = text
        doc.user_data[CONTEXT_RANGES] = tuple((s.start, s.end) for s in sections.sections if s.kind in LIST_SECTIONS)
        for name, component in extractor.nlp.pipeline:
            mark = clock()
            doc = component(doc)
            spent[name.removeprefix("skillgap_").replace("_", " ")] += clock() - mark
        mark = clock()
        mentions = extractor.extract(document, sections, skip)  # the whole extraction again, for its mentions
        spent["(extraction again, steady)"] += clock() - mark
        mark = clock()
        posting_record(Analysis(document, sections, mentions))
        spent["record"] += clock() - mark
    total = clock() - started - spent["(extraction again, steady)"]
    return total, spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    from skillgap.pipeline import get_extractor

    texts = [row["text"] for row in real_rows()]
    extractor = get_extractor(())
    extractor.nlp.make_doc("warm up")
    for number in range(args.runs):
        total, spent = run(texts, extractor)
        label = "first pass" if number == 0 else f"run {number + 1}"
        print(f"{label}: {total:.2f} s CPU for {len(texts)} postings, {1000 * total / len(texts):.2f} ms a posting")
        for name, seconds in spent.items():
            if not name.startswith("("):
                print(f"  {name:20} {seconds:6.3f} s {100 * seconds / total:5.1f} %")


if __name__ == "__main__":
    main()
