import { ProposalStatus } from './proposal-status';
import {
  AnswerChannel,
  ProposalDelivery,
  deliveryFor,
  plannedReminderAt,
  proposalStatusLabel,
  recordedAnswerNote,
} from './answer-channel';

describe(deliveryFor.name, () => {
  it('sends the email to a person with an address and prints a letter for the others', () => {
    expect(deliveryFor('karima@exemple.test')).toBe(ProposalDelivery.EMAIL);
    expect(deliveryFor(null)).toBe(ProposalDelivery.LETTER);
    expect(deliveryFor('  ')).toBe(ProposalDelivery.LETTER);
  });
});

describe(proposalStatusLabel.name, () => {
  it('says a letter awaits its answer rather than being sent', () => {
    expect(proposalStatusLabel(ProposalStatus.PROPOSED, ProposalDelivery.LETTER)).toBe(
      'lettre à remettre, en attente de réponse',
    );
    expect(proposalStatusLabel(ProposalStatus.PROPOSED, ProposalDelivery.EMAIL)).toBe('en cours d’envoi');
    expect(proposalStatusLabel(ProposalStatus.ACCEPTED, ProposalDelivery.LETTER)).toBe('acceptée');
  });
});

describe(recordedAnswerNote.name, () => {
  it('names the channel and who recorded the answer', () => {
    expect(recordedAnswerNote(AnswerChannel.PHONE, 'Claire Martin')).toBe(
      'Réponse recueillie par téléphone par Claire Martin.',
    );
    expect(recordedAnswerNote(AnswerChannel.IN_PERSON, 'Claire Martin')).toBe(
      'Réponse recueillie en personne par Claire Martin.',
    );
  });
});

describe(plannedReminderAt.name, () => {
  const delays = { reminderDays: 4, expiryDays: 10 };
  const createdAt = new Date('2026-03-02T09:00:00Z');
  const base = { status: ProposalStatus.SENT, delivery: ProposalDelivery.EMAIL, createdAt, remindedAt: null };
  it('is due reminderDays after the proposal while it waits for an email answer', () => {
    expect(plannedReminderAt(base, delays)).toEqual(new Date('2026-03-06T09:00:00Z'));
  });
  it('is none for a letter, once reminded, or once answered', () => {
    expect(plannedReminderAt({ ...base, delivery: ProposalDelivery.LETTER }, delays)).toBeNull();
    expect(plannedReminderAt({ ...base, remindedAt: createdAt }, delays)).toBeNull();
    expect(plannedReminderAt({ ...base, status: ProposalStatus.ACCEPTED }, delays)).toBeNull();
  });
});
