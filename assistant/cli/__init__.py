"""The command line: `cli/main.py` builds the parser and dispatches; one module per command
group (`documents`, `history`, `models`, `serve`, `tasks`, `info`). `launch.py` decides
window or command line."""
