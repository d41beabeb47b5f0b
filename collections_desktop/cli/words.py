"""Command-line wording in English and Spanish for the codes services return."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "no_display": {
        "en": "there is no screen to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set): start it from "
              "a desktop session; QT_QPA_PLATFORM=offscreen runs it without a window, e.g. for checks",
        "es": "no hay pantalla donde abrir la ventana (no están definidas DISPLAY ni WAYLAND_DISPLAY): iníciela "
              "desde una sesión de escritorio; QT_QPA_PLATFORM=offscreen la ejecuta sin ventana, p. ej. para pruebas",
    },
    "wrong_secret": {
        "en": "wrong passphrase or recovery key; the vault was not opened or changed",
        "es": "frase de contraseña o clave de recuperación incorrecta; la bóveda no se abrió ni se modificó",
    },
    "weak_passphrase": {
        "en": "the passphrase must be at least {minimum} characters long",
        "es": "la frase de contraseña debe tener al menos {minimum} caracteres",
    },
    "passphrases_differ": {
        "en": "the two passphrases do not match",
        "es": "las dos frases de contraseña no coinciden",
    },
    "key_file_damaged": {
        "en": "the vault's key file is damaged or not ours ({detail}); restore it from a backup",
        "es": "el archivo de claves de la bóveda está dañado o no es nuestro ({detail}); restáurelo de una copia",
    },
    "vault_missing": {
        "en": "no vault in {path}; create one with 'collections-desktop init'",
        "es": "no hay bóveda en {path}; cree una con 'collections-desktop init'",
    },
    "vault_exists": {
        "en": "a vault already exists in {path}; nothing was changed",
        "es": "ya existe una bóveda en {path}; no se cambió nada",
    },
    "vault_incomplete": {
        "en": "the vault is incomplete: {missing} is missing; restore from a backup",
        "es": "la bóveda está incompleta: falta {missing}; restaure desde una copia",
    },
    "passphrase_required": {
        "en": "a passphrase is needed: type it, set COLLECTIONS_DESKTOP_PASSPHRASE or use --passphrase-file",
        "es": "se necesita la frase de contraseña: escríbala, defina COLLECTIONS_DESKTOP_PASSPHRASE o use --passphrase-file",
    },
    "not_a_vault": {
        "en": "{path} is corrupt or is not a Collections Desk vault",
        "es": "{path} está dañado o no es una bóveda de Collections Desk",
    },
    "file_not_found": {"en": "file not found: {path}", "es": "no se encontró el archivo: {path}"},
    "cannot_read": {"en": "cannot read {path}: {reason}", "es": "no se puede leer {path}: {reason}"},
    "cannot_write": {"en": "cannot write {path}: {reason}", "es": "no se puede escribir {path}: {reason}"},
    "demo_refuses_real_data": {
        "en": "this is the demo vault of invented patients: it takes no imported file and no typed note or "
              "reference (its key is not secret); create your own vault for real data",
        "es": "esta es la bóveda de demostración con pacientes inventados: no acepta archivos importados ni notas "
              "o referencias escritas (su clave no es secreta); cree su propia bóveda para datos reales"},
    "vault_damaged": {
        "en": "vault.db is damaged (a page does not read back as written); restore from a backup, then run "
              "'collections-desktop vault check'",
        "es": "vault.db está dañado (una página no se lee como se escribió); restaure desde una copia y luego "
              "ejecute 'collections-desktop vault check'"},
    "vault_check_pages": {"en": "pages and structure: {count} problem(s)",
                          "es": "páginas y estructura: {count} problema(s)"},
    "vault_check_references": {"en": "references between rows: {count} broken",
                               "es": "referencias entre filas: {count} rotas"},
    "vault_check_balances": {"en": "balances re-derived from the ledger: {count} differ {accounts}",
                             "es": "saldos recalculados del libro: {count} difieren {accounts}"},
    "vault_check_audit": {"en": "audit trail: {rows} rows, {state}", "es": "registro de auditoría: {rows} filas, {state}"},
    "audit_intact": {"en": "intact", "es": "íntegro"},
    "audit_broken": {"en": "BROKEN", "es": "ROTO"},
    "vault_unsound": {
        "en": "the vault check found problems: restore from a backup, or keep this output for support",
        "es": "la revisión de la bóveda encontró problemas: restaure desde una copia, o guarde esta salida para soporte"},
    "vault_in_use": {
        "en": "the vault is open in another window or command (process {pid}): close it, then try again; nothing "
              "was changed",
        "es": "la bóveda está abierta en otra ventana u otro comando (proceso {pid}): ciérrela e inténtelo de nuevo; "
              "no se cambió nada"},
    "vault_busy": {
        "en": "the vault is busy: another window or command is writing to it (an import?); try again when it ends",
        "es": "la bóveda está ocupada: otra ventana u otro comando está escribiendo en ella (¿una importación?); "
              "inténtelo de nuevo cuando termine"},
    "disk_full": {
        "en": "the disk holding {path} is full: nothing was changed; free some space and try again",
        "es": "el disco que contiene {path} está lleno: no se cambió nada; libere espacio e inténtelo de nuevo"},
    "not_a_backup": {
        "en": "{path} is not a Collections Desk backup, or it is truncated",
        "es": "{path} no es una copia de Collections Desk o está incompleta",
    },
    "backup_damaged": {
        "en": "{path} failed the integrity check; nothing was replaced",
        "es": "{path} no pasó la verificación de integridad; no se reemplazó nada",
    },
    "backup_target_is_vault": {
        "en": "refusing to write the backup over the vault's own file {path}",
        "es": "no se escribirá la copia sobre el archivo de la propia bóveda {path}",
    },
    "account_not_found": {"en": "no account {account}", "es": "no existe la cuenta {account}"},
    "policy_unreadable": {"en": "{path}: cannot read the policy file ({reason})",
                          "es": "{path}: no se puede leer el archivo de política ({reason})"},
    "policy_not_toml": {"en": "{path}: not a valid TOML file ({detail})",
                        "es": "{path}: no es un archivo TOML válido ({detail})"},
    "policy_version_not_newer": {
        "en": "{path}: version {version} is not newer than the policy in force (version {newest})",
        "es": "{path}: la versión {version} no es más reciente que la política vigente (versión {newest})",
    },
    "policy_section_missing": {
        "en": "{path}: section [{where}] is missing",
        "es": "{path}: falta la sección [{where}]",
    },
    "policy_no_tiers": {
        "en": "{path}: {where}: needs at least one tier",
        "es": "{path}: {where}: se necesita al menos un tramo",
    },
    "policy_tier_not_table": {
        "en": "{path}: {where}: each tier is a table with up_to and months",
        "es": "{path}: {where}: cada tramo es una tabla con up_to y months",
    },
    "policy_tier_up_to": {
        "en": "{path}: {where}: only the last tier leaves out up_to",
        "es": "{path}: {where}: solo el último tramo omite up_to",
    },
    "policy_last_tier_up_to": {
        "en": "{path}: {where}: the last tier has no up_to",
        "es": "{path}: {where}: el último tramo no lleva up_to",
    },
    "policy_tiers_must_rise": {
        "en": "{path}: {where}: each tier's up_to must be above the previous one",
        "es": "{path}: {where}: el up_to de cada tramo debe ser mayor que el anterior",
    },
    "policy_no_frequencies": {
        "en": "{path}: {where}: name at least one of weekly, biweekly, semimonthly, monthly",
        "es": "{path}: {where}: indique al menos una de weekly, biweekly, semimonthly, monthly",
    },
    "policy_unknown_frequency": {
        "en": "{path}: {where}: unknown frequency in {value}",
        "es": "{path}: {where}: frecuencia desconocida en {value}",
    },
    "policy_interest_not_supported": {
        "en": "{path}: {where}: plans are interest-free; use 0",
        "es": "{path}: {where}: los planes no llevan intereses; use 0",
    },
    "policy_cure_too_short": {
        "en": "{path}: {where}: a default notice must give at least 14 days to cure",
        "es": "{path}: {where}: el aviso de incumplimiento debe dar al menos 14 días para regularizar",
    },
    "policy_field_not_editable": {
        "en": "{where} cannot be changed here: edit the policy file and import it",
        "es": "{where} no se puede cambiar aquí: edite el archivo de la política e impórtelo",
    },
    "policy_not_whole_number": {
        "en": "{path}: {where}: must be a whole number",
        "es": "{path}: {where}: debe ser un número entero",
    },
    "policy_out_of_range": {
        "en": "{path}: {where}: must be between {low} and {high}",
        "es": "{path}: {where}: debe estar entre {low} y {high}",
    },
    "policy_amount_as_text": {
        "en": "{path}: {where}: write amounts as text, e.g. \"25.00\"",
        "es": "{path}: {where}: escriba los montos como texto, p. ej. \"25.00\"",
    },
    "policy_bad_amount": {
        "en": "{path}: {where}: not an amount in dollars and cents: {value}",
        "es": "{path}: {where}: no es un monto en dólares y centavos: {value}",
    },
    "policy_negative": {
        "en": "{path}: {where}: cannot be negative",
        "es": "{path}: {where}: no puede ser negativo",
    },
    "policy_unknown_overpayment": {"en": "{path}: {where}: '{value}' is not one of {choices}",
                                   "es": "{path}: {where}: '{value}' no es una de {choices}"},
    "policy_not_a_number": {"en": "{path}: {where}: not a number", "es": "{path}: {where}: no es un número"},
    "unknown_view": {
        "en": "unknown view {view}; choose one of: {choices}",
        "es": "vista desconocida {view}; elija una de: {choices}",
    },
    "bad_limit": {"en": "--limit must be at least 1", "es": "--limit debe ser al menos 1"},
    "bad_demo_size": {
        "en": "--accounts must be between 1 and {maximum}",
        "es": "--accounts debe estar entre 1 y {maximum}",
    },
    "vault_not_empty": {
        "en": "the vault already holds accounts; demo data goes only into an empty vault",
        "es": "la bóveda ya tiene cuentas; los datos de demostración solo van en una bóveda vacía",
    },
    "internal_error": {
        "en": "unexpected internal error ({kind}); nothing was half-written. Set COLLECTIONS_DESKTOP_DEBUG=1 for details",
        "es": "error interno inesperado ({kind}); nada quedó a medias. Defina COLLECTIONS_DESKTOP_DEBUG=1 para detalles",
    },
    "unknown_format": {
        "en": "{path}: cannot tell the file's format; give --format",
        "es": "{path}: no se reconoce el formato del archivo; indique --format",
    },
    "unknown_import_format": {
        "en": "unknown format {format}; choose one of: {choices}",
        "es": "formato desconocido {format}; elija uno de: {choices}",
    },
    "unknown_profile": {
        "en": "no CSV profile {profile}; shipped profiles: {choices}",
        "es": "no existe el perfil CSV {profile}; perfiles incluidos: {choices}",
    },
    "import_rejected": {
        "en": "nothing was imported: {errors} error(s); fix the file or use --skip-bad to leave those records out",
        "es": "no se importó nada: {errors} error(es); corrija el archivo o use --skip-bad para omitir esos registros",
    },
    # Compliance reasons (can-contact, log-contact)
    "outside_hours": {"en": "outside 8 am–9 pm local time ({zones})", "es": "fuera del horario de 8 a 21 h local ({zones})"},
    "inconvenient_time": {"en": "the person asked not to be contacted between {start} and {end}",
                          "es": "la persona pidió no ser contactada entre las {start} y las {end}"},
    "seven_in_seven": {"en": "{calls} calls in the last 7 days (limit 7)",
                       "es": "{calls} llamadas en los últimos 7 días (límite 7)"},
    "conversation_wait": {"en": "a conversation on {conversation} starts a 7-day wait",
                          "es": "una conversación el {conversation} inicia una espera de 7 días"},
    "daily_cap": {"en": "{calls} calls today (clinic limit {cap})", "es": "{calls} llamadas hoy (límite de la clínica {cap})"},
    "bankruptcy": {"en": "bankruptcy: no collection contact", "es": "bancarrota: ningún contacto de cobranza"},
    "deceased_estate_only": {"en": "deceased: contact the estate's executor only",
                             "es": "fallecido: contactar solo al albacea"},
    "cease_requested": {"en": "the person asked in writing to stop contact",
                        "es": "la persona pidió por escrito que no se le contacte"},
    "attorney_represented": {"en": "represented by an attorney: contact the attorney",
                             "es": "representado por un abogado: contacte al abogado"},
    "dispute_pending_verification": {
        "en": "dispute open: send verification first (log it with --outcome VERIFICATION_SENT)",
        "es": "disputa abierta: primero envíe la verificación (regístrela con --outcome VERIFICATION_SENT)"},
    "financial_assistance_pending": {"en": "financial-assistance application pending",
                                     "es": "solicitud de asistencia financiera pendiente"},
    "claims_denied": {
        "en": "denied by the payer, held from collection until you decide (decide NUMBER --claim C): {claims}",
        "es": "denegadas por el pagador, retenidas de la cobranza hasta que usted decida (decide NÚMERO --claim C): "
              "{claims}"},
    "claims_predetermined": {
        "en": "predeterminations (estimates, nothing owed, not posted): {claims}",
        "es": "predeterminaciones (estimaciones, no se debe nada, no se registraron): {claims}"},
    "claim_decided": {"en": "claim {claim} of account {account} decided; the patient owes {after} on the account",
                      "es": "reclamación {claim} de la cuenta {account} decidida; el paciente debe {after} en la cuenta"},
    "remittance_figures": {
        "en": "the remittance does not balance: the payer's patient share {patient}, the claim's own figures {other}; "
              "the patient is asked for the smaller until you decide (decide NUMBER --claim C --patient-owes X)",
        "es": "la remesa no cuadra: parte del paciente según el pagador {patient}, cifras de la propia reclamación "
              "{other}; se pide al paciente la menor hasta que usted decida (decide NÚMERO --claim C --patient-owes X)"},
    "denial_review": {"en": "a payer denied a claim: ask the denials team before the patient",
                      "es": "un pagador denegó una reclamación: consulte al equipo de denegaciones antes que al paciente"},
    "claim_not_awaiting_decision": {"en": "claim {claim} is not waiting on a decision",
                                    "es": "la reclamación {claim} no espera una decisión"},
    "claim_denied_decide_first": {
        "en": "claim {claim} was denied: decide the denial first (the patient, or the denials team)",
        "es": "la reclamación {claim} fue denegada: decida primero la denegación (el paciente o el equipo de "
              "denegaciones)"},
    "patient_owes_out_of_range": {"en": "claim {claim}: the patient can owe from 0.00 to {most}",
                                  "es": "reclamación {claim}: el paciente puede deber de 0.00 a {most}"},
    "channel_blocked": {"en": "the person asked not to be contacted by {channel}",
                        "es": "la persona pidió no ser contactada por {channel}"},
    "opted_out": {"en": "opted out of {channel}", "es": "se dio de baja de {channel}"},
    "no_text_consent": {"en": "no consent to text this number", "es": "sin consentimiento para enviar mensajes a este número"},
    "no_autodial_consent": {"en": "no consent for automated calls to this cell phone",
                            "es": "sin consentimiento para llamadas automáticas a este celular"},
    "no_work_calls": {"en": "no calls at work", "es": "no llamar al trabajo"},
    "confidential_request": {"en": "confidential-communication request: not this number",
                             "es": "solicitud de comunicación confidencial: no a este número"},
    "location_unknown": {"en": "location unknown: using 11 am–9 pm Eastern",
                         "es": "ubicación desconocida: se usa 11 a 21 h del Este"},
    "no_common_window": {"en": "no hour is inside 8 am–9 pm in every place on file; send a letter",
                         "es": "ninguna hora cae entre 8 y 21 h en todos los lugares registrados; envíe una carta"},
    "unknown_person": {"en": "no person {person} on this account", "es": "no hay persona {person} en esta cuenta"},
    "no_contact_point": {"en": "nothing on file to reach this person by {channel}",
                         "es": "no hay datos para contactar a esta persona por {channel}"},
    "time_needs_zone": {"en": "give the time with its offset, e.g. 2026-03-03T15:00Z",
                        "es": "indique la hora con su desfase, p. ej. 2026-03-03T15:00Z"},
    "unknown_channel": {"en": "unknown channel {channel}", "es": "canal desconocido {channel}"},
    "unknown_outcome": {"en": "unknown outcome {outcome}", "es": "resultado desconocido {outcome}"},
    "unknown_direction": {"en": "direction must be outbound or inbound", "es": "la dirección debe ser outbound o inbound"},
    "window_required": {"en": "INCONVENIENT_TIME needs --window HH:MM-HH:MM",
                        "es": "INCONVENIENT_TIME necesita --window HH:MM-HH:MM"},
    "contact_blocked": {"en": "not allowed now ({reasons}); give --override REASON to record it anyway",
                        "es": "no permitido ahora ({reasons}); use --override MOTIVO para registrarlo de todos modos"},
    "debt_collector_disclosure_required": {
        "en": "third-party mode: say this is a debt collector, and send the validation notice",
        "es": "modo de terceros: indique que es un cobrador de deudas y envíe el aviso de validación",
    },
    "payment_recorded": {"en": "Payment of {amount} recorded; patient due now {after}.",
                         "es": "Pago de {amount} registrado; saldo del paciente ahora {after}."},
    "amount_not_positive": {"en": "the amount must be more than zero", "es": "el monto debe ser mayor que cero"},
    "unknown_method": {"en": "unknown method {method}; choose one of: {choices}",
                       "es": "forma de pago desconocida {method}; elija una de: {choices}"},
    "card_number_refused": {
        "en": "that reference looks like a card number; record only an authorization code or the last 4 digits",
        "es": "esa referencia parece un número de tarjeta; registre solo un código de autorización o los últimos 4 dígitos"},
    "overpayment": {"en": "{amount} is more than the {due} due; use --allow-overpayment to keep the rest as a credit",
                    "es": "{amount} es más que el saldo de {due}; use --allow-overpayment para dejar el resto a favor"},
    "nothing_to_pay": {"en": "account {account} has no visits to apply a payment to",
                       "es": "la cuenta {account} no tiene visitas a las que aplicar un pago"},
    "claim_not_found": {"en": "no claim {claim} on account {account}", "es": "no existe la reclamación {claim} en la cuenta {account}"},
    "already_handed_off": {"en": "claim {claim} is already with the billing team",
                           "es": "la reclamación {claim} ya está con el equipo de facturación"},
    "allowed_now": {"en": "Allowed now.", "es": "Permitido ahora."},
    "blocked_now": {"en": "Not allowed now:", "es": "No permitido ahora:"},
    "next_allowed": {"en": "Next allowed: {when}", "es": "Próximo momento permitido: {when}"},
    "contact_logged": {"en": "Logged contact {id}.", "es": "Contacto {id} registrado."},
    # Plain output lines
    "created": {
        "en": "Vault created in {path}.",
        "es": "Bóveda creada en {path}.",
    },
    "recovery_key": {
        "en": "Recovery key (write it down and keep it somewhere safe; it is shown only once):\n{key}",
        "es": "Clave de recuperación (anótela y guárdela en un lugar seguro; solo se muestra una vez):\n{key}",
    },
    "passphrase_changed": {"en": "Passphrase changed.", "es": "Frase de contraseña cambiada."},
    "rekeyed": {
        "en": "Passphrase changed and the vault re-encrypted under a new key: no earlier passphrase, recovery key "
              "or key file opens it now. Backups made before keep the secrets they were made with.",
        "es": "Frase de contraseña cambiada y la bóveda cifrada de nuevo con otra clave: ninguna frase, clave de "
              "recuperación ni archivo de claves anterior la abre ahora. Las copias anteriores conservan sus secretos."},
    "recovery_rotated": {
        "en": "The vault is re-encrypted under a new key: the old recovery key no longer opens it.",
        "es": "La bóveda está cifrada de nuevo con otra clave: la clave de recuperación anterior ya no la abre."},
    "demo_has_no_secrets": {
        "en": "the demo vault has no passphrase or recovery key to change",
        "es": "la bóveda de demostración no tiene frase de contraseña ni clave de recuperación que cambiar"},
    "backup_written": {"en": "Backup written to {path} ({size} bytes).", "es": "Copia escrita en {path} ({size} bytes)."},
    "restored": {"en": "Vault restored into {path}.", "es": "Bóveda restaurada en {path}."},
    "restored_aside": {
        "en": "The vault it replaced is kept, still encrypted, in {path}.",
        "es": "La bóveda reemplazada se conserva, aún cifrada, en {path}.",
    },
    "audit_ok": {
        "en": "Audit trail intact: {rows} rows; every ledger entry, contact, plan, promise and hold matches its seal.",
        "es": "Registro de auditoría íntegro: {rows} filas; cada movimiento, contacto, plan, promesa y retención "
              "coincide con su sello."},
    "audit_head": {"en": "Head of the chain: row {row}, {hash} (keep it: audit verify --anchor {row}:{hash})",
                   "es": "Cabeza de la cadena: fila {row}, {hash} (consérvela: audit verify --anchor {row}:{hash})"},
    "audit_rows_altered": {
        "en": "{table}: {rows} row(s) changed outside the program (first seal broken: audit row {audit_row})",
        "es": "{table}: {rows} fila(s) cambiadas fuera del programa (primer sello roto: fila de auditoría {audit_row})"},
    "audit_rows_deleted": {
        "en": "{table}: {rows} row(s) deleted outside the program (first seal broken: audit row {audit_row})",
        "es": "{table}: {rows} fila(s) borradas fuera del programa (primer sello roto: fila de auditoría {audit_row})"},
    "audit_rows_unsealed": {
        "en": "{table}: {rows} row(s) added outside the program (no audit row vouches for them)",
        "es": "{table}: {rows} fila(s) agregadas fuera del programa (ninguna fila de auditoría las respalda)"},
    "audit_anchor_held": {"en": "Holds the anchor of {at} ({source}): row {row}.",
                          "es": "Conserva el ancla del {at} ({source}): fila {row}."},
    "audit_anchor_lost": {
        "en": "The chain no longer holds the anchor of {at} ({source}, row {row}): it was shortened or rewritten "
              "since",
        "es": "La cadena ya no conserva el ancla del {at} ({source}, fila {row}): se acortó o reescribió desde "
              "entonces"},
    "audit_anchor_forged": {
        "en": "vault.anchor.json was not written by this vault: it was replaced or edited",
        "es": "vault.anchor.json no lo escribió esta bóveda: fue reemplazado o editado"},
    "bad_anchor": {"en": "an anchor is written {value}, as audit verify prints it",
                   "es": "un ancla se escribe {value}, como la imprime audit verify"},
    "backup_without_anchor": {
        "en": "{path} was made before backups recorded the audit chain's head: it cannot be an anchor",
        "es": "{path} se hizo antes de que las copias registraran la cabeza de la cadena: no puede servir de ancla"},
    "audit_bad": {
        "en": "Audit trail broken at row {row} ({problem}); {rows} rows before it are intact.",
        "es": "Registro de auditoría roto en la fila {row} ({problem}); las {rows} filas anteriores están íntegras.",
    },
    "demo_done": {
        "en": "Added {accounts} demo accounts ({rows} rows).",
        "es": "Se agregaron {accounts} cuentas de demostración ({rows} filas).",
    },
    "prompt_passphrase": {"en": "Passphrase: ", "es": "Frase de contraseña: "},
    "prompt_new_passphrase": {"en": "New passphrase: ", "es": "Nueva frase de contraseña: "},
    "prompt_repeat": {"en": "Repeat the passphrase: ", "es": "Repita la frase de contraseña: "},
    "no_rows": {"en": "No accounts match.", "es": "Ninguna cuenta coincide."},
    "import_summary": {
        "en": "{verb}: {accounts_created} new accounts, {accounts_updated} updated, {claims} claims, "
              "{payments} payments, {unchanged} unchanged.",
        "es": "{verb}: {accounts_created} cuentas nuevas, {accounts_updated} actualizadas, {claims} reclamaciones, "
              "{payments} pagos, {unchanged} sin cambios.",
    },
    "verb_applied": {"en": "Montod", "es": "Importado"},
    "export_written": {"en": "Wrote {rows} rows to {path}.", "es": "Se escribieron {rows} filas en {path}."},
    "unknown_export": {"en": "unknown export {kind}; choose one of: {choices}",
                       "es": "exportación desconocida {kind}; elija una de: {choices}"},
    "unknown_csv_layout": {
        "en": "{path}: no shipped profile matches its header row; give --profile NAME or a profile file",
        "es": "{path}: ningún perfil incluido coincide con su encabezado; indique --profile NOMBRE o un archivo de perfil",
    },
    "profile_unreadable": {"en": "cannot use profile {path}: {reason}",
                           "es": "no se puede usar el perfil {path}: {reason}"},
    "csv_unreadable": {"en": "the CSV cannot be read ({reason})", "es": "no se puede leer el CSV ({reason})"},
    "implausible_date": {"en": "{field} is not a plausible date (before 1900 or after today)",
                         "es": "{field} no es una fecha verosímil (anterior a 1900 o posterior a hoy)"},
    "not_text": {
        "en": "byte {byte} is not UTF-8 or Windows-1252 text; export the file again as UTF-8",
        "es": "el byte {byte} no es texto UTF-8 ni Windows-1252; vuelva a exportar el archivo como UTF-8",
    },
    "not_text_file": {
        "en": "{path}, line {line}: byte {byte} is not UTF-8 or Windows-1252 text; export the file again as UTF-8",
        "es": "{path}, línea {line}: el byte {byte} no es texto UTF-8 ni Windows-1252; vuelva a exportar el "
              "archivo como UTF-8",
    },
    "unknown_claim": {"en": "claim {claim} is not in the vault", "es": "la reclamación {claim} no está en la bóveda"},
    "fhir_bad_json": {"en": "not valid JSON: {reason}", "es": "JSON no válido: {reason}"},
    "fhir_not_a_resource": {"en": "not a FHIR resource", "es": "no es un recurso FHIR"},
    "fhir_unknown_patient": {
        "en": "explanation of benefit for a patient ({reference}) neither in these files nor imported before: "
              "import the Patient with it",
        "es": "explicación de beneficios de un paciente ({reference}) que no está en estos archivos ni se importó "
              "antes: importe el Patient con ella"},
    "fhir_no_patient_share": {"en": "claim {claim}: no patient share given; none is assumed",
                              "es": "reclamación {claim}: no indica la parte del paciente; no se supone ninguna"},
    "verb_dry_run": {"en": "Dry run, nothing saved", "es": "Simulación, no se guardó nada"},
    "verb_rejected": {"en": "Rejected", "es": "Rechazado"},
    "already_imported": {
        "en": "Already imported, nothing changed: {files}",
        "es": "Ya importado, no cambió nada: {files}",
    },
    "balance_change": {
        "en": "  {account}: patient due {before} -> {after}{note}",
        "es": "  {account}: saldo del paciente {before} -> {after}{note}",
    },
    "more_changes": {
        "en": "  ... and {count} more accounts whose balance changed (largest changes shown)",
        "es": "  ... y {count} cuentas más cuyo saldo cambió (se muestran los cambios mayores)",
    },
    "note_new": {"en": " (new account)", "es": " (cuenta nueva)"},
    "note_paid_off": {"en": " (paid off)", "es": " (pagada)"},
    "now_patient_due": {
        "en": "Claims moved from insurance pending to patient due: {claims}",
        "es": "Reclamaciones que pasan de pendiente del seguro a saldo del paciente: {claims}",
    },
}


from collections_desktop.cli.words_import import IMPORT_MESSAGES  # noqa: E402
from collections_desktop.cli.words_plans import PLAN_MESSAGES  # noqa: E402

MESSAGES.update(IMPORT_MESSAGES)
MESSAGES.update(PLAN_MESSAGES)


def say(code: str, lang: str = "en", **params: object) -> str:
    """The message for `code` in `lang` (English when Spanish is missing), with its parameters filled in."""
    entry = MESSAGES.get(code)
    if entry is None:
        return code
    # A tuple parameter holds reason codes: each is translated and the list joined.
    params = {k: "; ".join(say(c, lang) for c in v) if isinstance(v, tuple) else v for k, v in params.items()}
    template = entry.get(lang) or entry["en"]
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template
