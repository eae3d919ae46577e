#!/usr/bin/env bash
# Makes the loopback TLS test's certificates: a test CA, a server certificate it signs for
# 127.0.0.1 and localhost, and one it signs for another name only (elsewhere.invalid). Valid
# for 100 years, so the test does not expire. The keys are test keys, for loopback only; the
# CA's key is not kept, so nothing else can be signed by it.
set -euo pipefail
cd "$(dirname "$0")"
openssl req -x509 -new -nodes -newkey ec -pkeyopt ec_paramgen_curve:P-256 \
  -keyout ca.key -out ca.pem -days 36500 -subj "/CN=fbgraph test CA" \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"
leaf() { # leaf NAME SUBJECT-ALT-NAMES
  openssl req -new -nodes -newkey ec -pkeyopt ec_paramgen_curve:P-256 \
    -keyout "$1.key" -out "$1.csr" -subj "/CN=fbgraph test server"
  openssl x509 -req -in "$1.csr" -CA ca.pem -CAkey ca.key -CAcreateserial -out "$1.pem" \
    -days 36500 -extfile <(printf '%s\n' \
      "basicConstraints=critical,CA:FALSE" \
      "keyUsage=critical,digitalSignature" \
      "extendedKeyUsage=serverAuth" \
      "subjectAltName=$2")
  # The key as PKCS#8, which rustls reads.
  openssl pkcs8 -topk8 -nocrypt -in "$1.key" -out "$1.key.pk8" && mv "$1.key.pk8" "$1.key"
  rm -f "$1.csr"
}
leaf server "IP:127.0.0.1,DNS:localhost"
leaf elsewhere "DNS:elsewhere.invalid"
rm -f ca.key ca.srl
