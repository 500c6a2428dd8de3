"""Commands for adding an article: init, source add, quote, draft.

The workflow, each step a command: `otg init DIR` makes a fact folder; `otg source add` archives
the article into it with its checksum; `otg quote` finds a passage and prints it exactly as the
article has it; `otg draft` proposes records for the article's sentences; `otg check --strict DIR`
says what is left to do. The work itself is in `otg_cli.curation`.
"""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from otg_cli.commands.application import APP_SETTINGS, app
from otg_cli.commands.completion import complete_record_id
from otg_cli.commands.options import DataCommand, HelpCommand, OutputCommand, folder_paths
from otg_cli.commands.run import Run

if TYPE_CHECKING:
    from otg_cli.curation.quoting import Found
    from otg_cli.models import FactBase


@app.command(cls=HelpCommand)
def init(
    folder: Annotated[
        Path, typer.Argument(metavar="DIR", help="The folder to create; it must be new or empty.")
    ],
) -> None:
    """Create a fact folder with one commented example of each kind of record, and its archive.

    The examples (a source and its archived article, a fact, a target, an event, an agreement)
    each carry a `placeholder` line: otg check reports them, and no command shows them, until
    they are replaced with your article's records. Refuses a folder that is not empty (exit 2).

    Example: otg init my-facts
    """
    from otg_cli.curation.scaffold import init_folder
    from otg_cli.factfiles import display_path
    from otg_cli.i18n import phrase as say
    from otg_cli.render.messages import notice

    created = init_folder(folder)
    where = display_path(created.folder)
    notice(say("created {folder}: {files}", folder=where, files=", ".join(created.files)))
    notice(say("each example record fails otg check until you replace it with your article's records"))
    notice(
        say(
            "next: {command}",
            command=f"otg source add ARTICLE.txt --outlet NAME --date YYYY-MM-DD --lang ru --facts {where}",
        )
    )


_SOURCE_HELP = (
    "Add an article to a fact folder (otg source add ARTICLE ...).\n\n"
    "Example: otg source add article.txt --outlet BAQ.KZ --date 2026-02-20 --lang ru --facts my-facts"
)
source = typer.Typer(**{**APP_SETTINGS, "name": "source", "add_completion": False, "help": _SOURCE_HELP})  # type: ignore[arg-type]
app.add_typer(source, name="source")


@source.command("add", cls=HelpCommand)
def add(
    article: Annotated[Path, typer.Argument(metavar="ARTICLE", help="The article's text, a UTF-8 file.")],
    outlet: Annotated[
        str, typer.Option("--outlet", metavar="NAME", help="The outlet, as it writes its name (BAQ.KZ).")
    ],
    date: Annotated[
        str,
        typer.Option(
            "--date",
            metavar="DATE",
            help="When the article was published, as precisely as it says: YYYY, YYYY-MM or "
            "YYYY-MM-DD; none when it states no date (it is never guessed).",
        ),
    ],
    language: Annotated[str, typer.Option("--lang", metavar="en|ru|kk", help="The article's language.")],
    facts: Annotated[
        str,
        typer.Option(
            "--facts",
            metavar="DIR",
            help="The fact folder to add it to (made if missing).",
            callback=folder_paths,
        ),
    ],
    url: Annotated[
        str | None, typer.Option("--url", metavar="URL", help="Where it was published online.")
    ] = None,
    title: Annotated[
        str | None, typer.Option("--title", metavar="TEXT", help="Its headline, if it has one.")
    ] = None,
    retrieved: Annotated[
        str | None, typer.Option("--retrieved", metavar="YYYY-MM-DD", help="The day you saved it.")
    ] = None,
    reporter: Annotated[
        str | None,
        typer.Option(
            "--reporter",
            help="Whose statistics it reports, as it names them (a statistics office, a ministry).",
        ),
    ] = None,
    source_id: Annotated[
        str | None,
        typer.Option("--id", metavar="ID", help="The source's id; default: outlet, date and language."),
    ] = None,
) -> None:
    """Archive an article into a fact folder and add a [[source]] for it, with its checksum.

    The text is copied byte for byte to DIR/sources/NNN_<hash>.txt (never over an existing file)
    and a [[source]] with its SHA-256 is appended to DIR/sources.toml, so that otg check reports
    any later edit of the archive. Prints the new source's id.

    Example: otg source add article.txt --outlet BAQ.KZ --date 2026-02-20 --lang ru --facts my-facts
    """
    from otg_cli import settings
    from otg_cli.curation.archive import SourceSpec, add_source, parse_day, parse_source_date
    from otg_cli.factfiles import display_path
    from otg_cli.render.documents import print_line
    from otg_cli.render.messages import notice

    spec = SourceSpec(
        article=article,
        outlet=outlet,
        date=parse_source_date(date),
        language=language.strip().lower(),
        url=url,
        title=title,
        retrieved=parse_day(retrieved, "--retrieved") if retrieved is not None else None,
        reporter=reporter,
        id=source_id,
    )
    folder = Path(facts)
    others = [f for f in settings.fact_folders(None) if f.resolve() != folder.resolve()]
    added = add_source(spec, folder, others)
    print_line(added.id)
    from otg_cli.i18n import phrase as say

    archived = {
        "article": display_path(article),
        "archive": display_path(added.archive),
        "sha": added.sha256[:12],
    }
    if added.created_file:
        notice(
            say(
                "archived {article} as {archive} (sha256 {sha}…); created {file}",
                **archived,
                file=display_path(added.sources_file),
            )
        )
    else:
        notice(
            say(
                "archived {article} as {archive} (sha256 {sha}…); added to {file}",
                **archived,
                file=display_path(added.sources_file),
            )
        )
    if added.same_text:
        notice(say("note: the same text is archived already as source {ids}", ids=", ".join(added.same_text)))
    words = say("words of the article")
    notice(say("next: {command}", command=f"otg quote {added.id} '{words}' --facts {display_path(folder)}"))


@app.command(cls=OutputCommand)
def quote(
    ctx: typer.Context,
    source_id: Annotated[
        str, typer.Argument(metavar="SOURCE", help="A source id.", autocompletion=complete_record_id)
    ],
    text: Annotated[str, typer.Argument(metavar="TEXT", help="The words to find in its archived article.")],
) -> None:
    """Find words in a source's archived article and print them exactly as the article has them.

    Whitespace, quote marks (« » “ ” " '), dashes (– — -), decimal commas and points (1,7 and
    1.7), case and ё/е do not count in the search; what is printed is the article's own text,
    ready to paste as a verbatim quote. Exit 0 found, 1 not found (the closest passage and the
    difference on stderr), 2 unknown source. --json prints one object either way.

    Example: otg quote baq-undated-kz-uz-ru 'объем взаимной торговли до $10 млрд'
    """
    from otg_cli import settings
    from otg_cli.curation.archive import find_source, read_article
    from otg_cli.curation.quoting import find_quote
    from otg_cli.errors import EXIT_NO_MATCH
    from otg_cli.factfiles import display_path
    from otg_cli.render import Listing, OutputFormat

    run = Run.of(ctx).for_people()
    run.only("quote", (OutputFormat.table, OutputFormat.json))
    found_source = find_source(source_id.strip(), settings.fact_folders(run.folders))
    found = find_quote(found_source.id, display_path(found_source.archive), read_article(found_source), text)
    if run.options.format is OutputFormat.json:
        run.emit_one(Listing("quote", [found]))
    elif found.passage is not None:
        run.emit_line(found.passage.text)
    _explain(found, brief=run.options.format is OutputFormat.json)
    if found.passage is None:
        raise typer.Exit(EXIT_NO_MATCH)


def _explain(found: "Found", *, brief: bool) -> None:
    """What a person needs to know besides the passage, on stderr (only whether it was found when
    the JSON document says the rest)."""
    from otg_cli.i18n import phrase as say
    from otg_cli.render.messages import notice, passage

    missing = say(
        "not found in {source} ({archive}): {text}",
        source=found.source,
        archive=found.archive,
        text=found.asked,
    )
    if brief:
        if found.passage is None:
            notice(missing)
        return
    if found.passage is not None:
        if not found.verbatim:
            notice(
                say(
                    "found, written differently in the article (spacing, quote marks, dashes, decimal "
                    "marks, case or ё): the line above is the article's own"
                )
            )
        if found.occurrences > 1:
            notice(say("found {count} times; the first is printed", count=found.occurrences))
        return
    notice(missing)
    if found.closest is None:
        notice(say("no passage of the article comes close"))
        return
    alike = f"{found.similarity:.0%}"
    notice(say("closest passage ({alike} alike), as the article writes it:", alike=alike))
    passage(found.closest.text)
    notice(say("difference (- your text, + the article):"))
    if found.diff:
        passage("\n".join(found.diff))


@app.command(cls=DataCommand)
def draft(
    ctx: typer.Context,
    source_id: Annotated[
        str, typer.Argument(metavar="SOURCE", help="A source id.", autocompletion=complete_record_id)
    ],
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="FILE", help="Write the draft here, not to stdout."),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace FILE if it exists.")] = False,
) -> None:
    """Propose TOML records for the sentences of a source's article that state something to record.

    A sentence that states a figure (an amount, a change in percent, a count), a target, an
    agreement or an event gets a record, its quote the sentence verbatim, its value, unit,
    qualifier, period and parties as otg's claim reader understood them. Nothing in a draft is a
    fact: each record carries a placeholder line and fails otg check until confirmed against its
    quote. Exit 1 when no sentence states anything to record.

    Example: otg draft baq-undated-kz-uz-ru --output kz-uz.toml
    """
    from otg_cli import settings
    from otg_cli.curation.archive import find_source, read_article
    from otg_cli.curation.drafting import draft as propose
    from otg_cli.curation.drafting import render
    from otg_cli.curation.files import write_file
    from otg_cli.errors import EXIT_NO_MATCH
    from otg_cli.factfiles import display_path
    from otg_cli.i18n import current
    from otg_cli.i18n import phrase as say
    from otg_cli.render.messages import notice

    run = Run.of(ctx)
    found_source = find_source(source_id.strip(), settings.fact_folders(run.folders))
    archive = display_path(found_source.archive)
    made = propose(
        found_source.id, archive, read_article(found_source), _party_names(run), found_source.published
    )
    if not made.proposals:
        notice(
            say(
                "no sentence of {archive} states a figure, target, agreement or event otg can read",
                archive=archive,
            )
        )
        raise typer.Exit(EXIT_NO_MATCH)
    text = render(made)
    if output is None:
        run.emit_line(text.rstrip("\n"))
    else:
        write_file(output, text.encode("utf-8"), overwrite=force, option="--force")
        notice(say("wrote {file}", file=display_path(output)))
    kinds = [p.table for p in made.proposals]
    if current() == "en":
        counted = ", ".join(
            f"{kinds.count(k)} {k}{'s' if kinds.count(k) > 1 else ''}" for k in dict.fromkeys(kinds)
        )
    else:  # the tables by their TOML names, which need no plural
        counted = ", ".join(f"[[{k}]]: {kinds.count(k)}" for k in dict.fromkeys(kinds))
    used = len({p.sentence for p in made.proposals})
    notice(
        say(
            "proposed {count} records ({counted}) from {used} of {sentences} sentences of {archive}; "
            "each fails otg check until confirmed against its quote",
            count=len(kinds),
            counted=counted,
            used=used,
            sentences=made.sentences,
            archive=archive,
        )
    )


def _party_names(run: Run) -> "FactBase":
    """The base whose country and group names the reader knows: the bundled base with the user's
    folders, or the bundled base alone while those hold placeholders."""
    from otg_cli import settings
    from otg_cli.errors import OtgError
    from otg_cli.loader import load_fact_base

    try:
        return run.load()
    except OtgError:
        return load_fact_base([settings.bundled_facts_dir()])
