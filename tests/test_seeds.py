import hashlib
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _manifest() -> dict[str, str]:
    lines = (SEEDS / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    return {name: digest for digest, name in (line.split("  ", 1) for line in lines)}


def test_manifest_lists_exactly_the_seed_files() -> None:
    """SHA256SUMS names every seed document and nothing else."""
    assert set(_manifest()) == {p.name for p in SEEDS.glob("*.txt")}
    assert len(_manifest()) == 5


def test_seed_bytes_match_their_manifest_digests() -> None:
    """Every seed file still has the SHA-256 recorded when it was copied in, so raw bytes are never edited."""
    for name, digest in _manifest().items():
        assert hashlib.sha256((SEEDS / name).read_bytes()).hexdigest() == digest, name
