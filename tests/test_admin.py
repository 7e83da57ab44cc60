import pytest
from django.contrib import admin
from django.urls import reverse

from reseau.models import User
from tests.factories import UserFactory

MODELS = sorted(admin.site._registry, key=lambda model: model._meta.label)


@pytest.fixture
def staff_client(client, demo):
    client.force_login(UserFactory(staff=True))
    return client


def test_every_model_has_a_working_changelist_with_search_and_a_change_page(staff_client):
    # One walk over every registered model (loading the demo data once keeps this fast).
    failures, opened = [], 0
    for model in MODELS:
        opts = model._meta
        changelist = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
        if (status := staff_client.get(changelist, {"q": "Nord"}).status_code) != 200:
            failures.append((changelist, status))
        obj = model.objects.first()
        if obj is None:  # groups, attachments, snapshots: the demo has none yet
            continue
        change = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
        opened += 1
        if (status := staff_client.get(change).status_code) != 200:
            failures.append((change, status))
    assert failures == []
    assert opened >= 15


def test_the_admin_is_closed_to_partners(client, demo):
    client.force_login(User.objects.get(email="partenaire@demo.test"))
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_audited_models_show_their_history(staff_client):
    from engagements.models import Engagement

    engagement = Engagement.objects.get(code="E02")
    engagement.title = "Développer l'apprentissage dans toutes les filières"
    engagement.save()
    response = staff_client.get(reverse("admin:engagements_engagement_history", args=[engagement.pk]))
    assert response.status_code == 200
    assert "Développer l&#x27;apprentissage dans toutes les filières" in response.content.decode()
    assert engagement.history.count() == 2
