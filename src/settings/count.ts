import type { InputReader, Problems } from './problems.js'

/** A whole-number input in [min, max]; `fallback` when not set (or, after a recorded problem, when invalid). */
export function parseCount(problems: Problems, read: InputReader, name: string, fallback: number, min: number, max: number): number {
  const text = read(name).trim()
  if (text === '') return fallback
  const value = Number(text)
  if (!/^\d+$/.test(text) || value < min || value > max) {
    problems.add(name, text, `a whole number from ${min} to ${max}`)
    return fallback
  }
  return value
}
