/**
 * robfig/cron's test helper `getTime`, for quoting its test tables verbatim: "Mon Jul 9 14:45 2012"
 * (read in the local zone, UTC here), "2012-03-11T00:00:00-0500", and either with a
 * "TZ=America/New_York " prefix that sets the instant's zone (returned as `zone`).
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function getTime(value: string): { at: Date; zone?: string } {
  let zone: string | undefined;
  let text = value;
  if (text.startsWith('TZ=')) {
    const [prefix, rest] = text.split(' ');
    zone = prefix.slice(3);
    text = rest;
  }
  const layout = /^\w{3} (\w{3}) (\d{1,2}) (\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)? (\d{4})$/.exec(text);
  if (layout) {
    const [, mon, day, hh, mm, ss = '0', frac = '', yyyy] = layout;
    const ms = Date.UTC(+yyyy, MONTHS.indexOf(mon), +day, +hh, +mm, +ss) + Math.round(Number(frac || '0') * 1000);
    return { at: new Date(ms), zone };
  }
  const iso = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})([+-]\d{2})(\d{2})$/.exec(text);
  if (iso) return { at: new Date(`${iso[1]}${iso[2]}:${iso[3]}`), zone };
  throw new Error(`could not parse time value ${value}`);
}
