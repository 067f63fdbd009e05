// What a decision on a Harness approval or STO exemption is, whichever feature makes it.
export type Decision = 'APPROVE' | 'REJECT'
