import { ACTIVE_OBJECT_STATUSES, PLANNING_STAGES } from '@flaskhals/shared';
import { Injectable } from '@nestjs/common';

import { type Actor, readAccess } from '../access';
import { ArenasService } from '../arenas';
import { municipalityIndex } from '../municipalities';
import { DashboardRepository, type DashboardRow, type MonthRow, REPORT_MONTHS } from './dashboard.repository';
import type { Dashboard, DashboardCount, DashboardMonthCount, DashboardMunicipalityCount, DashboardTopObject } from './dashboard.types';

/** How many municipalities the chart names before it sums the rest as OTHERS. */
export const TOP_MUNICIPALITIES = 10;

@Injectable()
export class DashboardService {
  constructor(
    private readonly repository: DashboardRepository,
    private readonly arenas: ArenasService,
  ) {}

  /**
   * An arena's dashboard for whoever asks, by the map's rules: visitors and people without a role
   * see the published objects and the public totals, members the members' view; reports over time
   * count the reports the asker may read (canSeeReport). Anyone may ask: it shows nothing the map
   * does not.
   */
  async dashboard(actor: Actor, arenaId: string | null | undefined): Promise<Dashboard> {
    const access = readAccess(actor, await this.arenas.resolveArenaId(arenaId));
    const [rows, months] = await Promise.all([this.repository.objects(access), this.repository.reportsPerMonth(access)]);
    const of = (dim: DashboardRow['dim']) => rows.filter((r) => r.dim === dim);
    const all = of('all')[0];
    return {
      arenaId: access.arenaId,
      objectCount: all?.n ?? 0,
      totalImpact: {
        delayHoursPerWeek: all?.hours ?? 0,
        extraCostSekPerYear: all?.sek ?? 0,
        freightTonnesPerYear: all?.tonnes ?? 0,
      },
      // The statuses the register shows, in the workflow's order (INACTIVE and DUPLICATE are off the map).
      byStatus: inOrder(ACTIVE_OBJECT_STATUSES, of('status')),
      byPlanningStage: inOrder(PLANNING_STAGES, of('stage')),
      byKind: of('kind')
        .map((r) => ({ key: r.key ?? '', count: r.n }))
        .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)),
      byMunicipality: municipalities(of('municipality')),
      reportsPerMonth: lastMonths(months),
      topByImpact: ranked(of('topImpact')),
      topByBreadth: ranked(of('topBreadth')),
    };
  }
}

/** Every value of a fixed list in its order, zero where no object has it. */
function inOrder(keys: readonly string[], rows: DashboardRow[]): DashboardCount[] {
  const counts = new Map(rows.map((r) => [r.key, r.n]));
  return keys.map((key) => ({ key, count: counts.get(key) ?? 0 }));
}

function municipalities(rows: DashboardRow[]): DashboardMunicipalityCount[] {
  const named = rows
    .filter((r) => r.key !== null)
    .map((r) => ({ code: r.key, name: municipalityIndex.find(r.key!)?.name ?? r.key, count: r.n }))
    .sort((a, b) => b.count - a.count || a.name!.localeCompare(b.name!, 'sv'));
  const top: DashboardMunicipalityCount[] = named.slice(0, TOP_MUNICIPALITIES).map((m) => ({ ...m, bucket: 'MUNICIPALITY' }));
  const others = named.slice(TOP_MUNICIPALITIES).reduce((sum, m) => sum + m.count, 0);
  if (others > 0) top.push({ code: null, name: null, bucket: 'OTHERS', count: others });
  const none = rows.find((r) => r.key === null)?.n ?? 0;
  if (none > 0) top.push({ code: null, name: null, bucket: 'NONE', count: none });
  return top;
}

/** The REPORT_MONTHS months up to the latest one (the database's this month), zero where none came in. */
function lastMonths(rows: MonthRow[]): DashboardMonthCount[] {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.month, (counts.get(r.month) ?? 0) + r.n);
  const current = rows
    .map((r) => r.month)
    .sort()
    .at(-1)!;
  const [year, month] = current.split('-').map(Number);
  return Array.from({ length: REPORT_MONTHS }, (_, i) => {
    const d = new Date(Date.UTC(year, month - 1 - (REPORT_MONTHS - 1 - i), 1));
    const key = `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
    return { month: key, count: counts.get(key) ?? 0 };
  });
}

/** A top list in its order (its rows come joined to the objects' names, in no order). */
function ranked(rows: DashboardRow[]): DashboardTopObject[] {
  return [...rows].sort((a, b) => a.n - b.n).map(topObject);
}

function topObject(r: DashboardRow): DashboardTopObject {
  return {
    id: r.key!,
    name: r.name!,
    kind: r.kind!,
    status: r.status!,
    municipality: r.municipality,
    organizationCount: r.orgs ?? 0,
    reportCount: r.reports ?? 0,
    impact: { delayHoursPerWeek: r.hours, extraCostSekPerYear: r.sek, freightTonnesPerYear: r.tonnes },
  };
}
