import { registerEnumType } from '@nestjs/graphql';
import { BeneficiaryStatus, Civility, OrientationStatus } from '../domain/beneficiary-profile';
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
