"""Performance benchmarks for issue 9: each figure is a ratio against a reference run side by side.

Run them all with ``python benchmarks/run.py`` (see docs/performance.md); each module here also runs
alone (``python -m benchmarks.perf.startup``) and prints one JSON object as its last line.
"""
