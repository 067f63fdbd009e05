// The action writes its outputs to the runner's file itself, with a delimiter chosen to occur in no value:
// whatever a server sends back, every output reads back exactly as written, and none can end another early
// or add one.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { outputFileText, writeStepOutputs } from '../../src/action/step-outputs.js'
import { parseOutputFile } from '../support/run-action.js'

describe('step outputs', () => {
  it('picks another delimiter when a value holds the first one, even as a line of its own', () => {
    const forged = 'ok\nHAG_OUTPUT_END_0\ninjected<<X\nyes\nX'
    const text = outputFileText([
      ['result', forged],
      ['decision', 'APPROVE'],
    ])
    expect(text).toContain('result<<HAG_OUTPUT_END_1\n')
    expect(parseOutputFile(text)).toEqual({ result: forged, decision: 'APPROVE' })
  })

  it('property: any values read back exactly, and no output appears that was not written', () => {
    const salt = fc.constantFrom('HAG_OUTPUT_END_0', 'HAG_OUTPUT_END_1', '\nHAG_OUTPUT_END_0\n', 'name<<EOF\n', '\n', '\r\n', '<<')
    const value = fc.array(fc.oneof(fc.string({ unit: 'grapheme' }), salt), { maxLength: 6 }).map((parts) => parts.join(''))
    fc.assert(
      fc.property(fc.dictionary(fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9]{0,15}$/), value, { maxKeys: 8 }), (outputs) => {
        expect(parseOutputFile(outputFileText(Object.entries(outputs)))).toEqual(outputs)
      }),
    )
  })

  it('appends to the file GITHUB_OUTPUT names, and writes nothing without it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hag-outputs-'))
    try {
      const file = join(dir, 'output')
      writeFileSync(file, 'earlier<<E\nkept\nE\n')
      expect(writeStepOutputs([['decision', 'REJECT']], { GITHUB_OUTPUT: file })).toBe(true)
      expect(parseOutputFile(readFileSync(file, 'utf8'))).toEqual({ earlier: 'kept', decision: 'REJECT' })
      expect(writeStepOutputs([['decision', 'REJECT']], {})).toBe(false)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
