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

type Problem = { argument: string; message: string };

/**
 * Outcomes by argument class and value: a nested field is validated once per parent row (a dashboard
 * asks thousands of times for the same `first: 100`), and the outcome depends on nothing else.
 */
const outcomes = new Map<string, Promise<Problem[]>>();
const MAX_OUTCOMES = 5_000;

async function problemsOf(values: object[]): Promise<Problem[]> {
  return (await Promise.all(values.map((value) => validate(value, { forbidUnknownValues: false })))).flatMap((errors) => flatten(errors));
}

function remembered(values: object[]): Promise<Problem[]> {
  const key = values.map((value) => `${value.constructor.name}:${JSON.stringify(value)}`).join('|');
  let outcome = outcomes.get(key);
  if (!outcome) {
    if (outcomes.size >= MAX_OUTCOMES) outcomes.clear();
    outcome = problemsOf(values);
    outcomes.set(key, outcome);
  }
  return outcome;
}

/**
 * type-graphql's `validateFn`: runs class-validator on argument objects and answers with one
 * BAD_USER_INPUT error whose message names the first bad argument (all are in `extensions.invalidArguments`).
 */
export async function validateArguments(argValue: unknown): Promise<void> {
  if (argValue === null || typeof argValue !== 'object') return;
  const problems = await remembered(Array.isArray(argValue) ? argValue : [argValue]);
  if (problems.length === 0) return;
  const [first] = problems;
  throw new GraphQLError(`Invalid argument "${first.argument}": ${first.message}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, argument: first.argument, invalidArguments: problems },
  });
}
