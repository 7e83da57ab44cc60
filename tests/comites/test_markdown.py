"""Hostile Markdown renders inert: minutes, agenda and preview go through markdown-it-py then nh3."""

from html.parser import HTMLParser

import feedparser
import pytest
from django.test import Client
from django.urls import reverse

from comites import actions
from comites.rendering import render_markdown
from tests.factories import MeetingFactory


class ActiveContent(HTMLParser):
    """What a browser would act on: dangerous elements, event handlers, inline styles, script URLs."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "img", "iframe", "svg", "object", "embed", "style"):
            self.found.append(tag)
        for name, value in attrs:
            if name.startswith("on") or name == "style":
                self.found.append(f"{tag}[{name}]")
            if name in ("href", "src") and value and value.strip().lower().startswith(("javascript:", "data:")):
                self.found.append(f"{tag}[{name}={value}]")


def active_content(html: str) -> list[str]:
    parser = ActiveContent()
    parser.feed(html)
    return parser.found


HOSTILE = [
    "<script>alert('xss')</script>",
    '<img src="x" onerror="alert(1)">',
    "[cliquez](javascript:alert(1))",
    "[cliquez](JaVaScRiPt:alert(1))",
    '<a href="javascript:alert(1)">lien</a>',
    '<p style="color:red" onclick="alert(1)">stylé</p>',
    "![image](javascript:alert(1))",
    "<iframe src='https://exemple.test'></iframe>",
    "<svg onload=alert(1)>",
    "[lien](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
]


@pytest.mark.parametrize("source", HOSTILE)
def test_hostile_markdown_renders_inert(source):
    html = render_markdown(source)

    assert active_content(html) == [], html


def test_ordinary_markdown_keeps_its_structure():
    html = render_markdown("# Titre\n\n- un **point**\n- [lien](https://travail-emploi.gouv.fr)\n")

    assert "<h2>Titre</h2>" in html
    assert "<strong>point</strong>" in html
    assert '<a href="https://travail-emploi.gouv.fr" rel="noopener noreferrer nofollow">lien</a>' in html


def test_hostile_minutes_render_inert_on_the_meeting_page_and_in_the_feed(cde59, secretary):
    meeting = MeetingFactory(committee=cde59, agenda="<script>alert('ordre')</script>")
    body = "\n\n".join(HOSTILE) + "\n\nTexte lisible"
    minutes = actions.save_minutes_draft(meeting=meeting, by=secretary, body=body, attendees="<b>État</b>")
    actions.publish_minutes(minutes=minutes, by=secretary)
    client = Client()

    page = client.get(meeting.get_absolute_url()).content.decode()
    main = page[page.index("<main") : page.index("</main>")]
    feed = feedparser.parse(client.get("/flux/comptes-rendus/").content)

    assert "Texte lisible" in main
    assert active_content(main) == []
    # The feed's HTML content, once unescaped by a feed reader, is inert too.
    assert "Texte lisible" in feed.entries[0].summary
    assert active_content(feed.entries[0].summary) == []


def test_the_preview_is_sanitised_too(client, secretary, cde59):
    meeting = MeetingFactory(committee=cde59)
    client.force_login(secretary)

    response = client.post(
        reverse("secretary_minutes_preview", args=["CDE-59", meeting.pk]),
        {"body": '<img src=x onerror="alert(1)">[x](javascript:alert(1))'},
        HTTP_HX_REQUEST="true",
    )

    assert active_content(response.content.decode()) == []
