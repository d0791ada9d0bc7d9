import { Role, SignedLinks, publicHolidayOn } from '@tremplin/core';
import { PasswordLinks } from '@tremplin/identity';
import { AssociationStatus } from '@tremplin/associations';
import { Mission, MissionStatus } from '@tremplin/missions';
import { Actor } from '@tremplin/platform';
import { PersonalDataExports } from '@tremplin/privacy';
import { randomBytes } from 'node:crypto';
import { createAssociation, randomRna } from '../support/association-helpers';
import { BeneficiaryView, recordDiagnostic } from '../support/beneficiary-helpers';
import { createConsentingBeneficiary, createMission, proposeOk } from '../support/proposal-helpers';
import { StaffAccount, TestPlatform } from '../support/test-platform';
import { Journey, World, acceptedJourney, scheduledJourney } from '../support/world';

export type Vars = Record<string, unknown>;

/**
 * What a probe works with: the world, the caller's credentials, and factories of fresh data for
 * the operations that change state (each call gets its own record, so calls never step on each other).
 */
export class ProbeContext {
  private slotsTaken = 0;
  private rangesPublished = 0;

  constructor(
    readonly platform: TestPlatform,
    readonly world: World,
  ) {}

  /** The staff account behind an actor (the link and anonymous callers have none). */
  account(actor: Actor): StaffAccount {
    const { world } = this;
    const accounts: Partial<Record<Actor, StaffAccount>> = {
      association: world.host,
      coordinator: world.coordinator,
      referent: world.referent,
      manager: world.manager,
      admin: world.admin,
    };
    const account = accounts[actor];
    if (!account) throw new Error(`${actor} has no staff account`);
    return account;
  }

  /** The bearer an actor sends: its session, the person's signed link for `link`, nothing for `anonymous`. */
  bearer(actor: Actor): string | undefined {
    if (actor === Actor.ANONYMOUS) return undefined;
    if (actor === Actor.LINK) return this.world.links.answer;
    return this.account(actor).token;
  }

  /** Whose caseload a fresh file of `actor` goes into: their own for referents and managers, the referent's otherwise. */
  owner(actor: Actor): StaffAccount {
    return actor === Actor.MANAGER || actor === Actor.REFERENT ? this.account(actor) : this.world.referent;
  }

  /** A file followed by the manager when `actor` is the manager, by the referent otherwise. */
  person(actor: Actor, overrides: Vars = {}): Promise<BeneficiaryView> {
    return createConsentingBeneficiary(this.platform, this.owner(actor), overrides);
  }

  /** The file out of `actor`'s reach: the outsider for reads; for a manager's writes, the person they only read. */
  outsideFile(actor: Actor, write = false): string {
    return write && actor === Actor.MANAGER ? this.world.journey.person.id : this.world.outsider.person.id;
  }

  async proposal(actor: Actor): Promise<{ id: string; personId: string }> {
    const person = await this.person(actor);
    const proposal = await proposeOk(this.platform, this.owner(actor), person.id, this.world.journey.mission.id);
    return { id: proposal.id, personId: person.id };
  }

  async accepted(actor: Actor): Promise<Omit<Journey, 'interviewId' | 'engagementId'>> {
    return acceptedJourney(this.platform, this.owner(actor), this.world.journey.mission, await this.person(actor));
  }

  slot(): string {
    const slot = this.world.futureSlots[this.slotsTaken++];
    if (!slot) throw new Error('The world has no more free slots: publish more in buildWorld');
    return slot;
  }

  scheduled(actor: Actor): Promise<Journey> {
    return scheduledJourney(this.platform, this.owner(actor), this.world.journey.mission, this.slot());
  }

  async diagnosed(actor: Actor): Promise<BeneficiaryView> {
    const person = await this.person(actor);
    await recordDiagnostic(this.platform, this.owner(actor), person.id);
    return person;
  }

  /** A mission of the host association in `status`, written in the database. */
  mission(status: MissionStatus): Promise<Mission> {
    return createMission(this.platform, this.world.hostAssociation, { status, title: `Mission ${status}` });
  }

  async association(status: AssociationStatus): Promise<string> {
    return (await createAssociation(this.platform, { status, name: `Association ${randomBytes(3).toString('hex')}` }))
      .association.id;
  }

  staff(role: Role): Promise<StaffAccount> {
    return this.platform.createStaff(role);
  }

  /** A new account of the same kind as `actor`'s, for calls that change the caller's own credentials. */
  freshAccount(actor: Actor): Promise<StaffAccount> {
    const model = this.account(actor).user;
    return this.platform.createStaff(model.role, {
      territoryId: model.territoryId,
      isTerritoryManager: model.isTerritoryManager,
      associationId: model.associationId,
    });
  }

  /** The token of a fresh invitation link (a new account that has not chosen its password). */
  async passwordToken(): Promise<string> {
    const account = await this.platform.createStaff(Role.COORDINATOR);
    const url = this.platform.api.get(PasswordLinks).url({ userId: account.user.id, credentialsVersion: 0 }, 3600_000);
    return new URL(url).searchParams.get('jeton')!;
  }

  /** The path of the console's main script, as its page names it. */
  async consoleScript(): Promise<string> {
    const html = await (await fetch(`${this.platform.baseUrl}/connexion`)).text();
    const path = /src="(\/assets\/[\w.-]+\.js)"/.exec(html)?.[1];
    if (!path) throw new Error('The console page names no script: is dist/web built?');
    return path;
  }

  /** A range of one hour on a day of its own in May, 10:00 in Paris, for the coordinator. */
  async availability(coordinator: StaffAccount = this.world.coordinator): Promise<{ id: string; slotIds: string[] }> {
    const data = await this.platform.gqlOk<{ publishAvailability: { id: string; slots: Array<{ id: string }> } }>(
      `mutation($input: PublishAvailabilityInput!) { publishAvailability(input: $input) { id slots { id } } }`,
      { input: this.range() },
      coordinator.token,
    );
    return { id: data.publishAvailability.id, slotIds: data.publishAvailability.slots.map((slot) => slot.id) };
  }

  /** The self-booking link of an accepted proposal, as the acceptance page gives it. */
  bookingToken(proposalId: string): string {
    return this.platform.api.get(SignedLinks).sign('interview.booking', proposalId, new Date('2027-01-01T00:00:00Z'));
  }

  /** A fresh `PublishAvailabilityInput`: one hour on a day no other range uses. */
  range(): Vars {
    let startsAt: Date;
    // Public holidays (8, 14 and 25 May 2026) take no availability.
    do startsAt = new Date(Date.UTC(2026, 4, 6 + this.rangesPublished++, 8, 0));
    while (publicHolidayOn(startsAt.toISOString().slice(0, 10)));
    return {
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3600_000).toISOString(),
      slotMinutes: 30,
      place: { kind: 'VIDEO', videoUrl: 'https://visio.ain.fr/entretien' },
    };
  }

  /** An export of the person's data, asked by the admin and still in preparation (written in the database). */
  async pendingExport(beneficiaryId: string): Promise<string> {
    const [row] = (await this.platform.dataSource.query(
      `INSERT INTO personal_data_export (beneficiary_id, requested_by_id, requested_at) VALUES ($1, $2, now()) RETURNING id`,
      [beneficiaryId, this.world.admin.user.id],
    )) as Array<{ id: string }>;
    return row.id;
  }

  private readyExport?: Promise<string>;

  /** The signed link token of one export of the world's person, produced (once) as the worker does. */
  exportToken(): Promise<string> {
    this.readyExport ??= (async () => {
      const id = await this.pendingExport(this.world.journey.person.id);
      await this.platform.api.get(PersonalDataExports).produce(id);
      const view = await this.platform.api.get(PersonalDataExports).find(this.world.admin.user, id);
      return new URL(view.pdfUrl as string).pathname.split('/')[2];
    })();
    return this.readyExport;
  }

  unique(prefix: string): string {
    return `${prefix}${randomBytes(4).toString('hex')}`;
  }

  registration(): Vars {
    const id = this.unique('');
    return {
      name: 'Les Restos du Cœur de l’Ain',
      rna: randomRna(),
      address: '5 avenue des Sports',
      communeCode: '01283',
      email: `contact.${id}@restos-ain.test`,
      phone: '0474771122',
      domainCodes: ['ALIMENTATION'],
      welcomeContact: { name: 'Paul Girod', email: `accueil.${id}@restos-ain.test`, phone: '06 11 22 33 44' },
      member: {
        firstName: 'Aline',
        lastName: 'Perret',
        email: `aline.${id}@restos-ain.test`,
        password: 'un-mot-de-passe-solide',
      },
    };
  }
}
