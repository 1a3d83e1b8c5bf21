/** The years a target's verdict rests on, by target type. */
import type { Target } from '../plan/plan-schema';

/** The year a target is judged in (for a period target, its last year). */
export function targetYearOf(t: Target): number {
  switch (t.type) {
    case 'cumulative':
    case 'average-growth':
    case 'in-step':
      return t.to;
    case 'threshold':
    case 'multiple':
      return t.year;
  }
}

/** The first year a target's window uses: a growth window's start year, a multiple's reference year, a threshold's year. */
export function targetFirstYearOf(t: Target): number {
  switch (t.type) {
    case 'multiple':
      return t.ofYear;
    case 'cumulative':
    case 'average-growth':
    case 'in-step':
      return t.from;
    case 'threshold':
      return t.year;
  }
}
