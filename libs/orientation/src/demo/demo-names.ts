// Fictional people for the demo data: common first and last names of France, combined at random.
// No combination stands for a real person.

// prettier-ignore
export const FEMALE_FIRST_NAMES = [
  'Amandine', 'Amina', 'Anaïs', 'Audrey', 'Aurélie', 'Camille', 'Carole', 'Céline', 'Chloé', 'Christelle',
  'Corinne', 'Delphine', 'Elodie', 'Émilie', 'Fatima', 'Florence', 'Hélène', 'Inès', 'Isabelle', 'Jessica',
  'Julie', 'Karima', 'Laetitia', 'Laura', 'Leïla', 'Linda', 'Malika', 'Marie', 'Marine', 'Mélanie',
  'Nadège', 'Nathalie', 'Noémie', 'Océane', 'Pauline', 'Rachida', 'Sabrina', 'Samia', 'Sandrine', 'Sarah',
  'Séverine', 'Sonia', 'Sophie', 'Stéphanie', 'Sylvie', 'Valérie', 'Vanessa', 'Virginie', 'Yasmina', 'Zoé',
] as const;

// prettier-ignore
export const MALE_FIRST_NAMES = [
  'Abdel', 'Adrien', 'Alexandre', 'Ali', 'Anthony', 'Arnaud', 'Bruno', 'Cédric', 'Christophe', 'Damien',
  'David', 'Dylan', 'Éric', 'Fabrice', 'Florian', 'Franck', 'Grégory', 'Hamid', 'Hervé', 'Jérémy',
  'Jérôme', 'Jonathan', 'Julien', 'Karim', 'Kévin', 'Laurent', 'Loïc', 'Ludovic', 'Mamadou', 'Marc',
  'Mathieu', 'Mehdi', 'Mickaël', 'Mohamed', 'Nicolas', 'Olivier', 'Pascal', 'Patrick', 'Philippe', 'Rachid',
  'Romain', 'Samir', 'Sébastien', 'Stéphane', 'Sylvain', 'Thierry', 'Thomas', 'Vincent', 'Yannick', 'Youssef',
] as const;

// prettier-ignore
export const LAST_NAMES = [
  'Ahmed', 'André', 'Arnaud', 'Aubert', 'Bailly', 'Barbier', 'Benali', 'Benoit', 'Berger', 'Bernard',
  'Blanc', 'Bonnet', 'Bouvier', 'Boyer', 'Brun', 'Carpentier', 'Carré', 'Chevalier', 'Clément', 'Colin',
  'Da Silva', 'David', 'Diallo', 'Dubois', 'Dufour', 'Dumont', 'Dupuis', 'Durand', 'Fabre', 'Faure',
  'Fernandes', 'Fontaine', 'Fournier', 'François', 'Gaillard', 'Garnier', 'Gautier', 'Girard', 'Guerin', 'Haddad',
  'Henry', 'Hoarau', 'Jacquet', 'Joly', 'Kaya', 'Lambert', 'Laurent', 'Leclerc', 'Lefebvre', 'Lemaire',
  'Leroy', 'Lopez', 'Lucas', 'Marchand', 'Martin', 'Martinez', 'Masson', 'Mathieu', 'Mercier', 'Meyer',
  'Michel', 'Moreau', 'Morin', 'Muller', 'Nguyen', 'Nicolas', 'Noël', 'Pereira', 'Perrin', 'Petit',
  'Picard', 'Pierre', 'Renard', 'Richard', 'Rivière', 'Robin', 'Roche', 'Rousseau', 'Roux', 'Roy',
  'Sanchez', 'Schmitt', 'Simon', 'Traoré', 'Vidal', 'Vincent', 'Yilmaz', 'Ziani',
] as const;

/** Demo referents added to the accounts of the identity seeder, one or two per CDS. */
export const DEMO_REFERENTS: ReadonlyArray<{ territoryCode: string; firstName: string; lastName: string }> = [
  { territoryCode: 'CDS-BOURG-PIERRE-GOUJON', firstName: 'Amandine', lastName: 'Roussel' },
  { territoryCode: 'CDS-BOURG-PIERRE-GOUJON', firstName: 'Thomas', lastName: 'Faure' },
  { territoryCode: 'CDS-BOURG-CROIX-BLANCHE', firstName: 'Mehdi', lastName: 'Haddad' },
  { territoryCode: 'CDS-OYONNAX', firstName: 'Lucie', lastName: 'Bertrand' },
  { territoryCode: 'CDS-AMBERIEU', firstName: 'Antoine', lastName: 'Blanc' },
  { territoryCode: 'CDS-BELLEY', firstName: 'Élise', lastName: 'Chevalier' },
  { territoryCode: 'CDS-BELLEGARDE', firstName: 'Romain', lastName: 'Gauthier' },
  { territoryCode: 'CDS-PAYS-DE-GEX', firstName: 'Nathalie', lastName: 'Roche' },
  { territoryCode: 'CDS-TREVOUX', firstName: 'Karim', lastName: 'Belkacem' },
  { territoryCode: 'CDS-MIRIBEL', firstName: 'Céline', lastName: 'Dumas' },
  { territoryCode: 'CDS-CHATILLON', firstName: 'Hugo', lastName: 'Marchand' },
  { territoryCode: 'CDS-PONT-DE-VAUX', firstName: 'Isabelle', lastName: 'Collin' },
];

/**
 * Share of the beneficiaries of each CDS. Three CDS (the two of Bourg-en-Bresse, Oyonnax and
 * Ambérieu-en-Bugey) gather more than 40% of the RSA recipients of the Ain.
 */
export const TERRITORY_WEIGHTS: Readonly<Record<string, number>> = {
  'CDS-BOURG-PIERRE-GOUJON': 13,
  'CDS-BOURG-CROIX-BLANCHE': 12,
  'CDS-OYONNAX': 12,
  'CDS-AMBERIEU': 10,
  'CDS-BELLEGARDE': 9,
  'CDS-PAYS-DE-GEX': 9,
  'CDS-MIRIBEL': 9,
  'CDS-BELLEY': 7,
  'CDS-TREVOUX': 7,
  'CDS-CHATILLON': 6,
  'CDS-PONT-DE-VAUX': 6,
};

/** Territories where public transport is a real option. */
export const URBAN_TERRITORIES: ReadonlySet<string> = new Set([
  'CDS-BOURG-PIERRE-GOUJON',
  'CDS-BOURG-CROIX-BLANCHE',
  'CDS-OYONNAX',
  'CDS-AMBERIEU',
  'CDS-BELLEGARDE',
  'CDS-PAYS-DE-GEX',
  'CDS-MIRIBEL',
]);

export const BARRIER_NOTES: Readonly<Record<string, readonly string[]>> = {
  MOBILITY: ['Pas de véhicule, bus peu fréquent le matin', 'Permis à repasser', 'Dépend d’un proche pour les trajets'],
  HOUSING: ['Hébergé(e) chez un tiers', 'Logement trop petit, demande de logement social en cours'],
  HEALTH: ['Suivi médical en cours', 'Fatigue importante, à reprendre avec le médecin traitant'],
  CHILDCARE: [
    'Deux enfants en bas âge, pas de mode de garde',
    'Horaires de crèche incompatibles avec un emploi du matin',
  ],
  LANGUAGE: ['Comprend bien, s’exprime avec difficulté', 'Cours de français à reprendre'],
  LITERACY: ['Difficultés à remplir les formulaires'],
  DIGITAL: ['Pas d’ordinateur, smartphone seulement', 'Ne sait pas utiliser sa messagerie'],
  FINANCES: ['Dettes en cours de traitement', 'Dossier de surendettement déposé'],
  ADMINISTRATIVE: ['Papiers à renouveler', 'Droits à ouvrir auprès de la CAF'],
};

export const STRENGTHS = [
  'Motivé(e), ponctuel(le), bon contact',
  'Expérience en restauration collective',
  'A travaillé dans le commerce pendant plusieurs années',
  'Bricoleur(se), à l’aise en extérieur',
  'Engagé(e) dans une association de quartier',
  'Bonne présentation, aime le contact avec le public',
  'Permis B et expérience de livraison',
  'S’occupe d’un parent âgé : sens du service',
] as const;
