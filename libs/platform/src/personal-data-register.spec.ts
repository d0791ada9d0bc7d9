import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PersonalDataCategory } from '@tremplin/core';
import { tableCells } from './permissions';
import {
  NOT_PERSONAL,
  PERSONAL_LOOKING,
  REGISTER_PATH,
  entityColumns,
  registerSection,
  renderPersonalColumns,
} from './personal-data-register';

const register = readFileSync(join(process.cwd(), REGISTER_PATH), 'utf8');
const listed = tableCells(registerSection(register))
  .slice(1)
  .map(([column, category]) => `${column.replace(/`/g, '')} ${category}`)
  .sort();

describe('the register of processing', () => {
  const columns = entityColumns();

  it('lists exactly the columns marked @PersonalData, each with its category', () => {
    const marked = columns
      .filter((c) => c.category)
      .map((c) => `${c.key} ${c.category}`)
      .sort();
    const missing = marked.filter((line) => !listed.includes(line));
    const stale = listed.filter((line) => !marked.includes(line));
    if (missing.length || stale.length) {
      // What the section must read (paste it between the markers of the register).
      process.stdout.write(`\n${renderPersonalColumns(columns)}\n`);
    }
    expect({ missing, stale }).toEqual({ missing: [], stale: [] });
  });

  it('leaves no column that looks personal unmarked, unless it is said not to be and why', () => {
    const unmarked = columns
      .filter((c) => !c.category && PERSONAL_LOOKING.test(c.property) && !NOT_PERSONAL[c.key])
      .map((c) => c.key);
    expect(unmarked).toEqual([]);
    // The exceptions still name real columns that are not marked.
    const keys = new Map(columns.map((c) => [c.key, c.category]));
    expect(Object.keys(NOT_PERSONAL).filter((key) => !keys.has(key) || keys.get(key))).toEqual([]);
  });

  it('describes every category it uses', () => {
    for (const category of Object.values(PersonalDataCategory)) {
      expect({ category, described: register.includes(`\`${category}\``) }).toEqual({ category, described: true });
    }
  });
});
