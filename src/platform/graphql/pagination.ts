import { IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Directive, Field, Int, ObjectType } from 'type-graphql';

import { DEFAULT_PAGE_SIZE, MAX_LIST_SIZE, MAX_PAGE_SIZE } from './page-size';

export { DEFAULT_PAGE_SIZE, MAX_LIST_SIZE, MAX_PAGE_SIZE };

@Directive('@cacheControl(inheritMaxAge: true)')
@ObjectType({ description: 'Where a page sits in its list (Relay cursor connections).' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `Page size, 0 to ${MAX_PAGE_SIZE}.` })
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, { nullable: true, description: 'Return the items after this cursor (an `endCursor` or edge `cursor`).' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string;
}

@ArgsType()
export class LimitArgs {
  @Field(() => Int, { defaultValue: 100, description: `How many items, 1 to ${MAX_LIST_SIZE}.` })
  @Min(1)
  @Max(MAX_LIST_SIZE)
  first: number = 100;
}

export class InvalidCursorError extends Error {}

/** Cursors are opaque to clients: base64url of a JSON payload that only this service reads. */
export function encodeCursor(payload: unknown): string {
  return Buffer.from(JSON.stringify(payload)).toString('base64url');
}

export function decodeCursor(cursor: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError('is not a cursor this API issued');
  }
}

/** A page of `limit + 1` fetched items becomes `limit` items and a `hasNextPage` flag. */
export function pageOf<T>(fetched: T[], first: number, cursorOf: (item: T, index: number) => string, hasPreviousPage: boolean) {
  const items = fetched.slice(0, first);
  const cursors = items.map(cursorOf);
  return {
    items,
    cursors,
    pageInfo: {
      hasNextPage: fetched.length > first,
      hasPreviousPage,
      startCursor: cursors[0] ?? null,
      endCursor: cursors[cursors.length - 1] ?? null,
    } satisfies PageInfo,
  };
}
