"""Accept-Language: every request asks the bank for its text in the app's language (api.language)."""

from __future__ import annotations

import httpx
import pytest

from a11y_bank.api.auth import ACCESS_TOKEN_KEY, REFRESH_TOKEN_KEY
from a11y_bank.api.client import ObClient
from a11y_bank.api.language import APP_LANGUAGE, BankLanguage, wire_tag
from a11y_bank.api.transport import Sleep
from tests.api.fakes import DictStore, FakeSleep, Router, accounts_doc, config, ok

ACCOUNTS = "/open-banking/v4.0/aisp/accounts"
PRODUCTS = "/a11y-ext/v1/wealth/products"
CHALLENGES = "/a11y-ext/v1/sca/challenges"


def _client(router: Router, language: BankLanguage, sleep: Sleep | None = None) -> ObClient:
    store = DictStore(**{ACCESS_TOKEN_KEY: "access-1", REFRESH_TOKEN_KEY: "refresh-1"})
    return ObClient(config(router, language=language), store, sleep=sleep or FakeSleep())


@pytest.mark.parametrize(("app_code", "tag"), [("en", "en"), ("zh_CN", "zh-CN"), ("fr", "en"), ("", "en")])
def test_the_app_language_becomes_a_tag_the_bank_understands(app_code: str, tag: str) -> None:
    assert wire_tag(app_code) == tag
    assert BankLanguage(app_code).tag == tag


def test_every_request_ob_and_extension_get_and_post_says_the_current_language() -> None:
    router = Router()
    router.add("GET", ACCOUNTS, ok(accounts_doc()))
    router.add("GET", PRODUCTS, ok({"Data": {"Product": []}}))
    router.add("POST", CHALLENGES, ok({"Data": {}}, 201))
    language = BankLanguage("zh_CN")
    client = _client(router, language)
    client.accounts()
    client.start_challenge("c-1", "SMS")
    language.set("en")
    client.accounts()
    sent = [(request.method, request.headers["Accept-Language"]) for request in router.requests]
    assert sent == [("GET", "zh-CN"), ("POST", "zh-CN"), ("GET", "en")]


def test_a_retry_after_a_switch_asks_in_the_new_language() -> None:
    language = BankLanguage("en")

    def switch_while_waiting(_seconds: float) -> None:
        language.set("zh_CN")

    router = Router()
    router.add("GET", ACCOUNTS, [httpx.Response(503), ok(accounts_doc())])
    client = _client(router, language, sleep=switch_while_waiting)
    client.accounts()
    assert [request.headers["Accept-Language"] for request in router.requests] == ["en", "zh-CN"]


def test_clients_follow_the_apps_language_unless_told_otherwise() -> None:
    assert config(Router()).language is APP_LANGUAGE
    assert repr(BankLanguage("zh_CN")) == "BankLanguage('zh-CN')"
