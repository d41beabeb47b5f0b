"""An unsent e-mail (.eml, `X-Unsent: 1`) with a PDF attached, for the user's own mail client to open and send."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP

from collections_desktop.documents.agreement_data import clinic_hours, texts


def agreement_email(*, to: str, sender: str, name: str, account: str, clinic: dict[str, str], lang: str,
                    pdf: bytes) -> bytes:
    """The draft in the patient's language, addressed to them, with the agreement attached."""
    words = texts(lang if lang in ("en", "es") else "en")["email"]
    fill = {"name": name, "account": account, "phone": clinic.get("phone", ""), "hours": clinic_hours(clinic, lang),
            "clinic": clinic.get("legal_name", "")}
    message = EmailMessage(policy=SMTP)
    message["To"] = to
    if sender:
        message["From"] = sender
    message["Subject"] = words["subject"].format(**fill)
    message["X-Unsent"] = "1"  # mail clients open it as a draft ready to send
    message.set_content(words["body"].format(**fill))
    message["Content-Language"] = lang  # after the content: setting it clears the Content- headers
    message.add_attachment(pdf, maintype="application", subtype="pdf",
                           filename=words["attachment"].format(account=account))
    return message.as_bytes()


def message_email(*, to: str, sender: str, subject: str, body: str, lang: str,
                  attachments: tuple[tuple[str, bytes], ...] = ()) -> bytes:
    """An unsent message in the patient's language, addressed to them, with PDFs attached."""
    message = EmailMessage(policy=SMTP)
    message["To"] = to
    if sender:
        message["From"] = sender
    message["Subject"] = subject
    message["X-Unsent"] = "1"
    message.set_content(body)
    message["Content-Language"] = lang
    for name, content in attachments:
        message.add_attachment(content, maintype="application", subtype="pdf", filename=name)
    return message.as_bytes()
