import { can, rolesGrantableBy } from './access';

it('observers read as the members audience but write nothing', () => {
  expect(can('OBSERVER', 'readMembersAudience')).toBe(true);
  for (const write of ['report', 'support', 'editAnyReport', 'manageMembers', 'manageRoles'] as const)
    expect(can('OBSERVER', write)).toBe(false);
});

it('only staff and admins see other organizations’ raw figures; nobody without a role sees anything', () => {
  expect(can('MEMBER', 'readAllFigures')).toBe(false);
  expect(can('STAFF', 'readAllFigures')).toBe(true);
  expect(can('ADMIN', 'readAllFigures')).toBe(true);
  expect(can(null, 'readMembersAudience')).toBe(false);
});

it('staff invite members, staff and observers; only admins make admins', () => {
  expect(rolesGrantableBy('STAFF')).not.toContain('ADMIN');
  expect(rolesGrantableBy('ADMIN')).toContain('ADMIN');
  expect(rolesGrantableBy('MEMBER')).toEqual([]);
});
