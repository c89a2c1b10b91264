"""The visual language: theme, icons, spacing and type, tables, text that fits."""
