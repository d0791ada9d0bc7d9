/** Domains of volunteer missions (« domaines d'action »), after France Bénévolat's categories. */
export const MISSION_DOMAINS: ReadonlyArray<{ code: string; label: string; description: string }> = [
  {
    code: 'SOLIDARITE_INSERTION',
    label: 'Solidarité et insertion',
    description: 'Aide aux personnes en difficulté, accueil, accès aux droits',
  },
  {
    code: 'ALIMENTATION',
    label: 'Alimentation et lutte contre le gaspillage',
    description: 'Épiceries solidaires, banques alimentaires, collectes, repas partagés',
  },
  {
    code: 'ENVIRONNEMENT',
    label: 'Environnement et nature',
    description: 'Jardins, nettoyage de sites, recyclage, sensibilisation',
  },
  {
    code: 'CULTURE_LOISIRS',
    label: 'Culture et loisirs',
    description: 'Festivals, bibliothèques, patrimoine, spectacles',
  },
  { code: 'SPORT', label: 'Sport', description: 'Clubs, manifestations sportives, encadrement' },
  {
    code: 'EDUCATION',
    label: 'Éducation et soutien scolaire',
    description: 'Aide aux devoirs, alphabétisation, ateliers',
  },
  {
    code: 'SANTE_ACCOMPAGNEMENT',
    label: 'Santé et accompagnement',
    description: 'Visites aux malades, accompagnement, prévention',
  },
  {
    code: 'PERSONNES_AGEES',
    label: 'Personnes âgées et lien intergénérationnel',
    description: 'Visites, animations en EHPAD, lutte contre l’isolement',
  },
  {
    code: 'HANDICAP',
    label: 'Handicap',
    description: 'Accompagnement et loisirs de personnes en situation de handicap',
  },
  { code: 'ANIMAUX', label: 'Protection animale', description: 'Refuges, soins et promenade des animaux' },
  {
    code: 'NUMERIQUE',
    label: 'Numérique',
    description: 'Aide aux démarches en ligne, ateliers informatiques, réemploi de matériel',
  },
  {
    code: 'MEMOIRE_CITOYENNETE',
    label: 'Mémoire et citoyenneté',
    description: 'Devoir de mémoire, vie locale, événements citoyens',
  },
];
