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
