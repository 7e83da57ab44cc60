from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from comites.models import Attachment, Committee, Decision, Meeting, Minutes, MinutesVersion


class MeetingInline(admin.TabularInline):
    model = Meeting
    fields = ["starts_at", "place", "status"]
    extra = 0
    show_change_link = True


class DecisionInline(admin.TabularInline):
    model = Decision
    fields = ["text", "engagement", "owner", "due_on", "status"]
    extra = 0
    autocomplete_fields = ["engagement", "owner"]


class AttachmentInline(admin.TabularInline):
    model = Attachment
    fields = ["title", "file", "size", "sha256"]
    readonly_fields = ["size", "sha256"]
    extra = 0


class MinutesVersionInline(admin.TabularInline):
    model = MinutesVersion
    fields = ["number", "published_at", "published_by", "change_note"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None) -> bool:
        # Versions are written by publishing and amending only: what was public stays as it was.
        return False


@admin.register(Committee)
class CommitteeAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "level", "territory", "parent"]
    list_filter = ["level"]
    search_fields = ["code", "name"]
    autocomplete_fields = ["territory", "parent", "members", "secretaries"]
    list_select_related = ["territory", "parent"]
    inlines = [MeetingInline]


@admin.register(Meeting)
class MeetingAdmin(SimpleHistoryAdmin):
    list_display = ["committee", "starts_at", "place", "status"]
    readonly_fields = ["cancellation_reason"]
    list_filter = ["status", "committee__level"]
    search_fields = ["committee__code", "committee__name", "place", "agenda"]
    date_hierarchy = "starts_at"
    autocomplete_fields = ["committee"]
    list_select_related = ["committee"]
    inlines = [DecisionInline]


@admin.register(Minutes)
class MinutesAdmin(SimpleHistoryAdmin):
    list_display = ["meeting", "state", "published_at"]
    list_filter = ["state", "meeting__committee__level"]
    search_fields = ["meeting__committee__code", "body"]
    autocomplete_fields = ["meeting", "published_by"]
    list_select_related = ["meeting__committee"]
    inlines = [AttachmentInline, MinutesVersionInline]


@admin.register(Attachment)
class AttachmentAdmin(SimpleHistoryAdmin):
    list_display = ["title", "minutes", "size", "uploaded_at"]
    search_fields = ["title", "sha256"]
    readonly_fields = ["size", "sha256"]
    list_select_related = ["minutes__meeting__committee"]


@admin.register(Decision)
class DecisionAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "meeting", "engagement", "owner", "due_on", "status"]
    list_filter = ["status", "meeting__committee", "engagement__theme"]
    search_fields = ["text", "engagement__code", "owner__name"]
    autocomplete_fields = ["meeting", "engagement", "owner"]
    list_select_related = ["meeting__committee", "engagement", "owner"]
