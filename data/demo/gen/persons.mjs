// Persons (人员): rural workers with hukou in the western townships of the demo. Names
// are masked (马*花) and ID numbers synthetic ("99…": a region that does not exist, with
// a correct GB 11643 check character), so no row can point at a real person.
import { COUNTIES, COUNTY_KEYS, SYN, BY } from './places.mjs';
import { idNumber } from './rng.mjs';

export function generatePersons(rng, n = 400) {
  const persons = [];
  const weights = COUNTY_KEYS.map((k) => [k, COUNTIES[k].weight]);
  for (let i = 0; i < n; i++) {
    const ck = rng.weighted(weights);
    const county = COUNTIES[ck];
    const gender = rng.chance(0.55) ? 'm' : 'f';
    const birth = rng.birthDate(1965, 2005);
    // Rows of the 临夏 counties belong either to the old pairing era (≤2021) or to the
    // friendly-cooperation era after the 2021 adjustment.
    const era = county.ended && rng.chance(0.6) ? 'old' : 'new';
    const snapshotYear = era === 'old' ? rng.pick([2019, 2020]) : rng.pick([2022, 2022, 2023, 2024]);
    const p = {
      id: i + 1,
      status: rng.weighted([['approved', 85], ['confirmed', 10], ['submitted', 5]]),
      name: rng.maskedName(gender),
      hukou_unit: rng.pick(county.townships),
      household_type: rng.weighted([['lifted', 55], ['monitored_unstable', 6], ['monitored_marginal', 6], ['monitored_sudden', 3], ['ordinary', 30]]),
      gender,
      birth_year: +birth.slice(0, 4),
      labour_ability: rng.weighted([['skilled', 18], ['ordinary', 64], ['weak', 14], ['none', 4]]),
      snapshot_date: `${snapshotYear}-01-15`,
      id_number: idNumber(i + 1, birth, rng.int(0, 999), gender),
      source: SYN, recorded_by: BY,
    };
    persons.push(p);
  }
  // What the other generators need to know about a person (never the ID number).
  const info = persons.map((p) => {
    const ck = COUNTY_KEYS.find((k) => COUNTIES[k].townships.includes(p.hukou_unit));
    return { id: p.id, ck, county: COUNTIES[ck], town: p.hukou_unit, gender: p.gender, type: p.household_type,
      ability: p.labour_ability, birthYear: p.birth_year,
      era: COUNTIES[ck].ended && p.snapshot_date < '2022' ? 'old' : 'new' };
  });
  return { persons, info };
}
