# The overview and the page of each legal option. One message per paragraph.
# Every option is described with the same care; none is recommended over another.

## Overview

overview-title = Todas sus opciones
overview-intro = Según su situación, puede haber varios caminos. Aquí están, uno al lado del otro. Abra cada uno para leer lo que significa.
overview-equal = Ninguna opción es mejor para todo el mundo. Lo correcto depende de su propia vida, y la decisión es suya.
overview-take-time = No tiene que decidir hoy. Puede leer, hacer preguntas y volver.

## Seeking protection (asylum)

option-asylum-title = Pedir protección (asilo)
option-asylum-summary = Si tiene miedo de sufrir daños graves en su país, puede pedir a este país que le proteja.
option-asylum-meaning = El asilo es una protección para las personas que no pueden estar seguras en su propio país, por ejemplo por una guerra, por persecución o por amenazas contra su vida o su libertad. Si recibe protección, puede quedarse de forma legal.
option-asylum-requires = Usted explica a las autoridades por qué no puede volver, en una entrevista, con un intérprete si lo necesita. Los documentos u otras pruebas ayudan, pero puede hacer la solicitud sin ellos.
option-asylum-deadlines = Pídalo lo antes posible. Algunos países tienen plazos, y esperar puede hacer que su caso sea más difícil de explicar.
option-asylum-ask = Un abogado, una organización de asistencia jurídica o un asesor de aquí pueden explicarle el procedimiento y ayudarle a prepararse. Esta ayuda suele ser gratuita.

## Appeal and remedies

option-appeal-title = Recurrir una decisión (recurso)
option-appeal-summary = Si su solicitud fue rechazada, quizá pueda pedir que se revise otra vez la decisión.
option-appeal-meaning = Con un recurso, usted pide a un tribunal o a otra autoridad que vuelva a estudiar su caso. Mientras se decide el recurso, a menudo puede quedarse en el país.
option-appeal-requires = Normalmente tiene que explicar qué estaba mal en la decisión. Un abogado puede escribir el recurso por usted.
option-appeal-deadlines = Los plazos para recurrir son cortos: a veces solo unos días o unas semanas. El plazo está escrito en la carta de la decisión. Mírela hoy mismo.
option-appeal-ask = Enseñe su carta de decisión a un abogado, a una organización de asistencia jurídica o a un asesor lo antes posible.

## Other legal stay

option-other-stay-title = Otras formas de quedarse legalmente
option-other-stay-summary = Quizá pueda quedarse por motivos de familia, trabajo, estudios, salud u otras razones humanitarias.
option-other-stay-meaning = Además del asilo, hay otros permisos de residencia. Por ejemplo, si familiares cercanos viven aquí legalmente, si tiene una oferta de trabajo o una plaza para estudiar, o si tiene una enfermedad grave y no puede recibir tratamiento en su país.
option-other-stay-requires = Cada permiso tiene sus propias condiciones, como documentos, unos ingresos o pruebas de lazos familiares.
option-other-stay-deadlines = Algunos permisos hay que pedirlos antes de que termine su permiso actual o antes de otras fechas límite. Pregunte pronto.
option-other-stay-ask = Un asesor o una organización de asistencia jurídica puede decirle qué permisos podrían encajar con su situación.

## Assisted voluntary return and reintegration

option-voluntary-return-title = Volver con ayuda (retorno voluntario)
option-voluntary-return-summary = Si decide volver a su país, puede recibir ayuda para el viaje y para empezar de nuevo.
option-voluntary-return-meaning = Usted elige volver y recibe apoyo: ayuda con los documentos de viaje, el viaje y la llegada, y a menudo ayuda para rehacer su vida después de llegar.
option-voluntary-return-requires = Usted da su consentimiento libremente, después de conocer todas sus opciones. Puede cambiar de opinión hasta que se vaya.
option-voluntary-return-deadlines = Después de firmar, siempre hay un tiempo para pensar antes de que su consentimiento sea válido. Preparar el viaje suele llevar unas semanas.
option-voluntary-return-ask = Un asesor puede explicarle el apoyo que hay en su país y responder a sus preguntas antes de que decida.

## Third country

option-third-country-title = Ir a otro país
option-third-country-summary = En algunos casos, quizá pueda ir legalmente a otro país, por ejemplo para reunirse con su familia.
option-third-country-meaning = Algunas personas pueden ir a un tercer país por reunificación familiar, por programas de reasentamiento o por otras vías legales, como el trabajo o los estudios.
option-third-country-requires = Estas vías tienen condiciones estrictas y a menudo largos tiempos de espera. No todo el mundo puede usarlas.
option-third-country-deadlines = La reunificación familiar a veces tiene un plazo, que empieza cuando un familiar recibe protección. Pregunte pronto.
option-third-country-ask = Un asesor o una organización de asistencia jurídica puede decirle si alguna de estas vías podría estar abierta para usted.

## No decision

option-no-decision-title = Si no decide
option-no-decision-summary = Es importante saber qué puede pasar si no hace nada.
option-no-decision-meaning = Si no tiene derecho a quedarse y no hace nada, las autoridades pueden decidir qué pasa después. Esto puede incluir un retorno forzoso. Un retorno forzoso lo hace el Estado, no las organizaciones que ofrecen el retorno voluntario.
option-no-decision-requires = Incluso entonces, usted conserva sus derechos básicos y puede pedir asesoramiento jurídico en cualquier momento.
option-no-decision-deadlines = Las cartas de las autoridades pueden indicar una fecha antes de la cual usted debe salir del país. Enseñe cualquier carta que reciba a un asesor o a un abogado.
option-no-decision-ask = Si tiene dudas sobre su situación, un asesor puede ayudarle a entenderla. Preguntar es gratis y no le obliga a nada.

## Limits, legal help, rights, and what a return changes

option-asylum-start = Cómo empezar: dígaselo al personal de aquí, o vaya a la oficina indicada en «Obtener ayuda legal». Puede pedirlo en cualquier momento antes de irse.
option-appeal-start = Cómo empezar: hoy mismo, muestre su carta de decisión a un abogado o a una organización de ayuda legal de «Obtener ayuda legal». La carta dice dónde enviar el recurso y hasta cuándo.

## The time limit on the asylum and appeal pages, from deployment.toml

option-deadline-days = { $days ->
        [one] El plazo en este país: { $days } día. La ayuda legal puede decirle desde qué día cuenta en su caso.
       *[other] El plazo en este país: { $days } días. La ayuda legal puede decirle desde qué día cuenta en su caso.
    }
option-deadline-text = El plazo en este país: { $deadline }
option-deadline-unknown = Este quiosco no sabe qué plazo se aplica en su caso. Pregunte hoy a la ayuda legal, antes de que se acabe.
