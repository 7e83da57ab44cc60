"""What the committees' workspace views share: the submitted data, the form page, the answer after a write."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

GET_POST = require_http_methods(["GET", "POST"])


def submitted(request: HttpRequest):
    """The submitted data on POST (even empty: an empty submission must be validated, not ignored)."""
    return request.POST if request.method == "POST" else None


def see_other(url: str) -> HttpResponse:
    """After a write: 303, so that the browser reloads the next page with GET."""
    response = redirect(url)
    response.status_code = 303
    return response


def form_page(request: HttpRequest, context: dict) -> HttpResponse:
    """comites/form_page.html; 422 when the form was refused."""
    return render(request, "comites/form_page.html", context, status=422 if context["form"].errors else 200)
