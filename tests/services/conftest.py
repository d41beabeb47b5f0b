"""The services' tests run on both backends: each test given `workspace` or `demo_workspace` runs once on an
encrypted vault and once on a team server (as its supervisor). A test about the vault itself (its files, its
key, the command line's --data-dir) is marked `vault_only` and runs on the vault alone."""

from __future__ import annotations

import pytest

from tests.backends import server_workspace
from tests.conftest import PASSPHRASE

BACKENDS = ("vault", "server")


def pytest_configure(config) -> None:  # noqa: ANN001
    config.addinivalue_line("markers", "vault_only: the test is about the vault itself; not run on a team server")


def pytest_collection_modifyitems(config, items) -> None:  # noqa: ANN001, ARG001
    """A vault-only test keeps its vault run alone (not shown as skipped: there is nothing to skip)."""
    items[:] = [item for item in items if not (
        item.get_closest_marker("vault_only") and getattr(item, "callspec", None) is not None
        and item.callspec.params.get("backend") == "server")]


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:  # noqa: ANN001
    return request.param


@pytest.fixture
def workspace(backend, request, tmp_path):  # noqa: ANN001
    if backend == "vault":
        from collections_desktop.services.workspace import create_workspace

        ws, _recovery = create_workspace(request.getfixturevalue("data_dir"), PASSPHRASE)
    else:
        ws = server_workspace(request.getfixturevalue("postgres_address"),
                              request.getfixturevalue("server_templates")["empty"], tmp_path)
    yield ws
    ws.close()


@pytest.fixture
def demo_workspace(backend, request, tmp_path):  # noqa: ANN001
    if backend == "vault":
        from collections_desktop.services.workspace import open_workspace

        ws = open_workspace(request.getfixturevalue("demo_dir"), passphrase=PASSPHRASE)
    else:
        ws = server_workspace(request.getfixturevalue("postgres_address"),
                              request.getfixturevalue("server_templates")["demo"], tmp_path)
    yield ws
    ws.close()
