/**
 * wink's English lite model with a faster `core()`. The package's own `core()` deep-copies its 3 MB JSON (through
 * JSON.stringify and JSON.parse) and decodes its base64 lexicon byte by byte: ≈ 60 ms of every run, more than
 * tagging a typical document. This builds the same object (a test compares them) while copying only what wink
 * changes (the feature lists and their indexes, which grow with new words), and decodes with Buffer. The rest of the
 * model (sentences, POS, addons) is the package's.
 */
import { createRequire } from 'node:module';
import packaged from 'wink-eng-lite-web-model';

const require = createRequire(import.meta.url);
/** The package's core JSON, as its own loader requires it (shared, so never changed here). */
const CORE_JSON = 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json';

interface Feature {
  list: string[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}
/** [offset, mask, shift, whether listed, whether an extra feature, …] per feature, as the model packs them. */
type Layout = Record<string, number[]>;
interface CoreJson {
  packing: { layout: Layout; efList?: string[] };
  features: Record<string, Feature>;
  pos: { hash: Record<string, number> };
  lexicon: string;
  xpansions: string;
}

export type EnglishModel = typeof packaged;

export function englishModel(): EnglishModel {
  return { ...packaged, core: fastCore };
}

/** What the package's `core()` returns (read-core-model.js, then load-core-model.js), built without a deep copy. */
export function fastCore(): unknown {
  const source = require(CORE_JSON) as CoreJson;
  const layout = source.packing.layout;
  const features: Record<string, Feature | { list: Set<number>[] }> = {};
  for (const [name, feature] of Object.entries(source.features))
    features[name] = { ...feature, list: [...feature.list] };
  for (const name in layout) {
    if (layout[name]![3] !== 0) continue;
    const feature = features[name] as Feature;
    feature.hash = indexOf(feature.list);
    feature.intrinsicSize = feature.list.length;
    feature.index = feature.list.length;
    feature.maxIndex = layout[name]![1]! >>> layout[name]![2]!;
  }
  const lexeme = features.lexeme as Feature;
  lexeme.hash = indexOf(lexeme.list);
  lexeme.intrinsicSize = lexeme.list.length;
  lexeme.index = lexeme.list.length;
  const clusters = source.features.posClusters!.list;
  features.posClusters = {
    ...source.features.posClusters,
    list: clusters.map((cluster) => new Set(cluster.split('_').map((tag) => source.pos.hash[tag] || 0))),
  };
  const efList = Object.keys(layout).filter((name) => layout[name]![4] === 1);
  return {
    ...source,
    packing: { ...source.packing, efList },
    features,
    lexicon: uint32sFromBase64(source.lexicon),
    xpansions: uint32sFromBase64(source.xpansions),
  };
}

function indexOf(list: readonly string[]): Record<string, number> {
  const hash = Object.create(null) as Record<string, number>;
  for (let index = 0; index < list.length; index++) hash[list[index]!] = index;
  return hash;
}

function uint32sFromBase64(text: string): Uint32Array {
  const bytes = Buffer.from(text, 'base64');
  // A fresh, aligned buffer of its own (Buffer may hand out a slice of a shared pool).
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}
