from chair.cli import entry

entry()
