import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ACTORS,
  Access,
  MATRIX_END,
  MATRIX_START,
  PERMISSIONS,
  permissionKey,
  renderPermissionsMatrix,
  tableCells,
  withPermissionsMatrix,
} from './permissions';

describe('PERMISSIONS', () => {
  it('has one row per operation, each with a rule for every caller', () => {
    const keys = PERMISSIONS.map(permissionKey);
    expect(new Set(keys).size).toBe(keys.length);
    for (const permission of PERMISSIONS) expect(Object.keys(permission.access).sort()).toEqual([...ACTORS].sort());
  });

  it('says what « within scope » means on every row that uses it', () => {
    const unexplained = PERMISSIONS.filter(
      (permission) => Object.values(permission.access).includes(Access.SCOPE) && !permission.scope,
    ).map(permissionKey);
    expect(unexplained).toEqual([]);
  });

  it('is printed, as it is, in the README (npm run permissions:readme rewrites it)', () => {
    const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf(MATRIX_START), readme.indexOf(MATRIX_END));
    expect(tableCells(section)).toEqual(tableCells(renderPermissionsMatrix()));
  });
});

describe(withPermissionsMatrix.name, () => {
  it('replaces the section between the marks and keeps the rest', () => {
    const readme = `# Titre\n\n${MATRIX_START}\n\nancien\n\n${MATRIX_END}\n\nSuite.\n`;
    const written = withPermissionsMatrix(readme);
    expect(written.startsWith(`# Titre\n\n${MATRIX_START}\n\n| operation`)).toBe(true);
    expect(written.endsWith(`${MATRIX_END}\n\nSuite.\n`)).toBe(true);
    expect(written).not.toContain('ancien');
  });

  it('refuses a README without the marks', () => {
    expect(() => withPermissionsMatrix('# Titre\n')).toThrow(/permissions-matrix/);
  });
});

describe(tableCells.name, () => {
  it('reads the cells whatever the padding', () => {
    expect(tableCells('| a  | b |\n|----|---|\n| c | d   |')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });
});
