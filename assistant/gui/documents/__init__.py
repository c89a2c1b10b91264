"""Documents in the window: summarizing a file, collections and their Documents window."""
