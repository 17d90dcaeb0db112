"""Allow ``python -m newsquote``."""

from newsquote.cli import main

main()
