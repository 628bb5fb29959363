#!/usr/bin/env python3
"""Regenerate test/fixtures/docutils/<name>.sections.json from docutils for the seed and every test/fixtures/rst/*.rst.

Run from anywhere after `pip install -r test/docutils/requirements.txt`; refuses to run with another docutils
version, so committed fixtures always come from the pinned one (and say which, in their "docutils" field).
"""

import json
import re
import sys
from pathlib import Path

import docutils

sys.dont_write_bytecode = True  # importing outline.py must not leave __pycache__ in the tree
from outline import outline  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / 'data' / 'cloud-infrastructure-technologies.rst'
RST_DIR = ROOT / 'test' / 'fixtures' / 'rst'
OUT_DIR = ROOT / 'test' / 'fixtures' / 'docutils'
REQUIREMENTS = Path(__file__).resolve().parent / 'requirements.txt'


def pinned_version():
    match = re.search(r'^docutils==(\S+)', REQUIREMENTS.read_text(encoding='utf-8'), re.MULTILINE)
    if not match:
        raise SystemExit(f'{REQUIREMENTS}: no docutils==VERSION pin')
    return match.group(1)


def main():
    pin = pinned_version()
    if docutils.__version__ != pin:
        raise SystemExit(f'docutils {docutils.__version__} is installed but {pin} is pinned: '
                         f'pip install -r {REQUIREMENTS.relative_to(ROOT)}')
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for source in [SEED, *sorted(RST_DIR.glob('*.rst'))]:
        relative = source.relative_to(ROOT).as_posix()
        fixture = {
            'source': relative,
            'generator': 'test/docutils/outline.py',
            'docutils': docutils.__version__,
            'sections': outline(str(source)),
        }
        target = OUT_DIR / f'{source.stem}.sections.json'
        target.write_text(json.dumps(fixture, ensure_ascii=False, indent=2) + '\n', encoding='utf-8')
        print(f'{target.relative_to(ROOT).as_posix()}: {len(fixture["sections"])} sections')
    return 0


if __name__ == '__main__':
    sys.exit(main())
