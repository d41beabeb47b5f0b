"""A keyring for benchmarks only: a JSON file in the run's temporary folder, standing in for the operating
system's keyring (Keychain, Credential Manager, Secret Service), which a headless benchmark machine lacks."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend


class BenchFileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    @staticmethod
    def _path() -> Path:
        return Path(os.environ["BENCH_KEYRING_FILE"])

    def _read(self) -> dict[str, str]:
        path = self._path()
        return json.loads(path.read_text()) if path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._read().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._read()
        data[f"{service}/{username}"] = password
        self._path().write_text(json.dumps(data))

    def delete_password(self, service: str, username: str) -> None:
        data = self._read()
        data.pop(f"{service}/{username}", None)
        self._path().write_text(json.dumps(data))
