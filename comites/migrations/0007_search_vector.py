"""Search: the stored search vectors of committees, meetings, minutes and decisions, kept by PostgreSQL triggers
(see reseau/migrations/0004_search_vector.py, which creates the text search configuration)."""

import django.contrib.postgres.search
from django.db import migrations

def search_trigger(table: str, weighted: dict[str, list[str]]) -> str:
    """The trigger that keeps `table.search_vector` from its columns ({"A": [...], "B": [...]}), and its index."""

    def text(columns: list[str]) -> str:
        return " || ' ' || ".join(f"coalesce(NEW.{column}, '')" for column in columns)

    parts = " || ".join(
        f"setweight(to_tsvector('french_unaccent', {text(columns)}), '{weight}')"
        for weight, columns in weighted.items()
    )
    return f"""
CREATE OR REPLACE FUNCTION {table}_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := {parts};
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS {table}_search_vector ON {table};
CREATE TRIGGER {table}_search_vector BEFORE INSERT OR UPDATE ON {table}
  FOR EACH ROW EXECUTE FUNCTION {table}_search_vector();
UPDATE {table} SET search_vector = NULL;
CREATE INDEX IF NOT EXISTS {table}_search_gin ON {table} USING gin (search_vector);
"""


TABLES = {
    "comites_committee": {"A": ["code", "name"]},
    "comites_meeting": {"A": ["place"], "B": ["agenda"]},
    "comites_minutes": {"A": ["body"], "C": ["attendees"]},
    "comites_decision": {"A": ["text"], "B": ["closing_note"]},
}


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table, weighted in TABLES.items():
        schema_editor.execute(search_trigger(table, weighted))


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in TABLES:
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_search_vector ON {table};")
        schema_editor.execute(f"DROP FUNCTION IF EXISTS {table}_search_vector();")


class Migration(migrations.Migration):
    dependencies = [
        ("comites", "0006_render_published_minutes"),
        ("reseau", "0004_search_vector"),
    ]

    operations = [
        migrations.AddField(
            model_name="committee",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="decision",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="meeting",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="minutes",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(forwards, backwards),
    ]
