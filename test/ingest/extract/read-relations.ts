import { declareNames, gazetteerOf, placeMentions } from '../../../ingest/mentions.js';
import { extractRelations } from '../../../ingest/relations.js';
import { parseRst } from '../../../ingest/rst/index.js';

/** Names declared by links, so every made-up name below is known as a name. */
export const LINKS = ['Zorp', 'Quux', 'Blip', 'Fnord', 'Acme Corp', 'Wibble', 'Snarf', 'Grault']
  .map((name) => `\`${name} <https://${name.toLowerCase().replace(/\s+/g, '-')}.example/>\`__`)
  .join(' ');

/** The relations read from a small RST document, as "Source TYPE Target" lines. */
export function readRelations(rst: string): string[] {
  const text = `${LINKS}\n\n${rst}`;
  const declared = declareNames(parseRst(text, { file: 't.rst' }).document, 't.rst');
  const placed = placeMentions(declared, gazetteerOf([declared]));
  return extractRelations(placed).relations.map(
    (r) => `${r.source} ${r.type} ${r.target}${r.targetIsCategory ? ' (category)' : ''}`,
  );
}
