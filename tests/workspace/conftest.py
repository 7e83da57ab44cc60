import pytest

from reseau.models import User


@pytest.fixture
def login(client):
    """Log the client in as one of the demo accounts (through the login form, as a person would)."""

    def _login(email: str):
        client.force_login(User.objects.get(email=email))
        return client

    return _login
