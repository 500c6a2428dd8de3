"""Disagreements are found, not only declared, and shown wherever a figure is: table, JSON, verify,
targets, derived. A declaration on one side is enough, so that a user's record can point at a
bundled one; `otg check` files its warnings against the user's record, never the bundled one.

The bundled base here is tests/fixtures/disputed: the two BAQ.KZ reports' "almost 2 bn" and "2 bn"
for Kazakhstan–Kyrgyzstan 2025, declared on one side only. The user folder tests/fixtures/
disputed-user adds "over $2 bn" and declares nothing.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import run, run_json, table
from factfolder import fact, folder
from otg_cli import settings
from otg_cli.disagreements import Conflict, find
from otg_cli.loader import load_fact_base

FIXTURES = Path(__file__).parent / "fixtures"
DISPUTED = FIXTURES / "disputed"
USER = FIXTURES / "disputed-user"
RU, KK, MINE = "kz-kg-turnover-2025", "kz-kg-turnover-2025-kk", "kz-kg-turnover-2025-my-outlet"


@pytest.fixture(autouse=True)
def _disputed_base(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings, "bundled_facts_dir", lambda: DISPUTED)


def _conflicts(*args: str) -> dict[str, list[tuple[str, bool, bool]]]:
    rows = run_json("turnover", "KZ", "KG", "2025", *args)
    for row in rows:
        assert row["conflicts_with"] == [c["id"] for c in row["conflicts"]]
    return {r["id"]: [(c["id"], c["declared"], c["detected"]) for c in r["conflicts"]] for r in rows}


def test_a_disagreement_declared_on_one_side_marks_both_and_passes_the_strict_check() -> None:
    assert _conflicts() == {RU: [(KK, True, False)], KK: [(RU, True, False)]}
    assert run("check", "--strict").exit_code == 0


def test_a_users_figure_that_cannot_be_true_with_a_bundled_one_is_found_to_disagree() -> None:
    """The user's example: "over $2 bn" beside "almost 2 bn" (1.8 up to 2) and "2 bn" (1.5 to 2.5)."""
    assert _conflicts("--facts", str(USER)) == {
        RU: [(KK, True, False), (MINE, False, True)],
        KK: [(RU, True, False)],  # "2 bn" allows values over 2 bn: no disagreement with MINE
        MINE: [(RU, False, True)],
    }


def test_the_table_flags_every_disputed_figure_and_says_which_disagreement_otg_found() -> None:
    out = table("turnover", "KZ", "KG", "2025", "--facts", str(USER)).stdout
    assert out.count("sources disagree") == 3
    assert f"Sources disagree: {RU} vs {KK} (otg show {RU})\n" in out
    assert (
        f"Sources disagree: {RU} vs {MINE} (otg show {RU}); found by otg: the figures share no value\n" in out
    )


def test_the_chart_flags_a_detected_disagreement() -> None:
    out = run("turnover", "KZ", "KG", "2025", "--chart", "--facts", str(USER)).stdout
    assert "> $2 bn\n  sources disagree\n" in out  # right under its bar, on a line of its own


def test_verify_says_the_sources_disagree() -> None:
    found = run_json(
        "verify", "Kazakhstan–Kyrgyzstan trade exceeded $2 bn in 2025", "--facts", str(USER), exit_code=3
    )
    assert (found["verdict"], found["sources_disagree"]) == ("conflicting", True)
    assert {row["id"]: row["conflicts_with"] for row in found["evidence"]}[MINE] == [RU]


def test_verify_says_so_for_a_disagreement_only_otg_found(tmp_path: Path) -> None:
    """$500 m (499.5 to 500.5 m) and the bundled $425 m share no value; nobody declared it."""
    mine = folder(tmp_path / "mine", fact("kz-az-turnover-2025-mine", 500_000_000))
    found = run_json(
        "verify", "Kazakhstan–Azerbaijan trade was $425 m in 2025", "--facts", str(mine), exit_code=3
    )
    assert (found["verdict"], found["sources_disagree"]) == ("conflicting", True)
    without = run_json("verify", "Kazakhstan–Azerbaijan trade was $425 m in 2025")
    assert (without["verdict"], without["sources_disagree"]) == ("supported", False)


def test_targets_give_progress_from_every_disputed_figure_not_one_of_them() -> None:
    (row,) = run_json("targets", "KZ", "KG", "--facts", str(USER))
    assert (row["progress"]["from_fact"], row["progress"]["label"]) == (RU, "almost 66.7%")
    assert [(p["from_fact"], p["label"], p["formula"]) for p in row["disputed_progress"]] == [
        (KK, "66.7%", "$2 bn ÷ $3 bn"),
        (MINE, "> 66.7%", "> $2 bn ÷ $3 bn"),
    ]
    out = " ".join(table("targets", "KZ", "KG", "--facts", str(USER)).stdout.split())
    assert f"sources disagree; also 66.7% = $2 bn ÷ $3 bn from {KK} (2025)" in out
    assert f"also > 66.7% = > $2 bn ÷ $3 bn from {MINE} (2025)" in out


def test_progress_is_given_in_every_language() -> None:
    (row,) = run_json("targets", "KZ", "KG", "--lang", "ru", "--facts", str(USER))
    assert [row["progress"]["from_fact"]] + [p["from_fact"] for p in row["disputed_progress"]] == [
        RU,
        KK,
        MINE,
    ]
    assert row["progress"]["label"] == "почти 66,7%"


def test_derived_progress_says_the_sources_disagree() -> None:
    (row,) = run_json("derived", "KZ", "KG", "--facts", str(USER))
    assert row["note"].endswith(f"Sources disagree on that figure: 66.7% from {KK}; > 66.7% from {MINE}.")


def test_check_files_warnings_against_the_users_record_never_the_bundled_one() -> None:
    document = run_json("check", "--facts", str(USER))
    found = [(Path(w["file"]).name, w["record"], w["field"], w["message"]) for w in document["warnings"]]
    assert [f[:3] for f in found] == [("user.toml", f"fact {MINE}", "conflicts_with")] * 2
    detected, differs = (f[3] for f in found)
    assert detected.startswith(f"disagrees with {RU} (almost $2 bn, 2025, in ")
    assert "disputed/kz-kg.toml): the figures share no value" in detected
    assert differs.startswith(f"differs from {KK} ($2 bn, 2025, in ")
    assert run("check", "--strict", "--facts", str(USER)).exit_code == 2


def test_declaring_the_disagreement_on_the_users_side_alone_satisfies_the_strict_check(
    tmp_path: Path,
) -> None:
    mine = tmp_path / "mine"
    shutil.copytree(USER, mine)
    records = mine / "user.toml"
    text = records.read_text(encoding="utf-8")
    records.write_text(
        text.replace('qualifier = "over"\n', f'qualifier = "over"\nconflicts_with = ["{RU}", "{KK}"]\n'),
        encoding="utf-8",
    )
    assert run("check", "--strict", "--facts", str(mine)).exit_code == 0
    assert _conflicts("--facts", str(mine))[MINE] == [(RU, True, True), (KK, True, False)]


def test_a_fact_cannot_disagree_with_itself(tmp_path: Path) -> None:
    mine = folder(tmp_path / "mine", fact("self", 1_000_000, conflicts_with=("self",)))
    result = run("check", str(mine))
    assert result.exit_code == 2
    assert "record fact self: field conflicts_with[0]: a fact cannot disagree with itself" in result.stdout


def test_find_needs_the_same_point(tmp_path: Path) -> None:
    """Same parties (in order, for directional measures), measure, unit and period; dated."""
    facts = folder(
        tmp_path / "f",
        fact("x-kz-uz", 2_200_000_000, measure="exports", parties=("KZ", "UZ")),
        fact("x-uz-kz", 1_000_000_000, measure="exports", parties=("UZ", "KZ")),
        fact("t-kz-uz", 2_200_000_000, parties=("KZ", "UZ")),
        fact("t-uz-kz", 1_000_000_000, parties=("UZ", "KZ")),
        fact("undated-a", 5_000_000, period="{}"),
        fact("undated-b", 9_000_000, period="{}"),
    )
    base = load_fact_base([facts], use_cache=False)
    assert find(base.facts.values()) == {
        "t-kz-uz": (Conflict("t-uz-kz", declared=False, detected=True),),
        "t-uz-kz": (Conflict("t-kz-uz", declared=False, detected=True),),
    }
    assert dict(base.disagreements) == find(base.facts.values())


def test_a_real_process_on_the_bundled_base_shows_the_users_example(tmp_path: Path) -> None:
    """`otg turnover KZ KG 2025 --facts FOLDER` in a process of its own, cold then from the cache."""
    environment = {**os.environ, "OTG_CACHE_DIR": str(tmp_path / "cache"), "COLUMNS": "200"}
    environment.pop("OTG_NO_CACHE", None)
    command = [
        sys.executable,
        "-m",
        "otg_cli",
        "turnover",
        "KZ",
        "KG",
        "2025",
        "--json",
        "--facts",
        str(USER),
    ]
    outputs = [
        subprocess.run(command, capture_output=True, text=True, env=environment, check=True).stdout
        for _ in range(2)
    ]
    assert outputs[0] == outputs[1]
    assert list((tmp_path / "cache").glob("factbase-*.sqlite"))
    mine = next(row for row in json.loads(outputs[0]) if row["id"] == MINE)
    assert mine["conflicts"] == [{"id": RU, "declared": False, "detected": True}]
