import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_FILE, shapeValidatorSource } from '../../graph/shape-validator-source.js';
import { validate } from '../../graph/shape-validator.generated.js';
import { smallGraph } from './fixtures.js';

describe('the generated graph validator', () => {
  it('matches graph.schema.json (regenerate with: npx tsx graph/shape-validator-source.ts)', () => {
    expect(readFileSync(GENERATED_FILE, 'utf8')).toBe(shapeValidatorSource());
  });

  it('imports what it needs instead of calling require, which an ES module does not have', () => {
    expect(shapeValidatorSource()).not.toMatch(/\brequire\(/);
  });

  it('accepts a valid graph and reports a string under its minimum length (the part using ajv runtime code)', () => {
    expect(validate(smallGraph())).toBe(true);
    const graph = smallGraph();
    graph.nodes[0]!.id = '';
    expect(validate(graph)).toBe(false);
    const errors = (validate as unknown as { errors: { instancePath: string }[] }).errors;
    expect(errors.map((error) => error.instancePath)).toContain('/nodes/0/id');
  });
});
