"""The ``newsquote`` command: the installed script and ``python -m newsquote``.

Start-up creates tens of thousands of long-lived objects (click, the CLI's modules) and frees
almost none, yet the garbage collector would scan them again and again as they pile up. It is
paused while the CLI is imported, which then stays out of its scans (``gc.freeze``): 3% of a
100-article batch. :func:`newsquote.pipeline.run_all` does the same for what the first input
loads. What is left when the command ends is frozen too: the interpreter's teardown runs full
collections, which would scan it all only to find no garbage (0.5% of a batch).
"""

import gc


def main() -> None:
    """Import the CLI with the collector paused, then run it."""
    gc.disable()
    try:
        from newsquote.cli import main as run_cli
    finally:
        gc.freeze()
        gc.enable()
    try:
        run_cli()
    finally:
        gc.freeze()


if __name__ == "__main__":
    main()
