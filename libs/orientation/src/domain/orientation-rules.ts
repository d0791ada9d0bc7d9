import { OrientationStatus, addDays, addMonths, localDateOf, startOfLocalDay } from '@tremplin/beneficiaries';

/** After a handoff, the former referent keeps reading the logbook for this long. */
export const FORMER_REFERENT_ACCESS_MONTHS = 3;

export interface FileForOrientation {
  status: string;
  orientationStatus: OrientationStatus;
  /** When the latest diagnostic was made (null: none). */
  latestDiagnosticAt: Date | null;
  /** When the current orientation was decided (null: not oriented). */
  currentOrientationAt: Date | null;
}

/** Why an orientation is refused (French), with the status to report; null when it may go ahead. */
export interface Refusal {
  message: string;
  currentStatus: string;
}

function notActive(file: FileForOrientation): Refusal | null {
  return file.status === 'ACTIVE'
    ? null
    : {
        message: "Le dossier n'est pas en cours de suivi (suspendu ou clos) : réactivez-le avant de l'orienter.",
        currentStatus: file.status,
      };
}

/** The first orientation needs an active file, a diagnostic, and no orientation yet. */
export function orientationRefusal(file: FileForOrientation): Refusal | null {
  const inactive = notActive(file);
  if (inactive) return inactive;
  if (file.orientationStatus === OrientationStatus.ORIENTED || file.currentOrientationAt) {
    return {
      message: 'Cette personne est déjà orientée : pour changer de parcours, faites une réorientation.',
      currentStatus: OrientationStatus.ORIENTED,
    };
  }
  if (!file.latestDiagnosticAt) {
    return {
      message: "Un diagnostic doit être enregistré avant l'orientation.",
      currentStatus: file.orientationStatus,
    };
  }
  return null;
}

/**
 * A re-orientation needs an oriented, active file and a new diagnostic made after the current
 * orientation (« proposer un nouveau bilan complet en cas de réorientation »).
 */
export function reorientationRefusal(file: FileForOrientation): Refusal | null {
  const inactive = notActive(file);
  if (inactive) return inactive;
  if (file.orientationStatus !== OrientationStatus.ORIENTED || !file.currentOrientationAt) {
    return {
      message: "Cette personne n'est pas encore orientée : faites d'abord une orientation.",
      currentStatus: file.orientationStatus,
    };
  }
  if (!file.latestDiagnosticAt || file.latestDiagnosticAt.getTime() <= file.currentOrientationAt.getTime()) {
    return {
      message:
        "Une réorientation demande un nouveau diagnostic, réalisé après l'orientation en cours : enregistrez-le d'abord.",
      currentStatus: file.orientationStatus,
    };
  }
  return null;
}

/**
 * Until when a former referent reads the logbook: through the whole day 3 months after the
 * handoff (a handoff on 30 November is readable until 28 — or 29 — February included).
 */
export function formerReferentAccessUntil(handoffAt: Date): Date {
  const lastDay = addMonths(localDateOf(handoffAt), FORMER_REFERENT_ACCESS_MONTHS);
  return startOfLocalDay(addDays(lastDay, 1));
}

/** The orientation status after a diagnostic is recorded: it never moves an oriented file back. */
export function statusAfterDiagnostic(current: OrientationStatus): OrientationStatus {
  return current === OrientationStatus.ORIENTED ? OrientationStatus.ORIENTED : OrientationStatus.PENDING_ORIENTATION;
}
