"""Tool calling without Qt: tool definitions and how the person's choice applies
(spec.py), the calls models write in their families' formats (formats.py), the grammar
that makes a small model's calls always parse and validate (grammar.py), the built-in
tools (builtin.py) and the call, result, continue loop (loop.py)."""
