"""The client's address, as far as our own proxies vouch for it.

One setting, ``TRUSTED_PROXY_COUNT`` (environment, default 0), says how many reverse proxies of ours stand in front
of the application. With 0, the address is the peer's (``REMOTE_ADDR``) and ``X-Forwarded-For`` is ignored. With N,
each of our N proxies appended one hop to ``X-Forwarded-For`` (the last one is the peer itself): the client is the
N-th hop from the right. Whatever a caller writes further left in the header is not read, so a forged header
neither spreads one caller over many addresses nor charges another caller's address.

django-axes (lockouts), the API throttle and the subscription limits all read the address here.
"""

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def _valid(address: str) -> str | None:
    try:
        return str(ipaddress.ip_address(address.strip()))
    except ValueError:
        return None


def client_ip(request: HttpRequest) -> str:
    remote = request.META.get("REMOTE_ADDR") or ""
    proxies = int(getattr(settings, "TRUSTED_PROXY_COUNT", 0) or 0)
    if proxies <= 0:
        return remote
    hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
    if len(hops) < proxies:
        # The request did not come through all our proxies: only the peer is known for sure.
        return remote
    return _valid(hops[-proxies]) or remote
