/** A piece of the text between two cuts, with the marks that cover it. */
export interface Segment<M> {
  start: number;
  end: number;
  text: string;
  marks: M[];
}

/**
 * Cuts `text` at every start and end of `marks`; each segment lists the marks that cover it, so
 * overlapping and nested marks all show.
 */
export function segments<M extends { start: number; end: number }>(text: string, marks: M[]): Segment<M>[] {
  const cuts = new Set([0, text.length]);
  for (const mark of marks) {
    if (mark.start >= 0 && mark.end <= text.length && mark.start < mark.end) {
      cuts.add(mark.start);
      cuts.add(mark.end);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const result: Segment<M>[] = [];
  for (let index = 0; index < points.length - 1; index += 1) {
    const start = points[index];
    const end = points[index + 1];
    result.push({ start, end, text: text.slice(start, end), marks: marks.filter((mark) => mark.start <= start && end <= mark.end) });
  }
  return result;
}
