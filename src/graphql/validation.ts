import { validate, type ValidationError } from 'class-validator';
import { GraphQLError } from 'graphql';
import { ErrorCode } from './errors';

function flatten(errors: ValidationError[], parent = ''): { argument: string; message: string }[] {
  return errors.flatMap((error) => {
    const here = /^\d+$/.test(error.property) ? `${parent}[${error.property}]` : parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ argument: here, message }));
    return [...own, ...flatten(error.children ?? [], here)];
  });
}

/**
 * type-graphql's `validateFn`: runs class-validator on argument objects and answers with one
 * BAD_USER_INPUT error whose message names the first bad argument (all are in `extensions.invalidArguments`).
 */
export async function validateArguments(argValue: unknown): Promise<void> {
  if (argValue === null || typeof argValue !== 'object') return;
  const values = Array.isArray(argValue) ? argValue : [argValue];
  const problems = (await Promise.all(values.map((value) => validate(value as object, { forbidUnknownValues: false })))).flatMap((errors) =>
    flatten(errors),
  );
  if (problems.length === 0) return;
  const [first] = problems;
  throw new GraphQLError(`Invalid argument "${first.argument}": ${first.message}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, argument: first.argument, invalidArguments: problems },
  });
}
