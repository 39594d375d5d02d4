import { expect } from '@open-wc/testing';
import type { EnvelopeParts } from '../../src/core/response.js';
import { consentResult, itemsCache, listItems } from '../../src/consent-notice/compose.js';
import { readValue, valueProblem } from '../../src/consent-notice/value.js';

const envelope: EnvelopeParts = {
  responseId: 'r-1',
  definition: { id: 'rapport-confidentiality', version: '1.0.0', contentHash: 'abc' },
  locale: 'en',
  subject: {},
  startedAt: '2026-03-03T10:00:00.000Z',
  completedAt: '2026-03-03T10:01:00.000Z',
  durationMs: 60000,
};

const value = { acknowledged: ['limits', 'gp'], choices: { gp: true, sms: false, email: true } };

describe('consent notice: result', () => {
  it('keeps the choices and acknowledgements of an agreement, without a duration', () => {
    expect(consentResult(envelope, 'granted', value)).to.deep.equal({
      kind: 'consent-notice',
      responseId: 'r-1',
      definition: { id: 'rapport-confidentiality', version: '1.0.0', contentHash: 'abc' },
      locale: 'en',
      subject: {},
      startedAt: '2026-03-03T10:00:00.000Z',
      completedAt: '2026-03-03T10:01:00.000Z',
      status: 'granted',
      choices: { gp: true, sms: false, email: true },
      acknowledged: ['limits', 'gp'],
    });
  });

  it('grants nothing when declined or withdrawn', () => {
    for (const status of ['declined', 'withdrawn'] as const) {
      const result = consentResult(envelope, status, value);
      expect(result.status).to.equal(status);
      expect(result.choices).to.deep.equal({ gp: false, sms: false, email: false });
      expect(result.acknowledged).to.deep.equal([]);
      expect('durationMs' in result).to.equal(false);
    }
  });
});

describe('consent notice: items cache', () => {
  it('gives the same list while the choices and children are the same', () => {
    const items = itemsCache();
    const data = [{ id: 'gp', label: 'GP' }];
    const children = [{ id: 'sms', required: true }];
    const first = items(data, children);
    expect(first).to.deep.equal(listItems(data, children));
    expect(first.map((i) => i.id)).to.deep.equal(['limits', 'sms', 'gp']);
    expect(items(data, children)).to.equal(first);
    expect(items([...data], children)).not.to.equal(first);
  });
});

describe('consent notice: value problems', () => {
  const items = listItems([{ id: 'gp', label: 'GP' }], []);

  it('says nothing when every part was used', () => {
    expect(
      valueProblem(readValue({ acknowledged: ['limits'], choices: { gp: true } }, items)),
    ).to.equal(null);
    expect(valueProblem(readValue(null, items))).to.equal(null);
  });

  it('names what was dropped, by id only', () => {
    expect(
      valueProblem(readValue({ acknowledged: ['gp'], choices: { fax: true, gp: 'yes' } }, items)),
    ).to.equal(
      'value: acknowledged "gp", choices "fax", choices "gp" dropped (not a box of this notice, or not true or false).',
    );
  });

  it('gives the shape of a value that is not one', () => {
    expect(valueProblem(readValue({ choices: [] }, items))).to.equal(
      'value must be { acknowledged: [ids of required boxes], choices: { id: true or false } }.',
    );
    expect(valueProblem(readValue('yes', items))).to.equal(
      'value must be { acknowledged: [ids of required boxes], choices: { id: true or false } }.',
    );
  });
});
