import logging

from celery import shared_task

from francetravail import retention

logger = logging.getLogger(__name__)


@shared_task(acks_late=True)
def purge_expired_personal_data() -> dict:
    """Nightly retention purge (idempotent): see francetravail/retention.py for the durations."""
    purged = retention.purge_expired_personal_data()
    logger.info("Retention purge: %s", purged)
    return vars(purged)
