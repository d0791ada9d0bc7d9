/**
 * Target jobs of a professional project: the ~40 jobs most sought in the Ain (France Travail's
 * « Besoins en main-d'œuvre » survey), with their ROME v3 code and the competencies of this
 * referential that each needs most.
 */
export const JOBS: ReadonlyArray<{ romeCode: string; label: string; competencies: readonly string[] }> = [
  {
    romeCode: 'K2204',
    label: "Agent / agente d'entretien de locaux",
    competencies: ['PR_ENTRETIEN_LOCAUX', 'SE_RIGUEUR', 'SE_AUTONOMIE', 'TR_CONSIGNES_SECURITE', 'TR_PONCTUALITE'],
  },
  {
    romeCode: 'K1304',
    label: 'Aide à domicile',
    competencies: [
      'PR_AIDE_PERSONNE',
      'TR_ECOUTE',
      'SE_SERVICE',
      'SE_AUTONOMIE',
      'PR_ENTRETIEN_LOCAUX',
      'TR_PONCTUALITE',
    ],
  },
  {
    romeCode: 'K1302',
    label: 'Auxiliaire de vie',
    competencies: ['PR_AIDE_PERSONNE', 'TR_ECOUTE', 'SE_SERVICE', 'SE_STRESS', 'TR_CONSIGNES_SECURITE'],
  },
  {
    romeCode: 'G1603',
    label: 'Agent / agente de restauration',
    competencies: [
      'PR_CUISINE_COLLECTIVE',
      'PR_HYGIENE_ALIMENTAIRE',
      'SE_EQUIPE',
      'SE_REACTIVITE',
      'PR_ENTRETIEN_LOCAUX',
    ],
  },
  {
    romeCode: 'G1602',
    label: 'Commis de cuisine',
    competencies: ['PR_CUISINE_COLLECTIVE', 'PR_HYGIENE_ALIMENTAIRE', 'SE_EQUIPE', 'SE_RIGUEUR', 'SE_STRESS'],
  },
  {
    romeCode: 'G1605',
    label: 'Plongeur / plongeuse en restauration',
    competencies: ['PR_ENTRETIEN_LOCAUX', 'PR_HYGIENE_ALIMENTAIRE', 'SE_REACTIVITE', 'SE_EQUIPE'],
  },
  {
    romeCode: 'G1803',
    label: 'Serveur / serveuse en restauration',
    competencies: ['TR_ACCUEIL', 'SE_SERVICE', 'SE_REACTIVITE', 'SE_STRESS', 'SE_EQUIPE', 'TR_COMMUNICATION_ORALE'],
  },
  {
    romeCode: 'N1101',
    label: 'Cariste',
    competencies: ['PR_LOGISTIQUE', 'PR_MANUTENTION', 'TR_CONSIGNES_SECURITE', 'SE_RIGUEUR', 'PR_GESTION_STOCK'],
  },
  {
    romeCode: 'N1103',
    label: 'Préparateur / préparatrice de commandes',
    competencies: ['PR_LOGISTIQUE', 'PR_MANUTENTION', 'PR_GESTION_STOCK', 'SE_RIGUEUR', 'SE_REACTIVITE'],
  },
  {
    romeCode: 'N1105',
    label: 'Manutentionnaire',
    competencies: ['PR_MANUTENTION', 'PR_LOGISTIQUE', 'SE_EQUIPE', 'TR_CONSIGNES_SECURITE'],
  },
  {
    romeCode: 'D1106',
    label: 'Vendeur / vendeuse en alimentation',
    competencies: ['PR_VENTE_CAISSE', 'TR_ACCUEIL', 'SE_SERVICE', 'PR_HYGIENE_ALIMENTAIRE', 'TR_COMMUNICATION_ORALE'],
  },
  {
    romeCode: 'D1214',
    label: 'Vendeur / vendeuse en prêt-à-porter',
    competencies: ['PR_VENTE_CAISSE', 'TR_ACCUEIL', 'SE_SERVICE', 'TR_COMMUNICATION_ORALE', 'SE_CURIOSITE'],
  },
  {
    romeCode: 'D1505',
    label: 'Hôte / hôtesse de caisse',
    competencies: ['PR_VENTE_CAISSE', 'TR_ACCUEIL', 'SE_RIGUEUR', 'SE_STRESS', 'SE_SERVICE'],
  },
  {
    romeCode: 'D1507',
    label: 'Employé / employée de libre-service',
    competencies: ['PR_GESTION_STOCK', 'PR_MANUTENTION', 'TR_ACCUEIL', 'SE_ORGANISATION', 'SE_EQUIPE'],
  },
  {
    romeCode: 'M1601',
    label: "Agent / agente d'accueil",
    competencies: ['TR_ACCUEIL', 'TR_COMMUNICATION_ORALE', 'TR_ECOUTE', 'TR_NUMERIQUE', 'SE_SERVICE', 'TR_MEDIATION'],
  },
  {
    romeCode: 'M1602',
    label: 'Agent / agente administratif',
    competencies: ['TR_ADMINISTRATIF', 'TR_NUMERIQUE', 'TR_COMMUNICATION_ECRITE', 'SE_RIGUEUR', 'SE_ORGANISATION'],
  },
  {
    romeCode: 'M1607',
    label: 'Secrétaire',
    competencies: ['TR_ADMINISTRATIF', 'TR_NUMERIQUE', 'TR_COMMUNICATION_ECRITE', 'TR_ACCUEIL', 'SE_ORGANISATION'],
  },
  {
    romeCode: 'F1704',
    label: 'Ouvrier / ouvrière du BTP (gros œuvre)',
    competencies: ['PR_MANUTENTION', 'PR_BRICOLAGE', 'TR_CONSIGNES_SECURITE', 'SE_EQUIPE', 'SE_PERSEVERANCE'],
  },
  {
    romeCode: 'F1703',
    label: 'Maçon / maçonne',
    competencies: ['PR_BRICOLAGE', 'PR_MANUTENTION', 'TR_CONSIGNES_SECURITE', 'SE_RIGUEUR', 'SE_EQUIPE'],
  },
  {
    romeCode: 'F1606',
    label: 'Peintre en bâtiment',
    competencies: ['PR_BRICOLAGE', 'SE_RIGUEUR', 'SE_AUTONOMIE', 'TR_CONSIGNES_SECURITE'],
  },
  {
    romeCode: 'F1602',
    label: 'Électricien / électricienne du bâtiment',
    competencies: ['PR_BRICOLAGE', 'SE_RIGUEUR', 'TR_CONSIGNES_SECURITE', 'SE_AUTONOMIE', 'SE_CURIOSITE'],
  },
  {
    romeCode: 'F1603',
    label: 'Plombier / plombière',
    competencies: ['PR_BRICOLAGE', 'SE_RIGUEUR', 'SE_AUTONOMIE', 'SE_SERVICE'],
  },
  {
    romeCode: 'I1203',
    label: 'Agent / agente de maintenance des bâtiments',
    competencies: ['PR_BRICOLAGE', 'PR_ENTRETIEN_LOCAUX', 'SE_AUTONOMIE', 'SE_REACTIVITE', 'TR_CONSIGNES_SECURITE'],
  },
  {
    romeCode: 'J1501',
    label: 'Aide-soignant / aide-soignante',
    competencies: [
      'PR_AIDE_PERSONNE',
      'TR_ECOUTE',
      'TR_CONSIGNES_SECURITE',
      'SE_EQUIPE',
      'SE_STRESS',
      'PR_PREMIERS_SECOURS',
    ],
  },
  {
    romeCode: 'J1301',
    label: 'Agent / agente de service hospitalier',
    competencies: ['PR_ENTRETIEN_LOCAUX', 'TR_CONSIGNES_SECURITE', 'SE_RIGUEUR', 'SE_EQUIPE', 'TR_ECOUTE'],
  },
  {
    romeCode: 'K1303',
    label: 'Assistant / assistante maternel',
    competencies: ['PR_ANIMATION_ENFANTS', 'TR_ECOUTE', 'SE_AUTONOMIE', 'PR_PREMIERS_SECOURS', 'TR_CONSIGNES_SECURITE'],
  },
  {
    romeCode: 'G1203',
    label: 'Animateur / animatrice de loisirs',
    competencies: [
      'PR_ANIMATION_ENFANTS',
      'TR_ANIMATION_GROUPE',
      'SE_CREATIVITE',
      'TR_COMMUNICATION_ORALE',
      'PR_ORGANISATION_EVENEMENT',
    ],
  },
  {
    romeCode: 'K2503',
    label: 'Agent / agente de sécurité',
    competencies: [
      'TR_CONSIGNES_SECURITE',
      'SE_STRESS',
      'SE_REACTIVITE',
      'TR_MEDIATION',
      'PR_PREMIERS_SECOURS',
      'TR_PONCTUALITE',
    ],
  },
  {
    romeCode: 'K1204',
    label: 'Médiateur / médiatrice social',
    competencies: ['TR_MEDIATION', 'TR_ECOUTE', 'TR_COMMUNICATION_ORALE', 'SE_STRESS', 'TR_ACCUEIL'],
  },
  {
    romeCode: 'A1203',
    label: 'Agent / agente des espaces verts',
    competencies: ['PR_ESPACES_VERTS', 'TR_CONSIGNES_SECURITE', 'SE_EQUIPE', 'SE_AUTONOMIE', 'PR_MANUTENTION'],
  },
  {
    romeCode: 'A1414',
    label: 'Ouvrier / ouvrière maraîcher',
    competencies: ['PR_ESPACES_VERTS', 'PR_MANUTENTION', 'SE_PERSEVERANCE', 'SE_EQUIPE'],
  },
  {
    romeCode: 'K2303',
    label: 'Agent / agente de propreté urbaine',
    competencies: ['PR_ENTRETIEN_LOCAUX', 'PR_TRI_RECYCLAGE', 'TR_CONSIGNES_SECURITE', 'SE_AUTONOMIE'],
  },
  {
    romeCode: 'K2304',
    label: 'Agent / agente de tri des déchets',
    competencies: ['PR_TRI_RECYCLAGE', 'PR_MANUTENTION', 'SE_RIGUEUR', 'TR_CONSIGNES_SECURITE'],
  },
  {
    romeCode: 'H3302',
    label: 'Opérateur / opératrice de production (assemblage, conditionnement)',
    competencies: ['SE_RIGUEUR', 'SE_EQUIPE', 'TR_CONSIGNES_SECURITE', 'SE_REACTIVITE', 'TR_PONCTUALITE'],
  },
  {
    romeCode: 'H3203',
    label: 'Opérateur / opératrice en plasturgie',
    competencies: ['SE_RIGUEUR', 'TR_CONSIGNES_SECURITE', 'SE_ADAPTATION', 'SE_EQUIPE', 'TR_PONCTUALITE'],
  },
  {
    romeCode: 'N4105',
    label: 'Chauffeur-livreur / chauffeuse-livreuse',
    competencies: ['PR_CONDUITE_LIVRAISON', 'PR_MANUTENTION', 'SE_AUTONOMIE', 'SE_SERVICE', 'TR_PONCTUALITE'],
  },
  {
    romeCode: 'G1501',
    label: "Employé / employée d'étage en hôtellerie",
    competencies: ['PR_ENTRETIEN_LOCAUX', 'SE_RIGUEUR', 'SE_REACTIVITE', 'SE_SERVICE'],
  },
  {
    romeCode: 'G1703',
    label: 'Réceptionniste',
    competencies: ['TR_ACCUEIL', 'TR_COMMUNICATION_ORALE', 'TR_NUMERIQUE', 'SE_SERVICE', 'SE_ADAPTATION'],
  },
  {
    romeCode: 'D1102',
    label: 'Boulanger / boulangère',
    competencies: ['PR_HYGIENE_ALIMENTAIRE', 'SE_RIGUEUR', 'SE_PERSEVERANCE', 'SE_CREATIVITE', 'TR_PONCTUALITE'],
  },
  {
    romeCode: 'I1604',
    label: 'Mécanicien / mécanicienne automobile',
    competencies: ['PR_BRICOLAGE', 'SE_RIGUEUR', 'SE_CURIOSITE', 'TR_CONSIGNES_SECURITE', 'SE_AUTONOMIE'],
  },
  {
    romeCode: 'M1203',
    label: 'Aide-comptable',
    competencies: ['TR_ADMINISTRATIF', 'TR_NUMERIQUE', 'SE_RIGUEUR', 'SE_ORGANISATION'],
  },
  {
    romeCode: 'K2111',
    label: 'Formateur / formatrice',
    competencies: ['TR_TRANSMISSION', 'TR_ANIMATION_GROUPE', 'TR_COMMUNICATION_ORALE', 'SE_SENS', 'TR_CONDUITE_PROJET'],
  },
];
