"""Snapshots dated after today were frozen for meetings that had not taken place yet (DESIGN §4 « Dates »): they
read as current figures everywhere. The engine now refuses to write them; this removes those already written."""

from django.db import migrations
from django.utils import timezone


def remove_future_snapshots(apps, schema_editor):
    ProgressSnapshot = apps.get_model("engagements", "ProgressSnapshot")
    ProgressSnapshot.objects.filter(as_of__gt=timezone.localdate()).delete()


class Migration(migrations.Migration):
    dependencies = [("engagements", "0006_figures_v2")]

    operations = [migrations.RunPython(remove_future_snapshots, migrations.RunPython.noop)]
