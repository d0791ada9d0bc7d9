import { registerEnumType } from '@nestjs/graphql';
import { EngagementStatus } from '../domain/engagement-status';
import { ContractType, OutcomeKind } from '../domain/outcome';

registerEnumType(EngagementStatus, {
  name: 'EngagementStatus',
  description: 'Avancement de la mission bénévole',
  valuesMap: {
    ACTIVE: { description: 'En cours (ou sur le point de commencer)' },
    COMPLETED: { description: 'Terminée' },
    ABANDONED: { description: 'Interrompue en cours de route (les heures faites comptent)' },
    WITHDRAWN: { description: 'Annulée : la mission n’a pas eu lieu, la place est rendue' },
  },
});

registerEnumType(OutcomeKind, {
  name: 'OutcomeKind',
  description: 'Ce qui a suivi la mission',
  valuesMap: {
    JOB: { description: 'Emploi (avec un type de contrat)' },
    TRAINING: { description: 'Formation' },
    ANOTHER_MISSION: { description: 'Nouvelle mission bénévole' },
    NOTHING_YET: { description: 'Pas encore de suite' },
  },
});

registerEnumType(ContractType, {
  name: 'ContractType',
  description: 'Type de contrat de travail',
  valuesMap: {
    CDI: { description: 'Contrat à durée indéterminée' },
    CDD: { description: 'Contrat à durée déterminée' },
    INTERIM: { description: 'Intérim' },
    IAE: { description: "Contrat de l'insertion par l'activité économique" },
    OTHER: { description: 'Autre contrat' },
  },
});
