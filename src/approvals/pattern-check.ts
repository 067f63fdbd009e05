// An approver input's `regex` comes from the server, and Harness runs it as a Java regular expression. Two
// dangers in running it here: JavaScript reads some Java syntax differently (or not at all), and a pattern
// like `([A-Za-z0-9]+-?)*` backtracks for minutes on a 37-character value that does not match, blocking the
// event loop, and with it a cancellation. So a pattern with Java-only syntax is not judged here; a simple
// one (no quantified group, no back-reference, at most two branching quantifiers) runs inline, where its
// cost is at most quadratic in a bounded value; any other runs in a worker thread that is ended after
// PATTERN_BUDGET_MS. What cannot be decided is left to Harness, which judges every value anyway.
import { createRequire } from 'node:module'
import type { Worker as WorkerType } from 'node:worker_threads'
import { CancelledError } from '../ports.js'

export type PatternVerdict = { kind: 'match' } | { kind: 'no-match' } | { kind: 'unchecked'; why: string }

/** Judges a value against a pattern at once, from what is known: the bounded check's results, or inline. */
export type PatternJudge = (pattern: string, value: string) => PatternVerdict

/** How long a pattern may run in the worker before it is ended and the check left to Harness. */
export const PATTERN_BUDGET_MS = 1_000
/** Longest value a simple pattern is run against inline. */
export const INLINE_VALUE_LIMIT = 1_000
const MAX_INLINE_QUANTIFIERS = 2

/** The first construct of `pattern` that Java reads and JavaScript does not, or reads otherwise. */
export function javaOnlySyntax(pattern: string): string | undefined {
  let inClass = false
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === '\\') {
      const next = pattern[i + 1] ?? ''
      if (next === 'Q') return '\\Q…\\E quoting'
      if ('AZzG'.includes(next) && !inClass) return `the anchor \\${next}`
      if (next === 'p' || next === 'P') return `the character class \\${next}{…}`
      if ('hHRXVea'.includes(next)) return `the escape \\${next}`
      if (next === 'x' && pattern[i + 2] === '{') return 'the escape \\x{…}'
      i++
      continue
    }
    if (inClass) {
      if (c === ']') inClass = false
      else if (c === '[') return 'a character class inside a class ([a-z[0-9]])'
      else if (c === '&' && pattern[i + 1] === '&') return 'class intersection (&&)'
      continue
    }
    if (c === '[') {
      inClass = true
      // A ']' right after '[' or '[^' is a literal in Java, and ends an empty class in JavaScript.
      if (pattern[i + 1] === ']' || (pattern[i + 1] === '^' && pattern[i + 2] === ']')) return "a ']' first in a class"
      continue
    }
    if (c === '(' && pattern[i + 1] === '?') {
      const kind = pattern[i + 2] ?? ''
      if (kind === '>') return 'an atomic group (?>…)'
      if (/[a-zA-Z-]/.test(kind)) return 'inline flags such as (?i)'
      continue
    }
    if ((c === '*' || c === '+' || c === '?' || c === '}') && pattern[i + 1] === '+') return `a possessive quantifier (${c}+)`
  }
  return undefined
}

/**
 * Whether a pattern can run inline without danger: no quantified group, no back-reference, no lookaround,
 * and at most two quantifiers that branch (`*`, `+`, `?`, `{n,m}`; an exact `{n}` does not).
 */
export function isSimplePattern(pattern: string): boolean {
  let inClass = false
  let quantifiers = 0
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === '\\') {
      const next = pattern[i + 1] ?? ''
      if (!inClass && (/[1-9]/.test(next) || next === 'k')) return false
      i++
      continue
    }
    if (inClass) {
      if (c === ']') inClass = false
      continue
    }
    if (c === '[') inClass = true
    else if (c === '(' && pattern[i + 1] === '?' && /[=!<]/.test(pattern[i + 2] ?? '') && !/^\?<[a-zA-Z]/.test(pattern.slice(i + 1, i + 4))) return false
    else if (c === ')' && /^[*+?{]/.test(pattern[i + 1] ?? '')) return false
    else if (c === '*' || c === '+' || c === '?') {
      if (!(c === '?' && pattern[i - 1] === '(')) quantifiers++
    } else if (c === '{' && /^\{\d+,\d*\}/.test(pattern.slice(i))) {
      // An exact count `{n}` does not branch.
      quantifiers++
    }
  }
  return quantifiers <= MAX_INLINE_QUANTIFIERS
}

function runInline(pattern: string, value: string): PatternVerdict {
  let regex: RegExp
  try {
    regex = new RegExp(`^(?:${pattern})$`)
  } catch {
    return { kind: 'unchecked', why: 'JavaScript cannot compile it' }
  }
  return regex.test(value) ? { kind: 'match' } : { kind: 'no-match' }
}

/** What can be decided without a worker: Java-only syntax, or a simple pattern run inline. */
export function judgeInline(pattern: string, value: string): PatternVerdict | undefined {
  const java = javaOnlySyntax(pattern)
  if (java) return { kind: 'unchecked', why: `it uses ${java}, which JavaScript reads differently` }
  if (isSimplePattern(pattern) && value.length <= INLINE_VALUE_LIMIT) return runInline(pattern, value)
  return undefined
}

/** The judge for code that cannot wait (pure tests): what needs the worker is left to Harness. */
export const inlineJudge: PatternJudge = (pattern, value) =>
  judgeInline(pattern, value) ?? { kind: 'unchecked', why: 'it needs the bounded check' }

// Runs as a CommonJS script in the worker: compile, test, post the answer (null: it does not compile).
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
let result = null
try { result = new RegExp('^(?:' + workerData.pattern + ')$').test(workerData.value) } catch {}
parentPort.postMessage(result)
`

const loadBuiltin = createRequire(import.meta.url)

/** Runs one pattern in a fresh worker, ended after `budgetMs` or on cancellation. */
function runInWorker(pattern: string, value: string, budgetMs: number, signal?: AbortSignal): Promise<PatternVerdict> {
  // Loaded on first use: most runs never need a worker.
  const { Worker } = loadBuiltin('node:worker_threads') as typeof import('node:worker_threads')
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new CancelledError())
    const worker: WorkerType = new Worker(WORKER_SOURCE, { eval: true, workerData: { pattern, value } })
    // A worker still running must never keep the process alive.
    worker.unref()
    let timer: ReturnType<typeof setTimeout> | undefined
    const finish = (outcome: () => void) => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
      void worker.terminate()
      outcome()
    }
    const onAbort = () => finish(() => reject(new CancelledError()))
    signal?.addEventListener('abort', onAbort, { once: true })
    // The budget counts from when the worker runs: starting a thread on a busy machine is not the pattern's cost.
    worker.once('online', () => {
      timer = setTimeout(() => finish(() => resolve({ kind: 'unchecked', why: `it was not decided within ${budgetMs / 1000}s (a pattern that backtracks)` })), budgetMs)
    })
    worker.once('message', (result: boolean | null) =>
      finish(() => resolve(result === null ? { kind: 'unchecked', why: 'JavaScript cannot compile it' } : { kind: result ? 'match' : 'no-match' })),
    )
    worker.once('error', (error) => finish(() => resolve({ kind: 'unchecked', why: `the check failed (${error.message})` })))
  })
}

// One verdict per pattern and value for the whole run: a batch of executions waiting at the same step asks
// the same question, and a pattern that ran out of time once would again.
const verdicts = new Map<string, Promise<PatternVerdict>>()

/**
 * Decides every pattern and value given, the slow ones in a worker with a time bound, and returns a judge
 * that answers from those results at once.
 */
export async function checkPatterns(
  checks: Array<{ pattern: string; value: string }>,
  options: { budgetMs?: number; signal?: AbortSignal } = {},
): Promise<PatternJudge> {
  const budgetMs = options.budgetMs ?? PATTERN_BUDGET_MS
  const known = new Map<string, PatternVerdict>()
  for (const { pattern, value } of checks) {
    if (judgeInline(pattern, value)) continue
    const key = `${pattern}\u0000${value}`
    let pending = verdicts.get(key)
    if (!pending) {
      pending = runInWorker(pattern, value, budgetMs, options.signal)
      verdicts.set(key, pending)
      // A cancelled check is no verdict: forget it.
      pending.catch(() => verdicts.delete(key))
    }
    known.set(key, await pending)
  }
  return (pattern, value) => judgeInline(pattern, value) ?? known.get(`${pattern}\u0000${value}`) ?? { kind: 'unchecked', why: 'it was not checked' }
}
