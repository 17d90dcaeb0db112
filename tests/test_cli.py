"""The CLI contract through CliRunner: formats, stdin, batches, errors and exit codes."""

from __future__ import annotations

import codecs
import csv
import gc
import io
import json
import os
import subprocess
import sys
import weakref
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsquote import __version__
from newsquote.cli import cli
from tests.conftest import SAMPLES

MOSCOW = str(SAMPLES / "moscow-talks.txt")
COUNCIL = str(SAMPLES / "city-council.txt")
COMMANDS = ["quotes", "summarize", "sentences"]
ITEMS = {"quotes": "quotes", "summarize": "sentences", "sentences": "sentences"}


def run(*args: str, stdin: str | bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_version() -> None:
    code, out, _ = run("--version")
    assert code == 0
    assert __version__ in out


@pytest.mark.parametrize("command", ["--help", "-h", *[f"{c} --help" for c in COMMANDS]])
def test_help_has_usage(command: str) -> None:
    code, out, _ = run(*command.split())
    assert code == 0
    assert "Usage:" in out


@pytest.mark.parametrize("command", COMMANDS)
def test_json_for_one_input_is_an_object(command: str) -> None:
    code, out, _ = run(command, "--format", "json", MOSCOW)
    assert code == 0
    record = json.loads(out)
    assert record["source"] == MOSCOW
    assert record[ITEMS[command]]


@pytest.mark.parametrize("command", COMMANDS)
def test_json_for_several_inputs_is_an_array(command: str) -> None:
    code, out, _ = run(command, "-f", "json", MOSCOW, COUNCIL)
    assert code == 0
    assert [r["source"] for r in json.loads(out)] == [MOSCOW, COUNCIL]


@pytest.mark.parametrize("command", COMMANDS)
def test_jsonl_is_one_record_per_input_in_order(command: str) -> None:
    code, out, _ = run(command, "-f", "jsonl", MOSCOW, COUNCIL, MOSCOW)
    assert code == 0
    lines = out.splitlines()
    assert [json.loads(line)["source"] for line in lines] == [MOSCOW, COUNCIL, MOSCOW]


@pytest.mark.parametrize("command", COMMANDS)
def test_csv_has_a_source_column_and_parses_back(command: str) -> None:
    code, out, _ = run(command, "-f", "csv", MOSCOW, COUNCIL)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows
    assert {row["source"] for row in rows} == {MOSCOW, COUNCIL}
    assert all(row["text"] for row in rows)


def test_csv_offsets_index_the_text(moscow_text: str) -> None:
    _, out, _ = run("sentences", "-f", "csv", MOSCOW)
    for row in csv.DictReader(io.StringIO(out)):
        assert moscow_text[int(row["start"]) : int(row["end"])] == row["text"]


@pytest.mark.parametrize("command", COMMANDS)
def test_markdown_has_a_section_per_input(command: str) -> None:
    code, out, _ = run(command, "-f", "markdown", MOSCOW, COUNCIL)
    assert code == 0
    assert f"## {MOSCOW}" in out
    assert f"## {COUNCIL}" in out


@pytest.mark.parametrize("command", COMMANDS)
def test_text_output_in_a_pipe_has_no_ansi_codes(command: str) -> None:
    code, out, _ = run(command, MOSCOW, COUNCIL)
    assert code == 0
    assert "\x1b[" not in out
    assert f"==> {COUNCIL} <==" in out


def test_stdin_with_dash_and_with_no_path() -> None:
    text = "The minister spoke. Then she left.\n"
    for args in (["sentences", "-f", "jsonl", "-"], ["sentences", "-f", "jsonl"]):
        code, out, _ = run(*args, stdin=text)
        assert code == 0
        record = json.loads(out)
        assert record["source"] == "-"
        assert [s["text"] for s in record["sentences"]] == ["The minister spoke.", "Then she left."]


def test_sentences_text_is_one_per_line() -> None:
    code, out, _ = run("sentences", stdin="One here, wrapped\nover two lines.\n\nTwo here.")
    assert code == 0
    assert out.splitlines() == ["One here, wrapped over two lines.", "Two here."]


def test_missing_file_is_a_one_line_error_with_exit_1() -> None:
    code, out, err = run("quotes", "no/such/file.txt")
    assert code == 1
    assert out == ""
    assert err.strip() == "newsquote: error: no/such/file.txt: no such file"


def test_directory_is_refused_without_recursive(tmp_path: Path) -> None:
    code, _, err = run("sentences", str(tmp_path))
    assert code == 1
    assert "is a directory" in err
    assert "Traceback" not in err


def test_recursive_reads_files_under_a_directory(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("First file.", encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text("Second file.", encoding="utf-8")
    code, out, _ = run("sentences", "-r", "-f", "jsonl", str(tmp_path))
    assert code == 0
    assert [Path(json.loads(line)["source"]).name for line in out.splitlines()] == [
        "a.txt",
        "b.txt",
    ]


def test_binary_input_fails_but_the_batch_goes_on(tmp_path: Path) -> None:
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    code, out, err = run("sentences", "-f", "jsonl", str(binary), MOSCOW)
    assert code == 1
    assert [json.loads(line)["source"] for line in out.splitlines()] == [MOSCOW]
    assert "binary" in err
    assert "1 of 2 inputs failed" in err


def test_too_big_input_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 100, encoding="utf-8")
    code, _, err = run("sentences", "--max-bytes", "100", str(path))
    assert code == 1
    assert "--max-bytes" in err


@pytest.mark.parametrize(
    "args",
    [
        ["quotes", "--format", "xml", MOSCOW],
        ["nosuchcommand"],
        ["summarize", "--jobs", "0", MOSCOW],
    ],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    code, out, err = run(*args)
    assert code == 2
    assert out == ""
    assert "Error" in err


def test_legacy_encoding_is_decoded_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes("“Ça va,” said René.".encode("cp1252"))
    code, out, err = run("sentences", "-f", "jsonl", str(path))
    assert code == 0
    assert json.loads(out)["sentences"][0]["text"] == "“Ça va,” said René."
    assert "Windows-1252" in err


def test_jobs_keep_input_order() -> None:
    paths = [MOSCOW, COUNCIL] * 3
    code, out, _ = run("sentences", "-f", "jsonl", "--jobs", "2", *paths)
    assert code == 0
    assert [json.loads(line)["source"] for line in out.splitlines()] == paths


def test_help_does_not_import_nltk() -> None:
    probe = (
        "import sys\nfrom newsquote.cli import cli\n"
        "try:\n    cli.main(['--help'])\nexcept SystemExit:\n    pass\n"
        "assert 'nltk' not in sys.modules and 'rich' not in sys.modules, 'slow import'\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_script_entry_runs_the_cli_and_leaves_the_collector_on() -> None:
    """``python -m newsquote`` (the installed script's entry) imports the CLI with garbage
    collection paused; collection is back on once the command runs."""
    probe = (
        "import gc, sys\nsys.argv = ['newsquote', 'sentences', '-f', 'jsonl', sys.argv[1]]\n"
        "from newsquote.__main__ import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\nprint(gc.isenabled())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, str(MOSCOW)], capture_output=True, text=True, check=True
    )
    *records, enabled = result.stdout.splitlines()
    assert json.loads(records[0])["sentences"] and enabled == "True"


def test_an_in_process_batch_leaves_the_callers_garbage_collectable() -> None:
    """The batch freezes what it loaded for its own sake, and undoes that when it is done."""

    class Node:
        pass

    assert gc.get_freeze_count() == 0
    node = Node()
    node.me = node  # once dropped, garbage only the collector can free
    alive = weakref.ref(node)
    code, _, _ = run("quotes", "-f", "jsonl", MOSCOW, COUNCIL)
    del node
    gc.collect()
    assert code == 0 and gc.get_freeze_count() == 0 and alive() is None


def test_a_batch_hands_out_its_first_outcome_with_the_collector_on() -> None:
    """The collector is paused while the first input loads the engine, never while the
    caller's code runs."""
    from newsquote.pipeline import run_all
    from newsquote.records import quotes_record

    outcomes = run_all(quotes_record, [str(MOSCOW), str(COUNCIL)], max_bytes=10**7)
    next(outcomes)
    assert gc.isenabled()
    outcomes.close()
    assert gc.get_freeze_count() == 0


def test_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    """``newsquote sentences big | head -1``: exit 0, no traceback, no 'Broken pipe' message."""
    big = tmp_path / "big.txt"
    big.write_text("The council met again today. " * 20_000, encoding="utf-8")
    script = (
        f"set -o pipefail; {sys.executable} -c 'from newsquote.cli import main; main()' "
        f"sentences {big} | head -1"
    )
    result = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=60)
    assert result.stdout.count("\n") == 1
    assert result.stderr == ""
    assert result.returncode == 0


def test_python_dash_m_runs_the_cli() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "newsquote", "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_output_file_is_written_whole(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    code, out, _ = run("sentences", "-f", "jsonl", "-o", str(target), MOSCOW, COUNCIL)
    assert code == 0
    assert out == ""
    assert len(target.read_text(encoding="utf-8").splitlines()) == 2
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_output_into_a_missing_folder_is_a_one_line_error(tmp_path: Path) -> None:
    code, _, err = run("sentences", "-o", str(tmp_path / "nope" / "out.txt"), MOSCOW)
    assert code == 1
    assert err.count("\n") == 1
    assert "cannot write" in err


# ----- input that is not usable text, and output that must not break ---------------------------

BATCH_COMMANDS = [*COMMANDS, "brief", "speakers"]


def test_unreadable_file_is_a_one_line_error(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("Secret. Text.", encoding="utf-8")
    locked.chmod(0)
    try:
        locked.read_bytes()
    except PermissionError:
        pass
    else:
        pytest.skip("this user can read a file with no permissions (root)")
    code, out, err = run("sentences", "-f", "jsonl", str(locked), COUNCIL)
    assert code == 1
    assert [json.loads(line)["source"] for line in out.splitlines()] == [COUNCIL]
    assert f"{locked}: permission denied" in err


def test_a_file_that_vanishes_mid_batch_fails_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = [tmp_path / f"{name}.txt" for name in ("first", "gone", "last")]
    for path in paths:
        path.write_text(f"The {path.stem} file. It has two sentences.", encoding="utf-8")
    from newsquote import records

    real = records.sentences_record

    def delete_the_next_file(text: str) -> tuple[dict, list[str]]:
        paths[1].unlink(missing_ok=True)
        return real(text)

    monkeypatch.setattr(records, "sentences_record", delete_the_next_file)
    code, out, err = run("sentences", "-f", "jsonl", *map(str, paths))
    assert code == 1
    assert [Path(json.loads(line)["source"]).stem for line in out.splitlines()] == [
        "first",
        "last",
    ]
    assert f"{paths[1]}: no such file" in err
    assert "1 of 3 inputs failed" in err


def test_recursive_batch_reports_the_unusable_files_and_goes_on(tmp_path: Path) -> None:
    (tmp_path / "empty-dir").mkdir()
    (tmp_path / "a.txt").write_text("“Yes,” she said. It was late.", encoding="utf-8")
    (tmp_path / "b.bin").write_bytes(bytes(range(256)))
    (tmp_path / "c.txt").write_bytes(b"\xff\xfe\x00\xd8 broken UTF-16")
    (tmp_path / "d.txt").write_text("Second text. Two sentences.", encoding="utf-8")
    code, out, err = run("quotes", "-r", "-f", "jsonl", str(tmp_path))
    assert code == 1
    assert [Path(json.loads(line)["source"]).name for line in out.splitlines()] == [
        "a.txt",
        "d.txt",
    ]
    assert "b.bin: binary data" in err
    assert "c.txt: invalid utf-16" in err
    assert "2 of 4 inputs failed" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("command", BATCH_COMMANDS)
@pytest.mark.parametrize("data", [b"", b" \r\n\t\r\n", codecs.BOM_UTF8, b"\xff\xfe"])
def test_empty_input_is_an_empty_result(command: str, data: bytes) -> None:
    code, out, err = run(command, "-f", "json", "-", stdin=data)
    assert code == 0, err
    record = json.loads(out)
    items = [value for key, value in record.items() if isinstance(value, list) and key != "sources"]
    assert items and not any(items)


def test_control_characters_in_a_file_name_keep_errors_on_one_line() -> None:
    code, _, err = run("quotes", "no\nsuch\x1b[31m.txt")
    assert code == 1
    assert err == "newsquote: error: no\\x0asuch\\x1b[31m.txt: no such file\n"


def test_stdin_at_the_limit_is_read_and_one_byte_over_is_refused() -> None:
    data = "One sentence here. " * 10
    code, _, _ = run("sentences", "--max-bytes", str(len(data)), "-", stdin=data)
    assert code == 0
    code, _, err = run("sentences", "--max-bytes", str(len(data) - 1), "-", stdin=data)
    assert code == 1
    assert "--max-bytes" in err


def test_a_crash_leaves_the_previous_output_file_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsquote import records

    target = tmp_path / "out.jsonl"
    target.write_text("previous run\n", encoding="utf-8")

    def crash(text: str) -> tuple[dict, list[str]]:
        raise RuntimeError("simulated crash mid-batch")

    monkeypatch.setattr(records, "sentences_record", crash)
    result = CliRunner().invoke(cli, ["sentences", "-f", "jsonl", "-o", str(target), MOSCOW])
    assert isinstance(result.exception, RuntimeError)
    assert target.read_text(encoding="utf-8") == "previous run\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def _newsquote(args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    command = f"{sys.executable} -m newsquote {args}"
    return subprocess.run(
        ["bash", "-c", command], capture_output=True, env={**os.environ, **(env or {})}, timeout=120
    )


@pytest.mark.parametrize(
    "args",
    [
        "quotes",
        "summarize",
        "brief",
        "speakers",
        "quotes --show",
        "sentences --jobs 2",
        "verify We",
    ],
)
def test_every_command_ends_quietly_on_a_closed_pipe(args: str) -> None:
    """``| true`` closes the pipe before newsquote has started, so every write fails."""
    result = _newsquote(f"{args} {MOSCOW} {COUNCIL} {MOSCOW} {COUNCIL} | true")
    assert result.stderr == b""


@pytest.mark.parametrize("args", ["quotes", "brief", "quotes --show", "verify 'the harbour'"])
def test_an_ascii_only_stdout_gets_escapes_not_a_traceback(args: str) -> None:
    result = _newsquote(f"{args} {COUNCIL}", {"PYTHONIOENCODING": "ascii"})
    assert b"Traceback" not in result.stderr, result.stderr
    assert result.returncode == 0, result.stderr


def test_a_file_name_that_is_not_utf8_is_written_back_as_its_bytes(tmp_path: Path) -> None:
    name = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    with open(name, "wb") as handle:
        handle.write(b"One sentence. Another one.")
    for fmt in ("json", "text", "csv"):
        result = subprocess.run(
            [sys.executable, "-m", "newsquote", "sentences", "-f", fmt, name, COUNCIL],
            capture_output=True,
            env={**os.environ, "PYTHONIOENCODING": "utf-8"},
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        assert b"caf\xe9.txt" in result.stdout


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        ("uk-style.txt", {("Amina Okafor", "direct"), ("Paul Grant", "partial")}),
        ("press-conference.txt", {("Helen Marsh", "direct"), ("Dev Patel", "direct")}),
        (
            "city-council.txt",
            {("Linda Osei", "direct"), ("Tom Reyes", "direct"), ("Tom Reyes", "partial")},
        ),
    ],
)
def test_samples_attribute_their_quotes(sample: str, expected: set[tuple[str, str]]) -> None:
    """The short samples each show a tricky case; their main quotes reach the right speaker."""
    _, out, _ = run("quotes", "-f", "json", str(SAMPLES / sample))
    found = {(q["speaker"], q["kind"]) for q in json.loads(out)["quotes"]}
    assert expected <= found


def test_output_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    """The temporary file's 0o600 must not leak into the result: others may read it as usual."""
    import os

    target = tmp_path / "out.txt"
    umask = os.umask(0o022)
    try:
        code, _, _ = run("sentences", "-o", str(target), MOSCOW)
    finally:
        os.umask(umask)
    assert code == 0
    assert target.stat().st_mode & 0o777 == 0o644


def test_a_council_title_is_the_role_not_the_name() -> None:
    _, out, _ = run("quotes", "-f", "json", COUNCIL)
    reyes = [q for q in json.loads(out)["quotes"] if q["speaker"] == "Tom Reyes"]
    assert reyes
    assert all("Councillor" not in q["speaker"] for q in reyes)
