"""Ed25519 keys and signatures in minisign's formats (https://jedisct1.github.io/minisign/).

IT can check our signatures with the standard ``minisign -V`` tool, and a key made with
``minisign -G -W`` (no password) works here. Signatures are the prehashed kind ("ED"):
Ed25519 over BLAKE2b-512 of the file; the trusted comment is signed too ("global
signature").
"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass, field

try:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import (
        Ed25519PrivateKey,
        Ed25519PublicKey,
    )
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
except ImportError:  # the Windows build leaves cryptography out: the same in pure Python
    from tiltakskort.signing.ed25519 import (  # type: ignore[assignment]
        Ed25519PrivateKey,
        Ed25519PublicKey,
        Encoding,
        InvalidSignature,
        PublicFormat,
    )

from tiltakskort.i18n import Msg


class MinisignError(ValueError):
    """A key or signature file that cannot be read or does not verify.

    ``e.msg`` says what, to be translated (``e.msg.text(lang)``); ``str(e)`` is English.
    """

    def __init__(self, msg: Msg) -> None:
        super().__init__(msg.text("en"))
        self.msg = msg


class WrongKey(MinisignError):
    """The signature was made with another key (its key id differs)."""


@dataclass(frozen=True)
class PublicKey:
    key_id: bytes
    key: bytes

    def text(self) -> str:
        kid = self.key_id[::-1].hex().upper()
        return (
            f"untrusted comment: minisign public key {kid}\n"
            f"{base64.b64encode(b'Ed' + self.key_id + self.key).decode()}\n"
        )

    @property
    def id_hex(self) -> str:
        return self.key_id[::-1].hex().upper()


@dataclass(frozen=True)
class SecretKey:
    key_id: bytes
    seed: bytes = field(repr=False)  # never in a log or a traceback
    public: bytes = field(repr=False)

    def text(self) -> str:
        sk = self.seed + self.public
        checksum = hashlib.blake2b(b"Ed" + self.key_id + sk, digest_size=32).digest()
        raw = (
            b"Ed"
            + b"\x00\x00"
            + b"B2"
            + bytes(32)
            + bytes(8)
            + bytes(8)
            + self.key_id
            + sk
            + checksum
        )
        return (
            "untrusted comment: minisign secret key (not encrypted; keep it off shared drives)\n"
            f"{base64.b64encode(raw).decode()}\n"
        )

    def public_key(self) -> PublicKey:
        return PublicKey(self.key_id, self.public)


def generate() -> SecretKey:
    private = Ed25519PrivateKey.generate()
    seed = private.private_bytes_raw()
    public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return SecretKey(os.urandom(8), seed, public)


_NOT_A = {
    "public key": Msg("not a minisign public key"),
    "secret key": Msg("not a minisign secret key"),
}


def _payload(text: str, what: str) -> bytes:
    lines = [line for line in text.splitlines() if line.strip()]
    error = MinisignError(_NOT_A[what])
    if len(lines) < 2 or not lines[0].startswith("untrusted comment:"):
        raise error
    try:
        return base64.b64decode(lines[1], validate=True)
    except ValueError as e:
        raise error from e


def read_public(text: str) -> PublicKey:
    raw = _payload(text, "public key")
    if len(raw) != 42 or raw[:2] != b"Ed":
        raise MinisignError(Msg("not a minisign public key"))
    return PublicKey(raw[2:10], raw[10:])


def read_secret(text: str) -> SecretKey:
    raw = _payload(text, "secret key")
    if len(raw) != 158 or raw[:2] != b"Ed":
        raise MinisignError(Msg("not a minisign secret key"))
    if raw[2:4] != b"\x00\x00":
        raise MinisignError(
            Msg(
                "the secret key has a password; make one without (minisign -G -W) "
                "or use 'tiltakskort keygen'"
            )
        )
    key_id, sk, checksum = raw[54:62], raw[62:126], raw[126:158]
    # minisign 0.11 leaves the checksum of an unencrypted key (-W) as zeros
    if (
        checksum != bytes(32)
        and hashlib.blake2b(b"Ed" + key_id + sk, digest_size=32).digest() != checksum
    ):
        raise MinisignError(Msg("the secret key is damaged (checksum)"))
    derived = (
        Ed25519PrivateKey.from_private_bytes(sk[:32])
        .public_key()
        .public_bytes(Encoding.Raw, PublicFormat.Raw)
    )
    if derived != sk[32:]:
        raise MinisignError(Msg("the secret key is damaged"))
    return SecretKey(key_id, sk[:32], sk[32:])


def sign(
    data: bytes,
    key: SecretKey,
    trusted_comment: str,
    untrusted_comment: str = "signature from tiltakskort",
) -> str:
    """A minisign signature file (prehashed, 'ED') of ``data``."""
    if "\n" in trusted_comment or "\r" in trusted_comment:
        raise MinisignError(Msg("a trusted comment is one line"))
    private = Ed25519PrivateKey.from_private_bytes(key.seed)
    digest = hashlib.blake2b(data, digest_size=64).digest()
    signature = private.sign(digest)
    global_sig = private.sign(signature + trusted_comment.encode("utf-8"))
    return (
        f"untrusted comment: {untrusted_comment}\n"
        f"{base64.b64encode(b'ED' + key.key_id + signature).decode()}\n"
        f"trusted comment: {trusted_comment}\n"
        f"{base64.b64encode(global_sig).decode()}\n"
    )


@dataclass(frozen=True)
class Signature:
    key_id: bytes
    trusted_comment: str


def verify(data: bytes, signature_text: str, key: PublicKey) -> Signature:
    """Check a minisign signature of ``data``; return its trusted comment, or raise."""
    lines = signature_text.splitlines()
    if len(lines) < 4 or not lines[2].startswith("trusted comment: "):
        raise MinisignError(Msg("not a minisign signature"))
    try:
        raw = base64.b64decode(lines[1], validate=True)
        global_sig = base64.b64decode(lines[3], validate=True)
    except ValueError as e:
        raise MinisignError(Msg("not a minisign signature")) from e
    if len(raw) != 74 or raw[:2] not in (b"ED", b"Ed"):
        raise MinisignError(Msg("not a minisign signature"))
    if raw[2:10] != key.key_id:
        raise WrongKey(Msg("signed with another key"))
    message = hashlib.blake2b(data, digest_size=64).digest() if raw[:2] == b"ED" else data
    public = Ed25519PublicKey.from_public_bytes(key.key)
    comment = lines[2][len("trusted comment: ") :]
    try:
        public.verify(raw[10:], message)
        public.verify(global_sig, raw[10:] + comment.encode("utf-8"))
    except InvalidSignature as e:
        raise MinisignError(Msg("the signature does not match")) from e
    return Signature(raw[2:10], comment)
