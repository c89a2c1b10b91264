"""Model catalog, local library, downloads and hardware fit. No Qt here."""
