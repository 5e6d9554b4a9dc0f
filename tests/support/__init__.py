"""Shared test support: the OpenAPI spec oracle (``tests.support.oas``)."""
