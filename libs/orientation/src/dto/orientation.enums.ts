import { registerEnumType } from '@nestjs/graphql';
import { BarrierKind, BarrierLevel } from '../domain/barriers';
import { DeadlineKind, DeadlineState } from '../domain/deadlines';
import { OrientationPathway } from '../domain/pathway';

registerEnumType(OrientationPathway, {
  name: 'OrientationPathway',
  description: "Parcours d'orientation",
  valuesMap: {
    PROFESSIONAL: { description: 'Professionnel (vers l’emploi, souvent avec France Travail)' },
    SOCIO_PROFESSIONAL: { description: 'Socio-professionnel (emploi et freins sociaux ensemble)' },
    SOCIAL: { description: 'Social (lever d’abord les freins : santé, logement, famille)' },
  },
});

registerEnumType(BarrierKind, {
  name: 'BarrierKind',
  description: 'Frein périphérique à l’emploi',
  valuesMap: {
    MOBILITY: { description: 'Mobilité' },
    HOUSING: { description: 'Logement' },
    HEALTH: { description: 'Santé' },
    CHILDCARE: { description: 'Garde d’enfants' },
    LANGUAGE: { description: 'Maîtrise du français' },
    LITERACY: { description: 'Lecture et écriture' },
    DIGITAL: { description: 'Usages numériques' },
    FINANCES: { description: 'Difficultés financières' },
    ADMINISTRATIVE: { description: 'Démarches administratives' },
  },
});

registerEnumType(BarrierLevel, {
  name: 'BarrierLevel',
  description: 'Importance du frein',
  valuesMap: {
    LOW: { description: 'Léger' },
    MEDIUM: { description: 'Modéré' },
    HIGH: { description: 'Important' },
  },
});

registerEnumType(DeadlineKind, {
  name: 'DeadlineKind',
  description: 'Échéance de suivi',
  valuesMap: {
    ORIENTATION: { description: "Orientation dans le mois qui suit l'entrée dans le dispositif" },
    ACCOMPANIMENT: { description: "Première action d'accompagnement dans les deux mois qui suivent l'entrée" },
  },
});

registerEnumType(DeadlineState, {
  name: 'DeadlineState',
  description: 'Où en est une échéance',
  valuesMap: {
    UPCOMING: { description: 'À venir' },
    MET: { description: 'Respectée' },
    MET_LATE: { description: 'Tenue, mais en retard' },
    OVERDUE: { description: 'En retard' },
    NOT_TRACKED: { description: 'Non suivie (dossier suspendu ou clos)' },
  },
});
