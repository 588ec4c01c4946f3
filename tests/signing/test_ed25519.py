"""The pure-Python Ed25519 the Windows build uses instead of cryptography gives the same
keys and signatures, and refuses what cryptography refuses."""

from __future__ import annotations

import os

import pytest
from cryptography.exceptions import InvalidSignature as CryptoInvalid
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey as CryptoKey

from tiltakskort.signing import ed25519

# RFC 8032, 7.1, tests 1 and 2
VECTORS = [
    (
        "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
        "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
        "",
        "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b",
    ),
    (
        "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
        "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c",
        "72",
        "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00",
    ),
]


@pytest.mark.parametrize(("seed", "public", "message", "signature"), VECTORS)
def test_rfc_8032_vectors(seed, public, message, signature) -> None:
    key = ed25519.Ed25519PrivateKey.from_private_bytes(bytes.fromhex(seed))
    assert (
        key.public_key().public_bytes(ed25519.Encoding.Raw, ed25519.PublicFormat.Raw).hex()
        == public
    )
    assert key.sign(bytes.fromhex(message)).hex() == signature
    key.public_key().verify(bytes.fromhex(signature), bytes.fromhex(message))


def test_same_as_cryptography_on_random_keys() -> None:
    for n in range(12):
        seed, message = os.urandom(32), os.urandom(n * 13)
        ours, theirs = ed25519.Ed25519PrivateKey(seed), CryptoKey.from_private_bytes(seed)
        assert ours.sign(message) == theirs.sign(message)
        ours.public_key().verify(theirs.sign(message), message)


def test_what_does_not_match_is_refused_by_both() -> None:
    seed = os.urandom(32)
    theirs = CryptoKey.from_private_bytes(seed)
    public = ed25519.Ed25519PrivateKey(seed).public_key()
    good = theirs.sign(b"deck")
    s_plus_l = (int.from_bytes(good[32:], "little") + ed25519.L).to_bytes(32, "little")
    for bad_sig, message in (
        (good, b"deck!"),
        (bytes([good[0] ^ 1]) + good[1:], b"deck"),
        (good[:32] + s_plus_l, b"deck"),
        (good[:63], b"deck"),
        (bytes(64), b"deck"),
    ):
        with pytest.raises(ed25519.InvalidSignature):
            public.verify(bad_sig, message)
        with pytest.raises((CryptoInvalid, ValueError)):
            theirs.public_key().verify(bad_sig, message)


def test_minisign_works_without_cryptography(monkeypatch) -> None:
    import importlib
    import sys

    import tiltakskort.signing
    from tiltakskort.signing import minisign as with_crypto

    key = with_crypto.generate()
    signature = with_crypto.sign(b"cards", key, "trusted")
    for name in [m for m in sys.modules if m.startswith("cryptography")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "cryptography", None)  # import fails, as in the Windows build
    monkeypatch.delitem(sys.modules, "tiltakskort.signing.minisign")
    monkeypatch.setattr(tiltakskort.signing, "minisign", with_crypto)  # put back afterwards
    pure = importlib.import_module("tiltakskort.signing.minisign")
    try:
        assert pure.Ed25519PublicKey is ed25519.Ed25519PublicKey
        public = pure.read_public(key.public_key().text())
        assert pure.verify(b"cards", signature, public).trusted_comment == "trusted"
        with pytest.raises(pure.MinisignError):
            pure.verify(b"cards!", signature, public)
        again = pure.read_secret(key.text())
        assert pure.verify(b"x", pure.sign(b"x", again, "t"), public).trusted_comment == "t"
    finally:
        monkeypatch.undo()  # the module with cryptography is the one imported again
    assert sys.modules["tiltakskort.signing.minisign"] is with_crypto
