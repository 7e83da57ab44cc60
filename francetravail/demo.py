"""Synthetic demonstration data (DESIGN §7): partner organisations, the four demo accounts, partners on the
engagements, 24 months of values with baselines and targets, milestones, reports, meetings, minutes and decisions.

Every record is recognisable as demo data: organisations carry ``is_demo``, accounts end in ``@demo.test``,
names and texts say « démonstration ». The data is drawn from a seeded generator, relative to today, so that
every run gives the same shape and the dashboards always look current.
"""

from __future__ import annotations

import datetime
import random
from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from comites import governance, governance_actions, roadmap_actions
from comites.models import Committee, Decision, Meeting, Minutes
from comites.records import official_record
from engagements.models import (
    Engagement,
    EngagementPartner,
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    IntermediateTarget,
    Milestone,
    ProgressReport,
    ValueRevision,
    Weather,
)
from engagements.progress import add_months
from notifications import actions as notifications
from notifications import events as notification_events
from notifications.models import Subscription
from reseau.models import Membership, Organisation, Territory, User

DEMO_PASSWORD = "demo"
DEMO_NOTE = "Donnée de démonstration"
MONTHS = 24
SEED = 20230608

ORGANISATIONS = [
    # slug, name, kind, territory
    ("demo-france-travail-hdf", "France Travail Hauts-de-France", "france_travail", "32"),
    ("demo-region-hdf", "Région Hauts-de-France", "region", "32"),
    ("demo-dreets-hdf", "DREETS Hauts-de-France", "etat", "32"),
    ("demo-departement-nord", "Département du Nord", "departement", "59"),
    ("demo-departement-pas-de-calais", "Département du Pas-de-Calais", "departement", "62"),
    ("demo-mission-locale-lille", "Mission locale de Lille", "mission_locale", "CLPE59004"),
    ("demo-cap-emploi-nord", "Cap emploi Nord", "cap_emploi", "59"),
]

FT, REGION, DREETS, NORD, PDC, ML_LILLE, CAP_EMPLOI = (slug for slug, *_ in ORGANISATIONS)

PILOTS = {
    FT: ["E02", "E05", "E13", "E14", "E15", "E16", "E17", "E19", "E20", "E21", "E22", "E23"],
    REGION: ["E01", "E03", "E04", "E06", "E07", "E08", "E09", "E10", "E11", "E12"],
    DREETS: ["E18"],
}
# Contributors: (organisation, engagements, territories where they report)
CONTRIBUTORS = [
    (ML_LILLE, ["E19", "E21", "E22", "E23"], ["CLPE59004"]),
    (
        NORD,
        ["E21", "E23"],
        ["59", "CLPE59001", "CLPE59002", "CLPE59003", "CLPE59004", "CLPE59005", "CLPE59006"],
    ),
    (PDC, ["E23"], ["62"]),
    (CAP_EMPLOI, ["E19", "E21"], ["59"]),
    (REGION, ["E02", "E05"], ["32"]),
    (FT, ["E09", "E10", "E12"], ["32"]),
]

USERS = [
    # email, full name, staff, organisation, role
    ("admin@demo.test", "Alex Administration (démo)", True, None, None),
    ("partenaire@demo.test", "Camille Partenaire (démo)", False, FT, Membership.Role.ADMIN),
    ("mission-locale@demo.test", "Sami Conseiller (démo)", False, ML_LILLE, Membership.Role.CONTRIBUTOR),
    ("secretaire@demo.test", "Claire Secrétariat (démo)", False, None, None),
]

# Where values are reported: locally in the Nord, at the departmental level elsewhere (DESIGN §7).
NORD_LOCALS = ["CLPE59001", "CLPE59002", "CLPE59003", "CLPE59004", "CLPE59005", "CLPE59006"]
OTHER_DEPARTEMENTS = ["02", "60", "62", "80"]
# A few gaps, so that roll-ups also show partial coverage: (territory, months missing at the end).
GAPS = {"CLPE59005": 3, "80": 2}

# Rough sizes, so that figures look plausible: share of the region's activity.
SIZE = {
    "CLPE59001": 0.05,
    "CLPE59002": 0.06,
    "CLPE59003": 0.07,
    "CLPE59004": 0.2,
    "CLPE59005": 0.05,
    "CLPE59006": 0.08,
    "02": 0.08,
    "60": 0.13,
    "62": 0.22,
    "80": 0.09,
}


class DemoAlreadyLoaded(Exception):
    pass


class ProtocolMissing(Exception):
    pass


def _series(indicator: Indicator, territory: str, months: list[datetime.date], rng: random.Random) -> list[tuple]:
    """(period, value, base) for one indicator on one territory, with trend, seasonality and noise."""
    size = SIZE[territory]
    trend = rng.uniform(-0.002, 0.012)
    rows = []
    for index, period in enumerate(months):
        season = 1 + 0.03 * ((period.month in (9, 10)) - (period.month in (7, 8)))
        noise = rng.uniform(0.93, 1.07)
        if indicator.unit == Indicator.Unit.PERCENT:
            level = {"up": 48, "down": 30}[indicator.direction] + rng.uniform(-6, 6)
            value = min(99, max(1, level * (1 + trend * index) * noise))
            base = round(size * 6000 * season * noise)
        elif indicator.unit == Indicator.Unit.DAYS:
            value = max(3, (28 + rng.uniform(-4, 4)) * (1 - trend * index) * noise)
            base = round(size * 4000 * noise)
        elif indicator.measure == Indicator.Measure.STOCK:
            value = round(size * 520000 * (1 - 0.003 * index) * noise)
            base = None
        else:
            value = round(size * 3200 * (1 + trend * index) * season * noise)
            base = None
        rows.append((period, Decimal(str(round(value, 1))), None if base is None else Decimal(base)))
    return rows


@transaction.atomic
def load(today: datetime.date | None = None) -> dict[str, int]:
    """Create the demo data. Preconditions: the protocol is loaded and no demo data exists yet."""
    if Organisation.objects.filter(is_demo=True).exists():
        raise DemoAlreadyLoaded
    if not Engagement.objects.exists():
        raise ProtocolMissing

    today = today or timezone.localdate()
    rng = random.Random(SEED)
    territories = {t.code: t for t in Territory.objects.all()}
    engagements = {e.code: e for e in Engagement.objects.all()}

    organisations = {
        slug: Organisation.objects.create(slug=slug, name=name, kind=kind, territory=territories[code], is_demo=True)
        for slug, name, kind, code in ORGANISATIONS
    }

    users = {}
    for email, full_name, staff, organisation, role in USERS:
        user = User.objects.create_user(
            email=email, password=DEMO_PASSWORD, full_name=full_name, is_staff=staff, is_superuser=staff
        )
        users[email] = user
        if organisation:
            Membership.objects.create(user=user, organisation=organisations[organisation], role=role)

    region_subtree = [t for t in territories.values() if t.level != Territory.Level.NATIONAL]
    pilot_of: dict[str, Organisation] = {}
    for slug, codes in PILOTS.items():
        for code in codes:
            partner = EngagementPartner.objects.create(
                engagement=engagements[code],
                organisation=organisations[slug],
                role=EngagementPartner.Role.PILOT,
            )
            partner.territories.set(region_subtree)
            pilot_of[code] = organisations[slug]
    contributor_on: dict[tuple[str, str], Organisation] = {}
    for slug, codes, where in CONTRIBUTORS:
        for code in codes:
            partner = EngagementPartner.objects.create(
                engagement=engagements[code],
                organisation=organisations[slug],
                role=EngagementPartner.Role.CONTRIBUTOR,
            )
            partner.territories.set([territories[c] for c in where])
            for territory in where:
                contributor_on[(code, territory)] = organisations[slug]

    counts = {"organisations": len(organisations), "utilisateurs": len(users)}
    counts["valeurs"], counts["cibles"] = _load_values(today, rng, territories, pilot_of, contributor_on, users)
    counts["jalons"] = _load_milestones(today, rng, engagements)
    counts["comptes rendus d'avancement"] = _load_reports(today, rng, engagements, territories, pilot_of, users)
    counts["réunions"], counts["décisions"] = _load_meetings(today, rng, organisations, engagements, pilot_of, users)
    return counts


def _load_values(today, rng, territories, pilot_of, contributor_on, users) -> tuple[int, int]:
    last = add_months(today.replace(day=1), -1)
    months = [add_months(last, -offset) for offset in range(MONTHS - 1, -1, -1)]
    values: list[IndicatorValue] = []
    revisions: list[ValueRevision] = []
    targets = 0
    reviewer = users["partenaire@demo.test"]
    for indicator in Indicator.objects.select_related("engagement", "theme").order_by("code"):
        periods = months if indicator.frequency == 1 else [m for m in months if m.month % indicator.frequency == 0]
        engagement_code = indicator.engagement.code if indicator.engagement else None
        pilot = pilot_of.get(engagement_code) or pilot_of["E19"]
        for code in NORD_LOCALS + OTHER_DEPARTEMENTS:
            series = _series(indicator, code, periods, rng)
            if code in GAPS:
                # Stopped reporting GAPS[code] months ago, whatever the indicator's frequency.
                series = [row for row in series if row[0] <= add_months(last, -GAPS[code])]
            contributor = contributor_on.get((engagement_code, code)) if engagement_code else None
            for position, (period, value, base) in enumerate(series):
                from_contributor = contributor is not None and position >= len(series) - 6
                status = IndicatorValue.Status.ACCEPTED
                review = {}
                beside = None  # the lifecycle shown on this cell, beside its published value
                if from_contributor and position == len(series) - 1:
                    status = IndicatorValue.Status.PROPOSED
                elif from_contributor and position == len(series) - 2:
                    status = IndicatorValue.Status.REJECTED
                    review = {
                        "review_note": "Valeur hors du périmètre du bassin (démonstration).",
                        "reviewer": reviewer,
                        "reviewed_at": timezone.now(),
                    }
                elif from_contributor and position == len(series) - 3:
                    beside = "proposed"
                elif from_contributor and position == len(series) - 4:
                    beside = "revised"
                elif from_contributor and position == len(series) - 5:
                    beside = "refused"
                if from_contributor and beside != "proposed" and status == IndicatorValue.Status.ACCEPTED:
                    review = {"reviewer": reviewer, "reviewed_at": timezone.now()}
                # A proposal waiting beside the pilot's published value (the contributor's figure differs).
                organisation = contributor if from_contributor and beside != "proposed" else pilot
                author = users["mission-locale@demo.test"] if organisation.slug == ML_LILLE else None
                cell = {"indicator": indicator, "territory": territories[code], "period": period, "note": DEMO_NOTE}
                values.append(
                    IndicatorValue(
                        **cell,
                        value=value,
                        base=base,
                        status=status,
                        organisation=organisation,
                        author=author,
                        **review,
                    )
                )
                if beside is None:
                    continue
                other = _other_value(indicator, value)
                if beside == "proposed":
                    values.append(
                        IndicatorValue(
                            **cell,
                            value=other,
                            base=base,
                            status=IndicatorValue.Status.PROPOSED,
                            organisation=contributor,
                            author=users["mission-locale@demo.test"],
                        )
                    )
                elif beside == "refused":
                    values.append(
                        IndicatorValue(
                            **cell,
                            value=other,
                            base=base,
                            status=IndicatorValue.Status.REJECTED,
                            organisation=contributor,
                            author=users["mission-locale@demo.test"],
                            reviewer=reviewer,
                            reviewed_at=timezone.now(),
                            review_note="Chiffre déjà corrigé dans la valeur publiée (démonstration).",
                        )
                    )
                else:
                    # The pilot's first figure, replaced once the contributor's consolidated figure was accepted: a
                    # public revision.
                    values.append(
                        IndicatorValue(
                            **cell, value=other, base=base, status=IndicatorValue.Status.REPLACED, organisation=pilot
                        )
                    )
                    revisions.append(
                        ValueRevision(
                            indicator=indicator,
                            territory=territories[code],
                            period=period,
                            old_value=other,
                            old_base=base,
                            new_value=value,
                            new_base=base,
                            revised_at=timezone.make_aware(
                                datetime.datetime.combine(min(add_months(period, 1), today), datetime.time(10))
                            )
                            - datetime.timedelta(days=1),
                            reason="Chiffre du bassin consolidé après rapprochement des fichiers (démonstration).",
                            organisation=contributor,
                        )
                    )
            if indicator.is_context or not series:
                continue
            baseline = series[0][1]
            factor = Decimal("0.85") if indicator.direction == Indicator.Direction.DOWN else Decimal("1.2")
            final = baseline * factor
            if indicator.unit == Indicator.Unit.PERCENT:
                final = min(final, Decimal(99))
            target = IndicatorTarget.objects.create(
                indicator=indicator,
                territory=territories[code],
                baseline_value=baseline,
                baseline_on=series[0][0],
                target_value=final.quantize(Decimal("0.1")),
                target_on=datetime.date(today.year + 1, 12, 31),
            )
            IntermediateTarget.objects.create(
                target=target,
                on=datetime.date(today.year, 12, 31),
                value=((baseline + final) / 2).quantize(Decimal("0.1")),
            )
            targets += 1
    bulk_create_with_history(values, IndicatorValue, batch_size=1000)
    ValueRevision.objects.bulk_create(revisions)
    return len(values), targets


def _other_value(indicator: Indicator, value: Decimal) -> Decimal:
    """A different value that is still valid for the indicator's unit (a proposal, a replaced first figure)."""
    if indicator.unit == Indicator.Unit.PERCENT and value > 99:
        return value - 1
    return value + 1 if value < 1 else value - 1


def _load_milestones(today, rng, engagements) -> int:
    count = 0
    for index, engagement in enumerate(sorted(engagements.values(), key=lambda e: e.code)):
        plan = [
            ("Installation du groupe de travail partenarial", -300, True),
            ("Diagnostic partagé et plan d'action validés", -60, index % 4 != 0),  # every 4th is overdue
            ("Bilan à mi-parcours présenté au comité régional", 120 + index * 5, False),
        ]
        for title, offset, done in plan:
            due = today + datetime.timedelta(days=offset)
            Milestone.objects.create(
                engagement=engagement,
                title=f"{title} (démonstration)",
                due_on=due,
                done_on=due - datetime.timedelta(days=rng.randint(0, 20)) if done else None,
                weight=2 if "Bilan" in title else 1,
                is_demo=True,
            )
            count += 1
    return count


def _load_reports(today, rng, engagements, territories, pilot_of, users) -> int:
    weathers = [Weather.SOLEIL, Weather.COUVERT, Weather.COUVERT, Weather.NUAGE, Weather.ORAGE]
    count = 0
    for code, engagement in sorted(engagements.items()):
        pilot = pilot_of[code]
        author = users["partenaire@demo.test"] if pilot.slug == FT else None
        for months_ago, percent in ((4, rng.randint(10, 35)), (1, rng.randint(35, 70))):
            report = ProgressReport.objects.create(
                engagement=engagement,
                organisation=pilot,
                territory=territories["32"],
                author=author,
                weather=rng.choice(weathers),
                declared_percent=percent,
                narrative=(
                    "Données de démonstration — point d'étape du pilote : actions engagées avec les partenaires, "
                    "premiers résultats et points de vigilance."
                ),
            )
            _backdate(report, today, months_ago)
            count += 1
    ml = Organisation.objects.get(slug=ML_LILLE)
    for code in ("E19", "E21", "E22"):
        report = ProgressReport.objects.create(
            engagement=engagements[code],
            organisation=ml,
            territory=territories["CLPE59004"],
            author=users["mission-locale@demo.test"],
            weather=Weather.COUVERT,
            declared_percent=45,
            narrative="Données de démonstration — retour de la mission locale sur le bassin de Lille.",
        )
        _backdate(report, today, 2)
        count += 1
    return count


def _backdate(report: ProgressReport, today: datetime.date, months_ago: int) -> None:
    moment = timezone.make_aware(
        datetime.datetime.combine(today - datetime.timedelta(days=30 * months_ago), datetime.time(10, 0))
    )
    # Reports are append-only: dating the demo history is a queryset update, not a save.
    ProgressReport.objects.filter(pk=report.pk).update(created_at=moment)


def _at(day: datetime.date, hour: int) -> datetime.datetime:
    """A working-day time: committees do not meet at weekends."""
    while day.weekday() >= 5:
        day += datetime.timedelta(days=1)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, 0)))


def _load_meetings(today, rng, organisations, engagements, pilot_of, users) -> tuple[int, int]:
    committees = {c.code: c for c in Committee.objects.all()}
    secretary = users["secretaire@demo.test"]
    for code in ("CDE-59", "CLPE59004"):
        committees[code].secretaries.add(secretary)
    # A SIRET of zeros, pattern-valid and plainly not a real one: their decisions are in deliberations.csv (SCDL).
    Committee.objects.filter(code__in=("CDE-59", "CLPE59004")).update(secretariat_siret="0" * 14)
    core = [organisations[s] for s in (FT, REGION, DREETS)]
    committees["CRE-32"].members.set(core)
    for code, committee in committees.items():
        if code.startswith("CDE-"):
            committee.members.set(core + [o for o in organisations.values() if o.territory.code == code[4:]])
    committees["CLPE59004"].members.set([organisations[FT], organisations[ML_LILLE], organisations[NORD]])

    seats = _load_members(today, committees, organisations, secretary)
    meetings = decisions = 0
    engagement_codes = sorted(engagements)
    # One upcoming meeting for every committee.
    for index, committee in enumerate(sorted(committees.values(), key=lambda c: c.code)):
        Meeting.objects.create(
            committee=committee,
            starts_at=_at(today + datetime.timedelta(days=15 + index * 2), 9),
            ends_at=_at(today + datetime.timedelta(days=15 + index * 2), 12),
            place=f"Préfecture — salle du comité (démonstration) · {committee.territory.name}",
            agenda="1. Suivi des décisions\n2. Avancement des engagements\n3. Questions diverses",
            is_demo=True,
        )
        meetings += 1

    past_plan = [(code, (130, 40)) for code in ("CRE-32", "CDE-02", "CDE-59", "CDE-60", "CDE-62", "CDE-80")]
    past_plan.append(("CLPE59004", (55,)))
    for code, days_ago in past_plan:
        committee = committees[code]
        for position, ago in enumerate(days_ago):
            day = today - datetime.timedelta(days=ago)
            meeting = Meeting.objects.create(
                committee=committee,
                starts_at=_at(day, 14),
                ends_at=_at(day, 17),
                place=f"Préfecture (démonstration) · {committee.territory.name}",
                status=Meeting.Status.HELD,
                agenda="1. Suivi des décisions\n2. Point d'avancement des engagements du protocole\n3. Calendrier",
                is_demo=True,
            )
            meetings += 1
            # The latest CDE-59 meeting still has its minutes in draft: nothing of it is public yet.
            draft = code == "CDE-59" and position == len(days_ago) - 1
            # The committees with members sat with a quorum and voted on their decisions, through the actions.
            votes = [None, None, None]
            if code in seats and position == 0:
                governance_actions.record_attendance(meeting=meeting, by=secretary, presences=seats[code])
                votes = DEMO_VOTES
            plan = ((0, "open", 60), (1, "done", -10), (2, "open", -5))
            for (offset, status, due_days), vote in zip(plan, votes, strict=True):
                engagement = engagements[engagement_codes[(meetings * 3 + offset) % len(engagement_codes)]]
                decision = governance_actions.add_decision(
                    meeting=meeting,
                    by=secretary,
                    engagement=engagement,
                    owner=pilot_of[engagement.code],
                    text=(
                        f"Présenter au prochain comité un plan d'action sur l'engagement {engagement.code} "
                        "(décision de démonstration)."
                    ),
                    # Relative to today: one still ahead, one done, one overdue.
                    due_on=today + datetime.timedelta(days=due_days),
                    **(vote or {}),
                )
                if status != "open":
                    # Dated follow-up: a queryset update, as for the other dated demo records.
                    Decision.objects.filter(pk=decision.pk).update(
                        status=status,
                        closed_at=_at(today - datetime.timedelta(days=3), 9),
                        closing_note="Plan présenté et validé (démonstration).",
                    )
                decisions += 1
            Minutes.objects.create(
                meeting=meeting,
                # Frozen at publication, as publish_minutes does.
                record="" if draft else official_record(meeting),
                state=Minutes.State.DRAFT if draft else Minutes.State.PUBLISHED,
                published_at=None if draft else _at(day + datetime.timedelta(days=7), 10),
                published_by=None if draft else secretary,
                attendees="Services de l'État, Région, Département, France Travail, missions locales, Cap emploi",
                body=(
                    "*Compte rendu fictif — données de démonstration.*\n\n"
                    f"## Ouverture\n\nLe comité s'est réuni le {day:%d/%m/%Y}.\n\n"
                    "## Avancement des engagements\n\nLes partenaires ont présenté l'avancement des engagements "
                    "du protocole sur le territoire, avec les indicateurs du tableau de bord.\n"
                ),
            )
    _load_roadmap(today, committees["CDE-59"], engagements, pilot_of, organisations, users)
    # The next meetings of the committees with members are convoked (more than five days ahead: no urgency).
    for code in ("CDE-59", "CLPE59004"):
        upcoming = Meeting.objects.filter(committee=committees[code], starts_at__gt=timezone.now()).first()
        governance_actions.convoke(meeting=upcoming, by=secretary)
    return meetings, decisions


ROADMAP = [
    # engagement, title, months from the start to the due date, status
    ("E02", "Plateforme départementale de l'apprentissage (démonstration)", 18, "couvert"),
    ("E21", "Accompagnement renforcé des bénéficiaires du RSA (démonstration)", 12, "nuage"),
    ("E23", "Mobilité solidaire vers l'emploi (démonstration)", 24, "soleil"),
    ("E19", "Parcours des jeunes en mission locale (démonstration)", 12, "non_renseignee"),
    ("E16", "Recrutements dans les métiers en tension (démonstration)", 9, "orage"),
]


def _load_roadmap(today, committee, engagements, pilot_of, organisations, users) -> None:
    """The CDE-59 feuille de route: five fiches actions linked to engagements and indicators and to the adopted
    decisions about the same engagements, through the actions; their pilots report on four of them."""
    secretary = users["secretaire@demo.test"]
    start = today - datetime.timedelta(days=150)
    adopted = Decision.objects.filter(meeting__committee=committee, outcome="adoptee").order_by("pk")
    for code, title, months, status in ROADMAP:
        engagement = engagements[code]
        sheet = roadmap_actions.save_sheet(
            committee=committee,
            by=secretary,
            title=title,
            description=(
                f"Fiche action fictive de la feuille de route du comité, au service de l'engagement {code} "
                "(données de démonstration)."
            ),
            pilot=pilot_of[code],
            partners=[organisations[NORD]] if pilot_of[code] != organisations[NORD] else [],
            engagements=[engagement],
            indicators=list(engagement.indicators.order_by("code")[:1]),
            territory=committee.territory,
            starts_on=start,
            due_on=add_months(start, months),
            # The committee's adopted decisions about the same engagement created or changed the sheet.
            decisions=[d for d in adopted if d.engagement_id == engagement.pk],
            is_demo=True,
        )
        if status != "non_renseignee":
            roadmap_actions.report_on_sheet(
                sheet=sheet,
                by=users["partenaire@demo.test"] if pilot_of[code].slug == FT else secretary,
                status=status,
                text="Point d'avancement fictif (démonstration).",
            )


# The votes on the three decisions of the first past meeting of the committees with members: a ballot, a
# unanimity, and a tie settled by the State co-president's casting vote.
DEMO_VOTES = [
    {"vote_mode": governance.VoteMode.BALLOT, "votes_for": 3, "votes_against": 0, "abstentions": 0},
    {"vote_mode": governance.VoteMode.UNANIMITY},
    {
        "vote_mode": governance.VoteMode.BALLOT,
        "votes_for": 1,
        "votes_against": 1,
        "abstentions": 1,
        "casting_vote": "pour",
    },
]


def _load_members(today, committees, organisations, secretary) -> dict[str, dict]:
    """Fictitious members of CDE-59 and CLPE59004 (people marked as demo), appointed through the actions; returns
    each committee's attendance at its first past meeting."""
    start = today - datetime.timedelta(days=400)
    # A term that ends within 90 days: the secretary's « mandats qui se terminent » list shows it.
    ending = today + datetime.timedelta(days=61)
    ending_start = ending.replace(year=ending.year - governance.TERM_YEARS, day=min(ending.day, 28))
    plans = {
        "CDE-59": [
            ("chair_state", DREETS, "Claude", "Exemple (démo)", governance.Role.STATE_CHAIR, True, "present"),
            ("chair_local", NORD, "Dominique", "Exemple (démo)", governance.Role.LOCAL_CHAIR, False, "present"),
            ("region", REGION, "Camille", "Exemple (démo)", governance.Role.VOTING, False, "supplee"),
            ("ft", FT, "Sacha", "Exemple (démo)", governance.Role.NON_VOTING, False, "present"),
            ("ml", ML_LILLE, "Morgan", "Exemple (démo)", governance.Role.NON_VOTING, False, "excuse"),
            ("cap", CAP_EMPLOI, "Charlie", "Exemple (démo)", governance.Role.NON_VOTING, False, "absent"),
        ],
        "CLPE59004": [
            ("chair_state", DREETS, "Alix", "Exemple (démo)", governance.Role.STATE_CHAIR, True, "present"),
            ("chair_local", NORD, "Eden", "Exemple (démo)", governance.Role.LOCAL_CHAIR, False, "represente"),
            ("region", REGION, "Noa", "Exemple (démo)", governance.Role.VOTING, False, "present"),
            ("ml", ML_LILLE, "Lou", "Exemple (démo)", governance.Role.NON_VOTING, False, "present"),
            ("ft", FT, "Jade", "Exemple (démo)", governance.Role.NON_VOTING, False, "present"),
        ],
    }
    presences: dict[str, dict] = {}
    for code, plan in plans.items():
        committee = committees[code]
        members = {}
        for key, slug, first, last, role, consent, _ in plan:
            members[key] = governance_actions.add_member(
                committee=committee,
                by=secretary,
                organisation=organisations[slug],
                first_name=first,
                last_name=last,
                # Fictitious addresses of the demo's own domain: the convocations go there.
                email=f"{first.lower()}.{code.lower()}@demo.test",
                role=role,
                term_start=ending_start if key == "region" else start,
                name_public_consent=consent,
                function="Représentant de l'État (démonstration)" if key == "chair_state" else "",
                is_demo=True,
            )
        governance_actions.add_member(
            committee=committee,
            by=secretary,
            organisation=organisations[REGION],
            first_name="Ange",
            last_name="Suppléant (démo)",
            role=governance.Role.VOTING,
            term_start=start,
            substitute_for=members["region"],
            is_demo=True,
        )
        presences[code] = {
            members[key].pk: governance_actions.Presence(
                status, members["chair_state"].pk if status == "represente" else None
            )
            for key, *_, status in plan
        }
    return presences


DEMO_FOLLOWER = "abonne@demo.test"


def load_followers(today: datetime.date | None = None) -> dict[str, int]:
    """After the figures are computed: this week's reminders to the demo partners (written to var/courriels/ by
    `make run`), a demo visitor who follows CDE-59 (subscribed and confirmed as a person would), today's
    notification, and the events of the last four months for the feeds. Goes through the same actions as people
    and workers do."""
    today = today or timezone.localdate()
    reminders = notifications.send_reminders(today, weekly=True)
    notifications.subscribe(email=DEMO_FOLLOWER, topic="comite", key="CDE-59", client=None)
    for subscription in Subscription.objects.filter(subscriber__email=DEMO_FOLLOWER):
        notifications.confirm(subscription)
    notified = notifications.notify_subscribers(today)
    # The feeds show the demo's past publications and decisions too (collecting a day sends nothing).
    collected = sum(notification_events.collect(today - datetime.timedelta(days=n)) for n in range(1, 120))
    return {"rappels": reminders, "notifications": notified, "événements suivis": collected}
