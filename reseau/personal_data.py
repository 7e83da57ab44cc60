"""A person's data, as they may download it (GDPR right of access and portability).

Every row of every model that points to the account is included, found from the models' relations rather than
from a hand-kept list: a model added later that references users is exported without touching this file.
Other accounts met in those rows are never identified, only marked "un autre compte".
"""

from __future__ import annotations

import datetime
import decimal

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.db import models
from django.db.models.fields.files import FieldFile
from django.utils import timezone

from reseau.models import Membership, User

SECRET_FIELDS = {"password", "token_hash"}
YOU, SOMEONE_ELSE = "vous", "un autre compte"


def _plain(value):
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, FieldFile):
        return value.name or None
    return value


def _row(obj: models.Model, user: User) -> dict:
    row = {}
    for field in obj._meta.concrete_fields:
        if field.name in SECRET_FIELDS:
            continue
        if field.is_relation:
            target_id = getattr(obj, field.attname)
            if target_id is None:
                row[field.name] = None
            elif issubclass(field.related_model, User):
                row[field.name] = YOU if target_id == user.pk else SOMEONE_ELSE
            else:
                row[field.name] = str(getattr(obj, field.name))
        else:
            row[field.name] = _plain(getattr(obj, field.attname))
    return row


def _relations_to_users() -> list:
    """Reverse relations to the user model, hidden ones (related_name="+") included; not the through tables."""
    return [
        relation
        for relation in User._meta.get_fields(include_hidden=True)
        if relation.auto_created
        and not relation.concrete
        and not relation.related_model._meta.auto_created
        and relation.related_model is not Membership
    ]


def _login_rows(model, email: str) -> list[dict]:
    rows = model.objects.filter(username__iexact=email).order_by("-attempt_time")
    return [
        {
            "date": _plain(row.attempt_time),
            "adresse_ip": row.ip_address,
            "navigateur": row.user_agent,
            **({"deconnexion": _plain(row.logout_time)} if model is AccessLog else {}),
        }
        for row in rows
    ]


def export(user: User) -> dict:
    linked = []
    for relation in sorted(_relations_to_users(), key=lambda r: (r.related_model._meta.label, r.field.name)):
        model = relation.related_model
        queryset = model._default_manager.filter(**{relation.field.name: user})
        foreign_keys = [
            f.name
            for f in model._meta.concrete_fields
            if f.is_relation and not issubclass(f.related_model, User) and f.name not in SECRET_FIELDS
        ]
        rows = [_row(obj, user) for obj in queryset.select_related(*foreign_keys).order_by("pk")]
        if rows:
            linked.append(
                {
                    "donnees": str(model._meta.verbose_name_plural),
                    "lien": str(relation.field.verbose_name),
                    "modele": model._meta.label_lower,
                    "lignes": rows,
                }
            )
    return {
        "genere_le": timezone.now().isoformat(),
        "compte": {
            "adresse_electronique": user.email,
            "nom_complet": user.full_name,
            "inscrit_le": _plain(user.date_joined),
            "derniere_connexion": _plain(user.last_login),
            "actif": user.is_active,
            "administrateur_du_reseau": user.is_staff,
        },
        "appartenances": [
            {"organisation": m.organisation.name, "role": m.get_role_display(), "depuis": _plain(m.created_at)}
            for m in Membership.objects.filter(user=user).select_related("organisation").order_by("pk")
        ],
        "connexions": _login_rows(AccessLog, user.email),
        "connexions_echouees": _login_rows(AccessFailureLog, user.email),
        "tentatives_en_cours": _login_rows(AccessAttempt, user.email),
        "donnees_liees": linked,
    }
