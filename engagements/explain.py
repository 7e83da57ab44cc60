"""« Comment ce chiffre est calculé »: French sentences built from the engine's typed results, for every figure the
portal publishes (an indicator, an engagement, a theme, the whole protocol). Reads outcomes only; no query."""

from __future__ import annotations

import datetime

from common.french import is_plural, plural
from engagements import outcomes, progress
from engagements.progress import Weather, fr, month_fr

WEATHER_LABELS = dict(Weather.choices)
STATUS_LABELS = {
    progress.COMPLETE: "complète",
    progress.CARRIED: "complète grâce à des valeurs reportées",
    progress.PARTIAL: "partielle",
}


DISTRIBUTION_LABELS = {
    **{weather: f"« {Weather(weather).label.lower()} »" for weather in progress.JUDGEMENTS},
    Weather.NON_RENSEIGNEE.value: "sans météo calculée (pas d'écart mesurable)",
}


def weather_label(weather: str) -> str:
    return f"{WEATHER_LABELS.get(weather, weather)} ({weather})" if weather in progress.SEVERITY else "non calculée"


def signed(points: float) -> str:
    return ("+" if points >= 0 else "") + fr(points, 1)


def pts(value: float, *, sign: bool = False) -> str:
    """« 0,5 point », « 40,3 points » (French plural from 2), « +3,0 points » with ``sign``."""
    text = signed(value) if sign else fr(value, 1)
    return f"{text} point{'s' if abs(value) >= 2 else ''}"


def quantity(value: float, unit: str) -> str:
    """A value with its unit as one reads it: « 4 512 », « 48,5 % », « 28 jours »."""
    if unit == "%":
        return f"{fr(value)} %"
    if unit == "jours":
        return f"{fr(value)} jour{'s' if abs(value) >= 2 else ''}"
    return fr(value)


def per_month(value: float, unit: str) -> str:
    """A trend: « +108,6 par mois », « −0,4 point de % par mois », « −1,2 jour par mois »."""
    if unit == "%":
        return f"{signed(value)} point{'s' if abs(value) >= 2 else ''} de % par mois"
    if unit == "jours":
        return f"{signed(value)} jour{'s' if abs(value) >= 2 else ''} par mois"
    return f"{signed(value)} par mois"


def period_range(start: datetime.date | None, end: datetime.date | None) -> str:
    """« données d'octobre 2026 », « données de juillet à octobre 2026 »."""
    if end is None:
        return "aucune donnée"
    if start is None or start == end:
        return f"données {progress.of_month_fr(end)}"
    if start.year == end.year:
        return f"données {progress.of_month_fr(start).rsplit(' ', 1)[0]} à {month_fr(end)}"
    return f"données {progress.of_month_fr(start)} à {month_fr(end)}"


def _territories_present(count: int) -> str:
    """« le territoire présent », « les 8 territoires présents » à chaque période."""
    if is_plural(count):
        return f"les {count} territoires présents à chaque période"
    return f"{'le territoire présent' if count == 1 else 'aucun territoire présent'} à chaque période"


def names(codes: list[str], territory_names: dict[str, str]) -> str:
    return ", ".join(territory_names.get(code, code) for code in codes)


def coverage_text(figure: outcomes.PublishedFigure, territory_names: dict[str, str]) -> str:
    """« 4/5 — Somme manquante », « 5/5, complète », « valeur déclarée »."""
    if not figure.computed:
        return "valeur déclarée"
    text = f"{figure.coverage}, {STATUS_LABELS.get(figure.status or '', '')}"
    if figure.missing:
        text += (
            f" — {'manquants' if len(figure.missing) > 1 else 'manquant'} : {names(figure.missing, territory_names)}"
        )
    if figure.carried:
        carried = ", ".join(f"{territory_names.get(c, c)} ({month_fr(p)})" for c, p in figure.carried)
        text += f" — reportées : {carried}"
    return text


def coverage_label(figure, territory_names: dict[str, str]) -> str:
    """A figure's coverage in a few words: « 5/5 territoires, complète », « provisoire, 4/5 — manquent : Somme,
    Sambre-Avesnois », « valeur déclarée ». ``figure`` is an engine Figure or a PublishedFigure."""
    if not figure.computed:
        return "valeur déclarée"
    if figure.status == progress.COMPLETE:
        return f"{figure.coverage} territoires, complète"
    if figure.status == progress.CARRIED:
        carried = ", ".join(f"{territory_names.get(c, c)} ({month_fr(p)})" for c, p in figure.carried)
        return f"{figure.coverage} territoires, complète avec valeurs reportées : {carried}"
    verb = "manquent" if len(figure.missing) > 1 else "manque"
    return f"provisoire, {figure.coverage} — {verb} : {names(list(figure.missing), territory_names)}"


def explain_indicator(
    outcome: outcomes.IndicatorOutcome, *, unit: str, direction: str, territory_names: dict[str, str]
) -> list[str]:
    """How one indicator's figure on one territory is obtained, step by step."""
    lines: list[str] = []
    figure = outcome.figure
    for later in outcome.provisional:
        lines.append(
            f"{month_fr(later.period).capitalize()} (provisoire) : {quantity(later.value, unit)} — "
            f"{coverage_text(later, territory_names)} ; une période partielle ne sert ni à l'atteinte, ni à la météo, "
            "ni à la tendance."
        )
    if figure is None:
        lines.insert(0, "Aucune période complète : pas de chiffre de référence pour ce territoire.")
        return lines
    origin = "valeur déclarée pour ce territoire"
    if figure.computed:
        origin = f"{figure.method} de {plural(figure.covered, 'territoire')} sur {figure.total}"
        origin += f" ({coverage_text(figure, territory_names)})"
    lines.insert(0, f"Valeur retenue : {quantity(figure.value, unit)} ({period_range(None, figure.period)}), {origin}.")
    if outcome.children:
        parts = []
        for child in outcome.children:
            name = territory_names.get(child.territory, child.territory)
            if child.status == "missing":
                parts.append(f"{name} : manquant")
            elif child.carried_from:
                parts.append(f"{name} : {fr(child.value or 0)} (reportée de {month_fr(child.carried_from)})")
            else:
                parts.append(f"{name} : {fr(child.value or 0)}")
        lines.insert(1, "Par territoire : " + " ; ".join(parts) + ".")
    if figure.other is not None:
        source = "consolidée depuis les territoires" if not figure.computed else "déclarée pour ce territoire"
        gap = ""
        if figure.other_complete and figure.value:
            share = abs(figure.other - figure.value) / abs(figure.value) * 100
            gap = f", écart de {fr(share, 1)} %" + (" (plus de 5 % : signalé)" if figure.discrepancy else "")
        lines.append(f"Autre source, {source} : {quantity(figure.other, unit)}{gap}.")
    if figure.baseline is None or outcome.attainment is None:
        lines.append(f"Pas d'atteinte calculée : {outcome.reason or 'pas de cible'}.")
    else:
        weighting = ""
        if figure.weighting == progress.WEIGHTED:
            weighting = (
                " ; référence et cibles pondérées par la base de chaque territoire à sa période de référence "
                "(poids fixes)"
            )
        elif figure.weighting == progress.PLAIN:
            weighting = " ; référence et cibles en moyenne simple (bases absentes à la période de référence)"
        scope = " sur les mêmes territoires que la valeur" if figure.computed else ""
        lines.append(
            f"Référence {fr(figure.baseline)} ({month_fr(figure.baseline_on)}), cible {fr(figure.target)} "
            f"({month_fr(figure.target_on)}){scope}{weighting}."
        )
        sense = "à la baisse" if direction == "down" else "à la hausse"
        lines.append(
            f"Atteinte ({sense}) : ({fr(figure.value)} − {fr(figure.baseline)}) / ({fr(figure.target)} − "
            f"{fr(figure.baseline)}) = {pts(outcome.attainment)}, bornée entre 0 et 100 ; attendu à la fin "
            f"{progress.of_month_fr(figure.period)} sur la trajectoire : {pts(outcome.expected or 0)}."
        )
        lines.append(f"Écart à la trajectoire : {signed(outcome.gap or 0)} points → {weather_label(outcome.weather)}.")
    if outcome.trend is not None:
        lines.append(
            f"Tendance : {per_month(outcome.trend, unit)}, de {month_fr(outcome.trend_periods[0])} à "
            f"{month_fr(outcome.trend_periods[-1])}, sur {_territories_present(len(outcome.trend_territories))}."
            + (" Elle est défavorable." if outcome.falling else "")
        )
        if figure.baseline is not None:
            if outcome.projected is None:
                lines.append("Au rythme actuel, la cible ne serait pas atteinte avant l'échéance.")
            elif outcome.projected <= figure.period:
                lines.append("La cible est atteinte.")
            else:
                lines.append(f"Au rythme actuel, la cible serait atteinte en {month_fr(outcome.projected)}.")
    else:
        lines.append("Tendance : moins de trois périodes comparables, pas de tendance.")
    return lines


def explain_engagement(
    outcome: outcomes.EngagementOutcome,
    *,
    as_of: datetime.date,
    indicator_names: dict[str, str],
    territory_names: dict[str, str],
    indicators: list[outcomes.IndicatorOutcome] = (),
) -> list[str]:
    """How an engagement's figure on a territory is obtained: its inputs, their weights, gap and weather."""
    lines = [f"Calculé le {as_of:%d/%m/%Y}, {period_range(outcome.data_period_start, outcome.data_period)}."]
    if outcome.percent is None:
        lines.append("Pas de donnée pour ce territoire : ni valeur d'indicateur, ni jalon qui y soit fixé.")
    else:
        lines.append(
            "Formule : moyenne pondérée de l'atteinte des indicateurs comptés et de l'avancement des jalons fixés "
            f"sur ce territoire = {fr(outcome.percent, 1)} %."
        )
    for line in outcome.indicators:
        name = indicator_names.get(line.indicator, line.indicator)
        if not line.counted:
            lines.append(f"{name} : série de contexte (poids 0), jamais comptée.")
        elif line.attainment is None:
            lines.append(f"{name} (poids {fr(line.weight)}) : non calculé — {line.reason or 'pas de cible'}.")
        else:
            lines.append(
                f"{name} (poids {fr(line.weight)}, {period_range(None, line.period)}) : {pts(line.attainment)}, "
                f"écart {pts(line.gap or 0, sign=True)} → {weather_label(line.weather)}."
            )
    if outcome.milestones:
        done = ", ".join(
            f"« {m.title} » (poids {fr(m.weight)}, {'réalisé' if m.done else 'en retard' if m.overdue else 'à venir'})"
            for m in outcome.milestones
        )
        lines.append(
            f"Jalons fixés sur ce territoire, qui comptent ensemble pour un poids {fr(progress.MILESTONES_WEIGHT)} : "
            f"{fr(outcome.milestone_percent or 0, 0)} % réalisés (pondérés) — {done}."
        )
    if outcome.gap is not None:
        lines.append(
            f"Écart moyen pondéré à la trajectoire : {pts(outcome.gap, sign=True)} → météo calculée "
            f"{weather_label(outcome.weather_computed)}"
            + (" (un jalon est en retard : orage)" if any(m.overdue for m in outcome.milestones) else "")
            + "."
        )
    if outcome.alerts:
        worst = ", ".join(indicator_names.get(code, code) for code in outcome.alerts)
        lines.append(f"Indicateur en alerte (orage alors que l'engagement ne l'est pas) : {worst}.")
    for item in indicators:
        figure = item.figure
        if figure and figure.computed and figure.missing:
            lines.append(
                f"{indicator_names.get(item.indicator, item.indicator)} : territoires manquants à la période "
                f"retenue — {names(figure.missing, territory_names)}."
            )
        for later in item.provisional:
            if later.missing:
                lines.append(
                    f"{indicator_names.get(item.indicator, item.indicator)}, {month_fr(later.period)} (provisoire) : "
                    f"{names(later.missing, territory_names)} manquant{'s' if is_plural(len(later.missing)) else ''}."
                )
                break
        if figure and figure.other is not None:
            lines.append(
                f"{indicator_names.get(item.indicator, item.indicator)} : valeur de l'autre source {fr(figure.other)}."
            )
        if item.projected is not None and figure and figure.baseline is not None and item.projected > figure.period:
            lines.append(
                f"{indicator_names.get(item.indicator, item.indicator)} : cible atteinte en "
                f"{month_fr(item.projected)} au rythme actuel."
            )
    if outcome.late_since:
        lines.append(f"Mise à jour en retard depuis le {outcome.late_since:%d/%m/%Y} : {outcome.late_item}.")
    return lines


def explain_summary(outcome: outcomes.SummaryOutcome, *, as_of: datetime.date, what: str) -> list[str]:
    """How a theme's or the whole protocol's figure is obtained."""
    lines = [f"Calculé le {as_of:%d/%m/%Y}, {period_range(outcome.data_period_start, outcome.data_period)}."]
    if outcome.percent is None:
        lines.append(f"Pas de donnée pour ce territoire : aucun engagement {what} n'y a d'avancement calculé.")
        return lines
    lines.append(
        f"Moyenne des avancements calculés de {plural(outcome.counted, 'engagement')} sur {outcome.total} {what}, "
        f"à poids égaux : {fr(outcome.percent, 1)} % ; médiane {fr(outcome.median or 0, 1)} %, "
        f"de {fr(outcome.minimum or 0, 1)} à {fr(outcome.maximum or 0, 1)} %."
    )
    shares = ", ".join(
        f"{share.engagement} {fr(share.percent, 1) + ' %' if share.percent is not None else 'non calculé'}"
        for share in outcome.engagements
    )
    lines.append(f"Engagements : {shares}.")
    order = [*progress.JUDGEMENTS, Weather.NON_RENSEIGNEE.value]
    distribution = ", ".join(
        f"{outcome.distribution[weather]} {DISTRIBUTION_LABELS[weather]}"
        for weather in order
        if outcome.distribution.get(weather)
    )
    if distribution:
        lines.append(
            f"Météo calculée des engagements : {distribution} ; médiane : {weather_label(outcome.weather_computed)}."
        )
    return lines
