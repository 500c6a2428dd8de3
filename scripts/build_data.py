"""Rebuild the JSON twins of otg's language data files (phrases/*.toml, lexicon/*.toml).

otg reads each TOML data file through a twin compiled from it (`otg_cli.datafiles`), used only
while it matches the TOML file byte for byte. Run this after editing a phrase table or a lexicon;
tests/test_datafiles.py fails while a twin is stale.

    python scripts/build_data.py          # rebuild the stale twins
    python scripts/build_data.py --check  # exit 1 if a twin is stale
"""

from __future__ import annotations

import sys

from otg_cli import datafiles


def main(argv: list[str]) -> int:
    if "--check" in argv:
        stale = datafiles.stale()
        for path in stale:
            print(f"stale: {path} (run python scripts/build_data.py)", file=sys.stderr)
        return 1 if stale else 0
    for path in datafiles.rebuild():
        print(f"rebuilt {datafiles.twin_of(path)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
