// The Dockerfile, read as text (no Docker engine here): the parser on small inputs, then the real file's stages,
// users, commands and the paths it copies.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { healthcheckCommand, parseDockerfile, stagesOf } from './dockerfile-syntax.js';
import type { Instruction, Stage } from './dockerfile-syntax.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (file: string): string => readFileSync(path.join(root, file), 'utf8');

describe('parseDockerfile', () => {
  it.each([
    ['FROM node:20 AS build', [{ keyword: 'FROM', args: ['node:20', 'AS', 'build'], flags: {}, line: 1 }]],
    ['# a comment\n\nrun npm ci', [{ keyword: 'RUN', args: ['npm', 'ci'], flags: {}, line: 3 }]],
    ['RUN a \\\n  # inside\n  && b', [{ keyword: 'RUN', args: ['a', '&&', 'b'], flags: {}, line: 1 }]],
    [
      'COPY --from=build --chown=node /a ./b',
      [{ keyword: 'COPY', args: ['/a', './b'], flags: { from: 'build', chown: 'node' }, line: 1 }],
    ],
    ['CMD ["sh", "x y.sh"]', [{ keyword: 'CMD', args: ['sh', 'x y.sh'], execForm: true, line: 1 }]],
    ['CMD [not json', [{ keyword: 'CMD', args: ['[not', 'json'], execForm: false, line: 1 }]],
  ])('%j', (text, expected) => {
    expect(parseDockerfile(text)).toMatchObject(expected);
  });

  it('splits stages at FROM and names them', () => {
    const stages = stagesOf(parseDockerfile('ARG V=1\nFROM a AS one\nRUN x\nFROM b\nUSER node'));
    expect(stages.map((stage) => [stage.image, stage.name, stage.instructions.map((i) => i.keyword)])).toEqual([
      ['a', 'one', ['FROM', 'RUN']],
      ['b', undefined, ['FROM', 'USER']],
    ]);
  });

  it('reads the command of a HEALTHCHECK after its flags', () => {
    const [healthcheck] = parseDockerfile('HEALTHCHECK --interval=5s \\\n CMD ["node", "-e", "x"]');
    expect(healthcheck!.flags).toEqual({ interval: '5s' });
    expect(healthcheckCommand(healthcheck!)).toMatchObject({
      keyword: 'CMD',
      args: ['node', '-e', 'x'],
      execForm: true,
    });
  });
});

const stages = stagesOf(parseDockerfile(read('Dockerfile')));
const build = stages[0]!;
const runtime = stages.at(-1)!;
const only = (stage: Stage, keyword: string): Instruction[] => stage.instructions.filter((i) => i.keyword === keyword);
const runs = (stage: Stage): string[] => only(stage, 'RUN').map((i) => i.rest);

describe('Dockerfile', () => {
  it('builds in one stage and runs from another, both on node:20-slim', () => {
    expect(stages.length).toBe(2);
    expect(stages.map((stage) => stage.image)).toEqual(['node:20-slim', 'node:20-slim']);
    expect(build.name).toBe('build');
  });

  it('installs everything and builds in the build stage, without running install scripts before the sources', () => {
    const commands = runs(build).join(' && ');
    expect(commands).toMatch(/npm ci --ignore-scripts/);
    expect(commands).toMatch(/npm run build/);
  });

  it('installs only production dependencies in the runtime stage, without the build script', () => {
    expect(runs(runtime).join(' && ')).toMatch(/npm ci --omit=dev --ignore-scripts/);
    expect(runs(runtime).join(' ')).not.toMatch(/npm (run )?build|npm install(?! )/);
  });

  it('runs as a user other than root', () => {
    const users = only(runtime, 'USER');
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)!.args[0]).not.toMatch(/^(root|0)(:|$)/);
    // The user switch comes before the command, so the command runs as that user.
    expect(users.at(-1)!.line).toBeLessThan(only(runtime, 'CMD')[0]!.line);
  });

  it('exposes 8080, the port the server listens on', () => {
    expect(only(runtime, 'EXPOSE').flatMap((i) => i.args)).toEqual(['8080']);
    const env = only(runtime, 'ENV')
      .map((i) => i.rest)
      .join(' ');
    expect(env).toMatch(/\bPORT=8080\b/);
    expect(env).toMatch(/\bHOST=0\.0\.0\.0\b/);
  });

  it('checks its health by fetching /api/health with node (the slim image has no curl)', () => {
    const [healthcheck] = only(runtime, 'HEALTHCHECK');
    const command = healthcheckCommand(healthcheck!);
    expect(command.keyword).toBe('CMD');
    expect(command.args[0]).toBe('node');
    expect(command.args.join(' ')).toMatch(
      /fetch\('http:\/\/127\.0\.0\.1:' \+ \(process\.env\.PORT \|\| 8080\) \+ '\/api\/health'\)/,
    );
  });

  it('starts through the entrypoint script, which exists', () => {
    const [cmd] = only(runtime, 'CMD');
    expect(cmd!.execForm).toBe(true);
    expect(cmd!.args).toEqual(['sh', 'bin/docker-entrypoint.sh']);
    expect(existsSync(path.join(root, 'bin/docker-entrypoint.sh'))).toBe(true);
  });
});

// What the build stage has once it ran: what it copied in, and what its commands write.
const BUILT = {
  // package.json's build: tsc -p tsconfig.build.json (outDir dist) and vite build viewer (outDir viewer/dist).
  dist: 'npm run build',
  'viewer/dist': 'npm run build',
  // infragraph start --prepare-only ingests data/*.rst into data/graph.json.
  'data/graph.json': 'start --prepare-only',
};

describe('the paths the Dockerfile copies', () => {
  const ignored = dockerignore(read('.dockerignore'));
  const fromContext = stages.flatMap((stage) => only(stage, 'COPY').filter((copy) => !copy.flags.from));

  it.each(fromContext.flatMap((copy) => copy.args.slice(0, -1).map((source) => [source, copy.line])))(
    '%s (line %i) exists in the repository and is not in .dockerignore',
    (source) => {
      expect(existsSync(path.join(root, String(source)))).toBe(true);
      expect(ignored(String(source))).toBe(false);
    },
  );

  it('copies from the build stage only what it copied in or built', () => {
    const copiedIn = only(build, 'COPY').flatMap((copy) => copy.args.slice(0, -1));
    const fromBuild = only(runtime, 'COPY').filter((copy) => copy.flags.from === 'build');
    expect(fromBuild.map((copy) => copy.args[0])).toEqual(['/app/dist', '/app/viewer/dist', '/app/data']);
    for (const copy of fromBuild) {
      const source = path.posix.relative('/app', copy.args[0]!);
      const available = copiedIn.includes(source) || source in BUILT;
      expect(available, source).toBe(true);
    }
    const buildCommands = runs(build).join(' ');
    for (const command of new Set(Object.values(BUILT))) expect(buildCommands).toContain(command);
  });

  it('builds dist and viewer/dist where the build script says', () => {
    expect(JSON.parse(read('package.json')).scripts.build).toBe(
      'tsc -p tsconfig.build.json && vite build viewer --logLevel warn',
    );
    expect(JSON.parse(read('tsconfig.json')).compilerOptions.outDir).toBe('dist');
    expect(read('viewer/vite.config.ts')).toMatch(/outDir: 'dist'/);
  });

  it('copies into the build stage everything the build compiles', () => {
    const copiedIn = new Set(only(build, 'COPY').flatMap((copy) => copy.args.slice(0, -1)));
    for (const folder of JSON.parse(read('tsconfig.build.json')).include as string[]) {
      expect(copiedIn.has(folder), folder).toBe(true);
    }
    for (const file of [
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'tsconfig.build.json',
      'viewer',
      'data',
    ]) {
      expect(copiedIn.has(file), file).toBe(true);
    }
  });

  it('leaves local builds, dependencies and the repository out of the context', () => {
    for (const item of ['node_modules', '.git', 'dist', 'viewer/dist', 'data/graph.json', 'node_modules/x/y.js']) {
      expect(ignored(item), item).toBe(true);
    }
  });
});

// .dockerignore as Docker reads it for our patterns: relative to the context, `*` within one path segment, and a
// pattern that names a folder covers everything under it.
function dockerignore(text: string): (file: string) => boolean {
  const patterns = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map(
      (line) =>
        new RegExp(
          `^${line
            .replace(/^\//, '')
            .replace(/[.+^${}()|[\]\\]/g, '\\$&')
            .replace(/\*/g, '[^/]*')}(/|$)`,
        ),
    );
  return (file) => patterns.some((pattern) => pattern.test(path.posix.normalize(file).replace(/^\.\//, '')));
}
