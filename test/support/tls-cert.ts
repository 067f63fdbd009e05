// Throwaway certificates for https tests: a private CA and a server certificate for 127.0.0.1 signed by it,
// made at test time with the openssl command line, so no key material lives in the repository.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface TestCa {
  /** The CA certificate, PEM: what a client must trust. */
  caPem: string
  /** Where `caPem` is written (for NODE_EXTRA_CA_CERTS). */
  caPath: string
  /** The server's key and certificate (subjectAltName IP:127.0.0.1), PEM. */
  key: string
  cert: string
}

export interface TestCas {
  dir: string
  /** Independent CAs, each with its own server certificate. */
  cas: TestCa[]
  cleanup(): void
}

/** Why certificates cannot be made here, or undefined when they can. */
export function whyNoOpenssl(): string | undefined {
  const probe = spawnSync('openssl', ['version'], { encoding: 'utf8' })
  if (probe.error || probe.status !== 0) return 'the openssl command line is not available to generate test certificates'
  return undefined
}

function openssl(dir: string, args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] })
}

/** Makes `count` CAs (EC P-256 keys: quick to generate), each with a server certificate for 127.0.0.1. */
export function makeTestCas(count = 1): TestCas {
  const dir = mkdtempSync(join(tmpdir(), 'hag-tls-'))
  const cas: TestCa[] = []
  try {
    const ext = join(dir, 'server.ext')
    // A leaf certificate, valid for 127.0.0.1 only; modern clients check the subjectAltName, not the CN.
    writeFileSync(ext, 'basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\nsubjectAltName=IP:127.0.0.1\n')
    const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes']
    for (let i = 0; i < count; i++) {
      const name = (file: string) => join(dir, `${i}-${file}`)
      openssl(dir, ['req', '-x509', ...ec, '-keyout', name('ca.key'), '-out', name('ca.pem'), '-days', '2', '-subj', `/CN=harness-approval-gate test CA ${i}`, '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign'])
      openssl(dir, ['req', ...ec, '-keyout', name('server.key'), '-out', name('server.csr'), '-subj', '/CN=127.0.0.1'])
      openssl(dir, ['x509', '-req', '-in', name('server.csr'), '-CA', name('ca.pem'), '-CAkey', name('ca.key'), '-CAcreateserial', '-out', name('server.pem'), '-days', '2', '-extfile', ext])
      cas.push({
        caPem: readFileSync(name('ca.pem'), 'utf8'),
        caPath: name('ca.pem'),
        key: readFileSync(name('server.key'), 'utf8'),
        cert: readFileSync(name('server.pem'), 'utf8'),
      })
    }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true })
    throw error
  }
  return { dir, cas, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}
