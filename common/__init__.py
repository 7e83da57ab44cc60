"""Small helpers below every app (forms, public cache, CSV safety, uploads, dates, enqueueing tasks): they import
Django and third-party libraries only, never ``reseau``, ``engagements``, ``comites`` or ``francetravail``."""
