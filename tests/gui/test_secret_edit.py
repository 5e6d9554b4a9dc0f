"""SecretEdit: a secret typed, pasted or edited is exact in `text()` and never in the line edit itself.

The line edit's own text is what Qt's accessibility events and Orca see (docs/orca.md, finding 4), so
every test checks both: the secret for the app, only masks for everything else.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QGuiApplication, QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from a11y_bank.a11y.selfvoice import is_secret
from a11y_bank.ui.widgets.fields import MASK_CHARACTER, LabelledField, SecretEdit, add_show_toggle


def make_edit(qtbot: QtBot) -> SecretEdit:
    edit = SecretEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    return edit


def underlying(edit: SecretEdit) -> str:
    """What Qt itself holds (and tells assistive technology)."""
    return QLineEdit.text(edit)


def accessible_text(edit: SecretEdit) -> str:
    iface = QAccessible.queryAccessibleInterface(edit)
    text_iface = iface.textInterface()
    assert text_iface is not None
    return text_iface.text(0, text_iface.characterCount())


def test_typed_secret_is_kept_and_only_masks_reach_qt(qtbot: QtBot) -> None:
    edit = make_edit(qtbot)
    QTest.keyClicks(edit, "Demo-1234")
    assert edit.text() == "Demo-1234"
    assert underlying(edit) == MASK_CHARACTER * 9
    assert "1" not in accessible_text(edit)
    assert "D" not in accessible_text(edit)
    assert QAccessible.queryAccessibleInterface(edit).state().passwordEdit
    assert is_secret(edit)


def test_backspace_delete_and_selection_edit_the_secret(qtbot: QtBot) -> None:
    edit = make_edit(qtbot)
    QTest.keyClicks(edit, "123456")
    QTest.keyClick(edit, Qt.Key.Key_Backspace)
    assert edit.text() == "12345"
    QTest.keyClick(edit, Qt.Key.Key_Home)
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    assert edit.text() == "2345"
    QTest.keyClick(edit, Qt.Key.Key_Right)
    QTest.keyClicks(edit, "9")
    assert edit.text() == "29345"
    QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert edit.selectedText() == "29345"
    QTest.keyClicks(edit, "7")
    assert edit.text() == "7"
    assert underlying(edit) == MASK_CHARACTER


def test_shift_selection_then_backspace_removes_that_run(qtbot: QtBot) -> None:
    edit = make_edit(qtbot)
    QTest.keyClicks(edit, "abcdef")
    QTest.keyClick(edit, Qt.Key.Key_Left)
    QTest.keyClick(edit, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(edit, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(edit, Qt.Key.Key_Backspace)
    assert edit.text() == "abcf"


def test_paste_goes_into_the_secret_and_max_length_holds(qtbot: QtBot) -> None:
    edit = make_edit(qtbot)
    edit.setMaxLength(6)
    QGuiApplication.clipboard().setText("123 456 789")
    QTest.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert edit.text() == "123 45"
    assert underlying(edit) == MASK_CHARACTER * 6
    QGuiApplication.clipboard().clear()


def test_copy_of_a_hidden_secret_copies_nothing(qtbot: QtBot) -> None:
    edit = make_edit(qtbot)
    QTest.keyClicks(edit, "4321")
    QGuiApplication.clipboard().setText("before")
    QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(edit, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "before"
    QGuiApplication.clipboard().clear()


def test_shown_secret_is_real_text_and_edits_sync_back(qtbot: QtBot) -> None:
    edit = make_edit(qtbot)
    QTest.keyClicks(edit, "2468")
    edit.setEchoMode(QLineEdit.EchoMode.Normal)
    assert underlying(edit) == "2468"
    QTest.keyClick(edit, Qt.Key.Key_Backspace)
    QTest.keyClicks(edit, "0")
    assert edit.text() == "2460"
    edit.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)  # never echo-on-edit: hidden as Password
    assert edit.echoMode() == QLineEdit.EchoMode.Password
    assert underlying(edit) == MASK_CHARACTER * 4
    assert edit.text() == "2460"


def test_set_text_clear_and_read_only(qtbot: QtBot) -> None:
    edit = make_edit(qtbot)
    edit.setText("135790")
    assert underlying(edit) == MASK_CHARACTER * 6
    edit.setReadOnly(True)
    QTest.keyClicks(edit, "1")
    assert edit.text() == "135790"
    edit.setReadOnly(False)
    edit.clear()
    assert edit.text() == ""
    assert underlying(edit) == ""


def test_input_method_commit_is_kept_secret(qtbot: QtBot) -> None:
    edit = make_edit(qtbot)
    event = QInputMethodEvent()
    event.setCommitString("88")
    QApplication.sendEvent(edit, event)
    assert edit.text() == "88"
    assert underlying(edit) == MASK_CHARACTER * 2


def test_enter_still_submits(qtbot: QtBot) -> None:
    edit = make_edit(qtbot)
    QTest.keyClicks(edit, "12")
    with qtbot.waitSignal(edit.returnPressed, timeout=1000):
        QTest.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == "12"


def test_show_toggle_is_off_by_default_and_shows_the_code_when_checked(qtbot: QtBot) -> None:
    edit = SecretEdit()
    field = LabelledField(edit, "One-time code")
    toggle = add_show_toggle(field)
    qtbot.addWidget(field)
    field.show()
    edit.setFocus()
    QTest.keyClicks(edit, "123456")
    assert not toggle.isChecked()
    assert underlying(edit) == MASK_CHARACTER * 6
    assert toggle.accessibleName() == "Show the code"
    assert edit.nextInFocusChain() is toggle  # Tab from the code reaches it
    toggle.setFocus()
    QTest.keyClick(toggle, Qt.Key.Key_Space)
    assert underlying(edit) == "123456"
    QTest.keyClick(toggle, Qt.Key.Key_Space)
    assert underlying(edit) == MASK_CHARACTER * 6
    assert edit.text() == "123456"
