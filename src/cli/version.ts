// The version printed by --version. The build writes package.json's version into the bundle, so dist/cli.js
// knows it wherever it is copied, with no package.json beside it to read at run time.

/** Replaced by package.json's version when scripts/build.mjs bundles the sources. */
declare const BUNDLED_VERSION: string | undefined

export function cliVersion(): string {
  // The sources run unbundled carry no version.
  return typeof BUNDLED_VERSION === 'string' ? BUNDLED_VERSION : 'unknown'
}
