"""Settings of the portal, read from the environment (see the README for every variable).

Nothing set: SQLite, Celery eager, local-memory cache, DEBUG on — what `make run` needs on a fresh machine.
`DATABASE_URL` switches to PostgreSQL, `REDIS_URL` to Redis for the broker and the cache, and `DEBUG=false`
switches the production hardening on (and then `SECRET_KEY` and `ALLOWED_HOSTS` are required).
"""

import datetime
from pathlib import Path

import dj_database_url
from celery.schedules import crontab
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

from francetravail.lib.env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DEBUG", True)

SECRET_KEY = env_str("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if DEBUG:
    SECRET_KEY = SECRET_KEY or "django-insecure-dev-only-never-use-in-production"
    ALLOWED_HOSTS = ALLOWED_HOSTS or ["127.0.0.1", "localhost", "[::1]", "testserver"]
else:
    if not SECRET_KEY:
        raise ImproperlyConfigured("DEBUG=false requires SECRET_KEY (or SECRET_KEY_FILE).")
    if not ALLOWED_HOSTS:
        raise ImproperlyConfigured("DEBUG=false requires ALLOWED_HOSTS (comma-separated host names).")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# How many reverse proxies of ours stand in front of the application (0: clients connect directly). It decides which
# X-Forwarded-For hop is the client's address, for the login lockouts and the API throttle alike.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", env_int("AXES_PROXY_COUNT", 0))

SITE_NAME = "Réseau pour l'emploi — Hauts-de-France"
# The territory whose figures the public pages show by default (the region's INSEE code).
HOME_TERRITORY_CODE = env_str("HOME_TERRITORY_CODE") or "32"
# Whether children's figures are rolled up to the national level. Off for a regional portal, whose FR node has one
# region under it: its roll-up would publish the region's figures as the nation's (DESIGN §4 « No borrowed
# progress »). Values reported at the national level itself are published either way.
ROLL_UP_TO_NATIONAL = env_bool("ROLL_UP_TO_NATIONAL", False)

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_htmx",
    "template_partials",
    "simple_history",
    "dsfr",
    "widget_tweaks",
    "axes",
    # The open-data API; also serves Swagger UI from its own static files (no CDN).
    "ninja",
    "reseau",
    "engagements",
    "comites",
    "notifications",
    # The project package itself: the commands that compose the apps (load_protocol, load_demo).
    "francetravail",
]

MIDDLEWARE = [
    # HEAD is handled as GET everywhere below, its body dropped on the way out.
    "francetravail.middleware.HeadAsGetMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Before anything reads the URL: a NUL or control character in the path or query string is a 400 (issue 11).
    "francetravail.middleware.RefuseControlCharactersMiddleware",
    "francetravail.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Pages compressed below WhiteNoise (static files are compressed once, at collectstatic). Django's gzip adds
    # random padding against BREACH, and CSRF tokens are masked per response.
    "django.middleware.gzip.GZipMiddleware",
    # Whole public pages for anonymous visitors, served as stored before anything that depends on the visitor runs.
    "common.public_cache.PublicPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: it turns a locked-out login attempt into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "francetravail.urls"
WSGI_APPLICATION = "francetravail.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "francetravail.context_processors.portal",
            ],
        },
    },
]

# --- Database ---------------------------------------------------------------------------------------------
DATABASE_URL = env_str("DATABASE_URL")
if DATABASE_URL:
    DATABASES = {
        "default": dj_database_url.parse(
            DATABASE_URL,
            conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 600),
            conn_health_checks=True,
        )
    }
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": env_str("SQLITE_PATH") or BASE_DIR / "db.sqlite3",
            "OPTIONS": {"transaction_mode": "IMMEDIATE", "init_command": "PRAGMA journal_mode=WAL;"},
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache and Celery -------------------------------------------------------------------------------------
REDIS_URL = env_str("REDIS_URL")
# The cache may live in another Redis database than the broker's (docker-compose: /1 for the cache, /0 for Celery),
# so that evicting cache entries under the memory limit never touches a queued task.
CACHE_REDIS_URL = env_str("CACHE_REDIS_URL") or REDIS_URL
if CACHE_REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": CACHE_REDIS_URL,
            "KEY_PREFIX": "ft",
            "TIMEOUT": 3600,
            # A Redis outage degrades to a cache miss instead of a 500.
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 1,
                "SOCKET_TIMEOUT": 1,
            },
        }
    }
    DJANGO_REDIS_IGNORE_EXCEPTIONS = True
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    # A cache on disk, not in the process's memory: `manage.py` commands, the development server and a worker
    # then agree on the public data version (a write from a shell is seen at once by the pages).
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": env_str("CACHE_DIR") or BASE_DIR / "var" / "cache",
            "TIMEOUT": 3600,
        }
    }

CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
CELERY_TASK_EAGER_PROPAGATES = True
# Results are kept only for the tasks a chord counts (the full recompute's fan-out: engagements.tasks), in Redis
# next to the broker, for an hour; every other task ignores its result (a task that reports progress writes it
# to the database or the cache).
CELERY_RESULT_BACKEND = REDIS_URL or None
CELERY_RESULT_EXPIRES = 3600
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# A task killed by its hard limit must end before Redis hands its message to another worker.
CELERY_VISIBILITY_TIMEOUT = env_int("CELERY_VISIBILITY_TIMEOUT", 3600)
CELERY_TASK_TIME_LIMIT = env_int("CELERY_TASK_TIME_LIMIT", 600)
if CELERY_TASK_TIME_LIMIT >= CELERY_VISIBILITY_TIMEOUT:
    raise ImproperlyConfigured("CELERY_TASK_TIME_LIMIT must be below CELERY_VISIBILITY_TIMEOUT.")
if CELERY_TASK_TIME_LIMIT < 2:
    raise ImproperlyConfigured("CELERY_TASK_TIME_LIMIT must be at least 2 seconds.")
# Tasks that can run long (the CSV import) stop themselves at the soft limit, cleanly; the hard limit (which
# only the prefork pool enforces, by killing the process) is the backstop.
CELERY_TASK_SOFT_TIME_LIMIT = CELERY_TASK_TIME_LIMIT - max(1, CELERY_TASK_TIME_LIMIT // 10)
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": CELERY_VISIBILITY_TIMEOUT,
    # How often a worker looks for messages whose worker died (acks_late): they come back once the visibility
    # timeout has passed.
    "unacked_restore_interval": max(1, min(10, CELERY_VISIBILITY_TIMEOUT // 6)),
    # A worker killed while it restores (it holds a mutex in Redis for that) must not stop every other worker from
    # restoring for kombu's default 300 s: the lost tasks would come back that much later than the visibility
    # timeout says (seen in the recompute crash drill after another drill's kill).
    "unacked_mutex_expire": max(1, min(300, CELERY_VISIBILITY_TIMEOUT // 6)),
    "unacked_restore_throttle": 1,
    "socket_connect_timeout": 2,
    "socket_timeout": 5,
}
# Publishing gives up fast when Redis is down: the write is already committed and the sweep catches up.
CELERY_TASK_PUBLISH_RETRY_POLICY = {"max_retries": 1, "interval_start": 0, "interval_step": 0.2, "interval_max": 0.2}
CELERY_BROKER_CONNECTION_TIMEOUT = 2
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TIMEZONE = "Europe/Paris"
CELERY_BEAT_SCHEDULE = {
    "recompute-all-nightly": {"task": "engagements.tasks.recompute_all", "schedule": crontab(hour=2, minute=0)},
    "sweep-dirty-engagements": {"task": "engagements.tasks.sweep_dirty", "schedule": crontab(minute="*/5")},
    "requeue-stale-imports": {"task": "engagements.tasks.requeue_stale_imports", "schedule": crontab(minute="*")},
    "clear-expired-sessions": {
        "task": "reseau.tasks.clear_expired_sessions",
        "schedule": crontab(hour=3, minute=30),
    },
    "purge-expired-personal-data": {
        "task": "francetravail.tasks.purge_expired_personal_data",
        "schedule": crontab(hour=3, minute=45),
    },
    # Issue #15: the partners' reminders and the secretaries' digests in the morning, the subscribers' e-mail of
    # the day before, and what a broker outage kept from being sent.
    "send-partner-reminders": {"task": "notifications.tasks.send_reminders", "schedule": crontab(hour=7, minute=0)},
    "send-secretary-digests": {"task": "notifications.tasks.send_digests", "schedule": crontab(hour=7, minute=15)},
    "notify-subscribers": {"task": "notifications.tasks.notify_subscribers", "schedule": crontab(hour=6, minute=30)},
    "purge-unconfirmed-subscriptions": {
        "task": "notifications.tasks.purge_unconfirmed",
        "schedule": crontab(hour=4, minute=0),
    },
    "resend-unsent-emails": {"task": "notifications.tasks.resend_unsent", "schedule": crontab(minute="*/10")},
}
# Partners are reminded this many days before a meeting of a committee that reads their figures, and on this
# weekday (0: Monday) otherwise.
REMINDER_DAYS_BEFORE_MEETING = env_int("REMINDER_DAYS_BEFORE_MEETING", 10)
REMINDER_WEEKDAY = env_int("REMINDER_WEEKDAY", 0)
# Subscriptions without an account: requests per hour per client address and per e-mail address, and
# confirmation e-mails per address per day.
SUBSCRIBE_LIMIT_PER_CLIENT = env_int("SUBSCRIBE_LIMIT_PER_CLIENT", 20)
SUBSCRIBE_LIMIT_PER_EMAIL = env_int("SUBSCRIBE_LIMIT_PER_EMAIL", 5)
SUBSCRIBE_CONFIRMATIONS_PER_DAY = env_int("SUBSCRIBE_CONFIRMATIONS_PER_DAY", 3)

# --- Authentication ---------------------------------------------------------------------------------------
AUTH_USER_MODEL = "reseau.User"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "espace"
LOGOUT_REDIRECT_URL = "home"
AUTHENTICATION_BACKENDS = [
    # django-axes first: it refuses a locked-out user before the password is even checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24  # a reset link is valid one day
# Lockout after repeated failures, per account and address, so that an attacker cannot lock a partner out from
# anywhere; the cool-off lifts it by itself (support can also lift it in the admin).
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# The login form posts the e-mail address as "username" (Django's AuthenticationForm); axes would default to
# the user model's USERNAME_FIELD ("email") and then count every failure under an empty name.
AXES_USERNAME_FORM_FIELD = "username"
AXES_VERBOSE = False  # lockouts are still logged; not every successful login
AXES_LOCKOUT_TEMPLATE = "reseau/lockout.html"
AXES_USERNAME_CALLABLE = "reseau.auth.axes_username"
# Behind reverse proxies, the client's address is read from the X-Forwarded-For hops our own proxies added, and
# only those (common/client_ip.py): the same function serves the lockouts and the API throttle.
AXES_CLIENT_IP_CALLABLE = "common.client_ip.client_ip"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Internationalisation ---------------------------------------------------------------------------------
LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français")]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

# --- Static and media files -------------------------------------------------------------------------------
STATIC_URL = "/static/"
# Where collectstatic puts the files WhiteNoise serves (a throwaway folder in the production browser tests).
STATIC_ROOT = Path(env_str("STATIC_ROOT") or BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_ROOT = Path(env_str("MEDIA_ROOT") or BASE_DIR / "media")
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# --- E-mail -----------------------------------------------------------------------------------------------
# Without EMAIL_HOST (make run), each e-mail is written as a file in EMAIL_FILE_PATH (var/courriels/), where a
# person trying the portal can read it.
EMAIL_BACKEND = env_str("EMAIL_BACKEND") or (
    "django.core.mail.backends.smtp.EmailBackend"
    if env_str("EMAIL_HOST")
    else "django.core.mail.backends.filebased.EmailBackend"
)
EMAIL_FILE_PATH = Path(env_str("EMAIL_FILE_PATH") or BASE_DIR / "var" / "courriels")
EMAIL_HOST = env_str("EMAIL_HOST") or "localhost"
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL") or "Réseau pour l'emploi <ne-pas-repondre@localhost>"
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# The portal's own address, for the links in e-mails that workers send (they have no request to read it from).
# Required in production (francetravail.E002); `make run` sets it to the address it serves.
SITE_URL = (env_str("SITE_URL") or "").rstrip("/")
# Where people exercise their data protection rights (the DPO's address), shown on /donnees-personnelles/.
PRIVACY_CONTACT_EMAIL = env_str("PRIVACY_CONTACT_EMAIL")

# --- Security ---------------------------------------------------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True

# Browser features the portal never uses, refused to every page and anything it might embed.
PERMISSIONS_POLICY = (
    "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), "
    "magnetometer=(), microphone=(), midi=(), payment=(), usb=(), xr-spatial-tracking=()"
)
CSRF_FAILURE_VIEW = "francetravail.views.csrf_failure"
# /sante/ gives its details (what failed and why) to staff, or to a probe sending "Authorization: Bearer <token>".
HEALTH_TOKEN = env_str("HEALTH_TOKEN")

# Strict CSP: no inline script or style anywhere, only our own files. No nonce: every script is a file of ours
# (script-src 'self'), so a nonce would allow nothing more, and without one a public page is the same bytes for
# every visitor, which the page cache serves as stored (common/public_cache.py).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}

# Public pages cached whole (common/public_cache.py): in production each process re-reads the public data
# version at most once per this many seconds, so a recompute shows on the pages within that delay.
PUBLIC_PAGE_VERSION_TTL = float(env_str("PUBLIC_PAGE_VERSION_TTL") or (0 if DEBUG else 1))

# Open-data API: requests per address (ninja's throttle syntax), and the page size bounds of its lists.
API_RATE_LIMIT = env_str("API_RATE_LIMIT") or "600/m"
NINJA_PAGINATION_PER_PAGE = 100
NINJA_PAGINATION_MAX_LIMIT = 1000

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL") or "INFO"},
    "loggers": {"django.db.backends": {"level": "INFO"}},
}
