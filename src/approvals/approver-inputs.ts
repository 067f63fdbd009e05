// The `approverInputs` input in its three accepted forms: a JSON object {"name": "value"}, a JSON array
// [{"name": ..., "value": ...}], or one `name=value` per line. Values are kept as strings, as Harness sends them.

export interface ApproverInput {
  name: string
  value: string
}

export const APPROVER_INPUTS_FORMS =
  'a JSON object {"name": "value"}, a JSON array [{"name": "...", "value": "..."}], or one name=value per line'

// Harness approver input names are variable names: letters, digits, '_' and '-' ... and not much else.
const NAME = /^[A-Za-z_][A-Za-z0-9_.-]{0,127}$/

export type ParseResult = { ok: true; inputs: ApproverInput[] } | { ok: false; reason: string }

export function parseApproverInputs(text: string): ParseResult {
  const trimmed = text.trim()
  if (trimmed === '') return { ok: true, inputs: [] }
  const parsed = trimmed.startsWith('{') || trimmed.startsWith('[') ? fromJson(trimmed) : fromLines(trimmed)
  if (!parsed.ok) return parsed
  const seen = new Set<string>()
  for (const { name, value } of parsed.inputs) {
    if (!NAME.test(name)) return { ok: false, reason: `input name '${name}' is not a valid name (letters, digits, '_', '-', '.')` }
    if (seen.has(name)) return { ok: false, reason: `input '${name}' is given twice` }
    // A line break in a value would let one input smuggle another into the comments or a log line.
    if (/[\r\n\u0000]/.test(value)) return { ok: false, reason: `the value of '${name}' contains a line break or NUL` }
    seen.add(name)
  }
  return parsed
}

function fromJson(text: string): ParseResult {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return { ok: false, reason: `not valid JSON (${(error as Error).message})` }
  }
  const inputs: ApproverInput[] = []
  if (Array.isArray(data)) {
    for (const [index, item] of data.entries()) {
      if (!item || typeof item !== 'object' || Array.isArray(item)) return { ok: false, reason: `item ${index} is not an object` }
      const { name, value } = item as Record<string, unknown>
      if (typeof name !== 'string') return { ok: false, reason: `item ${index} has no string "name"` }
      const scalar = asScalar(value)
      if (scalar === undefined) return { ok: false, reason: `item ${index} ("${name}") has no string, number or boolean "value"` }
      inputs.push({ name, value: scalar })
    }
    return { ok: true, inputs }
  }
  if (data && typeof data === 'object') {
    for (const [name, value] of Object.entries(data)) {
      const scalar = asScalar(value)
      if (scalar === undefined) return { ok: false, reason: `the value of "${name}" is not a string, number or boolean` }
      inputs.push({ name, value: scalar })
    }
    return { ok: true, inputs }
  }
  return { ok: false, reason: 'JSON that is neither an object nor an array' }
}

function asScalar(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return undefined
}

function fromLines(text: string): ParseResult {
  const inputs: ApproverInput[] = []
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    const eq = line.indexOf('=')
    if (eq <= 0) return { ok: false, reason: `line ${index + 1} is not name=value` }
    inputs.push({ name: line.slice(0, eq).trim(), value: line.slice(eq + 1).trim() })
  }
  return { ok: true, inputs }
}
