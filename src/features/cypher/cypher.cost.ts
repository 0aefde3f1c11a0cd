import type { SyntaxNode } from './cypher.parser';

/**
 * Work that Neo4j does inside one evaluation of an expression runs without checking whether its
 * transaction was terminated: `reduce(s = 0, x IN range(1, 3000000000) | s + x)` keeps a core busy
 * for minutes after its timeout, and string building in `reduce` copies its accumulator on every
 * step. Operators (MATCH, UNWIND, aggregation, subqueries) check between rows, so they stop at the
 * time limit. This module estimates, from the parse tree, how many list elements one evaluation of
 * each expression may visit, and refuses a query when that cannot be bounded or exceeds the limit.
 *
 * Sizes: a literal list counts its elements; `range()` with bounds from literals, parameters and
 * `size()` counts its elements; a parameter its length; a list read from the graph (a property,
 * `nodes(p)`, `relationships(p)`, `labels`, `keys`) counts as STORED_LIST elements; any other list
 * (from `collect`, a subquery, a variable) as COLLECTED_LIST. Nested iterations multiply; a `reduce`
 * that concatenates onto its accumulator counts its list twice (each step copies what it has built).
 * Strings count their characters. A list or string that concatenation or `replace` builds (`WITH l + l AS l`,
 * clause after clause) may not exceed the limit either: Neo4j builds it lazily, and a JVM that later
 * materialises it runs out of heap and exits.
 */
export const STORED_LIST = 100;
export const COLLECTED_LIST = 10_000;

export type CostRefusalKind = 'unbounded-range' | 'iteration-limit' | 'value-too-large';

export interface CostRefusal {
  kind: CostRefusalKind;
  /** The construct that is refused: `range`, `reduce`, `list comprehension`, `all`, `IN`, … */
  construct: string;
  /** Its estimated element visits per evaluation (Infinity when it cannot be bounded). */
  estimate: number;
  /** The query text of the construct, token by token. */
  expression: string;
}

/** Rules that only pass one child on (the precedence chain, function arguments, literals). */
const PASS_THROUGH = new Set([
  'expression',
  'expression11',
  'expression10',
  'expression9',
  'expression8',
  'expression7',
  'expression6',
  'expression5',
  'expression4',
  'expression3',
  'expression2',
  'expression1',
  'functionArgument',
  'literal',
]);

/** Functions that walk their whole list argument (and build a new list of its size). */
const LIST_WALKING_FUNCTIONS = new Set(['reverse', 'tail', 'tostringlist', 'tointegerlist', 'tofloatlist', 'tobooleanlist']);
/** Functions whose list lives in the graph, bounded by what was stored. */
const STORED_LIST_FUNCTIONS = new Set(['nodes', 'relationships', 'labels', 'keys']);
/** Functions whose result is a number, for telling arithmetic from concatenation. */
const NUMERIC_FUNCTIONS = new Set(['size', 'length', 'count', 'tointeger', 'tofloat', 'abs', 'ceil', 'floor', 'round', 'sign', 'sqrt', 'log', 'log10', 'exp', 'id', 'timestamp']);
/** Subqueries and pattern comprehensions run as operators, which check for termination between rows. */
const OPERATOR_EXPRESSIONS = new Set(['existsExpression', 'countExpression', 'collectExpression', 'patternComprehension', 'patternExpression', 'shortestPathExpression']);

const isRule = (node: SyntaxNode, name: string) => node.name === name && node.children.length > 0;
const rulesOf = (node: SyntaxNode, name: string) => node.children.filter((child) => isRule(child, name));
const hasToken = (node: SyntaxNode, text: string) => node.children.some((child) => child.children.length === 0 && child.name.toUpperCase() === text);

/** The node below the precedence chain and parentheses that actually does something. */
function core(node: SyntaxNode): SyntaxNode {
  let current = node;
  for (;;) {
    if (PASS_THROUGH.has(current.name) && current.children.length === 1 && current.children[0].children.length > 0) current = current.children[0];
    else if (isRule(current, 'parenthesizedExpression')) current = rulesOf(current, 'expression')[0] ?? current;
    else return current;
  }
}

/**
 * Whether a childless node is a token. The debug tree names rules and tokens alike; the one rule
 * that can match nothing is a function's or procedure's `namespace` (`db.` in `db.labels`), always
 * their first child.
 */
function isToken(node: SyntaxNode, parent: SyntaxNode | undefined): boolean {
  return node.children.length === 0 && !(node.name === 'namespace' && parent?.children[0] === node && /^(function|procedure)Name$/.test(parent.name));
}

/** The query text of a node: its tokens, space-separated. */
export function textOf(node: SyntaxNode): string {
  const tokens: string[] = [];
  const stack: [SyntaxNode, SyntaxNode | undefined][] = [[node, undefined]];
  while (stack.length > 0) {
    const [current, parent] = stack.pop()!;
    if (isToken(current, parent)) tokens.push(current.name);
    for (let index = current.children.length - 1; index >= 0; index -= 1) stack.push([current.children[index], current]);
  }
  return tokens.join(' ');
}

function nameOf(node: SyntaxNode | undefined): string | undefined {
  return node ? textOf(node).replace(/\s+/g, '').replace(/^`|`$/g, '') : undefined;
}

function functionName(invocation: SyntaxNode): string {
  return (nameOf(rulesOf(invocation, 'functionName')[0]) ?? '').toLowerCase();
}

function argumentsOf(invocation: SyntaxNode): SyntaxNode[] {
  return rulesOf(invocation, 'functionArgument');
}

type Interval = [number, number];

class CostEstimator {
  /** Sizes of lists bound to variables by WITH, RETURN and iteration. */
  private readonly scope = new Map<string, number>();
  /** Variables known to hold numbers (elements of a range). */
  private readonly numeric = new Set<string>();
  /** Variables known to hold lists of numbers (ranges). */
  private readonly numberLists = new Set<string>();
  /** `range()` calls that feed UNWIND directly: they make rows, which Neo4j checks one by one. */
  private readonly rowRanges = new Set<SyntaxNode>();

  constructor(
    private readonly params: Record<string, unknown>,
    private readonly maxIterations: number,
  ) {}

  check(node: SyntaxNode, multiplier: number): CostRefusal | undefined {
    switch (node.name) {
      case 'reduceExpression':
        if (node.children.length > 0) return this.reduce(node, multiplier);
        break;
      case 'listComprehension':
      case 'listItemsPredicate':
        if (node.children.length > 0) return this.iteration(node, multiplier);
        break;
      case 'comparisonExpression6':
        if (hasToken(node, 'IN')) return this.children(node, multiplier) ?? this.charge(multiplier * this.sizeOf(rulesOf(node, 'expression6')[0]), 'IN', node);
        break;
      case 'functionInvocation':
        if (node.children.length > 0) return this.children(node, multiplier) ?? this.invocation(node, multiplier);
        break;
      case 'expression6':
        if (rulesOf(node, 'expression5').length > 1) return this.children(node, multiplier) ?? this.built(this.sizeOf(node), 'concatenation', node);
        break;
      case 'unwindClause':
        if (node.children.length > 0) return this.unwind(node, multiplier);
        break;
      case 'returnItem':
        if (node.children.length > 0) return this.projection(node, multiplier);
        break;
      default:
        // A subquery's own rows are checked by its operators; it starts afresh from one evaluation.
        if (OPERATOR_EXPRESSIONS.has(node.name)) return this.children(node, 1);
    }
    return this.children(node, multiplier);
  }

  private children(node: SyntaxNode, multiplier: number): CostRefusal | undefined {
    for (const child of node.children) {
      const refused = this.check(child, multiplier);
      if (refused) return refused;
    }
    return undefined;
  }

  private built(size: number, construct: string, node: SyntaxNode): CostRefusal | undefined {
    return size > this.maxIterations ? { kind: 'value-too-large', construct, estimate: size, expression: textOf(node) } : undefined;
  }

  private charge(estimate: number, construct: string, node: SyntaxNode): CostRefusal | undefined {
    return estimate > this.maxIterations ? { kind: 'iteration-limit', construct, estimate, expression: textOf(node) } : undefined;
  }

  /** Checks `body` with `variable` bound to an element of the iterated list (a number or not), then restores it. */
  private within(variable: string | undefined, elementIsNumber: boolean, body: () => CostRefusal | undefined): CostRefusal | undefined {
    if (!variable) return body();
    const previous = this.scope.get(variable);
    const wasNumeric = this.numeric.has(variable);
    this.scope.delete(variable);
    if (elementIsNumber) this.numeric.add(variable);
    else this.numeric.delete(variable);
    try {
      return body();
    } finally {
      if (previous === undefined) this.scope.delete(variable);
      else this.scope.set(variable, previous);
      if (wasNumeric) this.numeric.add(variable);
      else this.numeric.delete(variable);
    }
  }

  private isRangeCall(node: SyntaxNode | undefined): boolean {
    if (!node) return false;
    const inner = core(node);
    return isRule(inner, 'functionInvocation') && functionName(inner) === 'range';
  }

  /** Whether every element of the list `node` is a number: a range, a variable holding one, a literal list of numbers. */
  private holdsNumbers(node: SyntaxNode | undefined): boolean {
    if (!node) return false;
    const inner = core(node);
    if (isRule(inner, 'variable')) return this.numberLists.has(nameOf(inner)!);
    if (isRule(inner, 'listLiteral')) return rulesOf(inner, 'expression').every((element) => isRule(core(element), 'numberLiteral'));
    return this.isRangeCall(inner);
  }

  private iteration(node: SyntaxNode, multiplier: number): CostRefusal | undefined {
    const [list, ...body] = rulesOf(node, 'expression');
    const size = this.sizeOf(list);
    const construct = node.name === 'listComprehension' ? 'list comprehension' : (node.children[0]?.name ?? 'list predicate').toLowerCase();
    return (
      this.check(list, multiplier) ??
      this.charge(multiplier * size, construct, node) ??
      this.within(nameOf(rulesOf(node, 'variable')[0]), this.holdsNumbers(list), () => {
        for (const expression of body) {
          const refused = this.check(expression, multiplier * size);
          if (refused) return refused;
        }
        return undefined;
      })
    );
  }

  private reduce(node: SyntaxNode, multiplier: number): CostRefusal | undefined {
    const [initial, list, step] = rulesOf(node, 'expression');
    const [accumulator, element] = rulesOf(node, 'variable').map(nameOf);
    const size = this.sizeOf(list);
    const elementIsNumber = this.holdsNumbers(list);
    const growth = this.accumulatorGrowth(step, accumulator!, initial, element!, elementIsNumber);
    const estimate = growth === 'exponential' ? Number.POSITIVE_INFINITY : multiplier * size * (growth === 'linear' ? size : 1);
    return (
      this.check(initial, multiplier) ??
      this.check(list, multiplier) ??
      this.charge(estimate, 'reduce', node) ??
      this.within(accumulator, false, () => this.within(element, elementIsNumber, () => this.check(step, multiplier * size)))
    );
  }

  /**
   * How the accumulator grows per step: not at all (numbers), linearly (concatenation: each step copies
   * what was built), or exponentially (it appears twice in one sum, or goes through `replace`).
   */
  private accumulatorGrowth(step: SyntaxNode, accumulator: string, initial: SyntaxNode, element: string, elementIsNumber: boolean): 'none' | 'linear' | 'exponential' {
    const isAccumulator = (node: SyntaxNode) => isRule(core(node), 'variable') && nameOf(core(node)) === accumulator;
    const numericStart = isRule(core(initial), 'numberLiteral');
    let growth: 'none' | 'linear' | 'exponential' = 'none';
    const stack = [step];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (isRule(node, 'expression6') && rulesOf(node, 'expression5').length > 1) {
        const operands = rulesOf(node, 'expression5');
        const mentions = operands.filter(isAccumulator).length;
        if (mentions > 1) return 'exponential';
        const numeric = numericStart && !hasToken(node, '||') && operands.every((operand) => isAccumulator(operand) || this.isNumeric(operand, element, elementIsNumber));
        if (mentions === 1 && !numeric) growth = 'linear';
      }
      if (isRule(node, 'functionInvocation') && functionName(node) === 'replace' && argumentsOf(node).some(isAccumulator)) return 'exponential';
      stack.push(...node.children);
    }
    return growth;
  }

  private isNumeric(node: SyntaxNode, element: string, elementIsNumber: boolean): boolean {
    const inner = core(node);
    if (isRule(inner, 'numberLiteral')) return true;
    if (isRule(inner, 'variable')) {
      const name = nameOf(inner)!;
      return (name === element && elementIsNumber) || this.numeric.has(name);
    }
    if (isRule(inner, 'functionInvocation')) return NUMERIC_FUNCTIONS.has(functionName(inner));
    // A reduce that starts from a number sums numbers (concatenating onto it is caught where it happens).
    if (isRule(inner, 'reduceExpression')) return isRule(core(rulesOf(inner, 'expression')[0]), 'numberLiteral');
    // Sums of numbers are numbers; products, quotients, powers and signed values are, whatever their operands.
    if (isRule(inner, 'expression6')) return !hasToken(inner, '||') && rulesOf(inner, 'expression5').every((operand) => this.isNumeric(operand, element, elementIsNumber));
    return (isRule(inner, 'expression5') || isRule(inner, 'expression4') || isRule(inner, 'expression3')) && inner.children.length > 1;
  }

  private invocation(node: SyntaxNode, multiplier: number): CostRefusal | undefined {
    const name = functionName(node);
    const [first] = argumentsOf(node);
    if (name === 'range' && !this.rowRanges.has(node)) {
      const size = this.rangeSize(node);
      if (!Number.isFinite(size) || size > this.maxIterations) return { kind: 'unbounded-range', construct: 'range', estimate: size, expression: textOf(node) };
    }
    if (name === 'replace') return this.built(this.sizeOf(node), 'replace', node);
    return LIST_WALKING_FUNCTIONS.has(name) && first ? this.charge(multiplier * this.sizeOf(first), name, node) : undefined;
    return undefined;
  }

  private unwind(node: SyntaxNode, multiplier: number): CostRefusal | undefined {
    const [list] = rulesOf(node, 'expression');
    if (this.isRangeCall(list)) this.rowRanges.add(core(list));
    const refused = this.children(node, multiplier);
    const variable = nameOf(rulesOf(node, 'variable')[0]);
    if (variable) {
      this.scope.delete(variable);
      this.numberLists.delete(variable);
      if (this.holdsNumbers(list)) this.numeric.add(variable);
      else this.numeric.delete(variable);
    }
    return refused;
  }

  /** `expression AS name` in WITH or RETURN: `name` holds a list of the expression's size from here on. */
  private projection(node: SyntaxNode, multiplier: number): CostRefusal | undefined {
    const refused = this.children(node, multiplier);
    const [expression] = rulesOf(node, 'expression');
    const alias = nameOf(rulesOf(node, 'variable')[0]);
    if (alias && expression) {
      this.scope.set(alias, this.sizeOf(expression));
      if (this.isNumeric(expression, '', false)) this.numeric.add(alias);
      else this.numeric.delete(alias);
      if (this.holdsNumbers(expression)) this.numberLists.add(alias);
      else this.numberLists.delete(alias);
    }
    return refused;
  }

  /** An upper bound on the number of elements of the list `node` evaluates to. */
  sizeOf(node: SyntaxNode | undefined): number {
    if (!node) return COLLECTED_LIST;
    const inner = core(node);
    switch (inner.name) {
      case 'listLiteral':
        return rulesOf(inner, 'expression').length;
      case 'stringLiteral':
        // The token with its quotes.
        return Math.max(0, textOf(inner).length - 2);
      case 'numberLiteral':
        return 1;
      case 'parameter':
        return this.parameterSize(this.params[nameOf(rulesOf(inner, 'parameterName')[0]) ?? '']);
      case 'listComprehension':
        return this.sizeOf(rulesOf(inner, 'expression')[0]);
      case 'variable':
        return this.scope.get(nameOf(inner)!) ?? COLLECTED_LIST;
      case 'expression6': {
        // Concatenation adds sizes; arithmetic makes a number.
        const operands = rulesOf(inner, 'expression5');
        if (!hasToken(inner, '||') && operands.every((operand) => this.isNumeric(operand, '', false))) return 1;
        return operands.reduce((total, operand) => total + this.sizeOf(operand), 0);
      }
      case 'expression2': {
        const postfixes = rulesOf(inner, 'postFix');
        const last = postfixes[postfixes.length - 1];
        if (last && rulesOf(last, 'property').length > 0) return STORED_LIST;
        if (last && hasToken(last, '..')) return this.sizeOf(rulesOf(inner, 'expression1')[0]);
        return COLLECTED_LIST;
      }
      case 'caseExpression':
      case 'extendedCaseExpression':
        return Math.max(1, ...inner.children.flatMap((child) => rulesOf(child, 'expression')).map((expression) => this.sizeOf(expression)));
      case 'functionInvocation': {
        const name = functionName(inner);
        if (name === 'range') return this.rangeSize(inner);
        if (STORED_LIST_FUNCTIONS.has(name)) return STORED_LIST;
        if (LIST_WALKING_FUNCTIONS.has(name)) return this.sizeOf(argumentsOf(inner)[0]);
        if (name === 'replace') {
          // Every character may be replaced, and an empty search string matches between all of them.
          const [text, , replacement] = argumentsOf(inner).map((argument) => this.sizeOf(argument));
          return (text ?? COLLECTED_LIST) * Math.max(1, replacement ?? COLLECTED_LIST) + (replacement ?? 0);
        }
        return COLLECTED_LIST;
      }
      default:
        return COLLECTED_LIST;
    }
  }

  private parameterSize(value: unknown): number {
    if (Array.isArray(value)) return value.length;
    if (typeof value === 'string') return value.length;
    return value === undefined ? COLLECTED_LIST : 1;
  }

  /** How many elements `range(start, end[, step])` has at most; Infinity when its bounds are not known. */
  private rangeSize(invocation: SyntaxNode): number {
    const [start, end, step] = argumentsOf(invocation);
    const [from, to] = [this.integerBounds(start), this.integerBounds(end)];
    const stride = step ? this.integerBounds(step) : [1, 1];
    if (!from || !to || !stride || stride[0] !== stride[1] || stride[0] === 0) return Number.POSITIVE_INFINITY;
    const span = stride[0] > 0 ? to[1] - from[0] : from[1] - to[0];
    return Math.max(0, Math.floor(span / Math.abs(stride[0])) + 1);
  }

  /** Lower and upper bounds of an integer expression built from literals, parameters, `size()`, + - *. */
  private integerBounds(node: SyntaxNode | undefined): Interval | undefined {
    if (!node) return undefined;
    const inner = core(node);
    if (isRule(inner, 'numberLiteral')) {
      const value = Number(textOf(inner).replace(/\s+/g, ''));
      return Number.isSafeInteger(value) ? [value, value] : undefined;
    }
    if (isRule(inner, 'parameter')) {
      const value = this.params[nameOf(rulesOf(inner, 'parameterName')[0]) ?? ''];
      return typeof value === 'number' && Number.isSafeInteger(value) ? [value, value] : undefined;
    }
    if (isRule(inner, 'functionInvocation') && functionName(inner) === 'size') {
      const size = this.sizeOf(argumentsOf(inner)[0]);
      return Number.isFinite(size) ? [0, size] : undefined;
    }
    if (isRule(inner, 'expression3')) {
      const operand = this.integerBounds(rulesOf(inner, 'expression2')[0]);
      return operand && hasToken(inner, '-') ? [-operand[1], -operand[0]] : operand;
    }
    if (isRule(inner, 'expression6') || isRule(inner, 'expression5')) return this.combine(inner);
    return undefined;
  }

  /** Interval arithmetic over `a + b - c` and `a * b`; division and the rest are not followed. */
  private combine(node: SyntaxNode): Interval | undefined {
    let result: Interval | undefined;
    let operator = '+';
    for (const child of node.children) {
      if (child.children.length === 0) {
        operator = child.name;
        continue;
      }
      const operand = this.integerBounds(child);
      if (!operand) return undefined;
      if (!result) result = operand;
      else if (operator === '+') result = [result[0] + operand[0], result[1] + operand[1]];
      else if (operator === '-') result = [result[0] - operand[1], result[1] - operand[0]];
      else if (operator === '*') {
        const products = [result[0] * operand[0], result[0] * operand[1], result[1] * operand[0], result[1] * operand[1]];
        result = [Math.min(...products), Math.max(...products)];
      } else return undefined;
    }
    return result;
  }
}

/** The first construct of the query whose work per evaluation is unbounded or over `maxIterations`, if any. */
export function findCostlyExpression(tree: SyntaxNode, params: Record<string, unknown>, maxIterations: number): CostRefusal | undefined {
  return new CostEstimator(params, maxIterations).check(tree, 1);
}
