"""Open data for programs and other sites: the Data Package, the spreadsheet variant of each file, the publication
calendar, and the embeddable figures of /integrer/ (the only pages another site may show in a frame)."""

import csv

from csp.decorators import csp_replace
from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_safe

from common.public_cache import cache_public_page
from engagements.models import Engagement, ProgressSnapshot
from engagements.queries import latest
from francetravail import opendata, publication
from francetravail.csv_exports import DATASETS, _cell
from reseau.models import Territory


class _Echo:
    def write(self, value: str) -> str:
        return value


@require_safe
def datapackage_json(request: HttpRequest) -> HttpResponse:
    package = opendata.datapackage(request)
    response = JsonResponse(package, json_dumps_params={"ensure_ascii": False, "indent": 2})
    modified = max(opendata.datetime.datetime.fromisoformat(r["last_modified"]) for r in package["resources"])
    etag = opendata.quote_etag(opendata.hashlib.sha256(response.content).hexdigest()[:32])
    return opendata.not_modified(request, etag=etag, modified=modified) or opendata.public_headers(
        response, etag=etag, modified=modified
    )


def dataset_or_404(slug: str):
    dataset = DATASETS.get(slug)
    if dataset is None:
        raise Http404("Jeu de données inconnu.")
    return dataset


def csv_response(request: HttpRequest, slug: str, *, spreadsheet: bool, filters: dict) -> HttpResponse:
    """The file, or 304 when the reuser's copy is current; Last-Modified, ETag and Cache-Control either way."""
    dataset = dataset_or_404(slug)
    # The absolute addresses some files carry (DELIB_URL of deliberations.csv).
    filters = {**filters, "site": opendata.site_url(request)}
    etag, modified = opendata.csv_validators(request, slug, "tableur" if spreadsheet else "csv")
    unchanged = opendata.not_modified(request, etag=etag, modified=modified)
    if unchanged is not None:
        return unchanged
    if spreadsheet:
        writer = csv.writer(_Echo(), delimiter=";")
        rows = opendata.spreadsheet_rows(dataset, filters)

        def lines():
            # The BOM tells a French spreadsheet the file is UTF-8.
            yield "\ufeff" + writer.writerow([name for name, _ in dataset.columns])
            for row in rows:
                yield writer.writerow([_cell(cell) for cell in row])

        content = lines()
        filename = f"{slug}-tableur.csv"
    else:
        from francetravail.csv_exports import stream

        content = stream(dataset, filters)
        filename = f"{slug}.csv"
    response = StreamingHttpResponse(content, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    # Where the file's schema, licence, source and last update are described (W3C « CSV on the Web » convention).
    response["Link"] = f'<{reverse("datapackage")}>; rel="describedby"; type="application/json"'
    return opendata.public_headers(response, etag=etag, modified=modified)


@require_safe
def publication_calendar(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    expected = publication.expected_values(today)
    overdue = [e for e in expected if e.overdue]
    overdue.sort(key=lambda e: (e.due_on, e.indicator, e.territory))
    upcoming = [e for e in expected if not e.overdue]
    upcoming.sort(key=lambda e: (e.due_on, e.indicator, e.territory))
    return render(
        request,
        "donnees/calendrier.html",
        {"overdue": overdue, "upcoming": upcoming, "today": today, "count": len(expected)},
    )


@require_safe
def publication_calendar_ics(request: HttpRequest) -> HttpResponse:
    expected = publication.expected_values(timezone.localdate())
    body = publication.icalendar(expected, site=opendata.site_url(request))
    etag = opendata.quote_etag(opendata.hashlib.sha256(body).hexdigest()[:32])
    modified = opendata.last_modified(["calendrier"])["calendrier"]
    unchanged = opendata.not_modified(request, etag=etag, modified=modified)
    if unchanged is not None:
        return unchanged
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="calendrier-publication.ics"'
    return opendata.public_headers(response, etag=etag, modified=modified)


# --- Embeddable figures -----------------------------------------------------------------------------------------


# Only these pages may be framed, by any site: everywhere else X-Frame-Options DENY and frame-ancestors 'none'.
def _embeddable(view):
    return xframe_options_exempt(csp_replace({"frame-ancestors": ["*"]})(view))


def _embed_context(request: HttpRequest) -> dict:
    return {"site": opendata.site_url(request), "licence": opendata.LICENCE}


@require_safe
@_embeddable
@cache_public_page
def embed_engagement(request: HttpRequest, code: str) -> HttpResponse:
    engagement = get_object_or_404(Engagement.objects.select_related("theme"), code=code.upper())
    snapshot = (
        latest(ProgressSnapshot.Scope.ENGAGEMENT, engagement=engagement, territory__code=settings.HOME_TERRITORY_CODE)
        .select_related("territory")
        .first()
    )
    context = {
        **_embed_context(request),
        "title": f"{engagement.code} — {engagement.title}",
        "engagement": engagement,
        "snapshot": snapshot,
        "outcome": snapshot.outcome if snapshot else None,
        "territory_name": snapshot.territory.name if snapshot else "",
        "back": engagement.get_absolute_url(),
    }
    return render(request, "integrer/figure.html", context)


@require_safe
@_embeddable
@cache_public_page
def embed_territory(request: HttpRequest, code: str) -> HttpResponse:
    territory = get_object_or_404(Territory, code=code.upper())
    snapshot = latest(ProgressSnapshot.Scope.OVERALL, territory=territory).first()
    context = {
        **_embed_context(request),
        "title": f"Avancement du protocole — {territory.name}",
        "territory": territory,
        "snapshot": snapshot,
        "outcome": snapshot.outcome if snapshot else None,
        "territory_name": territory.name,
        "back": reverse("territory", args=[territory.code]),
    }
    return render(request, "integrer/figure.html", context)
