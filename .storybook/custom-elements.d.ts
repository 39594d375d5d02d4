// custom-elements.json is generated (`npm run analyze`); the project does not enable
// resolveJsonModule, so its shape is declared where it is read (see manifest.ts).
declare module '*/custom-elements.json' {
  const manifest: import('./manifest.js').Manifest;
  export default manifest;
}
