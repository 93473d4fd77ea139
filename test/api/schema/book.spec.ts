/**
 * The manifests of "Kubernetes in Action" (read from shared/book beside the repository, never
 * copied in) through strictDecode, with their removed apiVersions rewritten to the current
 * ones as a user migrating them would. Three still fail on a 1.34 server, for fields the book
 * uses that no longer exist (or never did: publishNotReadyEndpoints).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { schemaFor, strictDecode } from '../../../src/api/schema';

const BOOK = process.env.KUBESPEC_BOOK_DIR ?? path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'book');

/** Removed versions → the current version of the same kind. */
const CURRENT_VERSION: Record<string, string> = {
  'apps/v1beta2': 'apps/v1',
  'batch/v1beta1': 'batch/v1',
  'extensions/v1beta1': 'networking.k8s.io/v1',
};

const OLD_BACKEND = 'unknown field "spec.rules[0].http.paths[0].backend.serviceName", unknown field "spec.rules[0].http.paths[0].backend.servicePort"';

/** Files a 1.34 server refuses even after the rewrite; every other file must decode. */
const refused: Record<string, string> = {
  'Chapter05/kubia-svc-publish-not-ready.yaml':
    'Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "spec.publishNotReadyEndpoints"',
  'Chapter05/kubia-ingress.yaml': `Ingress in version "v1" cannot be handled as a Ingress: strict decoding error: ${OLD_BACKEND}`,
  'Chapter05/kubia-ingress-tls.yaml': `Ingress in version "v1" cannot be handled as a Ingress: strict decoding error: ${OLD_BACKEND}`,
};

function bookFiles(): string[] {
  return readdirSync(BOOK, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

function decodeFile(file: string): (string | undefined)[] {
  return parseAllDocuments(readFileSync(path.join(BOOK, file), 'utf8')).map((doc) => {
    const obj = doc.toJS() as { apiVersion: string; kind: string };
    const apiVersion = CURRENT_VERSION[obj.apiVersion] ?? obj.apiVersion;
    const typeName = schemaFor(apiVersion, obj.kind);
    assert.ok(typeName, `${file}: no schema for ${apiVersion} ${obj.kind}`);
    return strictDecode({ ...obj, apiVersion }, typeName, obj.kind, apiVersion.slice(apiVersion.indexOf('/') + 1)).message;
  });
}

describe('the book manifests', () => {
  if (!existsSync(BOOK)) {
    it.skip(`need the book at ${BOOK} (set KUBESPEC_BOOK_DIR)`);
    return;
  }
  const files = bookFiles();
  const cases: Record<string, { expected: string | undefined }> = Object.fromEntries(
    files.map((file) => [file, { expected: refused[file] }]),
  );

  it('are all there', () => {
    assert.ok(files.length >= 30, `only ${files.length} manifests in ${BOOK}`);
    for (const file of Object.keys(refused)) assert.ok(files.includes(file), `${file} is missing`);
  });

  for (const [file, { expected }] of Object.entries(cases)) {
    it(expected ? `${file} is refused` : `${file} decodes`, () => {
      assert.deepEqual(decodeFile(file), [expected]);
    });
  }
});
