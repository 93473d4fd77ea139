/**
 * The API server's strict decoding of a request body (fieldValidation=Strict): walks a parsed
 * manifest against the 1.34 schema the way sigs.k8s.io/json's UnmarshalStrict walks the Go
 * struct, and words the failure as apiserver's transformDecodeError does:
 *
 *   Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.foo"
 *   Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal string into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32
 *
 * Precedence is the decoder's: an error from a type with its own UnmarshalJSON (Quantity, Time,
 * IntOrString) stops decoding at once; otherwise the first type mismatch is reported; unknown
 * fields are reported, all of them, only when the body decoded.
 */
import { base64Error } from './base64';
import { compiledSchema, type TypeNode } from './compile';
import { goNumberText, goQuote, goValueKind, unmarshalTypeError } from './go-json';
import { goTimeParseError, RFC3339, RFC3339_MICRO } from './go-time';
import { quantityError } from './quantity';

export interface DecodeOptions {
  /**
   * The order object keys are visited in, which decides which type error comes first and the
   * order of unknown fields. `kubectl` (default): sorted, as kubectl's JSON encoding of the
   * manifest reaches the server; `document`: the order of the parsed manifest.
   */
  readonly keyOrder?: 'kubectl' | 'document';
}

export interface DecodeResult {
  /**
   * Each problem as the server words it: every `unknown field "spec.foo"`, or the one decoding
   * error. Empty when the object decodes.
   */
  readonly errors: string[];
  /** True when all errors are unknown fields: the object decoded, and fieldValidation=Warn would let it through with warnings. */
  readonly strictOnly: boolean;
  /** The server's whole BadRequest message under fieldValidation=Strict; undefined when there are no errors. */
  readonly message?: string;
}

/** The API server stops collecting strict errors at 100 (sigs.k8s.io/json saveStrictError). */
const MAX_STRICT_ERRORS = 100;

const INT_RANGES: Record<string, readonly [number, number]> = {
  int32: [-(2 ** 31), 2 ** 31 - 1],
  int64: [-(2 ** 63), 2 ** 63],
  uint8: [0, 255],
};

/** Thrown to stop the walk, as a failing UnmarshalJSON stops Go's decoder. */
class FatalDecodeError {
  constructor(readonly message: string) {}
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function inIntRange(value: number | bigint, goType: string): boolean {
  const [min, max] = INT_RANGES[goType] ?? INT_RANGES.int64;
  if (typeof value === 'bigint') return value >= BigInt(min) && (goType === 'int64' ? value < 2n ** 63n : value <= BigInt(max));
  // 2 ** 63 is the first float64 past int64, hence the strict bound there.
  return Number.isInteger(value) && value >= min && (goType === 'int64' ? value < max : value <= max);
}

class Walker {
  /** encoding/json's errorContext: the field names from the root (no indices) and the innermost struct. */
  private readonly goFields: string[] = [];
  private goStruct: string | undefined;
  /** sigs.k8s.io/json's strict field stack: `spec`, `.containers`, `[0]`... */
  private readonly path: string[] = [];
  firstTypeError: string | undefined;
  readonly unknown: string[] = [];

  constructor(private readonly sorted: boolean) {}

  walk(value: unknown, node: TypeNode): void {
    // null is "unset" for every Go type: pointers, slices and maps become nil, the rest keep their zero value.
    if (value === null || value === undefined) return;
    switch (node.tag) {
      case 'struct':
        return this.struct(value, node);
      case 'array':
        return this.array(value, node);
      case 'map':
        return this.map(value, node);
      case 'scalar':
        return this.scalar(value, node);
    }
  }

  private struct(value: unknown, node: TypeNode & { tag: 'struct' }): void {
    if (!isObject(value)) return this.typeError(goValueKind(value), node.go);
    const outerStruct = this.goStruct;
    const depth = this.path.length;
    for (const key of this.keys(value)) {
      const field = node.struct.fields.get(key);
      if (!field) {
        this.unknownField(key);
        continue;
      }
      this.goFields.push(key);
      this.goStruct = node.struct.name;
      this.path.push(depth > 0 ? `.${key}` : key);
      this.walk(value[key], field);
      this.goFields.pop();
      this.goStruct = outerStruct;
      this.path.length = depth;
    }
  }

  private array(value: unknown, node: TypeNode & { tag: 'array' }): void {
    if (!Array.isArray(value)) return this.typeError(goValueKind(value), node.go);
    const depth = this.path.length;
    for (let i = 0; i < value.length; i++) {
      this.path.push(`[${i}]`);
      this.walk(value[i], node.elem);
      this.path.length = depth;
    }
  }

  /** Map entries add to the strict path but not to Go's field path (maps have no fields). */
  private map(value: unknown, node: TypeNode & { tag: 'map' }): void {
    if (!isObject(value)) return this.typeError(goValueKind(value), node.go);
    const depth = this.path.length;
    for (const key of this.keys(value)) {
      this.path.push(depth > 0 ? `.${key}` : key);
      this.walk(value[key], node.elem);
      this.path.length = depth;
    }
  }

  private scalar(value: unknown, node: TypeNode & { tag: 'scalar' }): void {
    switch (node.kind) {
      case 'string':
        if (typeof value !== 'string') this.typeError(goValueKind(value), node.go);
        return;
      case 'boolean':
        if (typeof value !== 'boolean') this.typeError(goValueKind(value), node.go);
        return;
      case 'number':
        if (typeof value !== 'number' && typeof value !== 'bigint') this.typeError(goValueKind(value), node.go);
        return;
      case 'integer':
        return this.integer(value, node.go, false);
      case 'IntOrString':
        // UnmarshalJSON decodes a string into StrVal and anything else into the int32 IntVal.
        if (typeof value !== 'string') this.integer(value, 'int32', true);
        return;
      case 'Quantity': {
        const error = quantityError(value);
        if (error) throw new FatalDecodeError(error);
        return;
      }
      case 'Time':
      case 'MicroTime':
        return this.time(value, node.kind === 'Time' ? RFC3339 : RFC3339_MICRO);
      case 'bytes':
        return this.bytes(value, node.go);
      case 'any':
        return;
    }
  }

  /** A Go integer: a number whose JSON text strconv.ParseInt reads and which fits the type. */
  private integer(value: unknown, goType: string, fatal: boolean): void {
    let kind: string | undefined;
    if (typeof value === 'number' || typeof value === 'bigint') {
      if (!inIntRange(value, goType)) kind = `number ${goNumberText(value)}`;
    } else {
      kind = goValueKind(value);
    }
    if (kind === undefined) return;
    if (fatal) throw new FatalDecodeError(this.typeErrorText(kind, goType));
    this.typeError(kind, goType);
  }

  /** metav1.Time/MicroTime.UnmarshalJSON: json.Unmarshal into a string, then time.Parse. */
  private time(value: unknown, layout: typeof RFC3339 | typeof RFC3339_MICRO): void {
    if (typeof value !== 'string') throw new FatalDecodeError(this.typeErrorText(goValueKind(value), 'string'));
    const error = goTimeParseError(layout, value);
    if (error) throw new FatalDecodeError(error);
  }

  /** `[]byte`: a base64 string, or a list of byte values. */
  private bytes(value: unknown, goType: string): void {
    if (typeof value === 'string') {
      const error = base64Error(value);
      // A plain error, not a type error: Go adds no field context to it.
      if (error) this.firstTypeError ??= error;
    } else if (Array.isArray(value)) {
      for (const item of value) if (item !== null) this.integer(item, 'uint8', false);
    } else {
      this.typeError(goValueKind(value), goType);
    }
  }

  private typeErrorText(kind: string, goType: string): string {
    return unmarshalTypeError(kind, goType, this.goStruct, this.goFields.join('.'));
  }

  /** Go keeps the first type mismatch and decodes on. */
  private typeError(kind: string, goType: string): void {
    this.firstTypeError ??= this.typeErrorText(kind, goType);
  }

  private unknownField(key: string): void {
    if (this.unknown.length >= MAX_STRICT_ERRORS) return;
    const path = this.path.length > 0 ? `${this.path.join('')}.${key}` : key;
    this.unknown.push(`unknown field ${goQuote(path)}`);
  }

  private keys(value: Record<string, unknown>): string[] {
    const keys = Object.keys(value);
    return this.sorted && keys.length > 1 ? keys.sort() : keys;
  }
}

/**
 * Decodes `obj` (a parsed manifest) as the schema type `typeName` (see `schemaFor`), reporting
 * what a 1.34 API server would refuse. `kind` and `version` are the manifest's, for the
 * message: `version` is the bare version (`v1` for `apps/v1`).
 */
export function strictDecode(obj: unknown, typeName: string, kind: string, version: string, options: DecodeOptions = {}): DecodeResult {
  const walker = new Walker((options.keyOrder ?? 'kubectl') === 'kubectl');
  let failure: string | undefined;
  try {
    walker.walk(obj, compiledSchema().root(typeName));
    failure = walker.firstTypeError;
  } catch (error) {
    if (!(error instanceof FatalDecodeError)) throw error;
    failure = error.message;
  }
  // The server prints the bare version; `apps/v1` is forgiven as `v1`.
  const bareVersion = version.slice(version.lastIndexOf('/') + 1);
  const prefix = `${kind} in version ${goQuote(bareVersion)} cannot be handled as a ${kind}: `;
  if (failure !== undefined) return { errors: [failure], strictOnly: false, message: prefix + failure };
  if (walker.unknown.length === 0) return { errors: [], strictOnly: false };
  return { errors: walker.unknown, strictOnly: true, message: `${prefix}strict decoding error: ${walker.unknown.join(', ')}` };
}
