"""Team tests copy the demo vault onto servers of their own: their `workspace` and `demo_workspace` are vaults."""

from tests.backends import vault_demo_workspace, vault_workspace

__all__ = ["vault_demo_workspace", "vault_workspace"]
