/**
 * Emitted sources of the date/time formats: RFC 3339 `date`, `time`, `date-time` (leap years,
 * leap seconds only at 23:59:60 UTC, offsets ≤ 23:59) and Appendix A `duration`.
 * Dates and times are parsed with `charCodeAt` so the fast path allocates nothing.
 */
import type { HelperSource } from './formats.js';

export const DATE_TIME_SOURCES: Readonly<Record<string, HelperSource>> = {
  digitsAt: {
    deps: [],
    source: `/** Value of the \`n\` ASCII digits of \`s\` at \`at\`, or -1 when any is not a digit. */
function digitsAt(s: string, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const d = s.charCodeAt(i) - 48;
    if (!(d >= 0 && d <= 9)) return -1;
    v = v * 10 + d;
  }
  return v;
}`,
  },
  dateAt: {
    deps: ['digitsAt'],
    source: `/** RFC 3339 full-date at \`at\` (10 characters) with real month lengths and leap years. */
function dateAt(s: string, at: number): boolean {
  const y = digitsAt(s, at, 4);
  const m = digitsAt(s, at + 5, 2);
  const d = digitsAt(s, at + 8, 2);
  if (y < 0 || m < 1 || m > 12 || d < 1 || s.charCodeAt(at + 4) !== 45 || s.charCodeAt(at + 7) !== 45) return false;
  if (m === 2) return d <= (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28);
  return d <= (m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31);
}`,
  },
  fmtDate: {
    deps: ['dateAt'],
    source: `/** RFC 3339 full-date. */
function fmtDate(s: string): boolean {
  return s.length === 10 && dateAt(s, 0);
}`,
  },
  timeAt: {
    deps: ['digitsAt'],
    source: `/** RFC 3339 full-time from \`at\` to the end; second 60 only where UTC time is 23:59:60. */
function timeAt(s: string, at: number): boolean {
  const h = digitsAt(s, at, 2);
  const min = digitsAt(s, at + 3, 2);
  const sec = digitsAt(s, at + 6, 2);
  if (h < 0 || h > 23 || min < 0 || min > 59 || sec < 0 || sec > 60) return false;
  if (s.charCodeAt(at + 2) !== 58 || s.charCodeAt(at + 5) !== 58) return false;
  let i = at + 8;
  if (s.charCodeAt(i) === 46) {
    const start = ++i;
    while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
    if (i === start) return false;
  }
  const sign = s.charCodeAt(i);
  let offset = 0;
  if (sign === 90 || sign === 122) {
    if (i + 1 !== s.length) return false;
  } else {
    const oh = digitsAt(s, i + 1, 2);
    const om = digitsAt(s, i + 4, 2);
    if ((sign !== 43 && sign !== 45) || i + 6 !== s.length || s.charCodeAt(i + 3) !== 58) return false;
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return false;
    offset = (sign === 45 ? -1 : 1) * (oh * 60 + om);
  }
  return sec < 60 || (((h * 60 + min - offset) % 1440) + 1440) % 1440 === 1439;
}`,
  },
  fmtTime: {
    deps: ['timeAt'],
    source: `/** RFC 3339 full-time (offset required). */
function fmtTime(s: string): boolean {
  return timeAt(s, 0);
}`,
  },
  fmtDateTime: {
    deps: ['dateAt', 'timeAt'],
    source: `/** RFC 3339 date-time: full-date "T" full-time (T and Z case-insensitive). */
function fmtDateTime(s: string): boolean {
  const t = s.charCodeAt(10);
  return (t === 84 || t === 116) && dateAt(s, 0) && timeAt(s, 11);
}`,
  },
  fmtDuration: {
    deps: [],
    source: `const DURATION_RE = /^P(?:(?:\\d+D|\\d+M(?:\\d+D)?|\\d+Y(?:\\d+M(?:\\d+D)?)?)(?:T(?:\\d+H(?:\\d+M(?:\\d+S)?)?|\\d+M(?:\\d+S)?|\\d+S))?|T(?:\\d+H(?:\\d+M(?:\\d+S)?)?|\\d+M(?:\\d+S)?|\\d+S)|\\d+W)$/;
/** RFC 3339 Appendix A duration: units in order, no gaps (no Y…D without M, no H…S without M). */
function fmtDuration(s: string): boolean {
  return DURATION_RE.test(s);
}`,
  },
};
