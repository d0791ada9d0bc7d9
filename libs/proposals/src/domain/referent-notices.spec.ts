import { DIGEST_MAX_LINES, digestContent, noticeCountLabel } from './referent-notices';

const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 8, minute));

describe(digestContent.name, () => {
  it('lists the notices oldest first, one sentence each', () => {
    expect(
      digestContent([
        { headline: 'Paul M. a répondu non à la mission « Tri »', createdAt: at(30) },
        { headline: 'Karima B. a accepté la mission « Accueil »', createdAt: at(5) },
      ]),
    ).toEqual({
      countLabel: '2 nouvelles',
      lines: ['Karima B. a accepté la mission « Accueil ».', 'Paul M. a répondu non à la mission « Tri ».'],
    });
  });

  it('keeps a long day readable', () => {
    const notices = Array.from({ length: DIGEST_MAX_LINES + 3 }, (_, i) => ({ headline: `n${i}`, createdAt: at(i) }));
    const content = digestContent(notices);
    expect(content.countLabel).toBe(`${DIGEST_MAX_LINES + 3} nouvelles`);
    expect(content.lines).toHaveLength(DIGEST_MAX_LINES + 1);
    expect(content.lines.at(-1)).toBe('… et 3 nouvelles à lire dans Tremplin.');
  });

  it('agrees in number', () => {
    expect(noticeCountLabel(1)).toBe('1 nouvelle');
    expect(noticeCountLabel(0)).toBe('0 nouvelle');
  });
});
