"""The desktop window. The only package that imports PySide6."""
