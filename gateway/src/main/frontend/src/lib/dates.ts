/** The district's calendar: windows, as-of dates and announcements are Shanghai dates, whatever the device's zone. */
export const DISTRICT_ZONE = 'Asia/Shanghai'

/** The ISO date (yyyy-mm-dd) of an instant in Shanghai; `new Date().toISOString()` would give the UTC date. */
export function districtDate(at: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: DISTRICT_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at)
}
