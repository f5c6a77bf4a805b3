/**
 * Finding a published figure's number inside its quote ("筹资1.47亿元建立闽宁科技园" →
 * "1.47亿" for 147000000 元), so the page can highlight it. The quote itself is never
 * changed: matching runs on a copy of the same length (full-width digits folded to
 * ASCII), and the result is a list of character ranges into the original.
 */

/** A number written in the quote: where it is and what it is worth. */
interface NumToken {
  start: number;
  end: number; // exclusive
  value: number; // with its multiplier (万, 亿…) applied
  bare: number; // the digits alone
  mult: string; // the multiplier text, "" when none
  arabic: boolean;
}

/** A character range [start, end) of the quote. */
export interface Span {
  start: number;
  end: number;
}

/** A piece of the quote, highlighted or not. */
export interface Segment {
  text: string;
  hit: boolean;
}

const MULT: Record<string, number> = { 十: 10, 百: 100, 千: 1e3, 万: 1e4, 亿: 1e8 };
const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Same-length copy with full-width digits and point folded to ASCII. */
function fold(s: string): string {
  return s.replace(/[０-９．]/g, (c) => (c === "．" ? "." : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 1e-9);
}

/** Value of a run of Chinese numerals ("六", "两千", "三百五十", "千"), or null when it is no number ("一一"). */
export function parseChineseNumber(run: string): number | null {
  let total = 0;
  let section = 0;
  let num = 0;
  let lastDigit = false;
  for (const ch of run) {
    if (ch in CN_DIGIT) {
      // Two digits in a row ("一一对应", "三五成群") are not a written number.
      if (lastDigit && CN_DIGIT[ch] !== 0) return null;
      num = CN_DIGIT[ch];
      lastDigit = true;
      continue;
    }
    lastDigit = false;
    const u = MULT[ch];
    if (u < 1e4) {
      section += (num || 1) * u;
    } else if (u === 1e4) {
      // 万 scales the section before it: 一亿二千万 = 1亿 + 2000万.
      total += (section + num || 1) * u;
      section = 0;
    } else {
      // 亿 scales everything before it: 一万亿.
      total = (total + section + num || 1) * u;
      section = 0;
    }
    num = 0;
  }
  return total + section + num;
}

/** Every number in the (folded) quote: Arabic with an optional 余/多 and multiplier, and Chinese numerals. */
function tokens(q: string): NumToken[] {
  const out: NumToken[] = [];
  const taken = new Array<boolean>(q.length).fill(false);
  const arabic = /(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:([余多]?)([万亿千百]+))?/g;
  for (let m = arabic.exec(q); m; m = arabic.exec(q)) {
    // A decimal point right before means we are inside "1.5.3"-like text: skip it.
    if (m.index > 0 && q[m.index - 1] === ".") continue;
    const bare = Number((m[1] + (m[2] ?? "")).replace(/,/g, ""));
    const mult = m[4] ?? "";
    let factor = 1;
    for (const c of mult) factor *= MULT[c];
    const end = m.index + m[0].length;
    out.push({ start: m.index, end, value: bare * factor, bare, mult, arabic: true });
    for (let i = m.index; i < end; i++) taken[i] = true;
  }
  const chinese = /[零〇一二两三四五六七八九十百千万亿]+/g;
  for (let m = chinese.exec(q); m; m = chinese.exec(q)) {
    if (taken[m.index]) continue;
    const v = parseChineseNumber(m[0]);
    if (v === null || v === 0) continue;
    out.push({ start: m.index, end: m.index + m[0].length, value: v, bare: v, mult: "", arabic: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** How well token `t` reads as the figure: the unit right after it counts most, then Arabic digits. */
function score(q: string, t: NumToken, unit: string): number {
  const after = q.slice(t.end).replace(/^[\s余多几]+/, "");
  const u = unit.replace(/^[万亿]/, "");
  let s = t.arabic ? 1 : 0;
  if (u && (after.startsWith(u) || after.startsWith(u[0]))) s += 2;
  return s;
}

function best(q: string, list: NumToken[], unit: string, ok: (t: NumToken) => boolean): NumToken | undefined {
  let pick: NumToken | undefined;
  let top = -1;
  for (const t of list) {
    if (!ok(t)) continue;
    const s = score(q, t, unit);
    if (s > top) {
      top = s;
      pick = t;
    }
  }
  return pick;
}

/**
 * Where the figure's number (and, for a range, its upper number) is written in the quote.
 * A figure stored in 元 matches "1.47亿"; one stored in 万元 matches the bare "2800" of "2800万元".
 */
export function findFigure(quote: string, value: number, valueMax: number | null | undefined, unit: string): Span[] {
  const q = fold(quote);
  const list = tokens(q);
  const matches = (v: number) => (t: NumToken) => close(t.value, v) || (close(t.bare, v) && (!t.mult || unit.startsWith(t.mult)));
  const spans: Span[] = [];
  const hi = valueMax !== null && valueMax !== undefined ? best(q, list, unit, matches(valueMax)) : undefined;
  let lo = best(q, list, unit, matches(value));
  // "3至5万人": the lower number borrows the upper one's multiplier.
  if (!lo && hi && hi.mult) {
    const f = hi.value / hi.bare;
    lo = list.find((t) => t.end <= hi.start && !t.mult && close(t.bare * f, value));
  }
  if (lo) spans.push({ start: lo.start, end: lo.end });
  if (hi && (!lo || hi.start !== lo.start)) spans.push({ start: hi.start, end: hi.end });
  return spans.sort((a, b) => a.start - b.start);
}

/** The quote cut into plain and highlighted pieces; joined they give the quote back unchanged. */
export function segments(quote: string, spans: Span[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    if (s.start > at) out.push({ text: quote.slice(at, s.start), hit: false });
    out.push({ text: quote.slice(s.start, s.end), hit: true });
    at = s.end;
  }
  if (at < quote.length) out.push({ text: quote.slice(at), hit: false });
  return out;
}
