"""No network, ever: full runs with Python's sockets disabled record no attempt, and files
that point at a server (XML entities and DTDs, HTML resources, LaTeX includes) never reach
a real local listener, which would also see C libraries (libxml2) that bypass Python."""

from __future__ import annotations

import shutil
import socket
import threading
from pathlib import Path

import pytest
from conftest import BAD, corpus, good, invoke

from skillgap.errors import SkillgapError
from skillgap.ingest import read_document


@pytest.fixture
def no_network(monkeypatch):
    """Every way Python opens a connection or resolves a name records the attempt and fails."""
    attempts: list[str] = []

    def refuse(name):
        def blocked(*args, **kwargs):
            attempts.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
            raise OSError(f"network disabled by the test ({name})")

        return blocked

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket.socket, "sendto", refuse("socket.sendto"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    monkeypatch.setattr(socket, "gethostbyname", refuse("gethostbyname"))
    monkeypatch.setenv("SKILLGAP_NO_FORK", "1")
    return attempts


@pytest.fixture
def postings(tmp_path):
    """Good postings in every format, plus files that point at servers."""
    folder = tmp_path / "postings"
    folder.mkdir()
    for name in corpus.GOOD_FILES:
        shutil.copyfile(BAD / name, folder / Path(name).name)
    for name in ("html/external-resources.html", "html/entities.xhtml", "docx/external-entity.docx",
                 "docx/external-dtd.docx", "docx/entity-in-package.docx", "tex/input-file.tex"):
        shutil.copyfile(BAD / name, folder / Path(name).name)
    return folder


def test_hostile_no_network_in_a_full_check(no_network, tmp_path):
    for resume in ("resume.pdf", "resume.docx", "resume.txt", "resume.json", "resume.tex"):
        result = invoke("check", good(resume), good("posting.html"), "--format", "html",
                        "-o", tmp_path / f"{resume}.html")
        assert result.exit_code == 0, result.stderr
    result = invoke("check", BAD / "docx" / "external-entity.docx", BAD / "html" / "external-resources.html")
    assert result.exit_code == 0, result.stderr
    assert no_network == []


def test_hostile_no_network_in_a_full_scan(no_network, postings, tmp_path):
    result = invoke("scan", "--jobs", "1", "--resume", good("resume.docx"), "--format", "markdown", postings)
    assert result.exit_code == 0, result.stderr
    assert result.stdout
    assert no_network == []


def test_hostile_no_network_in_extract_parse_and_lint(no_network, postings):
    assert invoke("extract", postings).exit_code == 0
    assert invoke("lint", "--format", "sarif", postings).exit_code in (0, 1)
    for path in sorted(postings.iterdir()):
        assert invoke("parse", path).exit_code == 0
    assert no_network == []


def test_hostile_the_no_network_fixture_does_catch_connections(no_network):
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", 9), timeout=0.1)
    with pytest.raises(OSError):
        socket.socket().connect(("127.0.0.1", 9))
    assert len(no_network) == 2


# -- a real listener ----------------------------------------------------------------------------


@pytest.fixture
def listener():
    """A TCP server on 127.0.0.1 that counts every connection (and answers nothing)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    server.settimeout(0.2)
    hits: list[str] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                connection, _ = server.accept()
            except OSError:
                continue
            connection.settimeout(0.5)
            try:
                hits.append(connection.recv(200).decode("latin-1").split("\r\n")[0])
            except OSError:
                hits.append("(connected)")
            connection.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}", hits
    stop.set()
    thread.join(2)
    server.close()


def test_hostile_readers_never_fetch_anything(listener, tmp_path):
    url, hits = listener
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-MARKER-7731")
    files = {
        "entity.docx": corpus.docx_external_entity(f"{url}/entity", str(secret)),
        "dtd.docx": corpus.docx_external_dtd(f"{url}/dtd"),
        "package.docx": corpus.docx_entity_in_package(f"{url}/package"),
        "entities.xhtml": corpus.xhtml_entities(f"{url}/xhtml"),
        "resources.html": corpus.html_external_resources(url),
        "scripts.html": corpus.html_scripts_styles().replace(corpus.NOWHERE.encode(), url.encode()),
        "input.tex": corpus.tex_document(corpus.GOOD_TEX_BODY + f"\\input{{{url}/tex}}\\input{{{secret}}}"),
        "resume.md": f"# Skills\n![photo]({url}/photo.png)\n[site]({url}/site)\n<img src='{url}/img'>\n".encode(),
    }
    for name, data in files.items():
        path = tmp_path / name
        path.write_bytes(data)
        try:
            document = read_document(path)
        except SkillgapError:
            continue
        assert "SECRET-MARKER" not in document.text, name
    # Entities in the résumé or posting as the pipeline sees them: check end to end too.
    result = invoke("check", tmp_path / "entity.docx", tmp_path / "resources.html")
    assert result.exit_code == 0 and "SECRET-MARKER" not in result.stdout, result.stderr
    threading.Event().wait(0.5)  # anything in flight has arrived by now
    assert hits == [], hits


def test_hostile_the_listener_does_see_connections(listener):
    url, hits = listener
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=2) as connection:
        connection.sendall(b"GET /probe HTTP/1.0\r\n\r\n")
    threading.Event().wait(0.5)
    assert hits == ["GET /probe HTTP/1.0"]
