"""The person's own in the window: the Memory page, private chats, remembering a fact."""
