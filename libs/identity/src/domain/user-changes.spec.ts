import { Role } from '@tremplin/core';
import { applyUserChange, userChangeProblems, type UserSettings } from './user-changes';

const referent: UserSettings = { id: 'u1', role: Role.REFERENT, territoryId: 't1', isTerritoryManager: true };
const admin = { id: 'admin' };

describe(userChangeProblems.name, () => {
  it('accepts a change of territory or of the manager flag of a référent', () => {
    expect(userChangeProblems(referent, { territoryId: 't2', isTerritoryManager: false }, admin)).toEqual([]);
  });

  it('requires a territory for a référent', () => {
    expect(userChangeProblems(referent, { territoryId: null }, admin)).toEqual([
      { field: 'territoryId', message: 'est obligatoire pour un référent' },
    ]);
    const coordinator = { ...referent, role: Role.COORDINATOR, territoryId: null, isTerritoryManager: false };
    expect(userChangeProblems(coordinator, { role: Role.REFERENT }, admin).map((p) => p.field)).toEqual([
      'territoryId',
    ]);
  });

  it('refuses to make or unmake an association member', () => {
    expect(userChangeProblems(referent, { role: Role.ASSOCIATION }, admin).map((p) => p.field)).toEqual(['role']);
    const member = { ...referent, role: Role.ASSOCIATION, isTerritoryManager: false };
    expect(userChangeProblems(member, { role: Role.COORDINATOR }, admin).map((p) => p.field)).toEqual(['role']);
  });

  it('refuses an administrator changing their own role', () => {
    const self = { id: 'admin', role: Role.ADMIN, territoryId: null, isTerritoryManager: false };
    expect(userChangeProblems(self, { role: Role.COORDINATOR }, admin)).toEqual([
      { field: 'role', message: 'vous ne pouvez pas changer votre propre rôle' },
    ]);
    expect(userChangeProblems(self, { role: Role.ADMIN }, admin)).toEqual([]);
  });

  it('keeps the manager flag for référents only', () => {
    expect(userChangeProblems(referent, { role: Role.COORDINATOR, isTerritoryManager: true }, admin)).toEqual([
      { field: 'isTerritoryManager', message: 'est réservé aux référents' },
    ]);
  });
});

describe(applyUserChange.name, () => {
  it('drops the manager flag when a référent becomes a coordinator', () => {
    expect(applyUserChange(referent, { role: Role.COORDINATOR })).toEqual({
      id: 'u1',
      role: Role.COORDINATOR,
      territoryId: 't1',
      isTerritoryManager: false,
    });
  });
});
