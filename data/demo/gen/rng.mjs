// Seeded pseudo-random numbers and small helpers for the demo generators.
// Deterministic: the same seed gives the same sequence (no Math.random, no Date.now).

// cyrb53-style string hash → 32-bit seed.
function hashSeed(str) {
  let h1 = 0xdeadbeef, h2 = 0x41c6ce57;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  return h1 >>> 0;
}

// ---- Dates (UTC day arithmetic, no clock) ------------------------------------------
const DAY = 86400000;
export const toDay = (s) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10)) / DAY;
export const fromDay = (n) => new Date(n * DAY).toISOString().slice(0, 10);
export const addDays = (s, n) => fromDay(toDay(s) + n);
export const daysBetween = (a, b) => toDay(b) - toDay(a);
export const minDate = (a, b) => (a < b ? a : b);
export const maxDate = (a, b) => (a > b ? a : b);

// ---- Money ---------------------------------------------------------------------------
export const fen = (yuan) => Math.round(yuan * 100);

// ---- Names ---------------------------------------------------------------------------
const SURNAMES = ['马', '李', '王', '张', '杨', '田', '海', '白', '苏', '何', '韩', '周', '冶', '罗', '刘', '虎', '拓', '锁', '安', '赵'];
const GIVEN_F = ['花', '梅', '兰', '霞', '芳', '燕', '萍', '琴', '娟', '英', '秀', '丽'];
const GIVEN_M = ['军', '强', '明', '福', '林', '虎', '成', '平', '忠', '斌', '海', '龙'];
const EAST_SURNAMES = ['陈', '林', '黄', '郑', '吴', '蔡', '许', '洪', '王', '李', '张', '刘'];

// ---- ID numbers (GB 11643) -------------------------------------------------------------
const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
export function checkChar(first17) {
  let s = 0;
  for (let i = 0; i < 17; i++) s += +first17[i] * W[i];
  return '10X98765432'[s % 11];
}
// "99" + 4 digits + YYYYMMDD + 3-digit sequence + check character. Region 99xxxx does
// not exist, so no real person can hold one of these numbers. The 17th digit (last of
// the sequence) is odd for men, even for women, as in real numbers.
export function idNumber(serial, birthDate, seq, gender) {
  let s = seq % 1000;
  if ((s % 2 === 1) !== (gender === 'm')) s = (s + 1) % 1000;
  const first17 = '99' + String(serial % 10000).padStart(4, '0') + birthDate.replaceAll('-', '') + String(s).padStart(3, '0');
  return first17 + checkChar(first17);
}

// ---- The generator -------------------------------------------------------------------
export function makeRng(seed) {
  let a = hashSeed(String(seed));
  const next = () => { // mulberry32
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const r = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)), // inclusive
    real: (lo, hi) => lo + next() * (hi - lo),
    chance: (p) => next() < p,
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    // weighted pick: [[value, weight], …]
    weighted: (pairs) => {
      const total = pairs.reduce((s, [, w]) => s + w, 0);
      let x = next() * total;
      for (const [v, w] of pairs) { if ((x -= w) < 0) return v; }
      return pairs[pairs.length - 1][0];
    },
    shuffle: (arr) => {
      const out = arr.slice();
      for (let i = out.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [out[i], out[j]] = [out[j], out[i]]; }
      return out;
    },
    sample: (arr, n) => r.shuffle(arr).slice(0, Math.min(n, arr.length)),
    date: (start, end) => fromDay(r.int(toDay(start), toDay(end))), // inclusive
    // round a yuan amount to a "plausible" figure (multiples of `step` yuan)
    amount: (lo, hi, step = 100) => Math.round(r.real(lo, hi) / step) * step,
    // masked Chinese name, e.g. 马*花; `east` draws from common south-east surnames
    maskedName: (gender, east = false) =>
      r.pick(east ? EAST_SURNAMES : SURNAMES) + '*' + r.pick(gender === 'f' ? GIVEN_F : GIVEN_M),
    birthDate: (fromYear = 1965, toYear = 2005) => r.date(`${fromYear}-01-01`, `${toYear}-12-31`),
  };
  return r;
}
