"""Words for the vault: opening, keys, checks, backups, the audit trail and the start of the program."""

from __future__ import annotations

# code: the English template; its Spanish is in locale/es/LC_MESSAGES/collections_desktop.po.
WORDS: dict[str, str] = {
    "no_display": "there is no screen to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is "
                  "set): start it from a desktop session; QT_QPA_PLATFORM=offscreen runs it without a"
                  " window, e.g. for checks",
    "wrong_secret": "wrong passphrase or recovery key; the vault was not opened or changed",
    "weak_passphrase": "the passphrase must be at least {minimum} characters long",
    "passphrases_differ": "the two passphrases do not match",
    "key_file_damaged": "the vault's key file is damaged or not ours ({detail}); restore it from a backup",
    "vault_missing": "no vault in {path}; create one with 'collections-desktop init'",
    "vault_exists": "a vault already exists in {path}; nothing was changed",
    "vault_incomplete": "the vault is incomplete: {missing} is missing; restore from a backup",
    "passphrase_required": "a passphrase is needed to unlock the vault: type it (on the command line "
                           "COLLECTIONS_DESKTOP_PASSPHRASE or --passphrase-file also give it)",
    "not_a_vault": "{path} is corrupt or is not a Collections Desk vault",
    "file_not_found": "file not found: {path}",
    "cannot_read": "cannot read {path}: {reason}",
    "cannot_write": "cannot write {path}: {reason}",
    "demo_refuses_real_data": "this is the demo vault of invented patients: it takes no imported file"
                              " and no typed note or reference (its key is not secret); create your "
                              "own vault for real data",
    "vault_damaged": "vault.db is damaged (a page does not read back as written); restore from a "
                     "backup, then run 'collections-desktop vault check'",
    "vault_check_references": "references between rows: {count} broken",
    "vault_check_balances": "balances re-derived from the ledger: {count} differ {accounts}",
    "vault_check_kept_sums": "sums kept for the reports, against the rows they count: {count} differ",
    "vault_check_audit": "audit trail: {rows} rows, {state}",
    "audit_intact": "intact",
    "audit_broken": "BROKEN",
    "vault_unsound": "the vault check found problems: restore from a backup, or keep this output for support",
    "vault_in_use": "the vault is open in another window or command (process {pid}): close it, then "
                    "try again; nothing was changed",
    "vault_busy": "the vault is busy: another window or command is writing to it (an import?); try "
                  "again when it ends",
    "disk_full": "the disk holding {path} is full: nothing was changed; free some space and try again",
    "not_a_backup": "{path} is not a Collections Desk backup, or it is truncated",
    "backup_damaged": "{path} failed the integrity check; nothing was replaced",
    "backup_target_is_vault": "refusing to write the backup over the vault's own file {path}",
    "bad_demo_size": "--accounts must be between 1 and {maximum}",
    "vault_not_empty": "the vault already holds accounts; demo data goes only into an empty vault",
    "action_failed": "the action could not be completed ({code})",
    "problem_unknown": "a problem without words yet ({code})",
    "internal_error": "unexpected internal error ({kind}); nothing was half-written. Set "
                      "COLLECTIONS_DESKTOP_DEBUG=1 for details",
    "created": "Vault created in {path}.",
    "recovery_key": "Recovery key (write it down and keep it somewhere safe; it is shown only once):\n{key}",
    "passphrase_changed": "Passphrase changed.",
    "rekeyed": "Passphrase changed and the vault re-encrypted under a new key: no earlier passphrase,"
               " recovery key or key file opens it now. Backups made before keep the secrets they "
               "were made with.",
    "recovery_rotated": "The vault is re-encrypted under a new key: the old recovery key no longer opens it.",
    "demo_has_no_secrets": "the demo vault has no passphrase or recovery key to change",
    "backup_written": "Backup written to {path} ({size} bytes).",
    "restored": "Vault restored into {path}.",
    "restored_aside": "The vault it replaced is kept, still encrypted, in {path}.",
    "audit_ok": "Audit trail intact: {rows} rows; every ledger entry, contact, plan, promise and hold"
                " matches its seal.",
    "audit_head": "Head of the chain: row {row}, {hash} (keep it: audit verify --anchor {row}:{hash})",
    "audit_anchor_held": "Holds the anchor of {at} ({source}): row {row}.",
    "audit_anchor_lost": "The chain no longer holds the anchor of {at} ({source}, row {row}): it was "
                         "shortened or rewritten since",
    "audit_anchor_forged": "vault.anchor.json was not written by this vault: it was replaced or edited",
    "bad_anchor": "an anchor is written {value}, as audit verify prints it",
    "backup_without_anchor": "{path} was made before backups recorded the audit chain's head: it cannot be an anchor",
    "audit_bad": "Audit trail broken at row {row} ({problem}); {rows} rows before it are intact.",
    "demo_done": "Added {accounts} demo accounts ({rows} rows).",
    "prompt_passphrase": "Passphrase: ",
    "prompt_new_passphrase": "New passphrase: ",
    "prompt_repeat": "Repeat the passphrase: ",
}

# code: (the count parameter, singular, plural).
PLURALS: dict[str, tuple[str, str, str]] = {
    "vault_check_pages": ("count",
        "pages and structure: {count} problem",
        "pages and structure: {count} problems"),
    "audit_rows_altered": ("rows",
        "{table}: {rows} row changed outside the program (first seal broken: audit row {audit_row})",
        "{table}: {rows} rows changed outside the program (first seal broken: audit row {audit_row})"),
    "audit_rows_deleted": ("rows",
        "{table}: {rows} row deleted outside the program (first seal broken: audit row {audit_row})",
        "{table}: {rows} rows deleted outside the program (first seal broken: audit row {audit_row})"),
    "audit_rows_unsealed": ("rows",
        "{table}: {rows} row added outside the program (no audit row vouches for it)",
        "{table}: {rows} rows added outside the program (no audit row vouches for them)"),
    "vault_damaged_pages": ("count",
        "{count} page of vault.db fails its check: the file was damaged on disk or changed outside "
        "the program; make a backup now, then restore your latest good backup (collections-desktop "
        "vault check tells more)",
        "{count} pages of vault.db fail their check: the file was damaged on disk or changed outside "
        "the program; make a backup now, then restore your latest good backup (collections-desktop "
        "vault check tells more)"),
}
