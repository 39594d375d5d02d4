// custom-elements.json is generated (`npm run analyze`) and git-ignored. Once it exists, TypeScript
// reads its real shape; this declaration keeps `tsc` passing in a fresh checkout before then.
declare module '*/custom-elements.json' {
  const manifest: import('./manifest.js').Manifest;
  export default manifest;
}
