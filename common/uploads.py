"""Upload limits enforced while the request body streams in, before any file reaches memory or disk whole."""

from __future__ import annotations

from django.core.files.uploadhandler import FileUploadHandler, SkipFile
from django.http import HttpRequest


class SizeLimitUploadHandler(FileUploadHandler):
    """Drops an uploaded file as soon as it passes ``limit`` bytes, instead of writing it whole to disk first.

    Django's own handlers would store a 300 MB file in the temporary folder before any form could look at its
    size. Installed first by an upload view before the request body is read (hence, for a POST, before the CSRF
    check: ``csrf_exempt`` on the view, ``csrf_protect`` on the inner function — Django's documented pattern);
    the handlers after it never receive more than ``limit`` bytes. It sets ``request.upload_too_large`` so that
    the form can say why the file is missing; the rest of the body is read and discarded.
    """

    def __init__(self, request: HttpRequest | None = None, *, limit: int) -> None:
        super().__init__(request)
        self.limit = limit
        if request is not None:
            request.upload_too_large = False

    def new_file(self, field_name, file_name, content_type, content_length, charset=None, content_type_extra=None):
        super().new_file(field_name, file_name, content_type, content_length, charset, content_type_extra)
        if content_length is not None and content_length > self.limit:
            self._refuse()

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes | None:
        if start + len(raw_data) > self.limit:
            self._refuse()
        return raw_data

    def file_complete(self, file_size: int) -> None:
        return None

    def _refuse(self) -> None:
        self.request.upload_too_large = True
        raise SkipFile()


def limit_uploads(request: HttpRequest, limit: int) -> None:
    """Install the size limit on ``request``; call before anything reads ``request.POST`` or ``request.FILES``."""
    request.upload_handlers.insert(0, SizeLimitUploadHandler(request, limit=limit))
