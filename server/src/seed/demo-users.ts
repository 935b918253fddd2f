import type { ArenaRole } from '@flaskhals/shared';

/** Printed in the README: demo only. Anyone who can reach a demo installation can sign in with it. */
export const DEMO_PASSWORD = 'flaskhals-demo';

/** One user per role, of fictional people, at organizations of the demo data. */
export const DEMO_USERS: { email: string; name: string; organizationKey: string; role: ArenaRole }[] = [
  { email: 'admin@ila.example', name: 'Demo Administratör', organizationKey: 'demohandelskammaren-malardalen', role: 'ADMIN' },
  { email: 'kansli@ila.example', name: 'Demo Kanslist', organizationKey: 'demohandelskammaren-malardalen', role: 'STAFF' },
  { email: 'medlem@ila.example', name: 'Demo Medlem', organizationKey: 'demo-stalverk', role: 'MEMBER' },
  { email: 'akeri@ila.example', name: 'Demo Åkare', organizationKey: 'exempelakeriet-koping', role: 'MEMBER' },
  { email: 'observator@ila.example', name: 'Demo Observatör', organizationKey: 'region-vastmanland', role: 'OBSERVER' },
];

/** Demo reports' visibility, spread so that every kind occurs: some public, a few confidential. */
export function demoVisibility(index: number): 'PUBLIC' | 'MEMBERS' | 'ORGANIZATION' {
  if (index % 7 === 3) return 'ORGANIZATION';
  return index % 3 === 0 ? 'PUBLIC' : 'MEMBERS';
}

/**
 * A second arena on the same installation, around Norrköping and Ostlänken, so arena switching
 * and the separation between arenas can be seen: its objects and reports are its own rows.
 */
export const SECOND_DEMO_ARENA = {
  arena: {
    slug: 'esic-demo',
    name: 'East Sweden Infra Cluster (demo)',
    description: 'Företag och kommuner i Östergötland och Sörmland kring Ostlänken, Kardonbanan och hamnarna i Norrköping och Oxelösund.',
    mapCenterLng: 16.6,
    mapCenterLat: 58.7,
    mapZoom: 9,
  },
  memberKeys: [
    'demohandelskammaren-malardalen',
    'norrkopings-kommun',
    'oxelosunds-kommun',
    'demo-godstag',
    'provlogistik-malardalen',
    'demo-stalverk',
    'exempelgruvan-bergslagen',
  ],
  objectKeys: [
    'norrkopings-hamn-handelo',
    'kardonbanan-aby-handelo',
    'ostlanken-jarna-linkoping',
    'handelo-kombiterminal',
    'oxelosunds-hamn',
    'stockholm-skavsta',
    'sala-oxelosund-banan',
  ],
  /** Roles of demo users in this arena, beside their role in the first one. */
  roles: { 'kansli@ila.example': 'STAFF', 'medlem@ila.example': 'MEMBER', 'admin@ila.example': 'ADMIN' } as Record<string, ArenaRole>,
};
