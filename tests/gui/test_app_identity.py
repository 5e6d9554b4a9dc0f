"""The app tells the desktop who it is: desktop file id and a window icon loaded from package data."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from a11y_bank.app import DESKTOP_FILE_NAME, app_icon, apply_identity


@pytest.fixture
def restored(qapp: QApplication) -> Iterator[QApplication]:
    before = (
        qapp.applicationName(),
        qapp.applicationDisplayName(),
        qapp.desktopFileName(),
        qapp.windowIcon(),
    )
    yield qapp
    name, display, desktop, icon = before
    qapp.setApplicationName(name)
    qapp.setApplicationDisplayName(display)
    qapp.setDesktopFileName(desktop)
    qapp.setWindowIcon(icon)


def test_the_icon_comes_from_package_data_and_draws(qapp: QApplication) -> None:
    icon = app_icon()
    assert not icon.isNull()
    image = icon.pixmap(48, 48).toImage()
    assert not image.isNull()
    opaque = sum(image.pixelColor(x, y).alpha() > 0 for x in range(48) for y in range(48))
    assert opaque > 48 * 48 // 4  # the SVG was rendered, not an empty placeholder


def test_identity_sets_desktop_file_name_and_window_icon(restored: QApplication) -> None:
    restored.setWindowIcon(QIcon())
    apply_identity(restored)
    assert restored.desktopFileName() == DESKTOP_FILE_NAME == "org.a11ybank.A11yBank"
    assert restored.applicationDisplayName() == "a11y bank"
    assert not restored.windowIcon().isNull()
