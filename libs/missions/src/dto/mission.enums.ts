import { registerEnumType } from '@nestjs/graphql';
import { MissionAction, MissionStatus } from '../domain/mission-status';
import { PhysicalEffort } from '../domain/physical-effort';

registerEnumType(MissionStatus, {
  name: 'MissionStatus',
  description: "Statut d'une mission dans le circuit de modération",
  valuesMap: {
    DRAFT: { description: 'Brouillon (modifiable par l’association)' },
    SUBMITTED: { description: 'En attente de validation par le service Insertion ou France Bénévolat' },
    PUBLISHED: { description: 'Publiée : peut être proposée' },
    FULL: { description: 'Complète : toutes les places sont pourvues' },
    CLOSED: { description: 'Clôturée' },
  },
});

registerEnumType(MissionAction, {
  name: 'MissionAction',
  description: "Action de l'historique de modération",
  valuesMap: {
    CREATE: { description: 'Créée' },
    SUBMIT: { description: 'Soumise à validation' },
    PUBLISH: { description: 'Publiée' },
    REJECT: { description: 'Renvoyée en brouillon' },
    CLOSE: { description: 'Clôturée' },
    EDIT: { description: 'Modifiée : renvoyée en validation' },
    FILL: { description: 'Complète (dernière place pourvue)' },
    RELEASE: { description: 'Rouverte (une place s’est libérée)' },
  },
});

registerEnumType(PhysicalEffort, {
  name: 'PhysicalEffort',
  description: 'Effort physique demandé',
  valuesMap: {
    LOW: { description: 'Faible' },
    MODERATE: { description: 'Modéré' },
    HIGH: { description: 'Soutenu (port de charges)' },
  },
});
