from django import template
from django.utils.safestring import SafeString, mark_safe

from comites.rendering import render_markdown

register = template.Library()


@register.filter
def markdown(text: str) -> SafeString:
    # Safe because render_markdown sanitises with nh3 after rendering.
    return mark_safe(render_markdown(text))  # noqa: S308
