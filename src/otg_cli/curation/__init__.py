"""Curation: the guided workflow for adding an article to a fact folder, as library code.

- `scaffold`: `otg init`, a ready fact folder whose example records fail `otg check` until replaced;
- `archive`: `otg source add`, the article archived with its checksum and a `[[source]]` for it;
  and finding the archived article of a source in the fact folders (`otg quote`, `otg draft`);
- `quoting`: `otg quote`, a passage found tolerantly and given back exactly as the article has it;
- `sentences`: an article cut into sentences (Russian, Kazakh and English punctuation);
- `drafting`: `otg draft`, a record proposed for each sentence that states a figure, a target, an
  agreement or an event, read by the claim reader (`claims.py`), written as TOML;
- `files`: writing files atomically, never over what exists unless asked, and TOML values.

Nothing here prints: results go back to the command layer (`commands/curation.py`), and bad
input is an `OtgError` saying what was wrong, where, what is accepted, and what was meant.
"""
