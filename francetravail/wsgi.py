import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "francetravail.settings")

application = get_wsgi_application()

# gunicorn runs no system check: refuse here what a production start must not do (francetravail.E001).
from francetravail.checks import refuse_to_serve  # noqa: E402

refuse_to_serve()
