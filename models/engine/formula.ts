/**
 * Formulas of derived indicators: mathjs expressions over indicator ids.
 *
 * Safety: the text is parsed by a restricted mathjs instance (the parser only, from
 * mathjs's number-only entry, `mathjs/number`: no BigNumber, Fraction, Complex or matrix
 * types, 143 KB minified against 317 KB for the same parser from `mathjs`; import,
 * createUnit, evaluate, parse, simplify, derivative, resolve, reviver and compile are
 * throwing stubs), and the tree is then checked against a whitelist of node
 * types, operators and functions. The checked tree is compiled once into a plain
 * closure over numbers, so no mathjs code runs when a projection is evaluated; the same
 * tree compiles to an array kernel for Monte Carlo: one operation at a time over whole
 * Float64Arrays, the same operations in the same order as the scalar closure, so both
 * give the same bits.
 */
import { create, parseDependencies, type FactoryFunctionMap, type MathNode } from 'mathjs/number';
import { MAX_FORMULA_LENGTH } from '../plan/plan-limits';

/**
 * The functions that must never run from a plan file. The instance below is built from
 * the parser's dependencies only (none of these is in it, and it keeps the bundle
 * small); they are also replaced by throwing stubs, so that even a mistake elsewhere
 * cannot reach them, and a formula naming one is told it is disabled.
 */
export const DISABLED_FUNCTIONS: readonly string[] = [
  'import',
  'createUnit',
  'evaluate',
  'parse',
  'simplify',
  'derivative',
  'resolve',
  'reviver',
  'compile',
];

type Factory = FactoryFunctionMap[string] & { isFactory?: boolean; fn?: string };

/** The factories a dependency map names, by the name of what each creates. */
function factoriesOf(deps: object, out = new Map<string, Factory>()): Map<string, Factory> {
  for (const value of Object.values(deps) as unknown[]) {
    if (typeof value === 'function' && (value as Factory).isFactory === true) out.set(String((value as Factory).fn), value as Factory);
    else if (typeof value === 'object' && value !== null) factoriesOf(value, out);
  }
  return out;
}

// Dependency maps are typed as optional in mathjs's declarations but are always defined.
const parserFactories = factoriesOf(parseDependencies as NonNullable<typeof parseDependencies>);
const math = create(Object.fromEntries(parserFactories) as FactoryFunctionMap, {});
const parseExpression = math.parse.bind(math);

const disabled = (name: string) =>
  function disabledFunction(): never {
    throw new Error(`Function ${name} is disabled in plan formulas`);
  };
math.import(Object.fromEntries(DISABLED_FUNCTIONS.map((name) => [name, disabled(name)])), { override: true });

type Binary = (a: number, b: number) => number;
/** Operators by symbol, looked up in a Map: no prototype name can pass as an operator. */
const BINARY: ReadonlyMap<string, Binary> = new Map<string, Binary>([
  ['+', (a, b) => a + b],
  ['-', (a, b) => a - b],
  ['*', (a, b) => a * b],
  ['/', (a, b) => a / b],
  ['^', (a, b) => a ** b],
]);

type Fn = (...args: number[]) => number;

/** A function a formula may call, with the number of arguments it takes. */
export interface FormulaFunction {
  readonly fn: Fn;
  readonly minArgs: number;
  /** Infinity for min/max, which take any number of arguments from one up. */
  readonly maxArgs: number;
}

/**
 * The only functions a formula may call, in a Map: a name like `constructor`,
 * `valueOf` or `__proto__` is simply not in it (a plain object would find them on its
 * prototype chain). `log` takes one argument: mathjs's `log(x, base)` is refused rather
 * than silently computing ln x.
 */
export const FORMULA_FUNCTIONS: ReadonlyMap<string, FormulaFunction> = new Map<string, FormulaFunction>([
  ['min', { fn: Math.min, minArgs: 1, maxArgs: Infinity }],
  ['max', { fn: Math.max, minArgs: 1, maxArgs: Infinity }],
  ['abs', { fn: Math.abs, minArgs: 1, maxArgs: 1 }],
  ['sqrt', { fn: Math.sqrt, minArgs: 1, maxArgs: 1 }],
  ['exp', { fn: Math.exp, minArgs: 1, maxArgs: 1 }],
  ['log', { fn: Math.log, minArgs: 1, maxArgs: 1 }],
  ['pow', { fn: Math.pow, minArgs: 2, maxArgs: 2 }],
]);

/** Structured reasons, so messages can be given in either language. */
export type FormulaErrorCode =
  | 'too-long'
  | 'syntax'
  | 'unknown-name'
  | 'disabled-function'
  | 'unsupported-syntax'
  | 'arity'
  | 'self-reference';

export class FormulaError extends Error {
  constructor(
    readonly code: FormulaErrorCode,
    readonly detail: string,
    /** Extra facts for the message (the arity error: arguments given and expected). */
    readonly params: Readonly<Record<string, string | number>> = {},
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
  /** Evaluate element-wise over arrays (Monte Carlo): out[i] = f(inputs[k][i]); same bits as evaluate. */
  readonly evaluateArrays: (values: readonly Float64Array[], out: Float64Array) => void;
}

type Compiled = (vals: readonly number[]) => number;
/** Array form: a constant stays a number; anything else is an array of `len` values. */
type ArrayValue = number | Float64Array;
type CompiledArrays = (vals: readonly Float64Array[], len: number) => ArrayValue;

interface CompiledPair {
  scalar: Compiled;
  arrays: CompiledArrays;
}

/** A scratch buffer per tree node, reused across calls of the same length. */
function scratch(): (len: number) => Float64Array {
  let buffer = new Float64Array(0);
  return (len) => (buffer.length === len ? buffer : (buffer = new Float64Array(len)));
}

type ArrayOp = (a: ArrayValue, b: ArrayValue, out: Float64Array, len: number) => void;

/**
 * out[i] = a[i] op b[i], a or b possibly a scalar, one function per operator with the
 * operation written out in its loops: a loop that calls the operator through a variable
 * is polymorphic and is not inlined (it was a sixth of a Monte Carlo run). The same
 * IEEE operations as BINARY, so the same bits as the scalar closure.
 */
const ARRAY_OPS: ReadonlyMap<string, ArrayOp> = new Map<string, ArrayOp>([
  [
    '+',
    (a, b, out, len) => {
      if (typeof a === 'number') for (let i = 0; i < len; i++) out[i] = a + ((b as Float64Array)[i] as number);
      else if (typeof b === 'number') for (let i = 0; i < len; i++) out[i] = (a[i] as number) + b;
      else for (let i = 0; i < len; i++) out[i] = (a[i] as number) + (b[i] as number);
    },
  ],
  [
    '-',
    (a, b, out, len) => {
      if (typeof a === 'number') for (let i = 0; i < len; i++) out[i] = a - ((b as Float64Array)[i] as number);
      else if (typeof b === 'number') for (let i = 0; i < len; i++) out[i] = (a[i] as number) - b;
      else for (let i = 0; i < len; i++) out[i] = (a[i] as number) - (b[i] as number);
    },
  ],
  [
    '*',
    (a, b, out, len) => {
      if (typeof a === 'number') for (let i = 0; i < len; i++) out[i] = a * ((b as Float64Array)[i] as number);
      else if (typeof b === 'number') for (let i = 0; i < len; i++) out[i] = (a[i] as number) * b;
      else for (let i = 0; i < len; i++) out[i] = (a[i] as number) * (b[i] as number);
    },
  ],
  [
    '/',
    (a, b, out, len) => {
      if (typeof a === 'number') for (let i = 0; i < len; i++) out[i] = a / ((b as Float64Array)[i] as number);
      else if (typeof b === 'number') for (let i = 0; i < len; i++) out[i] = (a[i] as number) / b;
      else for (let i = 0; i < len; i++) out[i] = (a[i] as number) / (b[i] as number);
    },
  ],
  [
    '^',
    (a, b, out, len) => {
      if (typeof a === 'number') for (let i = 0; i < len; i++) out[i] = a ** ((b as Float64Array)[i] as number);
      else if (typeof b === 'number') for (let i = 0; i < len; i++) out[i] = (a[i] as number) ** b;
      else for (let i = 0; i < len; i++) out[i] = (a[i] as number) ** (b[i] as number);
    },
  ],
]);

/** out[i] = f(a[i], b[i]) with a or b possibly a scalar: the same operation, element-wise. */
function binaryArrays(f: Binary, loop: ArrayOp, buffer: (len: number) => Float64Array): (a: ArrayValue, b: ArrayValue, len: number) => ArrayValue {
  return (a, b, len) => {
    if (typeof a === 'number' && typeof b === 'number') return f(a, b);
    const out = buffer(len);
    loop(a, b, out, len);
    return out;
  };
}

function compileNode(node: MathNode, names: Map<string, number>, known: ReadonlySet<string>): CompiledPair {
  switch (node.type) {
    case 'ConstantNode': {
      const value = (node as unknown as { value: unknown }).value;
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw new FormulaError('unsupported-syntax', `constant ${String(value)}`);
      }
      return { scalar: () => value, arrays: () => value };
    }
    case 'ParenthesisNode':
      return compileNode((node as unknown as { content: MathNode }).content, names, known);
    case 'SymbolNode': {
      const name = (node as unknown as { name: string }).name;
      if (!known.has(name)) {
        if (FORMULA_FUNCTIONS.has(name)) throw new FormulaError('unsupported-syntax', `${name} used as a value`);
        throw new FormulaError('unknown-name', name);
      }
      let index = names.get(name);
      if (index === undefined) {
        index = names.size;
        names.set(name, index);
      }
      const i = index;
      return { scalar: (vals) => vals[i] as number, arrays: (vals) => vals[i] as Float64Array };
    }
    case 'OperatorNode': {
      const op = node as unknown as { op: string; fn: string; args: MathNode[] };
      const args = op.args.map((a) => compileNode(a, names, known));
      if (args.length === 1) {
        const [a] = args as [CompiledPair];
        if (op.fn === 'unaryPlus') return a;
        if (op.fn !== 'unaryMinus') throw new FormulaError('unsupported-syntax', `operator ${op.op}`);
        const buffer = scratch();
        return {
          scalar: (v) => -a.scalar(v),
          arrays: (v, len) => {
            const x = a.arrays(v, len);
            if (typeof x === 'number') return -x;
            const out = buffer(len);
            for (let i = 0; i < len; i++) out[i] = -(x[i] as number);
            return out;
          },
        };
      }
      const f = BINARY.get(op.op);
      const loop = ARRAY_OPS.get(op.op);
      if (args.length !== 2 || f === undefined || loop === undefined) throw new FormulaError('unsupported-syntax', `operator ${op.op}`);
      const [a, b] = args as [CompiledPair, CompiledPair];
      const apply = binaryArrays(f, loop, scratch());
      return {
        scalar: (v) => f(a.scalar(v), b.scalar(v)),
        arrays: (v, len) => apply(a.arrays(v, len), b.arrays(v, len), len),
      };
    }
    case 'FunctionNode': {
      const fnNode = node as unknown as { fn: MathNode; args: MathNode[] };
      const name = fnNode.fn.type === 'SymbolNode' ? (fnNode.fn as unknown as { name: string }).name : '';
      const entry = FORMULA_FUNCTIONS.get(name);
      if (entry === undefined) {
        throw new FormulaError(DISABLED_FUNCTIONS.includes(name) ? 'disabled-function' : 'unknown-name', name || 'expression call');
      }
      const count = fnNode.args.length;
      if (count < entry.minArgs || count > entry.maxArgs) {
        const expected = entry.minArgs === entry.maxArgs ? String(entry.minArgs) : `≥ ${entry.minArgs}`;
        throw new FormulaError('arity', name, { given: count, expected });
      }
      const f = entry.fn;
      const args = fnNode.args.map((a) => compileNode(a, names, known));
      const buffer = scratch();
      return {
        scalar: (v) => f(...args.map((a) => a.scalar(v))),
        arrays: (v, len) => {
          const values = args.map((a) => a.arrays(v, len));
          if (values.every((x) => typeof x === 'number')) return f(...(values as number[]));
          const out = buffer(len);
          const row = new Array<number>(values.length);
          for (let i = 0; i < len; i++) {
            for (let k = 0; k < values.length; k++) {
              const x = values[k] as ArrayValue;
              row[k] = typeof x === 'number' ? x : (x[i] as number);
            }
            out[i] = f(...row);
          }
          return out;
        },
      };
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
  return {
    text,
    inputs,
    evaluate: run.scalar,
    evaluateArrays(values, out) {
      const result = run.arrays(values, out.length);
      if (typeof result === 'number') out.fill(result);
      else out.set(result);
    },
  };
}
