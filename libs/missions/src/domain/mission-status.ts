/**
 * The moderation workflow of a mission (« fiche mission »), as a pure state machine:
 *
 *   DRAFT ──submit──▶ SUBMITTED ──publish──▶ PUBLISHED ◀──release── FULL
 *     ▲                  │  ▲                   │  └──────fill──────▶ ▲
 *     └─────reject───────┘  └──edit (substantive)┘                    │
 *   any status but CLOSED ──close──▶ CLOSED (final)
 *
 * Publishing a mission whose places are all taken lands it in FULL directly. Editing the
 * substantive fields of a PUBLISHED or FULL mission sends it back to moderation (SUBMITTED).
 */
export enum MissionStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  PUBLISHED = 'PUBLISHED',
  FULL = 'FULL',
  CLOSED = 'CLOSED',
}

export enum MissionAction {
  /** The association writes a new mission (always starts as a DRAFT; not a move between statuses). */
  CREATE = 'CREATE',
  /** The association asks for publication. */
  SUBMIT = 'SUBMIT',
  /** A moderator (admin or coordinator) publishes. */
  PUBLISH = 'PUBLISH',
  /** A moderator sends the mission back to its draft, with a reason. */
  REJECT = 'REJECT',
  /** The association or a moderator closes the mission for good. */
  CLOSE = 'CLOSE',
  /** The association changes substantive fields (text, place, schedule, requirements…). */
  EDIT = 'EDIT',
  /** The last place is taken (system). */
  FILL = 'FILL',
  /** A place is freed on a full mission (system). */
  RELEASE = 'RELEASE',
}

export const MISSION_STATUSES: readonly MissionStatus[] = Object.values(MissionStatus);
/** The status of a new mission. */
export const INITIAL_MISSION_STATUS = MissionStatus.DRAFT;

export const MISSION_ACTIONS: readonly MissionAction[] = Object.values(MissionAction);

export const MISSION_STATUS_LABELS: Record<MissionStatus, string> = {
  DRAFT: 'Brouillon',
  SUBMITTED: 'En attente de validation',
  PUBLISHED: 'Publiée',
  FULL: 'Complète',
  CLOSED: 'Clôturée',
};

/** What the action would do, in French, for the refusal message (« elle ne peut pas être … »). */
const ACTION_REFUSALS: Record<MissionAction, string> = {
  CREATE: 'elle existe déjà',
  SUBMIT: 'elle ne peut pas être soumise à validation',
  PUBLISH: 'elle ne peut pas être publiée',
  REJECT: 'elle ne peut pas être renvoyée en brouillon',
  CLOSE: 'elle ne peut pas être clôturée',
  EDIT: 'elle ne peut plus être modifiée',
  FILL: 'elle ne peut pas être marquée complète',
  RELEASE: 'elle ne peut pas être rouverte',
};

const ACTION_HINTS: Partial<Record<MissionAction, Partial<Record<MissionStatus, string>>>> = {
  SUBMIT: { SUBMITTED: ' (elle est déjà en attente de validation)' },
  PUBLISH: {
    DRAFT: " (l'association doit d'abord la soumettre à validation)",
    PUBLISHED: ' (elle est déjà publiée)',
    FULL: ' (elle est déjà publiée)',
  },
  REJECT: { DRAFT: ' (elle est déjà en brouillon)' },
  CLOSE: { CLOSED: ' (elle est déjà clôturée)' },
};

/** Facts the machine needs besides the status. */
export interface TransitionContext {
  /** Places not yet taken (places − placesTaken). */
  placesLeft: number;
}

export type TransitionResult = { ok: true; to: MissionStatus } | { ok: false; message: string };

/** The French refusal: « La mission est au statut « Publiée » : elle ne peut pas être soumise à validation. » */
export function refusalMessage(status: MissionStatus, action: MissionAction): string {
  return `La mission est au statut « ${MISSION_STATUS_LABELS[status]} » : ${ACTION_REFUSALS[action]}${
    ACTION_HINTS[action]?.[status] ?? ''
  }.`;
}

/** The status after `action` from `status`, or the French reason why the action is refused. */
export function transition(status: MissionStatus, action: MissionAction, context: TransitionContext): TransitionResult {
  const to = target(status, action, context);
  return to ? { ok: true, to } : { ok: false, message: refusalMessage(status, action) };
}

function target(status: MissionStatus, action: MissionAction, { placesLeft }: TransitionContext): MissionStatus | null {
  switch (action) {
    case MissionAction.CREATE:
      return null;
    case MissionAction.SUBMIT:
      return status === MissionStatus.DRAFT ? MissionStatus.SUBMITTED : null;
    case MissionAction.PUBLISH:
      if (status !== MissionStatus.SUBMITTED) return null;
      return placesLeft > 0 ? MissionStatus.PUBLISHED : MissionStatus.FULL;
    case MissionAction.REJECT:
      return status === MissionStatus.SUBMITTED ? MissionStatus.DRAFT : null;
    case MissionAction.CLOSE:
      return status === MissionStatus.CLOSED ? null : MissionStatus.CLOSED;
    case MissionAction.EDIT:
      switch (status) {
        case MissionStatus.DRAFT:
        case MissionStatus.SUBMITTED:
          return status;
        case MissionStatus.PUBLISHED:
        case MissionStatus.FULL:
          return MissionStatus.SUBMITTED;
        case MissionStatus.CLOSED:
          return null;
        default:
          return exhaustive(status);
      }
    case MissionAction.FILL:
      return status === MissionStatus.PUBLISHED && placesLeft <= 0 ? MissionStatus.FULL : null;
    case MissionAction.RELEASE:
      return status === MissionStatus.FULL && placesLeft > 0 ? MissionStatus.PUBLISHED : null;
    default:
      return exhaustive(action);
  }
}

function exhaustive(value: never): never {
  throw new Error(`Unhandled value ${String(value)}`);
}

/** Statuses in which a mission can be proposed to beneficiaries and found by referents. */
export const VISIBLE_TO_REFERENTS: readonly MissionStatus[] = [
  MissionStatus.PUBLISHED,
  MissionStatus.FULL,
  MissionStatus.CLOSED,
];
