/**
 * Topological order of named nodes with the edges "node depends on input", or the
 * first cycle found, written a → b → a.
 */
export type OrderResult = { ok: true; order: string[] } | { ok: false; cycle: string[] };

export function dependencyOrder(nodes: readonly string[], inputsOf: (node: string) => readonly string[]): OrderResult {
  const state = new Map<string, 'visiting' | 'done'>();
  const order: string[] = [];
  const stack: string[] = [];
  const nodeSet = new Set(nodes);

  const visit = (node: string): string[] | null => {
    const s = state.get(node);
    if (s === 'done') return null;
    if (s === 'visiting') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'visiting');
    stack.push(node);
    for (const input of inputsOf(node)) {
      if (!nodeSet.has(input)) continue;
      const cycle = visit(input);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    order.push(node);
    return null;
  };

  for (const node of nodes) {
    const cycle = visit(node);
    if (cycle) return { ok: false, cycle };
  }
  return { ok: true, order };
}
