// What a widget tells its form through ElementInternals: fields, validity and custom state.
import { expect } from '@open-wc/testing';
import { syncCustomState, syncFormValue, syncValidity } from '../../src/core/form-sync.js';

class SyncProbe extends HTMLElement {
  static formAssociated = true;
  readonly internals = this.attachInternals();
}
customElements.define('form-sync-probe', SyncProbe);

function setUp(): { form: HTMLFormElement; probe: SyncProbe; anchor: HTMLInputElement } {
  const form = document.createElement('form');
  const probe = document.createElement('form-sync-probe') as SyncProbe;
  const anchor = document.createElement('input');
  probe.attachShadow({ mode: 'open' }).append(anchor);
  form.append(probe);
  document.body.append(form);
  return { form, probe, anchor };
}

describe('form-sync', () => {
  afterEach(() => document.querySelectorAll('form').forEach((f) => f.remove()));

  it('submits each answer as name.<id>, and nothing without a name', () => {
    const { form, probe } = setUp();
    syncFormValue(probe.internals, {
      name: 'wai',
      entries: [
        ['q1', '3'],
        ['q2', '5'],
      ],
      state: '{"q1":3,"q2":5}',
    });
    expect([...new FormData(form).entries()]).to.deep.equal([
      ['wai.q1', '3'],
      ['wai.q2', '5'],
    ]);
    syncFormValue(probe.internals, { name: '', entries: [['q1', '3']], state: '{}' });
    expect([...new FormData(form).entries()]).to.deep.equal([]);
  });

  it('is invalid with the message while something must be answered, then valid', () => {
    const { form, probe } = setUp();
    syncValidity(
      probe.internals,
      true,
      () => 'Please answer question 2.',
      () => null,
    );
    expect(probe.internals.validity.valueMissing).to.equal(true);
    expect(probe.internals.validationMessage).to.equal('Please answer question 2.');
    expect(form.checkValidity()).to.equal(false);
    let asked = 0;
    syncValidity(
      probe.internals,
      false,
      () => String(++asked),
      () => null,
    );
    expect(probe.internals.validity.valid).to.equal(true);
    expect(form.checkValidity()).to.equal(true);
    expect(asked, 'no message is built for a valid widget').to.equal(0);
  });

  it('keeps exactly one response state as a custom state', () => {
    const { probe } = setUp();
    const states = probe.internals.states as Set<string>;
    syncCustomState(probe.internals, 'submitting');
    syncCustomState(probe.internals, 'failed');
    expect([...states]).to.deep.equal(['failed']);
    expect(probe.matches(':state(failed)')).to.equal(true);
    expect(probe.matches(':state(submitting)')).to.equal(false);
  });
});
