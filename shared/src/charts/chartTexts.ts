import type { ObjectKind } from '../enums';
import type { ObjectStatus, PlanningStage } from '../workflow';

export const CHART_LANGUAGES = ['sv', 'en'] as const;
export type ChartLanguage = (typeof CHART_LANGUAGES)[number];

/**
 * The words inside the dashboard's charts and their table alternatives. They live here, not in
 * the web's i18n files, because the server draws the same charts into position papers (a PDF has
 * no i18next); the enum names repeat the web's (web/src/ui/i18n, web/src/facts/i18n), as the
 * server's notification mails do.
 */
export interface ChartTexts {
  locale: string;
  titles: {
    status: string;
    planningStage: string;
    kind: string;
    municipality: string;
    reportsPerMonth: string;
    topByImpact: string;
    topByBreadth: string;
  };
  columns: {
    status: string;
    planningStage: string;
    kind: string;
    municipality: string;
    month: string;
    object: string;
    objects: string;
    reports: string;
    organizations: string;
    sek: string;
    hours: string;
    tonnes: string;
  };
  otherMunicipalities: string;
  noMunicipality: string;
  statuses: Record<ObjectStatus, string>;
  planningStages: Record<PlanningStage, string>;
  kinds: Record<ObjectKind, string>;
}

const sv: ChartTexts = {
  locale: 'sv-SE',
  titles: {
    status: 'Objekt per status',
    planningStage: 'Objekt per planeringsskede',
    kind: 'Objekt per typ',
    municipality: 'Objekt per kommun',
    reportsPerMonth: 'Rapporter per månad',
    topByImpact: 'Störst påverkan (kr per år)',
    topByBreadth: 'Bredast stöd (organisationer)',
  },
  columns: {
    status: 'Status',
    planningStage: 'Planeringsskede',
    kind: 'Typ',
    municipality: 'Kommun',
    month: 'Månad',
    object: 'Objekt',
    objects: 'Antal objekt',
    reports: 'Antal rapporter',
    organizations: 'Organisationer',
    sek: 'Kronor per år',
    hours: 'Timmar per vecka',
    tonnes: 'Ton per år',
  },
  otherMunicipalities: 'Övriga kommuner',
  noMunicipality: 'Utan kommun',
  statuses: {
    REPORTED: 'Rapporterad',
    CONFIRMED: 'Bekräftad',
    PRIORITIZED: 'Prioriterad',
    RESOLVED: 'Åtgärdad',
    DISMISSED: 'Avfärdad',
    INACTIVE: 'Inaktiv',
    DUPLICATE: 'Dubblett',
  },
  planningStages: {
    NONE: 'Inte i planeringen',
    AVS_ONGOING: 'ÅVS pågår',
    AVS_DONE: 'ÅVS klar',
    IN_REGIONAL_PLAN: 'I länsplanen',
    IN_NATIONAL_PLAN: 'I nationella planen',
    FINANCED: 'Finansierad',
    UNDER_CONSTRUCTION: 'Byggs',
    DONE: 'Klar',
  },
  kinds: {
    PORT: 'Hamn',
    RAIL_SEGMENT: 'Järnvägssträcka',
    ROAD: 'Väg',
    TERMINAL: 'Terminal',
    AIRPORT: 'Flygplats',
    BRIDGE: 'Bro',
    LEVEL_CROSSING: 'Plankorsning',
    WATERWAY: 'Farled eller sluss',
    OTHER: 'Övrigt',
  },
};

const en: ChartTexts = {
  locale: 'en-GB',
  titles: {
    status: 'Objects by status',
    planningStage: 'Objects by planning stage',
    kind: 'Objects by kind',
    municipality: 'Objects by municipality',
    reportsPerMonth: 'Reports per month',
    topByImpact: 'Largest impact (SEK per year)',
    topByBreadth: 'Broadest support (organizations)',
  },
  columns: {
    status: 'Status',
    planningStage: 'Planning stage',
    kind: 'Kind',
    municipality: 'Municipality',
    month: 'Month',
    object: 'Object',
    objects: 'Objects',
    reports: 'Reports',
    organizations: 'Organizations',
    sek: 'SEK per year',
    hours: 'Hours per week',
    tonnes: 'Tonnes per year',
  },
  otherMunicipalities: 'Other municipalities',
  noMunicipality: 'No municipality',
  statuses: {
    REPORTED: 'Reported',
    CONFIRMED: 'Confirmed',
    PRIORITIZED: 'Prioritized',
    RESOLVED: 'Resolved',
    DISMISSED: 'Dismissed',
    INACTIVE: 'Inactive',
    DUPLICATE: 'Duplicate',
  },
  planningStages: {
    NONE: 'Not in planning',
    AVS_ONGOING: 'ÅVS ongoing',
    AVS_DONE: 'ÅVS done',
    IN_REGIONAL_PLAN: 'In the regional plan',
    IN_NATIONAL_PLAN: 'In the national plan',
    FINANCED: 'Financed',
    UNDER_CONSTRUCTION: 'Under construction',
    DONE: 'Done',
  },
  kinds: {
    PORT: 'Port',
    RAIL_SEGMENT: 'Rail segment',
    ROAD: 'Road',
    TERMINAL: 'Terminal',
    AIRPORT: 'Airport',
    BRIDGE: 'Bridge',
    LEVEL_CROSSING: 'Level crossing',
    WATERWAY: 'Waterway or lock',
    OTHER: 'Other',
  },
};

/** The chart texts of a language; anything but English gets Swedish. */
export function chartTexts(language: string): ChartTexts {
  return language.startsWith('en') ? en : sv;
}
