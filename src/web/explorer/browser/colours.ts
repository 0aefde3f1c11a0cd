/** The explorer's colours: one per entity type, and the heat map's scale. */

/** One colour per entity type, distinguishable and readable on white. */
export const TYPE_COLOURS: Readonly<Record<string, string>> = {
  Institution: '#1f77b4',
  Country: '#d62728',
  CountryGroup: '#9467bd',
  Place: '#8c564b',
  Project: '#2ca02c',
  Platform: '#ff7f0e',
  Event: '#e377c2',
  Network: '#17becf',
  Agreement: '#bcbd22',
  Domain: '#7f7f7f',
  Initiative: '#393b79',
};

export function typeColour(type: string): string {
  return TYPE_COLOURS[type] ?? '#444444';
}

/** White for 0 to deep red for the largest weight; the text on it stays readable (see `heatText`). */
export function heatColour(weight: number, max: number): string {
  const share = max > 0 ? Math.min(1, weight / max) : 0;
  const lightness = Math.round(97 - share * 55);
  return `hsl(8, 80%, ${lightness}%)`;
}

export function heatText(weight: number, max: number): string {
  return max > 0 && weight / max > 0.6 ? '#ffffff' : '#111111';
}
