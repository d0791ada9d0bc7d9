import {
  PERSON_FIELDS,
  PersonAudience,
  PersonField,
  PersonViewer,
  mayRead,
  personAudience,
  personName,
  personShortName,
  projectPerson,
} from './person-fields';

const viewer = (role: string, fields: Partial<PersonViewer> = {}): PersonViewer => ({
  id: `${role.toLowerCase()}-9`,
  role,
  territoryId: 'oyonnax',
  isTerritoryManager: false,
  associationId: null,
  ...fields,
});

const file = { referentId: 'referent-1', territoryId: 'oyonnax' };
const person = { firstName: 'Karima', lastName: 'Benali', email: 'karima@exemple.fr', phone: '06 12 34 56 78' };

describe(personAudience.name, () => {
  it.each([
    ['the service Insertion', PersonAudience.FILE, viewer('ADMIN')],
    ['the referent', PersonAudience.FILE, viewer('REFERENT', { id: 'referent-1' })],
    ['the territory manager', PersonAudience.FILE, viewer('REFERENT', { isTerritoryManager: true })],
    [
      'a manager of another territory',
      PersonAudience.NONE,
      viewer('REFERENT', { isTerritoryManager: true, territoryId: 'belley' }),
    ],
    ['another referent', PersonAudience.NONE, viewer('REFERENT', { id: 'referent-2' })],
    ['the referent who proposed, since replaced', PersonAudience.COORDINATOR, viewer('REFERENT', { id: 'former' })],
    ['a coordinator', PersonAudience.COORDINATOR, viewer('COORDINATOR')],
    ['the host association', PersonAudience.HOST, viewer('ASSOCIATION', { associationId: 'host' })],
    ['the association of a suggestion', PersonAudience.PROSPECT, viewer('ASSOCIATION', { associationId: 'prospect' })],
    ['another association', PersonAudience.NONE, viewer('ASSOCIATION', { associationId: 'other' })],
    ['an association member without association', PersonAudience.NONE, viewer('ASSOCIATION')],
  ])('%s reads as %s', (_who, audience, who) => {
    expect(
      personAudience(who, {
        beneficiary: file,
        hostAssociationId: who.associationId === 'host' ? 'host' : null,
        prospectAssociationId: who.associationId === 'prospect' ? 'prospect' : null,
        proposedById: 'former',
      }),
    ).toBe(audience);
  });

  it('gives an association member without an association nothing, even where no host is known', () => {
    expect(personAudience(viewer('ASSOCIATION'), { beneficiary: file, hostAssociationId: null })).toBe(
      PersonAudience.NONE,
    );
  });
});

describe('PERSON_FIELDS', () => {
  it('keeps the last name, the file and the match details from associations', () => {
    for (const audience of [PersonAudience.HOST, PersonAudience.PROSPECT]) {
      expect(mayRead(audience, PersonField.LAST_NAME)).toBe(false);
      expect(mayRead(audience, PersonField.FILE)).toBe(false);
      expect(mayRead(audience, PersonField.MATCH_DETAILS)).toBe(false);
    }
    expect(PERSON_FIELDS[PersonAudience.PROSPECT]).toEqual([PersonField.DISTANCE_BAND]);
  });

  it('gives the coordinator names and contact, never the file', () => {
    expect(mayRead(PersonAudience.COORDINATOR, PersonField.LAST_NAME)).toBe(true);
    expect(mayRead(PersonAudience.COORDINATOR, PersonField.FILE)).toBe(false);
  });

  it('gives those who read the file every field, and the others none', () => {
    expect(PERSON_FIELDS[PersonAudience.FILE]).toEqual(Object.values(PersonField));
    expect(PERSON_FIELDS[PersonAudience.NONE]).toEqual([]);
  });
});

describe(projectPerson.name, () => {
  it('blanks what the audience may not read', () => {
    expect(projectPerson(person, PersonAudience.HOST)).toEqual({
      firstName: 'Karima',
      lastName: null,
      email: 'karima@exemple.fr',
      phone: '06 12 34 56 78',
    });
    expect(projectPerson(person, PersonAudience.COORDINATOR)).toEqual(person);
    expect(projectPerson(person, PersonAudience.PROSPECT)).toEqual({
      firstName: null,
      lastName: null,
      email: null,
      phone: null,
    });
  });
});

describe(personName.name, () => {
  it('names the person as the audience reads them', () => {
    expect(personName(person, PersonAudience.FILE)).toBe('Karima Benali');
    expect(personName(person, PersonAudience.HOST)).toBe('Karima');
    expect(personName(person, PersonAudience.NONE)).toBe('la personne bénévole');
  });
});

describe(personShortName.name, () => {
  it('gives the initial only to those who may read the last name', () => {
    expect(personShortName(person, PersonAudience.COORDINATOR)).toBe('Karima B.');
    expect(personShortName(person, PersonAudience.HOST)).toBe('Karima');
    expect(personShortName(person, PersonAudience.PROSPECT)).toBeNull();
  });
});
