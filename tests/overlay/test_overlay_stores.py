"""Token and token stores: memory, file (mode 0600, atomic replace), redacted reprs."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from zohokit import FileTokenStore, MemoryTokenStore, Token, TokenStore, ZohoKitError

TOKEN = Token(
    access_token="acc-secret-1",
    refresh_token="ref-secret-1",
    expires_at=1_700_003_600.5,
    api_domain="https://www.zohoapis.eu",
    token_type="Bearer",
    scope="ZohoCRM.modules.ALL",
)


def test_token_expiry() -> None:
    assert Token().expires_within(0, now=0)  # no access token: needs one
    assert not Token(access_token="a").expires_within(60, now=10**12)  # unknown expiry: trusted
    token = Token(access_token="a", expires_at=1000.0)
    assert not token.expires_within(60, now=939.0)
    assert token.expires_within(60, now=940.0)


def test_token_round_trip_and_validation() -> None:
    assert Token.from_dict(TOKEN.to_dict()) == TOKEN
    assert Token.from_dict({"access_token": "a", "unknown": 1, "expires_at": 5}) == Token(
        access_token="a", expires_at=5.0
    )
    for bad in ({"access_token": 1}, {"expires_at": "soon"}, {"expires_at": True}):
        with pytest.raises(ValueError):
            Token.from_dict(bad)


def test_token_repr_hides_secrets() -> None:
    for text in (repr(TOKEN), str(TOKEN), repr(Token(access_token="x" * 40))):
        assert "acc-secret-1" not in text and "ref-secret-1" not in text and "x" * 40 not in text
    assert "access_token='***'" in repr(TOKEN)
    assert "refresh_token=None" in repr(Token(access_token="a"))


def test_memory_store() -> None:
    store = MemoryTokenStore()
    assert isinstance(store, TokenStore)
    assert store.load() is None
    store.save(TOKEN)
    assert store.load() == TOKEN
    assert "secret" not in repr(store)
    store.clear()
    assert store.load() is None


def test_file_store_round_trip_with_mode_0600(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "token.json"
    store = FileTokenStore(path)
    assert isinstance(store, TokenStore)
    assert store.load() is None
    store.save(TOKEN)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert json.loads(path.read_text()) == TOKEN.to_dict()
    assert FileTokenStore(path).load() == TOKEN
    newer = TOKEN.replace(access_token="acc-secret-2")
    store.save(newer)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert store.load() == newer
    assert sorted(p.name for p in path.parent.iterdir()) == ["token.json"]  # no temp files left
    store.clear()
    store.clear()
    assert store.load() is None


def test_file_store_mode_ignores_a_permissive_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        FileTokenStore(tmp_path / "t.json").save(TOKEN)
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "t.json").stat().st_mode) == 0o600


def test_file_store_replaces_atomically(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "token.json"
    store = FileTokenStore(path)
    store.save(TOKEN)
    calls: list[tuple[str, str]] = []
    real_replace = os.replace

    def spy(src: str, dst: str) -> None:
        calls.append((str(src), str(dst)))
        # At the moment of the swap the new content is complete and private.
        assert json.loads(Path(src).read_text())["access_token"] == "acc-secret-2"
        assert stat.S_IMODE(os.stat(src).st_mode) == 0o600
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    store.save(TOKEN.replace(access_token="acc-secret-2"))
    ((src, dst),) = calls
    assert Path(src).parent == tmp_path and src != dst and dst == str(path)


def test_failed_save_keeps_the_old_file_and_cleans_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "token.json"
    store = FileTokenStore(path)
    store.save(TOKEN)

    def broken(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OSError, match="disk full"):
        store.save(TOKEN.replace(access_token="acc-secret-2"))
    monkeypatch.undo()
    assert store.load() == TOKEN
    assert sorted(p.name for p in tmp_path.iterdir()) == ["token.json"]


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '{"access_token": 12}'])
def test_corrupt_file_raises_without_quoting_it(tmp_path: Path, content: str) -> None:
    path = tmp_path / "token.json"
    path.write_text(content + " ref-secret-1")
    with pytest.raises(ZohoKitError, match="not a valid token file") as caught:
        FileTokenStore(path).load()
    assert "ref-secret-1" not in str(caught.value)
