from django.contrib import admin

from notifications.models import Outgoing, Reminder, Subscriber, Subscription


class ReadOnly(admin.ModelAdmin):
    """Written by the portal only (actions and workers): support reads, never edits."""

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


class SubscriptionInline(admin.TabularInline):
    model = Subscription
    fields = ["label", "created_at", "confirmed_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False


@admin.register(Subscriber)
class SubscriberAdmin(ReadOnly):
    list_display = ["pk", "created_at", "confirmed_at", "last_sent_at"]
    inlines = [SubscriptionInline]
    search_fields = ["email"]


@admin.register(Outgoing)
class OutgoingAdmin(ReadOnly):
    list_display = ["kind", "key", "created_at", "sent_at", "attempts"]
    list_filter = ["kind"]
    exclude = ["html"]


@admin.register(Reminder)
class ReminderAdmin(ReadOnly):
    list_display = ["day", "organisation", "user", "horizon", "link_used_at"]
    list_select_related = ["organisation", "user"]
