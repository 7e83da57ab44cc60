from django import forms
from dsfr.forms import DsfrBaseForm


class PortalForm(DsfrBaseForm):
    """DSFR rendering for our forms: optional fields are marked, as the DSFR now recommends."""

    def get_context(self) -> dict:
        # DsfrBaseForm.get_context warns on every render about a transitional setting; we take the
        # recommended behaviour directly.
        context = forms.Form.get_context(self)
        context["DSFR_MARK_OPTIONAL_FIELDS"] = True
        return context
