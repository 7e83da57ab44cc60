"""French typography in templates.

- ``{{ meeting.date|date_fr:"j F Y" }}`` reads « 1er novembre 2026 »: Django's ``date`` filter writes « 1 novembre ».
  Same formats and same time zone handling as ``date`` (an aware datetime is shown in the current time zone, and
  its day is read there).
- ``territoire{{ count|pluriel }}``: « s » from 2 on. Django's ``pluralize`` puts 0 in the plural (« 0 décisions »),
  French does not (« 0 décision »). Like ``pluralize``, it takes « suffix » or « singular,plural ».
"""

import datetime

from django import template
from django.template.defaultfilters import date as date_filter
from django.utils import timezone

from common.french import is_plural

register = template.Library()


@register.filter(expects_localtime=True, is_safe=False)
def date_fr(value: datetime.date | datetime.datetime | None, arg: str | None = None) -> str:
    if value in (None, ""):
        return ""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    if arg and value.day == 1:
        # « j » is the day without a leading zero; « 1er » written with escapes, « e » and « r » being format
        # characters too. Only an unescaped « j » is the day.
        arg = _replace_day(arg)
    return date_filter(value, arg)


def _replace_day(fmt: str) -> str:
    out, escaped, done = [], False, False
    for char in fmt:
        if escaped:
            out.append("\\" + char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "j" and not done:
            out.append(r"1\e\r")
            done = True
        else:
            out.append(char)
    return "".join(out)


@register.filter(is_safe=False)
def pluriel(value, arg: str = "s") -> str:
    singular, _, plural_suffix = arg.rpartition(",") if "," in arg else ("", "", arg)
    try:
        count = len(value) if hasattr(value, "__len__") and not isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        return ""
    return plural_suffix if is_plural(count) else singular
