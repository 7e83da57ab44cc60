"""The outbox's claim (notifications/mail.py) through a real SMTP server: a duplicated task sends nothing, a task
redelivered under its own id sends what its first run could not, an e-mail refused again and again is given up."""

import datetime

from django.utils import timezone

from notifications import mail, tasks
from notifications.models import Outgoing


def recorded(**fields) -> Outgoing:
    defaults = {"kind": "notification", "recipient": "lecteur@exemple.fr", "key": "2026-11-16", "subject": "Objet"}
    return Outgoing.objects.create(**(defaults | {"text": "Texte", "html": "<p>Texte</p>"} | fields))


def test_a_duplicated_task_sends_nothing_and_a_redelivered_one_sends_once(db, smtp):
    first = recorded()
    assert mail.deliver(first.pk, "task-1") is True
    assert mail.deliver(first.pk, "task-2") is False  # already sent
    assert mail.deliver(first.pk, "task-1") is False
    assert len(smtp.messages) == 1

    # Claimed by an attempt whose worker died: another task waits, the same task (redelivered) sends.
    second = recorded(key="2026-11-17", claimed_by="task-3", claimed_at=timezone.now(), attempts=1)
    assert mail.deliver(second.pk, "task-4") is False
    assert mail.deliver(second.pk, "task-3") is True
    assert len(smtp.messages) == 2
    assert Outgoing.objects.get(pk=second.pk).attempts == 2


def test_an_email_refused_again_and_again_is_given_up(db, smtp):
    row = recorded(attempts=mail.MAX_ATTEMPTS)
    Outgoing.objects.filter(pk=row.pk).update(created_at=timezone.now() - datetime.timedelta(hours=1))
    assert mail.deliver(row.pk, "task-1") is False
    assert not smtp.messages
    assert tasks.resend_unsent() == 0
    assert Outgoing.objects.get(pk=row.pk).sent_at is None


def test_what_a_broker_outage_kept_back_is_sent_by_the_sweep(db, smtp, tasks_run_in_process):
    row = recorded()
    Outgoing.objects.filter(pk=row.pk).update(created_at=timezone.now() - datetime.timedelta(minutes=11))
    assert tasks.resend_unsent() == 1
    assert len(smtp.messages) == 1 and Outgoing.objects.get(pk=row.pk).sent_at is not None
    assert tasks.resend_unsent() == 0
