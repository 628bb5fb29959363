/** `infragraph ask` in process, over the made-up fixture graph. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { askCommand } from '../../bin/commands/ask.js';
import { capturedTerminal } from './captured-terminal.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const GRAPH = 'test/fixtures/graphs/ask.json';

async function run(
  args: string[],
  env: Record<string, string | undefined> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = capturedTerminal(repo);
  const code = await askCommand(args, io.terminal, env);
  return { code, stdout: io.out(), stderr: io.err() };
}

describe('infragraph ask', () => {
  it('prints how the question was read, then each answer with file:line: evidence', async () => {
    expect(await run(['--graph', GRAPH, 'Which projects implement the Pipe Networking Interface?'])).toEqual({
      code: 0,
      stdout: [
        'read as: ? implements PNI ("the Pipe Networking Interface") [implementers]',
        '2 answers:',
        '  Knot (technology)',
        '    notes.rst:41: Knot is a PNI plugin.',
        '  Weaver (technology)',
        '    notes.rst:40: Weaver implements the Pipe Network Interface.',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('reads unquoted words as one question, and names the category filter', async () => {
    const result = await run(['which', 'box', 'runtimes', 'does', 'Shipyard', 'support', '--graph', GRAPH]);
    expect(result.stdout.split('\n').slice(0, 2)).toEqual([
      'read as: Shipyard supports ?, only box runtime [supported]',
      '3 answers:',
    ]);
  });

  it('explains a path step by step with the evidence of each step', async () => {
    const result = await run(['--graph', GRAPH, 'how is Fleetyard related to Keystore']);
    expect(result.stdout).toBe(
      [
        'read as: a path from Fleetyard to Keystore [path]',
        'Fleetyard is built on Shipyard',
        '  notes.rst:57: Fleetyard is built on Shipyard.',
        'Shipyard uses Keystore',
        '  notes.rst:44: Shipyard stores its state in Keystore.',
        '',
      ].join('\n'),
    );
  });

  it('compares with labels, shared first', async () => {
    const result = await run(['--graph', GRAPH, 'compare Lattice and Shipyard']);
    expect(result.stdout.split('\n').slice(0, 3)).toEqual([
      'read as: compare Lattice and Shipyard [compare]',
      '  both: USES → Keystore',
      '  only Lattice: USES → PNI',
    ]);
    expect(result.stdout).toContain('1 in common:\n  Keystore (technology)\n');
  });

  it('describes an entity', async () => {
    const result = await run(['--graph', GRAPH, 'what is Shipyard']);
    expect(result.stdout.split('\n').slice(0, 4)).toEqual([
      'read as: Shipyard is a ? [describe]',
      'Shipyard (technology): Schedules boxes over many hosts.',
      '  categories: orchestrator',
      '1 answer:',
    ]);
  });

  it('says so when the graph holds no answer', async () => {
    const result = await run(['--graph', GRAPH, 'what uses Shipyard']);
    expect(result).toEqual({
      code: 0,
      stdout: 'read as: ? uses Shipyard [users]\nno answers in the graph\n',
      stderr: '',
    });
  });

  it('--json prints the AskResult', async () => {
    const result = await run(['--graph', GRAPH, '--json', 'what implements PNI']);
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout) as { interpretation: { template: string }; answers: { id: string }[] };
    expect(parsed.interpretation.template).toBe('implementers');
    expect(parsed.answers.map((answer) => answer.id)).toEqual(['knot', 'weaver']);
  });

  it.each([
    [
      'why is the sky blue',
      'infragraph ask: cannot read the question "why is the sky blue" as any known question form\n' +
        '  try: what implements X | what does X implement | what uses X\n',
    ],
    ['what does Ship manage', 'infragraph ask: the graph has no entity named "Ship"\n  did you mean: '],
  ])('refuses %j on stderr with suggestions, exit 1', async (question, start) => {
    const result = await run(['--graph', GRAPH, question]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.startsWith(start)).toBe(true);
  });

  it('--json refuses as {error: {code, message, suggestions}} on stdout, exit 1', async () => {
    const result = await run(['--graph', GRAPH, '--json', 'what implements Kubernetes']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      error: { code: 'unknown-entity', message: 'the graph has no entity named "Kubernetes"', suggestions: [] },
    });
  });

  it('with no question is a usage error (exit 2); --help prints the question forms', async () => {
    expect(await run(['--graph', GRAPH])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'infragraph ask: no question given (see infragraph ask --help)\n',
    });
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: infragraph ask "<question>"/);
    expect(help.stdout).toContain('which <category> does X support');
  });

  it('an unreachable Neo4j (--neo4j or NEO4J_URI) is one line on stderr, exit 1', async () => {
    for (const [args, env] of [
      [['--neo4j', 'bolt://127.0.0.1:1'], {}],
      [[], { NEO4J_URI: 'bolt://127.0.0.1:1' }],
    ] as const) {
      const result = await run([...args, 'what uses Keystore'], env);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^infragraph ask: .*127\.0\.0\.1:1.*\n$/);
      expect(result.stderr.split('\n')).toHaveLength(2);
    }
  });

  it('a missing graph file is a GraphFileError for the CLI to print as one line', async () => {
    await expect(run(['--graph', path.join('no', 'such.json'), 'what is X'])).rejects.toMatchObject({
      name: 'GraphFileError',
    });
  });
});
