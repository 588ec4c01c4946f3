"""Ed25519 (RFC 8032) in pure Python, with the few names of ``cryptography`` that
:mod:`tiltakskort.signing.minisign` uses.

Used where ``cryptography`` is not there: the Windows build leaves it out (its Rust
library is 9.5 MB of an 80 MB budget). Checking a deck's signature takes some
milliseconds. The code follows RFC 8032, section 6 (the reference implementation):
verification is the strict, cofactorless one (S below L, canonical points), as
OpenSSL's; the tests compare both on the RFC's vectors and on random keys. Signing here
is not constant-time: it runs on the coordinator's own PC, where timing is no threat.
"""

from __future__ import annotations

import hashlib
import os
from enum import Enum

P = 2**255 - 19
L = 2**252 + 27742317777372353535851937790883648493
D = -121665 * pow(121666, P - 2, P) % P
SQRT_M1 = pow(2, (P - 1) // 4, P)

Point = tuple[int, int, int, int]  # extended coordinates (X, Y, Z, T), x = X/Z, y = Y/Z, xy = T/Z


class InvalidSignature(Exception):
    """The signature does not match."""


class Encoding(Enum):
    Raw = "Raw"


class PublicFormat(Enum):
    Raw = "Raw"


def _add(p: Point, q: Point) -> Point:
    a = (p[1] - p[0]) * (q[1] - q[0]) % P
    b = (p[1] + p[0]) * (q[1] + q[0]) % P
    c = 2 * p[3] * q[3] * D % P
    d = 2 * p[2] * q[2] % P
    e, f, g, h = b - a, d - c, d + c, b + a
    return e * f % P, g * h % P, f * g % P, e * h % P


def _mul(s: int, p: Point) -> Point:
    q: Point = (0, 1, 1, 0)
    while s > 0:
        if s & 1:
            q = _add(q, p)
        p = _add(p, p)
        s >>= 1
    return q


def _equal(p: Point, q: Point) -> bool:
    return (p[0] * q[2] - q[0] * p[2]) % P == 0 and (p[1] * q[2] - q[1] * p[2]) % P == 0


def _recover_x(y: int, sign: int) -> int | None:
    if y >= P:
        return None
    x2 = (y * y - 1) * pow(D * y * y + 1, P - 2, P)
    if x2 == 0:
        return None if sign else 0
    x = pow(x2, (P + 3) // 8, P)
    if (x * x - x2) % P != 0:
        x = x * SQRT_M1 % P
    if (x * x - x2) % P != 0:
        return None
    if (x & 1) != sign:
        x = P - x
    return x


_GY = 4 * pow(5, P - 2, P) % P
_GX = _recover_x(_GY, 0)
assert _GX is not None
G: Point = (_GX, _GY, 1, _GX * _GY % P)


def _compress(p: Point) -> bytes:
    zinv = pow(p[2], P - 2, P)
    x, y = p[0] * zinv % P, p[1] * zinv % P
    return int.to_bytes(y | ((x & 1) << 255), 32, "little")


def _decompress(data: bytes) -> Point | None:
    if len(data) != 32:
        return None
    y = int.from_bytes(data, "little")
    sign = y >> 255
    y &= (1 << 255) - 1
    x = _recover_x(y, sign)
    return None if x is None else (x, y, 1, x * y % P)


def _hash_int(data: bytes) -> int:
    return int.from_bytes(hashlib.sha512(data).digest(), "little") % L


def _expand(seed: bytes) -> tuple[int, bytes]:
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    return a, h[32:]


class Ed25519PublicKey:
    def __init__(self, data: bytes) -> None:
        self._data = bytes(data)

    @classmethod
    def from_public_bytes(cls, data: bytes) -> Ed25519PublicKey:
        if len(data) != 32:
            raise ValueError("An Ed25519 public key is 32 bytes long")
        return cls(data)

    def public_bytes(self, encoding: Encoding, format: PublicFormat) -> bytes:  # noqa: A002
        return self._data

    def verify(self, signature: bytes, data: bytes) -> None:
        """Raises InvalidSignature unless ``signature`` is this key's signature of ``data``."""
        if len(signature) != 64:
            raise InvalidSignature()
        a = _decompress(self._data)
        r = _decompress(signature[:32])
        s = int.from_bytes(signature[32:], "little")
        if a is None or r is None or s >= L:
            raise InvalidSignature()
        h = _hash_int(signature[:32] + self._data + data)
        if not _equal(_mul(s, G), _add(r, _mul(h, a))):
            raise InvalidSignature()


class Ed25519PrivateKey:
    def __init__(self, seed: bytes) -> None:
        self._seed = bytes(seed)
        self._a, self._prefix = _expand(self._seed)
        self._public = _compress(_mul(self._a, G))

    @classmethod
    def generate(cls) -> Ed25519PrivateKey:
        return cls(os.urandom(32))

    @classmethod
    def from_private_bytes(cls, data: bytes) -> Ed25519PrivateKey:
        if len(data) != 32:
            raise ValueError("An Ed25519 private key is 32 bytes long")
        return cls(data)

    def private_bytes_raw(self) -> bytes:
        return self._seed

    def public_key(self) -> Ed25519PublicKey:
        return Ed25519PublicKey(self._public)

    def sign(self, data: bytes) -> bytes:
        r = _hash_int(self._prefix + data)
        rs = _compress(_mul(r, G))
        s = (r + _hash_int(rs + self._public + data) * self._a) % L
        return rs + int.to_bytes(s, 32, "little")
