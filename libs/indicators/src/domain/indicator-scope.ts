import { AppException } from '@tremplin/core';

/**
 * Who reads which indicators: the service Insertion (ADMIN) reads every territory and the whole
 * département, with exact figures; a territory manager (a REFERENT flagged `isTerritoryManager`)
 * reads their own territory only, under the small-number rule. Nobody else reads indicators.
 */
export interface IndicatorViewer {
  role: string;
  territoryId: string | null;
  isTerritoryManager: boolean;
}

const isAdmin = (viewer: IndicatorViewer) => viewer.role === 'ADMIN';
const isTerritoryManager = (viewer: IndicatorViewer) =>
  viewer.role === 'REFERENT' && viewer.isTerritoryManager && viewer.territoryId !== null;

export function mayReadIndicators(viewer: IndicatorViewer): boolean {
  return isAdmin(viewer) || isTerritoryManager(viewer);
}

/** Exact figures for the service Insertion; everyone else gets the small-number protection. */
export function seesExactFigures(viewer: IndicatorViewer): boolean {
  return isAdmin(viewer);
}

/** The scope a dashboard opens on: the whole département for the admin, their own territory for a manager. */
export function defaultTerritoryOf(viewer: IndicatorViewer): string | null {
  return isAdmin(viewer) ? null : viewer.territoryId;
}

/**
 * Checks that the viewer may read the indicators of `territoryId` (null: the whole département).
 * Unknown territory → NOT_FOUND (territories are public: their list is no secret); a territory
 * (or the whole département) the viewer may not read → FORBIDDEN.
 */
export function checkIndicatorScope(
  viewer: IndicatorViewer,
  territoryId: string | null,
  territoryExists: boolean,
): void {
  if (!mayReadIndicators(viewer)) {
    throw AppException.forbidden(
      'Les indicateurs sont réservés au service Insertion du Département et aux responsables de territoire.',
    );
  }
  if (territoryId !== null && !territoryExists) {
    throw AppException.notFound('Ce territoire est introuvable.');
  }
  if (isAdmin(viewer)) return;
  if (territoryId === null) {
    throw AppException.forbidden(
      'Les indicateurs de l’ensemble du département sont réservés au service Insertion : choisissez votre territoire.',
    );
  }
  if (territoryId !== viewer.territoryId) {
    throw AppException.forbidden('Vous ne pouvez consulter que les indicateurs de votre territoire.');
  }
}
