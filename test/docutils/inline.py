"""Docutils' own inline parsing, in infragraph's inline node shape, for the inline parity test.

Reads JSON {"texts": [...], "files": [...]} on stdin. For each text, runs docutils' Inliner directly (no block
parsing); for each file, parses it and reports the text of every paragraph, section title and line-block line (as the block
parser hands it to the Inliner) with its inline nodes.
Prints JSON {"texts": [{text, nodes, warnings}], "paragraphs": [{file, kind, text, nodes}]}.
Line numbers are left out: docutils gives one line per paragraph, infragraph one per node.
"""
import json
import sys

import docutils.frontend
import docutils.utils
from docutils import nodes
from docutils.nodes import unescape
from docutils.parsers.rst import Parser, languages, states


def interpreted(self, rawsource, text, role, lineno):
    # Keep the role name instead of resolving it: infragraph keeps interpreted text opaque.
    node = nodes.inline(rawsource, unescape(text))
    node['role'] = role.lower() if role else None
    return [node], []


states.Inliner.interpreted = interpreted


def convert(node):
    if isinstance(node, (nodes.Text, nodes.problematic)):
        return {'type': 'text', 'value': node.astext()}
    tag = node.tagname
    if tag in ('emphasis', 'strong', 'literal'):
        return {'type': tag, 'value': node.astext()}
    if tag == 'inline':
        return {'type': 'interpreted', 'role': node['role'], 'value': node.astext()}
    if tag == 'target':  # the target of an embedded URI has no text; infragraph keeps it on the reference
        return {'type': 'inline_target', 'value': node.astext()} if node.children else None
    if tag == 'substitution_reference':
        return {'type': 'substitution_reference', 'name': node.astext()}
    if tag == 'footnote_reference':
        return {'type': 'footnote_reference', 'label': node.rawsource[1:-2]}
    if tag == 'citation_reference':
        return {'type': 'citation_reference', 'label': node.astext()}
    if tag == 'reference':
        if node.children and isinstance(node.children[0], nodes.substitution_reference):
            return {'type': 'substitution_reference', 'name': node.children[0].astext()}
        ref = {'type': 'reference', 'text': node.astext()}
        for key in ('refuri', 'refname'):
            if key in node:
                ref[key] = node[key]
        # docutils marks `text <target>`__ only by its "__"; infragraph calls it anonymous.
        raw = node.rawsource
        ref['anonymous'] = bool(node.get('anonymous')) or (raw.startswith('`') and raw.endswith('`__'))
        return ref
    return {'type': 'unexpected:' + tag, 'value': node.astext()}


def merged(children):
    out = []
    for node in filter(None, map(convert, children)):
        if node['type'] == 'text' and node['value'] == '':
            continue
        if node['type'] == 'text' and out and out[-1]['type'] == 'text':
            out[-1]['value'] += node['value']
        else:
            out.append(node)
    return out


def paragraph_text(paragraph):
    # The block parser strips the "::" of an expanded literal-block marker before inline parsing.
    text = paragraph.rawsource
    if text.endswith('::'):
        text = text[:-1] if len(text) > 2 and not text[-3].isspace() else text[:-2].rstrip()
    return text


def main():
    request = json.load(sys.stdin)
    settings = docutils.frontend.get_default_settings(Parser)
    settings.report_level = 5
    settings.halt_level = 5  # keep going past severe problems in block structure
    settings.warning_stream = False
    texts = []
    for text in request.get('texts', []):
        document = docutils.utils.new_document('<inline>', settings)
        inliner = states.Inliner()
        inliner.init_customizations(settings)
        memo = states.Struct(document=document, reporter=document.reporter, inliner=inliner,
                             language=languages.get_language('en'), title_styles=[], section_level=0,
                             section_bubble_up_kludge=False)
        children, messages = inliner.parse(text, 1, memo, nodes.paragraph())
        warnings = [m.children[0].astext() for m in messages if m['level'] >= 2]
        texts.append({'text': text, 'nodes': merged(children), 'warnings': warnings})
    paragraphs = []
    for path in request.get('files', []):
        document = docutils.utils.new_document(path, settings)
        with open(path, encoding='utf-8') as f:
            Parser().parse(f.read(), document)
        # Titles and line-block lines go through the Inliner too, with their text as rawsource.
        for block in document.findall(lambda n: isinstance(n, (nodes.paragraph, nodes.title, nodes.line))):
            if not isinstance(block.parent, nodes.system_message) and block.rawsource:
                text = paragraph_text(block) if isinstance(block, nodes.paragraph) else block.rawsource
                paragraphs.append({'file': path, 'kind': block.tagname, 'text': text, 'nodes': merged(block.children)})
    json.dump({'texts': texts, 'paragraphs': paragraphs}, sys.stdout)


if __name__ == '__main__':
    main()
