import { OperationLabels } from '../../src/platform/observability/metrics';

describe('operation labels for /metrics', () => {
  it('keeps operation names as they are, and names a request without one anonymous', () => {
    const labels = new OperationLabels(3);
    expect(labels.label('Dashboard')).toBe('Dashboard');
    expect(labels.label(undefined)).toBe('anonymous');
    expect(labels.label(null)).toBe('anonymous');
  });

  it('folds names first seen after the limit, and over-long names, into other; names already seen keep their label', () => {
    const labels = new OperationLabels(2);
    expect(labels.label('A')).toBe('A');
    expect(labels.label('x'.repeat(65))).toBe('other');
    expect(labels.label('B')).toBe('B');
    expect(labels.label('C')).toBe('other');
    expect(labels.label('A')).toBe('A');
    expect(labels.label('B')).toBe('B');
  });

  it('bounds the series a client choosing a new name per request can create', () => {
    const labels = new OperationLabels(100);
    const distinct = new Set(Array.from({ length: 10_000 }, (_, i) => labels.label(`Q${i}`)));
    expect(distinct.size).toBe(101);
  });
});
