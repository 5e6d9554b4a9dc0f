"""The GUI fixtures of tests/gui (signed-in window against the demo bank, spy speech, announcements)."""

from tests.gui.conftest import (  # noqa: F401 - re-exported as fixtures for this directory
    DEMO_PASSWORD,
    DEMO_USER,
    announcements,
    collect_garbage_after_test,
    ctx,
    gui_thread_gc,
    main_window,
    settings,
    signed_in_window,
    spy_speech,
    theme,
)
