FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
# The locked packages first (hash-checked, a layer that changes only with the lock), then the project itself
# without resolving anything more.
COPY requirements/lock.txt requirements/lock.txt
RUN pip install --no-cache-dir --require-hashes -r requirements/lock.txt
COPY pyproject.toml README.md ./
COPY common common
COPY francetravail francetravail
COPY reseau reseau
COPY engagements engagements
COPY comites comites
RUN pip install --no-cache-dir --no-deps --no-build-isolation .
COPY . .
# collectstatic needs settings that boot: a throwaway key, never used at run time.
RUN DEBUG=false SECRET_KEY=collectstatic-only ALLOWED_HOSTS=localhost python manage.py collectstatic --noinput
RUN useradd --create-home portail && mkdir -p /app/media && chown portail /app/media
USER portail
EXPOSE 8000
CMD ["gunicorn", "francetravail.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3"]
