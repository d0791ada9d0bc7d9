import { GraphQLError, buildSchema, coerceInputValue, parse, validate } from 'graphql';
import { formatGraphqlError, frenchRequestErrorMessage } from './format-error';

const schema = buildSchema(`
  enum Status { DRAFT PUBLISHED }
  input MissionFilter { status: Status!, text: String, limit: Int }
  type Mission { id: ID!, title: String!, places: Int! }
  type Query { mission(id: ID!): Mission, missions(filter: MissionFilter, first: Int): [Mission!]! }
`);

/** The messages graphql-js itself writes for a document, exactly as a client gets them. */
const validationMessages = (source: string) => validate(schema, parse(source)).map((error) => error.message);

/** English words graphql-js and Apollo use; none may reach a French message. */
const ENGLISH =
  /\b(Cannot|query|field|on type|Unknown|Expected|found|required|provided|Variable|never used|Did you mean|Syntax Error|must|invalid value|type "|subfields|selection|defined)\b/;

function frenchOf(message: string): string {
  const formatted = formatGraphqlError(
    { message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
    new GraphQLError(message),
  );
  return formatted.message;
}

describe(formatGraphqlError.name, () => {
  it('translates graphql-js validation messages into French, keeping the names and suggestions', () => {
    const [unknownField] = validationMessages('{ mission(id: "1") { titre } }');
    expect(unknownField).toMatch(/^Cannot query field "titre" on type "Mission"\. Did you mean "title"\?$/);
    expect(frenchOf(unknownField)).toBe(
      'Requête GraphQL invalide : le champ « titre » n’existe pas sur le type « Mission ». Vouliez-vous dire « title » ?',
    );
  });

  it('leaves no English in any message of the usual request mistakes', () => {
    const messages = [
      ...validationMessages('{ mission(id: "1") { titre } }'),
      ...validationMessages('{ mission { id } }'),
      ...validationMessages('{ mission(id: "1", ident: 2) { id } }'),
      ...validationMessages('{ missions }'),
      ...validationMessages('{ mission(id: "1") { id { x } } }'),
      ...validationMessages('query Q($a: Int) { missions(first: $b) { id } }'),
      ...validationMessages('query Q($a: Bogus) { missions { id } }'),
      ...validationMessages('{ missions(filter: { status: ARCHIVED }) { id } }'),
      ...validationMessages('{ missions(filter: { text: "x" }) { id } }'),
      ...validationMessages('{ missions(filter: { status: DRAFT, nope: 1 }) { id } }'),
      ...validationMessages('{ missions(first: "dix") { id } }'),
      ...validationMessages('{ ...F }'),
      ...validationMessages('query A { missions { id } } query A { missions { id } }'),
    ];
    const syntax = (() => {
      try {
        parse('{ missions { id }');
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    })();
    messages.push(syntax, 'Variable "$first" got invalid value "dix"; Int cannot represent non-integer value: "dix"');
    coerceInputValue({ status: 'NOPE' }, schema.getType('MissionFilter') as never, (path, _value, error) =>
      messages.push(
        `Variable "$filter" got invalid value { status: "NOPE" } at "filter.${path.join('.')}"; ${error.message}`,
      ),
    );
    messages.push('Variable "$id" of required type "ID!" was not provided.');
    expect(messages.length).toBeGreaterThan(15);
    for (const message of messages) {
      const french = frenchOf(message);
      expect(french).toMatch(/^Requête GraphQL invalide : /);
      expect(french.replace(/« [^»]* »/g, '«»')).not.toMatch(ENGLISH);
    }
  });

  it('translates syntax errors, keeps French messages, and never lets an unknown English shape through', () => {
    expect(frenchRequestErrorMessage('Syntax Error: Expected Name, found <EOF>.')).toBe(
      'Requête GraphQL invalide : erreur de syntaxe : attendu : un nom, trouvé : la fin du document.',
    );
    expect(frenchRequestErrorMessage('Date invalide : format attendu AAAA-MM-JJ (par exemple 2026-03-15).')).toBe(
      'Date invalide : format attendu AAAA-MM-JJ (par exemple 2026-03-15).',
    );
    expect(frenchRequestErrorMessage('Something new went wrong with "élan".')).toBe(
      'Requête GraphQL invalide : la requête ne respecte pas le schéma de l’API (voir la documentation dans /graphql).',
    );
  });
});
