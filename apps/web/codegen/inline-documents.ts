// Build-time replacement of each `graphql(`…`)` call of the console by its own document, so that a
// route's chunk carries only the operations it sends. Without it every call goes through the client
// preset's map of all the console's documents (src/gql/gql.ts), which lands in the entry chunk.
//
// This is the job of the client preset's Babel and SWC plugins, done here at the call site: those
// plugins turn each call into an import from src/gql/graphql.ts, which Rolldown (like Rollup) keeps
// as one module in one chunk — the entry, since the session's `me` query is there — so every
// document would still be downloaded by the login page. The types are untouched: TypeScript still
// reads `graphql()`'s typed overloads; only the emitted JavaScript changes.
import { readFileSync, statSync } from 'node:fs';
import { Kind, parse, visit, type DefinitionNode, type DocumentNode, type FragmentDefinitionNode } from 'graphql';
import MagicString from 'magic-string';
import type { Plugin } from 'vite';

/** `graphql(` followed by a template literal and `)`, as the client preset requires them. */
const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;

/** The documents codegen last saw (the keys of the preset's map), as written in the sources. */
export function documentSourcesOf(generatedGqlTs: string): string[] {
  const start = generatedGqlTs.indexOf('const documents');
  const end = generatedGqlTs.indexOf('\n};', start);
  if (start < 0 || end < 0) throw new Error('inline-documents: map of documents not found in src/gql/gql.ts');
  const sources: string[] = [];
  for (const match of generatedGqlTs.slice(start, end).matchAll(/^\s+("(?:[^"\\]|\\.)*"): types\.\w+,$/gm)) {
    sources.push(JSON.parse(match[1]) as string);
  }
  return sources;
}

/**
 * Replaces the `graphql()` calls of one module by their documents: the operation or fragment, then
 * the fragments it spreads (transitively), as codegen's typed documents hold them, without locations.
 * `known` are the documents of the generated map: a call codegen has not seen fails the build.
 */
export function inlineDocuments(
  code: string,
  id: string,
  known: readonly string[],
): { code: string; map: ReturnType<MagicString['generateMap']> } | null {
  if (!code.includes('graphql(')) return null;
  const { knownSet, fragments } = indexOf(known);
  const output = new MagicString(code);
  let replaced = 0;
  for (const match of code.matchAll(CALL)) {
    const source = match[1];
    if (source.includes('${') || source.includes('\\')) {
      throw new Error(`inline-documents: ${id}: a graphql() document must be a plain template literal`);
    }
    if (!knownSet.has(source)) {
      throw new Error(
        `inline-documents: ${id}: a graphql() document is unknown to src/gql (run « npm run web:codegen »)`,
      );
    }
    output.overwrite(match.index, match.index + match[0].length, JSON.stringify(documentOf(source, fragments)));
    replaced++;
  }
  if (!replaced) return null;
  return { code: output.toString(), map: output.generateMap({ source: id, hires: 'boundary' }) };
}

const indexes = new WeakMap<
  readonly string[],
  { knownSet: Set<string>; fragments: Map<string, FragmentDefinitionNode> }
>();

/** The documents as a set and their fragments by name, once per list of documents. */
function indexOf(known: readonly string[]) {
  let index = indexes.get(known);
  if (!index) {
    index = { knownSet: new Set(known), fragments: fragmentIndex(known) };
    indexes.set(known, index);
  }
  return index;
}

function fragmentIndex(sources: readonly string[]): Map<string, FragmentDefinitionNode> {
  const index = new Map<string, FragmentDefinitionNode>();
  for (const source of sources) {
    for (const definition of parse(source, { noLocation: true }).definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) index.set(definition.name.value, definition);
    }
  }
  return index;
}

function documentOf(source: string, fragments: Map<string, FragmentDefinitionNode>): DocumentNode {
  const own = parse(source, { noLocation: true }).definitions;
  const definitions: DefinitionNode[] = [...own];
  const included = new Set(
    own.flatMap((definition) => (definition.kind === Kind.FRAGMENT_DEFINITION ? [definition.name.value] : [])),
  );
  // Breadth-first over the spreads: each fragment once, even when several paths lead to it.
  for (let next = 0; next < definitions.length; next++) {
    visit(definitions[next], {
      FragmentSpread(node) {
        const name = node.name.value;
        if (included.has(name)) return;
        const fragment = fragments.get(name);
        if (!fragment) throw new Error(`inline-documents: fragment ${name} is not defined by any graphql() call`);
        included.add(name);
        definitions.push(fragment);
      },
    });
  }
  return { kind: Kind.DOCUMENT, definitions };
}

/**
 * The Vite plugin: every module of the console except src/gql itself. It also checks the output:
 * the preset's map (src/gql/gql.ts) must not be in any chunk, or a call escaped the replacement.
 */
export function inlineGraphqlDocuments(options: { gqlDirectory: string }): Plugin {
  const gqlDirectory = options.gqlDirectory.replace(/\/?$/, '/');
  const generated = `${gqlDirectory}gql.ts`;
  // Read again whenever codegen rewrites the map (the dev server keeps running meanwhile).
  let cache: { mtimeMs: number; sources: string[] } | null = null;
  const known = (): string[] => {
    const { mtimeMs } = statSync(generated);
    if (cache?.mtimeMs !== mtimeMs) cache = { mtimeMs, sources: documentSourcesOf(readFileSync(generated, 'utf8')) };
    return cache.sources;
  };
  return {
    name: 'tremplin:inline-graphql-documents',
    enforce: 'pre',
    buildStart() {
      this.addWatchFile(generated);
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(gqlDirectory) || id.includes('/node_modules/')) return null;
      return inlineDocuments(code, id, known());
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && (chunk.modules[generated]?.renderedLength ?? 0) > 0) {
          this.error(`src/gql/gql.ts (every document of the console) is in the chunk ${chunk.fileName}`);
        }
      }
    },
  };
}
