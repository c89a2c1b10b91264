"""Models in the window: the Models menu, the model manager, downloads, model settings."""
