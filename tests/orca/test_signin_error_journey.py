"""Under the real Orca 43: a wrong password is heard once per try, whether focus stays in the password
field (Return pressed there) or moves back to it (the Sign in button pressed).

Once means one of its two forms: the notification (the spoken form, "We could not sign you in ...")
or the password field's description (the shown form, "The user name or password is not right ...").
"""

from __future__ import annotations

import pytest

from a11y_bank.ui.messages import render, spoken_text, visible_text
from tests.orca.conftest import OrcaRun, OrcaSpeech
from tests.orca.journeys import DEMO_USER

pytestmark = pytest.mark.orca

WRONG_PASSWORD_KEYS = (
    f"type:{DEMO_USER}",
    "Tab",
    "type:not-the-password",
    "Return",  # focus stays in the password field
    "sleep:2",
    "Tab",  # Show password
    "Tab",  # Send my one-time codes by
    "Tab",  # Sign in
    "space",  # focus moves back to the password field
    "sleep:2",
)


@pytest.fixture(scope="module")
def wrong_password_run(orca: OrcaSpeech) -> OrcaRun:
    return orca.run("sign-in-wrong-password", WRONG_PASSWORD_KEYS)


def test_a_wrong_password_is_heard_once_per_try(wrong_password_run: OrcaRun) -> None:
    msg = render("sign_in.failed")
    transcript = wrong_password_run.transcript
    spoken, shown = transcript.count(msg.spoken), transcript.count(msg.text)
    assert spoken + shown == 2, "\n".join(transcript.utterances())
    assert spoken_text(msg) != visible_text(msg)  # the two forms can be told apart
