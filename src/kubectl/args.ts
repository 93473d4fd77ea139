/**
 * kubectl's command line: shell words (quotes and escapes, via shell-quote), then flags as
 * spf13/pflag reads them (`--name=value`, `--name value`, `-n value`, `-nvalue`, combined boolean
 * shorthands, `--` to end flags), with pflag's refusals word for word.
 */
import { parse as shellParse } from 'shell-quote';

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Splits a command line into words as a POSIX shell would (no expansion, no operators). */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let tokens: ReturnType<typeof shellParse>;
  try {
    tokens = shellParse(line, (name) => `$${name}`);
  } catch (e) {
    // shell-quote refuses what a shell would too (`${`: "bad substitution").
    throw new UsageError(`shell syntax is not supported here: ${(e as Error).message.replace(/:\s*$/, '').toLowerCase()} in ${JSON.stringify(line)}`);
  }
  for (const token of tokens) {
    if (typeof token === 'string') words.push(token);
    else if ('op' in token && token.op === 'glob') words.push((token as { pattern: string }).pattern);
    else if ('comment' in token) break;
    else throw new UsageError(`shell syntax is not supported here: ${JSON.stringify(token)}`);
  }
  return words;
}

export type FlagType = 'bool' | 'string' | 'strings' | 'int';

export interface FlagSpec {
  readonly name: string;
  readonly short?: string;
  readonly type: FlagType;
  /** For bool flags given without value (`--cascade` means `--cascade=background`). */
  readonly noOptDefault?: string;
}

export interface ParsedArgs {
  readonly args: string[];
  readonly flags: Map<string, string[]>;
}

/** Parses `words` against the flag specs; `command` names the command in usage errors. */
export function parseFlags(words: readonly string[], specs: readonly FlagSpec[], command: string): ParsedArgs {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short!, s]));
  const flags = new Map<string, string[]>();
  const args: string[] = [];
  // kubectl's FlagErrorFunc adds the usage hint; CheckErr the `error: ` prefix.
  const usage = (msg: string) => new UsageError(`error: ${msg}\nSee '${command} --help' for usage.`);
  const set = (spec: FlagSpec, value: string) => {
    if (spec.type === 'int' && !/^-?\d+$/.test(value)) {
      throw usage(`invalid argument "${value}" for "${spec.short ? `-${spec.short}, ` : ''}--${spec.name}" flag: strconv.ParseInt: parsing "${value}": invalid syntax`);
    }
    if (spec.type === 'bool' && !['true', 'false', '1', '0', 't', 'f', 'TRUE', 'FALSE', 'True', 'False', 'T', 'F'].includes(value)) {
      throw usage(`invalid argument "${value}" for "${spec.short ? `-${spec.short}, ` : ''}--${spec.name}" flag: strconv.ParseBool: parsing "${value}": invalid syntax`);
    }
    const list = flags.get(spec.name) ?? [];
    if (spec.type === 'strings') list.push(...value.split(','));
    else list.push(value);
    flags.set(spec.name, list);
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === '--') {
      args.push(...words.slice(i + 1));
      break;
    }
    if (w.startsWith('--') && w.length > 2) {
      const eq = w.indexOf('=');
      const name = eq < 0 ? w.slice(2) : w.slice(2, eq);
      const spec = byName.get(name);
      if (!spec) throw usage(`unknown flag: --${name}`);
      if (eq >= 0) set(spec, w.slice(eq + 1));
      else if (spec.type === 'bool') set(spec, 'true');
      else if (spec.noOptDefault !== undefined) set(spec, spec.noOptDefault);
      else if (i + 1 < words.length) set(spec, words[++i]);
      else throw usage(`flag needs an argument: --${name}`);
      continue;
    }
    if (w.startsWith('-') && w.length > 1 && !/^-\d/.test(w)) {
      let j = 1;
      while (j < w.length) {
        const c = w[j];
        const spec = byShort.get(c);
        if (!spec) throw usage(`unknown shorthand flag: '${c}' in ${w}`);
        if (spec.type === 'bool') {
          if (w[j + 1] === '=') {
            set(spec, w.slice(j + 2));
            break;
          }
          set(spec, 'true');
          j++;
          continue;
        }
        const rest = w.slice(j + 1);
        if (rest.startsWith('=')) set(spec, rest.slice(1));
        else if (rest.length > 0) set(spec, rest);
        else if (i + 1 < words.length) set(spec, words[++i]);
        else throw usage(`flag needs an argument: '${c}' in ${w}`);
        break;
      }
      continue;
    }
    args.push(w);
  }
  return { args, flags };
}

/** Accessors over parsed flags, with defaults. */
export class Flags {
  constructor(private readonly values: Map<string, string[]>) {}

  has(name: string): boolean {
    return this.values.has(name);
  }

  string(name: string, fallback = ''): string {
    const v = this.values.get(name);
    return v && v.length ? v[v.length - 1] : fallback;
  }

  strings(name: string): string[] {
    return this.values.get(name) ?? [];
  }

  bool(name: string, fallback = false): boolean {
    const v = this.values.get(name);
    if (!v || !v.length) return fallback;
    return ['true', '1', 't', 'TRUE', 'True', 'T'].includes(v[v.length - 1]);
  }

  int(name: string, fallback: number): number {
    const v = this.values.get(name);
    return v && v.length ? Number(v[v.length - 1]) : fallback;
  }
}
