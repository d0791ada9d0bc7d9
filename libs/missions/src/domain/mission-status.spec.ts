import {
  MISSION_ACTIONS,
  MISSION_STATUSES,
  MissionAction,
  MissionStatus,
  refusalMessage,
  transition,
} from './mission-status';

const { DRAFT, SUBMITTED, PUBLISHED, FULL, CLOSED } = MissionStatus;
const A = MissionAction;

/**
 * The whole machine, written out: for every status and every action, the status reached with
 * places left and with none left (null: refused).
 */
const EXPECTED: Record<
  MissionStatus,
  Record<MissionAction, [withPlaces: MissionStatus | null, noPlace: MissionStatus | null]>
> = {
  DRAFT: {
    CREATE: [null, null],
    SUBMIT: [SUBMITTED, SUBMITTED],
    PUBLISH: [null, null],
    REJECT: [null, null],
    CLOSE: [CLOSED, CLOSED],
    EDIT: [DRAFT, DRAFT],
    FILL: [null, null],
    RELEASE: [null, null],
  },
  SUBMITTED: {
    CREATE: [null, null],
    SUBMIT: [null, null],
    PUBLISH: [PUBLISHED, FULL],
    REJECT: [DRAFT, DRAFT],
    CLOSE: [CLOSED, CLOSED],
    EDIT: [SUBMITTED, SUBMITTED],
    FILL: [null, null],
    RELEASE: [null, null],
  },
  PUBLISHED: {
    CREATE: [null, null],
    SUBMIT: [null, null],
    PUBLISH: [null, null],
    REJECT: [null, null],
    CLOSE: [CLOSED, CLOSED],
    EDIT: [SUBMITTED, SUBMITTED],
    FILL: [null, FULL],
    RELEASE: [null, null],
  },
  FULL: {
    CREATE: [null, null],
    SUBMIT: [null, null],
    PUBLISH: [null, null],
    REJECT: [null, null],
    CLOSE: [CLOSED, CLOSED],
    EDIT: [SUBMITTED, SUBMITTED],
    FILL: [null, null],
    RELEASE: [PUBLISHED, null],
  },
  CLOSED: {
    CREATE: [null, null],
    SUBMIT: [null, null],
    PUBLISH: [null, null],
    REJECT: [null, null],
    CLOSE: [null, null],
    EDIT: [null, null],
    FILL: [null, null],
    RELEASE: [null, null],
  },
};

describe(transition.name, () => {
  it('covers every status and every action', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...MISSION_STATUSES].sort());
    for (const status of MISSION_STATUSES)
      expect(Object.keys(EXPECTED[status]).sort()).toEqual([...MISSION_ACTIONS].sort());
  });

  describe.each(MISSION_STATUSES.flatMap((status) => MISSION_ACTIONS.map((action) => [status, action] as const)))(
    'from %s by %s',
    (status, action) => {
      const [withPlaces, noPlace] = EXPECTED[status][action];

      it.each([
        ['with places left', 3, withPlaces],
        ['with no place left', 0, noPlace],
      ] as const)('%s', (_label, placesLeft, expected) => {
        const result = transition(status, action, { placesLeft });
        if (expected === null) {
          expect(result).toEqual({ ok: false, message: refusalMessage(status, action) });
        } else {
          expect(result).toEqual({ ok: true, to: expected });
        }
      });
    },
  );

  it('names the current status in French when it refuses', () => {
    expect(transition(PUBLISHED, A.SUBMIT, { placesLeft: 1 })).toEqual({
      ok: false,
      message: 'La mission est au statut « Publiée » : elle ne peut pas être soumise à validation.',
    });
    expect(transition(DRAFT, A.PUBLISH, { placesLeft: 1 })).toEqual({
      ok: false,
      message:
        "La mission est au statut « Brouillon » : elle ne peut pas être publiée (l'association doit d'abord la soumettre à validation).",
    });
    expect(transition(CLOSED, A.EDIT, { placesLeft: 1 })).toEqual({
      ok: false,
      message: 'La mission est au statut « Clôturée » : elle ne peut plus être modifiée.',
    });
    expect(transition(CLOSED, A.CLOSE, { placesLeft: 1 })).toEqual({
      ok: false,
      message: 'La mission est au statut « Clôturée » : elle ne peut pas être clôturée (elle est déjà clôturée).',
    });
  });

  it('never leaves CLOSED, whatever the action', () => {
    for (const action of MISSION_ACTIONS) {
      expect(transition(CLOSED, action, { placesLeft: 5 }).ok).toBe(false);
    }
  });
});
