// Fictional host associations, missions and follow-up actions for the demo data. Names are
// invented for the demo; any resemblance to a real association is a coincidence.

/** A host association per CDS seat (its commune is the territory's seat), with the domains it offers. */
export const DEMO_HOSTS: ReadonlyArray<{ territoryCode: string; name: string; slug: string; domains: string[] }> = [
  {
    territoryCode: 'CDS-BOURG-CROIX-BLANCHE',
    name: 'Épicerie solidaire de la Croix Blanche',
    slug: 'epicerie-croix-blanche',
    domains: ['ALIMENTATION', 'SOLIDARITE_INSERTION'],
  },
  {
    territoryCode: 'CDS-BOURG-PIERRE-GOUJON',
    name: 'Bibliothèque de rue de Bourg',
    slug: 'bibliotheque-rue-bourg',
    domains: ['CULTURE_LOISIRS', 'EDUCATION'],
  },
  {
    territoryCode: 'CDS-BOURG-PIERRE-GOUJON',
    name: 'Repair café burgien',
    slug: 'repair-cafe-bourg',
    domains: ['ENVIRONNEMENT', 'NUMERIQUE'],
  },
  {
    territoryCode: 'CDS-OYONNAX',
    name: 'Restos solidaires du Haut-Bugey',
    slug: 'restos-haut-bugey',
    domains: ['ALIMENTATION'],
  },
  { territoryCode: 'CDS-OYONNAX', name: 'Club omnisports d’Oyonnax', slug: 'omnisports-oyonnax', domains: ['SPORT'] },
  {
    territoryCode: 'CDS-AMBERIEU',
    name: 'Les Jardins partagés d’Ambérieu',
    slug: 'jardins-amberieu',
    domains: ['ENVIRONNEMENT', 'ALIMENTATION'],
  },
  {
    territoryCode: 'CDS-BELLEY',
    name: 'Amicale des aînés du Bugey',
    slug: 'aines-bugey',
    domains: ['PERSONNES_AGEES', 'SANTE_ACCOMPAGNEMENT'],
  },
  {
    territoryCode: 'CDS-BELLEGARDE',
    name: 'Refuge animalier de la Valserine',
    slug: 'refuge-valserine',
    domains: ['ANIMAUX'],
  },
  {
    territoryCode: 'CDS-PAYS-DE-GEX',
    name: 'Connexions solidaires du Pays de Gex',
    slug: 'connexions-gex',
    domains: ['NUMERIQUE', 'SOLIDARITE_INSERTION'],
  },
  {
    territoryCode: 'CDS-TREVOUX',
    name: 'Festival des bords de Saône',
    slug: 'festival-saone',
    domains: ['CULTURE_LOISIRS', 'MEMOIRE_CITOYENNETE'],
  },
  {
    territoryCode: 'CDS-MIRIBEL',
    name: 'Coup de pouce scolaire de la Côtière',
    slug: 'coup-de-pouce-cotiere',
    domains: ['EDUCATION'],
  },
  {
    territoryCode: 'CDS-CHATILLON',
    name: 'Handi-loisirs de la Dombes',
    slug: 'handi-loisirs-dombes',
    domains: ['HANDICAP', 'SPORT'],
  },
  {
    territoryCode: 'CDS-PONT-DE-VAUX',
    name: 'Banque alimentaire de la Bresse',
    slug: 'banque-alimentaire-bresse',
    domains: ['ALIMENTATION', 'SOLIDARITE_INSERTION'],
  },
];

/** Mission templates by domain: a title, a summary and the competencies they develop. */
export const DEMO_MISSION_TEMPLATES: Readonly<
  Record<string, ReadonlyArray<{ title: string; summary: string; competencies: string[] }>>
> = {
  ALIMENTATION: [
    {
      title: 'Accueil des familles à l’épicerie',
      summary: 'Accueillir, orienter et conseiller les familles pendant les distributions.',
      competencies: ['TR_ACCUEIL', 'SE_SERVICE', 'TR_ECOUTE'],
    },
    {
      title: 'Préparation des colis alimentaires',
      summary: 'Trier, peser et préparer les colis avec l’équipe de la semaine.',
      competencies: ['PR_LOGISTIQUE', 'PR_MANUTENTION', 'SE_EQUIPE', 'TR_CONSIGNES_SECURITE'],
    },
  ],
  SOLIDARITE_INSERTION: [
    {
      title: 'Accueil et orientation au point info',
      summary: 'Recevoir les visiteurs, écouter leur demande et les orienter.',
      competencies: ['TR_ACCUEIL', 'TR_COMMUNICATION_ORALE', 'TR_ECOUTE'],
    },
  ],
  ENVIRONNEMENT: [
    {
      title: 'Entretien du jardin partagé',
      summary: 'Semer, désherber et récolter avec les jardiniers du quartier.',
      competencies: ['SE_EQUIPE', 'SE_PERSEVERANCE', 'TR_PONCTUALITE'],
    },
    {
      title: 'Atelier de réparation',
      summary: 'Aider à diagnostiquer et réparer petits appareils et vélos.',
      competencies: ['SE_CURIOSITE', 'SE_RIGUEUR', 'TR_TRANSMISSION'],
    },
  ],
  CULTURE_LOISIRS: [
    {
      title: 'Accueil du public au festival',
      summary: 'Tenir l’accueil, la billetterie et renseigner les festivaliers.',
      competencies: ['TR_ACCUEIL', 'SE_REACTIVITE', 'SE_STRESS'],
    },
    {
      title: 'Lectures dans les quartiers',
      summary: 'Préparer et animer des lectures pour les enfants au pied des immeubles.',
      competencies: ['TR_ANIMATION_GROUPE', 'SE_CREATIVITE', 'TR_COMMUNICATION_ORALE'],
    },
  ],
  SPORT: [
    {
      title: 'Encadrement des jeunes joueurs',
      summary: 'Aider l’entraîneur à encadrer les séances des moins de 11 ans.',
      competencies: ['TR_ANIMATION_GROUPE', 'SE_LEADERSHIP', 'TR_PONCTUALITE'],
    },
    {
      title: 'Organisation du tournoi de printemps',
      summary: 'Installer, accueillir les équipes et tenir la buvette.',
      competencies: ['TR_CONDUITE_PROJET', 'SE_ORGANISATION', 'SE_EQUIPE'],
    },
  ],
  EDUCATION: [
    {
      title: 'Aide aux devoirs',
      summary: 'Accompagner des collégiens deux fins d’après-midi par semaine.',
      competencies: ['TR_TRANSMISSION', 'SE_AUTONOMIE', 'TR_ECOUTE'],
    },
  ],
  SANTE_ACCOMPAGNEMENT: [
    {
      title: 'Visites de convivialité',
      summary: 'Rendre visite à des personnes isolées et partager un moment.',
      competencies: ['TR_ECOUTE', 'SE_SERVICE', 'TR_PONCTUALITE'],
    },
  ],
  PERSONNES_AGEES: [
    {
      title: 'Animation d’après-midi en EHPAD',
      summary: 'Proposer jeux et ateliers aux résidents avec l’animatrice.',
      competencies: ['TR_ANIMATION_GROUPE', 'SE_ADAPTATION', 'TR_ECOUTE'],
    },
  ],
  HANDICAP: [
    {
      title: 'Accompagnement aux sorties loisirs',
      summary: 'Accompagner des adultes en situation de handicap lors des sorties.',
      competencies: ['SE_SERVICE', 'SE_ADAPTATION', 'TR_CONSIGNES_SECURITE'],
    },
  ],
  ANIMAUX: [
    {
      title: 'Soins et promenade des chiens',
      summary: 'Nourrir, nettoyer les box et promener les chiens du refuge.',
      competencies: ['SE_RIGUEUR', 'TR_PONCTUALITE', 'TR_CONSIGNES_SECURITE'],
    },
  ],
  NUMERIQUE: [
    {
      title: 'Aide aux démarches en ligne',
      summary: 'Aider les visiteurs à utiliser les sites des administrations.',
      competencies: ['TR_NUMERIQUE', 'TR_ECOUTE', 'TR_ADMINISTRATIF'],
    },
  ],
  MEMOIRE_CITOYENNETE: [
    {
      title: 'Préparation des journées du patrimoine',
      summary: 'Préparer les visites et accueillir le public du village.',
      competencies: ['TR_ACCUEIL', 'TR_CONDUITE_PROJET', 'SE_INITIATIVE'],
    },
  ],
};

/** Barrier-lifting actions recorded in the carnet de bord, by kind of barrier. */
export const DEMO_BARRIER_ACTIONS: Readonly<Record<string, readonly string[]>> = {
  MOBILITY: [
    'Aide au financement du permis de conduire accordée',
    'Carte de transport solidaire obtenue',
    'Prêt d’un scooter par la plateforme mobilité',
  ],
  HOUSING: ['Demande de logement social déposée avec la personne', 'Orientation vers le service logement du CDS'],
  HEALTH: ['Rendez-vous pris avec un médecin traitant', 'Bilan de santé réalisé avec l’infirmière du CDS'],
  CHILDCARE: ['Place en crèche obtenue', 'Mode de garde trouvé pour les mercredis'],
  LANGUAGE: ['Inscription à un atelier de français langue étrangère'],
  LITERACY: ['Entrée dans un atelier de lecture et d’écriture'],
  DIGITAL: ['Atelier numérique suivi (trois séances)', 'Ordinateur reconditionné remis par une association'],
  FINANCES: ['Dossier de microcrédit accompagné', 'Rendez-vous avec la conseillère en économie sociale et familiale'],
  ADMINISTRATIVE: [
    'Dossier de complémentaire santé solidaire déposé',
    'Accompagnement au renouvellement des papiers d’identité',
  ],
};
