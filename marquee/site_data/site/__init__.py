"""Bundled ReelGuide fixture site data (package data)."""
