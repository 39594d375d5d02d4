// A FHIR R4 validator for the tests, as a @web/test-runner plugin. Browser tests call
//
//   executeServerCommand('fhir-validator-ready')     →  true once the definitions are loaded
//   executeServerCommand('fhir-validate', resource)  →  { issues: string[], checked: string[] }
//
// The validation itself (what is checked: see fhir-validator-worker.mjs) runs in a worker
// thread, started on the first command, so that test runs which never validate do not pay for
// loading the R4 definitions, and a run that does is never stalled while they load.

import { Worker } from 'node:worker_threads';

/** The plugin: `fhir-validator-ready` and `fhir-validate` as server commands. */
export function fhirValidatorPlugin() {
  let worker;
  let ready = false;
  let failure;
  let next = 0;
  const pending = new Map();

  function start() {
    if (worker) return;
    worker = new Worker(new URL('./fhir-validator-worker.mjs', import.meta.url));
    worker.unref();
    worker.on('message', (message) => {
      if ('ready' in message) {
        ready = message.ready;
        failure = message.error;
        return;
      }
      const { resolve, reject } = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) reject(new Error(message.error));
      else resolve(message.result);
    });
    worker.on('error', (error) => {
      failure = String(error);
      for (const { reject } of pending.values()) reject(error);
      pending.clear();
    });
  }

  return {
    name: 'rapport-fhir-validator',
    async executeCommand({ command, payload }) {
      if (command === 'fhir-validator-ready') {
        start();
        if (failure) throw new Error(`The FHIR validator could not start: ${failure}`);
        return ready;
      }
      if (command !== 'fhir-validate') return undefined;
      start();
      const id = next++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, resource: payload });
      });
    },
    async serverStop() {
      await worker?.terminate();
    },
  };
}
