import type { QueryRunner } from 'typeorm';

/**
 * The carnet de bord's entry kinds, added by the migrations of the domains that write them. The
 * carnet is append-only: a down migration never deletes its entries, so it removes only the kinds
 * no entry uses (the others go with the carnet itself), and an up migration run again after such a
 * down finds the kinds it kept.
 */
export async function addLogbookEntryTypes(
  queryRunner: QueryRunner,
  types: ReadonlyArray<readonly [code: string, label: string]>,
): Promise<void> {
  for (const [code, label] of types) {
    await queryRunner.query(
      `INSERT INTO logbook_entry_type (code, label) VALUES ($1, $2) ON CONFLICT (code) DO UPDATE SET label = EXCLUDED.label`,
      [code, label],
    );
  }
}

export async function removeUnusedLogbookEntryTypes(queryRunner: QueryRunner, codes: readonly string[]): Promise<void> {
  await queryRunner.query(
    `DELETE FROM logbook_entry_type t WHERE t.code = ANY($1)
       AND NOT EXISTS (SELECT 1 FROM logbook_entry e WHERE e.type = t.code)`,
    [codes],
  );
}
