import { AppException, ErrorCode } from '@tremplin/core';
import { checkIndicatorScope, defaultTerritoryOf, mayReadIndicators, seesExactFigures } from './indicator-scope';

const admin = { role: 'ADMIN', territoryId: null, isTerritoryManager: false };
const manager = { role: 'REFERENT', territoryId: 'oyonnax', isTerritoryManager: true };
const referent = { role: 'REFERENT', territoryId: 'oyonnax', isTerritoryManager: false };
const association = { role: 'ASSOCIATION', territoryId: null, isTerritoryManager: false };
const coordinator = { role: 'COORDINATOR', territoryId: null, isTerritoryManager: false };

function codeOf(run: () => void): string | null {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof AppException) return error.code;
    throw error;
  }
}

describe(checkIndicatorScope.name, () => {
  it('lets the admin read the whole département and any territory', () => {
    expect(codeOf(() => checkIndicatorScope(admin, null, false))).toBeNull();
    expect(codeOf(() => checkIndicatorScope(admin, 'belley', true))).toBeNull();
  });

  it('lets a territory manager read their own territory only', () => {
    expect(codeOf(() => checkIndicatorScope(manager, 'oyonnax', true))).toBeNull();
    expect(codeOf(() => checkIndicatorScope(manager, 'belley', true))).toBe(ErrorCode.FORBIDDEN);
    expect(codeOf(() => checkIndicatorScope(manager, null, false))).toBe(ErrorCode.FORBIDDEN);
  });

  it('says NOT_FOUND for an unknown territory', () => {
    expect(codeOf(() => checkIndicatorScope(admin, 'nowhere', false))).toBe(ErrorCode.NOT_FOUND);
    expect(codeOf(() => checkIndicatorScope(manager, 'nowhere', false))).toBe(ErrorCode.NOT_FOUND);
  });

  it('refuses referents who manage no territory, coordinators and associations', () => {
    for (const viewer of [referent, association, coordinator]) {
      expect(mayReadIndicators(viewer)).toBe(false);
      expect(codeOf(() => checkIndicatorScope(viewer, 'oyonnax', true))).toBe(ErrorCode.FORBIDDEN);
    }
  });

  it('refuses a manager flag without a territory', () => {
    expect(mayReadIndicators({ role: 'REFERENT', territoryId: null, isTerritoryManager: true })).toBe(false);
  });
});

describe('indicator viewers', () => {
  it('shows exact figures to the admin only', () => {
    expect(seesExactFigures(admin)).toBe(true);
    expect(seesExactFigures(manager)).toBe(false);
  });

  it('opens the admin on the département and a manager on their territory', () => {
    expect(defaultTerritoryOf(admin)).toBeNull();
    expect(defaultTerritoryOf(manager)).toBe('oyonnax');
  });
});
