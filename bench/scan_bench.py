"""Benchmark `skillgap scan` against the bare spaCy tokenizer on the same postings, in one run.

    python bench/scan_bench.py                      # 2,000 generated postings
    python bench/scan_bench.py --n 20000            # the memory target
    python bench/scan_bench.py --corpus ~/postings  # your own folder
    python bench/scan_bench.py --taxonomy-dir DIR   # another default taxonomy (SKILLGAP_TAXONOMY_DIR)

Prints, for one corpus:

- the floor: `nlp.make_doc` of `spacy.blank("en")` with skillgap's tokenizer rules over the
  texts the readers produce, in this process (postings/s, words/s);
- a cold scan: `skillgap scan` as a user runs it (a new process, its default --jobs), with
  an empty scan cache (the compiled taxonomy is cached beforehand, as after any first run);
- its throughput over the floor's (target: at least 1/3);
- a warm rescan of the unchanged folder, and its share of the cold time (target: 10 % or less);
- the cold scan's peak memory: the sum over its process tree of RSS and of PSS (RSS counts
  the pages forked workers share with their parent once per process, PSS splits them),
  sampled every 50 ms, and the largest single process (target: under 500 MB).

Generated corpora mix .txt, .md, .html and .docx files, with about 2 % duplicates (the
same ad saved again under another name) and 0.5 % broken files, like a real folder.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# -- corpus generation ------------------------------------------------------------------

SKILLS = """Python; Java; JavaScript; TypeScript; Go; Rust; C++; C#; Ruby; PHP; Kotlin; Swift; Scala; R; SQL;
PostgreSQL; MySQL; MongoDB; Redis; Elasticsearch; Kafka; RabbitMQ; Spark; Hadoop; Airflow; dbt; Snowflake;
BigQuery; AWS; Azure; Google Cloud; Docker; Kubernetes; Terraform; Ansible; Jenkins; GitHub Actions; CI/CD;
Linux; Bash; Git; REST APIs; GraphQL; gRPC; microservices; React; Angular; Vue.js; Node.js; Django; Flask;
FastAPI; Spring Boot; .NET; HTML; CSS; Tableau; Power BI; Looker; Excel; machine learning; deep learning;
PyTorch; TensorFlow; scikit-learn; pandas; NumPy; statistics; data visualization; data modelling; ETL;
A/B testing; NLP; computer vision; Prometheus; Grafana; observability; security; OAuth; networking;
agile; Scrum; Kanban; Jira; project management; stakeholder management; communication; leadership;
mentoring; problem solving; teamwork; customer service; sales; negotiation; budgeting; forecasting;
financial modelling; accounting; GAAP; IFRS; auditing; QuickBooks; SAP; Salesforce; HubSpot; SEO;
content marketing; copywriting; Figma; UX design; user research; Photoshop; technical writing;
patient care; phlebotomy; BLS; ACLS; electronic health records; Epic; medication administration;
supply chain management; logistics; inventory management; forklift operation; OSHA; Six Sigma; Lean;
PMP; CPA; AutoCAD; SolidWorks; MATLAB; Simulink; PLC programming; quality assurance; Selenium; Cypress;
Playwright; unit testing; test automation; Spanish; French; German""".replace("\n", " ").split("; ")
ROLES = ["Backend Engineer", "Data Engineer", "Data Analyst", "Frontend Developer", "Platform Engineer",
         "Machine Learning Engineer", "Product Designer", "Staff Accountant", "Registered Nurse",
         "Project Manager", "Marketing Specialist", "QA Engineer", "DevOps Engineer", "Sales Manager",
         "Supply Chain Analyst", "Mechanical Engineer", "Customer Success Manager", "Financial Analyst"]
WORDS = """team company customers product growth mission market people values impact work build
world leading global platform solutions services clients data quality innovation future community
trust partners support journey scale office remote hybrid flexible culture diverse inclusive ambitious
fast growing profitable funded industry experience passion curiosity ownership collaboration learning
health insurance dental vision pension equity bonus holidays parental leave budget wellness laptop
engineers designers analysts managers operations finance marketing sales research science healthcare
logistics retail energy transport education government manufacturing banking insurance media travel""".split()
RESPONSIBILITIES = [
    "Design, build and run {a} services used by {n} customers every day.",
    "Own the {a} roadmap together with product and design.",
    "Work closely with {a} and {b} teams to ship features end to end.",
    "Improve the reliability of our {a} platform and reduce incidents.",
    "Write clear documentation and review code written in {a}.",
    "Analyse data with {a} and present findings to stakeholders.",
    "Automate manual processes with {a} and {b}.",
    "Mentor junior colleagues and share knowledge about {a}.",
    "Maintain and extend dashboards built in {a}.",
    "Take part in an on-call rotation for services running on {a}.",
]
REQUIREMENTS = [
    "{y}+ years of professional experience with {a}.",
    "Strong knowledge of {a} and {b}.",
    "Hands-on experience with {a}, {b} or {c}.",
    "Experience building production systems with {a}.",
    "Solid understanding of {a}.",
    "Working knowledge of {a} in a professional setting.",
    "A degree in a relevant field, or equivalent experience with {a}.",
    "Excellent {a} skills in English.",
]
PREFERRED = [
    "Experience with {a} is a plus.",
    "Familiarity with {a} or {b}.",
    "{a} certification.",
    "Exposure to {a} would be nice.",
]
BENEFITS = ["Competitive salary and equity.", "Health, dental and vision insurance.", "A yearly learning budget.",
            "Flexible hours and remote work.", "30 days of paid holiday.", "A new laptop of your choice."]


def _filler(rng: random.Random, words: int) -> str:
    sentences, count = [], 0
    while count < words:
        n = rng.randint(8, 18)
        sentence = " ".join(rng.choice(WORDS) for _ in range(n))
        sentences.append(sentence.capitalize() + ".")
        count += n
    return " ".join(sentences)


def _fill(template: str, rng: random.Random, skills: list[str]) -> str:
    a, b, c = rng.sample(skills, 3)
    return template.format(a=a, b=b, c=c, y=rng.randint(2, 8), n=f"{rng.randint(1, 900)},000")


def posting_sections(rng: random.Random) -> tuple[str, list[tuple[str, list[str], bool]]]:
    """(title, [(heading, lines, is_bullets)]): one posting, 300 to 600 words."""
    role = rng.choice(ROLES)
    company = f"{rng.choice(WORDS).capitalize()} {rng.choice(['Labs', 'Systems', 'Health', 'Group', 'Analytics'])}"
    skills = rng.sample(SKILLS, 14)  # a posting's own stack
    sections = [
        ("About us", [f"{company} is hiring. " + _filler(rng, rng.randint(60, 140))], False),
        ("What you'll do", [_fill(rng.choice(RESPONSIBILITIES), rng, skills) for _ in range(rng.randint(4, 7))], True),
        ("Requirements", [_fill(rng.choice(REQUIREMENTS), rng, skills) for _ in range(rng.randint(4, 8))], True),
        ("Nice to have", [_fill(rng.choice(PREFERRED), rng, skills) for _ in range(rng.randint(1, 4))], True),
        ("Benefits", rng.sample(BENEFITS, 3) + [_filler(rng, rng.randint(30, 80))], True),
        ("How to apply", ["Send your résumé to jobs@example.com. " + _filler(rng, rng.randint(20, 50))], False),
    ]
    return f"{role} at {company}", sections


def write_posting(path: Path, title: str, sections, fmt: str) -> None:
    if fmt == "docx":
        from docx import Document

        doc = Document()
        doc.add_heading(title, level=1)
        for heading, lines, bullets in sections:
            doc.add_heading(heading, level=2)
            for line in lines:
                doc.add_paragraph(line, style="List Bullet" if bullets else None)
        doc.save(path)
        return
    if fmt == "html":
        body = [f"<h1>{title}</h1>"]
        for heading, lines, bullets in sections:
            body.append(f"<h2>{heading}</h2>")
            body.append("<ul>" + "".join(f"<li>{line}</li>" for line in lines) + "</ul>" if bullets
                        else "".join(f"<p>{line}</p>" for line in lines))
        path.write_text("<!DOCTYPE html><html><head><title>" + title + "</title></head><body>"
                        "<nav><a href='/'>Jobs</a></nav><main>" + "\n".join(body) + "</main>"
                        "<footer>© Example jobs board</footer></body></html>", encoding="utf-8")
        return
    mark = "## " if fmt == "md" else ""
    out = [("# " if fmt == "md" else "") + title, ""]
    for heading, lines, bullets in sections:
        out += [mark + heading, *[("- " if bullets else "") + line for line in lines], ""]
    path.write_text("\n".join(out), encoding="utf-8")


def generate_corpus(folder: Path, n: int, seed: int = 7) -> dict[str, int]:
    rng = random.Random(seed)
    counts = {"txt": 0, "md": 0, "html": 0, "docx": 0, "duplicates": 0, "broken": 0}
    written: list[Path] = []
    for index in range(n):
        sub = folder / f"batch-{index // 500:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        roll = rng.random()
        if written and roll < 0.02:  # the same ad saved again
            source = rng.choice(written)
            target = sub / f"copy-{index:05d}{source.suffix}"
            shutil.copyfile(source, target)
            counts["duplicates"] += 1
            continue
        if roll < 0.025:  # a broken file
            target = sub / (f"broken-{index:05d}.docx" if rng.random() < 0.5 else f"empty-{index:05d}.txt")
            target.write_bytes(b"PK\x03\x04 truncated download" if target.suffix == ".docx" else b"")
            counts["broken"] += 1
            continue
        fmt = rng.choices(["txt", "md", "html", "docx"], weights=[55, 20, 20, 5])[0]
        target = sub / f"posting-{index:05d}.{fmt}"
        title, sections = posting_sections(rng)
        write_posting(target, title, sections, fmt)
        counts[fmt] += 1
        written.append(target)
    return counts


# -- measuring --------------------------------------------------------------------------

def _tree(root: int) -> list[int]:
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                ppid = int(handle.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        parents.setdefault(ppid, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(parents.get(pid, ()))
    return found


def _kb(path: str, key: str) -> int:
    try:
        with open(path) as handle:
            for line in handle:
                if line.startswith(key):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class TreeMemory(threading.Thread):
    """Samples the RSS and PSS sums of a process tree every 50 ms (Linux /proc), and the
    largest RSS of any one process in it."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak_rss, self.peak_pss, self.stop = pid, 0, 0, threading.Event()
        self.largest = 0

    def run(self) -> None:
        while not self.stop.is_set():
            pids = _tree(self.pid)
            rss = [_kb(f"/proc/{p}/status", "VmRSS:") for p in pids]
            self.largest = max(self.largest, *rss)
            self.peak_rss = max(self.peak_rss, sum(rss))
            self.peak_pss = max(self.peak_pss, sum(_kb(f"/proc/{p}/smaps_rollup", "Pss:") for p in pids))
            self.stop.wait(0.05)


def run_scan(corpus: Path, env: dict[str, str], extra: list[str]) -> tuple[float, str, TreeMemory | None]:
    command = [sys.executable, "-c", "from skillgap.cli import main; main()", "scan", str(corpus),
               "--format", "json", "-o", os.devnull, *extra]
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
    memory = TreeMemory(process.pid) if sys.platform.startswith("linux") else None
    if memory:
        memory.start()
    _, stderr = process.communicate()
    elapsed = time.perf_counter() - started
    if memory:
        memory.stop.set()
        memory.join()
    if process.returncode not in (0, 2):
        sys.exit(f"scan failed ({process.returncode}):\n{stderr}")
    return elapsed, stderr, memory


def tokenizer_floor(corpus: Path) -> tuple[float, float, int, int]:
    """(wall seconds, CPU seconds, texts, words) of nlp.make_doc over every text the readers produce."""
    from skillgap.errors import SkillgapError
    from skillgap.ingest import read_document
    from skillgap.ingest.walk import iter_input_files
    from skillgap.nlp import tokenizer

    texts = []
    for path in iter_input_files([corpus]):
        try:
            texts.append(read_document(path).text)
        except SkillgapError:
            continue
    if hasattr(tokenizer, "blank_pipeline"):  # spacy.blank("en") with skillgap's tokenizer rules
        nlp = tokenizer.blank_pipeline()
    else:
        import spacy

        nlp = spacy.blank("en")
        tokenizer.customize_tokenizer(nlp)
    nlp.make_doc("warm up the tokenizer once")
    started, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        nlp.make_doc(text)
    return (time.perf_counter() - started, time.process_time() - cpu, len(texts),
            sum(len(t.split()) for t in texts))


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=2000, help="postings to generate (default 2000)")
    parser.add_argument("--corpus", type=Path, help="scan this folder instead of a generated one")
    parser.add_argument("--taxonomy-dir", type=Path, help="default taxonomy folder (SKILLGAP_TAXONOMY_DIR)")
    parser.add_argument("--jobs", type=int, help="pass --jobs to the scans (default: the scan's own default)")
    parser.add_argument("--resume", type=Path, help="scan with this résumé as well")
    parser.add_argument("--keep", action="store_true", help="keep the generated corpus and cache")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON as well")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="skillgap-scan-bench-"))
    env = {**os.environ, "SKILLGAP_CACHE_DIR": str(work / "cache")}
    if args.taxonomy_dir:
        env["SKILLGAP_TAXONOMY_DIR"] = str(args.taxonomy_dir.resolve())
        os.environ["SKILLGAP_TAXONOMY_DIR"] = env["SKILLGAP_TAXONOMY_DIR"]
    extra = (["--jobs", str(args.jobs)] if args.jobs else []) + (["--resume", str(args.resume)] if args.resume else [])
    try:
        if args.corpus:
            corpus, made = args.corpus, None
        else:
            corpus = work / "postings"
            started = time.perf_counter()
            made = generate_corpus(corpus, args.n)
            print(f"generated {args.n:,} postings in {time.perf_counter() - started:.1f} s: "
                  + ", ".join(f"{v:,} {k}" for k, v in made.items()), flush=True)

        # compile the taxonomy and the verb table into the (otherwise empty) cache, as any
        # first run leaves them (the line of verbs makes the context filter read the table)
        warmup = work / "warmup"
        warmup.mkdir()
        (warmup / "a.txt").write_text("Requirements\n- Python\n- Design, build and run services\n")
        started = time.perf_counter()
        run_scan(warmup, env, ["--jobs", "1"])
        prepare = time.perf_counter() - started
        for leftover in (work / "cache").glob("scan-cache.sqlite3*"):
            leftover.unlink()

        load_before = os.getloadavg()[0]
        floor_s, floor_cpu, texts, words = tokenizer_floor(corpus)
        cpu_before = _children_cpu()
        cold_s, cold_log, memory = run_scan(corpus, env, extra)
        cold_cpu = _children_cpu() - cpu_before
        warm_s, _, _ = run_scan(corpus, env, extra)
        load_after = os.getloadavg()[0]

        figures = {
            "postings_read": texts, "words": words,
            "tokenizer_s": round(floor_s, 3), "tokenizer_postings_per_s": round(texts / floor_s, 1),
            "tokenizer_words_per_s": round(words / floor_s),
            "cold_s": round(cold_s, 3), "cold_postings_per_s": round(texts / cold_s, 1),
            "cold_words_per_s": round(words / cold_s), "cold_over_tokenizer": round(floor_s / cold_s, 3),
            "warm_s": round(warm_s, 3), "warm_share_of_cold": round(warm_s / cold_s, 4),
            "peak_rss_tree_mb": round(memory.peak_rss / 1024, 1) if memory else None,
            "peak_pss_tree_mb": round(memory.peak_pss / 1024, 1) if memory else None,
            "largest_process_mb": round(memory.largest / 1024, 1) if memory else None,
            "first_run_setup_s": round(prepare, 2),
            "tokenizer_cpu_ms_per_posting": round(1000 * floor_cpu / texts, 3),
            "cold_cpu_ms_per_posting": round(1000 * cold_cpu / texts, 3),
            "cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
            "load_average": [round(load_before, 2), round(load_after, 2)],
        }
        summary = [line for line in cold_log.splitlines() if "scanned" in line]
        print(f"corpus: {corpus} ({texts:,} readable postings, {words:,} words)")
        print(f"first run of the taxonomy (compile + cache, once per taxonomy version): {prepare:.1f} s")
        print(f"bare tokenizer, 1 process:  {figures['tokenizer_postings_per_s']:>9,.1f} postings/s "
              f"{figures['tokenizer_words_per_s']:>10,} words/s  ({floor_s:.2f} s)")
        print(f"cold scan:                  {figures['cold_postings_per_s']:>9,.1f} postings/s "
              f"{figures['cold_words_per_s']:>10,} words/s  ({cold_s:.2f} s)  "
              f"= {figures['cold_over_tokenizer']:.2f} x tokenizer (target >= 0.33)")
        if summary:
            print(f"  {summary[-1].removeprefix('skillgap: ')}")
        print(f"warm rescan:                {warm_s:.2f} s = {figures['warm_share_of_cold']:.1%} of cold "
              "(target <= 10 %)")
        if memory:
            print(f"peak memory, cold scan:     {figures['peak_rss_tree_mb']:.0f} MB RSS / "
                  f"{figures['peak_pss_tree_mb']:.0f} MB PSS summed over the process tree; largest process "
                  f"{memory.largest / 1024:.0f} MB (target < 500 MB)")
        cost = cold_cpu / floor_cpu
        print(f"CPU per posting:            scan {figures['cold_cpu_ms_per_posting']:.2f} ms (all processes) vs "
              f"tokenizer {figures['tokenizer_cpu_ms_per_posting']:.2f} ms = {cost:.1f} x; on {figures['cores']} "
              f"idle cores the cold scan would reach about {figures['cores'] / cost:.2f} x the tokenizer's throughput")
        print(f"load average (1 min) before/after: {load_before:.2f} / {load_after:.2f} "
              "(other work on the machine slows the scans, which run after the tokenizer)")
        if args.json:
            print(json.dumps(figures))
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
