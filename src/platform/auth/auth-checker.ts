import { GraphQLError, type GraphQLSchema } from 'graphql';
import { getMetadataStorage, type AuthChecker } from 'type-graphql';
import { ErrorCode } from '../graphql/errors';
import { grants, isRole, type Principal, type Role } from './roles';

/**
 * type-graphql's auth checker for fields marked `@Authorized(role)`. It runs before the resolver, so a
 * refusal never depends on (or reveals) whether the target exists. No credential: UNAUTHENTICATED;
 * a credential without the role: FORBIDDEN.
 */
export const roleChecker: AuthChecker<{ principal: Principal }, Role> = ({ context, info }, roles) => {
  const principal = context.principal;
  if (roles.every((role) => grants(principal, role))) return true;
  const needed = roles.join(', ');
  if (!principal.authenticated) {
    throw new GraphQLError(`"${info.fieldName}" needs the ${needed} role: send an API key or a JWT.`, {
      extensions: { code: ErrorCode.UNAUTHENTICATED, requiredRole: needed },
    });
  }
  throw new GraphQLError(`"${info.fieldName}" needs the ${needed} role.`, { extensions: { code: ErrorCode.FORBIDDEN, requiredRole: needed } });
};

/** The role each root field requires, by `Query.field` / `Mutation.field` / `Subscription.field`, from the `@Authorized` metadata. */
export function rootFieldRoles(): Map<string, Role> {
  const storage = getMetadataStorage();
  const roles = new Map<string, Role>();
  for (const [typeName, handlers] of [
    ['Query', storage.queries],
    ['Mutation', storage.mutations],
    ['Subscription', storage.subscriptions],
  ] as const) {
    for (const handler of handlers) {
      const role = handler.roles?.find(isRole);
      if (role) roles.set(`${typeName}.${handler.schemaName}`, role);
    }
  }
  return roles;
}

/** States each root field's role in its description, so the printed SDL documents who may call what. */
export function describeRoles(schema: GraphQLSchema): GraphQLSchema {
  const roles = rootFieldRoles();
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      const role = roles.get(`${type!.name}.${field.name}`);
      if (role) field.description = `${field.description ?? ''}\n\nRequires the \`${role}\` role.`.trim();
    }
  }
  return schema;
}
