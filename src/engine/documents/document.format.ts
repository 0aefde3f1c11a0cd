/**
 * The curated-document format shared by the seed files, the import and the proposer: a source, the
 * entities and relations it states, each with verbatim evidence. Field rules are class-validator
 * decorators; the document-level rules are in document.validation.ts.
 */
import {
  ArrayMinSize,
  IsArray,
  IsDateString,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateBy,
  ValidateNested,
  type ValidationArguments,
} from 'class-validator';
import { ENTITY_TYPES, KINDS_BY_TYPE, RELATION_TYPES, type EntityType, type RelationType } from '../model/model';
import { ENTITY_PROPERTIES, RELATION_PROPERTIES, propertyProblem, type PropertyKind } from '../model/properties';

/** Ids are readable, stable slugs: they appear in URLs, cursors and other documents' references. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ID_MESSAGE = '$property must be a lowercase kebab-case slug such as "mahidol-university"';

export type PropertyMap = Record<string, unknown>;

export function propertiesProblem(properties: unknown, allowed: Record<string, PropertyKind>): string | undefined {
  if (properties === undefined) return undefined;
  if (properties === null || typeof properties !== 'object' || Array.isArray(properties)) return 'must be a map';
  for (const [name, value] of Object.entries(properties)) {
    const kind = allowed[name];
    if (!kind) return `has unknown property "${name}" (allowed: ${Object.keys(allowed).join(', ')})`;
    const problem = propertyProblem(kind, value);
    if (problem) return `property "${name}" ${problem}`;
  }
  return undefined;
}

/** Properties must be on the allow-list of their owner; `allowedFor` picks that list from the owning object. */
export function AllowedProperties(allowedFor: (owner: Record<string, unknown>) => Record<string, PropertyKind> | undefined) {
  const problemOf = (args?: ValidationArguments) => {
    const allowed = allowedFor(args?.object as Record<string, unknown>);
    return allowed ? propertiesProblem(args?.value, allowed) : undefined;
  };
  return ValidateBy({
    name: 'allowedProperties',
    validator: {
      validate: (_value: unknown, args?: ValidationArguments) => problemOf(args) === undefined,
      defaultMessage: (args?: ValidationArguments) => `$property ${problemOf(args)}`,
    },
  });
}

export function KindAllowedForType() {
  return ValidateBy({
    name: 'kindAllowedForType',
    validator: {
      validate(value: unknown, args?: ValidationArguments) {
        const kinds = KINDS_BY_TYPE[(args?.object as { type: EntityType }).type];
        return kinds === undefined || Object.values(kinds).includes(value as string);
      },
      defaultMessage: (args?: ValidationArguments) => {
        const type = (args?.object as { type: EntityType }).type;
        return `kind "${String(args?.value)}" is not a kind of ${type} (allowed: ${Object.values(KINDS_BY_TYPE[type]).join(', ')})`;
      },
    },
  });
}

export class DocumentEvidence {
  /** The source document; defaults to the document the file describes. */
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  source?: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  quote!: string;
}

export class DocumentSource {
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  id!: string;

  @IsString()
  @IsNotEmpty()
  title!: string;

  @IsString()
  @IsNotEmpty()
  publisher!: string;

  @IsString()
  @IsNotEmpty()
  place!: string;

  @IsDateString({ strict: true }, { message: '$property must be a date written YYYY-MM-DD' })
  publishedOn!: string;

  /** The document's text file, beside the document or (the seed layout) in the folder above it. */
  @IsString()
  @Matches(/^[\w./-]+\.txt$/, { message: '$property must be a relative path to a .txt file' })
  file!: string;

  @IsOptional()
  @IsString()
  url?: string;
}

export class DocumentEntity {
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  id!: string;

  @IsIn(ENTITY_TYPES as string[], { message: `$property must be one of ${ENTITY_TYPES.join(', ')}` })
  type!: EntityType;

  @IsString()
  @KindAllowedForType()
  kind!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  name!: string;

  @IsArray()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  aliases: string[] = [];

  @AllowedProperties((owner) => ENTITY_PROPERTIES[owner.type as EntityType])
  properties: PropertyMap = {};

  @IsArray()
  @ArrayMinSize(1, { message: '$property needs at least one quote: every fact carries its evidence' })
  @ValidateNested({ each: true })
  evidence: DocumentEvidence[] = [];
}

export class DocumentRelation {
  @IsIn(RELATION_TYPES as string[], { message: `$property must be one of ${RELATION_TYPES.join(', ')}` })
  type!: RelationType;

  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  from!: string;

  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  to!: string;

  @AllowedProperties(() => RELATION_PROPERTIES)
  properties: PropertyMap = {};

  @IsArray()
  @ArrayMinSize(1, { message: '$property needs at least one quote: every fact carries its evidence' })
  @ValidateNested({ each: true })
  evidence: DocumentEvidence[] = [];
}

export class CuratedDocument {
  @ValidateNested()
  source!: DocumentSource;

  @IsArray()
  @ValidateNested({ each: true })
  entities: DocumentEntity[] = [];

  @IsArray()
  @ValidateNested({ each: true })
  relations: DocumentRelation[] = [];
}

function instance<T extends object>(Class: new () => T, plain: unknown): T {
  return Object.assign(new Class(), plain && typeof plain === 'object' ? plain : {});
}

function instances<T extends object>(Class: new () => T, plain: unknown, each?: (item: T) => void): T[] {
  if (!Array.isArray(plain)) return plain as T[];
  return plain.map((item) => {
    const created = instance(Class, item);
    each?.(created);
    return created;
  });
}

function withEvidence<T extends { evidence: DocumentEvidence[] }>(owner: T): void {
  owner.evidence = instances(DocumentEvidence, owner.evidence);
}

/** Turns parsed YAML/JSON into validator-decorated instances, keeping wrong shapes for the validator to name. */
export function toCuratedDocument(plain: unknown): CuratedDocument {
  const document = instance(CuratedDocument, plain);
  document.source = instance(DocumentSource, document.source);
  document.entities = instances(DocumentEntity, document.entities, withEvidence);
  document.relations = instances(DocumentRelation, document.relations, withEvidence);
  return document;
}
