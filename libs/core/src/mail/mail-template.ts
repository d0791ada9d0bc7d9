/**
 * An email template: a Handlebars subject and an MJML body (the part inside the shared
 * layout), both in French. The same template renders the HTML part (MJML → responsive HTML)
 * and the plain-text part (derived from that HTML), so the two never drift apart.
 */
export interface MailTemplate<TData extends object = object> {
  /** Stable name, stored with each email (`proposal.new`, `identity.welcome`…). */
  name: string;
  subject: string;
  /** MJML sections (`<mj-section>…`) with Handlebars expressions; conditionals go in `<mj-raw>`. */
  body: string;
  /** Sample data for `npm run mail:preview`. */
  preview: TData;
}

export function defineMailTemplate<TData extends object>(template: MailTemplate<TData>): MailTemplate<TData> {
  return template;
}
