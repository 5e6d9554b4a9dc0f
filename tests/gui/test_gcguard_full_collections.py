"""The GUI-thread collector runs a full collection only once the heap has grown by a quarter, as the
interpreter does: a full collection walks every object (73 ms of GUI time with the embedded bank and a
long history, docs/performance.md section 2)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from a11y_bank.a11y import gcguard

THRESHOLDS = (700, 10, 10)
ALL_OVER = (701, 11, 11)  # every generation's count past its threshold


@pytest.fixture
def fake_gc(monkeypatch: pytest.MonkeyPatch) -> SimpleNamespace:
    """The collector's view of `gc` and of the heap, controlled by the test; real GC untouched."""
    state = SimpleNamespace(counts=ALL_OVER, collected=[], blocks=100_000)
    monkeypatch.setattr(
        gcguard,
        "gc",
        SimpleNamespace(
            get_threshold=lambda: THRESHOLDS,
            get_count=lambda: state.counts,
            collect=state.collected.append,
            disable=lambda: None,
            enable=lambda: None,
        ),
    )
    monkeypatch.setattr(gcguard, "sys", SimpleNamespace(getallocatedblocks=lambda: state.blocks))
    return state


def _collector() -> gcguard.GuiThreadGarbageCollector:
    collector = gcguard.GuiThreadGarbageCollector(interval_ms=3_600_000)  # the test calls check()
    collector._timer.stop()
    return collector


def test_a_stable_heap_gets_no_full_collection(fake_gc: SimpleNamespace) -> None:
    collector = _collector()
    for _ in range(5):
        collector.check()
    assert fake_gc.collected == [1, 1, 1, 1, 1]  # the middle generation, never the whole heap
    assert collector.full_collections == 0


def test_a_heap_grown_by_a_quarter_gets_one_then_waits_again(fake_gc: SimpleNamespace) -> None:
    collector = _collector()
    fake_gc.blocks = 124_000
    collector.check()
    fake_gc.blocks = 126_000
    collector.check()
    collector.check()  # measured again from the full collection's heap
    fake_gc.blocks = 158_000
    collector.check()
    assert fake_gc.collected == [1, 2, 1, 2]
    assert collector.full_collections == 2


def test_young_generations_still_follow_their_thresholds(fake_gc: SimpleNamespace) -> None:
    collector = _collector()
    fake_gc.counts = (700, 11, 11)
    collector.check()
    fake_gc.counts = (701, 10, 11)
    collector.check()
    fake_gc.blocks = 200_000
    fake_gc.counts = (701, 11, 10)
    collector.check()
    assert fake_gc.collected == [0, 1]  # nothing below gen 0's threshold; gen 2 needs its count too


def test_freeze_long_lived_takes_what_lives_now_out_of_collections() -> None:
    import gc

    class Cycle:
        pass

    before = Cycle()
    before.me = before  # type: ignore[attr-defined]
    try:
        gcguard.freeze_long_lived()
        after = Cycle()
        assert gc.get_freeze_count() > 0
        assert not any(obj is before for obj in gc.get_objects())  # no collection walks it again
        assert any(obj is after for obj in gc.get_objects())  # what comes later stays collectable
    finally:
        gc.unfreeze()
