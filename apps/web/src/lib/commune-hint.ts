/** Lower case without accents, hyphens and apostrophes as spaces: « Châtillon-en-Michaille » → « chatillon en michaille ». */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[-'’]/g, ' ').replace(/\s+/g, ' ').trim();
}

export interface FormerCommuneLike {
  inseeCode: string;
  name?: string | null;
}

/**
 * The hint shown beside a commune found by one of its former names or codes (« anciennement Lancrans »),
 * so that someone who typed « Lancrans » understands why Valserhône is offered; null when the current
 * name (or code) itself matches what was typed.
 */
export function formerNameHint(
  typed: string,
  commune: { inseeCode: string; name: string; formerCommunes?: readonly FormerCommuneLike[] | null },
): string | null {
  const search = fold(typed);
  if (search.length === 0) return null;
  if (fold(commune.name).includes(search) || commune.inseeCode.startsWith(search)) return null;
  const former = (commune.formerCommunes ?? []).find(
    (f) => f.name && (fold(f.name).includes(search) || f.inseeCode.startsWith(search)),
  );
  return former?.name ? `anciennement ${former.name}` : null;
}
