"""Render, once, the minutes published before their HTML was stored (and every published version)."""

from django.db import migrations


def render_published(apps, schema_editor):
    from comites.rendering import render_markdown

    Minutes = apps.get_model("comites", "Minutes")
    MinutesVersion = apps.get_model("comites", "MinutesVersion")
    for minutes in Minutes.objects.exclude(state="draft").filter(body_html="").only("pk", "body").iterator():
        Minutes.objects.filter(pk=minutes.pk).update(body_html=render_markdown(minutes.body))
    for version in MinutesVersion.objects.filter(body_html="").only("pk", "body").iterator():
        MinutesVersion.objects.filter(pk=version.pk).update(body_html=render_markdown(version.body))


class Migration(migrations.Migration):
    dependencies = [("comites", "0005_minutes_html_and_pdf_check")]

    # Backwards: the columns go with the previous migration's reversal; nothing to undo here.
    operations = [migrations.RunPython(render_published, migrations.RunPython.noop)]
