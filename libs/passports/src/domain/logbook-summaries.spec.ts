import {
  competenciesAttestedSummary,
  engagementAbandonedSummary,
  engagementCompletedSummary,
  engagementStartedSummary,
  engagementWithdrawnSummary,
} from './logbook-summaries';

const mission = { title: 'Épicerie solidaire', hostName: 'Les Restos du Cœur' };

describe('logbook summaries', () => {
  it('say what happened to the mission, in French', () => {
    expect(engagementStartedSummary(mission, '2026-03-16', 40)).toBe(
      'Début de la mission bénévole « Épicerie solidaire » (Les Restos du Cœur) le 16/03/2026 ; 40 heures prévues.',
    );
    expect(engagementCompletedSummary(mission, '2026-05-29', 38)).toBe(
      'Fin de la mission bénévole « Épicerie solidaire » (Les Restos du Cœur) le 29/05/2026 ; 38 heures réalisées.',
    );
    expect(engagementCompletedSummary(mission, '2026-05-29', 1)).toMatch(/ 1 heure réalisée\.$/);
    expect(engagementAbandonedSummary(mission, '2026-04-02', 12, 'Reprise d’un emploi')).toBe(
      'Interruption de la mission bénévole « Épicerie solidaire » (Les Restos du Cœur) le 02/04/2026 après 12 heures. Motif : Reprise d’un emploi',
    );
    expect(engagementAbandonedSummary(mission, '2026-04-02', null, 'Déménagement')).not.toContain('après');
    expect(engagementWithdrawnSummary(mission, 'Ne s’est pas présentée')).toContain('la place est rendue');
  });

  it('lists the attested competencies with their level', () => {
    expect(
      competenciesAttestedSummary(mission, { name: 'Martine Durand', role: 'Présidente' }, [
        { label: 'Accueil du public', level: 2 },
        { label: 'Travailler en équipe', level: 3 },
      ]),
    ).toBe(
      '2 compétences attestées pour la mission bénévole « Épicerie solidaire » (Les Restos du Cœur) par Martine Durand, Présidente : Accueil du public (pratique), Travailler en équipe (maîtrise).',
    );
  });
});
