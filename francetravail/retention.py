"""How long the portal keeps personal data (CNIL), and the nightly purge that enforces it.

The durations live here only: the purge applies them and /donnees-personnelles/ states them.
"""

from __future__ import annotations

import calendar
import datetime
from dataclasses import dataclass

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from engagements.models import ValueImport
from notifications.actions import UNCONFIRMED_LIFETIME
from notifications.models import Outgoing
from reseau.actions import anonymise_user
from reseau.models import Invitation, User

# Connection logs: the CNIL recommends six months to a year; we keep the shorter.
LOGIN_RECORDS_MONTHS = 6
# Uploaded CSV files hold figures and sometimes names in free-text notes: kept long enough to answer a question
# about an import, then only the record and its result (counts, errors) stay.
IMPORT_CONTENT_MONTHS = 3
# An invitation that was never accepted names a person who has no account: dropped once it has been closed or
# expired for that long.
UNANSWERED_INVITATION_MONTHS = 6
# A partner account unused for three years is anonymised: what it entered stays, without its identity.
INACTIVE_ACCOUNT_MONTHS = 36
# The outbox (each e-mail of the reminders and subscriptions, with its address) proves what was sent while a question
# about it may come; then it goes, sent or not.
OUTGOING_EMAIL_DAYS = 30
# A subscription never confirmed is deleted after this many days (notifications.tasks.purge_unconfirmed).
UNCONFIRMED_SUBSCRIPTION_DAYS = UNCONFIRMED_LIFETIME.days


@dataclass(frozen=True)
class Purged:
    login_records: int
    import_contents: int
    invitations: int
    accounts: int
    emails: int = 0


def months_before(moment: datetime.datetime, months: int) -> datetime.datetime:
    """The same day and time ``months`` earlier (the month's last day when it is shorter)."""
    index = moment.year * 12 + moment.month - 1 - months
    year, month = index // 12, index % 12 + 1
    return moment.replace(year=year, month=month, day=min(moment.day, calendar.monthrange(year, month)[1]))


def purge_expired_personal_data(*, now: datetime.datetime | None = None) -> Purged:
    """Delete or blank what has outlived its retention period. Idempotent: a second run finds nothing."""
    now = now or timezone.now()
    login_cutoff = months_before(now, LOGIN_RECORDS_MONTHS)
    with transaction.atomic():
        login_records = sum(
            model.objects.filter(attempt_time__lt=login_cutoff).delete()[1].get(model._meta.label, 0)
            for model in (AccessAttempt, AccessFailureLog, AccessLog)
        )
        # Only finished imports: a pending one still needs its file. The conditional UPDATE makes reruns no-ops.
        import_contents = ValueImport.objects.filter(
            created_at__lt=months_before(now, IMPORT_CONTENT_MONTHS),
            state__in=[ValueImport.State.DONE, ValueImport.State.FAILED],
            content_purged_at__isnull=True,
        ).update(content="", content_purged_at=now)
        stale = Invitation.objects.exclude(status=Invitation.Status.ACCEPTED).filter(
            expires_at__lt=months_before(now, UNANSWERED_INVITATION_MONTHS)
        )
        stale_ids = list(stale.values_list("pk", flat=True))
        invitations = Invitation.objects.filter(pk__in=stale_ids).delete()[1].get(Invitation._meta.label, 0)
        # Their audit rows carry the address too, the deletion's own row included: they go last.
        Invitation.history.model.objects.filter(id__in=stale_ids).delete()
        emails = Outgoing.objects.filter(created_at__lt=now - datetime.timedelta(days=OUTGOING_EMAIL_DAYS)).delete()[0]
    account_cutoff = months_before(now, INACTIVE_ACCOUNT_MONTHS)
    dormant = User.objects.filter(is_staff=False, anonymised_at__isnull=True).filter(
        Q(last_login__lt=account_cutoff) | Q(last_login__isnull=True, date_joined__lt=account_cutoff)
    )
    accounts = 0
    for user in dormant:
        anonymise_user(user=user, by=None)
        accounts += 1
    return Purged(
        login_records=login_records,
        import_contents=import_contents,
        invitations=invitations,
        accounts=accounts,
        emails=emails,
    )
