import { sheetLines, type SheetSource } from './mission-sheet';

/**
 * The fiche mission as the person will read it in the proposal email: the same tinted block, the
 * same lines in the same plain words. The email adds the référent's message and the two answers.
 */
export function MissionSheetPreview({ source, headingLevel = 2 }: { source: SheetSource; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="mission-sheet" aria-label="Aperçu de la fiche dans l’e-mail">
      <Heading className="mission-sheet__title">La mission : {source.title || 'sans titre'}</Heading>
      {sheetLines(source).map((line) =>
        Array.isArray(line.value) ? (
          <div key={line.label}>
            <p>
              <strong>{line.label} :</strong>
            </p>
            <ul>
              {line.value.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </div>
        ) : (
          <p key={line.label}>
            <strong>{line.label} :</strong> {line.value}
          </p>
        ),
      )}
      <p className="mission-sheet__footer">
        Sous la fiche, l’e-mail donne le message du référent et deux boutons : « Je suis intéressé(e) » et « Non merci
        ».
      </p>
    </section>
  );
}
