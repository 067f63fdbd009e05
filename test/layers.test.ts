// The layering rules of .dependency-cruiser.mjs, as `npm run lint:layers` applies them. A small tree under
// test/fixtures/layers breaks each rule once, next to imports the rules allow: every break must be reported
// under its rule, and nothing else. The real src/ must have no violation at all.
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { cruise, type ICruiseResult } from 'dependency-cruiser'
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

async function violations(baseDir: string): Promise<string[]> {
  const options = await extractDepcruiseOptions(join(ROOT, '.dependency-cruiser.mjs'))
  const { output } = await cruise(['src'], { ...options, baseDir })
  return (output as ICruiseResult).summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`).sort()
}

describe('layering rules', () => {
  it('report each forbidden import in the fixture tree, and only those', async () => {
    expect(await violations(join(ROOT, 'test/fixtures/layers'))).toEqual([
      'feature-imports-no-front-end: src/approvals/decide.ts -> src/run/defaults.ts',
      'feature-imports-no-front-end: src/gate/poll.ts -> src/cli/main.ts',
      'feature-imports-no-other-feature: src/approvals/decide.ts -> src/exemptions/client.ts',
      'front-end-imports-no-other-front-end: src/action/main.ts -> src/cli/main.ts',
      'no-circular: src/report/a.ts -> src/report/b.ts',
      'nothing-imports-a-front-end: src/gate/poll.ts -> src/cli/main.ts',
      'nothing-imports-a-front-end: src/run/result.ts -> src/action/main.ts',
      'shared-imports-no-feature: src/harness/errors.ts -> src/gate/poll.ts',
    ])
  })

  it('find nothing to report in src/', async () => {
    expect(await violations(ROOT)).toEqual([])
  })
})
