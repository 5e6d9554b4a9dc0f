"""The application's icons, as package data (SVG: the icon engine for it ships with PySide6-Essentials)."""
