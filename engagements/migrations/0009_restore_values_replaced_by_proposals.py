"""Repair the cells where a proposal (or a refused proposal) overwrote an accepted value (figures issue, item 3).

Before 0008 a contributor's proposal was written into the cell's only row, so the accepted value disappeared from
the published data and survived only in the history. For each such row whose history holds an accepted state, the
row gets its last accepted state back and the proposal (or refusal) is kept beside it as a row of its own. Both
writes are recorded in the history, with the reason. Rows with no accepted past (a proposal on an empty cell) are
already right. Reversing is a no-op: the repaired data are valid under both schemas' rules for published values.
"""

from django.db import migrations
from django.utils import timezone

REASON = "Réparation : valeur validée rétablie"
RESTORED = ("value", "base", "organisation_id", "author_id", "reviewer_id", "reviewed_at", "review_note", "note")
COPIED = (
    "indicator_id",
    "territory_id",
    "period",
    "value",
    "base",
    "status",
    "organisation_id",
    "author_id",
    "reviewer_id",
    "reviewed_at",
    "review_note",
    "note",
)


def _record(historical, row, history_type: str, now) -> None:
    data = {field.attname: getattr(row, field.attname) for field in row._meta.concrete_fields}
    historical.objects.create(
        **data, history_date=now, history_type=history_type, history_change_reason=REASON, history_user=None
    )


def restore_accepted_values(apps, schema_editor) -> int:
    value_model = apps.get_model("engagements", "IndicatorValue")
    historical = apps.get_model("engagements", "HistoricalIndicatorValue")
    now = timezone.now()
    repaired = 0
    for row in value_model.objects.filter(status__in=["proposed", "rejected"]).order_by("pk"):
        cell = value_model.objects.filter(indicator_id=row.indicator_id, territory_id=row.territory_id, period=row.period)
        if cell.filter(status="accepted").exists():
            continue
        accepted = historical.objects.filter(id=row.pk, status="accepted").order_by("-history_date", "-history_id")
        accepted = accepted.first()
        if accepted is None:
            continue
        proposal = value_model(**{name: getattr(row, name) for name in COPIED}, version=1)
        for name in RESTORED:
            setattr(row, name, getattr(accepted, name))
        row.status = "accepted"
        row.version += 1
        row.updated_at = now
        # Restore first: the proposal copy would otherwise be the organisation's second open proposal on the cell.
        # update() and bulk_create() send no signal: the history rows below are the only ones, whichever model
        # class (historical or current) this runs with.
        value_model.objects.filter(pk=row.pk).update(
            **{name: getattr(row, name) for name in (*RESTORED, "status", "version", "updated_at")}
        )
        _record(historical, row, "~", now)
        value_model.objects.bulk_create([proposal])
        _record(historical, proposal, "+", now)
        repaired += 1
    return repaired


class Migration(migrations.Migration):
    dependencies = [
        ("engagements", "0008_value_proposals_revisions"),
    ]

    operations = [
        migrations.RunPython(restore_accepted_values, migrations.RunPython.noop),
    ]
