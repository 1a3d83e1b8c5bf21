/**
 * The date an export was made, as its reader's calendar says: the local day of the
 * machine (Beijing time on a Chinese government PC), never the UTC day, which is
 * yesterday's date from 00:00 to 08:00 in Beijing.
 */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
