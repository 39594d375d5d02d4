/**
 * Prepares custom-elements.json for Storybook's args tables.
 *
 * - Elements register through `Class.define('rapport-…')`, a call the analyzer does not
 *   recognise, so no declaration carries a `tagName`. Layout fixes the tag anyway:
 *   `src/<name>/define.ts` defines `rapport-<name>`. A `tagName` the analyzer did find is kept.
 * - The analyzer lists private, protected and static members too; the public API is the rest.
 */

interface Member {
  kind: string;
  name: string;
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
}

interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  members?: Member[];
}

interface Export {
  kind: string;
  name: string;
}

interface Module {
  path: string;
  declarations?: Declaration[];
  exports?: Export[];
}

export interface Manifest {
  schemaVersion: string;
  modules: Module[];
}

const defineModule = /^src\/([^/]+)\/define\.ts$/;

export function prepareManifest(manifest: Manifest): Manifest {
  const tags = new Map<string, string>();
  for (const mod of manifest.modules) {
    const folder = defineModule.exec(mod.path)?.[1];
    if (!folder) continue;
    for (const exp of mod.exports ?? []) {
      if (exp.kind === 'js') tags.set(exp.name, `rapport-${folder}`);
    }
  }
  const isPublic = (m: Member) => !m.static && !m.name.startsWith('#') && (m.privacy ?? 'public') === 'public';
  return {
    ...manifest,
    modules: manifest.modules.map((mod) => ({
      ...mod,
      declarations: mod.declarations?.map((d) => {
        if (d.kind !== 'class') return d;
        const tagName = d.tagName ?? tags.get(d.name);
        return {
          ...d,
          ...(tagName ? { tagName, customElement: true } : {}),
          members: d.members?.filter(isPublic),
        };
      }),
    })),
  };
}
