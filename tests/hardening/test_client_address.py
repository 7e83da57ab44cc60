"""Issue 11, items 1 and 2: one setting (TRUSTED_PROXY_COUNT) decides the client's address for the login lockout
and the API throttle; lockouts count the canonical account, whatever look-alike spelling was typed."""

import os
import threading
import time

import pytest
import time_machine
from axes.models import AccessAttempt
from django.db import connection

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

LOGIN_URL = "/comptes/connexion/"
PASSWORD = "un-mot-de-passe-solide-2025"
CLIENT = "203.0.113.7"
PROXY = "10.0.0.2"


@pytest.fixture
def victim(settings):
    settings.AXES_FAILURE_LIMIT = 3
    user = UserFactory(email="victim2@audit.test")
    user.set_password(PASSWORD)
    user.save()
    return user


def _fail(client, username="victim2@audit.test", **extra):
    return client.post(LOGIN_URL, {"username": username, "password": "mauvais-mot-de-passe"}, **extra)


def _login(client, username="victim2@audit.test", **extra):
    return client.post(LOGIN_URL, {"username": username, "password": PASSWORD}, **extra)


def _locked_out(response) -> bool:
    return response.status_code == 429


# --- The lockout ----------------------------------------------------------------------------------------------


def test_no_proxy_the_lockout_counts_the_peer_and_ignores_forwarded_for(client, victim, settings):
    settings.TRUSTED_PROXY_COUNT = 0
    for n in range(3):
        _fail(client, REMOTE_ADDR=CLIENT, HTTP_X_FORWARDED_FOR=f"198.51.100.{n}")

    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == [CLIENT]
    assert _locked_out(_login(client, REMOTE_ADDR=CLIENT, HTTP_X_FORWARDED_FOR="198.51.100.99"))
    # Another peer is not locked out of the account.
    assert _login(client, REMOTE_ADDR="192.0.2.44").status_code == 302


def test_one_proxy_the_lockout_counts_the_client_not_the_proxy(client, victim, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    for _ in range(3):
        _fail(client, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=CLIENT)

    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == [CLIENT]
    assert _locked_out(_login(client, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=CLIENT))
    # Everyone else behind the same proxy still signs in: five wrong passwords do not lock the account for all.
    assert _login(client, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="192.0.2.44").status_code == 302


def test_one_proxy_a_spoofed_forwarded_for_does_not_escape_the_lockout(client, victim, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    # The attacker writes a new address at each try; our proxy appends the real one at the right.
    for n in range(3):
        _fail(client, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=f"198.51.100.{n}, {CLIENT}")

    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == [CLIENT]
    assert _locked_out(_login(client, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=f"198.51.100.200, {CLIENT}"))


# --- The API throttle -----------------------------------------------------------------------------------------


@pytest.fixture
def one_window():
    """The throttle counts per minute of the clock: a test that straddled a minute would start a new count. The
    clock is moved to a minute's first second and keeps running (59 seconds of one window)."""
    with time_machine.travel(time.time() // 60 * 60 + 1, tick=True):
        yield


@pytest.fixture
def limited(settings, one_window):
    settings.API_RATE_LIMIT = "3/m"


def _statuses(client, count, **extra) -> list[int]:
    return [client.get("/api/v1/themes", **extra).status_code for _ in range(count)]


def test_no_proxy_the_throttle_ignores_forwarded_for(client, limited, settings):
    settings.TRUSTED_PROXY_COUNT = 0
    statuses = [
        client.get("/api/v1/themes", REMOTE_ADDR=CLIENT, HTTP_X_FORWARDED_FOR=f"198.51.100.{n}").status_code
        for n in range(4)
    ]

    assert statuses == [200, 200, 200, 429]
    assert _statuses(client, 1, REMOTE_ADDR="192.0.2.44") == [200]


def test_one_proxy_the_throttle_counts_each_client_behind_it(client, limited, settings):
    settings.TRUSTED_PROXY_COUNT = 1

    assert _statuses(client, 4, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=CLIENT) == [200, 200, 200, 429]
    assert _statuses(client, 1, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="192.0.2.44") == [200]


def test_one_proxy_a_spoofed_forwarded_for_does_not_escape_the_throttle(client, limited, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    statuses = [
        client.get("/api/v1/themes", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=f"198.51.100.{n}, {CLIENT}").status_code
        for n in range(4)
    ]

    assert statuses == [200, 200, 200, 429]


def test_two_proxies_read_the_second_hop_from_the_right(client, limited, settings):
    settings.TRUSTED_PROXY_COUNT = 2
    forged = [f"198.51.100.{n}, {CLIENT}, 10.0.0.9" for n in range(4)]

    assert [client.get("/api/v1/themes", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=f).status_code for f in forged] == [
        200,
        200,
        200,
        429,
    ]


def test_a_header_shorter_than_the_proxy_chain_counts_the_peer(client, limited, settings):
    settings.TRUSTED_PROXY_COUNT = 2
    statuses = [
        client.get("/api/v1/themes", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=f"198.51.100.{n}").status_code
        for n in range(4)
    ]

    assert statuses == [200, 200, 200, 429]


@pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="an atomic increment needs the Redis cache")
@pytest.mark.django_db(transaction=True)
def test_parallel_calls_from_one_address_do_not_slip_past_the_limit(settings, one_window):
    from django.test import Client

    settings.API_RATE_LIMIT = "20/m"
    results: list[int] = []
    lock = threading.Lock()

    def call():
        client = Client()
        for _ in range(10):
            status = client.get("/api/v1/themes", REMOTE_ADDR=CLIENT).status_code
            with lock:
                results.append(status)
        connection.close()

    threads = [threading.Thread(target=call) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert results.count(200) == 20
    assert results.count(429) == 60


# --- Look-alike e-mail addresses (item 2) ---------------------------------------------------------------------

LOOK_ALIKES = ["victim2@audıt.test", "VICTIM2@AUDIT.TEST", " victim2@audit.test ", "victim2@AUDİT.test"]


@pytest.mark.parametrize("typed", LOOK_ALIKES)
def test_a_look_alike_address_neither_escapes_nor_resets_the_lockout(client, victim, typed):
    for _ in range(3):
        _fail(client, REMOTE_ADDR=CLIENT)
    assert _locked_out(_login(client, REMOTE_ADDR=CLIENT))

    response = _login(client, username=typed, REMOTE_ADDR=CLIENT)

    assert response.status_code != 302
    assert "_auth_user_id" not in client.session
    assert _locked_out(_login(client, REMOTE_ADDR=CLIENT))
    assert AccessAttempt.objects.filter(username="victim2@audit.test", failures_since_start__gte=3).exists()


@pytest.mark.parametrize("typed", LOOK_ALIKES)
def test_failures_under_look_alike_spellings_count_against_the_one_account(client, victim, typed):
    _fail(client, REMOTE_ADDR=CLIENT)
    _fail(client, username=typed, REMOTE_ADDR=CLIENT)
    _fail(client, username=typed, REMOTE_ADDR=CLIENT)

    if victim.__class__.objects.filter(email__iexact=typed.strip()).exists():
        # Spellings the database folds to the account are counted under its address, never the typed string.
        assert _locked_out(_login(client, REMOTE_ADDR=CLIENT))
        assert set(AccessAttempt.objects.values_list("username", flat=True)) == {"victim2@audit.test"}


def test_an_unknown_address_is_counted_under_what_was_typed(client, victim):
    for _ in range(3):
        _fail(client, username="Personne@Exemple.test", REMOTE_ADDR=CLIENT)

    assert set(AccessAttempt.objects.values_list("username", flat=True)) == {"personne@exemple.test"}
    assert _login(client, REMOTE_ADDR=CLIENT).status_code == 302


def test_a_nul_byte_in_the_login_is_refused_without_an_error(client, victim):
    response = _fail(client, username="victim2@audit.test\x00", REMOTE_ADDR=CLIENT)

    assert response.status_code in (200, 400)
