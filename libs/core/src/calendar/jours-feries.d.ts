// Types for @socialgouv/jours-feries (the package ships none).
declare module '@socialgouv/jours-feries' {
  /** The public holidays of a year, by French name, each at midnight UTC of its day. */
  export default function joursFeries(year: number, options?: { alsace?: boolean }): Record<string, Date>;
}
