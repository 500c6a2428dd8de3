from otg_cli.cli import main

main()
