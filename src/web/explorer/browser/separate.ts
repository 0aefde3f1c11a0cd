/** Moving the overview's labelled boxes apart until none overlap, keeping regions whole. */

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A labelled node: its position, and its box (node and label) relative to the position. */
export interface SeparatedItem {
  x: number;
  y: number;
  box: Box;
  region: string | null;
}

/** A compound box around items and regions; its label sits above it. */
export interface SeparatedRegion {
  id: string;
  parent: string | null;
  padding: number;
  label: { w: number; h: number };
}

export interface SeparateOptions {
  gap?: number;
  /** Width over height of the canvas: moving sideways is this many times cheaper. */
  aspect?: number;
  rounds?: number;
}

/** One child of a region (or of the top level): an item by its index, or a region by its id. */
type Child = { item: number; region?: undefined } | { region: string; item?: undefined };

const union = (a: Box | null, b: Box): Box => (a ? { x1: Math.min(a.x1, b.x1), y1: Math.min(a.y1, b.y1), x2: Math.max(a.x2, b.x2), y2: Math.max(a.y2, b.y2) } : { ...b });

/** The regions' nesting: each container's children, each region's items, and the regions deepest first. */
function nesting(items: SeparatedItem[], regions: SeparatedRegion[]) {
  const byId = new Map(regions.map((region) => [region.id, region]));
  const ancestors = (id: string | null) => {
    const chain: string[] = [];
    for (let current = id; current; current = byId.get(current)!.parent) chain.push(current);
    return chain;
  };
  const inside = new Map<string, number[]>(regions.map((region) => [region.id, []]));
  items.forEach((item, index) => ancestors(item.region).forEach((id) => inside.get(id)!.push(index)));
  const deepestFirst = [...regions].sort((a, b) => ancestors(b.id).length - ancestors(a.id).length);
  // The top level is keyed by null.
  const children = new Map<string | null, Child[]>([[null, []], ...regions.map((region): [string, Child[]] => [region.id, []])]);
  items.forEach((item, index) => children.get(item.region ?? null)!.push({ item: index }));
  regions.forEach((region) => children.get(region.parent ?? null)!.push({ region: region.id }));
  return { inside, deepestFirst, children };
}

/** Every child's box at the current positions: an item's own, a region's around its children, padded, with its label. */
function boxesAt(items: SeparatedItem[], positions: { x: number; y: number }[], deepestFirst: SeparatedRegion[], children: Map<string | null, Child[]>) {
  const itemBoxes = items.map((item, index) => ({ x1: positions[index].x + item.box.x1, y1: positions[index].y + item.box.y1, x2: positions[index].x + item.box.x2, y2: positions[index].y + item.box.y2 }));
  const regionBoxes = new Map<string, Box>();
  const boxOf = (child: Child): Box => (child.region !== undefined ? regionBoxes.get(child.region)! : itemBoxes[child.item]);
  for (const region of deepestFirst) {
    let box: Box | null = null;
    for (const child of children.get(region.id)!) box = union(box, boxOf(child));
    const padded = { x1: box!.x1 - region.padding, y1: box!.y1 - region.padding, x2: box!.x2 + region.padding, y2: box!.y2 + region.padding };
    const middle = (padded.x1 + padded.x2) / 2;
    regionBoxes.set(region.id, union(padded, { x1: middle - region.label.w / 2, y1: padded.y1 - region.label.h, x2: middle + region.label.w / 2, y2: padded.y1 }));
  }
  return boxOf;
}

/**
 * Moves boxes apart until none overlap, keeping regions whole. Within each region, and at the top,
 * the children (items and regions) are pushed apart pairwise along the axis that needs the smaller
 * move, x being `aspect` times cheaper (a wide canvas has room sideways); a region moves with
 * everything in it. Returns the new positions, in item order.
 */
export function separate(items: SeparatedItem[], regions: SeparatedRegion[], { gap = 4, aspect = 1, rounds = 400 }: SeparateOptions = {}): { x: number; y: number }[] {
  const { inside, deepestFirst, children } = nesting(items, regions);
  const positions = items.map((item) => ({ x: item.x, y: item.y }));
  const move = (child: Child, dx: number, dy: number) => {
    for (const index of child.region !== undefined ? inside.get(child.region)! : [child.item]) {
      positions[index].x += dx;
      positions[index].y += dy;
    }
  };
  let boxOf = boxesAt(items, positions, deepestFirst, children);
  let stale = false;
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (const siblings of children.values()) {
      for (let i = 0; i < siblings.length; i++) {
        for (let j = i + 1; j < siblings.length; j++) {
          if (stale) [boxOf, stale] = [boxesAt(items, positions, deepestFirst, children), false];
          const a = boxOf(siblings[i]);
          const b = boxOf(siblings[j]);
          const overlapX = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) + gap;
          const overlapY = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) + gap;
          if (overlapX <= 0 || overlapY <= 0) continue;
          moved = stale = true;
          // Ties (the same centre) part in a fixed direction, so the result is the same every time.
          const sideways = overlapX / aspect < overlapY;
          const sign = sideways ? (a.x1 + a.x2 <= b.x1 + b.x2 ? 1 : -1) : a.y1 + a.y2 <= b.y1 + b.y2 ? 1 : -1;
          const half = (sideways ? overlapX : overlapY) / 2;
          move(siblings[i], sideways ? -sign * half : 0, sideways ? 0 : -sign * half);
          move(siblings[j], sideways ? sign * half : 0, sideways ? 0 : sign * half);
        }
      }
    }
    if (!moved) break;
  }
  return positions;
}
