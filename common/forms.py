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

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            # django-dsfr marks radio and checkbox inputs with a `dsfr="dsfr"` attribute, which is not HTML (the
            # Nu Html Checker refuses it), already here and again at render time when the widget has no class.
            if isinstance(field.widget, forms.RadioSelect | forms.CheckboxSelectMultiple):
                field.widget.attrs.pop("dsfr", None)
                field.widget.attrs.setdefault("class", "")
