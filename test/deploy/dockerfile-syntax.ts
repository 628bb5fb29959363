// A tiny Dockerfile reader for the deployment tests (there is no Docker engine to build with): logical lines
// (comments dropped, backslash continuations joined), each an instruction with its flags and arguments, grouped in
// stages by FROM. Enough for the files we write, not the whole BuildKit grammar (no heredocs, no escape directive).

export interface Instruction {
  /** Upper-cased keyword: FROM, RUN, COPY, ... */
  keyword: string;
  /** `--name=value` flags before the arguments (COPY --from=build, HEALTHCHECK --interval=15s). */
  flags: Record<string, string>;
  /** The rest of the line, as written. */
  rest: string;
  /** The arguments: the JSON array in exec form, else the rest split on blanks. */
  args: string[];
  /** True when the arguments were a JSON array (exec form). */
  execForm: boolean;
  /** 1-based line the instruction starts on. */
  line: number;
}

export interface Stage {
  /** The FROM image. */
  image: string;
  /** The `AS name`, if any. */
  name?: string;
  /** The FROM instruction and everything up to the next FROM. */
  instructions: Instruction[];
}

export function parseDockerfile(text: string): Instruction[] {
  const instructions: Instruction[] = [];
  let pending = '';
  let startLine = 0;
  text.split(/\r?\n/).forEach((raw, index) => {
    const trimmed = raw.trim();
    // Comments and blank lines may sit inside a continued instruction; Docker skips them there too.
    if (trimmed.startsWith('#') || (trimmed === '' && pending === '')) return;
    if (pending === '') startLine = index + 1;
    const continued = trimmed.endsWith('\\');
    pending += (pending === '' ? '' : ' ') + (continued ? trimmed.slice(0, -1).trim() : trimmed);
    if (continued) return;
    if (pending !== '') instructions.push(parseInstruction(pending, startLine));
    pending = '';
  });
  if (pending !== '') instructions.push(parseInstruction(pending, startLine));
  return instructions;
}

function parseInstruction(text: string, line: number): Instruction {
  const match = /^(\S+)\s*(.*)$/.exec(text);
  if (!match) throw new Error(`line ${line}: not an instruction: ${text}`);
  const keyword = match[1]!.toUpperCase();
  let rest = match[2]!;
  const flags: Record<string, string> = {};
  for (let flag = /^--([\w-]+)=(\S+)\s*/.exec(rest); flag; flag = /^--([\w-]+)=(\S+)\s*/.exec(rest)) {
    flags[flag[1]!] = flag[2]!;
    rest = rest.slice(flag[0].length);
  }
  const exec = execArgs(rest);
  return { keyword, flags, rest, args: exec ?? rest.split(/\s+/).filter((arg) => arg !== ''), execForm: !!exec, line };
}

/** HEALTHCHECK's own instruction (`CMD ...` or `NONE`), parsed like one. */
export function healthcheckCommand(healthcheck: Instruction): Instruction {
  return parseInstruction(healthcheck.rest, healthcheck.line);
}

// Exec form is a JSON array of strings; anything else is shell form (as Docker decides).
function execArgs(text: string): string[] | null {
  if (!text.startsWith('[')) return null;
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : null;
  } catch {
    return null;
  }
}

export function stagesOf(instructions: Instruction[]): Stage[] {
  const stages: Stage[] = [];
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') {
      const [image = '', as, name] = instruction.args;
      stages.push({
        image,
        ...(as?.toUpperCase() === 'AS' && name ? { name } : {}),
        instructions: [instruction],
      });
    } else if (stages.length > 0) {
      stages.at(-1)!.instructions.push(instruction);
    } else if (instruction.keyword !== 'ARG') {
      throw new Error(`line ${instruction.line}: ${instruction.keyword} before the first FROM`);
    }
  }
  return stages;
}
