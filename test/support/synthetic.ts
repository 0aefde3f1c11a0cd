import { EntityType, KINDS_BY_TYPE, type RelationType } from '../../src/engine/model/model';
import { CuratedDocument, DocumentEntity, DocumentEvidence, DocumentRelation, DocumentSource } from '../../src/engine/documents/document.format';
import type { LoadedSeed } from '../../src/engine/seed/seed.loader';

/**
 * A small graph with known answers, in the seed format, so tests load it through the same
 * validated path as real documents. Every quote is "<from> <TYPE> <to>" and the source text
 * holds all of them.
 */
export function syntheticSeed(entities: [string, EntityType][], relations: [string, RelationType, string][], sourceId = 'synthetic', publishedOn = '2024-01-01'): LoadedSeed {
  const quoteOf = (...parts: string[]) => parts.join(' ');
  const evidence = (quote: string) => [Object.assign(new DocumentEvidence(), { quote })];
  const document = Object.assign(new CuratedDocument(), {
    source: Object.assign(new DocumentSource(), {
      id: sourceId,
      title: 'Synthetic test graph',
      publisher: 'Test suite',
      place: 'Nowhere',
      publishedOn,
      file: 'synthetic.txt',
    }),
    entities: entities.map(([id, type]) =>
      Object.assign(new DocumentEntity(), { id, type, kind: Object.values(KINDS_BY_TYPE[type])[0], name: id.toUpperCase(), aliases: [], properties: {}, evidence: evidence(id) }),
    ),
    relations: relations.map(([from, type, to]) => Object.assign(new DocumentRelation(), { from, type, to, properties: {}, evidence: evidence(quoteOf(from, type, to)) })),
  });
  const sourceText = [...entities.map(([id]) => id), ...relations.map((relation) => quoteOf(...relation))].join('\n');
  return { file: `${sourceId}.yaml`, document, sourceText };
}
