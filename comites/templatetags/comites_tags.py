from django import template
from django.utils.safestring import SafeString, mark_safe

from comites.models import ActionSheet, Decision
from comites.rendering import render_markdown

register = template.Library()


@register.inclusion_tag("comites/includes/_engagement_decisions.html")
def engagement_decisions(engagement, caption: str = "") -> dict:
    """The committees' published decisions about an engagement (one query), for the engagement's page: comites
    provides the block, so that ``engagements`` never reaches into ``comites`` (apps depend one way)."""
    decisions = Decision.objects.public().filter(engagement=engagement).select_related("meeting__committee", "owner")
    return {"decisions": decisions, "caption": caption}


@register.inclusion_tag("comites/includes/_engagement_action_sheets.html")
def engagement_action_sheets(engagement) -> dict:
    """The fiches actions that carry an engagement across the territories, with their status (one query)."""
    sheets = (
        ActionSheet.objects.filter(engagements=engagement)
        .select_related("committee", "pilot", "territory")
        .order_by("territory__code", "due_on", "pk")
    )
    return {"sheets": sheets}


@register.filter
def markdown(text: str) -> SafeString:
    # Safe because render_markdown sanitises with nh3 after rendering.
    return mark_safe(render_markdown(text))  # noqa: S308
