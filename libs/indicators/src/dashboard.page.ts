import { Injectable } from '@nestjs/common';
import { addDays, addMonths, localDateOf } from '@tremplin/beneficiaries';
import type { LocalDate } from '@tremplin/beneficiaries';
import { Clock, PageRenderer, definePage } from '@tremplin/core';
import { ChartRenderer } from './chart-renderer';
import { AIN_COMMUNE_OUTLINES } from './data/ain-commune-outlines.data';
import {
  CommuneFeatureCollection,
  breakdownBarSpec,
  communeFeatures,
  missionsMapSpec,
  monthlySeriesSpec,
} from './domain/charts';
import { IndicatorKind } from './domain/indicator-definitions';
import { countUnitFr } from './domain/french-numbers';
import type { IndicatorReportView, IndicatorValueView } from './domain/indicator-report';
import { SMALL_NUMBER_THRESHOLD } from './domain/small-numbers';

interface DashboardData {
  report: IndicatorReportView;
  computedAtLabel: string;
  from: string;
  to: string;
  territories: Array<{ id: string; name: string; selected: boolean }>;
  allowDepartement: boolean;
  csvUrl: string;
  threshold: number;
  smallMax: number;
  groups: Array<{
    action: string;
    rows: Array<IndicatorValueView & { ratio: string | null; shownUnit: string | null }>;
  }>;
  charts: { series: string; domains: string; competencies: string; map: string };
  hasDomains: boolean;
  hasCompetencies: boolean;
  missionCountLabel: string;
  exchangesOpen: boolean;
}

const DASHBOARD_PAGE = definePage<DashboardData>(
  (data) => `Indicateurs — ${data.report.scopeLabel}`,
  `<h1>Indicateurs du Plan insertion 01</h1>
<p><strong>{{report.scopeLabel}}</strong>, {{report.periodLabel}}. Calculés le {{computedAtLabel}}.</p>
{{#unless report.exactFigures}}<p class="notice">Protection des petits effectifs : un nombre compris entre 1 et {{smallMax}} est affiché « &lt; {{threshold}} », et une part calculée sur moins de {{threshold}} personnes n’est pas diffusée.</p>{{/unless}}

<form method="get" action="/indicators" aria-label="Choix de la période et du territoire">
  <label for="from">Du (inclus)</label>
  <input id="from" name="from" type="date" value="{{from}}" required>
  <label for="to">Au (exclu)</label>
  <input id="to" name="to" type="date" value="{{to}}" required>
  <label for="territoryId">Territoire</label>
  <select id="territoryId" name="territoryId">
    {{#if allowDepartement}}<option value="">Ensemble du département</option>{{/if}}
    {{#each territories}}<option value="{{id}}"{{#if selected}} selected{{/if}}>{{name}}</option>{{/each}}
  </select>
  <p><button type="submit">Afficher</button> <a class="button secondary" href="{{csvUrl}}" download>Télécharger le tableau (CSV)</a></p>
</form>

<h2 id="tableau">Tableau des indicateurs</h2>
{{#each groups}}
<table>
  <caption><strong>{{action}}</strong></caption>
  <thead><tr><th scope="col">Code</th><th scope="col">Indicateur</th><th scope="col">Valeur</th><th scope="col">Numérateur / dénominateur</th></tr></thead>
  <tbody>
  {{#each rows}}
    <tr>
      <td>{{code}}</td>
      <td>{{label}}<details><summary>Définition</summary><p>{{definition}}</p>{{#if numeratorLabel}}<p>Numérateur : {{numeratorLabel}}.<br>Dénominateur : {{denominatorLabel}}.</p>{{/if}}</details></td>
      <td><strong>{{display}}</strong>{{#if shownUnit}} {{shownUnit}}{{/if}}</td>
      <td>{{#if ratio}}{{ratio}}{{else}}—{{/if}}</td>
    </tr>
  {{/each}}
  </tbody>
</table>
{{/each}}

<h2 id="serie">Action 5 : évolution mois par mois</h2>
<figure>{{{charts.series}}}<figcaption>Personnes ayant une mission bénévole (A5-1), retours à l’emploi (A5-2), passeports délivrés (A5-3) et entretiens tripartites tenus (A5-4), par mois.{{#unless report.exactFigures}} Les mois où une valeur est inférieure à {{threshold}} ne sont pas représentés pour cet indicateur.{{/unless}}</figcaption></figure>

<h2 id="domaines">Missions confiées par domaine d’action</h2>
{{#if hasDomains}}<figure>{{{charts.domains}}}<figcaption>Nombre de missions confiées pendant la période, par domaine d’action.</figcaption></figure>{{else}}<p>Aucune mission confiée pendant la période.</p>{{/if}}

<h2 id="structures">Missions confiées par structure d’accueil</h2>
{{#if report.missionsByHost.length}}
<table><thead><tr><th scope="col">Structure d’accueil</th><th scope="col">Missions confiées</th></tr></thead>
<tbody>{{#each report.missionsByHost}}<tr><td>{{label}}</td><td>{{display}}</td></tr>{{/each}}</tbody></table>
{{else}}<p>Aucune mission confiée pendant la période.</p>{{/if}}

<h2 id="competences">Compétences valorisées (passeport bénévole)</h2>
{{#if hasCompetencies}}<figure>{{{charts.competencies}}}<figcaption>Compétences attestées par les structures d’accueil pendant la période (les 15 plus fréquentes).</figcaption></figure>{{else}}<p>Aucune compétence attestée pendant la période.</p>{{/if}}

<h2 id="echanges">Échanges entre les associations et les CDS</h2>
{{#if report.exchanges.length}}
<details{{#if exchangesOpen}} open{{/if}}><summary>Détail par mois et par territoire ({{report.exchanges.length}} lignes)</summary>
<table><thead><tr><th scope="col">Mois</th><th scope="col">Territoire</th><th scope="col">Propositions envoyées</th><th scope="col">Entretiens tenus</th><th scope="col">Messages aux structures</th><th scope="col">Total</th></tr></thead>
<tbody>{{#each report.exchanges}}<tr><td>{{monthLabel}}</td><td>{{territoryName}}</td><td>{{proposals.display}}</td><td>{{interviews.display}}</td><td>{{messages.display}}</td><td>{{total.display}}</td></tr>{{/each}}</tbody></table>
</details>
{{else}}<p>Aucun échange pendant la période.</p>{{/if}}

<h2 id="carte">Carte des missions</h2>
<figure>{{{charts.map}}}<figcaption>{{missionCountLabel}} pendant la période, colorées par domaine d’action, sur les communes de l’Ain. Fond : IGN Admin Express 2018, Licence Ouverte.</figcaption></figure>
{{#if report.missions.length}}
<details><summary>Liste des missions de la carte</summary>
<table><thead><tr><th scope="col">Mission</th><th scope="col">Domaine</th><th scope="col">Structure d’accueil</th><th scope="col">Commune</th></tr></thead>
<tbody>{{#each report.missions}}<tr><td>{{title}}</td><td>{{domainLabel}}</td><td>{{hostName}}</td><td>{{communeName}}</td></tr>{{/each}}</tbody></table>
</details>
{{/if}}
<p><a class="button secondary" href="/accueil">Retour à la console</a></p>`,
);

const DATE_TIME = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  dateStyle: 'long',
  timeStyle: 'short',
});

/**
 * The period a dashboard (and the CSV) opens on: the last 12 months, up to today included —
 * on 3 December 2026, from 4 December 2025 to 3 December 2026. Not the calendar year, and no
 * day still to come.
 */
export function defaultPeriod(today: LocalDate): { from: LocalDate; to: LocalDate } {
  return { from: addDays(addMonths(today, -12), 1), to: addDays(today, 1) };
}

/** The indicators dashboard, rendered on the server: tables, SVG charts and the map. */
@Injectable()
export class DashboardPage {
  private communes: CommuneFeatureCollection | undefined;

  constructor(
    private readonly pages: PageRenderer,
    private readonly charts: ChartRenderer,
    private readonly clock: Clock,
  ) {}

  defaultPeriod(): { from: LocalDate; to: LocalDate } {
    return defaultPeriod(localDateOf(this.clock.now()));
  }

  async render(
    report: IndicatorReportView,
    territories: ReadonlyArray<{ id: string; name: string }>,
    allowDepartement: boolean,
  ): Promise<string> {
    this.communes ??= communeFeatures(AIN_COMMUNE_OUTLINES);
    const query = new URLSearchParams({ from: report.from, to: report.to });
    if (report.territoryId) query.set('territoryId', report.territoryId);
    const groups: DashboardData['groups'] = [];
    for (const value of report.values) {
      let group = groups.find((g) => g.action === value.action);
      if (!group) groups.push((group = { action: value.action, rows: [] }));
      group.rows.push({
        ...value,
        ratio:
          value.kind === IndicatorKind.COUNT
            ? null
            : `${value.numeratorDisplay ?? '—'} / ${value.denominatorDisplay ?? '—'}`,
        // « 12 personnes », « 62,5 % », « 0,71 » (an index has no unit to repeat).
        shownUnit:
          value.value !== null && value.kind === IndicatorKind.COUNT ? countUnitFr(value.unit, value.value) : null,
      });
    }
    const [series, domains, competencies, map] = await Promise.all([
      this.charts.toSvg(monthlySeriesSpec(report.monthly), {
        id: 'serie',
        label: 'Graphique : évolution mensuelle des indicateurs A5-1 à A5-4',
      }),
      this.charts.toSvg(
        breakdownBarSpec('Missions confiées par domaine', report.missionsByDomain, {
          byDomain: true,
          axisTitle: 'Missions confiées',
        }),
        { id: 'domaines', label: 'Graphique : missions confiées par domaine d’action' },
      ),
      this.charts.toSvg(
        breakdownBarSpec('Compétences attestées', report.competenciesAttested, {
          limit: 15,
          axisTitle: 'Compétences attestées',
        }),
        { id: 'competences', label: 'Graphique : compétences attestées, par compétence' },
      ),
      this.charts.toSvg(missionsMapSpec(this.communes, report.missions), {
        id: 'carte',
        label: 'Carte des missions de bénévolat dans les communes de l’Ain, colorées par domaine d’action',
      }),
    ]);
    return this.pages.render(
      DASHBOARD_PAGE,
      {
        report,
        computedAtLabel: DATE_TIME.format(report.computedAt),
        from: report.from,
        to: report.to,
        territories: territories.map((t) => ({ id: t.id, name: t.name, selected: t.id === report.territoryId })),
        allowDepartement,
        csvUrl: `/indicators.csv?${query.toString()}`,
        threshold: SMALL_NUMBER_THRESHOLD,
        smallMax: SMALL_NUMBER_THRESHOLD - 1,
        groups,
        charts: { series, domains, competencies, map },
        hasDomains: report.missionsByDomain.some((d) => d.count !== null && d.count > 0),
        hasCompetencies: report.competenciesAttested.some((c) => c.count !== null && c.count > 0),
        missionCountLabel:
          report.missions.length === 0
            ? 'Aucune mission ouverte'
            : report.missions.length === 1
              ? 'Une mission ouverte'
              : `${report.missions.length} missions ouvertes`,
        // A territory's few months show at once; the département's many lines fold.
        exchangesOpen: report.exchanges.length <= 12,
      },
      { wide: true },
    );
  }
}
