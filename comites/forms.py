import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q

from comites import governance
from comites.actions import AGENDA_TOO_LONG, MINUTES_TOO_LONG
from comites.governance_actions import Presence
from comites.models import (
    AGENDA_MAX_CHARS,
    ATTACHMENT_MAX_BYTES,
    MINUTES_MAX_CHARS,
    Attendance,
    Committee,
    CommitteeMember,
    Decision,
    Meeting,
)
from comites.validators import validate_pdf
from common.dates import validate_plausible_date
from common.forms import PortalForm
from engagements.models import Engagement, Indicator
from engagements.progress import Weather
from reseau.models import Organisation, Territory

DATETIME_INPUT_FORMATS = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%d/%m/%Y %H:%M"]
TOO_LARGE_MESSAGE = "Le fichier dépasse la taille maximale de 10 Mo."


class DateTimeLocalInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self) -> None:
        super().__init__(format="%Y-%m-%dT%H:%M")


class MeetingForm(PortalForm):
    starts_at = forms.DateTimeField(
        validators=[validate_plausible_date],
        label="Début",
        widget=DateTimeLocalInput(),
        input_formats=DATETIME_INPUT_FORMATS,
        help_text="Heure de Paris",
    )
    ends_at = forms.DateTimeField(
        validators=[validate_plausible_date],
        label="Fin",
        widget=DateTimeLocalInput(),
        input_formats=DATETIME_INPUT_FORMATS,
        required=False,
    )
    place = forms.CharField(label="Lieu", max_length=300, required=False)
    agenda = forms.CharField(
        label="Ordre du jour",
        help_text="En Markdown : « ## Titre », « - élément de liste ».",
        widget=forms.Textarea(attrs={"rows": 12}),
        required=False,
        max_length=AGENDA_MAX_CHARS,
        error_messages={"max_length": AGENDA_TOO_LONG},
    )

    def clean(self) -> dict:
        data = super().clean()
        starts_at, ends_at = data.get("starts_at"), data.get("ends_at")
        if starts_at and ends_at and ends_at <= starts_at:
            self.add_error("ends_at", "La fin doit être postérieure au début.")
        return data


class CancelMeetingForm(PortalForm):
    reason = forms.CharField(label="Motif de l'annulation", max_length=300, help_text="Affiché publiquement.")


class MinutesForm(PortalForm):
    body = forms.CharField(
        label="Compte rendu",
        help_text="En Markdown, 100 000 caractères au plus. L'aperçu se met à jour pendant la saisie.",
        widget=forms.Textarea(attrs={"rows": 18}),
        required=False,
        max_length=MINUTES_MAX_CHARS,
        error_messages={"max_length": MINUTES_TOO_LONG},
    )
    attendees = forms.CharField(label="Participants", widget=forms.Textarea(attrs={"rows": 3}), required=False)


class AmendMinutesForm(MinutesForm):
    change_note = forms.CharField(
        label="Motif de la modification", max_length=500, help_text="Affiché avec la nouvelle version."
    )


class WithdrawMinutesForm(PortalForm):
    reason = forms.CharField(
        label="Motif du retrait",
        max_length=500,
        help_text="Affiché publiquement : « compte rendu retiré le … : motif ».",
    )


class PublishMinutesForm(PortalForm):
    confirm = forms.BooleanField(
        label="Je confirme la publication : le compte rendu, ses pièces jointes et ses décisions deviennent publics."
    )


class AttachmentForm(PortalForm):
    title = forms.CharField(label="Titre de la pièce jointe", max_length=200)
    file = forms.FileField(label="Fichier PDF", help_text="PDF uniquement, 10 Mo au maximum.")
    with_convocation = forms.BooleanField(
        label="Document de la convocation : envoyé avec elle aux membres, et public dès son envoi",
        required=False,
    )

    def __init__(self, *args, too_large: bool = False, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.too_large = too_large
        self.fields["file"].widget.attrs["accept"] = "application/pdf"

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if self.too_large:
            raise ValidationError(TOO_LARGE_MESSAGE)
        if upload is None:
            return upload
        if upload.size > ATTACHMENT_MAX_BYTES:
            raise ValidationError(TOO_LARGE_MESSAGE)
        validate_pdf(upload)
        return upload

    def clean(self) -> dict:
        if self.too_large:
            # The size limit dropped the file: say why rather than "this field is required".
            self.errors.pop("file", None)
            self.add_error("file", TOO_LARGE_MESSAGE)
        return super().clean()


class DecisionForm(PortalForm):
    text = forms.CharField(label="Décision", widget=forms.Textarea(attrs={"rows": 3}))
    engagement = forms.ModelChoiceField(
        label="Engagement concerné",
        queryset=Engagement.objects.order_by("order", "code"),
        required=False,
        empty_label="Aucun",
    )
    owner = forms.ModelChoiceField(
        label="Organisation responsable",
        queryset=Organisation.objects.order_by("name"),
        required=False,
        empty_label="Non précisée",
    )
    due_on = forms.DateField(
        validators=[validate_plausible_date],
        label="Échéance",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d", "%d/%m/%Y"],
        required=False,
    )

    vote_mode = forms.ChoiceField(
        label="Mode de décision",
        choices=Decision._meta.get_field("vote_mode").choices,
        initial=governance.VoteMode.NO_VOTE.value,
        required=False,
        widget=forms.RadioSelect,
        help_text="Un vote ou l'unanimité demandent la feuille de présence et le quorum.",
    )
    votes_for = forms.IntegerField(label="Voix pour", min_value=0, max_value=999, required=False)
    votes_against = forms.IntegerField(label="Voix contre", min_value=0, max_value=999, required=False)
    abstentions = forms.IntegerField(label="Abstentions", min_value=0, max_value=999, required=False)
    casting_vote = forms.ChoiceField(
        label="Voix prépondérante du coprésident représentant l'État (en cas de partage égal des voix)",
        choices=[("", "Sans objet"), ("pour", "Pour"), ("contre", "Contre")],
        required=False,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["engagement"].label_from_instance = lambda e: f"{e.code} — {e.title}"

    def clean_vote_mode(self) -> str:
        # Not chosen: a record without a vote, as decisions were before votes were recorded.
        return self.cleaned_data.get("vote_mode") or governance.VoteMode.NO_VOTE.value


class CloseDecisionForm(PortalForm):
    status = forms.ChoiceField(
        label="Issue",
        choices=[(Decision.Status.DONE, "Réalisée"), (Decision.Status.DROPPED, "Abandonnée")],
        widget=forms.RadioSelect,
    )
    note = forms.CharField(label="Note de clôture", widget=forms.Textarea(attrs={"rows": 3}))


class DecisionFilterForm(PortalForm):
    committee = forms.ModelChoiceField(
        label="Comité",
        queryset=Committee.objects.in_tree_order(),
        to_field_name="code",
        required=False,
        empty_label="Tous les comités",
        error_messages={"invalid_choice": "Ce comité n'existe pas : le filtre « comité » est ignoré."},
    )
    engagement = forms.ModelChoiceField(
        label="Engagement",
        queryset=Engagement.objects.order_by("order", "code"),
        to_field_name="code",
        required=False,
        empty_label="Tous les engagements",
        error_messages={"invalid_choice": "Cet engagement n'existe pas : le filtre « engagement » est ignoré."},
    )
    status = forms.ChoiceField(
        label="Suivi",
        choices=[("", "Tous les statuts"), *Decision.Status.choices],
        required=False,
        error_messages={"invalid_choice": "Ce statut n'existe pas : le filtre « suivi » est ignoré."},
    )
    overdue = forms.BooleanField(label="En retard uniquement", required=False)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["committee"].label_from_instance = lambda c: f"{c.code} — {c.name}"
        self.fields["engagement"].label_from_instance = lambda e: f"{e.code} — {e.title}"

    def filter(self, queryset, today: datetime.date):
        """Applies the valid filters; an invalid one is reported by the form and left out."""
        self.is_valid()
        data = {name: self.cleaned_data.get(name) for name in self.fields if name not in self.errors}
        if data.get("committee"):
            queryset = queryset.filter(meeting__committee=data["committee"])
        if data.get("engagement"):
            queryset = queryset.filter(engagement=data["engagement"])
        if data.get("status"):
            queryset = queryset.filter(status=data["status"])
        if data.get("overdue"):
            queryset = queryset.overdue(today)
        return queryset


class SearchForm(PortalForm):
    q = forms.CharField(label="Rechercher", max_length=200, required=False)
    type = forms.ChoiceField(
        label="Type de résultat",
        required=False,
        choices=[("", "Tout")],
        error_messages={"invalid_choice": "Type de résultat inconnu : tous les types sont affichés."},
    )

    def __init__(self, *args, **kwargs) -> None:
        from comites.search import KINDS

        super().__init__(*args, **kwargs)
        self.fields["type"].choices = [("", "Tout"), *((kind, labels[0]) for kind, labels in KINDS.items())]


class MemberForm(PortalForm):
    organisation = forms.ModelChoiceField(label="Organisation", queryset=Organisation.objects.order_by("name"))
    first_name = forms.CharField(label="Prénom", max_length=100)
    last_name = forms.CharField(label="Nom", max_length=100)
    function = forms.CharField(label="Fonction", max_length=200, required=False, help_text="Préfet du Nord, maire de…")
    email = forms.EmailField(
        label="Adresse électronique", required=False, help_text="Pour les convocations ; jamais publiée."
    )
    role = forms.ChoiceField(label="Rôle", choices=CommitteeMember.Role.choices)
    substitute_for = forms.ModelChoiceField(
        label="Suppléant de",
        queryset=CommitteeMember.objects.none(),
        required=False,
        empty_label="Aucun : membre titulaire",
        help_text="Un suppléant prend le rôle de son titulaire.",
    )
    term_start = forms.DateField(
        validators=[validate_plausible_date],
        label="Début du mandat",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d", "%d/%m/%Y"],
    )
    term_end = forms.DateField(
        validators=[validate_plausible_date],
        label="Fin du mandat",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d", "%d/%m/%Y"],
        required=False,
        help_text="Trois ans après le début si vous la laissez vide.",
    )
    name_public_consent = forms.BooleanField(
        label="Le coprésident consent à la publication de son nom sur le portail",
        required=False,
    )

    def __init__(self, *args, committee: Committee, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["substitute_for"]
        field.queryset = committee.seats.titulars().select_related("organisation").order_by("last_name")
        field.label_from_instance = lambda m: f"{m.first_name} {m.last_name} ({m.organisation.name})"


class EndTermForm(PortalForm):
    on = forms.DateField(
        validators=[validate_plausible_date],
        label="Dernier jour du mandat",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d", "%d/%m/%Y"],
    )


class AttendanceForm(PortalForm):
    """One presence and one optional proxy holder per sitting titular member."""

    def __init__(self, *args, meeting: Meeting, members: list[CommitteeMember], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.members = members
        current = {a.member_id: a for a in meeting.attendances.all()}
        voting = [m for m in members if m.votes]
        holders = [("", "Personne")] + [(str(m.pk), f"{m.first_name} {m.last_name}") for m in voting]
        for member in members:
            attendance = current.get(member.pk)
            name = f"{member.first_name} {member.last_name} ({member.organisation.name})"
            self.fields[f"presence_{member.pk}"] = forms.ChoiceField(
                label=f"Présence de {name}",
                choices=Attendance.Status.choices,
                initial=attendance.status if attendance else None,
            )
            if member.votes:
                self.fields[f"proxy_{member.pk}"] = forms.ChoiceField(
                    label=f"Pouvoir de {name} donné à",
                    choices=[c for c in holders if c[0] != str(member.pk)],
                    required=False,
                    initial=str(attendance.proxy_holder_id) if attendance and attendance.proxy_holder_id else "",
                )

    def rows(self):
        for member in self.members:
            yield member, self[f"presence_{member.pk}"], (self[f"proxy_{member.pk}"] if member.votes else None)

    def presences(self) -> dict:
        result = {}
        for member in self.members:
            proxy = self.cleaned_data.get(f"proxy_{member.pk}") or None
            result[member.pk] = Presence(self.cleaned_data[f"presence_{member.pk}"], int(proxy) if proxy else None)
        return result


class ActionSheetForm(PortalForm):
    title = forms.CharField(label="Intitulé", max_length=200)
    description = forms.CharField(
        label="Description", widget=forms.Textarea(attrs={"rows": 5}), required=False, max_length=5000
    )
    pilot = forms.ModelChoiceField(label="Organisation pilote", queryset=Organisation.objects.order_by("name"))
    partners = forms.ModelMultipleChoiceField(
        label="Partenaires",
        queryset=Organisation.objects.order_by("name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    engagements = forms.ModelMultipleChoiceField(
        label="Engagements servis",
        queryset=Engagement.objects.order_by("order", "code"),
        widget=forms.CheckboxSelectMultiple,
    )
    indicators = forms.ModelMultipleChoiceField(
        label="Indicateurs suivis",
        queryset=Indicator.objects.select_related("engagement").order_by("engagement__order", "code"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Chaque indicateur mesure l'un des engagements cochés.",
    )
    territory = forms.ModelChoiceField(label="Territoire", queryset=Territory.objects.none())
    starts_on = forms.DateField(
        validators=[validate_plausible_date],
        label="Début",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d", "%d/%m/%Y"],
    )
    due_on = forms.DateField(
        validators=[validate_plausible_date],
        label="Échéance",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d", "%d/%m/%Y"],
    )
    decisions = forms.ModelMultipleChoiceField(
        label="Décisions du comité qui ont créé ou modifié la fiche",
        queryset=Decision.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, committee: Committee, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        root = committee.territory
        self.fields["territory"].queryset = Territory.objects.filter(
            Q(pk=root.pk) | Q(parent=root) | Q(parent__parent=root)
        ).order_by("code")
        self.fields["decisions"].queryset = (
            Decision.objects.filter(meeting__committee=committee).select_related("meeting").order_by("-pk")
        )
        self.fields["decisions"].label_from_instance = lambda d: f"{d.meeting.day:%d/%m/%Y} — {d.text[:100]}"
        self.fields["engagements"].label_from_instance = lambda e: f"{e.code} — {e.title}"
        self.fields["indicators"].label_from_instance = lambda i: (
            f"{i.engagement.code if i.engagement else i.code} — {i.name}"
        )


class SheetReportForm(PortalForm):
    status = forms.ChoiceField(label="État d'avancement", choices=Weather.choices)
    text = forms.CharField(label="Point d'avancement", widget=forms.Textarea(attrs={"rows": 4}), max_length=5000)


class ConvocationForm(PortalForm):
    urgency_reason = forms.CharField(
        label="Motif de l'urgence",
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=500,
        help_text="Seulement si la réunion a lieu dans moins de cinq jours ; le motif est affiché avec la réunion.",
    )
