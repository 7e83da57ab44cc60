FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
COPY pyproject.toml README.md ./
COPY francetravail francetravail
COPY reseau reseau
COPY engagements engagements
COPY comites comites
RUN pip install --no-cache-dir .
COPY . .
# collectstatic needs settings that boot: a throwaway key, never used at run time.
RUN DEBUG=false SECRET_KEY=collectstatic-only ALLOWED_HOSTS=localhost python manage.py collectstatic --noinput
RUN useradd --create-home portail && mkdir -p /app/media && chown portail /app/media
USER portail
EXPOSE 8000
CMD ["gunicorn", "francetravail.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3"]
