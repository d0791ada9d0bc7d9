import ical from 'node-ical';
import type { VEvent } from 'node-ical';
import { buildInvitation, InvitationInput } from './invitation';
import { invitationText } from './invitation-text';
import { InterviewPlaceKind } from './place';

const startsAt = new Date('2026-02-10T09:00:00Z');
const endsAt = new Date('2026-02-10T09:45:00Z');
const office = {
  kind: InterviewPlaceKind.FRANCE_BENEVOLAT,
  label: 'France Bénévolat Ain',
  address: '4 allée des Brotteaux, 01000 Bourg-en-Bresse',
  videoUrl: null,
};
const text = invitationText({
  missionTitle: 'Accueil à l’épicerie solidaire',
  associationName: 'Les Restos du Cœur',
  beneficiaryName: 'Karima Benali',
  referentName: 'Claire Martin',
  coordinatorName: 'Léa Dupont',
  startsAt,
  endsAt,
  place: office,
});
const base: InvitationInput = {
  method: 'REQUEST',
  uid: 'interview-123@tremplin.test',
  sequence: 0,
  stampedAt: new Date('2026-02-01T10:00:00Z'),
  startsAt,
  endsAt,
  ...text,
  place: office,
  latitude: 46.2052,
  longitude: 5.2255,
  organizer: { name: 'Léa Dupont', email: 'lea.dupont@francebenevolat.test' },
  attendees: [
    { name: 'Karima Benali', email: 'karima@example.test' },
    { name: 'Claire Martin', email: 'claire@ain.test' },
    { name: 'Léa Dupont', email: 'lea.dupont@francebenevolat.test' },
    { name: 'Accueil Restos', email: 'accueil@restos.test', optional: true },
  ],
};

function parse(calendar: string): { method: string; event: VEvent } {
  const parsed = ical.sync.parseICS(calendar);
  const event = Object.values(parsed).find((c) => c?.type === 'VEVENT') as VEvent;
  const header = parsed.vcalendar as unknown as { method: string };
  return { method: header.method, event };
}

const emails = (value: unknown) =>
  [value]
    .flat()
    .map((a) => String((a as { val: string }).val).replace(/^mailto:/i, ''))
    .sort();

describe(buildInvitation.name, () => {
  it('makes a REQUEST that a real parser reads: UID, SEQUENCE, times, organizer, attendees, location', () => {
    const { method, event } = parse(buildInvitation(base));
    expect(method).toBe('REQUEST');
    expect(event.uid).toBe('interview-123@tremplin.test');
    expect(Number(event.sequence)).toBe(0);
    expect(new Date(event.start).toISOString()).toBe(startsAt.toISOString());
    expect(new Date(event.end as Date).toISOString()).toBe(endsAt.toISOString());
    expect(event.summary).toBe('Entretien tripartite Tremplin — Accueil à l’épicerie solidaire');
    expect(event.location).toBe('France Bénévolat Ain, 4 allée des Brotteaux, 01000 Bourg-en-Bresse');
    expect(String(event.description)).toContain('mardi 10 février 2026 de 10 h à 10 h 45');
    expect(String((event.organizer as unknown as { val: string }).val).toLowerCase()).toBe(
      'mailto:lea.dupont@francebenevolat.test',
    );
    expect(emails(event.attendee)).toEqual([
      'accueil@restos.test',
      'claire@ain.test',
      'karima@example.test',
      'lea.dupont@francebenevolat.test',
    ]);
    const optional = [event.attendee]
      .flat()
      .find((a) => String((a as { val: string }).val).includes('restos')) as unknown as { params: { ROLE: string } };
    expect(optional.params.ROLE).toBe('OPT-PARTICIPANT');
    expect(event.status).toBe('CONFIRMED');
  });

  it('keeps the UID and carries the new SEQUENCE when the interview moves', () => {
    const { event } = parse(
      buildInvitation({ ...base, sequence: 1, startsAt: endsAt, endsAt: new Date('2026-02-10T10:30:00Z') }),
    );
    expect(event.uid).toBe(base.uid);
    expect(Number(event.sequence)).toBe(1);
  });

  it('cancels with METHOD:CANCEL and STATUS:CANCELLED', () => {
    const { method, event } = parse(buildInvitation({ ...base, method: 'CANCEL', sequence: 2 }));
    expect(method).toBe('CANCEL');
    expect(event.status).toBe('CANCELLED');
    expect(event.uid).toBe(base.uid);
    expect(Number(event.sequence)).toBe(2);
  });

  it('gives the video link as location and URL for a video interview', () => {
    const videoUrl = 'https://visio.ain.fr/entretien-abc';
    const { event } = parse(
      buildInvitation({
        ...base,
        place: { kind: InterviewPlaceKind.VIDEO, label: 'Visioconférence', address: null, videoUrl },
        latitude: null,
        longitude: null,
      }),
    );
    expect(event.location).toBe(`Visioconférence : ${videoUrl}`);
    expect(event.url).toBe(videoUrl);
  });
});
