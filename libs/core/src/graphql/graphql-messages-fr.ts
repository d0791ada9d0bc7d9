/**
 * graphql-js and Apollo write their request errors (syntax, validation, variable coercion) in
 * English. Every message a user can read is French: this table rewrites each known shape, and
 * an unknown one becomes a general French sentence rather than leaking English.
 */

type Rule = readonly [RegExp, (...groups: string[]) => string];

const q = (name: string) => `« ${name} »`;

/** ` Did you mean "a", "b" or "c"?` → ` Vouliez-vous dire « a », « b » ou « c » ?` */
function didYouMean(text: string): string {
  const match = /^\s*Did you mean (.*)\?\s*$/s.exec(text);
  if (!match) return '';
  const inlineFragment = /^to use an inline fragment on (.*)$/s.exec(match[1]);
  const names = [...(inlineFragment ? inlineFragment[1] : match[1]).matchAll(/"([^"]*)"/g)].map((m) => q(m[1]));
  if (names.length === 0) return '';
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} ou ${names[names.length - 1]}`;
  return inlineFragment ? ` Vouliez-vous utiliser un fragment sur ${list} ?` : ` Vouliez-vous dire ${list} ?`;
}

const TOKEN_NAMES: Readonly<Record<string, string>> = {
  '<EOF>': 'la fin du document',
  Name: 'un nom',
  Int: 'un entier',
  Float: 'un nombre',
  String: 'une chaîne',
  BlockString: 'une chaîne',
  Comment: 'un commentaire',
};

/** « Expected Name, found <EOF> » pieces: tokens in French where they have a name, quoted otherwise. */
function token(text: string): string {
  const trimmed = text.trim();
  if (TOKEN_NAMES[trimmed]) return TOKEN_NAMES[trimmed];
  const named = /^(Name|Int|Float|String|BlockString) "(.*)"$/s.exec(trimmed);
  if (named) return `${TOKEN_NAMES[named[1]]} ${q(named[2])}`;
  return q(trimmed.replace(/^"(.*)"$/s, '$1'));
}

const SYNTAX_RULES: readonly Rule[] = [
  [/^Expected (.+), found (.+)\.$/s, (expected, found) => `attendu : ${token(expected)}, trouvé : ${token(found)}.`],
  [/^Unexpected (.+)\.$/s, (found) => `élément inattendu : ${token(found)}.`],
  [/^Unterminated string\.$/, () => 'chaîne non terminée.'],
  [/^Invalid number, (.*)$/s, () => 'nombre invalide.'],
  [/^Invalid character (.*)$/s, () => 'caractère invalide.'],
  [/^Cannot parse the unexpected character (.*)\.$/s, (c) => `caractère inattendu ${c}.`],
];

/** Details after « got invalid value …; » and inside value errors. */
const DETAIL_RULES: readonly Rule[] = [
  [/^Expected type "(.+?)" to be an object\.$/s, (type) => `un objet de type ${q(type)} est attendu.`],
  [
    /^Field "(.+?)" of required type "(.+?)" was not provided\.$/s,
    (field, type) => `le champ obligatoire ${q(field)} (${q(type)}) est absent.`,
  ],
  [
    /^Field "(.+?)" is not defined by type "(.+?)"\.(.*)$/s,
    (field, type, rest) => `le champ ${q(field)} n’existe pas dans le type ${q(type)}.${didYouMean(rest)}`,
  ],
  [
    /^Expected non-nullable type "(.+?)" not to be null\.$/s,
    (type) => `une valeur non nulle de type ${q(type)} est attendue.`,
  ],
  [
    /^Value "(.*?)" does not exist in "(.+?)" enum\.(.*)$/s,
    (value, type) => `la valeur ${q(value)} n’existe pas dans l’énumération ${q(type)}.`,
  ],
  [
    /^Enum "(.+?)" cannot represent non-(?:string|enum) value: (.*?)\.?(?: Did you mean.*)?$/s,
    (type, value) => `la valeur ${value} n’existe pas dans l’énumération ${q(type)}.`,
  ],
  [/^Int cannot represent non-integer value: (.*)$/s, (value) => `un entier est attendu, reçu ${value}.`],
  [/^Int cannot represent non 32-bit signed integer value: (.*)$/s, (value) => `l’entier ${value} est trop grand.`],
  [/^Float cannot represent non numeric value: (.*)$/s, (value) => `un nombre est attendu, reçu ${value}.`],
  [/^String cannot represent a non string value: (.*)$/s, (value) => `une chaîne est attendue, reçu ${value}.`],
  [/^String cannot represent value: (.*)$/s, (value) => `une chaîne est attendue, reçu ${value}.`],
  [
    /^Boolean cannot represent a non boolean value: (.*)$/s,
    (value) => `un booléen (true ou false) est attendu, reçu ${value}.`,
  ],
  [
    /^ID cannot represent (?:a non-string and non-integer )?value: (.*)$/s,
    (value) => `un identifiant est attendu, reçu ${value}.`,
  ],
  [
    /^Expected value of type "(.+?)", found (.*?); (.*)$/s,
    (type, value, detail) => `valeur ${value} invalide pour le type ${q(type)} : ${translateDetail(detail)}`,
  ],
  [
    /^Expected value of type "(.+?)", found (.*)\.$/s,
    (type, value) => `valeur ${value} invalide pour le type ${q(type)}.`,
  ],
];

const RULES: readonly Rule[] = [
  [
    /^Syntax Error: (.*)$/s,
    (rest) => `erreur de syntaxe : ${translateWith(SYNTAX_RULES, rest) ?? 'le document est mal formé.'}`,
  ],
  [
    /^Cannot query field "(.+?)" on type "(.+?)"\.(.*)$/s,
    (field, type, rest) => `le champ ${q(field)} n’existe pas sur le type ${q(type)}.${didYouMean(rest)}`,
  ],
  [
    /^Unknown argument "(.+?)" on field "(.+?)"\.(.*)$/s,
    (arg, field, rest) => `l’argument ${q(arg)} n’existe pas sur le champ ${q(field)}.${didYouMean(rest)}`,
  ],
  [
    /^Unknown argument "(.+?)" on directive "(.+?)"\.(.*)$/s,
    (arg, directive, rest) => `l’argument ${q(arg)} n’existe pas sur la directive ${q(directive)}.${didYouMean(rest)}`,
  ],
  [
    /^Field "(.+?)" argument "(.+?)" of type "(.+?)" is required, but it was not provided\.$/s,
    (field, arg, type) => `l’argument obligatoire ${q(arg)} (${q(type)}) du champ ${q(field)} est absent.`,
  ],
  [
    /^Directive "(.+?)" argument "(.+?)" of type "(.+?)" is required, but it was not provided\.$/s,
    (directive, arg, type) =>
      `l’argument obligatoire ${q(arg)} (${q(type)}) de la directive ${q(directive)} est absent.`,
  ],
  [
    /^Argument "(.+?)" of required type "(.+?)" was not provided\.$/s,
    (arg, type) => `l’argument obligatoire ${q(arg)} (${q(type)}) est absent.`,
  ],
  [
    /^Argument "(.+?)" of non-null type "(.+?)" must not be null\.$/s,
    (arg, type) => `l’argument ${q(arg)} (${q(type)}) ne peut pas être nul.`,
  ],
  [
    /^Argument "(.+?)" has invalid value (.*?)\.$/s,
    (arg, value) => `l’argument ${q(arg)} a une valeur invalide : ${value}.`,
  ],
  [/^Unknown type "(.+?)"\.(.*)$/s, (type, rest) => `le type ${q(type)} n’existe pas.${didYouMean(rest)}`],
  [/^Unknown directive "(.+?)"\.$/s, (directive) => `la directive ${q(directive)} n’existe pas.`],
  [/^Unknown fragment "(.+?)"\.$/s, (name) => `le fragment ${q(name)} n’est pas défini.`],
  [/^Fragment "(.+?)" is never used\.$/s, (name) => `le fragment ${q(name)} n’est jamais utilisé.`],
  [
    /^Variable "(.+?)" is not defined by operation "(.+?)"\.$/s,
    (variable, op) => `la variable ${q(variable)} n’est pas déclarée par l’opération ${q(op)}.`,
  ],
  [/^Variable "(.+?)" is not defined\.$/s, (variable) => `la variable ${q(variable)} n’est pas déclarée.`],
  [
    /^Variable "(.+?)" is never used in operation "(.+?)"\.$/s,
    (variable, op) => `la variable ${q(variable)} n’est jamais utilisée dans l’opération ${q(op)}.`,
  ],
  [/^Variable "(.+?)" is never used\.$/s, (variable) => `la variable ${q(variable)} n’est jamais utilisée.`],
  [
    /^Variable "(.+?)" of type "(.+?)" used in position expecting type "(.+?)"\.$/s,
    (variable, type, expected) =>
      `la variable ${q(variable)} est de type ${q(type)}, mais le type ${q(expected)} est attendu ici.`,
  ],
  [
    /^Variable "(.+?)" cannot be non-input type "(.+?)"\.$/s,
    (variable, type) => `la variable ${q(variable)} ne peut pas être du type ${q(type)}.`,
  ],
  [
    /^Variable "(.+?)" of required type "(.+?)" was not provided\.$/s,
    (variable, type) => `la variable obligatoire ${q(variable)} (${q(type)}) est absente.`,
  ],
  [
    /^Variable "(.+?)" of non-null type "(.+?)" must not be null\.$/s,
    (variable, type) => `la variable ${q(variable)} (${q(type)}) ne peut pas être nulle.`,
  ],
  [
    /^Variable "(.+?)" got invalid value (.*?) at "(.+?)"; (.*)$/s,
    (variable, value, at, detail) =>
      `la variable ${q(variable)} a une valeur invalide en ${q(at)} : ${translateDetail(detail)}`,
  ],
  [
    /^Variable "(.+?)" got invalid value (.*?); (.*)$/s,
    (variable, value, detail) => `la variable ${q(variable)} a une valeur invalide : ${translateDetail(detail)}`,
  ],
  [
    /^Field "(.+?)" must not have a selection since type "(.+?)" has no subfields\.$/s,
    (field, type) => `le champ ${q(field)} (${q(type)}) n’a pas de sous-champs à sélectionner.`,
  ],
  [
    /^Field "(.+?)" of type "(.+?)" must have a selection of subfields\.(.*)$/s,
    (field, type) => `le champ ${q(field)} (${q(type)}) demande une sélection de sous-champs.`,
  ],
  [/^There can be only one fragment named "(.+?)"\.$/s, (name) => `plusieurs fragments s’appellent ${q(name)}.`],
  [/^There can be only one operation named "(.+?)"\.$/s, (name) => `plusieurs opérations s’appellent ${q(name)}.`],
  [/^There can be only one variable named "(.+?)"\.$/s, (name) => `plusieurs variables s’appellent ${q(name)}.`],
  [/^There can be only one argument named "(.+?)"\.$/s, (name) => `l’argument ${q(name)} est donné plusieurs fois.`],
  [/^There can be only one input field named "(.+?)"\.$/s, (name) => `le champ ${q(name)} est donné plusieurs fois.`],
  [
    /^This anonymous operation must be the only defined operation\.$/s,
    () => 'une opération sans nom doit être la seule du document.',
  ],
  [
    /^The directive "(.+?)" can only be used once at this location\.$/s,
    (d) => `la directive ${q(d)} ne peut servir qu’une fois ici.`,
  ],
  [
    /^Directive "(.+?)" may not be used on (.+?)\.$/s,
    (d, where) => `la directive ${q(d)} ne peut pas servir sur ${where}.`,
  ],
  [
    /^Fragment (?:"(.+?)" )?cannot condition on non composite type "(.+?)"\.$/s,
    (_name, type) => `un fragment ne peut pas porter sur le type simple ${q(type)}.`,
  ],
  [
    /^Fragment (?:"(.+?)" )?cannot be spread here as objects of type "(.+?)" can never be of type "(.+?)"\.$/s,
    (_name, type, other) =>
      `ce fragment ne peut pas s’appliquer ici : un objet ${q(type)} n’est jamais de type ${q(other)}.`,
  ],
  [/^Cannot spread fragment "(.+?)" within itself(.*)\.$/s, (name) => `le fragment ${q(name)} s’utilise lui-même.`],
  [
    /^Fields "(.+?)" conflict because (.*)$/s,
    (name) => `le champ ${q(name)} est demandé plusieurs fois de façons incompatibles : utilisez des alias différents.`,
  ],
  [
    /^(?:Subscription "(.+?)"|Anonymous Subscription) must select only one top level field\.$/s,
    () => 'un abonnement ne sélectionne qu’un seul champ racine.',
  ],
  [
    /^GraphQL operations must contain a non-empty `query` or a `persistedQuery` extension\.$/s,
    () => 'la requête ne contient pas de document GraphQL (champ « query » vide ou absent).',
  ],
  [
    /^POST body missing, invalid Content-Type, or JSON object has no keys\.$/s,
    () => 'le corps de la requête est absent, vide ou n’est pas du JSON.',
  ],
  [
    /^`(\w+)` in a POST body should be provided as an? (\w+)/s,
    (field) => `le champ ${q(field)} du corps de la requête n’a pas le bon type.`,
  ],
  [
    /^Unknown operation named "(.*)"\.$/s,
    (name) => `aucune opération nommée ${q(name.slice(0, 100))} dans le document.`,
  ],
  [
    /^Must provide operation name if query contains multiple operations\.?$/s,
    () => 'le document contient plusieurs opérations, précisez laquelle exécuter (operationName).',
  ],
  [/^PersistedQueryNotFound$/s, () => 'requête persistée inconnue.'],
  [/^PersistedQueryNotSupported$/s, () => 'les requêtes persistées ne sont pas prises en charge.'],
  ...DETAIL_RULES,
];

function translateWith(rules: readonly Rule[], message: string): string | null {
  for (const [pattern, french] of rules) {
    const match = pattern.exec(message);
    if (match) return french(...match.slice(1).map((group) => group ?? ''));
  }
  return null;
}

/** A detail may already be French (our scalars' messages): keep it then, translate known English shapes. */
function translateDetail(detail: string): string {
  return translateWith(DETAIL_RULES, detail.trim()) ?? detail.trim();
}

/** The general sentence for a request error whose English shape is not in the table. */
export const UNKNOWN_REQUEST_ERROR_FR =
  'la requête ne respecte pas le schéma de l’API (voir la documentation dans /graphql).';

/**
 * The French text of a GraphQL request error (without the « Requête GraphQL invalide : »
 * preamble), or null when the message is not one of graphql-js's or Apollo's English shapes.
 */
export function translateGraphqlMessage(message: string): string | null {
  return translateWith(RULES, message.trim());
}
