/**
 * The generated schema, the overlay and the Go type table fit together: the committed JSON is
 * what the generator writes today, every reference resolves, and every hand-written entry
 * names a real type and field.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { generateSchemaText, OUT } from '../../../scripts/generate-schema';
import { GO_FIELD_TYPES } from '../../../src/api/schema/go-types';
import { mergedSchema } from '../../../src/api/schema/merge';
import { ADDED_FIELDS, REMOVED_FIELDS } from '../../../src/api/schema/overlay';
import { SERVED_KINDS } from '../../../src/api/schema/served';
import type { TypeRef } from '../../../src/api/schema/type-ref';
import { SCALAR_KINDS } from '../../../src/api/schema/type-ref';

function references(ref: TypeRef): string[] {
  if (typeof ref !== 'string') return references('array' in ref ? ref.array : ref.map);
  return SCALAR_KINDS.has(ref) ? [] : [ref];
}

describe('the field schema', () => {
  const schema = mergedSchema();

  it('types.generated.json is what scripts/generate-schema.ts writes', function () {
    // ts-morph parses all of kubernetes-types: a couple of seconds.
    this.timeout(60_000);
    assert.equal(generateSchemaText(), readFileSync(OUT, 'utf8'));
  });

  const checks: Record<string, () => void> = {
    'every served kind is a top-level type': () => {
      for (const [module, kinds] of Object.entries(SERVED_KINDS)) {
        for (const kind of kinds) {
          const fields = schema[`${module}.${kind}`];
          assert.ok(fields, `${module}.${kind}`);
          assert.equal(fields.apiVersion, 'string', `${module}.${kind}.apiVersion`);
          assert.equal(fields.kind, 'string', `${module}.${kind}.kind`);
        }
      }
    },
    'every reference resolves': () => {
      for (const [key, fields] of Object.entries(schema)) {
        for (const [name, ref] of Object.entries(fields)) {
          for (const target of references(ref)) assert.ok(target in schema, `${key}.${name} → ${target}`);
        }
      }
    },
    'every Go type override names an existing field': () => {
      for (const [key, fields] of Object.entries(GO_FIELD_TYPES)) {
        for (const name of Object.keys(fields)) assert.ok(schema[key]?.[name], `${key}.${name}`);
      }
    },
    'the overlay adds and removes what it says': () => {
      for (const [key, fields] of Object.entries(ADDED_FIELDS)) {
        for (const [name, ref] of Object.entries(fields)) assert.deepEqual(schema[key][name], ref, `${key}.${name}`);
      }
      for (const [key, names] of Object.entries(REMOVED_FIELDS)) {
        for (const name of names) assert.equal(schema[key][name], undefined, `${key}.${name}`);
      }
    },
    'IntOrString, Quantity and Time keep their identity': () => {
      assert.equal(schema['core/v1.ServicePort'].targetPort, 'IntOrString');
      assert.deepEqual(schema['core/v1.ResourceRequirements'].limits, { map: 'Quantity' });
      assert.equal(schema['meta/v1.ObjectMeta'].creationTimestamp, 'Time');
      assert.equal(schema['coordination/v1.LeaseSpec'].renewTime, 'MicroTime');
      assert.equal(schema['apps/v1.ControllerRevision'].data, 'any');
    },
  };

  for (const [name, check] of Object.entries(checks)) it(name, check);
});
