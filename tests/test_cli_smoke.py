"""The CLI contract end to end through CliRunner (more in test_cli.py)."""

import json

from click.testing import CliRunner

from newsquote.cli import cli
from tests.conftest import SAMPLES


def test_quotes_json_on_the_seed_article() -> None:
    result = CliRunner().invoke(
        cli, ["quotes", "--format", "json", str(SAMPLES / "moscow-talks.txt")]
    )
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["source"].endswith("moscow-talks.txt")
    assert len(record["quotes"]) == 4
