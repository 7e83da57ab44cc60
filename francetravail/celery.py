"""Celery application, following Celery's "First steps with Django" recipe."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "francetravail.settings")

app = Celery("francetravail")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
