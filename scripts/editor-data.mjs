// Editor support, generated from custom-elements.json by `npm run build` and shipped in dist/:
//
// - dist/vscode.html-custom-data.json: VS Code's HTML custom data (completion and hover for
//   every tag and attribute); a project lists it under `html.customData` in its settings.
// - dist/web-types.json: JetBrains web-types (WebStorm and the other IDEs), found through the
//   `web-types` key of package.json without any setting.
//
//   node scripts/editor-data.mjs    write both from custom-elements.json
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

/** Every custom element of the manifest, in the order of its modules. */
export function elementsOf(manifest) {
  return manifest.modules
    .flatMap((mod) => mod.declarations ?? [])
    .filter((d) => d.customElement && d.tagName);
}

/** The string values a type such as `'inline' | 'floating'` allows; none for any other type. */
export function valuesOf(typeText = '') {
  const parts = typeText.split('|').map((p) => p.trim());
  const quoted = parts.filter((p) => /^'[^']*'$|^"[^"]*"$/.test(p)).map((p) => p.slice(1, -1));
  return quoted.length > 0 && quoted.length === parts.filter((p) => p !== 'undefined').length
    ? quoted
    : [];
}

const text = (d) => [d.summary, d.description].filter(Boolean).join('\n\n');

/** VS Code's HTML custom data, version 1.1. */
export function vscodeData(manifest) {
  return {
    version: 1.1,
    tags: elementsOf(manifest).map((el) => ({
      name: el.tagName,
      description: text(el),
      attributes: (el.attributes ?? []).map((attr) => {
        const values = valuesOf(attr.type?.text);
        return {
          name: attr.name,
          description: attr.description ?? '',
          ...(values.length ? { values: values.map((name) => ({ name })) } : {}),
          ...(attr.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
        };
      }),
    })),
  };
}

/** JetBrains web-types. */
export function webTypes(manifest, pkg) {
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elementsOf(manifest).map((el) => ({
          name: el.tagName,
          description: text(el),
          attributes: (el.attributes ?? []).map((attr) => {
            const values = valuesOf(attr.type?.text);
            return {
              name: attr.name,
              description: attr.description ?? '',
              ...(attr.default ? { default: attr.default } : {}),
              value:
                attr.type?.text === 'boolean'
                  ? { type: 'boolean' }
                  : values.length
                    ? { type: values.map((v) => `'${v}'`).join(' | ') }
                    : { type: attr.type?.text ?? 'string' },
            };
          }),
          events: (el.events ?? []).map((ev) => ({
            name: ev.name,
            description: ev.description ?? '',
          })),
          slots: (el.slots ?? []).map((slot) => ({
            name: slot.name,
            description: slot.description ?? '',
          })),
          css: {
            parts: (el.cssParts ?? []).map((p) => ({ name: p.name, description: p.description })),
            properties: (el.cssProperties ?? []).map((p) => ({
              name: p.name,
              description: p.description,
            })),
          },
        })),
      },
    },
  };
}

export function write() {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const json = (data) => `${JSON.stringify(data, null, 2)}\n`;
  writeFileSync(join(root, 'dist/vscode.html-custom-data.json'), json(vscodeData(manifest)));
  writeFileSync(join(root, 'dist/web-types.json'), json(webTypes(manifest, pkg)));
}

if (import.meta.url === `file://${process.argv[1]}`) write();
