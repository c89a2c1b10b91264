"""Errors the user can act on, as opposed to bugs."""


class UserError(Exception):
    """A problem the user can fix; its message is one plain sentence shown as is."""


class EngineCrashed(UserError):
    """The engine child process died (segfault, abort, out-of-memory kill)."""


class Cancelled(Exception):
    """An operation was stopped on request."""
