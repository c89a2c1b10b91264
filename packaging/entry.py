"""Entry point of the frozen bundle (the same as the `assistant` command)."""

from assistant.launch import main

raise SystemExit(main())
