import { countries } from 'countries-list';
import isoCountries from 'i18n-iso-countries';
import { nameKey, withoutStateDesignator } from './propose.names';

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

const COUNTRIES = buildCountries();
const CAPITALS = buildCapitals();

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
 * longest beginning with it: four letters at least, or the whole demonym ("Lao").
 */
export function countryOfDemonym(demonym: string): CountryEntry | undefined {
  const word = demonym.toLowerCase();
  let best: { entry: CountryEntry; shared: number } | undefined;
  for (const [isoCode, data] of Object.entries(countries)) {
    const shared = commonPrefix(word, data.name.toLowerCase());
    if (shared > (best?.shared ?? 0)) best = { entry: { isoCode, name: data.name }, shared };
  }
  return best && (best.shared >= 4 || best.shared === word.length) ? best.entry : undefined;
}
