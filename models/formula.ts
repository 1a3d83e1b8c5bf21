/**
 * Formulas of derived indicators: mathjs expressions over indicator ids.
 *
 * Safety: the text is parsed by a mathjs instance whose dangerous functions (import,
 * createUnit, evaluate, parse, simplify, derivative, resolve, reviver, compile) are
 * replaced by throwing stubs, and the tree is then checked against a whitelist of node
 * types, operators and functions. The checked tree is compiled once into a plain
 * closure over numbers, so no mathjs code runs when a projection is evaluated; the same
 * tree compiles to an array kernel for Monte Carlo (one call over all paths).
 */
import { create, all, type MathNode } from 'mathjs';
import { MAX_FORMULA_LENGTH } from './plan-schema';

// `all` is typed as optional in mathjs's declarations but is always defined.
const math = create(all as NonNullable<typeof all>, {});
const parseExpression = math.parse.bind(math);

const disabled = (name: string) =>
  function disabledFunction(): never {
    throw new Error(`Function ${name} is disabled in plan formulas`);
  };
math.import(
  Object.fromEntries(
    ['import', 'createUnit', 'evaluate', 'parse', 'simplify', 'derivative', 'resolve', 'reviver', 'compile'].map(
      (name) => [name, disabled(name)],
    ),
  ),
  { override: true },
);

type Binary = (a: number, b: number) => number;
const BINARY: Record<string, Binary> = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '/': (a, b) => a / b,
  '^': (a, b) => a ** b,
};

type Fn = (...args: number[]) => number;
/** The only functions a formula may call. */
export const FORMULA_FUNCTIONS: Record<string, Fn> = {
  min: Math.min,
  max: Math.max,
  abs: Math.abs,
  sqrt: Math.sqrt,
  exp: Math.exp,
  log: Math.log,
  pow: Math.pow,
};

/** Structured reasons, so messages can be given in either language. */
export type FormulaErrorCode =
  | 'too-long'
  | 'syntax'
  | 'unknown-name'
  | 'disabled-function'
  | 'unsupported-syntax'
  | 'self-reference';

export class FormulaError extends Error {
  constructor(
    readonly code: FormulaErrorCode,
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
  }
}

/** A formula checked and compiled: its inputs and an evaluator over a lookup. */
export interface CompiledFormula {
  readonly text: string;
  readonly inputs: readonly string[];
  /** Evaluate with the inputs given in the order of `inputs`. */
  readonly evaluate: (values: readonly number[]) => number;
  /** Evaluate element-wise over arrays (Monte Carlo): out[i] = f(inputs[k][i]). */
  readonly evaluateArrays: (values: readonly Float64Array[], out: Float64Array) => void;
}

type Compiled = (vals: readonly number[]) => number;

function compileNode(node: MathNode, names: Map<string, number>, known: ReadonlySet<string>): Compiled {
  switch (node.type) {
    case 'ConstantNode': {
      const value = (node as unknown as { value: unknown }).value;
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw new FormulaError('unsupported-syntax', `constant ${String(value)}`);
      }
      return () => value;
    }
    case 'ParenthesisNode':
      return compileNode((node as unknown as { content: MathNode }).content, names, known);
    case 'SymbolNode': {
      const name = (node as unknown as { name: string }).name;
      if (!known.has(name)) {
        if (name in FORMULA_FUNCTIONS) throw new FormulaError('unsupported-syntax', `${name} used as a value`);
        throw new FormulaError('unknown-name', name);
      }
      let index = names.get(name);
      if (index === undefined) {
        index = names.size;
        names.set(name, index);
      }
      const i = index;
      return (vals) => vals[i] as number;
    }
    case 'OperatorNode': {
      const op = node as unknown as { op: string; fn: string; args: MathNode[] };
      const args = op.args.map((a) => compileNode(a, names, known));
      if (args.length === 1) {
        const [a] = args as [Compiled];
        if (op.fn === 'unaryMinus') return (v) => -a(v);
        if (op.fn === 'unaryPlus') return a;
        throw new FormulaError('unsupported-syntax', `operator ${op.op}`);
      }
      const f = BINARY[op.op];
      if (args.length !== 2 || f === undefined) throw new FormulaError('unsupported-syntax', `operator ${op.op}`);
      const [a, b] = args as [Compiled, Compiled];
      return (v) => f(a(v), b(v));
    }
    case 'FunctionNode': {
      const fnNode = node as unknown as { fn: MathNode; args: MathNode[] };
      const name = fnNode.fn.type === 'SymbolNode' ? (fnNode.fn as unknown as { name: string }).name : '';
      const f = FORMULA_FUNCTIONS[name];
      if (f === undefined) {
        throw new FormulaError(name && name in math ? 'disabled-function' : 'unknown-name', name || 'expression call');
      }
      const args = fnNode.args.map((a) => compileNode(a, names, known));
      return (v) => f(...args.map((a) => a(v)));
    }
    default:
      throw new FormulaError('unsupported-syntax', node.type);
  }
}

/**
 * Parse, check and compile a formula. `known` are the names it may use (indicator ids).
 * Throws FormulaError with a code and the offending name or text.
 */
export function compileFormula(text: string, known: ReadonlySet<string>, self?: string): CompiledFormula {
  if (text.length > MAX_FORMULA_LENGTH) throw new FormulaError('too-long', `${text.length} > ${MAX_FORMULA_LENGTH}`);
  let tree: MathNode;
  try {
    tree = parseExpression(text);
  } catch (error) {
    throw new FormulaError('syntax', error instanceof Error ? error.message : String(error));
  }
  const names = new Map<string, number>();
  const run = compileNode(tree, names, known);
  const inputs = [...names.keys()];
  if (self !== undefined && names.has(self)) throw new FormulaError('self-reference', self);
  const scratch: number[] = new Array<number>(inputs.length).fill(0);
  return {
    text,
    inputs,
    evaluate: run,
    evaluateArrays(values, out) {
      for (let i = 0; i < out.length; i++) {
        for (let k = 0; k < values.length; k++) scratch[k] = (values[k] as Float64Array)[i] as number;
        out[i] = run(scratch);
      }
    },
  };
}
