/**
 * Prepares custom-elements.json for Storybook's args tables. The analyzer lists private,
 * protected and static members too (`#drag`, `renderLine`, `define`); the args tables show the
 * public API only, which is what the manifest documents for hosts.
 */

interface Member {
  kind: string;
  name: string;
  privacy?: string;
  static?: boolean;
}

interface Declaration {
  kind: string;
  name: string;
  members?: Member[];
}

interface Module {
  path: string;
  declarations?: Declaration[];
}

export interface Manifest {
  schemaVersion: string;
  modules: Module[];
}

const isPublic = (m: Member): boolean =>
  !m.static && !m.name.startsWith('#') && (m.privacy ?? 'public') === 'public';

export function publicManifest(manifest: Manifest): Manifest {
  return {
    ...manifest,
    modules: manifest.modules.map((mod) => ({
      ...mod,
      declarations: mod.declarations?.map((d) =>
        d.members ? { ...d, members: d.members.filter(isPublic) } : d,
      ),
    })),
  };
}
