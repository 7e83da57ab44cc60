import datetime

from django.conf import settings
from django.contrib.sessions.models import Session
from django.utils import timezone

from francetravail.celery import app
from reseau.tasks import clear_expired_sessions


def test_every_task_in_the_beat_schedule_is_registered():
    app.loader.import_default_modules()
    for entry in settings.CELERY_BEAT_SCHEDULE.values():
        assert entry["task"] in app.tasks, entry["task"]


def test_the_app_reads_the_django_settings_and_keeps_results_only_for_the_recompute_chord():
    from engagements import tasks

    assert app.conf.task_acks_late is True
    assert app.conf.task_time_limit < app.conf.broker_transport_options["visibility_timeout"]
    assert app.conf.result_backend == (settings.REDIS_URL or None)
    assert app.conf.task_ignore_result is True
    kept = {name for name, task in app.tasks.items() if not name.startswith("celery.") and not task.ignore_result}
    assert kept == {tasks.recompute_engagement_in_full.name, tasks.recompute_summaries.name}


def test_clear_expired_sessions_drops_only_expired_ones(db):
    now = timezone.now()
    Session.objects.create(session_key="old", session_data="x", expire_date=now - datetime.timedelta(days=1))
    Session.objects.create(session_key="new", session_data="x", expire_date=now + datetime.timedelta(days=1))
    clear_expired_sessions()
    clear_expired_sessions()  # idempotent
    assert list(Session.objects.values_list("session_key", flat=True)) == ["new"]
