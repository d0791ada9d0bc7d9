import {
  EngagementScope,
  EngagementViewer,
  canAttest,
  canManageEngagement,
  canReadPassport,
  canRecordOutcome,
  canSeeEngagement,
} from './engagement-access';

const scope: EngagementScope = { referentId: 'ref-1', territoryId: 'oyonnax', associationId: 'asso-1' };
const viewer = (role: string, extra: Partial<EngagementViewer> = {}): EngagementViewer => ({
  id: 'someone',
  role,
  territoryId: null,
  isTerritoryManager: false,
  associationId: null,
  ...extra,
});

const admin = viewer('ADMIN');
const referent = viewer('REFERENT', { id: 'ref-1', territoryId: 'oyonnax' });
const colleague = viewer('REFERENT', { id: 'ref-2', territoryId: 'oyonnax' });
const manager = viewer('REFERENT', { id: 'ref-3', territoryId: 'oyonnax', isTerritoryManager: true });
const otherManager = viewer('REFERENT', { id: 'ref-4', territoryId: 'belley', isTerritoryManager: true });
const coordinator = viewer('COORDINATOR');
const host = viewer('ASSOCIATION', { associationId: 'asso-1' });
const otherHost = viewer('ASSOCIATION', { associationId: 'asso-2' });
const homeless = viewer('ASSOCIATION');

describe('engagement access', () => {
  it.each([
    ['admin', admin, true, true, false],
    ['referent', referent, true, true, false],
    ['colleague', colleague, false, false, false],
    ['territory manager', manager, true, false, false],
    ['other territory manager', otherManager, false, false, false],
    ['coordinator', coordinator, true, true, false],
    ['host member', host, true, true, true],
    ['member of another association', otherHost, false, false, false],
    ['association member without association', homeless, false, false, false],
  ])('%s: sees %p, manages %p, attests %p', (_name, who, sees, manages, attests) => {
    expect(canSeeEngagement(who, scope)).toBe(sees);
    expect(canManageEngagement(who, scope)).toBe(manages);
    expect(canAttest(who, scope)).toBe(attests);
  });

  it('leaves outcomes to the referent and the admin, the passport to those who read the file', () => {
    expect([admin, referent, manager, coordinator, host].map((v) => canRecordOutcome(v, scope))).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
    expect([admin, referent, manager, colleague, coordinator, host].map((v) => canReadPassport(v, scope))).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});
