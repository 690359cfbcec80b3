"""The passphrase dialog: hidden typing, three attempts, a clear word on a wrong one."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from tests.ui.helpers import click_button, when_modal_opens

from casetracker.services.protection import protect
from casetracker.store.encryption import PassphraseRequiredError, WrongPassphraseError
from casetracker.ui.app import AppSession
from casetracker.ui.safety.passphrase_dialog import PassphraseDialog, ask_passphrase_if_needed
from casetracker.ui.settings import Settings

PASSPHRASE = "correct horse battery staple"
WRONG = (
    "This passphrase does not open the file: it is not the right one, or the file is "
    "damaged or is not a casetracker database. {} attempt(s) left."
)


@pytest.fixture
def protected(demo_db_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "office" / "cases.sqlite3"
    path.parent.mkdir()
    shutil.copyfile(demo_db_file, path)
    protect(path, PASSPHRASE)
    return path


@pytest.fixture(autouse=True)
def _no_passphrase_in_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CASETRACKER_PASSPHRASE", raising=False)


def dialog_for(qtbot: QtBot, path: Path) -> PassphraseDialog:
    tried: list[str] = []

    def check(typed: str) -> None:
        tried.append(typed)
        if typed != PASSPHRASE:
            raise WrongPassphraseError(path)

    dialog = PassphraseDialog(path, check)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def submit(qtbot: QtBot, dialog: PassphraseDialog, typed: str) -> None:
    qtbot.keyClicks(dialog.field, typed)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_the_passphrase_is_typed_hidden_and_handed_over_once_right(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = dialog_for(qtbot, tmp_path / "cases.sqlite3")
    assert dialog.field.echoMode() is QLineEdit.EchoMode.Password
    assert "cases.sqlite3 is protected with a passphrase" in dialog.intro.text()
    assert not dialog.message.isVisible()
    submit(qtbot, dialog, PASSPHRASE)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.passphrase() == PASSPHRASE
    assert dialog.field.text() == "", "the field does not keep it"


def test_a_wrong_passphrase_says_so_and_three_end_the_attempts(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = dialog_for(qtbot, tmp_path / "cases.sqlite3")
    submit(qtbot, dialog, "wrong one")
    assert dialog.isVisible()
    assert dialog.message.isVisible()
    assert dialog.message.text() == WRONG.format(2)
    assert dialog.field.text() == ""
    submit(qtbot, dialog, "wrong two")
    assert dialog.message.text() == WRONG.format(1)
    submit(qtbot, dialog, "wrong three")
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.failed and dialog.passphrase() is None


def test_an_empty_passphrase_asks_again_without_using_an_attempt(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = dialog_for(qtbot, tmp_path / "cases.sqlite3")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.attempts_left == 3
    assert dialog.message.text() == "Type the passphrase, or cancel."


def test_an_unprotected_database_is_opened_without_asking(demo_db_file: Path) -> None:
    assert ask_passphrase_if_needed(demo_db_file) is None


def test_the_dialog_checks_the_real_file(qtbot: QtBot, protected: Path) -> None:
    before = protected.read_bytes()

    def answer(modal: QWidget) -> None:
        assert isinstance(modal, PassphraseDialog)
        submit(qtbot, modal, "not it")
        assert modal.message.text() == WRONG.format(2)
        submit(qtbot, modal, PASSPHRASE)

    when_modal_opens(answer)
    assert ask_passphrase_if_needed(protected) == PASSPHRASE
    assert protected.read_bytes() == before


def test_random_bytes_are_not_blamed_on_the_passphrase(qtbot: QtBot, tmp_path: Path) -> None:
    # Random bytes look like a protected database: the dialog must not claim the
    # passphrase is the problem, only that it does not open this file.
    noise = tmp_path / "cases.sqlite3"
    noise.write_bytes(random.Random(7).randbytes(16384))
    before = noise.read_bytes()

    said: list[str] = []

    def answer(modal: QWidget) -> None:
        assert isinstance(modal, PassphraseDialog)
        submit(qtbot, modal, PASSPHRASE)
        said.append(modal.message.text())
        modal.reject()

    when_modal_opens(answer)
    with pytest.raises(PassphraseRequiredError):
        ask_passphrase_if_needed(noise)
    assert "damaged or is not a casetracker database" in said[0]
    assert noise.read_bytes() == before


def test_cancelling_or_three_wrong_passphrases_open_nothing(qtbot: QtBot, protected: Path) -> None:
    when_modal_opens(click_button(qtbot, "Cancel"))
    with pytest.raises(PassphraseRequiredError, match="no passphrase was entered"):
        ask_passphrase_if_needed(protected)

    def three_wrong(modal: QWidget) -> None:
        assert isinstance(modal, PassphraseDialog)
        for attempt in ("one", "two", "three"):
            submit(qtbot, modal, attempt)

    when_modal_opens(three_wrong)
    with pytest.raises(WrongPassphraseError):
        ask_passphrase_if_needed(protected)


def test_without_a_screen_the_environment_variable_is_the_way(
    protected: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(PassphraseRequiredError, match="CASETRACKER_PASSPHRASE"):
        ask_passphrase_if_needed(protected, interactive=False)
    monkeypatch.setenv("CASETRACKER_PASSPHRASE", PASSPHRASE)
    assert ask_passphrase_if_needed(protected, interactive=False) == PASSPHRASE


def test_the_app_opens_a_protected_database_after_asking(
    qtbot: QtBot, protected: Path, settings: Settings
) -> None:
    when_modal_opens(lambda modal: submit(qtbot, modal, PASSPHRASE))  # type: ignore[arg-type]
    session = AppSession(protected, settings)
    try:
        assert session.start()
        assert session.db is not None and session.db.protected
        assert session.window is not None
    finally:
        session.close()
