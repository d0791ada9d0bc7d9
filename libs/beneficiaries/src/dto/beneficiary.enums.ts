import { registerEnumType } from '@nestjs/graphql';
import { BeneficiaryStatus, Civility, OrientationStatus } from '../domain/beneficiary-profile';
import { BeneficiarySort, CaseloadStage } from '../domain/caseload';
import { LogbookEntryType, LogbookNoteType } from '../domain/logbook-entry-type';
import { MobilityMode } from '../domain/mobility';
import { SensitiveDataKind } from '../domain/sensitive-data';

registerEnumType(BeneficiaryStatus, {
  name: 'BeneficiaryStatus',
  description: 'Situation dans le dispositif RSA',
  valuesMap: {
    ACTIVE: { description: 'Suivi en cours' },
    SUSPENDED: { description: 'Droits suspendus : dossier conservé, délais non suivis' },
    LEFT: { description: 'Sorti(e) du dispositif' },
  },
});

registerEnumType(Civility, { name: 'Civility', description: 'Civilité' });

registerEnumType(OrientationStatus, {
  name: 'OrientationStatus',
  description: "Avancement de l'orientation",
  valuesMap: {
    PENDING_DIAGNOSTIC: { description: 'Diagnostic à réaliser' },
    PENDING_ORIENTATION: { description: 'Diagnostic réalisé, orientation à décider' },
    ORIENTED: { description: 'Orienté(e), avec un référent unique' },
  },
});

registerEnumType(MobilityMode, {
  name: 'MobilityMode',
  description: 'Moyen de déplacement',
  valuesMap: {
    WALKING: { description: 'À pied' },
    BICYCLE: { description: 'À vélo' },
    PUBLIC_TRANSPORT: { description: 'En transports en commun' },
    CAR: { description: 'En voiture' },
  },
});

registerEnumType(LogbookEntryType, { name: 'LogbookEntryType', description: 'Type d’entrée du carnet de bord' });

registerEnumType(LogbookNoteType, {
  name: 'LogbookNoteType',
  description: 'Ce qu’un référent peut inscrire lui-même au carnet de bord',
  valuesMap: {
    NOTE: { description: 'Simple note' },
    APPOINTMENT: { description: 'Entretien ou rendez-vous avec la personne (compte comme accompagnement)' },
    INSERTION_ACTION: { description: "Action d'insertion engagée (compte comme accompagnement)" },
    BARRIER_ACTION: { description: 'Action de levée de freins (compte comme accompagnement)' },
  },
});

registerEnumType(SensitiveDataKind, {
  name: 'SensitiveDataKind',
  description: 'Donnée sensible dont chaque lecture est journalisée',
});

registerEnumType(CaseloadStage, {
  name: 'CaseloadStage',
  description: 'Étape du parcours, telle que l’accueil du référent la compte',
  valuesMap: {
    TO_ORIENT: { description: 'À orienter, l’échéance d’un mois pas encore passée' },
    AWAITING_ANSWER: { description: 'Une proposition attend la réponse de la personne' },
    ACCEPTED_WITHOUT_INTERVIEW: { description: 'Une proposition acceptée, sans entretien réservé' },
    INTERVIEW_THIS_WEEK: { description: 'Un entretien tripartite cette semaine (lundi à dimanche, heure de Paris)' },
    ENGAGEMENT_IN_PROGRESS: { description: 'Une mission bénévole en cours' },
    OUTCOME_TO_RECORD: { description: 'Une mission terminée ou interrompue dont la suite n’est pas enregistrée' },
  },
});

registerEnumType(BeneficiarySort, {
  name: 'BeneficiarySort',
  description: 'Ordre de la liste des personnes',
  valuesMap: {
    NAME: { description: 'Par nom puis prénom' },
    NEWEST_ENTRY: { description: 'Les entrées au RSA les plus récentes d’abord' },
    NEXT_DEADLINE: { description: 'L’échéance ouverte la plus proche d’abord' },
  },
});
