/** Where an interview takes place. */
export enum InterviewPlaceKind {
  /** The France Bénévolat office (antenne). */
  FRANCE_BENEVOLAT = 'FRANCE_BENEVOLAT',
  /** A Centre Départemental de la Solidarité. */
  CDS = 'CDS',
  /** A video call: a link instead of an address. */
  VIDEO = 'VIDEO',
}

export const PLACE_KIND_LABELS: Record<InterviewPlaceKind, string> = {
  FRANCE_BENEVOLAT: 'Locaux de France Bénévolat',
  CDS: 'Centre Départemental de la Solidarité',
  VIDEO: 'Visioconférence',
};

export interface InterviewPlace {
  kind: InterviewPlaceKind;
  /** « France Bénévolat Ain — Bourg-en-Bresse », « CDS Oyonnax », « Visioconférence » */
  label: string;
  /** Street address with postcode and commune; null for video. */
  address: string | null;
  /** https link of the video call; null in person. */
  videoUrl: string | null;
}

/** « CDS Oyonnax, 12 rue X, 01100 Oyonnax » or « Visioconférence : https://… » */
export function describePlace(place: InterviewPlace): string {
  if (place.kind === InterviewPlaceKind.VIDEO) return `${place.label} : ${place.videoUrl ?? ''}`.trim();
  return place.address ? `${place.label}, ${place.address}` : place.label;
}

/** Only https links (or http on a local machine) may be sent as a video link. */
export function isAcceptableVideoUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username || parsed.password) return false;
  if (parsed.protocol === 'https:') return true;
  return parsed.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(parsed.hostname);
}
