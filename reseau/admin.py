from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.http import HttpRequest
from simple_history.admin import SimpleHistoryAdmin

from common.french import is_plural, plural
from reseau import actions
from reseau.models import Invitation, Membership, Organisation, Territory, User


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["user", "organisation"]


@admin.register(Territory)
class TerritoryAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "level", "parent"]
    list_filter = ["level"]
    search_fields = ["code", "name"]
    autocomplete_fields = ["parent"]
    list_select_related = ["parent"]


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "territory", "is_demo"]
    list_filter = ["kind", "is_demo", "territory__level"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["territory"]
    list_select_related = ["territory"]
    inlines = [MembershipInline]


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    ordering = ["email"]
    list_display = ["email", "full_name", "is_staff", "is_active", "last_login"]
    list_filter = ["is_staff", "is_superuser", "is_active"]
    search_fields = ["email", "full_name"]
    readonly_fields = ["last_login", "date_joined", "anonymised_at"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        ("Identité", {"fields": ["full_name"]}),
        ("Droits", {"fields": ["is_active", "is_staff", "is_superuser", "groups", "user_permissions"]}),
        ("Dates", {"fields": ["last_login", "date_joined", "anonymised_at"]}),
    ]
    add_fieldsets = [(None, {"classes": ["wide"], "fields": ["email", "full_name", "password1", "password2"]})]
    inlines = [MembershipInline]
    actions = ["anonymise"]

    @admin.action(
        description="Anonymiser (effacement RGPD : saisies conservées, identité effacée)", permissions=["change"]
    )
    def anonymise(self, request: HttpRequest, queryset) -> None:
        if queryset.filter(pk=request.user.pk).exists():
            self.message_user(request, "Vous ne pouvez pas anonymiser votre propre compte.", messages.ERROR)
            return
        count = 0
        for user in queryset:
            if user.anonymised_at:
                continue
            user = actions.anonymise_user(user=user, by=request.user)
            self.log_change(request, user, "Compte anonymisé (nom, adresse, appartenances et connexions effacés).")
            count += 1
        done = "anonymisés" if is_plural(count) else "anonymisé"
        self.message_user(request, f"{plural(count, 'compte')} {done} ; leurs saisies restent, sans leur identité.")


@admin.register(Membership)
class MembershipAdmin(SimpleHistoryAdmin):
    list_display = ["user", "organisation", "role", "created_at"]
    list_filter = ["role", "organisation__kind"]
    search_fields = ["user__email", "user__full_name", "organisation__name"]
    autocomplete_fields = ["user", "organisation"]
    list_select_related = ["user", "organisation"]


@admin.register(Invitation)
class InvitationAdmin(SimpleHistoryAdmin):
    """Read-only: invitations are sent and answered from the workspace, where each step is audited."""

    list_display = ["email", "organisation", "role", "status", "created_at", "expires_at", "answered_at"]
    list_filter = ["status", "role"]
    search_fields = ["email", "organisation__name"]
    list_select_related = ["organisation"]
    exclude = ["token_hash"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
