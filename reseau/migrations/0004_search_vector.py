"""Search (/recherche/, comites/search.py): the accent-insensitive French text search configuration, and the
territories' stored search vector. PostgreSQL only: SQLite searches with a folding function instead.

Each searched table gets a `search_vector` column kept by a trigger (every write, ORM or not, updates it) and a GIN
index; engagements and comites add theirs with `search_trigger` below, copied there (migrations do not import
each other's code)."""

import django.contrib.postgres.search
from django.db import migrations

CONFIGURATION = """
CREATE EXTENSION IF NOT EXISTS unaccent;
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'french_unaccent') THEN
    CREATE TEXT SEARCH CONFIGURATION french_unaccent (COPY = french);
    ALTER TEXT SEARCH CONFIGURATION french_unaccent
      ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
  END IF;
END $$;
"""


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
    schema_editor.execute(CONFIGURATION)
    schema_editor.execute(search_trigger("reseau_territory", {"A": ["code", "name"]}))


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("DROP TRIGGER IF EXISTS reseau_territory_search_vector ON reseau_territory;")
    schema_editor.execute("DROP FUNCTION IF EXISTS reseau_territory_search_vector();")


class Migration(migrations.Migration):
    dependencies = [
        ("reseau", "0003_user_anonymised_at"),
    ]

    operations = [
        migrations.AddField(
            model_name="territory",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(forwards, backwards),
    ]
