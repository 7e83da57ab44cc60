"""Search: the stored search vectors of engagements and indicators, kept by PostgreSQL triggers (see
reseau/migrations/0004_search_vector.py, which creates the text search configuration)."""

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


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(search_trigger("engagements_engagement", {"A": ["code", "title"], "B": ["summary"]}))
    indicator = {"A": ["code", "name"], "B": ["definition", "source"]}
    schema_editor.execute(search_trigger("engagements_indicator", indicator))


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in ("engagements_engagement", "engagements_indicator"):
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_search_vector ON {table};")
        schema_editor.execute(f"DROP FUNCTION IF EXISTS {table}_search_vector();")


class Migration(migrations.Migration):
    dependencies = [
        ("engagements", "0011_import_limits"),
        ("reseau", "0004_search_vector"),
    ]

    operations = [
        migrations.AddField(
            model_name="engagement",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="indicator",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(forwards, backwards),
    ]
