import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { print } from 'graphql';
import { documentSourcesOf, inlineDocuments } from './inline-documents.ts';

const ROW = '\n  fragment Row on User {\n    id\n    ...Name\n  }\n';
const NAME = '\n  fragment Name on User {\n    firstName\n  }\n';
const LIST =
  '\n  query List {\n    users(first: 5) {\n      edges {\n        node {\n          ...Row\n        }\n      }\n    }\n  }\n';
const KNOWN = [ROW, NAME, LIST];

const module = (source: string) => `import { graphql } from '../gql';\nconst LIST = graphql(\`${source}\`);\n`;

describe(inlineDocuments.name, () => {
  it('replaces a call by its document, with the fragments it spreads, each once', () => {
    const result = inlineDocuments(module(LIST), 'list.tsx', KNOWN);
    const literal = result!.code.match(/const LIST = (.*);\n$/)![1];
    const document = JSON.parse(literal);
    expect(document.definitions.map((definition: { name: { value: string } }) => definition.name.value)).toEqual([
      'List',
      'Row',
      'Name',
    ]);
    expect(print(document)).toContain('...Row');
    expect(literal).not.toContain('"loc"');
    expect(result!.map.mappings).not.toBe('');
  });

  it('leaves a module without a call as it is', () => {
    expect(inlineDocuments('export const x = 1;\n', 'x.ts', KNOWN)).toBeNull();
  });

  it('fails the build on a document codegen has not seen (generated code out of date)', () => {
    expect(() =>
      inlineDocuments(module('\n  query Other {\n    me {\n      id\n    }\n  }\n'), 'other.tsx', KNOWN),
    ).toThrow(/npm run web:codegen/);
  });

  it('refuses an interpolated document', () => {
    expect(() => inlineDocuments(module('${FRAGMENT}'), 'bad.tsx', KNOWN)).toThrow(/plain template literal/);
  });
});

describe(documentSourcesOf.name, () => {
  it('reads every document of the generated map of the console', () => {
    const generated = readFileSync(join(process.cwd(), 'apps/web/src/gql/gql.ts'), 'utf8');
    const sources = documentSourcesOf(generated);
    expect(sources.length).toBeGreaterThan(50);
    expect(sources.some((source) => source.includes('query Me {'))).toBe(true);
  });
});
