<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccountPane</name>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="78"/>
        <source>Account detail</source>
        <translation>Detalle de la cuenta</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="80"/>
        <source>Choose an account in the list.</source>
        <translation>Elija una cuenta de la lista.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="93"/>
        <source>Mobile</source>
        <translation>Celular</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="93"/>
        <source>Home phone</source>
        <translation>Teléfono de casa</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="94"/>
        <source>Work phone</source>
        <translation>Teléfono del trabajo</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="94"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="95"/>
        <source>Home address</source>
        <translation>Domicilio</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="96"/>
        <source>Mailing address</source>
        <translation>Dirección postal</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="104"/>
        <source>Ways to reach (local time there now)</source>
        <translation>Cómo localizarle (hora local allí ahora)</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="111"/>
        <source>Insurance still pending on %1</source>
        <translation>Seguro aún pendiente en %1</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="111"/>
        <source>No claim waits on insurance</source>
        <translation>Ninguna reclamación espera al seguro</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="112"/>
        <source>With the billing team: %1</source>
        <translation>Con el equipo de facturación: %1</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="112"/>
        <source>No claim is with the billing team</source>
        <translation>Ninguna reclamación está con el equipo de facturación</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="113"/>
        <source>%1 change(s) since the last import</source>
        <translation>%1 cambio(s) desde la última importación</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="114"/>
        <source>Balance as of the last import</source>
        <translation>Saldo según la última importación</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="115"/>
        <source>Possible duplicate charges: %1</source>
        <translation>Posibles cargos duplicados: %1</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="115"/>
        <source>No duplicate charges</source>
        <translation>Sin cargos duplicados</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="116"/>
        <source>Credit on another account: %1</source>
        <translation>Saldo a favor en otra cuenta: %1</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="116"/>
        <source>No credit on other accounts</source>
        <translation>Sin saldo a favor en otras cuentas</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="117"/>
        <source>Denied by the payer: ask the denials team before the patient. %1</source>
        <translation>Denegada por el pagador: consulte al equipo de denegaciones antes que al paciente. %1</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="118"/>
        <source>No claim denied by the payer</source>
        <translation>Ninguna reclamación denegada por el pagador</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="120"/>
        <source>Remittance does not balance (payer&apos;s patient share / the claim&apos;s own figures): %1. The patient is asked for the smaller until you decide</source>
        <translation>La remesa no cuadra (parte del paciente según el pagador / cifras de la propia reclamación): %1. Se pide al paciente la menor hasta que usted decida</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="122"/>
        <source>Every remittance balances</source>
        <translation>Todas las remesas cuadran</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="124"/>
        <source>Review before calling</source>
        <translation>Revisión antes de llamar</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="142"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="142"/>
        <source>Patient due</source>
        <translation>Saldo del paciente</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="143"/>
        <source>Insurance pending</source>
        <translation>Pendiente del seguro</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="143"/>
        <source>Aging</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="143"/>
        <source>Holds</source>
        <translation>Suspensiones</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="144"/>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="145"/>
        <source>Billed</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="145"/>
        <source>Insurance paid</source>
        <translation>Pagó el seguro</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="146"/>
        <source>Patient balance</source>
        <translation>Saldo del paciente</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="147"/>
        <source>In the patient&apos;s words (%1)</source>
        <translation>En palabras del paciente (%1)</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="148"/>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="148"/>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="149"/>
        <source>To billing</source>
        <translation>A facturación</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="150"/>
        <source>Denied by the payer</source>
        <translation>Denegada por el pagador</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="151"/>
        <source>The patient owes it</source>
        <translation>La debe el paciente</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="152"/>
        <source>Patient owes %1</source>
        <translation>El paciente debe %1</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="153"/>
        <source>dispute</source>
        <translation>disputa</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="153"/>
        <source>asked to stop contact</source>
        <translation>pidió que no se le contacte</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="154"/>
        <source>attorney</source>
        <translation>abogado</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="154"/>
        <source>bankruptcy</source>
        <translation>bancarrota</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="155"/>
        <source>deceased</source>
        <translation>fallecido</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="156"/>
        <source>financial assistance pending</source>
        <translation>asistencia financiera pendiente</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="157"/>
        <source>insurance pending</source>
        <translation>pendiente del seguro</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="158"/>
        <source>claim denied by the payer, awaiting your decision</source>
        <translation>reclamación denegada por el pagador, en espera de su decisión</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="49"/>
        <source>&amp;Find account</source>
        <translation>&amp;Buscar cuenta</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="50"/>
        <source>&amp;Next account</source>
        <translation>Cuenta &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="51"/>
        <source>&amp;Previous account</source>
        <translation>Cuenta &amp;anterior</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="52"/>
        <source>Log &amp;contact…</source>
        <translation>Registrar &amp;contacto…</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="53"/>
        <source>Record &amp;payment…</source>
        <translation>Registrar &amp;pago…</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="54"/>
        <source>Payment p&amp;lan…</source>
        <translation>P&amp;lan de pagos…</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="55"/>
        <source>P&amp;references…</source>
        <translation>P&amp;referencias…</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="56"/>
        <source>&amp;Import from the practice system…</source>
        <translation>&amp;Importar del sistema de la práctica…</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="57"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="58"/>
        <source>Approve for a collection &amp;agency…</source>
        <translation>Aprobar para una &amp;agencia de cobranza…</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="59"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="60"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="63"/>
        <source>&amp;About Collections Desk</source>
        <translation>&amp;Acerca de Collections Desk</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="70"/>
        <source>Search by name, account, claim, phone or birth date</source>
        <translation>Buscar por nombre, cuenta, reclamación, teléfono o fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="71"/>
        <source>Open the next account in the list</source>
        <translation>Abrir la cuenta siguiente de la lista</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="72"/>
        <source>Open the previous account in the list</source>
        <translation>Abrir la cuenta anterior de la lista</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="73"/>
        <source>Record a call, text, e-mail or letter</source>
        <translation>Registrar una llamada, mensaje, correo o carta</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="74"/>
        <source>Record a payment and print its receipt</source>
        <translation>Registrar un pago e imprimir su recibo</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="75"/>
        <source>Offer a payment plan, prepare the agreement and record the signature</source>
        <translation>Ofrecer un plan de pagos, preparar el convenio y registrar la firma</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="77"/>
        <source>The clinic&apos;s payment-plan policy and details</source>
        <translation>La política de planes de pago y los datos de la clínica</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="78"/>
        <source>Read balances, remittances (835) or FHIR files the practice system exported</source>
        <translation>Leer saldos, remesas (835) o archivos FHIR que exportó el sistema de la práctica</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="80"/>
        <source>Write payments, notes, plans or hand-offs for the practice system or a partner</source>
        <translation>Escribir pagos, notas, planes o traspasos para el sistema de la práctica o un socio</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="82"/>
        <source>Place the account with a collection agency, if the clinic&apos;s policy allows it today</source>
        <translation>Enviar la cuenta a una agencia de cobranza, si la política de la clínica lo permite hoy</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="84"/>
        <source>Hide all patient information until unlocked</source>
        <translation>Ocultar toda la información del paciente hasta desbloquear</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="85"/>
        <source>Close Collections Desk</source>
        <translation>Cerrar Collections Desk</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="86"/>
        <source>Show the interface in English</source>
        <translation>Mostrar la interfaz en inglés</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="87"/>
        <source>Show the interface in Spanish</source>
        <translation>Mostrar la interfaz en español</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="88"/>
        <source>Version and licences</source>
        <translation>Versión y licencias</translation>
    </message>
</context>
<context>
    <name>Compliance</name>
    <message>
        <location filename="../collections_desktop/ui/words/compliance_text.py" line="10"/>
        <source>outside 8 am–9 pm where the patient is</source>
        <translation>fuera de 8 a 21 h donde está el paciente</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/compliance_text.py" line="11"/>
        <source>a time the patient said is inconvenient</source>
        <translation>una hora que el paciente dijo que no le conviene</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/compliance_text.py" line="12"/>
        <source>7 calls in the last 7 days</source>
        <translation>7 llamadas en los últimos 7 días</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/compliance_text.py" line="13"/>
        <source>7-day wait after a conversation</source>
        <translation>espera de 7 días tras una conversación</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/compliance_text.py" line="14"/>
        <source>the clinic&apos;s daily call limit</source>
        <translation>el límite diario de llamadas de la clínica</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/compliance_text.py" line="15"/>
        <source>bankruptcy</source>
        <translation>bancarrota</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/compliance_text.py" line="16"/>
        <source>approved for a collection agency</source>
        <translation>aprobada para una agencia de cobranza</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/compliance_text.py" line="17"/>
        <source>deceased: the estate only</source>
        <translation>fallecido: solo el albacea</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/compliance_text.py" line="18"/>
        <source>asked in writing to stop contact</source>
        <translation>pidió por escrito que no se le contacte</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/compliance_text.py" line="19"/>
        <source>represented by an attorney</source>
        <translation>representado por un abogado</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/compliance_text.py" line="20"/>
        <source>dispute open until verification is sent</source>
        <translation>disputa abierta hasta enviar la verificación</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/compliance_text.py" line="21"/>
        <source>financial assistance pending</source>
        <translation>asistencia financiera pendiente</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/compliance_text.py" line="22"/>
        <source>a payer denied a claim: ask the denials team before the patient</source>
        <translation>un pagador denegó una reclamación: consulte al equipo de denegaciones antes que al paciente</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/compliance_text.py" line="24"/>
        <source>asked not to be contacted this way</source>
        <translation>pidió no ser contactado por este medio</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/compliance_text.py" line="25"/>
        <source>opted out</source>
        <translation>se dio de baja</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/compliance_text.py" line="26"/>
        <source>no consent to text</source>
        <translation>sin consentimiento para mensajes de texto</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/compliance_text.py" line="27"/>
        <source>no consent for automated calls</source>
        <translation>sin consentimiento para llamadas automáticas</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/compliance_text.py" line="28"/>
        <source>no calls at work</source>
        <translation>no llamar al trabajo</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/compliance_text.py" line="29"/>
        <source>confidential-communication request</source>
        <translation>solicitud de comunicación confidencial</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/compliance_text.py" line="30"/>
        <source>no common calling hour; send a letter</source>
        <translation>no hay una hora común para llamar; envíe una carta</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/compliance_text.py" line="31"/>
        <source>no phone on file</source>
        <translation>no hay teléfono registrado</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="31"/>
        <source>Spoke with the person</source>
        <translation>Habló con la persona</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="32"/>
        <source>Answered, no conversation</source>
        <translation>Contestó, sin conversación</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="33"/>
        <source>Left a limited-content voicemail</source>
        <translation>Dejó un mensaje de voz de contenido limitado</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="34"/>
        <source>No answer</source>
        <translation>No contestó</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="35"/>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="36"/>
        <source>Number not in service</source>
        <translation>Número fuera de servicio</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="37"/>
        <source>Call did not connect</source>
        <translation>La llamada no conectó</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="38"/>
        <source>Wrong person</source>
        <translation>Persona equivocada</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="39"/>
        <source>Promised to pay</source>
        <translation>Prometió pagar</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="40"/>
        <source>Refused to pay</source>
        <translation>Se negó a pagar</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="41"/>
        <source>Disputes the bill</source>
        <translation>Disputa la factura</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="42"/>
        <source>Asked us to stop contact</source>
        <translation>Pidió que dejemos de contactarle</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="43"/>
        <source>Has an attorney</source>
        <translation>Tiene abogado</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="44"/>
        <source>Opted out of this channel</source>
        <translation>Se dio de baja de este medio</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="45"/>
        <source>Asked us to call back</source>
        <translation>Pidió que le volvamos a llamar</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="46"/>
        <source>Identity verified</source>
        <translation>Identidad verificada</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="47"/>
        <source>Sent the itemized bill (verification)</source>
        <translation>Se envió la factura detallada (verificación)</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="109"/>
        <source>Log contact — account %1</source>
        <translation>Registrar contacto — cuenta %1</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="110"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="110"/>
        <source>Text message</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="110"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="110"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="110"/>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="113"/>
        <source>We contacted them</source>
        <translation>Nosotros le contactamos</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="114"/>
        <source>They contacted us</source>
        <translation>Nos contactó</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="117"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Medio:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="117"/>
        <source>&amp;Direction:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="117"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="118"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="120"/>
        <source>Override &amp;reason:</source>
        <translation>&amp;Motivo para registrarlo igual:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="121"/>
        <source>Promised &amp;amount:</source>
        <translation>&amp;Monto prometido:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="122"/>
        <source>Promised &amp;date:</source>
        <translation>&amp;Fecha prometida:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="123"/>
        <source>&amp;Follow up on:</source>
        <translation>&amp;Seguimiento el:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="124"/>
        <source>Override reason</source>
        <translation>Motivo para registrarlo igual</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="125"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="150"/>
        <source>Type the promised amount.</source>
        <translation>Escriba el monto prometido.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="154"/>
        <source>Give a reason to record it anyway.</source>
        <translation>Indique un motivo para registrarlo de todos modos.</translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <location filename="../collections_desktop/ui/controller.py" line="242"/>
        <source>The vault is damaged</source>
        <translation>La bóveda está dañada</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/controller.py" line="243"/>
        <source>{count} page(s) of vault.db fail their check: the file was damaged on disk or changed outside the program. Make a backup now, then restore your latest good backup (collections-desktop vault check tells more).</source>
        <translation>{count} página(s) de vault.db no pasan su verificación: el archivo se dañó en el disco o se cambió fuera del programa. Haga una copia ahora y luego restaure su última copia buena (collections-desktop vault check da más detalles).</translation>
    </message>
</context>
<context>
    <name>DeskOps</name>
    <message>
        <location filename="../collections_desktop/ui/ops/desk.py" line="115"/>
        <source>Payment recorded: %1. Patient due now %2.</source>
        <translation>Pago registrado: %1. Saldo del paciente ahora: %2.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/desk.py" line="141"/>
        <source>Save receipt</source>
        <translation>Guardar recibo</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/claims.py" line="33"/>
        <source>Hand off to billing</source>
        <translation>Pasar a facturación</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/claims.py" line="31"/>
        <source>Note for the billing team about claim %1:</source>
        <translation>Nota para el equipo de facturación sobre la reclamación %1:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/claims.py" line="54"/>
        <source>The payer&apos;s denial of claim %1 stands and the patient owes their share of it. Take the claim off hold?</source>
        <translation>La denegación del pagador de la reclamación %1 se mantiene y el paciente debe su parte. ¿Quitar la retención de la reclamación?</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/claims.py" line="61"/>
        <source>The patient owes %1 on claim %2; the rest is adjusted off. Save this decision?</source>
        <translation>El paciente debe %1 en la reclamación %2; el resto se ajusta. ¿Guardar esta decisión?</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/claims.py" line="68"/>
        <source>Decide about a claim</source>
        <translation>Decidir sobre una reclamación</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../collections_desktop/ui/dialogs/export.py" line="84"/>
        <source>Payments collected</source>
        <translation>Pagos cobrados</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/export.py" line="85"/>
        <source>Calls, messages and notes</source>
        <translation>Llamadas, mensajes y notas</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/export.py" line="86"/>
        <source>Payment plans and promises</source>
        <translation>Planes de pago y promesas</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/export.py" line="87"/>
        <source>Claims handed to the billing team</source>
        <translation>Reclamaciones pasadas al equipo de facturación</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/export.py" line="88"/>
        <source>Accounts approved for a collection agency</source>
        <translation>Cuentas aprobadas para una agencia de cobranza</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/export.py" line="93"/>
        <source>Every payment recorded in the desk, with a control total, for posting in the practice system.</source>
        <translation>Cada pago registrado en el escritorio, con un total de control, para registrarlo en el sistema de la práctica.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/export.py" line="95"/>
        <source>One row per contact and note, for the account notes in the practice system.</source>
        <translation>Una fila por contacto y nota, para las notas de cuenta del sistema de la práctica.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/export.py" line="96"/>
        <source>Every plan version and promise with its schedule status.</source>
        <translation>Cada versión de plan y cada promesa con el estado de su calendario.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/export.py" line="97"/>
        <source>Claims the review found to need the billing or denials team.</source>
        <translation>Reclamaciones que la revisión encontró que necesitan al equipo de facturación o de denegaciones.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/export.py" line="98"/>
        <source>Accounts approved for placement, with what the agency needs and nothing more.</source>
        <translation>Cuentas aprobadas para su envío, con lo que la agencia necesita y nada más.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/export.py" line="102"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/export.py" line="103"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/export.py" line="106"/>
        <source>Only from a day on</source>
        <translation>Solo a partir de un día</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/export.py" line="107"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/export.py" line="108"/>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../collections_desktop/ui/dialogs/first_run.py" line="66"/>
        <source>Welcome to Collections Desk</source>
        <translation>Bienvenido a Collections Desk</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/first_run.py" line="68"/>
        <source>Patient balances are kept only in an encrypted vault on this computer. Choose a passphrase of at least 12 characters; you will also get a recovery key.</source>
        <translation>Los saldos de los pacientes se guardan solo en una bóveda cifrada en esta computadora. Elija una frase de contraseña de al menos 12 caracteres; también recibirá una clave de recuperación.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/first_run.py" line="70"/>
        <source>Create my vault</source>
        <translation>Crear mi bóveda</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/first_run.py" line="71"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/first_run.py" line="72"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Repita la frase:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/first_run.py" line="73"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/first_run.py" line="74"/>
        <source>Repeat passphrase</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/first_run.py" line="75"/>
        <source>Create vault</source>
        <translation>Crear bóveda</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/first_run.py" line="76"/>
        <source>Just looking?</source>
        <translation>¿Solo quiere explorar?</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/first_run.py" line="78"/>
        <source>Open a separate vault filled with invented patients to try the desk. No real data goes there.</source>
        <translation>Abra una bóveda aparte con pacientes inventados para probar el escritorio. Ahí no van datos reales.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/first_run.py" line="79"/>
        <source>Explore demo data</source>
        <translation>Explorar datos de demostración</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/first_run.py" line="93"/>
        <source>The passphrase must be at least 12 characters long.</source>
        <translation>La frase de contraseña debe tener al menos 12 caracteres.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/first_run.py" line="96"/>
        <source>The two passphrases do not match.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="98"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="102"/>
        <source>Importing… %1 records posted</source>
        <translation>Importando… %1 registros procesados</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="109"/>
        <source>Import from the practice system</source>
        <translation>Importar del sistema de la práctica</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="110"/>
        <source>New accounts</source>
        <translation>Cuentas nuevas</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="110"/>
        <source>Accounts updated</source>
        <translation>Cuentas actualizadas</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="111"/>
        <source>Claims posted</source>
        <translation>Reclamaciones registradas</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="111"/>
        <source>Patient payments</source>
        <translation>Pagos de pacientes</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="112"/>
        <source>Already in the vault, unchanged</source>
        <translation>Ya en la bóveda, sin cambios</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="115"/>
        <source>Already imported, nothing to do: %1</source>
        <translation>Ya importado, no hay nada que hacer: %1</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="119"/>
        <source>Denied by the payer, held from collection until you decide: %1</source>
        <translation>Denegadas por el pagador, retenidas de la cobranza hasta que usted decida: %1</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="122"/>
        <source>Predeterminations (estimates: nothing owed, nothing posted): %1</source>
        <translation>Predeterminaciones (estimaciones: no se debe nada, no se registró nada): %1</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="126"/>
        <source>Problems found (%1 of %2 shown)</source>
        <translation>Problemas encontrados (se muestran %1 de %2)</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="128"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="128"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="128"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="130"/>
        <source>Patient balances that would change: %1 (the largest %2 listed)</source>
        <translation>Saldos de pacientes que cambiarían: %1 (se listan los %2 mayores)</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="134"/>
        <source>Patient balances that would change: %1</source>
        <translation>Saldos de pacientes que cambiarían: %1</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="137"/>
        <source>No patient balance would change.</source>
        <translation>No cambiaría ningún saldo de paciente.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="138"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="138"/>
        <source>Patient due now</source>
        <translation>Saldo del paciente ahora</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="139"/>
        <source>After the import</source>
        <translation>Después de importar</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="142"/>
        <source>Skip the records with errors (%1) and import the rest</source>
        <translation>Omitir los registros con errores (%1) e importar el resto</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="144"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="146"/>
        <source>The files have errors: nothing is imported unless you choose to skip those records.</source>
        <translation>Los archivos tienen errores: no se importa nada a menos que elija omitir esos registros.</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="11"/>
        <source>{field} is not an amount: {value}</source>
        <translation>{field} no es un monto: {value}</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="12"/>
        <source>{field} is not a date: {value}</source>
        <translation>{field} no es una fecha: {value}</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="13"/>
        <source>{field} is empty</source>
        <translation>{field} está vacío</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="14"/>
        <source>{field} is not a plausible date: {value}</source>
        <translation>{field} no es una fecha verosímil: {value}</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="15"/>
        <source>The file cannot be read: {reason}</source>
        <translation>No se puede leer el archivo: {reason}</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="16"/>
        <source>{field} is {length} characters long; the vault keeps ids of up to {most} whole and never cuts one</source>
        <translation>{field} tiene {length} caracteres; la bóveda guarda enteros los identificadores de hasta {most} y nunca corta uno</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="19"/>
        <source>Claim {claim}: the Balance, {balance}, is not what the amounts leave ({figures}); the Balance is kept and the difference posted as an adjustment</source>
        <translation>Reclamación {claim}: el saldo, {balance}, no es lo que dejan los montos ({figures}); se conserva el saldo y la diferencia se registra como ajuste</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="23"/>
        <source>The row has {found} of the header&apos;s {expected} fields (cut off?); nothing of it was read</source>
        <translation>La fila tiene {found} de los {expected} campos del encabezado (¿cortada?); no se leyó nada de ella</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="25"/>
        <source>The file holds no transaction (no ST segment after its envelope): cut off?</source>
        <translation>El archivo no contiene ninguna transacción (no hay segmento ST tras su sobre): ¿está cortado?</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="27"/>
        <source>The file ends inside this row, with no line ending (cut off?); nothing of it was read. If the file is complete, export it again</source>
        <translation>El archivo termina dentro de esta fila, sin fin de línea (¿cortado?); no se leyó nada de ella. Si el archivo está completo, expórtelo de nuevo</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="30"/>
        <source>The CSV file cannot be read ({reason})</source>
        <translation>No se puede leer el archivo CSV ({reason})</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="31"/>
        <source>Byte {byte} is not UTF-8 or Windows-1252 text; export the file again as UTF-8</source>
        <translation>El byte {byte} no es texto UTF-8 ni Windows-1252; vuelva a exportar el archivo como UTF-8</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="33"/>
        <source>{path}, line {line}: byte {byte} is not UTF-8 or Windows-1252 text; export the file again as UTF-8</source>
        <translation>{path}, línea {line}: el byte {byte} no es texto UTF-8 ni Windows-1252; vuelva a exportar el archivo como UTF-8</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="36"/>
        <source>Not valid JSON: {reason}</source>
        <translation>JSON no válido: {reason}</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="37"/>
        <source>Not a FHIR resource</source>
        <translation>No es un recurso FHIR</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="38"/>
        <source>Explanation of benefit for a patient ({reference}) neither in these files nor imported before: import the Patient with it</source>
        <translation>Explicación de beneficios de un paciente ({reference}) que no está en estos archivos ni se importó antes: importe el Patient con ella</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="41"/>
        <source>Claim {claim}: the payer gave no patient share; none is assumed</source>
        <translation>Reclamación {claim}: el pagador no indicó la parte del paciente; no se supone ninguna</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="43"/>
        <source>The ISA envelope is malformed</source>
        <translation>El sobre ISA está mal formado</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="44"/>
        <source>The ISA envelope is cut short</source>
        <translation>El sobre ISA está incompleto</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="45"/>
        <source>Not an X12 file</source>
        <translation>No es un archivo X12</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="46"/>
        <source>No ISA envelope; the usual * : ~ delimiters are assumed</source>
        <translation>Sin sobre ISA; se suponen los delimitadores habituales * : ~</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="47"/>
        <source>Segment {segment} is outside any ST..SE transaction</source>
        <translation>El segmento {segment} está fuera de una transacción ST..SE</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="48"/>
        <source>{element} is empty</source>
        <translation>{element} está vacío</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="49"/>
        <source>The file ends inside a transaction (no {missing} segment)</source>
        <translation>El archivo termina dentro de una transacción (falta el segmento {missing})</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="50"/>
        <source>SE says {declared} segments; {found} were found</source>
        <translation>SE declara {declared} segmentos; se encontraron {found}</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="51"/>
        <source>Claim {claim}, line {line}: charge minus payment differs from its adjustments</source>
        <translation>Reclamación {claim}, línea {line}: el cargo menos el pago no coincide con sus ajustes</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="53"/>
        <source>Claim {claim}: charge minus payment differs from its adjustments</source>
        <translation>Reclamación {claim}: el cargo menos el pago no coincide con sus ajustes</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="55"/>
        <source>Claim {claim}: CLP05 differs from the sum of the PR adjustments</source>
        <translation>Reclamación {claim}: CLP05 no coincide con la suma de los ajustes PR</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="57"/>
        <source>Payment {trace}: BPR02 differs from the claim payments less provider adjustments</source>
        <translation>Pago {trace}: BPR02 no coincide con los pagos de las reclamaciones menos los ajustes al proveedor</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="59"/>
        <source>The ISA envelope&apos;s delimiters cannot be read: they must differ from each other and not be letters or digits</source>
        <translation>No se pueden leer los delimitadores del sobre ISA: deben ser distintos entre sí y no ser letras ni dígitos</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="63"/>
        <source>This is an 837 claim, not an 835 remittance</source>
        <translation>Esto es una reclamación 837, no una remesa 835</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="64"/>
        <source>This is a 277/276 claim status, not an 835 remittance</source>
        <translation>Esto es un estado de reclamación 277/276, no una remesa 835</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="65"/>
        <source>This is a 999/997 acknowledgment, not an 835 remittance</source>
        <translation>Esto es un acuse de recibo 999/997, no una remesa 835</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="66"/>
        <source>This is a 270/271 eligibility file, not an 835 remittance</source>
        <translation>Esto es un archivo de elegibilidad 270/271, no una remesa 835</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="67"/>
        <source>{path} is an X12 {transaction} file (837 claims, 277 statuses and 999 acknowledgments are not imported), not an 835 remittance</source>
        <translation>{path} es un archivo X12 {transaction} (no se importan reclamaciones 837, estados 277 ni acuses 999), no una remesa 835</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="71"/>
        <source>This is an X12 {transaction} transaction, not an 835 remittance</source>
        <translation>Esto es una transacción X12 {transaction}, no una remesa 835</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="72"/>
        <source>{field}, the payment&apos;s date, is not a date: its postings are dated the day of the import</source>
        <translation>{field}, la fecha del pago, no es una fecha: sus registros llevan la fecha de la importación</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="74"/>
        <source>{count} segment(s) an 835 does not define were passed over ({segments})</source>
        <translation>Se omitieron {count} segmento(s) que una 835 no define ({segments})</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="76"/>
        <source>Claim {claim} is already in the vault for another patient ({known}, account {account}); this remittance is for {named}: not merged, ask the billing team</source>
        <translation>La reclamación {claim} ya está en la bóveda para otro paciente ({known}, cuenta {account}); esta remesa es de {named}: no se combinó, consulte al equipo de facturación</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="80"/>
        <source>Claim {claim} is already in the vault for a visit on {known} (account {account}); this remittance is for {named}: not merged</source>
        <translation>La reclamación {claim} ya está en la bóveda para una visita del {known} (cuenta {account}); esta remesa es del {named}: no se combinó</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="84"/>
        <source>{path} changed since it was read for the preview: nothing was imported; check it again</source>
        <translation>{path} cambió desde que se leyó para la vista previa: no se importó nada; revíselo de nuevo</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="86"/>
        <source>Claim {claim}: amount coded {code} is not one the importer knows; it was not posted</source>
        <translation>Reclamación {claim}: el monto con código {code} no es uno que el importador conozca; no se registró</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="88"/>
        <source>Explanation of benefit {claim} is a pharmacy&apos;s prescription claim, not the clinic&apos;s: not posted</source>
        <translation>La explicación de beneficios {claim} es una reclamación de farmacia, no de la clínica: no se registró</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="91"/>
        <source>Explanation of benefit {claim} is {status}: nothing posted</source>
        <translation>La explicación de beneficios {claim} está en estado {status}: no se registró nada</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="92"/>
        <source>This resource is FHIR {version}, not R4: export it again as FHIR R4</source>
        <translation>Este recurso es FHIR {version}, no R4: vuelva a exportarlo como FHIR R4</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="94"/>
        <source>Claim {claim}: the payer&apos;s claim {payer_claim} is already posted from another remittance and not reversed; not posted again</source>
        <translation>Reclamación {claim}: la reclamación del pagador {payer_claim} ya se registró con otra remesa y no se revirtió; no se registra de nuevo</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="98"/>
        <source>Claim {claim}: insurance would have paid {paid} on a {billed} bill; not posted</source>
        <translation>Reclamación {claim}: el seguro habría pagado {paid} sobre un cargo de {billed}; no se registró</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="100"/>
        <source>Claim {claim}: a reversal of a payment that is not in the vault; nothing to take back</source>
        <translation>Reclamación {claim}: reverso de un pago que no está en la bóveda; no hay nada que revertir</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="102"/>
        <source>Claim {claim} is not in the vault</source>
        <translation>La reclamación {claim} no está en la bóveda</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="103"/>
        <source>{path}: no known layout matches its header row</source>
        <translation>{path}: ningún formato conocido coincide con su fila de encabezado</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="104"/>
        <source>{path}: the file&apos;s format cannot be told</source>
        <translation>{path}: no se reconoce el formato del archivo</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="105"/>
        <source>File not found: {path}</source>
        <translation>No se encontró el archivo: {path}</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="106"/>
        <source>{path} cannot be written: {reason}</source>
        <translation>No se puede escribir {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="117"/>
        <source>Problem: {code}</source>
        <translation>Problema: {code}</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="126"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="127"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../collections_desktop/ui/main_window.py" line="133"/>
        <source>Collections Desk</source>
        <translation>Collections Desk</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/main_window.py" line="134"/>
        <source>DEMO — invented patients</source>
        <translation>DEMOSTRACIÓN — pacientes inventados</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/main_window.py" line="136"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/main_window.py" line="137"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/main_window.py" line="138"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/main_window.py" line="139"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/main_window.py" line="140"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/main_window.py" line="144"/>
        <source>Locked. Patient information is hidden.</source>
        <translation>Bloqueado. La información de los pacientes está oculta.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/main_window.py" line="150"/>
        <source>The vault is open: {accounts} accounts, {due} with a patient balance.</source>
        <translation>La bóveda está abierta: {accounts} cuentas, {due} con saldo del paciente.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/main_window.py" line="152"/>
        <source>Patient balances: {amount}</source>
        <translation>Saldos de pacientes: {amount}</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/main_window.py" line="170"/>
        <source>About Collections Desk</source>
        <translation>Acerca de Collections Desk</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/main_window.py" line="171"/>
        <source>Collections Desk {version}
Patient collections for a medical clinic, kept in an encrypted vault.</source>
        <translation>Collections Desk {version}
Cobranza a pacientes para una clínica médica, guardada en una bóveda cifrada.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../collections_desktop/ui/words/messages.py" line="13"/>
        <source>That passphrase does not open this vault.</source>
        <translation>Esa frase de contraseña no abre esta bóveda.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/messages.py" line="14"/>
        <source>The passphrase must be at least {minimum} characters long.</source>
        <translation>La frase de contraseña debe tener al menos {minimum} caracteres.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/messages.py" line="16"/>
        <source>The two passphrases do not match.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/messages.py" line="17"/>
        <source>The vault&apos;s key file is damaged. Restore the vault from a backup.</source>
        <translation>El archivo de claves de la bóveda está dañado. Restaure la bóveda desde una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/messages.py" line="19"/>
        <source>There is no vault in {path}.</source>
        <translation>No hay ninguna bóveda en {path}.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/messages.py" line="20"/>
        <source>A vault already exists in {path}.</source>
        <translation>Ya existe una bóveda en {path}.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/messages.py" line="21"/>
        <source>The vault is incomplete ({missing} is missing). Restore it from a backup.</source>
        <translation>La bóveda está incompleta (falta {missing}). Restáurela desde una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/messages.py" line="23"/>
        <source>Type the passphrase to unlock.</source>
        <translation>Escriba la frase de contraseña para desbloquear.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/messages.py" line="24"/>
        <source>The vault file is damaged or is not a Collections Desk vault.</source>
        <translation>El archivo de la bóveda está dañado o no es una bóveda de Collections Desk.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/messages.py" line="26"/>
        <source>The vault already holds accounts.</source>
        <translation>La bóveda ya contiene cuentas.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/messages.py" line="27"/>
        <source>{amount} is more than the {due} due. Tick the box to keep the rest as a credit.</source>
        <translation>{amount} es más que el saldo de {due}. Marque la casilla para dejar el resto a favor.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/messages.py" line="29"/>
        <source>That reference looks like a card number. Record only an authorization code.</source>
        <translation>Esa referencia parece un número de tarjeta. Registre solo un código de autorización.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/messages.py" line="31"/>
        <source>The amount must be more than zero.</source>
        <translation>El monto debe ser mayor que cero.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/messages.py" line="32"/>
        <source>That is not an amount of money.</source>
        <translation>Eso no es un monto.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/messages.py" line="33"/>
        <source>Claim {claim} is not waiting on a decision.</source>
        <translation>La reclamación {claim} no espera una decisión.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/messages.py" line="35"/>
        <source>Claim {claim} was denied: decide the denial first (the patient, or the denials team).</source>
        <translation>La reclamación {claim} fue denegada: decida primero la denegación (el paciente o el equipo de denegaciones).</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/messages.py" line="37"/>
        <source>Claim {claim}: the patient can owe from 0.00 to {most}.</source>
        <translation>Reclamación {claim}: el paciente puede deber de 0.00 a {most}.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/messages.py" line="39"/>
        <source>This is the demo vault of invented patients: it takes no imported file and no typed note or reference. Create your own vault for real data.</source>
        <translation>Esta es la bóveda de demostración con pacientes inventados: no acepta archivos importados ni notas o referencias escritas. Cree su propia bóveda para datos reales.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/messages.py" line="42"/>
        <source>The vault is open in another window or command (process {pid}). Close it, then try again; nothing was changed.</source>
        <translation>La bóveda está abierta en otra ventana u otro comando (proceso {pid}). Ciérrela e inténtelo de nuevo; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/messages.py" line="45"/>
        <source>The demo vault has no passphrase or recovery key to change.</source>
        <translation>La bóveda de demostración no tiene frase de contraseña ni clave de recuperación que cambiar.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/messages.py" line="47"/>
        <source>The vault is busy: another window or command is writing to it (an import?). Try again when it ends.</source>
        <translation>La bóveda está ocupada: otra ventana u otro comando está escribiendo en ella (¿una importación?). Inténtelo de nuevo cuando termine.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/messages.py" line="50"/>
        <source>The disk holding {path} is full: nothing was changed. Free some space and try again.</source>
        <translation>El disco que contiene {path} está lleno: no se cambió nada. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/messages.py" line="52"/>
        <source>Something went wrong ({kind}). Nothing was half-saved; please try again.</source>
        <translation>Algo salió mal ({kind}). No quedó nada guardado a medias; inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/messages.py" line="58"/>
        <source>The policy value {where} is not valid ({code}).</source>
        <translation>El valor de la política {where} no es válido ({code}).</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/messages.py" line="59"/>
        <source>The action could not be completed ({code}).</source>
        <translation>No se pudo completar la acción ({code}).</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/messages.py" line="71"/>
        <source>Not yet: {reasons}</source>
        <translation>Todavía no: {reasons}</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/messages.py" line="72"/>
        <source>The follow-up date {follow_up} is in the past.</source>
        <translation>La fecha de seguimiento {follow_up} ya pasó.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/messages.py" line="73"/>
        <source>A promise has 1 to {most} dated amounts; for more, offer a payment plan.</source>
        <translation>Una promesa tiene de 1 a {most} montos con fecha; para más, ofrezca un plan de pagos.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/messages.py" line="75"/>
        <source>The promised date {due} must be from today to {days} days ahead.</source>
        <translation>La fecha prometida {due} debe estar entre hoy y {days} días adelante.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/messages.py" line="77"/>
        <source>This account already has a plan ({status}). Amend or cancel it first.</source>
        <translation>Esta cuenta ya tiene un plan ({status}). Modifíquelo o cancélelo primero.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/messages.py" line="79"/>
        <source>This account has no open plan.</source>
        <translation>Esta cuenta no tiene un plan abierto.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/messages.py" line="80"/>
        <source>This account has no patient balance to put on a plan.</source>
        <translation>Esta cuenta no tiene saldo del paciente para un plan.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/messages.py" line="82"/>
        <source>The first due date {first_due} is in the past.</source>
        <translation>La fecha del primer pago {first_due} ya pasó.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/messages.py" line="83"/>
        <source>That option is outside the clinic&apos;s policy: {reasons}</source>
        <translation>Esa opción no cumple la política de la clínica: {reasons}</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/messages.py" line="84"/>
        <source>Autopay needs the stored authorization (token or last four digits) first.</source>
        <translation>El pago automático necesita primero la autorización guardada (token o últimos cuatro dígitos).</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/messages.py" line="86"/>
        <source>That change is not allowed: {reasons}</source>
        <translation>Ese cambio no está permitido: {reasons}</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/messages.py" line="87"/>
        <source>Prepare the agreement before recording the signature.</source>
        <translation>Prepare el convenio antes de registrar la firma.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/messages.py" line="89"/>
        <source>The signing date {signed_on} is in the future.</source>
        <translation>La fecha de firma {signed_on} es futura.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/messages.py" line="91"/>
        <source>Default refused: {reasons}</source>
        <translation>Incumplimiento rechazado: {reasons}</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/messages.py" line="92"/>
        <source>The agreement cannot be prepared. Fill in these first (Preferences): {fields}</source>
        <translation>No se puede preparar el convenio. Primero llene esto (Preferencias): {fields}</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/messages.py" line="94"/>
        <source>The guarantor has no e-mail address on file.</source>
        <translation>El garante no tiene correo electrónico registrado.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/messages.py" line="95"/>
        <source>The number of payments must be 1 to 520.</source>
        <translation>El número de pagos debe ser de 1 a 520.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/messages.py" line="97"/>
        <source>More payments than cents in the balance.</source>
        <translation>Más pagos que centavos en el saldo.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/messages.py" line="99"/>
        <source>The down payment covers the whole balance.</source>
        <translation>El pago inicial cubre todo el saldo.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/messages.py" line="101"/>
        <source>The down payment falls after the first installment.</source>
        <translation>El pago inicial cae después del primer pago.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/messages.py" line="103"/>
        <source>{where} cannot be changed here: edit the policy file and import it.</source>
        <translation>{where} no se puede cambiar aquí: edite el archivo de la política e impórtelo.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/messages.py" line="105"/>
        <source>{path}: version {version} is not newer than the policy in force (version {newest}).</source>
        <translation>{path}: la versión {version} no es más nueva que la política vigente (versión {newest}).</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../collections_desktop/ui/dialogs/payment.py" line="70"/>
        <source>Record payment — account %1</source>
        <translation>Registrar pago — cuenta %1</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/payment.py" line="71"/>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/payment.py" line="71"/>
        <source>Check</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/payment.py" line="71"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/payment.py" line="71"/>
        <source>Bank transfer</source>
        <translation>Transferencia bancaria</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/payment.py" line="72"/>
        <source>Patient portal</source>
        <translation>Portal del paciente</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/payment.py" line="72"/>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/payment.py" line="75"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Monto:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/payment.py" line="75"/>
        <source>&amp;Method:</source>
        <translation>&amp;Forma de pago:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/payment.py" line="75"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Referencia:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/payment.py" line="78"/>
        <source>Patient due: %1</source>
        <translation>Saldo del paciente: %1</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/payment.py" line="79"/>
        <source>Check number or authorization code — never the card number</source>
        <translation>Número de cheque o código de autorización — nunca el número de tarjeta</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/payment.py" line="80"/>
        <source>Keep the amount over the balance as a credit</source>
        <translation>Dejar a favor lo que exceda el saldo</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/payment.py" line="81"/>
        <source>&amp;Print receipt…</source>
        <translation>&amp;Imprimir recibo…</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/payment.py" line="82"/>
        <source>&amp;Save receipt…</source>
        <translation>&amp;Guardar recibo…</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/payment.py" line="102"/>
        <source>Type the amount paid.</source>
        <translation>Escriba el monto pagado.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="151"/>
        <source>Payment plan — account %1 (patient due %2)</source>
        <translation>Plan de pagos — cuenta %1 (saldo del paciente %2)</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="155"/>
        <source>Patient&apos;s language</source>
        <translation>Idioma del paciente</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="155"/>
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="157"/>
        <source>&amp;Frequency:</source>
        <translation>&amp;Frecuencia:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="157"/>
        <source>Custom &amp;number of payments:</source>
        <translation>&amp;Número de pagos a elegir:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="158"/>
        <source>Custom &amp;installment:</source>
        <translation>&amp;Monto de pago a elegir:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="158"/>
        <source>&amp;Down payment:</source>
        <translation>Pago &amp;inicial:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="159"/>
        <source>First &amp;due date:</source>
        <translation>Fecha del &amp;primer pago:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="159"/>
        <source>Household &amp;income per month:</source>
        <translation>&amp;Ingreso familiar mensual:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="162"/>
        <source>Qualifies for the state&apos;s income-based payment cap</source>
        <translation>Califica para el límite estatal de pago según el ingreso</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="163"/>
        <source>only where a state income cap applies</source>
        <translation>solo donde aplica un límite estatal por ingreso</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="164"/>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="166"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="165"/>
        <source>e.g. 50.00</source>
        <translation>p. ej. 50.00</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="167"/>
        <source>&amp;Show options</source>
        <translation>&amp;Mostrar opciones</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="168"/>
        <source>Replace with a new &amp;version on the chosen option</source>
        <translation>Reemplazar con una nueva &amp;versión con la opción elegida</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="169"/>
        <source>&amp;Create plan with the chosen option</source>
        <translation>&amp;Crear el plan con la opción elegida</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="170"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="171"/>
        <source>Written &amp;notice sent on</source>
        <translation>Aviso por escrito &amp;enviado el</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="172"/>
        <source>Print notice &amp;letter…</source>
        <translation>Imprimir &amp;carta de aviso…</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="173"/>
        <source>Declare de&amp;fault</source>
        <translation>Declarar &amp;incumplimiento</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="174"/>
        <source>Cance&amp;l plan</source>
        <translation>Cance&amp;lar plan</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="175"/>
        <source>Agreement</source>
        <translation>Convenio</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="176"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="177"/>
        <source>&amp;Prepare</source>
        <translation>&amp;Preparar</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="179"/>
        <source>The agreement&apos;s first page shows here once it is prepared.</source>
        <translation>La primera página del convenio aparece aquí cuando esté preparado.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="180"/>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimir…</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="181"/>
        <source>&amp;E-mail…</source>
        <translation>&amp;Correo…</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="182"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="183"/>
        <source>Mark &amp;signed on</source>
        <translation>Marcar &amp;firmado el</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="220"/>
        <source>%1 × %2, %3
%4 to %5</source>
        <translation>%1 × %2, %3
del %4 al %5</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="228"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="228"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
</context>
<context>
    <name>PlanOps</name>
    <message>
        <location filename="../collections_desktop/ui/ops/plans.py" line="69"/>
        <source>Plan saved as a draft. Prepare the agreement for the patient to sign.</source>
        <translation>Plan guardado como borrador. Prepare el convenio para que el paciente lo firme.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/plans.py" line="77"/>
        <source>Open plan: version %1, %2, %3 on the plan.</source>
        <translation>Plan abierto: versión %1, %2, %3 en el plan.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/plans.py" line="94"/>
        <source>Agreement ready: %1 page(s), SHA-256 %2…. Print, e-mail or save it for signing.</source>
        <translation>Convenio listo: %1 página(s), SHA-256 %2…. Imprímalo, envíelo por correo o guárdelo para firmar.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/plans.py" line="123"/>
        <source>Save agreement</source>
        <translation>Guardar convenio</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/plans.py" line="130"/>
        <source>Signature recorded: the plan is %1.</source>
        <translation>Firma registrada: el plan está %1.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/preferences.py" line="54"/>
        <source>Import policy</source>
        <translation>Importar política</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/preferences.py" line="61"/>
        <source>Export policy</source>
        <translation>Exportar política</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/claims.py" line="80"/>
        <location filename="../collections_desktop/ui/ops/claims.py" line="93"/>
        <source>Collection agency</source>
        <translation>Agencia de cobranza</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/claims.py" line="81"/>
        <source>Why account %1 goes to the agency (kept in the audit):</source>
        <translation>Por qué la cuenta %1 va a la agencia (queda en la auditoría):</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/claims.py" line="88"/>
        <source>Account %1 approved for the agency: outreach stops.</source>
        <translation>Cuenta %1 aprobada para la agencia: se detiene el contacto.</translation>
    </message>
</context>
<context>
    <name>PlanTracker</name>
    <message>
        <location filename="../collections_desktop/ui/panes/plan_tracker.py" line="30"/>
        <source>Payment plan, version %1: %2</source>
        <translation>Plan de pagos, versión %1: %2</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/plan_tracker.py" line="33"/>
        <source>%1, %2 on the plan</source>
        <translation>%1, %2 en el plan</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/plan_tracker.py" line="37"/>
        <source>next %1 on %2</source>
        <translation>próximo %1 el %2</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/plan_tracker.py" line="40"/>
        <source>behind %1</source>
        <translation>atrasado %1</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/plan_tracker.py" line="43"/>
        <source>notice sent %1, cure by %2</source>
        <translation>aviso enviado %1, ponerse al corriente antes del %2</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/plan_tracker.py" line="48"/>
        <source>down</source>
        <translation>inicial</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/plan_tracker.py" line="49"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/plan_tracker.py" line="50"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/plan_tracker.py" line="51"/>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/plan_tracker.py" line="52"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/plan_tracker.py" line="62"/>
        <source>Installment %1 is behind by %2: remind on %3, written notice on %4</source>
        <translation>El pago %1 está atrasado por %2: recordar el %3, aviso por escrito el %4</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/plan_tracker.py" line="70"/>
        <source>Promise to pay: %1 (%2)</source>
        <translation>Promesa de pago: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="11"/>
        <source>Shortest</source>
        <translation>Más corto</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="12"/>
        <source>Lowest installment</source>
        <translation>Pago más bajo</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="13"/>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="14"/>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="15"/>
        <source>Every two weeks</source>
        <translation>Cada dos semanas</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="16"/>
        <source>Twice a month</source>
        <translation>Dos veces al mes</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="17"/>
        <source>Every month</source>
        <translation>Cada mes</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="18"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="19"/>
        <source>Awaiting signature</source>
        <translation>En espera de firma</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="20"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="21"/>
        <source>Late</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="22"/>
        <source>Notice sent</source>
        <translation>Aviso enviado</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="23"/>
        <source>Defaulted</source>
        <translation>En incumplimiento</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="24"/>
        <source>Completed</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="25"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="26"/>
        <source>Replaced by a new version</source>
        <translation>Reemplazado por una versión nueva</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="27"/>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="28"/>
        <source>Paid late</source>
        <translation>Pagado tarde</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="29"/>
        <source>Upcoming</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="30"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="31"/>
        <source>Partly paid</source>
        <translation>Pagado en parte</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="32"/>
        <source>Missed</source>
        <translation>No pagado</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="33"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="34"/>
        <source>Kept</source>
        <translation>Cumplida</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="35"/>
        <source>Partly kept</source>
        <translation>Cumplida en parte</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="36"/>
        <source>Broken</source>
        <translation>No cumplida</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="37"/>
        <source>Financial assistance application pending: the plan is optional and does not stop it</source>
        <translation>Solicitud de asistencia financiera pendiente: el plan es opcional y no la detiene</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="39"/>
        <source>A dispute is open: the plan does not waive it</source>
        <translation>Hay una disputa abierta: el plan no renuncia a ella</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="40"/>
        <source>A patient-provider dispute is pending</source>
        <translation>Hay una disputa paciente-proveedor pendiente</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="41"/>
        <source>More than 4 installments: Truth in Lending applies (counsel decision)</source>
        <translation>Más de 4 pagos: aplica la Ley de Veracidad en los Préstamos (decisión legal)</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="43"/>
        <source>The balance is below the plan minimum installment</source>
        <translation>El saldo es menor que el pago mínimo de un plan</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="45"/>
        <source>This balance needs a supervisor&apos;s approval</source>
        <translation>Este saldo necesita la aprobación de un supervisor</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="46"/>
        <source>Longer than policy allows for this balance</source>
        <translation>Más largo de lo que permite la política para este saldo</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="47"/>
        <source>Installment below the policy minimum</source>
        <translation>Pago por debajo del mínimo de la política</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="48"/>
        <source>Down payment above the policy maximum</source>
        <translation>Pago inicial por encima del máximo de la política</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="49"/>
        <source>Monthly income is needed where the state income cap applies</source>
        <translation>Se necesita el ingreso mensual donde aplica el límite estatal por ingreso</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="51"/>
        <source>Installment above the state income cap</source>
        <translation>Pago por encima del límite estatal por ingreso</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="52"/>
        <source>More payments than the state allows</source>
        <translation>Más pagos de los que permite el estado</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="53"/>
        <source>The plan must be in notice-sent state</source>
        <translation>El plan debe estar en estado de aviso enviado</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="54"/>
        <source>No written notice recorded</source>
        <translation>No hay aviso por escrito registrado</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="55"/>
        <source>The cure period is under 14 days</source>
        <translation>El plazo para ponerse al corriente es menor de 14 días</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="56"/>
        <source>The cure date has not passed</source>
        <translation>La fecha para ponerse al corriente no ha pasado</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="57"/>
        <source>The policy&apos;s missed-payment criteria are not met</source>
        <translation>No se cumplen los criterios de pagos no hechos de la política</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="59"/>
        <source>California: payments must be missed over 90 days</source>
        <translation>California: deben faltar pagos durante 90 días</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="60"/>
        <source>California: a phone attempt must be recorded</source>
        <translation>California: debe registrarse un intento por teléfono</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="62"/>
        <source>nothing is owed</source>
        <translation>no se debe nada</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="63"/>
        <source>the oldest balance was billed less than 120 days ago</source>
        <translation>el saldo más antiguo se facturó hace menos de 120 días</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="65"/>
        <source>insurance is still pending or a claim is with the billing team</source>
        <translation>el seguro aún está pendiente o una reclamación está con facturación</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="67"/>
        <source>a dispute is open</source>
        <translation>hay una disputa abierta</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="68"/>
        <source>a financial assistance application is pending</source>
        <translation>hay una solicitud de asistencia financiera pendiente</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="69"/>
        <source>a patient-provider dispute is pending</source>
        <translation>hay una disputa paciente-proveedor pendiente</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="70"/>
        <source>the patient is in bankruptcy</source>
        <translation>el paciente está en bancarrota</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="71"/>
        <source>the patient has an attorney</source>
        <translation>el paciente tiene abogado</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="72"/>
        <source>the patient is deceased (estate only)</source>
        <translation>el paciente falleció (solo el albacea)</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="73"/>
        <source>a payment plan is open or running</source>
        <translation>hay un plan de pagos abierto o vigente</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/plan_text.py" line="74"/>
        <source>no written notice sent at least 30 days ago</source>
        <translation>no hay aviso por escrito enviado hace al menos 30 días</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences.py" line="91"/>
        <source>Preferences — payment-plan policy version %1</source>
        <translation>Preferencias — política de planes de pago, versión %1</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences.py" line="92"/>
        <source>Your &amp;name in call scripts:</source>
        <translation>Su &amp;nombre en los guiones de llamada:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences.py" line="93"/>
        <source>Clinic (printed on every agreement)</source>
        <translation>Clínica (se imprime en cada convenio)</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences.py" line="94"/>
        <source>Plan rules</source>
        <translation>Reglas de los planes</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences.py" line="95"/>
        <source>&amp;Legal name:</source>
        <translation>Nombre &amp;legal:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences.py" line="95"/>
        <source>Doing &amp;business as:</source>
        <translation>Nombre &amp;comercial:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences.py" line="96"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences.py" line="96"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences.py" line="96"/>
        <source>&amp;Hours:</source>
        <translation>&amp;Horario:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences.py" line="99"/>
        <source>Minimum installment per month:</source>
        <translation>Pago mínimo por mes:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences.py" line="99"/>
        <source>Minimum above $500 per month:</source>
        <translation>Mínimo por mes en saldos de más de $500:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences.py" line="100"/>
        <source>Grace days after a due date:</source>
        <translation>Días de gracia después de la fecha de pago:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences.py" line="100"/>
        <source>Reminder, days after grace:</source>
        <translation>Recordatorio, días después de la gracia:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences.py" line="101"/>
        <source>Written notice, days after grace:</source>
        <translation>Aviso por escrito, días después de la gracia:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences.py" line="101"/>
        <source>Missed payments in a row for default:</source>
        <translation>Pagos seguidos sin hacer para el incumplimiento:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences.py" line="102"/>
        <source>Days after the notice before default:</source>
        <translation>Días después del aviso antes del incumplimiento:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences.py" line="102"/>
        <source>Cure period, days (at least 14):</source>
        <translation>Plazo para ponerse al corriente, días (al menos 14):</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences.py" line="103"/>
        <source>Allowed frequencies:</source>
        <translation>Frecuencias permitidas:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences.py" line="108"/>
        <source>&amp;Import policy file…</source>
        <translation>&amp;Importar archivo de política…</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences.py" line="109"/>
        <source>E&amp;xport policy file…</source>
        <translation>E&amp;xportar archivo de política…</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../collections_desktop/ui/dialogs/recovery_key.py" line="30"/>
        <source>Your recovery key</source>
        <translation>Su clave de recuperación</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/recovery_key.py" line="32"/>
        <source>If you forget your passphrase, this key is the only way back into the vault. Write it down and keep it somewhere safe. It is shown only once.</source>
        <translation>Si olvida su frase de contraseña, esta clave es la única forma de volver a entrar en la bóveda. Anótela y guárdela en un lugar seguro. Solo se muestra una vez.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/recovery_key.py" line="34"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/recovery_key.py" line="35"/>
        <source>I have written the recovery key down</source>
        <translation>Ya anoté la clave de recuperación</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <location filename="../collections_desktop/ui/panes/script.py" line="82"/>
        <source>Opening and identity check</source>
        <translation>Saludo y verificación de identidad</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/script.py" line="82"/>
        <source>Explaining the balance</source>
        <translation>Explicación del saldo</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/script.py" line="82"/>
        <source>Payment in full</source>
        <translation>Pago completo</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/script.py" line="83"/>
        <source>Offering a payment plan</source>
        <translation>Ofrecer un plan de pagos</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/script.py" line="83"/>
        <source>Hardship and financial assistance</source>
        <translation>Dificultades y asistencia financiera</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/script.py" line="84"/>
        <source>Dispute</source>
        <translation>Disputa</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/script.py" line="84"/>
        <source>Insurance problem</source>
        <translation>Problema con el seguro</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/script.py" line="84"/>
        <source>Wrong person</source>
        <translation>Persona equivocada</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/script.py" line="85"/>
        <source>Stop-contact request</source>
        <translation>Solicitud de no contactar</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/script.py" line="85"/>
        <source>Voicemail (limited content)</source>
        <translation>Mensaje de voz (contenido limitado)</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/script.py" line="85"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/script.py" line="86"/>
        <source>Text message</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/script.py" line="86"/>
        <source>Portal message</source>
        <translation>Mensaje en el portal</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/script.py" line="89"/>
        <source>Script situation</source>
        <translation>Situación del guion</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/script.py" line="90"/>
        <source>Script in English</source>
        <translation>Guion en inglés</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/script.py" line="91"/>
        <source>Script in Spanish</source>
        <translation>Guion en español</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/script.py" line="92"/>
        <source>Script</source>
        <translation>Guion</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/script.py" line="105"/>
        <source>%1 of 7 calls this week</source>
        <translation>%1 de 7 llamadas esta semana</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/script.py" line="107"/>
        <source>Callable now</source>
        <translation>Se puede llamar ahora</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/script.py" line="111"/>
        <source>Not callable now: %1</source>
        <translation>No se puede llamar ahora: %1</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/script.py" line="114"/>
        <source>next: %1</source>
        <translation>próxima: %1</translation>
    </message>
</context>
<context>
    <name>SyncOps</name>
    <message>
        <location filename="../collections_desktop/ui/ops/sync.py" line="46"/>
        <source>Import from the practice system</source>
        <translation>Importar del sistema de la práctica</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/sync.py" line="47"/>
        <source>Practice system exports (%1);;All files (*)</source>
        <translation>Exportaciones del sistema de la práctica (%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/sync.py" line="53"/>
        <source>Reading %1 file(s)…</source>
        <translation>Leyendo %1 archivo(s)…</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/sync.py" line="68"/>
        <source>Nothing was imported: the files changed since they were read, or have errors. Choose the files again.</source>
        <translation>No se importó nada: los archivos cambiaron desde que se leyeron o tienen errores. Elija los archivos de nuevo.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/sync.py" line="74"/>
        <source>Imported: %1 claims, %2 patient payments, %3 new accounts.</source>
        <translation>Importado: %1 reclamaciones, %2 pagos de pacientes, %3 cuentas nuevas.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/sync.py" line="88"/>
        <source>Checking the files: %1 records read…</source>
        <translation>Revisando los archivos: %1 registros leídos…</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/sync.py" line="104"/>
        <source>Save the export as</source>
        <translation>Guardar la exportación como</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/sync.py" line="105"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/sync.py" line="112"/>
        <source>Exported %1 rows to %2.</source>
        <translation>Se exportaron %1 filas a %2.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../collections_desktop/ui/dialogs/unlock.py" line="59"/>
        <source>Unlock Collections Desk</source>
        <translation>Desbloquear Collections Desk</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/unlock.py" line="60"/>
        <source>The vault is locked. Patient information stays hidden until you unlock it.</source>
        <translation>La bóveda está bloqueada. La información de los pacientes permanece oculta hasta que la desbloquee.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/unlock.py" line="62"/>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Clave de recuperación:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/unlock.py" line="62"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/unlock.py" line="63"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/unlock.py" line="63"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/unlock.py" line="64"/>
        <source>I forgot my passphrase; use the recovery key</source>
        <translation>Olvidé mi frase de contraseña; usar la clave de recuperación</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/unlock.py" line="65"/>
        <source>Remember on this device</source>
        <translation>Recordar en este dispositivo</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/unlock.py" line="68"/>
        <source>This computer&apos;s keyring ({name}) stores secrets unencrypted, so it is not used: the passphrase is asked every time.</source>
        <translation>El llavero de esta computadora ({name}) guarda los secretos sin cifrar, así que no se usa: la frase de contraseña se pide cada vez.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/unlock.py" line="72"/>
        <source>This computer has no system keyring, so the passphrase is asked every time.</source>
        <translation>Esta computadora no tiene llavero del sistema, así que la frase de contraseña se pide cada vez.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/unlock.py" line="73"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/unlock.py" line="88"/>
        <source>Type the passphrase to unlock.</source>
        <translation>Escriba la frase de contraseña para desbloquear.</translation>
    </message>
</context>
<context>
    <name>WorklistModel</name>
    <message>
        <location filename="../collections_desktop/ui/models/worklist_model.py" line="40"/>
        <source>Guarantor</source>
        <translation>Garante</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/models/worklist_model.py" line="41"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/models/worklist_model.py" line="42"/>
        <source>Patient due</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/models/worklist_model.py" line="43"/>
        <source>Oldest aging</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/models/worklist_model.py" line="44"/>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/models/worklist_model.py" line="45"/>
        <source>Next action</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/models/worklist_model.py" line="46"/>
        <source>Callable now</source>
        <translation>Se puede llamar</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/models/worklist_model.py" line="53"/>
        <source>On hold</source>
        <translation>En suspenso</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/models/worklist_model.py" line="55"/>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/models/worklist_model.py" line="56"/>
        <source>Wait</source>
        <translation>Esperar</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/models/worklist_model.py" line="57"/>
        <source>Nothing due</source>
        <translation>Sin saldo</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/models/worklist_model.py" line="187"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/models/worklist_model.py" line="189"/>
        <source>From %1</source>
        <translation>Desde %1</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/models/worklist_model.py" line="191"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/models/worklist_model.py" line="202"/>
        <source>promise due %1</source>
        <translation>promesa para el %1</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/models/worklist_model.py" line="206"/>
        <source>plan installment late (%1)</source>
        <translation>pago del plan atrasado (%1)</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/models/worklist_model.py" line="211"/>
        <source>large balance past 90 days</source>
        <translation>saldo alto de más de 90 días</translation>
    </message>
</context>
<context>
    <name>WorklistPane</name>
    <message>
        <location filename="../collections_desktop/ui/panes/worklist.py" line="61"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/worklist.py" line="61"/>
        <source>Promises due</source>
        <translation>Promesas que vencen</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/worklist.py" line="61"/>
        <source>Plans late</source>
        <translation>Planes atrasados</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/worklist.py" line="61"/>
        <source>Insurance pending</source>
        <translation>Pendiente del seguro</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/worklist.py" line="62"/>
        <source>Disputes and holds</source>
        <translation>Disputas y suspensiones</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/worklist.py" line="62"/>
        <source>Paid since last import</source>
        <translation>Pagadas desde la última importación</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/worklist.py" line="62"/>
        <source>All accounts</source>
        <translation>Todas las cuentas</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/worklist.py" line="65"/>
        <source>Worklist view</source>
        <translation>Vista de la lista de trabajo</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/worklist.py" line="66"/>
        <source>Search name, account, claim, phone or birth date</source>
        <translation>Buscar nombre, cuenta, reclamación, teléfono o fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/worklist.py" line="67"/>
        <source>Search accounts</source>
        <translation>Buscar cuentas</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/worklist.py" line="68"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
</context>
</TS>
