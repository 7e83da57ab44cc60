"""Project-wide request and response guards (issue 11)."""

import re
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render

# C0 control characters (NUL included) and DEL. PostgreSQL refuses NUL in text (DataError → 500 wherever a URL
# segment or parameter reaches a query); none of them has a meaning in an address or a form field of ours.
# Tab, line feed and carriage return are allowed in form bodies (text areas), never in the path or query string.
CONTROL = re.compile(r"[\x00-\x1f\x7f]")
CONTROL_IN_BODY = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MESSAGE = "L'adresse ou le formulaire contient un caractère de contrôle (octet nul ou autre) : requête refusée."


def _has_control(query, pattern: re.Pattern) -> bool:
    return any(pattern.search(key) or any(pattern.search(v) for v in values) for key, values in query.lists())


class RefuseControlCharactersMiddleware:
    """A NUL byte or another control character in the path, the query string or a form body (urlencoded or
    multipart, file contents aside) is a 400 with a French message, before any view or database query sees it."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if self._refused(request):
            return self._bad_request(request)
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs) -> HttpResponse | None:
        # Form bodies are read here, just before CsrfViewMiddleware reads them anyway (multipart included). A view
        # exempt from CSRF may still choose its upload handlers: its body is left to its own forms.
        if request.method != "POST" or getattr(view_func, "csrf_exempt", False):
            return None
        if request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
            if _has_control(request.POST, CONTROL_IN_BODY):
                return self._bad_request(request)
        return None

    @staticmethod
    def _refused(request: HttpRequest) -> bool:
        return bool(CONTROL.search(request.path_info)) or _has_control(request.GET, CONTROL)

    @staticmethod
    def _bad_request(request: HttpRequest) -> HttpResponse:
        if request.path_info.startswith("/api/"):
            return JsonResponse({"message": MESSAGE}, status=400, json_dumps_params={"ensure_ascii": False})
        # The page is built for this request only: nothing of the refused address is echoed.
        request.path_info = request.path = "/"
        return render(request, "400.html", {"message": MESSAGE}, status=400)


class PermissionsPolicyMiddleware:
    """The Permissions-Policy header (settings.PERMISSIONS_POLICY) on every response."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class HeadAsGetMiddleware:
    """HEAD answers what GET answers, without the body (RFC 9110 §9.3.2): link checkers and uptime monitors send HEAD.

    Views keep `@require_GET` (and the API its GET routes): a HEAD request reaches them as a GET, and its response
    goes out with the headers of the GET answer (Content-Length included) and an empty body. First in the list, so
    that every other middleware (cache, compression, CSP) handles it as the GET it stands for."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method != "HEAD":
            return self.get_response(request)
        request.method = "GET"
        response = self.get_response(request)
        request.method = "HEAD"
        if response.streaming:
            # The unread iterator stays among the response's closers: the server closes it with the response.
            # (Closing the response here would send request_finished early, which closes the database
            # connection in the middle of the request's transaction.)
            length = None
            response.streaming_content = []
        else:
            length = len(response.content)
            response.content = b""
        if length is not None and "Content-Length" not in response:
            response["Content-Length"] = str(length)
        return response
