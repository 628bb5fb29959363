import packaged from 'wink-eng-lite-web-model';
import { describe, expect, it } from 'vitest';
import { fastCore } from '../../ingest/nlp-model.js';

/** The package's own loader (its types leave the model's parts unknown). */
const packagedCore = (packaged as unknown as { core: () => unknown }).core;

describe('fastCore', () => {
  it("builds the same core model as the package's own loader", () => {
    expect(fastCore()).toEqual(packagedCore());
  });

  it('hands out a fresh model each time: growing one (as wink does with new words) leaves the next intact', () => {
    const first = fastCore() as { features: { lexeme: { list: string[]; hash: Record<string, number> } } };
    first.features.lexeme.list.push('qxzvjkqwp');
    first.features.lexeme.hash.qxzvjkqwp = 1;
    const second = fastCore() as typeof first;
    expect(second.features.lexeme.list).not.toContain('qxzvjkqwp');
    expect(second.features.lexeme.hash.qxzvjkqwp).toBeUndefined();
    expect(second.features.lexeme.list).toHaveLength(first.features.lexeme.list.length - 1);
  });
});
