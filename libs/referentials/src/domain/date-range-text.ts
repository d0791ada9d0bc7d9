/** « 02/03/2026 » from a LocalDate (YYYY-MM-DD). */
export function formatLocalDateFr(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

/** The dates of a mission in French: « du 02/03/2026 au 30/06/2026 », « à partir du … », « jusqu’au … ». */
export function describeDateRange(startDate: string | null, endDate: string | null): string | null {
  if (startDate && endDate) return `du ${formatLocalDateFr(startDate)} au ${formatLocalDateFr(endDate)}`;
  if (startDate) return `à partir du ${formatLocalDateFr(startDate)}`;
  if (endDate) return `jusqu’au ${formatLocalDateFr(endDate)}`;
  return null;
}
