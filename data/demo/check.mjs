#!/usr/bin/env node
// Checks the demo dataset (data/demo/<type>.json) against the ledger's schema and rules
// without building the program.
//
//   node data/demo/check.mjs [REPORTS_DIR] [--data DIR] [--quiet]
//
// REPORTS_DIR defaults to ../shared/reports relative to the repository root; DIR to the
// directory of this script. The schema (types, fields, kinds, required flags, enum codes,
// date/end-date/west-unit/parent fields, pairing_required, id_hash_field) is read from
// src/model/type_builder.h, reference_types.cc and record_types.cc, so the checker follows
// the C++ registry instead of a copy of it. The rules mirror src/model/validation.cc and
// src/ledger/ledger.cc (Prepare), plus a few dataset rules of our own (privacy of
// persons, exact quotes of reported figures, rows in import order).
//
// Exit status: 0 when no errors (warnings are printed but do not fail), 1 otherwise.

import { readFileSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');

// ---- Arguments --------------------------------------------------------------------------
let reportsDir = path.resolve(ROOT, '..', 'shared', 'reports');
let dataDir = HERE;
let quiet = false;
{
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; ++i) {
    if (args[i] === '--data') dataDir = path.resolve(args[++i]);
    else if (args[i] === '--quiet') quiet = true;
    else if (args[i] === '-h' || args[i] === '--help') {
      console.log('usage: node data/demo/check.mjs [REPORTS_DIR] [--data DIR] [--quiet]');
      process.exit(0);
    } else reportsDir = path.resolve(args[i]);
  }
}

// ---- A small reader of the C++ registry -------------------------------------------------

function tokenize(src) {
  const toks = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) { ++i; continue; }
    if (src.startsWith('//', i)) { i = src.indexOf('\n', i); if (i < 0) break; continue; }
    if (src.startsWith('/*', i)) { i = src.indexOf('*/', i) + 2; continue; }
    if (c === '#') { i = src.indexOf('\n', i); if (i < 0) break; continue; } // preprocessor line
    if (c === '"') {
      let j = i + 1, s = '';
      while (src[j] !== '"') { if (src[j] === '\\') { s += src[j + 1]; j += 2; } else s += src[j++]; }
      toks.push({ t: 'str', v: s });
      i = j + 1;
      continue;
    }
    if (c === "'") { const j = src.indexOf("'", i + 2); toks.push({ t: 'chr', v: src.slice(i + 1, j) }); i = j + 1; continue; }
    const id = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i, i + 200));
    if (id) { toks.push({ t: 'id', v: id[0] }); i += id[0].length; continue; }
    const num = /^[0-9][0-9A-Za-z_.']*/.exec(src.slice(i, i + 50));
    if (num) { toks.push({ t: 'num', v: num[0] }); i += num[0].length; continue; }
    if (src.startsWith('::', i)) { toks.push({ t: 'p', v: '::' }); i += 2; continue; }
    toks.push({ t: 'p', v: c });
    ++i;
  }
  return toks;
}

// Parses one expression at toks[pos]: string, brace list, name (a::b), call name(args).
function parseExpr(toks, pos) {
  const tk = toks[pos];
  if (!tk) throw new Error('unexpected end of source');
  if (tk.t === 'str') {
    let v = tk.v, p = pos + 1;
    while (toks[p] && toks[p].t === 'str') v += toks[p++].v; // adjacent literals
    return [{ str: v }, p];
  }
  if (tk.t === 'p' && tk.v === '{') {
    const items = [];
    let p = pos + 1;
    while (!(toks[p].t === 'p' && toks[p].v === '}')) {
      const [e, q] = parseExpr(toks, p);
      items.push(e);
      p = q;
      if (toks[p].t === 'p' && toks[p].v === ',') ++p;
    }
    return [{ list: items }, p + 1];
  }
  if (tk.t === 'id' || tk.t === 'num') {
    let name = tk.v, p = pos + 1;
    while (toks[p] && toks[p].t === 'p' && toks[p].v === '::') { name += '::' + toks[p + 1].v; p += 2; }
    if (toks[p] && toks[p].t === 'p' && toks[p].v === '(') {
      const args = [];
      ++p;
      while (!(toks[p].t === 'p' && toks[p].v === ')')) {
        const [e, q] = parseExpr(toks, p);
        args.push(e);
        p = q;
        if (toks[p].t === 'p' && toks[p].v === ',') ++p;
      }
      return [{ call: name, args }, p + 1];
    }
    return [{ name }, p];
  }
  throw new Error(`cannot parse expression at token '${tk.v}'`);
}

function loadSchema() {
  const dir = path.join(ROOT, 'src', 'model');
  const builder = tokenize(readFileSync(path.join(dir, 'type_builder.h'), 'utf8'));
  const refSrc = tokenize(readFileSync(path.join(dir, 'reference_types.cc'), 'utf8'));
  const recSrc = tokenize(readFileSync(path.join(dir, 'record_types.cc'), 'utf8'));

  // Named choice lists: `kX = {{"code", "zh", "en"}, …}` and RecordStatusChoices().
  const choiceLists = {};
  const collectChoices = (toks) => {
    for (let i = 0; i + 2 < toks.length; ++i) {
      if (toks[i].t === 'id' && /^k[A-Z]/.test(toks[i].v) && toks[i + 1].v === '=' && toks[i + 2].v === '{') {
        const [e] = parseExpr(toks, i + 2);
        if (e.list && e.list.every((x) => x.list && x.list[0] && x.list[0].str !== undefined))
          choiceLists[toks[i].v] = e.list.map((x) => x.list[0].str);
      }
    }
  };
  collectChoices(builder);
  collectChoices(recSrc);
  // RecordStatusChoices() returns kChoices defined in its body.
  choiceLists['RecordStatusChoices'] = choiceLists['kChoices'];
  if (!choiceLists['RecordStatusChoices']) throw new Error('RecordStatusChoices not found in record_types.cc');

  const kindOf = { kId: 'id', kText: 'text', kInt: 'int', kReal: 'real', kMoney: 'money', kDate: 'date',
    kBool: 'bool', kRef: 'ref', kUnitCode: 'unit', kEnum: 'enum', kTimestamp: 'timestamp' };
  const strArg = (e) => (e && e.str !== undefined ? e.str : e && e.list && e.list.length === 0 ? '' : undefined);

  function evalField(e) {
    if (!e.call) throw new Error('field expression expected');
    const a = e.args;
    switch (e.call) {
      case 'Req': return { ...evalField(a[0]), required: true };
      case 'System': return { ...evalField(a[0]), system: true };
      case 'F': return { name: a[0].str, kind: kindOf[a[1].name.split('::').pop()] };
      case 'Text': return { name: a[0].str, kind: 'text' };
      case 'Int': return { name: a[0].str, kind: 'int' };
      case 'Real': return { name: a[0].str, kind: 'real' };
      case 'Money': return { name: a[0].str, kind: 'money' };
      case 'Day': return { name: a[0].str, kind: 'date' };
      case 'Bool': return { name: a[0].str, kind: 'bool' };
      case 'Ref': return { name: a[0].str, kind: 'ref', ref: a[1].str };
      case 'Unit': return { name: a[0].str, kind: 'unit', ref: 'admin_units' };
      case 'Enum': {
        let choices;
        const c = a[3];
        if (c.list) choices = c.list.map((x) => x.list[0].str);
        else if (c.name) choices = choiceLists[c.name];
        else if (c.call) choices = choiceLists[c.call];
        if (!choices) throw new Error(`unknown choice list for enum ${a[0].str}`);
        return { name: a[0].str, kind: 'enum', choices, def: a[4] ? a[4].str : '' };
      }
      default: throw new Error(`unknown field builder ${e.call}`);
    }
  }

  // Common fields: the push_backs of RecordFields / ReferenceFields, with the place of `own`.
  function commonFields(fn) {
    let i = builder.findIndex((t, k) => t.v === fn && builder[k + 1].v === '(' && builder[k - 1].v === '>');
    if (i < 0) throw new Error(`${fn} not found in type_builder.h`);
    while (builder[i].v !== '{') ++i;
    let depth = 0;
    const before = [], after = [];
    let seenOwn = false;
    for (let k = i; k < builder.length; ++k) {
      const t = builder[k];
      if (t.v === '{') ++depth;
      if (t.v === '}' && --depth === 0) break;
      if (t.v === 'for' && builder[k + 1].v === '(') {
        let m = k; while (builder[m].v !== ')') ++m;
        if (builder.slice(k, m).some((x) => x.v === 'own')) seenOwn = true;
      }
      if (t.v === 'push_back' && builder[k - 1].v === '.' && builder[k - 2].v === 'all') {
        const [e] = parseExpr(builder, k + 2);
        if (e.name) continue; // push_back(std::move(f)) inside the loop
        if (e.call === 'std::move') continue;
        (seenOwn ? after : before).push(evalField(e));
      }
    }
    return { before, after };
  }
  const recCommon = commonFields('RecordFields');
  const refCommon = commonFields('ReferenceFields');

  const types = [];
  function collectTypes(toks) {
    let current = null;
    for (let i = 0; i < toks.length; ++i) {
      const t = toks[i];
      if (t.t === 'id' && (t.v === 'Rec' || t.v === 'Reference') && toks[i + 1].v === '(' && toks[i + 2].t === 'str') {
        const [e, next] = parseExpr(toks, i);
        const a = e.args;
        const isRec = t.v === 'Rec';
        const own = a[3].list.map(evalField);
        const common = isRec ? recCommon : refCommon;
        const type = {
          name: a[0].str, zh: a[1].str, isRecord: isRec,
          fields: [...common.before, ...own, ...common.after],
          dateField: isRec ? strArg(a[4]) || '' : '', endDateField: isRec ? strArg(a[5]) || '' : '',
          westUnitField: isRec ? strArg(a[6]) || '' : '',
          parentField: '', pairingRequired: isRec, idHashField: '',
        };
        types.push(type);
        current = toks[i - 1] && toks[i - 1].v === '=' ? type : null;
        i = next - 1;
        continue;
      }
      // t.member = value;  (applies to the type being built in a `RecordType t = …` block)
      if (current && t.t === 'id' && t.v === 't' && toks[i + 1].v === '.' && toks[i + 3] && toks[i + 3].v === '=') {
        const member = toks[i + 2].v, val = toks[i + 4];
        const value = val.t === 'str' ? val.v : val.v === 'true' ? true : val.v === 'false' ? false : val.v;
        const map = { date_field: 'dateField', end_date_field: 'endDateField', west_unit_field: 'westUnitField',
          parent_field: 'parentField', pairing_required: 'pairingRequired', id_hash_field: 'idHashField' };
        if (map[member]) current[map[member]] = value;
      }
      if (t.v === 'push_back' && toks[i - 2] && toks[i - 2].v === 'types' && toks[i + 2] && toks[i + 2].v === 'std') current = null;
    }
  }
  collectTypes(refSrc);
  collectTypes(recSrc);
  for (const ty of types) {
    ty.byName = Object.fromEntries(ty.fields.map((f) => [f.name, f]));
    if (!ty.fields.length || !ty.byName.id) throw new Error(`type ${ty.name} has no fields`);
  }
  return types;
}

// ---- Helpers -------------------------------------------------------------------------------

const errors = [], warnings = [];
const err = (type, row, msg) => errors.push(`${type}${row ? ` #${row.id ?? '?'}` : ''}: ${msg}`);
const warn = (type, row, msg) => warnings.push(`${type}${row ? ` #${row.id ?? '?'}` : ''}: ${msg}`);

function isRealDate(s) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const y = +m[1], mo = +m[2], d = +m[3];
  if (y < 1900 || y > 2999 || mo < 1 || mo > 12 || d < 1) return false;
  const dim = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= dim[mo - 1];
}
function wellFormedUnit(code) {
  if (![6, 9, 12].includes(code.length) || !/^\d+$/.test(code)) return false;
  const p = +code.slice(0, 2);
  const inR = (a, b) => p >= a && p <= b;
  return inR(11, 15) || inR(21, 23) || inR(31, 37) || inR(41, 46) || inR(50, 54) || inR(61, 65) || [71, 81, 82].includes(p);
}
function levelOfCode(code) {
  if (code.length === 12) return 'village';
  if (code.length === 9) return 'township';
  if (code.length !== 6) return '';
  if (code.slice(2) === '0000') return 'province';
  if (code.slice(4) === '00') return 'city';
  return 'county';
}
function isWithin(code, ancestor) {
  const lv = levelOfCode(ancestor);
  const prefix = lv === 'province' ? ancestor.slice(0, 2) : lv === 'city' ? ancestor.slice(0, 4) : ancestor;
  return prefix !== '' && code.startsWith(prefix);
}
const countyPart = (code) => code.slice(0, 6);
const blank = (s) => typeof s !== 'string' || s.trim() === '';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';
function idNumberProblem(id) {
  if (typeof id !== 'string') return 'id_number must be text';
  if (id.length !== 18) return 'id_number must have 18 characters';
  if (!/^\d{17}$/.test(id.slice(0, 17))) return 'the first 17 characters of id_number must be digits';
  let sum = 0;
  for (let i = 0; i < 17; ++i) sum += (+id[i]) * ID_WEIGHTS[i];
  if (id[17].toUpperCase() !== ID_CHECK[sum % 11]) return `check character ${id[17]} should be ${ID_CHECK[sum % 11]}`;
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isRealDate(birth)) return `birth date ${birth} inside id_number is not a real day`;
  if (!id.startsWith('99')) return 'demo id_numbers must start with 99 (a region code that does not exist)';
  return null;
}

// ---- Main ------------------------------------------------------------------------------------

const types = loadSchema();
const data = {};
for (const ty of types) {
  const file = path.join(dataDir, ty.name + '.json');
  if (!existsSync(file)) { err(ty.name, null, `missing file ${file}`); data[ty.name] = []; continue; }
  try {
    const rows = JSON.parse(readFileSync(file, 'utf8'));
    if (!Array.isArray(rows)) throw new Error('the file must hold a JSON array');
    data[ty.name] = rows;
  } catch (e) {
    err(ty.name, null, `cannot parse ${file}: ${e.message}`);
    data[ty.name] = [];
  }
}
{
  const known = new Set(types.map((t) => t.name));
  for (const f of readdirSync(dataDir)) if (f.endsWith('.json') && !known.has(f.slice(0, -5))) warn(f, null, 'file does not belong to any type');
}

// Index by id (first pass), to resolve references regardless of order; order is checked
// separately (the importer resolves a reference to an earlier row of the same file only).
const byId = {}, position = {};
for (const ty of types) {
  byId[ty.name] = new Map();
  position[ty.name] = new Map();
  data[ty.name].forEach((r, i) => {
    if (r && typeof r === 'object' && Number.isInteger(r.id)) {
      if (!byId[ty.name].has(r.id)) byId[ty.name].set(r.id, r);
      position[ty.name].set(r.id, i);
    }
  });
}
const units = new Map(), unitPos = new Map();
data.admin_units.forEach((u, i) => { if (u && typeof u.code === 'string' && !units.has(u.code)) { units.set(u.code, u); unitPos.set(u.code, i); } });

// Derived codes, as Prepare computes them (west_code of pairings and records).
const westCode = {};
for (const ty of types) westCode[ty.name] = new Map();
function pairingWestCode(p) {
  if (p.west_unit) return countyPart(p.west_unit);
  const o = byId.organizations.get(p.west_org_id);
  return o && typeof o.unit_code === 'string' ? countyPart(o.unit_code) : null;
}
for (const p of data.pairings) if (p) westCode.pairings.set(p.id, pairingWestCode(p));

const reportCache = new Map();
function reportText(file) {
  if (!reportCache.has(file)) {
    const p = path.join(reportsDir, file);
    reportCache.set(file, existsSync(p) ? readFileSync(p, 'utf8') : null);
  }
  return reportCache.get(file);
}

const THIS_YEAR = new Date().getUTCFullYear();
let rowsChecked = 0;

for (const ty of types) {
  const rows = data[ty.name];
  const seen = new Set();
  rows.forEach((row, index) => {
    ++rowsChecked;
    if (!row || typeof row !== 'object' || Array.isArray(row)) return err(ty.name, null, `row ${index + 1} is not an object`);
    // Fields known, writable, of the right JSON kind.
    for (const [k, v] of Object.entries(row)) {
      if (k === 'id_number') {
        if (!ty.idHashField) err(ty.name, row, 'id_number is not accepted by this type');
        else if (v !== null && typeof v !== 'string') err(ty.name, row, 'id_number must be text');
        continue;
      }
      const f = ty.byName[k];
      if (!f) { err(ty.name, row, `unknown field '${k}'`); continue; }
      if (f.system) { err(ty.name, row, `'${k}' is set by the system and cannot be written`); continue; }
      if (v === null) continue;
      switch (f.kind) {
        case 'id': case 'int': case 'money': case 'ref':
          if (!Number.isInteger(v)) err(ty.name, row, `${k} must be an integer, got ${JSON.stringify(v)}`);
          else if ((f.kind === 'id' || f.kind === 'ref') && v <= 0) err(ty.name, row, `${k} must be a positive id`);
          else if ((f.kind === 'int' || f.kind === 'money') && v < 0) err(ty.name, row, `${k} must not be negative`);
          break;
        case 'real':
          if (typeof v !== 'number' || !Number.isFinite(v)) err(ty.name, row, `${k} must be a finite number`);
          break;
        case 'bool':
          if (typeof v !== 'boolean') err(ty.name, row, `${k} must be true or false`);
          break;
        default:
          if (typeof v !== 'string') { err(ty.name, row, `${k} must be text`); break; }
          if (f.kind === 'date' && !isRealDate(v)) err(ty.name, row, `${k} is not a real day YYYY-MM-DD: '${v}'`);
          if (f.kind === 'unit') {
            if (!wellFormedUnit(v)) err(ty.name, row, `${k} is not a 6/9/12-digit GB/T 2260 code: '${v}'`);
            else if (f.ref === 'admin_units' && !(ty.name === 'admin_units' && k === 'code')) {
              if (!units.has(v)) err(ty.name, row, `${k}: no administrative unit ${v}`);
              else if (ty.name === 'admin_units' && unitPos.get(v) > index) err(ty.name, row, `${k} ${v} comes later in the file than the row that names it`);
            }
          }
          if (f.kind === 'enum' && !f.choices.includes(v)) err(ty.name, row, `${k} '${v}' is not one of ${f.choices.join(', ')}`);
          if (f.kind === 'text' && f.required && blank(v)) err(ty.name, row, `${k} must not be blank`);
      }
    }
    // id: explicit, positive, unique.
    if (!Number.isInteger(row.id) || row.id <= 0) err(ty.name, row, 'every row needs an explicit positive integer id');
    else if (seen.has(row.id)) err(ty.name, row, `duplicate id ${row.id}`);
    else seen.add(row.id);
    // Required fields (enum defaults apply first, as RecordFromJson does).
    for (const f of ty.fields) {
      if (f.system || !f.required) continue;
      const v = row[f.name];
      if ((v === undefined || v === null) && !(f.kind === 'enum' && f.def)) err(ty.name, row, `${f.name} is required`);
    }
    // References.
    for (const f of ty.fields) {
      const v = row[f.name];
      if (f.kind !== 'ref' || f.system || !Number.isInteger(v)) continue;
      if (!byId[f.ref].has(v)) err(ty.name, row, `${f.name}: no ${f.ref} with id ${v}`);
      else if (f.ref === ty.name && position[ty.name].get(v) > index) err(ty.name, row, `${f.name} ${v} comes later in the file (the importer reads rows in order)`);
    }
    // Date order.
    const ds = ty.dateField && row[ty.dateField], de = ty.endDateField && row[ty.endDateField];
    if (typeof ds === 'string' && typeof de === 'string' && isRealDate(ds) && isRealDate(de) && de < ds)
      err(ty.name, row, `${ty.endDateField} ${de} is before ${ty.dateField} ${ds}`);

    // Type-specific checks (validation.cc).
    typeChecks(ty, row, index);

    // Pairing, the pairing period, and the western county (ledger.cc Prepare).
    if (!ty.isRecord && ty.name !== 'agreements' && ty.name !== 'targets') return;
    let pairingId = row.pairing_id;
    let parent = null;
    if (ty.parentField && Number.isInteger(row[ty.parentField])) {
      parent = byId[ty.byName[ty.parentField].ref].get(row[ty.parentField]) || null;
      if (parent && (pairingId === undefined || pairingId === null) && Number.isInteger(parent.pairing_id)) pairingId = parent.pairing_id;
    }
    const pairing = Number.isInteger(pairingId) ? byId.pairings.get(pairingId) : null;
    if (!Number.isInteger(pairingId) && ty.pairingRequired) err(ty.name, row, 'needs a pairing_id (or a parent that has one)');
    if (pairing) {
      const explained = !blank(row.outside_pairing_reason);
      const start = pairing.start_date || '', end = pairing.end_date || '';
      if (ty.dateField) {
        const d = row[ty.dateField];
        if (typeof d === 'string' && d && !(start <= d && (!end || d <= end)) && !explained)
          err(ty.name, row, `${ty.dateField} ${d} is outside pairing ${pairing.id} (${start} – ${end}); give outside_pairing_reason`);
        if (explained && typeof d === 'string' && start <= d && (!end || d <= end))
          warn(ty.name, row, 'has outside_pairing_reason although its date lies within the pairing');
      } else if (Number.isInteger(row.year)) {
        const y = String(row.year);
        if (y < start.slice(0, 4) || y > (end || '9999').slice(0, 4))
          err(ty.name, row, `year ${y} is outside pairing ${pairing.id} (${start} – ${end})`);
      }
    }
    if (!ty.isRecord) return;
    let west = null;
    if (ty.westUnitField && typeof row[ty.westUnitField] === 'string') west = countyPart(row[ty.westUnitField]);
    if (!west && ty.byName.person_id && Number.isInteger(row.person_id)) west = westCode.persons.get(row.person_id) || null;
    if (!west && parent) west = westCode[ty.byName[ty.parentField].ref].get(parent.id) || null;
    if (!west && pairing) west = westCode.pairings.get(pairing.id) || null;
    if (!west) err(ty.name, row, 'cannot tell which western county the row belongs to (give its pairing or its western unit)');
    else {
      westCode[ty.name].set(row.id, west);
      const u = units.get(west);
      if (u && u.side !== 'west') warn(ty.name, row, `its western county code resolves to ${west} (${u.name}), a unit on the east side`);
    }
  });
}

function typeChecks(ty, row, index) {
  const t = ty.name;
  if (t === 'admin_units' && typeof row.code === 'string' && typeof row.level === 'string') {
    const shape = levelOfCode(row.code);
    if (shape !== row.level) err(t, row, `code ${row.code} is the code of a ${shape || '?'}, not a ${row.level}`);
    if (row.parent_code) {
      if (row.parent_code === row.code || !isWithin(row.code, row.parent_code)) err(t, row, `parent ${row.parent_code} does not contain ${row.code}`);
      const parent = units.get(row.parent_code);
      if (parent && parent.side !== row.side) err(t, row, `side ${row.side} differs from its parent's (${parent.side})`);
    } else if (!['province', 'county'].includes(row.level)) err(t, row, `a ${row.level} must name its parent unit`);
    if (units.get(row.code) !== row) err(t, row, `duplicate code ${row.code}`);
  }
  if (t === 'organizations' && row.unit_code && units.has(row.unit_code) && units.get(row.unit_code).side !== row.side)
    warn(t, row, `side ${row.side} differs from the side of its unit ${row.unit_code}`);
  if (t === 'pairings') {
    const eu = row.east_unit != null, eo = row.east_org_id != null, wu = row.west_unit != null, wo = row.west_org_id != null;
    if (eu === eo) err(t, row, 'name exactly one eastern party: east_unit or east_org_id');
    if (wu === wo) err(t, row, 'name exactly one western party: west_unit or west_org_id');
    if (eu && wu && row.east_unit === row.west_unit) err(t, row, 'a unit cannot be paired with itself');
    if (row.parent_id != null && row.parent_id === row.id) err(t, row, 'a pairing cannot be its own parent');
    if ((row.programme ?? 'east_west') === 'east_west') {
      for (const side of ['east', 'west']) {
        const party = row[side + '_unit'] != null ? units.get(row[side + '_unit']) : byId.organizations.get(row[side + '_org_id']);
        if (party && party.side !== side) err(t, row, `the ${side}ern party of an East–West pairing is on the other side`);
      }
    }
    if (row.end_date && blank(row.end_reason)) warn(t, row, 'ended without end_reason');
  }
  if (t === 'agreements' || t === 'targets') {
    if (Number.isInteger(row.year) && (row.year < 1996 || row.year > 2100)) err(t, row, 'year must be between 1996 and 2100');
  }
  if (t === 'agreements' && typeof row.signed_date === 'string' && Number.isInteger(row.year) && Math.abs(+row.signed_date.slice(0, 4) - row.year) > 1)
    warn(t, row, `signed ${row.signed_date} for year ${row.year}`);
  if (t === 'targets') {
    const v = row.target_value, lo = row.min_value, hi = row.max_value;
    const has = (x) => x !== undefined && x !== null;
    if (!has(v) && !has(lo) && !has(hi)) err(t, row, 'give a target value or a min–max range');
    if (has(v) && (has(lo) || has(hi))) err(t, row, 'give either a single value or a range, not both');
    for (const [k, x] of [['target_value', v], ['min_value', lo], ['max_value', hi]]) if (has(x) && x < 0) err(t, row, `${k} must not be negative`);
    if (has(lo) && has(hi) && hi < lo) err(t, row, 'max is below min');
    if (Number.isInteger(row.agreement_id)) {
      const a = byId.agreements.get(row.agreement_id);
      if (a && (a.pairing_id !== row.pairing_id || a.year !== row.year)) err(t, row, `agreement ${a.id} is for pairing ${a.pairing_id}/${a.year}, the target for ${row.pairing_id}/${row.year}`);
    }
  }
  if (t === 'investments') {
    if (row.stage === 'signed' && row.contract_amount_fen == null) err(t, row, 'a signed investment needs contract_amount_fen');
    if (row.stage === 'paid_in' && row.paid_in_amount_fen == null) err(t, row, 'a paid-in investment needs paid_in_amount_fen');
  }
  if (t === 'wishes') {
    for (const k of ['claimed_date', 'fulfilled_date'])
      if (typeof row[k] === 'string' && typeof row.posted_date === 'string' && row[k] < row.posted_date) err(t, row, `${k} is before posted_date`);
    if (row.wish_status === 'fulfilled' && !row.fulfilled_date) warn(t, row, 'fulfilled without fulfilled_date');
  }
  if (t === 'persons') {
    if (Number.isInteger(row.birth_year) && (row.birth_year < 1900 || row.birth_year > THIS_YEAR)) err(t, row, 'birth_year out of range');
    if (row.id_number === undefined || row.id_number === null || row.id_number === '') err(t, row, 'a person needs id_number');
    if (typeof row.name === 'string' && !row.name.includes('*')) err(t, row, `name '${row.name}' is not masked (demo persons are never named in full)`);
    if (typeof row.id_number === 'string' && Number.isInteger(row.birth_year) && row.id_number.slice(6, 10) !== String(row.birth_year))
      err(t, row, 'birth_year differs from the birth date inside id_number');
    if (typeof row.id_number === 'string' && row.gender) {
      const odd = +row.id_number[16] % 2 === 1;
      if ((row.gender === 'm') !== odd) warn(t, row, 'gender differs from the parity of the 17th digit of id_number');
    }
  }
  if (t === 'secondments' && typeof row.name === 'string' && !row.name.includes('*')) err(t, row, `name '${row.name}' is not masked`);
  if (ty.idHashField && typeof row.id_number === 'string' && row.id_number !== '') {
    const p = idNumberProblem(row.id_number);
    if (p) err(t, row, p);
  }
  if (t === 'reported_figures') {
    if (row.qualifier === 'range' && row.value_max == null) err(t, row, 'a range needs value_max');
    if (row.value_max != null && typeof row.value === 'number' && row.value_max < row.value) err(t, row, 'value_max is below value');
    if (typeof row.period_start === 'string' && typeof row.period_end === 'string' && row.period_end < row.period_start) err(t, row, 'period_end before period_start');
    const file = typeof row.source === 'string' ? path.basename(row.source) : '';
    const text = file ? reportText(file) : null;
    if (!text) err(t, row, `source '${row.source}' does not name a report file in ${reportsDir}`);
    else if (typeof row.quote === 'string' && !text.includes(row.quote)) err(t, row, `quote not found verbatim in ${file}: ${row.quote}`);
  }
  void index;
}

// Dataset-wide: distinct id_numbers among persons.
{
  const ids = new Map();
  for (const p of data.persons) {
    if (!p || typeof p.id_number !== 'string') continue;
    if (ids.has(p.id_number)) err('persons', p, `id_number also used by person ${ids.get(p.id_number)}`);
    else ids.set(p.id_number, p.id);
  }
}

// ---- Report ------------------------------------------------------------------------------
if (!quiet) {
  for (const ty of types) console.log(`${ty.name.padEnd(26)} ${String(data[ty.name].length).padStart(5)}`);
}
const show = (list, label) => {
  if (!list.length) return;
  console.log(`\n${list.length} ${label}:`);
  for (const m of list.slice(0, 200)) console.log('  ' + m);
  if (list.length > 200) console.log(`  … and ${list.length - 200} more`);
};
show(warnings, 'warning(s)');
show(errors, 'error(s)');
console.log(`\n${types.length} types, ${rowsChecked} rows checked: ${errors.length} error(s), ${warnings.length} warning(s).`);
process.exit(errors.length ? 1 : 0);
