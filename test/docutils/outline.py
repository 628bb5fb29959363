#!/usr/bin/env python3
"""Print the section outline docutils finds in an RST file, as JSON: [{title, depth, line}] in document order.

The reference for infragraph's RST parser (test/ingest/rst/parity.test.ts). Plain docutils, no Sphinx: unknown
directives and roles become (silenced) error nodes instead of stopping the parse.

Usage: python3 test/docutils/outline.py FILE        -> the outline as a JSON array
       python3 test/docutils/outline.py --version   -> the docutils version
"""

import json
import sys

import docutils
from docutils import nodes
from docutils.core import publish_doctree

SETTINGS = {
    # Keep the document title as a depth-1 section instead of promoting it to the document node.
    'doctitle_xform': False,
    # Report nothing and never halt: Sphinx-only directives/roles must not stop the parse.
    'report_level': 5,
    'halt_level': 5,
    'file_insertion_enabled': False,
    'raw_enabled': False,
}


def section_depth(section):
    depth = 0
    node = section
    while node is not None:
        if isinstance(node, nodes.section):
            depth += 1
        node = node.parent
    return depth


def outline(path):
    with open(path, encoding='utf-8') as source:
        text = source.read()
    document = publish_doctree(text, source_path=path, settings_overrides=SETTINGS)
    sections = []
    for section in document.findall(nodes.section):
        title = section[0]
        if not isinstance(title, nodes.title) or title.line is None:
            raise SystemExit(f'{path}: section without a numbered title: {section.astext()[:60]!r}')
        # docutils sets title.line to the line *after* the title text (the underline), 1-based; a title is
        # always one line of text, so the text sits on the line before, with or without an overline.
        sections.append({'title': title.astext(), 'depth': section_depth(section), 'line': title.line - 1})
    return sections


def main(argv):
    if argv == ['--version']:
        print(docutils.__version__)
        return 0
    if len(argv) != 1:
        print('usage: outline.py FILE | --version', file=sys.stderr)
        return 2
    json.dump(outline(argv[0]), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write('\n')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
