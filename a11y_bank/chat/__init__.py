"""Support chat over the Matrix client-server API (no Qt). Not built yet: see issue 5."""
