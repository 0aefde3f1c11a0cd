import type { QueryRunner } from '../../engine/db/database';
import type { Source } from './entity.type';

export const SOURCES_BY_IDS = `
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s {.id, .title, .publisher, .place, .publishedOn, .file, .url, .text} AS source`;

export const ALL_SOURCES = `
MATCH (s:Source)
RETURN s {.id, .title, .publisher, .place, .publishedOn, .file, .url, .text} AS source
ORDER BY s.publishedOn, s.id
LIMIT $first`;

function toSource(raw: Record<string, unknown>): Source {
  return { ...(raw as unknown as Source), url: (raw.url as string | null) ?? null };
}

export async function sourcesByIds(db: QueryRunner, ids: readonly string[]): Promise<(Source | null)[]> {
  const rows = await db.read(SOURCES_BY_IDS, { ids });
  const byId = new Map(rows.map((row) => [(row.source as Source).id, toSource(row.source as Record<string, unknown>)]));
  return ids.map((id) => byId.get(id) ?? null);
}

export async function allSources(db: QueryRunner, first: number): Promise<Source[]> {
  const rows = await db.read(ALL_SOURCES, { first });
  return rows.map((row) => toSource(row.source as Record<string, unknown>));
}
