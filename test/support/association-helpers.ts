import { Role } from '@tremplin/core';
import { Association, AssociationStatus } from '@tremplin/associations';
import { randomInt } from 'node:crypto';
import type { StaffAccount, TestPlatform } from './test-platform';

/** A syntactically valid RNA number (W + 9 digits), random enough to stay unique in a test file. */
export function randomRna(): string {
  return `W${String(randomInt(0, 1_000_000_000)).padStart(9, '0')}`;
}

/**
 * An association written directly in the database (VALIDATED unless told otherwise), with one
 * member account and its token — the factory for tests of the domains downstream of missions.
 */
export async function createAssociation(
  platform: TestPlatform,
  fields: Partial<Association> = {},
): Promise<{ association: Association; member: StaffAccount }> {
  const repository = platform.dataSource.getRepository(Association);
  const association = await repository.save(
    repository.create({
      name: 'Épicerie solidaire du Revermont',
      rna: randomRna(),
      siret: null,
      address: '12 rue Bourgmayer',
      communeCode: '01053',
      email: 'contact@epicerie-revermont.test',
      phone: '04 74 22 33 44',
      domainCodes: ['ALIMENTATION'],
      welcomeContactName: 'Martine Lacroix',
      welcomeContactEmail: 'accueil@epicerie-revermont.test',
      welcomeContactPhone: '06 12 34 56 78',
      status: AssociationStatus.VALIDATED,
      rejectionReason: null,
      ...fields,
    }),
  );
  const member = await platform.createStaff(Role.ASSOCIATION, { associationId: association.id });
  return { association, member };
}
