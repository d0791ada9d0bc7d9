/** French wording helpers of the explanations. */

/**
 * Each competency of the referential as a noun phrase with its article, to write
 * « Développe l'accueil du public et le travail en équipe ». Codes missing here fall back to
 * the referential's label in quotes.
 */
export const COMPETENCY_PHRASES: Readonly<Record<string, string>> = {
  SE_EQUIPE: 'le travail en équipe',
  SE_RIGUEUR: 'la rigueur',
  SE_AUTONOMIE: "l'autonomie",
  SE_SERVICE: 'le sens du service',
  SE_REACTIVITE: 'la réactivité',
  SE_STRESS: 'la gestion du stress',
  SE_PERSEVERANCE: 'la persévérance',
  SE_CREATIVITE: 'la créativité',
  SE_CURIOSITE: 'la curiosité',
  SE_SENS: 'la capacité à donner du sens',
  SE_ORGANISATION: "l'organisation du travail",
  SE_INITIATIVE: "l'esprit d'initiative",
  SE_LEADERSHIP: 'le leadership',
  SE_ADAPTATION: "l'adaptation aux changements",
  TR_ACCUEIL: "l'accueil du public",
  TR_COMMUNICATION_ORALE: 'la communication orale',
  TR_COMMUNICATION_ECRITE: 'la communication écrite',
  TR_NUMERIQUE: "l'usage des outils numériques",
  TR_ANIMATION_GROUPE: "l'animation de groupe",
  TR_CONDUITE_PROJET: 'la conduite de projet',
  TR_ECOUTE: "l'écoute et la bienveillance",
  TR_PONCTUALITE: 'le respect des horaires et des engagements',
  TR_CONSIGNES_SECURITE: "le respect des consignes d'hygiène et de sécurité",
  TR_ADMINISTRATIF: 'la gestion administrative',
  TR_TRANSMISSION: 'la transmission de savoirs',
  TR_MEDIATION: 'la médiation',
  PR_LOGISTIQUE: 'la logistique',
  PR_MANUTENTION: 'la manutention',
  PR_GESTION_STOCK: 'la gestion de stock',
  PR_CUISINE_COLLECTIVE: 'la cuisine collective',
  PR_HYGIENE_ALIMENTAIRE: "l'hygiène alimentaire",
  PR_VENTE_CAISSE: 'la vente et la tenue de caisse',
  PR_ENTRETIEN_LOCAUX: "l'entretien des locaux",
  PR_ESPACES_VERTS: "l'entretien des espaces verts",
  PR_BRICOLAGE: 'le petit bricolage',
  PR_TRI_RECYCLAGE: 'le tri et le recyclage',
  PR_AIDE_PERSONNE: "l'aide aux personnes",
  PR_ANIMATION_ENFANTS: "l'animation auprès d'enfants",
  PR_CONDUITE_LIVRAISON: 'la conduite et la livraison',
  PR_SOINS_ANIMAUX: 'les soins aux animaux',
  PR_ORGANISATION_EVENEMENT: "l'organisation d'événements",
  PR_PREMIERS_SECOURS: 'les gestes de premiers secours',
};

export function competencyPhrase(code: string, label: string): string {
  return COMPETENCY_PHRASES[code] ?? `« ${lowerFirst(label)} »`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('fr-FR') + text.slice(1);
}

/** Lower-cases the first letter unless the first word is an acronym (« BTP »). */
export function lowerFirst(text: string): string {
  const firstWord = text.split(/[\s'’-]/)[0];
  if (firstWord.length > 1 && firstWord === firstWord.toLocaleUpperCase('fr-FR')) return text;
  return text.charAt(0).toLocaleLowerCase('fr-FR') + text.slice(1);
}

/** « a », « a et b », « a, b et c ». */
export function joinFr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

/** « de » or « d’ » before a word: the shared French helper of every generated text. */
export { deFr } from '@tremplin/core';

/**
 * A job of the referential, lower-cased, in the person's gender: « Agent / agente d'accueil »
 * gives « agente d'accueil » (MADAME), « agent d'accueil » (MONSIEUR), unchanged without civility.
 */
export function jobNameFor(label: string, civility: 'MADAME' | 'MONSIEUR' | null): string {
  const match = /^(\S+) \/ (\S+)(.*)$/.exec(label);
  if (!match || civility === null) return lowerFirst(label);
  return lowerFirst(`${civility === 'MADAME' ? match[2] : match[1]}${match[3]}`);
}
