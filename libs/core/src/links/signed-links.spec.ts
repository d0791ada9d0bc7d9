import { AppConfig } from '../config/app-config';
import { FakeClock } from '../clock/clock';
import { InvalidLinkException, SignedLinks } from './signed-links';

function linksWith(secret: string, clock: FakeClock): SignedLinks {
  return new SignedLinks(
    Object.assign(new AppConfig(), { LINK_SECRET: secret, APP_URL: 'https://tremplin.ain.fr' }),
    clock,
  );
}

function rejection(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof InvalidLinkException) return error.reason;
    throw error;
  }
  throw new Error('expected the link to be refused');
}

describe(SignedLinks.name, () => {
  const clock = new FakeClock('2026-03-01T10:00:00Z');
  const links = linksWith('secret-des-liens-0123456789abcdef-0123', clock);
  const expiresAt = new Date('2026-03-11T10:00:00Z');

  it('gives back the record a valid token was made for', () => {
    const token = links.sign('proposal.answer', 'p-42', expiresAt);
    expect(links.verify(token, 'proposal.answer')).toBe('p-42');
    expect(links.url('/p', token)).toBe(`https://tremplin.ain.fr/p/${token}`);
  });

  it('refuses a token used for another purpose', () => {
    const token = links.sign('interview.book', 'p-42', expiresAt);
    expect(rejection(() => links.verify(token, 'proposal.answer'))).toBe('wrong-purpose');
  });

  it('refuses an expired token', () => {
    const token = links.sign('proposal.answer', 'p-42', expiresAt);
    const later = linksWith('secret-des-liens-0123456789abcdef-0123', new FakeClock('2026-03-11T10:00:01Z'));
    expect(rejection(() => later.verify(token, 'proposal.answer'))).toBe('expired');
  });

  it('refuses a tampered, truncated or foreign token', () => {
    const token = links.sign('proposal.answer', 'p-42', expiresAt);
    const [header, payload, signature] = token.split('.');
    const otherPayload = Buffer.from(JSON.stringify({ pur: 'proposal.answer', sub: 'p-43', exp: 1999999999 })).toString(
      'base64url',
    );
    expect(rejection(() => links.verify(`${header}.${otherPayload}.${signature}`, 'proposal.answer'))).toBe('forged');
    expect(rejection(() => links.verify(token.slice(0, -3), 'proposal.answer'))).toBe('forged');
    expect(rejection(() => links.verify(`${header}.${payload}`, 'proposal.answer'))).toBe('malformed');
    const foreign = linksWith('un-autre-secret-0123456789abcdef-01234', clock).sign(
      'proposal.answer',
      'p-42',
      expiresAt,
    );
    expect(rejection(() => links.verify(foreign, 'proposal.answer'))).toBe('forged');
    expect(rejection(() => links.verify('', 'proposal.answer'))).toBe('malformed');
  });

  it('refuses an unsigned token (alg none)', () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const payload = Buffer.from(JSON.stringify({ pur: 'proposal.answer', sub: 'p-42', exp: 1999999999 })).toString(
      'base64url',
    );
    expect(rejection(() => links.verify(`${header}.${payload}.x`, 'proposal.answer'))).toBe('forged');
  });
});
