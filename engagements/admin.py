from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from engagements.models import (
    Engagement,
    EngagementPartner,
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    IntermediateTarget,
    Milestone,
    ProgressReport,
    ProgressSnapshot,
    Theme,
)


class EngagementInline(admin.TabularInline):
    model = Engagement
    fields = ["code", "title", "provisional", "order"]
    extra = 0
    show_change_link = True


class PartnerInline(admin.TabularInline):
    model = EngagementPartner
    extra = 0
    autocomplete_fields = ["organisation", "territories"]


class MilestoneInline(admin.TabularInline):
    model = Milestone
    extra = 0


class IndicatorInline(admin.TabularInline):
    model = Indicator
    fk_name = "engagement"
    fields = ["code", "name", "unit", "measure", "aggregation", "weight"]
    extra = 0
    show_change_link = True


class IntermediateTargetInline(admin.TabularInline):
    model = IntermediateTarget
    extra = 0


@admin.register(Theme)
class ThemeAdmin(admin.ModelAdmin):
    list_display = ["code", "short_title", "order"]
    search_fields = ["code", "short_title", "title"]
    inlines = [EngagementInline]


@admin.register(Engagement)
class EngagementAdmin(SimpleHistoryAdmin):
    list_display = ["code", "title", "theme", "provisional", "update_frequency"]
    list_filter = ["theme", "provisional", "update_frequency"]
    search_fields = ["code", "title", "summary"]
    list_select_related = ["theme"]
    inlines = [PartnerInline, MilestoneInline, IndicatorInline]


@admin.register(EngagementPartner)
class EngagementPartnerAdmin(SimpleHistoryAdmin):
    list_display = ["engagement", "organisation", "role"]
    list_filter = ["role", "organisation__kind"]
    search_fields = ["engagement__code", "organisation__name"]
    autocomplete_fields = ["engagement", "organisation", "territories"]
    list_select_related = ["engagement", "organisation"]


@admin.register(Milestone)
class MilestoneAdmin(SimpleHistoryAdmin):
    list_display = ["title", "engagement", "due_on", "done_on", "weight"]
    list_filter = ["engagement__theme", ("done_on", admin.EmptyFieldListFilter)]
    search_fields = ["title", "engagement__code"]
    date_hierarchy = "due_on"
    autocomplete_fields = ["engagement"]
    list_select_related = ["engagement"]


@admin.register(Indicator)
class IndicatorAdmin(SimpleHistoryAdmin):
    list_display = ["code", "name", "engagement", "theme", "unit", "measure", "aggregation", "weight"]
    list_filter = ["measure", "aggregation", "unit", "frequency", "parent_source"]
    search_fields = ["code", "name", "definition"]
    autocomplete_fields = ["engagement", "theme"]
    list_select_related = ["engagement", "theme"]


@admin.register(IndicatorTarget)
class IndicatorTargetAdmin(SimpleHistoryAdmin):
    list_display = ["indicator", "territory", "baseline_value", "baseline_on", "target_value", "target_on"]
    list_filter = ["territory__level", "indicator"]
    search_fields = ["indicator__code", "territory__code", "territory__name"]
    autocomplete_fields = ["indicator", "territory"]
    list_select_related = ["indicator", "territory"]
    inlines = [IntermediateTargetInline]


@admin.register(IndicatorValue)
class IndicatorValueAdmin(SimpleHistoryAdmin):
    list_display = ["indicator", "territory", "period", "value", "base", "status", "organisation"]
    list_filter = ["status", "indicator", "territory__level"]
    search_fields = ["indicator__code", "territory__code", "organisation__name", "note"]
    date_hierarchy = "period"
    autocomplete_fields = ["indicator", "territory", "organisation", "author", "reviewer"]
    list_select_related = ["indicator", "territory", "organisation"]


@admin.register(ProgressReport)
class ProgressReportAdmin(SimpleHistoryAdmin):
    list_display = ["engagement", "organisation", "territory", "weather", "declared_percent", "created_at"]
    list_filter = ["weather", "engagement__theme"]
    search_fields = ["engagement__code", "organisation__name", "narrative"]
    date_hierarchy = "created_at"
    autocomplete_fields = ["engagement", "organisation", "territory", "author"]
    list_select_related = ["engagement", "organisation", "territory"]

    def has_change_permission(self, request, obj=None) -> bool:
        # Append-only: a report is corrected by filing a new one.
        return obj is None and super().has_change_permission(request, obj)


@admin.register(ProgressSnapshot)
class ProgressSnapshotAdmin(admin.ModelAdmin):
    list_display = ["scope", "engagement", "theme", "territory", "as_of", "percent", "weather_computed"]
    list_filter = ["scope", "weather_computed", "territory__level"]
    search_fields = ["engagement__code", "theme__code", "territory__code"]
    date_hierarchy = "as_of"
    list_select_related = ["engagement", "theme", "territory"]

    # Written only by the progress engine.
    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
