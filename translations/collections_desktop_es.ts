<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccountPane</name>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="109"/>
        <source>Account detail</source>
        <translation>Detalle de la cuenta</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="111"/>
        <source>Choose an account in the list.</source>
        <translation>Elija una cuenta de la lista.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="125"/>
        <source>Mobile</source>
        <translation>Celular</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="125"/>
        <source>Home phone</source>
        <translation>Teléfono de casa</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="126"/>
        <source>Work phone</source>
        <translation>Teléfono del trabajo</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="126"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="127"/>
        <source>Home address</source>
        <translation>Domicilio</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="128"/>
        <source>Mailing address</source>
        <translation>Dirección postal</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="137"/>
        <source>usable now</source>
        <translation>se puede usar ahora</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="138"/>
        <source>not now</source>
        <translation>ahora no</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="143"/>
        <source>Ways to reach (local time there now)</source>
        <translation>Cómo localizarle (hora local allí ahora)</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="149"/>
        <source>Review before calling</source>
        <translation>Revisión antes de llamar</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="172"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="172"/>
        <source>Patient due</source>
        <translation>Saldo del paciente</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="173"/>
        <source>Insurance pending</source>
        <translation>Pendiente del seguro</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="173"/>
        <source>Aging</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="173"/>
        <source>Holds</source>
        <translation>Suspensiones</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="174"/>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="175"/>
        <source>Billed</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="175"/>
        <source>Insurance paid</source>
        <translation>Pagó el seguro</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="176"/>
        <source>Patient balance</source>
        <translation>Saldo del paciente</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="177"/>
        <source>In plain words for the patient (%1)</source>
        <translation>En palabras sencillas para el paciente (%1)</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="178"/>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="178"/>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="179"/>
        <source>To billing</source>
        <translation>A facturación</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="180"/>
        <source>Denied by the payer</source>
        <translation>Denegada por el pagador</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="181"/>
        <source>The patient owes it</source>
        <translation>La debe el paciente</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="182"/>
        <source>Patient owes %1</source>
        <translation>El paciente debe %1</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="183"/>
        <source>Follow or end…</source>
        <translation>Seguir o terminar…</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/account.py" line="184"/>
        <source>Record the answer</source>
        <translation>Registrar la respuesta</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="62"/>
        <source>&amp;Find account</source>
        <translation>&amp;Buscar cuenta</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="63"/>
        <source>&amp;Next account</source>
        <translation>Cuenta &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="64"/>
        <source>&amp;Previous account</source>
        <translation>Cuenta &amp;anterior</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="65"/>
        <source>&amp;Take the next account from Today</source>
        <translation>&amp;Tomar la siguiente cuenta de Hoy</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="66"/>
        <source>Log &amp;contact…</source>
        <translation>Registrar &amp;contacto…</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="67"/>
        <source>Write a &amp;note…</source>
        <translation>Escribir una &amp;nota…</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="68"/>
        <source>Write an e-&amp;mail or portal message…</source>
        <translation>Escribir un &amp;mensaje por correo o portal…</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="69"/>
        <source>&amp;Holds…</source>
        <translation>&amp;Suspensiones…</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="70"/>
        <source>Record &amp;payment…</source>
        <translation>Registrar &amp;pago…</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="71"/>
        <source>Payment p&amp;lan…</source>
        <translation>P&amp;lan de pagos…</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="72"/>
        <source>P&amp;references…</source>
        <translation>P&amp;referencias…</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="73"/>
        <source>&amp;Import from the practice system…</source>
        <translation>&amp;Importar del sistema de gestión de la clínica…</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="74"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="75"/>
        <source>Prepare &amp;letters for this list…</source>
        <translation>Preparar &amp;cartas para esta lista…</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="76"/>
        <source>Approve for a collection &amp;agency…</source>
        <translation>Aprobar para una &amp;agencia de cobranza…</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="77"/>
        <source>Screen for financial a&amp;ssistance…</source>
        <translation>Evaluar para asistencia &amp;financiera…</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="78"/>
        <source>Escalation &amp;ladder…</source>
        <translation>Escala de &amp;cobranza…</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="79"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="80"/>
        <source>&amp;Reports…</source>
        <translation>&amp;Informes…</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="81"/>
        <source>&amp;Team…</source>
        <translation>&amp;Equipo…</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="82"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="85"/>
        <source>&amp;About Collections Desk</source>
        <translation>&amp;Acerca de Collections Desk</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="92"/>
        <source>Search by name, account, claim, phone or birth date</source>
        <translation>Buscar por nombre, cuenta, reclamación, teléfono o fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="93"/>
        <source>Open the next account in the list</source>
        <translation>Abrir la cuenta siguiente de la lista</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="94"/>
        <source>Open the previous account in the list</source>
        <translation>Abrir la cuenta anterior de la lista</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="95"/>
        <source>Open the first account of Today that no one else on the team has open, and hold it for you</source>
        <translation>Abrir la primera cuenta de Hoy que nadie más del equipo tenga abierta, y reservarla para usted</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="97"/>
        <source>Record a call, text, e-mail or letter</source>
        <translation>Registrar una llamada, mensaje, correo o carta</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="98"/>
        <source>Write a note on this account, pinned or not</source>
        <translation>Escribir una nota en esta cuenta, fijada o no</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="99"/>
        <source>A message from a template, as an e-mail draft or for the patient portal, recorded as sent</source>
        <translation>Un mensaje a partir de una plantilla, como borrador de correo o para el portal del paciente, registrado como enviado</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="101"/>
        <source>Set a hold on this account, record what is known about it, or end it with the decision</source>
        <translation>Iniciar una suspensión en esta cuenta, registrar lo que se sabe de ella o terminarla con la decisión</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="103"/>
        <source>Record a payment and print its receipt</source>
        <translation>Registrar un pago e imprimir su recibo</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="104"/>
        <source>Offer a payment plan, prepare the agreement and record the signature</source>
        <translation>Ofrecer un plan de pagos, preparar el convenio y registrar la firma</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="106"/>
        <source>The clinic&apos;s payment-plan policy and details</source>
        <translation>La política de planes de pago y los datos de la clínica</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="107"/>
        <source>Read balances, remittances (835) or FHIR files the practice system exported</source>
        <translation>Leer saldos, remesas (835) o archivos FHIR que exportó el sistema de gestión de la clínica</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="109"/>
        <source>Write payments, notes, plans or hand-offs for the practice system or a partner</source>
        <translation>Escribir pagos, notas, planes o traspasos para el sistema de gestión de la clínica o un socio</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="111"/>
        <source>A statement or notice for each account listed, one PDF each and files to print</source>
        <translation>Un estado de cuenta o aviso para cada cuenta de la lista, un PDF por cuenta y archivos para imprimir</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="113"/>
        <source>Where the account stands on the clinic&apos;s escalation steps, what stops the next one, and taking it</source>
        <translation>En qué paso de la escala de cobranza de la clínica está la cuenta, qué impide el siguiente y darlo</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="116"/>
        <source>Household and income against the clinic&apos;s sliding scale: the likely discount, kept on the account</source>
        <translation>El hogar y sus ingresos frente a la escala móvil de la clínica: el descuento probable, guardado en la cuenta</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="119"/>
        <source>Place the account with a collection agency, if the clinic&apos;s policy allows it today</source>
        <translation>Enviar la cuenta a una agencia de cobranza, si la política de la clínica lo permite hoy</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="121"/>
        <source>Hide all patient information until unlocked</source>
        <translation>Ocultar toda la información del paciente hasta desbloquear</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="122"/>
        <source>Activity, outcomes and billing issues for a period, against the one before</source>
        <translation>Actividad, resultados y problemas de facturación de un periodo, comparados con el anterior</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="124"/>
        <source>A supervisor: what each person of the team recorded, and assigning accounts to them</source>
        <translation>Para supervisores: lo que registró cada persona del equipo, y asignarle cuentas</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="126"/>
        <source>Close Collections Desk</source>
        <translation>Cerrar Collections Desk</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="127"/>
        <source>Show the interface in English</source>
        <translation>Mostrar la interfaz en inglés</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="128"/>
        <source>Show the interface in Spanish</source>
        <translation>Mostrar la interfaz en español</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/actions.py" line="129"/>
        <source>Version and licences</source>
        <translation>Versión y licencias</translation>
    </message>
</context>
<context>
    <name>AssistanceOps</name>
    <message>
        <location filename="../collections_desktop/ui/ops/assistance.py" line="59"/>
        <source>Screening recorded on account %1.</source>
        <translation>Evaluación registrada en la cuenta %1.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact_choices.py" line="54"/>
        <source>Bounced: the address does not work</source>
        <translation>Rebotó: la dirección no funciona</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact_choices.py" line="55"/>
        <source>Not delivered: the number does not take texts</source>
        <translation>No se entregó: el número no recibe mensajes de texto</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact_choices.py" line="56"/>
        <source>Returned: undeliverable</source>
        <translation>Devuelta: no se pudo entregar</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact_choices.py" line="61"/>
        <source>They wrote back</source>
        <translation>Respondió por escrito</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact_choices.py" line="63"/>
        <source>Spoke with the person</source>
        <translation>Habló con la persona</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact_choices.py" line="64"/>
        <source>Answered, no conversation</source>
        <translation>Contestó, sin conversación</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact_choices.py" line="65"/>
        <source>Left a limited-content voicemail</source>
        <translation>Dejó un mensaje de voz de contenido limitado</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact_choices.py" line="66"/>
        <source>No answer</source>
        <translation>No contestó</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact_choices.py" line="67"/>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact_choices.py" line="68"/>
        <source>Number not in service</source>
        <translation>Número fuera de servicio</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact_choices.py" line="69"/>
        <source>Call did not connect</source>
        <translation>La llamada no conectó</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact_choices.py" line="70"/>
        <source>Wrong person</source>
        <translation>Persona equivocada</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact_choices.py" line="71"/>
        <source>Promised to pay</source>
        <translation>Prometió pagar</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact_choices.py" line="72"/>
        <source>Refused to pay</source>
        <translation>Se negó a pagar</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact_choices.py" line="73"/>
        <source>Disputes the bill</source>
        <translation>Disputa la factura</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact_choices.py" line="74"/>
        <source>Asked us to stop contact</source>
        <translation>Pidió que dejemos de contactarle</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact_choices.py" line="75"/>
        <source>Has an attorney</source>
        <translation>Tiene abogado</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact_choices.py" line="76"/>
        <source>Opted out of this channel</source>
        <translation>Se dio de baja de este medio</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact_choices.py" line="77"/>
        <source>Asked us to call back</source>
        <translation>Pidió que le volvamos a llamar</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact_choices.py" line="78"/>
        <source>Identity verified</source>
        <translation>Identidad verificada</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact_choices.py" line="79"/>
        <source>Sent the itemized bill (verification)</source>
        <translation>Se envió la factura detallada (verificación)</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact_choices.py" line="80"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact_choices.py" line="86"/>
        <source>This person may not hear about the bill: say only your name and the clinic&apos;s, and ask for a good time to reach the patient. They may pay on an account number they already have.</source>
        <translation>Esta persona no puede conocer la factura: diga solo su nombre y el de la clínica, y pregunte a qué hora conviene llamar al paciente. Puede pagar con un número de cuenta que ya tenga.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="130"/>
        <source>Log contact — account %1</source>
        <translation>Registrar contacto — cuenta %1</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact_choices.py" line="42"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact_choices.py" line="43"/>
        <source>Text message</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact_choices.py" line="44"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact_choices.py" line="45"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact_choices.py" line="46"/>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="133"/>
        <source>Someone else (not on the account)</source>
        <translation>Otra persona (no está en la cuenta)</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="134"/>
        <source>We contacted them</source>
        <translation>Nosotros le contactamos</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="135"/>
        <source>They contacted us</source>
        <translation>Nos contactó</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="139"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Medio:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="139"/>
        <source>&amp;Direction:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="139"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="139"/>
        <source>&amp;Person reached:</source>
        <translation>&amp;Persona contactada:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="140"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="144"/>
        <source>Override &amp;reason:</source>
        <translation>&amp;Motivo para registrarlo igual:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="145"/>
        <source>Promised &amp;amount:</source>
        <translation>&amp;Monto prometido:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="146"/>
        <source>Promised &amp;date:</source>
        <translation>&amp;Fecha prometida:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="147"/>
        <source>Why &amp;unpaid, as they said:</source>
        <translation>Por &amp;qué no ha pagado, según dijo:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="148"/>
        <source>(not said)</source>
        <translation>(no lo dijo)</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="153"/>
        <source>&amp;Follow up on:</source>
        <translation>&amp;Seguimiento el:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="154"/>
        <source>Override reason</source>
        <translation>Motivo para registrarlo igual</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="155"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="231"/>
        <source>Type the promised amount.</source>
        <translation>Escriba el monto prometido.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/contact.py" line="235"/>
        <source>Give a reason to record it anyway.</source>
        <translation>Indique un motivo para registrarlo de todos modos.</translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <location filename="../collections_desktop/ui/controller.py" line="303"/>
        <source>The vault is damaged</source>
        <translation>La bóveda está dañada</translation>
    </message>
</context>
<context>
    <name>DeskOps</name>
    <message>
        <location filename="../collections_desktop/ui/ops/desk.py" line="84"/>
        <source>Every account of Today is open with someone else on the team.</source>
        <translation>Todas las cuentas de Hoy están abiertas por otra persona del equipo.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/desk.py" line="117"/>
        <source>%1 has this account open until %2.</source>
        <translation>%1 tiene esta cuenta abierta hasta las %2.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/desk.py" line="151"/>
        <source>[your name: set it in Preferences]</source>
        <translation>[su nombre: configúrelo en Preferencias]</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/desk.py" line="153"/>
        <source>[the clinic&apos;s name: set it in Preferences]</source>
        <translation>[el nombre de la clínica: configúrelo en Preferencias]</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/desk.py" line="156"/>
        <source>[the clinic&apos;s phone: set it in Preferences]</source>
        <translation>[el teléfono de la clínica: configúrelo en Preferencias]</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/desk.py" line="188"/>
        <source>Allowed now on this channel.</source>
        <translation>Permitido ahora por este medio.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/desk.py" line="190"/>
        <source>Not allowed now: %1</source>
        <translation>No permitido ahora: %1</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/desk.py" line="239"/>
        <source>Payment recorded: %1. Patient due now %2.</source>
        <translation>Pago registrado: %1. Saldo del paciente ahora: %2.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/desk.py" line="273"/>
        <source>Save receipt</source>
        <translation>Guardar recibo</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/claims.py" line="38"/>
        <source>The payer&apos;s denial of claim %1 stands and the patient owes their share of it. Take the claim off hold?</source>
        <translation>La denegación del pagador de la reclamación %1 se mantiene y el paciente debe su parte. ¿Quitar la retención de la reclamación?</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/claims.py" line="45"/>
        <source>The patient owes %1 on claim %2; the rest is adjusted off. Save this decision?</source>
        <translation>El paciente debe %1 en la reclamación %2; el resto se ajusta. ¿Guardar esta decisión?</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/claims.py" line="52"/>
        <source>Decide about a claim</source>
        <translation>Decidir sobre una reclamación</translation>
    </message>
</context>
<context>
    <name>EscalationDialog</name>
    <message>
        <location filename="../collections_desktop/ui/dialogs/escalation.py" line="101"/>
        <source>&amp;Take the next step: %1</source>
        <translation>&amp;Dar el siguiente paso: %1</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/escalation.py" line="102"/>
        <location filename="../collections_desktop/ui/dialogs/escalation.py" line="111"/>
        <source>&amp;Take the next step</source>
        <translation>&amp;Dar el siguiente paso</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/escalation.py" line="105"/>
        <source>Escalation ladder of account %1</source>
        <translation>Escala de cobranza de la cuenta %1</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/escalation.py" line="106"/>
        <source>Steps of the ladder</source>
        <translation>Pasos de la escala</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/escalation.py" line="107"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/escalation.py" line="107"/>
        <source>Taken on</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/escalation.py" line="108"/>
        <source>&amp;Note (kept with a supervisor&apos;s review):</source>
        <translation>&amp;Nota (se guarda con la revisión del supervisor):</translation>
    </message>
</context>
<context>
    <name>EscalationOps</name>
    <message>
        <location filename="../collections_desktop/ui/ops/escalation.py" line="44"/>
        <source>Folder for the letter</source>
        <translation>Carpeta para la carta</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../collections_desktop/ui/dialogs/export.py" line="83"/>
        <source>Payments collected</source>
        <translation>Pagos cobrados</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/export.py" line="84"/>
        <source>Calls, messages and notes</source>
        <translation>Llamadas, mensajes y notas</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/export.py" line="85"/>
        <source>Payment plans and promises</source>
        <translation>Planes de pago y promesas</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/export.py" line="86"/>
        <source>Claims handed to the billing team</source>
        <translation>Reclamaciones pasadas al equipo de facturación</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/export.py" line="87"/>
        <source>Accounts approved for a collection agency</source>
        <translation>Cuentas aprobadas para una agencia de cobranza</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/export.py" line="92"/>
        <source>Every payment recorded in the desk, with a control total, for posting in the practice system.</source>
        <translation>Cada pago registrado en Collections Desk, con un total de control, para registrarlo en el sistema de gestión de la clínica.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/export.py" line="94"/>
        <source>One row per contact and note, for the account notes in the practice system.</source>
        <translation>Una fila por contacto y nota, para las notas de cuenta del sistema de gestión de la clínica.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/export.py" line="95"/>
        <source>Every plan version and promise with its schedule status.</source>
        <translation>Cada versión de plan y cada promesa con el estado de su calendario.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/export.py" line="96"/>
        <source>Claims the review found to need the billing or denials team.</source>
        <translation>Reclamaciones que la revisión encontró que necesitan al equipo de facturación o de denegaciones.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/export.py" line="97"/>
        <source>Accounts approved for placement, with what the agency needs and nothing more.</source>
        <translation>Cuentas aprobadas para su envío, con lo que la agencia necesita y nada más.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/export.py" line="101"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/export.py" line="102"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/export.py" line="105"/>
        <source>Only from a day on</source>
        <translation>Solo a partir de un día</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/export.py" line="106"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/export.py" line="107"/>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../collections_desktop/ui/dialogs/first_run.py" line="68"/>
        <source>Welcome to Collections Desk</source>
        <translation>Bienvenido a Collections Desk</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/first_run.py" line="70"/>
        <source>Patient balances are kept only in an encrypted vault on this computer. Choose a passphrase of at least 12 characters; you will also get a recovery key.</source>
        <translation>Los saldos de los pacientes se guardan solo en una bóveda cifrada en esta computadora. Elija una frase de contraseña de al menos 12 caracteres; también recibirá una clave de recuperación.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/first_run.py" line="72"/>
        <source>Create my vault</source>
        <translation>Crear mi bóveda</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/first_run.py" line="73"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/first_run.py" line="74"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Repita la frase:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/first_run.py" line="75"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/first_run.py" line="76"/>
        <source>Repeat passphrase</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/first_run.py" line="77"/>
        <source>Create vault</source>
        <translation>Crear bóveda</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/first_run.py" line="78"/>
        <source>Just looking?</source>
        <translation>¿Solo quiere explorar?</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/first_run.py" line="80"/>
        <source>Open a separate vault filled with invented patients to try the desk. No real data goes there.</source>
        <translation>Abra una bóveda aparte con pacientes inventados para probar Collections Desk. Ahí no van datos reales.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/first_run.py" line="81"/>
        <source>Explore demo data</source>
        <translation>Explorar datos de demostración</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/first_run.py" line="95"/>
        <source>The passphrase must be at least 12 characters long.</source>
        <translation>La frase de contraseña debe tener al menos 12 caracteres.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/first_run.py" line="98"/>
        <source>The two passphrases do not match.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>HandoffDialog</name>
    <message>
        <location filename="../collections_desktop/ui/dialogs/handoff.py" line="94"/>
        <source>Answer from the %1 team about claim %2</source>
        <translation>Respuesta del equipo de %1 sobre la reclamación %2</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/handoff.py" line="95"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/handoff.py" line="95"/>
        <source>Amount taken off</source>
        <translation>Monto descontado</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/handoff.py" line="95"/>
        <location filename="../collections_desktop/ui/dialogs/handoff.py" line="99"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/handoff.py" line="96"/>
        <source>What the team said (kept with the account)</source>
        <translation>Lo que dijo el equipo (se guarda con la cuenta)</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/handoff.py" line="98"/>
        <source>Hand a claim to billing or denials</source>
        <translation>Pasar una reclamación a facturación o a denegaciones</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/handoff.py" line="99"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/handoff.py" line="99"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/handoff.py" line="99"/>
        <source>Claim</source>
        <translation>Reclamación</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/handoff.py" line="100"/>
        <source>What the team needs to know (kept with the hand-off)</source>
        <translation>Lo que el equipo necesita saber (se guarda con la entrega)</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../collections_desktop/ui/panes/history_html.py" line="21"/>
        <source>Pinned notes</source>
        <translation>Notas fijadas</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/history_html.py" line="40"/>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/history_html.py" line="41"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/history_html.py" line="42"/>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/history_html.py" line="43"/>
        <source>Promises</source>
        <translation>Promesas</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/history_html.py" line="44"/>
        <source>Plans</source>
        <translation>Planes</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/history_html.py" line="45"/>
        <source>Holds</source>
        <translation>Suspensiones</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/history_html.py" line="46"/>
        <source>Hand-offs</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/history_html.py" line="47"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/history_html.py" line="48"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/history_html.py" line="49"/>
        <source>Imports</source>
        <translation>Importaciones</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/history_html.py" line="60"/>
        <source>← Newer</source>
        <translation>← Más recientes</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/history_html.py" line="63"/>
        <source>Older →</source>
        <translation>Anteriores →</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/history_html.py" line="74"/>
        <source>History (%1–%2 of %3 events)</source>
        <translation>Historial (%1–%2 de %3 eventos)</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <location filename="../collections_desktop/ui/dialogs/hold.py" line="138"/>
        <source>The whole patient balance, %1, is written off.</source>
        <translation>Se cancela todo el saldo del paciente, %1.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/hold.py" line="171"/>
        <source>Holds on account %1</source>
        <translation>Suspensiones de la cuenta %1</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/hold.py" line="184"/>
        <source>Record what is known</source>
        <translation>Registrar lo que se sabe</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/hold.py" line="180"/>
        <location filename="../collections_desktop/ui/dialogs/hold.py" line="185"/>
        <source>End the hold</source>
        <translation>Terminar la suspensión</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/hold.py" line="182"/>
        <location filename="../collections_desktop/ui/dialogs/hold.py" line="187"/>
        <source>Set the hold</source>
        <translation>Iniciar la suspensión</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/hold.py" line="204"/>
        <source>Hold</source>
        <translation>Suspensión</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/hold.py" line="204"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/hold.py" line="205"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/hold.py" line="204"/>
        <source>Claim</source>
        <translation>Reclamación</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/hold.py" line="206"/>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/hold.py" line="206"/>
        <source>Chapter</source>
        <translation>Capítulo</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/hold.py" line="206"/>
        <source>Filed on</source>
        <translation>Presentada el</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/hold.py" line="207"/>
        <source>Verification sent on</source>
        <translation>Verificación enviada el</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/hold.py" line="207"/>
        <source>Missing papers due by</source>
        <translation>Documentos faltantes antes del</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/hold.py" line="208"/>
        <source>Attorney (name, phone)</source>
        <translation>Abogado (nombre, teléfono)</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/hold.py" line="208"/>
        <source>Estate contact</source>
        <translation>Contacto de la sucesión</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/hold.py" line="209"/>
        <source>Amount taken off</source>
        <translation>Monto descontado</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/hold.py" line="209"/>
        <source>Discount (%)</source>
        <translation>Descuento (%)</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/hold.py" line="210"/>
        <source>Release asked for</source>
        <translation>Levantamiento solicitado</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/hold.py" line="210"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/hold.py" line="214"/>
        <source>The person&apos;s own written request to resume contact was received</source>
        <translation>Se recibió la solicitud escrita de la propia persona para reanudar el contacto</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/hold.py" line="215"/>
        <source>Why (kept with the account)</source>
        <translation>Motivo (se guarda con la cuenta)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="103"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="107"/>
        <source>Importing… %1 records posted</source>
        <translation>Importando… %1 registros procesados</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="114"/>
        <source>Import from the practice system</source>
        <translation>Importar del sistema de gestión de la clínica</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="115"/>
        <source>New accounts</source>
        <translation>Cuentas nuevas</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="115"/>
        <source>Accounts updated</source>
        <translation>Cuentas actualizadas</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="116"/>
        <source>Claims posted</source>
        <translation>Reclamaciones registradas</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="116"/>
        <source>Patient payments</source>
        <translation>Pagos de pacientes</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="117"/>
        <source>Already in the vault, unchanged</source>
        <translation>Ya en la bóveda, sin cambios</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="120"/>
        <source>Already imported, nothing to do: %1</source>
        <translation>Ya importado, no hay nada que hacer: %1</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="128"/>
        <source>Denied by the payer, held from collection until you decide: %1</source>
        <translation>Denegadas por el pagador, retenidas de la cobranza hasta que usted decida: %1</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="131"/>
        <source>Predeterminations (estimates: nothing owed, nothing posted): %1</source>
        <translation>Predeterminaciones (estimaciones: no se debe nada, no se registró nada): %1</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="135"/>
        <source>Problems found (%1 of %2 shown)</source>
        <translation>Problemas encontrados (se muestran %1 de %2)</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="137"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="137"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="137"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="139"/>
        <source>Patient balances that would change: %1 (the largest %2 listed)</source>
        <translation>Saldos de pacientes que cambiarían: %1 (se listan los %2 mayores)</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="143"/>
        <source>Patient balances that would change: %1</source>
        <translation>Saldos de pacientes que cambiarían: %1</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="146"/>
        <source>No patient balance would change.</source>
        <translation>No cambiaría ningún saldo de paciente.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="147"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="147"/>
        <source>Patient due now</source>
        <translation>Saldo del paciente ahora</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="148"/>
        <source>After the import</source>
        <translation>Después de importar</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="151"/>
        <source>Skip the records with errors (%1) and import the rest</source>
        <translation>Omitir los registros con errores (%1) e importar el resto</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="153"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/import_report.py" line="155"/>
        <source>The files have errors: nothing is imported unless you choose to skip those records.</source>
        <translation>Los archivos tienen errores: no se importa nada a menos que elija omitir esos registros.</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="21"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/import_text.py" line="22"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
</context>
<context>
    <name>LadderPreferences</name>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences_ladder.py" line="72"/>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences_ladder.py" line="73"/>
        <source>Escalation</source>
        <translation>Escala de cobranza</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences_ladder.py" line="74"/>
        <source>Financial assistance: the clinic&apos;s sliding scale</source>
        <translation>Asistencia financiera: la escala de descuentos de la clínica</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences_ladder.py" line="75"/>
        <source>Part of a 501(c)(3) hospital facility (IRS 501(r))</source>
        <translation>Parte de un hospital 501(c)(3) (IRS 501(r))</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences_ladder.py" line="76"/>
        <source>Offer a validation notice with the first letter</source>
        <translation>Ofrecer un aviso de validación con la primera carta</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences_ladder.py" line="77"/>
        <source>Days a final notice gives the patient:</source>
        <translation>Días que el aviso final da al paciente:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences_ladder.py" line="78"/>
        <source>Least balance to escalate:</source>
        <translation>Saldo mínimo para escalar:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences_ladder.py" line="79"/>
        <source>The clinic reports unpaid balances to the credit bureaus</source>
        <translation>La clínica reporta los saldos no pagados a las agencias de crédito</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences_ladder.py" line="80"/>
        <source>Never in the states that forbid it, under $500, within a year of the first statement, or before the patient was reached.</source>
        <translation>Nunca en los estados que lo prohíben, por menos de $500, dentro del año del primer estado de cuenta ni antes de comunicarse con el paciente.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences_ladder.py" line="82"/>
        <source>Income up to (% of the poverty guideline)</source>
        <translation>Ingresos hasta (% de la guía de pobreza)</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences_ladder.py" line="83"/>
        <source>Discount (%)</source>
        <translation>Descuento (%)</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences_ladder.py" line="87"/>
        <source>not used</source>
        <translation>sin usar</translation>
    </message>
</context>
<context>
    <name>LetterOps</name>
    <message>
        <location filename="../collections_desktop/ui/ops/letters.py" line="43"/>
        <source>[your name: set it in Preferences]</source>
        <translation>[su nombre: configúrelo en Preferencias]</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/letters.py" line="61"/>
        <source>Save the e-mail draft as</source>
        <translation>Guardar el borrador del correo como</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/letters.py" line="62"/>
        <source>E-mail drafts (*.eml)</source>
        <translation>Borradores de correo (*.eml)</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/letters.py" line="65"/>
        <source>Folder to copy into the portal</source>
        <translation>Carpeta para copiar al portal</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/letters.py" line="84"/>
        <source>Portal message</source>
        <translation>Mensaje en el portal</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/letters.py" line="85"/>
        <source>Did you send it in the patient portal?</source>
        <translation>¿Lo envió por el portal del paciente?</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/letters.py" line="90"/>
        <source>Recorded as sent in the portal.</source>
        <translation>Registrado como enviado por el portal.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/letters.py" line="112"/>
        <source>The list is empty: nobody to write to.</source>
        <translation>La lista está vacía: no hay a quién escribir.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/letters.py" line="130"/>
        <source>Folder for the letters</source>
        <translation>Carpeta para las cartas</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/letters.py" line="145"/>
        <source>Preparing letters: %1 of %2…</source>
        <translation>Preparando cartas: %1 de %2…</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/letters.py" line="164"/>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/letters.py" line="169"/>
        <source>Open the file to &amp;print</source>
        <translation>Abrir el archivo para &amp;imprimir</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/letters.py" line="162"/>
        <source>…and %1 more left out.</source>
        <translation>…y %1 más omitidas.</translation>
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message>
        <location filename="../collections_desktop/ui/dialogs/letters.py" line="54"/>
        <source>Each visit with what insurance paid or adjusted and what is left, the total by age, how to pay and the financial-assistance notice.</source>
        <translation>Cada visita con lo que el seguro pagó o ajustó y lo que queda, el total por antigüedad, cómo pagar y el aviso de asistencia financiera.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/letters.py" line="56"/>
        <source>The statement with every service line as billed. For an account with an open dispute it is the verification the dispute waits for.</source>
        <translation>El estado de cuenta con cada línea de servicio tal como se facturó. Para una cuenta con una disputa abierta es la verificación que la disputa espera.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/letters.py" line="58"/>
        <source>The last letter before escalation: the balance, the day the patient has until, what the clinic may do after it, and the ways out (pay, a plan, financial assistance, a dispute). Accounts with a hold, a plan, insurance or a billing question open are left out.</source>
        <translation>La última carta antes de escalar la cuenta: el saldo, la fecha límite del paciente, lo que la clínica puede hacer después y las salidas (pagar, un plan, asistencia financiera, una disputa). Se omiten las cuentas con una suspensión, un plan, el seguro o una consulta de facturación abiertos.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/letters.py" line="62"/>
        <source>What is owed since the last statement or charge, the last day to dispute it and a form to answer; in Spanish with the English after it.</source>
        <translation>Lo que se debe desde el último estado de cuenta o cargo, el último día para disputarlo y un formulario para responder; en español con el inglés después.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/letters.py" line="64"/>
        <source>Who qualifies for financial assistance (the clinic&apos;s scale in dollars by household size), what to send, how to apply, and the plain-language summary of the policy.</source>
        <translation>Quién califica para asistencia financiera (la escala de la clínica en dólares según el tamaño del hogar), qué enviar, cómo solicitarla y el resumen de la política en palabras sencillas.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/letters.py" line="68"/>
        <source>A letter for each of the %1 accounts listed, one PDF each and files to print; each is recorded as a letter sent. Accounts the rules hold back are left out and listed.</source>
        <translation>Una carta para cada una de las %1 cuentas de la lista, un PDF por cuenta y archivos para imprimir; cada una se registra como carta enviada. Las cuentas que las reglas detienen se omiten y se enumeran.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/letters.py" line="73"/>
        <source>Prepare letters</source>
        <translation>Preparar cartas</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/letters.py" line="74"/>
        <source>&amp;Letter:</source>
        <translation>&amp;Carta:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/letters.py" line="77"/>
        <source>&amp;Choose the folder…</source>
        <translation>&amp;Elegir la carpeta…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../collections_desktop/ui/main_window.py" line="148"/>
        <source>Collections Desk</source>
        <translation>Collections Desk</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/main_window.py" line="149"/>
        <source>DEMO — invented patients</source>
        <translation>DEMOSTRACIÓN — pacientes inventados</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/main_window.py" line="151"/>
        <source>{app} — locked</source>
        <translation>{app} — bloqueado</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/main_window.py" line="155"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/main_window.py" line="156"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/main_window.py" line="157"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/main_window.py" line="158"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/main_window.py" line="159"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/main_window.py" line="167"/>
        <source>Patient balances: {amount}</source>
        <translation>Saldos de pacientes: {amount}</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/main_window.py" line="191"/>
        <source>About Collections Desk</source>
        <translation>Acerca de Collections Desk</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/main_window.py" line="192"/>
        <source>Collections Desk {version}
Patient collections for a medical clinic, kept in an encrypted vault.</source>
        <translation>Collections Desk {version}
Cobranza a pacientes para una clínica médica, guardada en una bóveda cifrada.</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <location filename="../collections_desktop/ui/dialogs/message.py" line="87"/>
        <source>Message for account %1</source>
        <translation>Mensaje para la cuenta %1</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/message.py" line="88"/>
        <source>&amp;Situation:</source>
        <translation>&amp;Situación:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/message.py" line="89"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/message.py" line="92"/>
        <source>The patient&apos;s own</source>
        <translation>El del paciente</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/message.py" line="95"/>
        <source>Attach the statement (portal only: plain e-mail carries none)</source>
        <translation>Adjuntar el estado de cuenta (solo en el portal: el correo común no lleva adjuntos)</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/message.py" line="96"/>
        <source>Save as &amp;e-mail draft…</source>
        <translation>Guardar como &amp;borrador de correo…</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/message.py" line="97"/>
        <source>Copy for the &amp;portal…</source>
        <translation>Copiar para el &amp;portal…</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/message.py" line="98"/>
        <source>Message preview</source>
        <translation>Vista previa del mensaje</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../collections_desktop/ui/dialogs/note.py" line="39"/>
        <source>Note on account %1</source>
        <translation>Nota en la cuenta %1</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/note.py" line="40"/>
        <source>What to remember about this account (kept in the vault)</source>
        <translation>Lo que hay que recordar de esta cuenta (se guarda en la bóveda)</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/note.py" line="41"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/note.py" line="42"/>
        <source>Pin to the top of the account and the call script</source>
        <translation>Fijar arriba en la cuenta y en el guion de llamada</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../collections_desktop/ui/dialogs/payment.py" line="90"/>
        <source>Record payment — account %1</source>
        <translation>Registrar pago — cuenta %1</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/payment.py" line="91"/>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/payment.py" line="91"/>
        <source>Check</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/payment.py" line="91"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/payment.py" line="91"/>
        <source>Bank transfer</source>
        <translation>Transferencia bancaria</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/payment.py" line="92"/>
        <source>Patient portal</source>
        <translation>Portal del paciente</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/payment.py" line="92"/>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/payment.py" line="95"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Monto:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/payment.py" line="95"/>
        <source>&amp;Method:</source>
        <translation>&amp;Forma de pago:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/payment.py" line="95"/>
        <source>Paid &amp;on:</source>
        <translation>Pagado &amp;el:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/payment.py" line="96"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Referencia:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/payment.py" line="96"/>
        <source>&amp;Why only now:</source>
        <translation>&amp;Por qué hasta ahora:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/payment.py" line="98"/>
        <source>Patient balance: %1</source>
        <translation>Saldo del paciente: %1</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/payment.py" line="99"/>
        <source>Dollars and cents, e.g. 25.00</source>
        <translation>Dólares y centavos, p. ej. 25.00</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/payment.py" line="100"/>
        <source>Why a payment made days ago is recorded only now (kept)</source>
        <translation>Por qué un pago hecho hace días se registra hasta ahora (se guarda)</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/payment.py" line="102"/>
        <source>Keep the amount over the balance as a credit</source>
        <translation>Dejar a favor lo que exceda el saldo</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/payment.py" line="103"/>
        <source>&amp;Print receipt…</source>
        <translation>&amp;Imprimir recibo…</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/payment.py" line="104"/>
        <source>&amp;Save receipt…</source>
        <translation>&amp;Guardar recibo…</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/payment.py" line="107"/>
        <source>Receipt number, if any</source>
        <translation>Número de recibo, si lo hay</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/payment.py" line="107"/>
        <source>Check number</source>
        <translation>Número de cheque</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/payment.py" line="108"/>
        <source>Authorization code — never the card number</source>
        <translation>Código de autorización — nunca el número de tarjeta</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/payment.py" line="109"/>
        <source>Bank transfer trace number</source>
        <translation>Número de rastreo de la transferencia</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/payment.py" line="109"/>
        <source>Portal confirmation number</source>
        <translation>Número de confirmación del portal</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/payment.py" line="110"/>
        <source>Where the payment came from</source>
        <translation>De dónde vino el pago</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/payment.py" line="146"/>
        <source>Type the amount paid.</source>
        <translation>Escriba el monto pagado.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="157"/>
        <source>Payment plan — account %1 (patient due %2)</source>
        <translation>Plan de pagos — cuenta %1 (saldo del paciente %2)</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="161"/>
        <source>Patient&apos;s language</source>
        <translation>Idioma del paciente</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="161"/>
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="163"/>
        <source>&amp;Frequency:</source>
        <translation>&amp;Frecuencia:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="163"/>
        <source>Custom &amp;number of payments:</source>
        <translation>&amp;Número de pagos (a la medida):</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="164"/>
        <source>Custom &amp;installment:</source>
        <translation>&amp;Monto de cada pago (a la medida):</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="164"/>
        <source>&amp;Down payment:</source>
        <translation>Pago &amp;inicial:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="165"/>
        <source>First &amp;due date:</source>
        <translation>Fecha del &amp;primer pago:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="165"/>
        <source>Household &amp;income per month:</source>
        <translation>&amp;Ingreso familiar mensual:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="168"/>
        <source>Qualifies for the state&apos;s income-based payment cap</source>
        <translation>Califica para el límite estatal de pago según el ingreso</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="169"/>
        <source>only where a state income cap applies</source>
        <translation>solo donde aplica un límite estatal por ingreso</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="170"/>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="172"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="171"/>
        <source>e.g. 50.00</source>
        <translation>p. ej. 50.00</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="174"/>
        <source>&amp;Show options</source>
        <translation>&amp;Mostrar opciones</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="175"/>
        <source>Replace with a new &amp;version on the chosen option</source>
        <translation>Reemplazar con una nueva &amp;versión con la opción elegida</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="176"/>
        <source>&amp;Create plan with the chosen option</source>
        <translation>&amp;Crear el plan con la opción elegida</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="177"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="178"/>
        <source>Written &amp;notice sent on</source>
        <translation>Aviso por escrito &amp;enviado el</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="179"/>
        <source>Print notice &amp;letter…</source>
        <translation>Imprimir &amp;carta de aviso…</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="180"/>
        <source>Declare de&amp;fault</source>
        <translation>Declarar &amp;incumplimiento</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="181"/>
        <source>Cance&amp;l plan</source>
        <translation>Cance&amp;lar plan</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="182"/>
        <source>Agreement</source>
        <translation>Convenio</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="183"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="184"/>
        <source>&amp;Prepare</source>
        <translation>&amp;Preparar</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="186"/>
        <source>The agreement&apos;s first page shows here once it is prepared.</source>
        <translation>La primera página del convenio aparece aquí cuando esté preparado.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="187"/>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimir…</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="188"/>
        <source>&amp;E-mail…</source>
        <translation>&amp;Correo…</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="189"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="190"/>
        <source>Mark &amp;signed on</source>
        <translation>Marcar &amp;firmado el</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="228"/>
        <source>%1 × %2, %3
%4 to %5</source>
        <translation>%1 × %2, %3
del %4 al %5</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="236"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/plan.py" line="236"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
</context>
<context>
    <name>PlanOps</name>
    <message>
        <location filename="../collections_desktop/ui/ops/plans.py" line="81"/>
        <source>Plan saved as a draft. Prepare the agreement for the patient to sign.</source>
        <translation>Plan guardado como borrador. Prepare el convenio para que el paciente lo firme.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/plans.py" line="31"/>
        <source>Open plan: version %1, %2, %3 on the plan.</source>
        <translation>Plan abierto: versión %1, %2, %3 en el plan.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/plans.py" line="131"/>
        <source>Save agreement</source>
        <translation>Guardar convenio</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/plans.py" line="138"/>
        <source>Signature recorded: the plan is %1.</source>
        <translation>Firma registrada: el plan está %1.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/preferences.py" line="58"/>
        <source>Import policy</source>
        <translation>Importar política</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/preferences.py" line="65"/>
        <source>Export policy</source>
        <translation>Exportar política</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/claims.py" line="64"/>
        <location filename="../collections_desktop/ui/ops/claims.py" line="77"/>
        <source>Collection agency</source>
        <translation>Agencia de cobranza</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/claims.py" line="65"/>
        <source>Why account %1 goes to the agency (kept in the audit):</source>
        <translation>Por qué la cuenta %1 va a la agencia (queda en la auditoría):</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/claims.py" line="72"/>
        <source>Account %1 approved for the agency: outreach stops.</source>
        <translation>Cuenta %1 aprobada para la agencia: se detiene el contacto.</translation>
    </message>
</context>
<context>
    <name>PlanTracker</name>
    <message>
        <location filename="../collections_desktop/ui/panes/plan_tracker.py" line="31"/>
        <source>Payment plan, version %1: %2</source>
        <translation>Plan de pagos, versión %1: %2</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/plan_tracker.py" line="34"/>
        <source>%1, %2 on the plan</source>
        <translation>%1, %2 en el plan</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/plan_tracker.py" line="38"/>
        <source>next %1 on %2</source>
        <translation>próximo %1 el %2</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/plan_tracker.py" line="41"/>
        <source>behind %1</source>
        <translation>atrasado %1</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/plan_tracker.py" line="44"/>
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
    <name>PreferencesDialog</name>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences.py" line="100"/>
        <source>Preferences — payment-plan policy version %1</source>
        <translation>Preferencias — política de planes de pago, versión %1</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences.py" line="101"/>
        <source>Your &amp;name in call scripts:</source>
        <translation>Su &amp;nombre en los guiones de llamada:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences.py" line="102"/>
        <source>Clinic (printed on every agreement)</source>
        <translation>Clínica (se imprime en cada convenio)</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences.py" line="103"/>
        <location filename="../collections_desktop/ui/dialogs/preferences.py" line="118"/>
        <source>Plan rules</source>
        <translation>Reglas de los planes</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences.py" line="104"/>
        <source>&amp;Legal name:</source>
        <translation>Nombre &amp;legal:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences.py" line="104"/>
        <source>Doing &amp;business as:</source>
        <translation>Nombre &amp;comercial:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences.py" line="105"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences.py" line="105"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences.py" line="105"/>
        <source>&amp;Hours:</source>
        <translation>&amp;Horario:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences.py" line="106"/>
        <source>Hours in Spanish (optional):</source>
        <translation>Horario en español (opcional):</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences.py" line="109"/>
        <source>Minimum installment per month:</source>
        <translation>Pago mínimo por mes:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences.py" line="109"/>
        <source>Minimum above $500 per month:</source>
        <translation>Mínimo por mes en saldos de más de $500:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences.py" line="110"/>
        <source>Grace days after a due date:</source>
        <translation>Días de gracia después de la fecha de pago:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences.py" line="110"/>
        <source>Reminder, days after grace:</source>
        <translation>Recordatorio, días después de la gracia:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences.py" line="111"/>
        <source>Written notice, days after grace:</source>
        <translation>Aviso por escrito, días después de la gracia:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences.py" line="111"/>
        <source>Missed payments in a row for default:</source>
        <translation>Pagos seguidos sin hacer para el incumplimiento:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences.py" line="112"/>
        <source>Days after the notice before default:</source>
        <translation>Días después del aviso antes del incumplimiento:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences.py" line="112"/>
        <source>Cure period, days (at least 14):</source>
        <translation>Plazo para ponerse al corriente, días (al menos 14):</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences.py" line="113"/>
        <source>Allowed frequencies:</source>
        <translation>Frecuencias permitidas:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences.py" line="113"/>
        <source>Days back a date may be given without a reason:</source>
        <translation>Días hacia atrás que se puede fechar sin motivo:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences.py" line="118"/>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences.py" line="119"/>
        <source>Escalation and assistance</source>
        <translation>Escala de cobranza y asistencia</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences.py" line="121"/>
        <source>&amp;Import policy file…</source>
        <translation>&amp;Importar archivo de política…</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/preferences.py" line="122"/>
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
    <name>ReportsWindow</name>
    <message>
        <location filename="../collections_desktop/ui/dialogs/reports.py" line="151"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/reports.py" line="152"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/reports.py" line="152"/>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/reports.py" line="152"/>
        <source>This quarter</source>
        <translation>Este trimestre</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/reports.py" line="152"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/reports.py" line="153"/>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/reports.py" line="153"/>
        <source>Custom</source>
        <translation>Otro periodo</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/reports.py" line="156"/>
        <source>against the period before</source>
        <translation>comparado con el periodo anterior</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/reports.py" line="157"/>
        <source>against a year earlier</source>
        <translation>comparado con un año antes</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/reports.py" line="158"/>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/reports.py" line="159"/>
        <source>Charts</source>
        <translation>Gráficas</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/reports.py" line="160"/>
        <source>Collected per week</source>
        <translation>Cobrado por semana</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/reports.py" line="163"/>
        <source>Billing issues (double-click for the accounts)</source>
        <translation>Problemas de facturación (doble clic para ver las cuentas)</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/reports.py" line="165"/>
        <source>Click to list the accounts behind this figure</source>
        <translation>Haga clic para ver la lista de las cuentas detrás de esta cifra</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/reports.py" line="221"/>
        <source>%1 to %2, against %3 to %4</source>
        <translation>Del %1 al %2, comparado con del %3 al %4</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/reports.py" line="229"/>
        <source>Collected</source>
        <translation>Cobrado</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/reports.py" line="231"/>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/reports.py" line="232"/>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/reports.py" line="234"/>
        <source>Right-party contacts</source>
        <translation>Contactos con la persona correcta</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/reports.py" line="160"/>
        <location filename="../collections_desktop/ui/dialogs/reports.py" line="236"/>
        <source>Promises kept</source>
        <translation>Promesas cumplidas</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/reports.py" line="161"/>
        <source>Balances by age</source>
        <translation>Saldos por antigüedad</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/reports.py" line="161"/>
        <source>Top issues</source>
        <translation>Principales problemas</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/reports.py" line="237"/>
        <source>%1 before</source>
        <translation>%1 antes</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/reports.py" line="238"/>
        <source>Plans signed</source>
        <translation>Planes firmados</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/reports.py" line="242"/>
        <source>%1 on before</source>
        <translation>%1 respecto al anterior</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/reports.py" line="259"/>
        <source>Click a bar to list the accounts behind it</source>
        <translation>Haga clic en una barra para ver la lista de las cuentas detrás de ella</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/reports.py" line="283"/>
        <source>%1: %2 collected, %3 new, %4 at the end</source>
        <translation>%1: %2 cobrado, %3 nuevo, %4 al cierre</translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <location filename="../collections_desktop/ui/dialogs/screening.py" line="79"/>
        <source>Type the household&apos;s income to see the likely tier.</source>
        <translation>Escriba los ingresos del hogar para ver el nivel probable.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/screening.py" line="84"/>
        <source>Financial assistance screening for account %1</source>
        <translation>Evaluación de asistencia financiera para la cuenta %1</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/screening.py" line="85"/>
        <source>People in the &amp;household:</source>
        <translation>Personas en el &amp;hogar:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/screening.py" line="86"/>
        <source>Household &amp;income, $:</source>
        <translation>&amp;Ingresos del hogar, $:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/screening.py" line="87"/>
        <source>&amp;Counted over:</source>
        <translation>&amp;Periodo de los ingresos:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/screening.py" line="90"/>
        <source>&amp;Record the screening</source>
        <translation>&amp;Registrar la evaluación</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <location filename="../collections_desktop/ui/panes/script.py" line="115"/>
        <source>Opening and identity check</source>
        <translation>Saludo y verificación de identidad</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/script.py" line="115"/>
        <source>Explaining the balance</source>
        <translation>Explicación del saldo</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/script.py" line="115"/>
        <source>Payment in full</source>
        <translation>Pago completo</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/script.py" line="116"/>
        <source>Offering a payment plan</source>
        <translation>Ofrecer un plan de pagos</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/script.py" line="116"/>
        <source>Hardship and financial assistance</source>
        <translation>Dificultades y asistencia financiera</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/script.py" line="117"/>
        <source>Dispute</source>
        <translation>Disputa</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/script.py" line="117"/>
        <source>Insurance problem</source>
        <translation>Problema con el seguro</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/script.py" line="117"/>
        <source>Wrong person</source>
        <translation>Persona equivocada</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/script.py" line="118"/>
        <source>Stop-contact request</source>
        <translation>Solicitud de no contactar</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/script.py" line="118"/>
        <source>Voicemail (limited content)</source>
        <translation>Mensaje de voz (contenido limitado)</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/script.py" line="118"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/script.py" line="119"/>
        <source>Text message</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/script.py" line="119"/>
        <source>Portal message</source>
        <translation>Mensaje en el portal</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/script.py" line="122"/>
        <source>Script situation</source>
        <translation>Situación del guion</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/script.py" line="124"/>
        <source>Script in English</source>
        <translation>Guion en inglés</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/script.py" line="125"/>
        <source>Script in Spanish</source>
        <translation>Guion en español</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/script.py" line="126"/>
        <source>Script</source>
        <translation>Guion</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/script.py" line="127"/>
        <source>Screen for financial assistance…</source>
        <translation>Evaluar para asistencia financiera…</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/script.py" line="142"/>
        <source>%1 of 7 calls this week</source>
        <translation>%1 de 7 llamadas esta semana</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/script.py" line="144"/>
        <source>Callable now</source>
        <translation>Se puede llamar ahora</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/script.py" line="147"/>
        <source>Not callable now: %1</source>
        <translation>No se puede llamar ahora: %1</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/words/compliance_text.py" line="25"/>
        <source>next: %1</source>
        <translation>próxima: %1</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../collections_desktop/ui/dialogs/sign_in.py" line="44"/>
        <source>Sign in to the team</source>
        <translation>Iniciar sesión en el equipo</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/sign_in.py" line="45"/>
        <source>Team server: %1</source>
        <translation>Servidor del equipo: %1</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/sign_in.py" line="46"/>
        <source>Your &amp;name on the team:</source>
        <translation>Su &amp;nombre en el equipo:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/sign_in.py" line="47"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/sign_in.py" line="48"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/sign_in.py" line="49"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/sign_in.py" line="59"/>
        <source>Type your name and your password.</source>
        <translation>Escriba su nombre y su contraseña.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/sign_in.py" line="62"/>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
</context>
<context>
    <name>SyncOps</name>
    <message>
        <location filename="../collections_desktop/ui/ops/sync.py" line="40"/>
        <source>Import from the practice system</source>
        <translation>Importar del sistema de gestión de la clínica</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/sync.py" line="41"/>
        <source>Practice system exports (%1);;All files (*)</source>
        <translation>Exportaciones del sistema de gestión de la clínica (%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/sync.py" line="61"/>
        <source>Nothing was imported: the files changed since they were read, or have errors. Choose the files again.</source>
        <translation>No se importó nada: los archivos cambiaron desde que se leyeron o tienen errores. Elija los archivos de nuevo.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/sync.py" line="67"/>
        <source>Imported: %1 claims, %2 patient payments, %3 new accounts.</source>
        <translation>Importado: %1 reclamaciones, %2 pagos de pacientes, %3 cuentas nuevas.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/sync.py" line="81"/>
        <source>Checking the files: %1 records read…</source>
        <translation>Revisando los archivos: %1 registros leídos…</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/sync.py" line="97"/>
        <source>Save the export as</source>
        <translation>Guardar la exportación como</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/ops/sync.py" line="98"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>TeamWindow</name>
    <message>
        <location filename="../collections_desktop/ui/dialogs/team.py" line="95"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/team.py" line="99"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/team.py" line="99"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/team.py" line="99"/>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/team.py" line="102"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/team.py" line="105"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/team.py" line="105"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/team.py" line="105"/>
        <source>Right-party</source>
        <translation>Persona correcta</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/team.py" line="105"/>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/team.py" line="105"/>
        <source>Collected</source>
        <translation>Cobrado</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/team.py" line="106"/>
        <source>Promises</source>
        <translation>Promesas</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/team.py" line="106"/>
        <source>Kept</source>
        <translation>Cumplidas</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/team.py" line="106"/>
        <source>Plans</source>
        <translation>Planes</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/team.py" line="106"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/team.py" line="106"/>
        <source>Assigned</source>
        <translation>Asignadas</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/team.py" line="107"/>
        <source>Assigned balance</source>
        <translation>Saldo asignado</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/team.py" line="108"/>
        <source>Assign accounts</source>
        <translation>Asignar cuentas</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/team.py" line="109"/>
        <source>A&amp;ccounts:</source>
        <translation>&amp;Cuentas:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/team.py" line="110"/>
        <source>account numbers, separated by spaces or commas</source>
        <translation>números de cuenta, separados por espacios o comas</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/team.py" line="111"/>
        <source>&amp;to:</source>
        <translation>&amp;a:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/team.py" line="112"/>
        <source>Every account &amp;of:</source>
        <translation>Todas las cuentas &amp;de:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/team.py" line="113"/>
        <source>t&amp;o:</source>
        <translation>&amp;hacia:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/team.py" line="114"/>
        <source>&amp;Assign</source>
        <translation>A&amp;signar</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/team.py" line="115"/>
        <source>&amp;Move</source>
        <translation>&amp;Mover</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/team.py" line="118"/>
        <location filename="../collections_desktop/ui/dialogs/team.py" line="130"/>
        <source>No one (anyone may take them)</source>
        <translation>Nadie (cualquiera puede tomarlas)</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/team.py" line="136"/>
        <source>%1 to %2: what each person recorded, and the accounts assigned to them now.</source>
        <translation>Del %1 al %2: lo que registró cada persona y las cuentas que tiene asignadas ahora.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/team.py" line="142"/>
        <source>Imports and older rows</source>
        <translation>Importaciones y registros anteriores</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/team.py" line="143"/>
        <source>Team total</source>
        <translation>Total del equipo</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/dialogs/team.py" line="163"/>
        <source>Type the numbers of the accounts to assign.</source>
        <translation>Escriba los números de las cuentas que quiere asignar.</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <location filename="../collections_desktop/ui/panes/lock.py" line="140"/>
        <source>Collections Desk</source>
        <translation>Collections Desk</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/lock.py" line="141"/>
        <source>Vault: {location}</source>
        <translation>Bóveda: {location}</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/lock.py" line="144"/>
        <source>Locked. Patient information stays hidden until you unlock the vault.</source>
        <translation>Bloqueado. La información de los pacientes queda oculta hasta que desbloquee la bóveda.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/lock.py" line="146"/>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Clave de recuperación:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/lock.py" line="146"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/lock.py" line="147"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/lock.py" line="147"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/lock.py" line="148"/>
        <source>13 groups of letters and digits</source>
        <translation>13 grupos de letras y números</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/lock.py" line="149"/>
        <source>I forgot my passphrase; use the recovery key</source>
        <translation>Olvidé mi frase de contraseña; usar la clave de recuperación</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/lock.py" line="151"/>
        <source>The recovery key is the code shown once when the vault was created, kept on paper or in a password manager. Choose a new passphrase of at least 12 characters: it replaces the forgotten one.</source>
        <translation>La clave de recuperación es el código que se mostró una sola vez al crear la bóveda, guardado en papel o en un administrador de contraseñas. Elija una nueva frase de contraseña de al menos 12 caracteres: reemplaza la olvidada.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/lock.py" line="154"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/lock.py" line="155"/>
        <source>R&amp;epeat new passphrase:</source>
        <translation>R&amp;epita la nueva frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/lock.py" line="156"/>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/lock.py" line="157"/>
        <source>Repeat new passphrase</source>
        <translation>Repita la nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/lock.py" line="160"/>
        <source>Remember on this device</source>
        <translation>Recordar en este dispositivo</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/lock.py" line="163"/>
        <source>This computer&apos;s keyring ({name}) stores secrets unencrypted, so it is not used: the passphrase is asked every time.</source>
        <translation>El llavero de esta computadora ({name}) guarda los secretos sin cifrar, así que no se usa: la frase de contraseña se pide cada vez.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/lock.py" line="167"/>
        <source>This computer has no system keyring, so the passphrase is asked every time.</source>
        <translation>Esta computadora no tiene llavero del sistema, así que la frase de contraseña se pide cada vez.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/lock.py" line="168"/>
        <source>&amp;Unlock and set the new passphrase</source>
        <translation>&amp;Desbloquear y fijar la nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/lock.py" line="169"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/lock.py" line="185"/>
        <source>Type the recovery key to unlock.</source>
        <translation>Escriba la clave de recuperación para desbloquear.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/lock.py" line="186"/>
        <source>Type the passphrase to unlock.</source>
        <translation>Escriba la frase de contraseña para desbloquear.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/lock.py" line="192"/>
        <source>The new passphrase must be at least 12 characters long.</source>
        <translation>La nueva frase de contraseña debe tener al menos 12 caracteres.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/lock.py" line="195"/>
        <source>The two new passphrases do not match.</source>
        <translation>Las dos nuevas frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>WorklistModel</name>
    <message>
        <location filename="../collections_desktop/ui/models/worklist_model.py" line="54"/>
        <source>Guarantor</source>
        <translation>Garante</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/models/worklist_model.py" line="55"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/models/worklist_model.py" line="56"/>
        <source>Patient due</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/models/worklist_model.py" line="57"/>
        <source>Aging</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/models/worklist_model.py" line="58"/>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/models/worklist_model.py" line="59"/>
        <source>Next action</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/models/worklist_model.py" line="60"/>
        <source>Callable now</source>
        <translation>¿Llamar?</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/models/worklist_model.py" line="216"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/models/worklist_model.py" line="218"/>
        <source>From %1</source>
        <translation>Desde %1</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/models/worklist_model.py" line="220"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>WorklistPane</name>
    <message>
        <location filename="../collections_desktop/ui/panes/worklist.py" line="92"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/worklist.py" line="92"/>
        <source>Promises due</source>
        <translation>Promesas que vencen</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/worklist.py" line="92"/>
        <source>Plans late</source>
        <translation>Planes atrasados</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/worklist.py" line="92"/>
        <source>Insurance pending</source>
        <translation>Pendiente del seguro</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/worklist.py" line="93"/>
        <source>Disputes and holds</source>
        <translation>Disputas y suspensiones</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/worklist.py" line="93"/>
        <source>Paid since last import</source>
        <translation>Pagadas desde la última importación</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/worklist.py" line="94"/>
        <source>All accounts</source>
        <translation>Todas las cuentas</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/worklist.py" line="94"/>
        <source>Ready to escalate</source>
        <translation>Listas para escalar</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/worklist.py" line="94"/>
        <source>Blocked from escalation</source>
        <translation>Detenidas en la escala</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/worklist.py" line="116"/>
        <source>From Reports — %1 (accounts listed: %2). Choose a view or search to go back.</source>
        <translation>De Informes — %1 (cuentas en la lista: %2). Elija una vista o busque para volver.</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/worklist.py" line="93"/>
        <source>With billing</source>
        <translation>Con facturación</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/worklist.py" line="97"/>
        <source>Worklist view</source>
        <translation>Vista de la lista de trabajo</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/worklist.py" line="98"/>
        <source>Search name, account, claim, phone or birth date</source>
        <translation>Buscar nombre, cuenta, reclamación, teléfono o fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/worklist.py" line="99"/>
        <source>Search accounts</source>
        <translation>Buscar cuentas</translation>
    </message>
    <message>
        <location filename="../collections_desktop/ui/panes/worklist.py" line="100"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
</context>
</TS>
