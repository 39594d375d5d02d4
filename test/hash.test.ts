import { expect } from '@open-wc/testing';
import { canonicalJson, sha256Hex } from '../src/core/hash.js';
import { sha256HexSync } from '../src/core/sha256.js';
import { uuid } from '../src/core/ids.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The browser's own digest, as the reference every pure result is held to. */
async function subtleHex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

// Stubs shadow the Crypto prototype with an own property on the `crypto` instance, as on a
// plain-http page where the members are missing; afterEach removes them again.
const stubbed: PropertyKey[] = [];
function stubCrypto(key: 'subtle' | 'randomUUID' | 'getRandomValues', value: unknown): void {
  Object.defineProperty(crypto, key, { value, configurable: true, writable: true });
  stubbed.push(key);
}

afterEach(() => {
  for (const key of stubbed.splice(0)) Reflect.deleteProperty(crypto, key);
});

describe('sha256HexSync', () => {
  // FIPS 180-4 examples and the NIST test vectors for SHA-256.
  const vectors: [string, string, string][] = [
    ['the empty string', '', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['"abc"', 'abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'the 448-bit message',
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
    [
      'one million "a"',
      'a'.repeat(1_000_000),
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    ],
  ];

  for (const [name, text, expected] of vectors) {
    it(`gives the NIST digest of ${name}`, () => {
      expect(sha256HexSync(text)).to.equal(expected);
    });
  }

  it('hashes the UTF-8 bytes of Arabic text and emoji as crypto.subtle does', async () => {
    const samples = ['هل شعرت أنك مسموع؟', '😀👍🏽', 'مرحبا 😀 hello', 'Ça va? ¿Qué tal? 你好', '👨‍👩‍👧‍👦'];
    for (const text of samples) {
      expect(sha256HexSync(text), text).to.equal(await subtleHex(text));
    }
  });

  it('matches crypto.subtle for every length from 0 to 130 bytes', async () => {
    // 55/56 and 63/64 are where the length field stops fitting in the last block.
    for (let length = 0; length <= 130; length++) {
      const text = 'x'.repeat(length);
      expect(sha256HexSync(text), `length ${length}`).to.equal(await subtleHex(text));
    }
  });

  it('pads correctly at the block boundaries 55, 56, 63 and 64', async () => {
    for (const length of [55, 56, 63, 64]) {
      // Varied bytes rather than one letter repeated, so a misplaced byte changes the digest.
      const text = Array.from({ length }, (_, i) => String.fromCharCode(33 + (i % 90))).join('');
      expect(sha256HexSync(text), `length ${length}`).to.equal(await subtleHex(text));
    }
  });
});

describe('sha256Hex', () => {
  it('gives the same digest as crypto.subtle', async () => {
    expect(await sha256Hex('abc')).to.equal(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(await sha256Hex('هل شعرت أنك مسموع؟ 😀')).to.equal(
      await subtleHex('هل شعرت أنك مسموع؟ 😀'),
    );
  });

  it('falls back to the pure implementation when crypto.subtle is absent', async () => {
    stubCrypto('subtle', undefined);
    expect(crypto.subtle).to.equal(undefined);
    expect(await sha256Hex('abc')).to.equal(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(await sha256Hex('')).to.equal(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });

  it('falls back when crypto.subtle.digest rejects', async () => {
    let calls = 0;
    stubCrypto('subtle', {
      digest: () => {
        calls++;
        return Promise.reject(new DOMException('not allowed', 'NotSupportedError'));
      },
    });
    expect(await sha256Hex('abc')).to.equal(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(calls).to.equal(1);
  });

  it('uses crypto.subtle again once the stub is removed', () => {
    expect(crypto.subtle).to.be.an.instanceOf(SubtleCrypto);
  });
});

describe('canonicalJson', () => {
  it('sorts object keys and leaves out whitespace', () => {
    expect(canonicalJson({ b: 1, a: [1, 2], c: 'x' })).to.equal('{"a":[1,2],"b":1,"c":"x"}');
  });

  it('gives the same text whatever order the keys were inserted in', () => {
    const first = { id: 'session-check', items: [{ text: 'Heard', id: 'heard' }], version: '1' };
    const second = { version: '1', items: [{ id: 'heard', text: 'Heard' }], id: 'session-check' };
    expect(canonicalJson(first)).to.equal(canonicalJson(second));
    expect(canonicalJson(first)).to.equal(
      '{"id":"session-check","items":[{"id":"heard","text":"Heard"}],"version":"1"}',
    );
  });

  it('sorts keys in nested objects and keeps arrays in order', () => {
    expect(canonicalJson({ z: { y: [3, { b: 2, a: 1 }, 1], x: null } })).to.equal(
      '{"z":{"x":null,"y":[3,{"a":1,"b":2},1]}}',
    );
  });

  it('orders keys by code point: capitals before small letters, astral characters last', () => {
    // U+FF61 sorts before U+1F600 by code point, though after it by UTF-16 code unit.
    expect(canonicalJson({ '😀': 1, '｡': 2, a: 3, B: 4, ä: 5 })).to.equal(
      '{"B":4,"a":3,"ä":5,"｡":2,"😀":1}',
    );
  });

  it('drops keys whose value is undefined', () => {
    expect(canonicalJson({ a: undefined, b: 1, c: { d: undefined } })).to.equal('{"b":1,"c":{}}');
  });

  it('writes strings, numbers and literals as JSON.stringify does', () => {
    expect(canonicalJson(['é "q" \n', 1.5, -0, true, false, null])).to.equal(
      '["é \\"q\\" \\n",1.5,0,true,false,null]',
    );
    expect(canonicalJson([Number.NaN, Infinity, undefined])).to.equal('[null,null,null]');
    expect(canonicalJson('plain')).to.equal('"plain"');
  });

  it('honours toJSON, so dates become ISO strings', () => {
    expect(canonicalJson({ at: new Date(Date.UTC(2025, 0, 2, 3, 4, 5)) })).to.equal(
      '{"at":"2025-01-02T03:04:05.000Z"}',
    );
  });

  it('refuses values that have no JSON text', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(() => canonicalJson(circular)).to.throw(TypeError, /circular/);
    expect(() => canonicalJson(undefined)).to.throw(TypeError);
    expect(() => canonicalJson({ n: 1n })).to.throw(TypeError, /BigInt/);
  });

  it('allows the same object twice when it is not its own ancestor', () => {
    const shared = { a: 1 };
    expect(canonicalJson([shared, shared])).to.equal('[{"a":1},{"a":1}]');
  });
});

describe('uuid', () => {
  it('is a lowercase version 4 UUID with the RFC 4122 variant', () => {
    for (let i = 0; i < 50; i++) expect(uuid()).to.match(UUID_V4);
  });

  it('does not repeat over 1,000 ids', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => uuid()));
    expect(ids.size).to.equal(1000);
  });

  it('builds one from crypto.getRandomValues when randomUUID is absent', () => {
    stubCrypto('randomUUID', undefined);
    const ids = Array.from({ length: 1000 }, () => uuid());
    for (const id of ids) expect(id).to.match(UUID_V4);
    expect(new Set(ids).size).to.equal(1000);
  });

  it('sets the version and variant bits whatever the random bytes are', () => {
    stubCrypto('randomUUID', undefined);
    let fill = 0xff;
    stubCrypto('getRandomValues', (array: Uint8Array) => array.fill(fill));
    expect(uuid()).to.equal('ffffffff-ffff-4fff-bfff-ffffffffffff');
    fill = 0x00;
    expect(uuid()).to.equal('00000000-0000-4000-8000-000000000000');
  });

  it('uses Math.random only when crypto has neither randomUUID nor getRandomValues', () => {
    stubCrypto('randomUUID', undefined);
    stubCrypto('getRandomValues', undefined);
    const realRandom = Math.random;
    let calls = 0;
    Math.random = () => {
      calls++;
      return realRandom();
    };
    try {
      const ids = Array.from({ length: 100 }, () => uuid());
      for (const id of ids) expect(id).to.match(UUID_V4);
      expect(new Set(ids).size).to.equal(100);
      expect(calls).to.equal(1600);
    } finally {
      Math.random = realRandom;
    }
  });
});
