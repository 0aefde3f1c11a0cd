import { isEntityType, type EntityType } from '../../engine/model/model';
import { ID_PATTERN } from '../../engine/documents/document.format';
import { EXPORT_FORMATS, type ExportFormat } from './export.formats';

/** What to export: everything, the entities with `ids`, the neighbourhood of `root`, optionally only some types. */
export interface ExportScope {
  ids?: string[];
  root?: string;
  depth: number;
  types?: EntityType[];
}

export interface ExportRequest {
  format: ExportFormat;
  scope: ExportScope;
}

export class ExportRequestError extends Error {}

const MAX_DEPTH = 3;
const MAX_IDS = 10_000;

function list(value: string | undefined): string[] | undefined {
  return value === undefined ? undefined : value.split(',').map((item) => item.trim()).filter(Boolean);
}

/**
 * Reads an export request from named options (URL query or command line): `format`, and optionally
 * `root` with `depth` (1 to 3, default 1), or `ids`; and `types`. Every problem is named.
 */
export function parseExportRequest(get: (name: string) => string | undefined): ExportRequest {
  const format = get('format');
  if (!format || !(EXPORT_FORMATS as string[]).includes(format)) throw new ExportRequestError(`format must be one of ${EXPORT_FORMATS.join(', ')}`);
  const root = get('root');
  const ids = list(get('ids'));
  const types = list(get('types'));
  const depthText = get('depth');
  const depth = depthText === undefined ? 1 : Number(depthText);
  if (root !== undefined && ids !== undefined) throw new ExportRequestError('give root (with depth) or ids, not both');
  if (root !== undefined && !ID_PATTERN.test(root)) throw new ExportRequestError('root must be an entity id');
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) throw new ExportRequestError(`depth must be an integer from 1 to ${MAX_DEPTH}`);
  if (depthText !== undefined && root === undefined) throw new ExportRequestError('depth needs a root');
  if (ids !== undefined && (ids.length > MAX_IDS || !ids.every((id) => ID_PATTERN.test(id)))) throw new ExportRequestError(`ids must be at most ${MAX_IDS} entity ids`);
  const badType = types?.find((type) => !isEntityType(type));
  if (badType !== undefined) throw new ExportRequestError(`"${badType}" is not an entity type`);
  return { format: format as ExportFormat, scope: { root, depth, ids, types: types as EntityType[] | undefined } };
}
