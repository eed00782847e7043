# Words on the kiosk's own screens: buttons, steps, messages.
# Plain language, short sentences. Speak to the person directly ("you").
# Translator note (es): neutral international Spanish; the person is addressed
# with "usted" (respectful). Gendered adjectives about the reader are avoided.

## Start screen

kiosk-name = Información y opciones
language-choose = Elija su idioma
# A button that plays the name of the language out loud.
language-listen = Escuchar
start-withdraw = Retirar un consentimiento
start-talk-counsellor = Hablar con un asesor

## Welcome and privacy

welcome-title = Le damos la bienvenida
welcome-what = Esta pantalla le explica todas las opciones que tiene para quedarse o para volver. Es para usted, en su idioma.
welcome-free = Usted decide libremente, y nadie puede presionarle. Decir que no no le quita el derecho a pedir protección ni asesoramiento legal. Pregunte a un asesor qué cambia para usted aquí.
welcome-nothing-recorded = Nada de lo que lea o toque aquí se guarda, salvo si firma al final.
welcome-screen-clears = Si deja la pantalla sin tocar durante un rato corto, se borra sola. Así, la siguiente persona no ve nada suyo.
welcome-start = Empezar

## Age

age-question = ¿Tiene 18 años o más?
age-yes = Sí, tengo 18 años o más
age-no = No, tengo menos de 18 años
age-unsure = No estoy seguro o segura de mi edad
minor-info = Puede leer toda la información aquí. Como tiene menos de 18 años, un asesor le ayudará, junto con su padre o su madre, su tutor o su representante legal.
minor-counsellor = Por favor, pida un asesor. Aquí no puede firmar nada por su cuenta.

## Moving around

nav-back = Atrás
nav-next = Siguiente
nav-home = Volver a empezar
read-aloud = Leer en voz alta
# Shown instead of the play button when no recording exists in this language.
audio-missing = Todavía no hay grabación en este idioma
audio-stop = Detener
audio-slower = Más despacio
audio-normal-speed = Velocidad normal
audio-failed = El sonido no se puede reproducir en este equipo. Avise a un miembro del personal.
text-size = Tamaño del texto
high-contrast = Alto contraste

## Always on every consent screen, as big as "Next"

action-more-time = Necesito más tiempo
action-no-decision = No quiero decidir
action-talk-counsellor = Hablar con un asesor
action-pressured = Me siento bajo presión / Quiero hablar en privado
pressured-noted = Gracias por decírnoslo. Se ha avisado al personal de que alguien aquí quiere hablar en privado, sin dar su nombre. Pregunte en el mostrador o espere aquí. Puede pedir hablar sin las personas que vinieron con usted, en una sala donde nadie más oiga, y con un asesor o intérprete del género que prefiera, si el centro lo tiene. No tiene que continuar.
more-time-noted = Tómese todo el tiempo que necesite. Puede volver otro día. No se ha guardado nada.

## Overview of all options

overview-options-heading = Sus opciones
overview-open-option = Leer más

## Countries

country-status-available = Hay ayuda para el retorno.
# $date: the day help was paused, already formatted for the language.
country-status-suspended = La ayuda para el retorno está suspendida desde el { $date }.
country-status-area-suspended = La ayuda para el retorno está suspendida en una parte de este país.
country-not-selectable = Ahora no puede elegir este país para un retorno.
country-choose = Elija el país
region-question = ¿A qué región va a volver?
region-paused = la ayuda para volver está en pausa aquí
region-other = Otra región de este país
region-not-selectable = La ayuda para volver está en pausa en esta región. Ahora no puede elegirla para volver. Un asesor puede explicarle más.

## Consent steps

step-choose-title = ¿Qué le gustaría hacer?
step-choose-intro = Elija una opción. No hay nada elegido de antemano por usted.
step-items-title = Lo que usted acepta
step-items-intro = Responda a cada pregunta por separado. Puede decir que sí a algunas y que no a otras.
item-yes = Sí
item-no = No
item-required = Necesario para recibir la ayuda para el retorno
item-optional = Puede decir que no a esto y recibir igualmente la ayuda para el retorno
step-check-title = Vamos a comprobarlo
step-check-intro = Estas preguntas no son un examen. Nos ayudan a saber si lo hemos explicado bien.
check-right = Sí, es correcto.
check-explain-again = Vamos a explicar esta parte otra vez.
step-review-title = Por favor, lea esto antes de firmar
step-review-intro = Esto es todo lo que va a firmar.
step-sign-title = Firmar
sign-draw = Firme con el dedo
sign-type = Escriba su nombre
sign-typed-as = Su nombre tal como se guardará:
sign-mark = Haga una marca
sign-mark-needs-witness = Una marca necesita un testigo. Por favor, pida a un asesor que esté con usted.
sign-clear = Borrar
sign-pad-empty = Todavía no hay nada dibujado. Si no puede dibujar, elija otra forma arriba o pida ayuda a un asesor.
sign-pad-drawn = Su firma está dibujada.
sign-confirm = Firmo
decline-confirm = No estoy de acuerdo

## Receipt

receipt-title = Su comprobante
receipt-code = Su código de referencia
receipt-agreed = Lo que usted aceptó
# $date and $time are already formatted for the language.
receipt-cooling-off-ends = Su consentimiento no puede contar antes del { $date } a las { $time }. Puede retirarlo en cualquier momento antes de irse, sin dar ninguna razón.
receipt-withdraw-how = Para retirar su consentimiento, vuelva a este quiosco y elija «Retirar un consentimiento», o dígaselo a un asesor. Necesitará su código de referencia.
receipt-keep-code = Guarde bien este código. Hágale una foto o pida una copia impresa.

## Withdrawal

withdraw-title = Retirar un consentimiento
withdraw-enter-code = Introduzca el código de referencia de su recibo con las teclas de abajo.
withdraw-key-delete = Borrar
withdraw-key-clear = Borrar todo
withdraw-lost-code = He perdido mi código
withdraw-code-typo = Este código no parece correcto. Revise cada carácter: quizá uno está mal escrito o dos están cambiados de lugar.
# $expected: characters in a code; $found: characters typed.
withdraw-code-length = Un código de referencia tiene { $expected } caracteres. Usted ha escrito { $found ->
        [one] un carácter
       *[other] { $found } caracteres
    }.
withdraw-not-found = No hay ningún consentimiento con este código. Por favor, revíselo o pregunte a un asesor.
withdraw-what = Se retirará este consentimiento:
withdraw-confirm = Retirar mi consentimiento
withdraw-done = Su consentimiento está retirado. No se hará nada basándose en él. Aquí tiene su comprobante.
withdraw-closed = Este consentimiento ya no se puede retirar aquí. Por favor, hable con un asesor.

## Time

# $seconds: seconds left before the screen clears.
idle-warning = ¿Sigue ahí? La pantalla se borrará en { $seconds ->
        [one] un segundo
       *[other] { $seconds } segundos
    }.
idle-continue = Sigo aquí
leave-confirm = ¿Salir y borrar lo que ha introducido?
leave-confirm-yes = Sí, borrar y salir
leave-confirm-no = No, volver
example-data = Información de ejemplo: los datos de los países en este quiosco no son reales. No confíe en ellos; pregunte al personal.
rule-item-unanswered = Responda a cada pregunta con Sí o No. Las preguntas que aún no tienen respuesta están marcadas.
rule-generic = Todavía no se puede firmar: falta un paso. Repase los pasos o pida ayuda a un asesor.
rule-draft-locale-alone = Nadie ha revisado todavía el texto en este idioma. Puede leerlo todo aquí. Para firmar, un asesor lo repasará con usted, con un intérprete si lo desea.
# $hours: hours left before a signed consent starts to count.
cooling-off-left = { $hours ->
        [one] Queda una hora para pensar
       *[other] Quedan { $hours } horas para pensar
    }

## Dates and times
# Each language orders the parts of a date in its own way; numbers are
# written with the language's digits automatically.

month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
# $day, $year: numbers; $month: the month's name from above.
date-long = { $day } de { $month } de { $year }
# $hour (0-23) and $minute: numbers.
time-of-day = { NUMBER($hour, minimumIntegerDigits: 2) }:{ NUMBER($minute, minimumIntegerDigits: 2) }

## Contacts

contact-partner-office = Oficina asociada en este país

## Messages on screen

# Saving did not work (for example a full disk). Nothing the person entered is lost.
not-saved = Ahora mismo no se ha podido guardar. No se ha perdido nada de lo que ha introducido. Por favor, pida ayuda a alguien del personal.
# The person asked for a counsellor.
counsellor-ask = Por favor, pídaselo a alguien del personal: le traerá a un asesor. También puede volver en otro momento.

## Staff

# A small, discreet button at the bottom of the start screen. It opens the staff sign-in.
start-staff = Personal
# Shown on a country's page when the centre paused return assistance from the console.
country-suspended-by-centre = El centro ha suspendido por ahora la ayuda para el retorno a este país. Un asesor puede darle más información.

## Guided session (a counsellor sits with the person)

guided-sign-mark = Firmar con una marca (ante el testigo)
guided-representative-signs = Firma del tutor o representante legal: escriba su nombre
guided-representative-confirm = Firma el tutor o representante
guided-signed-by = Firmado por: { $role }
guided-signature-taken = La firma está registrada. Cuando todos hayan firmado, pulse «Finalizar».
guided-complete = Finalizar
guided-host-alongside = En el idioma del país de acogida, para el asesor:

## Roles of the people present

role-migrant = La persona
role-guardian = Tutor
role-legal-representative = Representante legal
role-counsellor = Asesor
role-interpreter = Intérprete
role-witness = Testigo

## The printed receipt

receipt-pdf-answers = Sus respuestas:
receipt-pdf-withdrawn-at = Retirado el { $date } a las { $time }.
receipt-pdf-present = Presentes: { $roles }
receipt-pdf-centre = Contacto: { $contact }
receipt-pdf-version = Versión de la información: { $version }
receipt-print = Imprimir una copia para guardar
receipt-printing = Imprimiendo…
receipt-printed = Ya está impreso. Por favor, recoja su copia en la impresora.
receipt-print-failed = La impresora no funcionó. No se ha perdido nada: su consentimiento está guardado.
receipt-print-again = Intentar imprimir otra vez
receipt-show-code = Mostrar el código en la pantalla

## The kiosk's frame: the way on, the steps, parts of a long page

action-continue = Continuar
action-continue-to-signing = Continuar a la firma
action-choose-this-country = Elegir este país
action-back-to-options = Volver a todas las opciones
action-finished = He terminado
step-bar-options = Opciones
step-bar-country = País
step-bar-agree = Acuerdo
step-bar-check = Comprobar
step-bar-sign = Firma
step-bar-receipt = Recibo
step-bar-where = Paso { $n } de { $total }: { $name }
step-bar-number = { $n }
part-of = Parte { $n } de { $total }
item-of = Pregunta { $n } de { $total }
review-change = Cambiar
review-counts-from = Si firma ahora, su consentimiento no puede contar antes del { $date } a las { $time }.
receipt-interview = Antes de que cuente, un asesor también se reunirá con usted en privado para comprobar que sigue siendo su libre elección.
receipt-saved = Su consentimiento está guardado
receipt-next-steps = Qué pasa después
sign-declaration = Al firmar, digo que estoy de acuerdo con lo que he leído y comprobado aquí.

## Limits, legal help, rights, and what a return changes

overview-open-rights = Sus derechos, elija lo que elija
action-legal-help = Obtener ayuda legal
contact-legal-aid = Asesoramiento legal gratuito
contact-asylum-office = Dónde pedir asilo o recurrir
contact-trafficking-help = Ayuda confidencial para víctimas de trata
complaints-contact = Quejas, sin pasar por los asesores

## A label and its value on one line

label-value = { $label }: { $value }
