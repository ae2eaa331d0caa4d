"""``python -m wardesk``: the same as the ``wardesk`` command."""

from wardesk.cli import main

if __name__ == "__main__":
    main()
