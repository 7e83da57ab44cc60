"""The progress engine: loads what partners entered, applies the rules of ``progress.py`` over the territory tree,
and returns snapshot rows with the inputs that explain them. Reads only; ``actions.py`` writes.

One engagement is computed whole (every territory), with a constant number of queries, so that a recompute after
one update stays cheap and the siblings' median flag stays right for every territory.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import FloatField, Prefetch
from django.db.models.functions import Cast

from engagements import progress
from engagements.models import (
    Engagement,
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    ProgressReport,
    Weather,
)
from reseau.models import Territory

SEVERITY = {"soleil": 0, "couvert": 1, "nuage": 2, "orage": 3}


@dataclass(frozen=True)
class TerritoryTree:
    parent: dict[int, int | None]
    children: dict[int, list[int]]
    code: dict[int, str]
    post_order: list[int]  # children before their parent

    @classmethod
    def load(cls) -> TerritoryTree:
        rows = list(Territory.objects.order_by("code").values_list("pk", "parent_id", "code"))
        parent = {pk: parent_id for pk, parent_id, _ in rows}
        code = {pk: c for pk, _, c in rows}
        children: dict[int, list[int]] = defaultdict(list)
        for pk, parent_id, _ in rows:
            if parent_id is not None:
                children[parent_id].append(pk)
        order: list[int] = []

        def visit(pk: int) -> None:
            for child in children.get(pk, []):
                visit(child)
            order.append(pk)

        for pk, parent_id, _ in rows:
            if parent_id is None:
                visit(pk)
        return cls(parent=parent, children=dict(children), code=code, post_order=order)


@dataclass
class SnapshotRow:
    territory_id: int
    percent: float | None
    weather_declared: str
    weather_computed: str
    coverage: dict
    flags: list[str]
    inputs: dict


def _cell_inputs(cell: progress.Cell | None) -> dict | None:
    if cell is None:
        return None
    data = {"valeur": round(cell.value, 4), "calculée": cell.computed, "méthode": cell.method}
    if cell.base is not None:
        data["base"] = round(cell.base, 4)
    if cell.computed:
        data["couverture"] = cell.coverage
        data["complète"] = cell.complete
    if cell.carried:
        data["reportées"] = list(cell.carried)
    if cell.other is not None:
        data["autre_source"] = round(cell.other, 4)
        data["écart_supérieur_5_pourcent"] = cell.discrepancy
    return data


def compute_engagement(
    engagement_id: int, today: datetime.date, tree: TerritoryTree | None = None
) -> list[SnapshotRow]:
    """Snapshot rows of one engagement for every territory, as of ``today``."""
    tree = tree or TerritoryTree.load()
    engagement = Engagement.objects.prefetch_related(
        Prefetch("indicators", Indicator.objects.order_by("code")),
        Prefetch(
            "indicators__targets",
            IndicatorTarget.objects.prefetch_related("intermediates"),
        ),
        "milestones",
    ).get(pk=engagement_id)
    indicators = list(engagement.indicators.all())

    raw: dict[int, dict[int, dict[datetime.date, tuple]]] = defaultdict(lambda: defaultdict(dict))
    # Cast in SQL: the driver then hands floats over, much faster than decimals converted in Python.
    for indicator_id, territory_id, period, value, base, pk in (
        # Periods after the snapshot's day are not known yet on that day (a snapshot frozen for a past meeting).
        IndicatorValue.objects.filter(
            indicator__engagement_id=engagement_id, status=IndicatorValue.Status.ACCEPTED, period__lte=today
        )
        .annotate(value_f=Cast("value", FloatField()), base_f=Cast("base", FloatField()))
        .values_list("indicator_id", "territory_id", "period", "value_f", "base_f", "pk")
    ):
        raw[indicator_id][territory_id][period] = (value, base, pk)
    used_values: list[dict] = []  # reported values a figure rests on; their timestamps are read once at the end

    # Latest declared weather per territory (any partner): one query, newest first.
    declared: dict[int, tuple[str, datetime.date, int]] = {}
    for territory_id, weather, created_at, pk in (
        ProgressReport.objects.filter(engagement_id=engagement_id, created_at__date__lte=today)
        .order_by("-created_at", "-pk")
        .values_list("territory_id", "weather", "created_at", "pk")
    ):
        declared.setdefault(territory_id, (weather, created_at.date(), pk))

    milestones = [
        progress.MilestoneState(
            weight=float(m.weight),
            done=m.done_on is not None and m.done_on <= today,
            overdue=m.done_on is None and m.due_on < today,
        )
        for m in engagement.milestones.all()
    ]

    per_territory: dict[int, list[tuple[Indicator, progress.IndicatorResult, dict]]] = defaultdict(list)
    for indicator in indicators:
        leaf = raw.get(indicator.pk, {})
        own_targets = {t.territory_id: t for t in indicator.targets.all()}
        series: dict[int, progress.Series] = {}
        trajectories: dict[int, progress.Trajectory | None] = {}
        for territory_id in tree.post_order:
            reported = {
                period: progress.Cell(value=v, base=b) for period, (v, b, _) in leaf.get(territory_id, {}).items()
            }
            children = [c for c in tree.children.get(territory_id, []) if series.get(c)]
            computed = progress.roll_up(
                {tree.code[c]: series[c] for c in tree.children.get(territory_id, [])},
                aggregation=indicator.aggregation,
                measure=indicator.measure,
                frequency=indicator.frequency,
                delay_days=indicator.publication_delay_days,
            )
            if computed and reported:
                cells = progress.choose_source(computed, reported, indicator.parent_source)
            else:
                cells = computed or reported
            series[territory_id] = cells

            target = own_targets.get(territory_id)
            if target is not None:
                trajectories[territory_id] = progress.Trajectory.build(
                    target.baseline_on,
                    float(target.baseline_value),
                    target.target_on,
                    float(target.target_value),
                    [(i.on, float(i.value)) for i in target.intermediates.all()],
                )
            elif children and all(trajectories.get(c) for c in children):
                trajectories[territory_id] = progress.roll_up_trajectories(
                    [(trajectories[c], series[c][max(series[c])].base) for c in children], indicator.aggregation
                )
            else:
                trajectories[territory_id] = None

            result = progress.evaluate_indicator(
                code=indicator.code,
                weight=float(indicator.weight),
                measure=indicator.measure,
                direction=indicator.direction,
                frequency=indicator.frequency,
                delay_days=indicator.publication_delay_days,
                series=cells,
                trajectory=trajectories[territory_id],
                today=today,
            )
            used = []
            if result.period is not None:
                if result.current is not None and result.current.computed:
                    used = [
                        {"territoire": tree.code[c], **(_cell_inputs(series[c].get(result.period)) or {})}
                        for c in tree.children.get(territory_id, [])
                        if series.get(c) and result.period in series[c]
                    ]
                elif (entry := leaf.get(territory_id, {}).get(result.period)) is not None:
                    used = [{"valeur_id": entry[2]}]
                    used_values.append(used[0])
            trajectory = trajectories[territory_id]
            per_territory[territory_id].append(
                (
                    indicator,
                    result,
                    {
                        "code": indicator.code,
                        "poids": float(indicator.weight),
                        "période": result.period.strftime("%Y-%m") if result.period else None,
                        "valeur": _cell_inputs(result.current),
                        "valeurs_utilisées": used,
                        "référence": trajectory.baseline if trajectory else None,
                        "cible": trajectory.target if trajectory else None,
                        "échéance_cible": trajectory.target_on.isoformat() if trajectory else None,
                        "atteinte": _round(result.attainment),
                        "attendu": _round(result.expected),
                        "écart": _round(result.gap),
                        "tendance": _round(result.slope),
                        "date_projetée": result.projected.strftime("%Y-%m") if result.projected else None,
                        "prochaine_valeur_due": result.due_on.isoformat() if result.due_on else None,
                        "en_retard": result.overdue,
                        "calcul": result.explanation,
                    },
                )
            )

    stamps = dict(
        IndicatorValue.objects.filter(pk__in={u["valeur_id"] for u in used_values}).values_list("pk", "updated_at")
    )
    for used in used_values:
        used["saisie_le"] = stamps[used["valeur_id"]].isoformat()

    rows: dict[int, SnapshotRow] = {}
    percents: dict[int, float | None] = {}
    for territory_id in tree.post_order:
        results = per_territory.get(territory_id, [])
        weather, declared_on, report_id = declared.get(territory_id, (Weather.NON_RENSEIGNEE, None, None))
        outcome = progress.evaluate_engagement(
            [r for _, r, _ in results],
            milestones,
            declared_weather=weather,
            declared_on=declared_on,
            update_frequency=engagement.update_frequency,
            today=today,
        )
        percents[territory_id] = outcome.percent
        rows[territory_id] = SnapshotRow(
            territory_id=territory_id,
            percent=_round(outcome.percent, 2),
            weather_declared=weather,
            weather_computed=outcome.weather_computed,
            coverage={
                "indicateurs": f"{outcome.computable}/{outcome.counted}",
                "par_indicateur": {i.code: r.current.coverage for i, r, _ in results if r.current is not None},
            },
            flags=outcome.flags,
            inputs={
                "formule": "moyenne pondérée de l'atteinte des indicateurs comptés et de l'avancement des jalons",
                "indicateurs": [data for _, _, data in results],
                "jalons": {
                    "avancement": _round(outcome.milestone_percent),
                    "nombre": len(milestones),
                    "en_retard": sum(m.overdue for m in milestones),
                },
                "écart_pondéré": _round(outcome.gap),
                "météo_déclarée": {
                    "valeur": weather,
                    "le": declared_on.isoformat() if declared_on else None,
                    "compte_rendu_id": report_id,
                },
            },
        )
    for territory_id, row in rows.items():
        parent_id = tree.parent.get(territory_id)
        siblings = (
            [percents[s] for s in tree.children.get(parent_id, []) if s != territory_id and percents[s] is not None]
            if parent_id is not None
            else []
        )
        if progress.below_sibling_median(percents[territory_id], siblings):
            row.flags.append("sous_la_mediane_des_territoires_voisins")
    return list(rows.values())


def summarise_scope(snapshots: list[tuple[float | None, str, str]]) -> dict:
    """Theme or overall figures from engagement snapshots: (percent, weather_declared, weather_computed)."""
    summary = progress.summarise([p for p, _, _ in snapshots])
    distribution: dict[str, int] = defaultdict(int)
    for _, _, computed in snapshots:
        distribution[computed] += 1
    summary["répartition_météo_calculée"] = dict(sorted(distribution.items()))
    return summary


def median_weather(weathers: list[str]) -> str:
    judged = sorted(SEVERITY[w] for w in weathers if w in SEVERITY)
    if not judged:
        return Weather.NON_RENSEIGNEE
    level = judged[(len(judged) - 1) // 2]
    return next(w for w, s in SEVERITY.items() if s == level)


def _round(value: float | None, digits: int = 2) -> float | None:
    return None if value is None else round(value, digits)


def explain(snapshot) -> list[str]:
    """How a snapshot's figure was computed, in French sentences, from the inputs it stored."""
    inputs = snapshot.inputs or {}
    lines = [f"Règles de calcul version {snapshot.rules_version}, au {snapshot.as_of:%d/%m/%Y}."]
    if snapshot.scope != "engagement":
        lines.append(f"Formule : {inputs.get('formule', '')}.")
        for code, percent in inputs.get("engagements", {}).items():
            lines.append(f"{code} : {'non calculé' if percent is None else progress.fr(percent, 1) + ' %'}")
        return lines
    lines.append(f"Formule : {inputs.get('formule', '')}.")
    for item in inputs.get("indicateurs", []):
        value = item.get("valeur") or {}
        if not value:
            lines.append(f"{item['code']} : aucune valeur validée.")
            continue
        origin = (
            f"{value['méthode']} de {len(item.get('valeurs_utilisées', []))} territoire(s), couverture "
            f"{value.get('couverture')}"
            if value.get("calculée")
            else "valeur déclarée"
        )
        carried = f", valeurs reportées : {', '.join(value['reportées'])}" if value.get("reportées") else ""
        lines.append(
            f"{item['code']} ({item['période']}) : {progress.fr(value['valeur'])} — {origin}{carried} ; "
            f"{item['calcul']}."
        )
    milestones = inputs.get("jalons") or {}
    if milestones.get("nombre"):
        lines.append(
            f"Jalons : {progress.fr(milestones['avancement'], 0)} % réalisés (pondérés), "
            f"{milestones['en_retard']} en retard."
        )
    return lines
