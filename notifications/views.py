"""Subscriptions without an account, and the reminder links of the partners' e-mails. Thin: actions write."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from common.client_ip import client_ip
from notifications import actions, links, reminders
from notifications.forms import SubscribeForm
from notifications.models import Reminder, Topic
from reseau.models import Membership

GET_POST = require_http_methods(["GET", "POST"])


def link_refused(request: HttpRequest, error: links.LinkError) -> HttpResponse:
    return render(request, "notifications/link_refused.html", {"message": error.message}, status=error.status)


# The form sits on cached public pages, which carry no CSRF token (a shared page holds nobody's token). A forged
# submission can only do what anyone can do from anywhere: ask for a confirmation e-mail, which the double opt-in,
# the limits per client and per address, and the daily cap make harmless.
@csrf_exempt
@never_cache
@GET_POST
def subscribe(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        initial = {"sujet": request.GET.get("sujet", ""), "code": request.GET.get("code", "")}
        return render(request, "notifications/subscribe.html", {"form": SubscribeForm(initial=initial)})
    form = SubscribeForm(request.POST)
    if not form.is_valid():
        return render(request, "notifications/subscribe.html", {"form": form}, status=422)
    data = form.cleaned_data
    code = "" if data["sujet"] == Topic.DECISIONS else data["code"].strip()
    try:
        actions.subscribe(email=data["courriel"], topic=data["sujet"], key=code, client=client_ip(request))
    except actions.SubscriptionError as refused:
        form.add_error(None, refused.message)
        return render(request, "notifications/subscribe.html", {"form": form}, status=refused.status)
    return render(request, "notifications/subscribe_sent.html", {"email": data["courriel"]})


@never_cache
@GET_POST
def confirm(request: HttpRequest, token: str) -> HttpResponse:
    # A GET only shows the button: mail scanners open links, and a consent must be given by a person.
    try:
        subscription = actions.subscription_from_link(token)
    except links.LinkError as error:
        return link_refused(request, error)
    if request.method == "POST" or subscription.confirmed_at is not None:
        # Confirmed now, or already (a link used twice): nothing changes the second time, and the page says so.
        again = request.method != "POST" or not actions.confirm(subscription)
        context = {
            "subscription": subscription,
            "again": again,
            "manage_url": actions.manage_url(subscription.subscriber),
        }
        return render(request, "notifications/confirmed.html", context)
    return render(request, "notifications/confirm.html", {"subscription": subscription})


@never_cache
@GET_POST
def manage(request: HttpRequest, token: str) -> HttpResponse:
    try:
        subscriber = actions.subscriber_from_link(links.MANAGE, token)
    except links.LinkError as error:
        return link_refused(request, error)
    if request.method == "POST":
        if request.POST.get("tout") == "1":
            actions.unsubscribe_all(subscriber)
            return render(request, "notifications/unsubscribed.html")
        subscription = subscriber.subscriptions.filter(pk=_int(request.POST.get("abonnement"))).first()
        if subscription is None:
            return render(
                request,
                "notifications/manage.html",
                {
                    "subscriber": subscriber,
                    "subscriptions": subscriber.subscriptions.all(),
                    "error": "Cet abonnement n'existe plus : la liste ci-dessous est à jour.",
                },
                status=400,
            )
        actions.unsubscribe(subscription)
        if not type(subscriber).objects.filter(pk=subscriber.pk).exists():
            return render(request, "notifications/unsubscribed.html")
        response = redirect(request.path + "?arrete=1")
        response.status_code = 303
        return response
    return render(
        request,
        "notifications/manage.html",
        {
            "subscriber": subscriber,
            "subscriptions": subscriber.subscriptions.all(),
            "stopped": request.GET.get("arrete"),
        },
    )


# RFC 8058: mail clients POST « List-Unsubscribe=One-Click » to this address, with no cookie and no token of ours.
@csrf_exempt
@never_cache
@GET_POST
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    try:
        subscriber = actions.subscriber_from_link(links.UNSUBSCRIBE, token)
    except links.LinkError as error:
        return link_refused(request, error)
    if request.method == "POST":
        actions.unsubscribe_all(subscriber)
        return render(request, "notifications/unsubscribed.html")
    return render(request, "notifications/unsubscribe.html", {"subscriptions": subscriber.subscriptions.all()})


def _int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


# --- Reminders (partner workspace) ------------------------------------------------------------------------


@never_cache
@require_GET
@login_required
def reminder_link(request: HttpRequest, token: str) -> HttpResponse:
    """The link of a reminder e-mail: after login (never instead of it), opened once by its addressee."""
    try:
        reminder = actions.reminder_from_link(token, request.user)
    except links.LinkError as error:
        return link_refused(request, error)
    return redirect("reminder", pk=reminder.pk)


@require_GET
@login_required
def reminder(request: HttpRequest, pk: int) -> HttpResponse:
    found = get_object_or_404(Reminder.objects.select_related("organisation"), pk=pk, user=request.user)
    if not Membership.objects.filter(user=request.user, organisation=found.organisation_id).exists():
        error = links.LinkError("Vous n'êtes plus membre de cette organisation : ce rappel ne vous concerne plus.", 403)
        return link_refused(request, error)
    rows = reminders.entry_rows(found)
    return render(request, "notifications/reminder.html", {"reminder": found, "rows": rows})


@require_GET
@login_required
def reminder_list(request: HttpRequest) -> HttpResponse:
    found = Reminder.objects.filter(user=request.user).select_related("organisation").order_by("-day", "pk")[:50]
    return render(request, "notifications/reminder_list.html", {"reminders": found})
