"""Command-line wording in English and Spanish for what an import finds in the files it reads."""

from __future__ import annotations

IMPORT_MESSAGES: dict[str, dict[str, str]] = {
    # The terminal and JSON name the place and the column, never the cell's value (it may be a patient's data);
    # the window, locked with the vault, shows the value.
    "bad_amount": {"en": "{field} is not an amount", "es": "{field} no es un monto"},
    "bad_date": {"en": "{field} is not a date", "es": "{field} no es una fecha"},
    "missing_value": {"en": "{field} is empty", "es": "{field} está vacío"},
    "not_x12": {"en": "not an X12 file", "es": "no es un archivo X12"},
    "id_too_long": {
        "en": "{field} is {length} characters long; the vault keeps ids of up to {most} whole and never cuts one",
        "es": "{field} tiene {length} caracteres; la bóveda guarda enteros los identificadores de hasta {most} y "
              "nunca corta uno"},
    "balance_disagrees": {
        "en": "claim {claim}: the Balance, {balance}, is not what the amounts leave ({figures}); the Balance is "
              "kept and the difference posted as an adjustment",
        "es": "reclamación {claim}: el saldo, {balance}, no es lo que dejan los montos ({figures}); se conserva el "
              "saldo y la diferencia se registra como ajuste"},
    "short_row": {
        "en": "the row has {found} of the header's {expected} fields (cut off?); nothing of it was read",
        "es": "la fila tiene {found} de los {expected} campos del encabezado (¿cortada?); no se leyó nada de ella"},
    "last_line_cut": {
        "en": "the file ends inside this row, with no line ending (cut off?); nothing of it was read. If the file is "
              "complete, export it again",
        "es": "el archivo termina dentro de esta fila, sin fin de línea (¿cortado?); no se leyó nada de ella. Si el "
              "archivo está completo, expórtelo de nuevo"},
    "isa_truncated": {"en": "the ISA envelope is cut short", "es": "el sobre ISA está incompleto"},
    "isa_malformed": {"en": "the ISA envelope is malformed", "es": "el sobre ISA está mal formado"},
    "x12_no_envelope": {
        "en": "no ISA envelope; assuming * : ~ delimiters",
        "es": "sin sobre ISA; se suponen los delimitadores * : ~",
    },
    "x12_no_transaction": {
        "en": "the file holds no transaction (no ST segment after its envelope): cut off?",
        "es": "el archivo no contiene ninguna transacción (no hay segmento ST tras su sobre): ¿está cortado?"},
    "x12_truncated": {
        "en": "the file ends inside a transaction (no {missing} segment)",
        "es": "el archivo termina dentro de una transacción (falta el segmento {missing})",
    },
    "x12_outside_transaction": {
        "en": "segment {segment} outside any ST..SE transaction",
        "es": "segmento {segment} fuera de una transacción ST..SE",
    },
    "x12_missing_element": {"en": "{element} is empty", "es": "{element} está vacío"},
    "x12_line_unbalanced": {
        "en": "claim {claim} line {line}: charge minus payment differs from its adjustments",
        "es": "reclamación {claim} línea {line}: cargo menos pago no coincide con sus ajustes",
    },
    "x12_claim_unbalanced": {
        "en": "claim {claim}: charge minus payment differs from its adjustments",
        "es": "reclamación {claim}: cargo menos pago no coincide con sus ajustes",
    },
    "x12_patient_amount_mismatch": {
        "en": "claim {claim}: CLP05 differs from the sum of PR adjustments",
        "es": "reclamación {claim}: CLP05 no coincide con la suma de ajustes PR",
    },
    "x12_segment_count": {
        "en": "SE says {declared} segments, found {found}",
        "es": "SE declara {declared} segmentos, hay {found}",
    },
    "x12_payment_unbalanced": {
        "en": "payment {trace}: BPR02 differs from claim payments less provider adjustments",
        "es": "pago {trace}: BPR02 no coincide con los pagos de reclamaciones menos ajustes al proveedor",
    },
    "isa_delimiters": {
        "en": "the ISA envelope's delimiters cannot be read: they must differ from each other and not be letters "
              "or digits",
        "es": "no se pueden leer los delimitadores del sobre ISA: deben ser distintos entre sí y no ser letras ni "
              "dígitos",
    },
    "x12_is_837": {"en": "this is an 837 claim, not an 835 remittance",
                   "es": "esto es una reclamación 837, no una remesa 835"},
    "x12_is_277": {"en": "this is a 277/276 claim status, not an 835 remittance",
                   "es": "esto es un estado de reclamación 277/276, no una remesa 835"},
    "x12_is_999": {"en": "this is a 999/997 acknowledgment, not an 835 remittance",
                   "es": "esto es un acuse de recibo 999/997, no una remesa 835"},
    "x12_is_270": {"en": "this is a 270/271 eligibility file, not an 835 remittance",
                   "es": "esto es un archivo de elegibilidad 270/271, no una remesa 835"},
    "x12_wrong_file": {
        "en": "{path} is an X12 {transaction} file (837 claims, 277 statuses and 999 acknowledgments are not "
              "imported), not an 835 remittance",
        "es": "{path} es un archivo X12 {transaction} (no se importan reclamaciones 837, estados 277 ni acuses "
              "999), no una remesa 835",
    },
    "x12_not_835": {"en": "this is an X12 {transaction} transaction, not an 835 remittance",
                    "es": "esto es una transacción X12 {transaction}, no una remesa 835"},
    "x12_payment_date": {
        "en": "{field}, the payment's date, is not a date: its postings are dated the day of the import",
        "es": "{field}, la fecha del pago, no es una fecha: sus registros llevan la fecha de la importación"},
    "x12_unknown_segments": {
        "en": "{count} segment(s) an 835 does not define were passed over ({segments})",
        "es": "se omitieron {count} segmento(s) que una 835 no define ({segments})",
    },
    "claim_other_patient": {
        "en": "claim {claim} is already in the vault for another patient ({known}, account {account}); this "
              "remittance is for {named}: not merged, ask the billing team",
        "es": "la reclamación {claim} ya está en la bóveda para otro paciente ({known}, cuenta {account}); esta "
              "remesa es de {named}: no se combinó, consulte al equipo de facturación",
    },
    "claim_other_visit": {
        "en": "claim {claim} is already in the vault for a visit on {known} (account {account}); this remittance "
              "is for {named}: not merged",
        "es": "la reclamación {claim} ya está en la bóveda para una visita del {known} (cuenta {account}); esta "
              "remesa es del {named}: no se combinó",
    },
    "file_changed": {
        "en": "{path} changed since it was read for the preview: nothing was imported; check it again",
        "es": "{path} cambió desde que se leyó para la vista previa: no se importó nada; revíselo de nuevo"},
    "fhir_unknown_category": {
        "en": "claim {claim}: amount coded {code} is not one the importer knows; it was not posted",
        "es": "reclamación {claim}: el monto con código {code} no es uno que el importador conozca; no se registró"},
    "fhir_pharmacy_claim": {
        "en": "explanation of benefit {claim} is a pharmacy's prescription claim, not the clinic's: not posted",
        "es": "la explicación de beneficios {claim} es una reclamación de farmacia, no de la clínica: no se registró"},
    "fhir_eob_not_final": {
        "en": "explanation of benefit {claim} is {status}: nothing posted",
        "es": "la explicación de beneficios {claim} está en estado {status}: no se registró nada"},
    "fhir_version": {
        "en": "this resource is FHIR {version}, not R4: export it again as FHIR R4",
        "es": "este recurso es FHIR {version}, no R4: vuelva a exportarlo como FHIR R4"},
    "claim_already_remitted": {
        "en": "claim {claim}: the payer's claim {payer_claim} is already posted from another remittance and not "
              "reversed; not posted again",
        "es": "reclamación {claim}: la reclamación del pagador {payer_claim} ya se registró con otra remesa y no se "
              "revirtió; no se registra de nuevo",
    },
    "claim_paid_above_billed": {
        "en": "claim {claim}: insurance would have paid {paid} on a {billed} bill; not posted",
        "es": "reclamación {claim}: el seguro habría pagado {paid} sobre un cargo de {billed}; no se registró",
    },
    "reversal_without_original": {
        "en": "claim {claim}: reversal of a payment that is not in the vault; nothing to take back",
        "es": "reclamación {claim}: reverso de un pago que no está en la bóveda; no hay nada que revertir",
    },
}
