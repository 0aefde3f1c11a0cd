/**
 * Roles, from least to most trusted. Each role includes the ones before it: a researcher may read,
 * an editor may read and run Cypher. Kept free of decorators so configuration can import it.
 */
export enum Role {
  READER = 'reader',
  RESEARCHER = 'researcher',
  EDITOR = 'editor',
}

export const ROLES: readonly Role[] = [Role.READER, Role.RESEARCHER, Role.EDITOR];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The caller of one request, as its credential (or the lack of one) establishes. */
export interface Principal {
  /** Who, for the change record: `api-key:<name>`, `jwt:<sub>` or `anonymous`. */
  id: string;
  authenticated: boolean;
  /** The highest role held, or undefined when anonymous access is off. */
  role: Role | undefined;
}

export function grants(principal: Principal, required: Role): boolean {
  return principal.role !== undefined && ROLES.indexOf(principal.role) >= ROLES.indexOf(required);
}

/** The highest of several roles (a JWT may list more than one). */
export function highestRole(roles: Role[]): Role | undefined {
  return roles.reduce<Role | undefined>((best, role) => (best === undefined || ROLES.indexOf(role) > ROLES.indexOf(best) ? role : best), undefined);
}
