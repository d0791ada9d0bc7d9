import { Transform } from 'class-transformer';
import { getMetadataStorage, ValidationError } from 'class-validator';

/** One invalid field, with French messages, as returned in `extensions.fields`. */
export interface FieldError {
  /** Dotted path of the field in the input, e.g. `contact.email` or `slots.2`. */
  field: string;
  messages: string[];
}

type Template = (constraints: unknown[]) => string;

const list = (values: unknown) => (Array.isArray(values) ? values.join(', ') : String(values));
const enumValues = (value: unknown) =>
  value && typeof value === 'object'
    ? Object.values(value)
        .filter((v) => typeof v === 'string')
        .join(', ')
    : list(value);

/**
 * French wording of class-validator's built-in constraints. Keys are constraint names;
 * templates receive the decorator's arguments (e.g. the maximum length).
 */
const TEMPLATES: Record<string, Template> = {
  isDefined: () => 'est obligatoire',
  isNotEmpty: () => 'ne doit pas être vide',
  isEmail: () => 'doit être une adresse e-mail valide',
  isString: () => 'doit être un texte',
  isInt: () => 'doit être un nombre entier',
  isNumber: () => 'doit être un nombre',
  isBoolean: () => 'doit valoir vrai ou faux',
  isDate: () => 'doit être une date valide',
  isDateString: () => 'doit être une date au format ISO 8601 (AAAA-MM-JJ)',
  isISO8601: () => 'doit être une date au format ISO 8601 (AAAA-MM-JJ)',
  isUuid: () => 'doit être un identifiant valide',
  isUUID: () => 'doit être un identifiant valide',
  isEnum: ([values]) => `doit valoir l'une des valeurs : ${enumValues(values)}`,
  isIn: ([values]) => `doit valoir l'une des valeurs : ${list(values)}`,
  isUrl: () => 'doit être une adresse web valide (http:// ou https://)',
  isPhoneNumber: () => 'doit être un numéro de téléphone valide',
  isLatitude: () => 'doit être une latitude valide',
  isLongitude: () => 'doit être une longitude valide',
  isArray: () => 'doit être une liste',
  isObject: () => 'doit être un objet',
  minLength: ([min]) => `doit contenir au moins ${min} caractère${Number(min) > 1 ? 's' : ''}`,
  maxLength: ([max]) => `doit contenir au plus ${max} caractère${Number(max) > 1 ? 's' : ''}`,
  length: ([min, max]) => `doit contenir entre ${min} et ${max} caractères`,
  min: ([min]) => `doit être supérieur ou égal à ${min}`,
  max: ([max]) => `doit être inférieur ou égal à ${max}`,
  arrayMinSize: ([min]) => `doit contenir au moins ${min} élément${Number(min) > 1 ? 's' : ''}`,
  arrayMaxSize: ([max]) => `doit contenir au plus ${max} élément${Number(max) > 1 ? 's' : ''}`,
  arrayUnique: () => 'ne doit pas contenir de doublons',
  arrayNotEmpty: () => 'ne doit pas être vide',
  matches: () => "n'a pas le format attendu",
  whitelistValidation: () => "n'est pas un champ autorisé",
  nestedValidation: () => 'doit être un objet valide',
};

/** The validator arguments of one constraint of one property, read from class-validator's metadata. */
function constraintArguments(target: object | undefined, property: string, name: string): unknown[] {
  if (!target) return [];
  const metadatas = getMetadataStorage().getTargetValidationMetadatas(
    target.constructor as new () => object,
    '',
    true,
    false,
  );
  const metadata = metadatas.find(
    (m) => m.propertyName === property && (m.name === name || (m.name === undefined && m.type === name)),
  );
  return metadata?.constraints ?? [];
}

/**
 * Flattens class-validator errors into French field messages. A decorator that sets its own
 * `message` keeps it; the built-in constraints get the French wording above.
 */
export function toFieldErrors(errors: ValidationError[], parentPath = ''): FieldError[] {
  const result: FieldError[] = [];
  for (const error of errors) {
    const field = parentPath ? `${parentPath}.${error.property}` : error.property;
    if (error.constraints && error.value === undefined && !('whitelistValidation' in error.constraints)) {
      result.push({ field, messages: ['est obligatoire'] });
    } else if (error.constraints) {
      const messages = Object.entries(error.constraints).map(([name, original]) => {
        const template = TEMPLATES[name];
        const looksDefault =
          /^(each value in )?[\w.[\]]+ (must|should|has|each)\b/.test(original) ||
          /^All .+'s elements must be unique$/.test(original) ||
          original.includes('should not exist');
        if (template && looksDefault) return template(constraintArguments(error.target, error.property, name));
        return original;
      });
      result.push({ field, messages });
    }
    if (error.children?.length) result.push(...toFieldErrors(error.children, field));
  }
  return result;
}

/** « email : doit être une adresse e-mail valide ; password : … » */
export function describeFieldErrors(fields: FieldError[]): string {
  return fields.map((f) => `${f.field} : ${f.messages.join(', ')}`).join(' ; ');
}

/** Trims a string input before validation (emails typed with a stray space). */
export function Trim(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
}
