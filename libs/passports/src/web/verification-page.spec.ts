import { PageRenderer } from '@tremplin/core';
import { EngagementStatus } from '../domain/engagement-status';
import { PassportEntry } from '../domain/passport-document';
import { ENTER_CODE_PAGE, NOT_VERIFIED_PAGE, VERIFIED_PAGE, verifiedPageData } from './verification-page';

const pages = new PageRenderer();

const entry: PassportEntry = {
  engagementId: 'e1',
  missionTitle: 'Accueil <b>solidaire</b>',
  hostName: 'Les Restos du Cœur',
  hostCommune: 'Oyonnax',
  status: EngagementStatus.ABANDONED,
  startDate: '2026-03-16',
  endDate: '2026-04-02',
  plannedHours: 40,
  hoursDone: 1,
  competencies: [
    { code: 'TR_ACCUEIL', label: 'Accueil du public', level: 2, levelLabel: 'Pratique', comment: 'Très à l’écoute' },
  ],
  attestors: [{ name: 'Martine Durand', role: 'Présidente', attestedAt: new Date('2026-04-02T22:30:00Z') }],
};

describe(verifiedPageData.name, () => {
  it('spells out the dates, hours and levels, and leaves the attestor’s name out', () => {
    const data = verifiedPageData('7KQ2M9XD4TRB', new Date('2026-04-03T08:00:00Z'), [entry]);
    expect(data).toEqual({
      code: '7KQ2-M9XD-4TRB',
      issuedOn: '03/04/2026',
      entries: [
        {
          missionTitle: 'Accueil <b>solidaire</b>',
          hostName: 'Les Restos du Cœur',
          hostCommune: 'Oyonnax',
          period: 'du 16/03/2026 au 02/04/2026',
          hours: '1 heure réalisée',
          interrupted: true,
          // 22:30 UTC on 2 April is 00:30 on 3 April in Paris (summer time).
          attestedOn: 'le 03/04/2026 (Présidente)',
          competencies: [{ label: 'Accueil du public', level: 'Pratique (2/3)', comment: 'Très à l’écoute' }],
        },
      ],
    });
    expect(
      verifiedPageData('7KQ2M9XD4TRB', new Date(), [{ ...entry, endDate: null, hoursDone: null }]).entries[0],
    ).toMatchObject({
      period: 'depuis le 16/03/2026 (en cours)',
      hours: '40 heures prévues',
    });
  });
});

describe('verification pages', () => {
  it('render the verified entries, escaped', () => {
    const html = pages.render(
      VERIFIED_PAGE,
      verifiedPageData('7KQ2M9XD4TRB', new Date('2026-04-03T08:00:00Z'), [entry]),
    );
    expect(html).toContain('<title>Passeport Bénévole authentique — Tremplin</title>');
    expect(html).toContain('<h2 id="mission-0">Accueil &lt;b&gt;solidaire&lt;/b&gt;</h2>');
    expect(html).toContain('mission interrompue avant son terme');
    expect(html).toContain('<td class="level">Pratique (2/3)</td>');
    expect(html).not.toContain('Martine');
  });

  it('say why a code does not verify, and offer to type it again', () => {
    const unknown = pages.render(NOT_VERIFIED_PAGE, { typed: 'ABCD-EFGH-JKMN', malformed: false, revoked: false });
    expect(unknown).toContain('<h1>Code de vérification inconnu</h1>');
    expect(unknown).toContain('ne porte le code <strong>ABCD-EFGH-JKMN</strong>');
    expect(unknown).toContain('value="ABCD-EFGH-JKMN"');
    const malformed = pages.render(NOT_VERIFIED_PAGE, { typed: '"><script>', malformed: true, revoked: false });
    expect(malformed).toContain("Ce texte n'est pas un code de vérification");
    expect(malformed).not.toContain('"><script>');
    const revoked = pages.render(NOT_VERIFIED_PAGE, { typed: 'ABCD-EFGH-JKMN', malformed: false, revoked: true });
    expect(revoked).toContain("<h1>Ce passeport n'est plus valable</h1>");
    expect(pages.render(ENTER_CODE_PAGE, { typed: '' })).toContain('<form class="code" method="get" action="/verify">');
  });
});
