// What `docker compose` does to a value before the container sees it, for the forms our compose file uses:
// ${VAR}, $VAR, ${VAR:-default}, ${VAR-default}, ${VAR:?message} and $$ (a literal $ left for the container's shell).

export type Environment = Record<string, string | undefined>;

export class InterpolationError extends Error {
  override readonly name = 'InterpolationError';
}

const PATTERN = /\$(?:(\$)|\{([A-Za-z_]\w*)(?:(:?[-?])([^}]*))?\}|([A-Za-z_]\w*))/g;

export function interpolate(value: string, env: Environment): string {
  return value.replace(
    PATTERN,
    (_match, dollar?: string, braced?: string, operator?: string, operand?: string, bare?: string) => {
      if (dollar) return '$';
      const name = (braced ?? bare)!;
      const current = env[name];
      const missing = operator?.startsWith(':') ? current === undefined || current === '' : current === undefined;
      if (operator === undefined || !missing) return current ?? '';
      if (operator.endsWith('?')) throw new InterpolationError(`${name}: ${operand || 'required'}`);
      return interpolate(operand ?? '', env);
    },
  );
}

/** Every string in a parsed compose document, interpolated; keys are left alone, as compose does. */
export function interpolateDocument(value: unknown, env: Environment): unknown {
  if (typeof value === 'string') return interpolate(value, env);
  if (Array.isArray(value)) return value.map((item) => interpolateDocument(item, env));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, interpolateDocument(item, env)]));
  }
  return value;
}
