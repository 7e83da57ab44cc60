import pytest

from comites.models import Committee
from tests.factories import MembershipFactory, UserFactory
from tests.helpers.files import make_pdf


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    """Uploads land in a throwaway folder, never in the project's media/."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def pdf_bytes() -> bytes:
    return make_pdf()


@pytest.fixture
def cde59(protocol) -> Committee:
    return Committee.objects.get(code="CDE-59")


@pytest.fixture
def secretary(cde59):
    user = UserFactory(email="secretaire@exemple.test", full_name="Claire Secrétaire")
    cde59.secretaries.add(user)
    return user


@pytest.fixture
def other_secretary(protocol):
    user = UserFactory(email="secretaire-62@exemple.test")
    Committee.objects.get(code="CDE-62").secretaries.add(user)
    return user


@pytest.fixture
def partner(cde59):
    """A contributor of a member organisation of CDE-59: reads everything public, manages nothing."""
    membership = MembershipFactory(user__email="partenaire@exemple.test")
    cde59.members.add(membership.organisation)
    return membership.user


@pytest.fixture
def staff(db):
    return UserFactory(email="admin@exemple.test", staff=True)
