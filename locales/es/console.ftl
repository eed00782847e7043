# The counsellor's console. Staff read these; the person at the kiosk never does.
# Translator note (es): staff are addressed with "usted"; terms follow kiosk.ftl
# (asesor, consentimiento, retirar, firmar, testigo, tutor, representante legal,
# intérprete, tiempo para pensar, código de referencia, quiosco). Counts are written
# as "label: number".

console-signed-in-as = { $account } ({ $role })
console-role-admin = administrador
console-role-counsellor = asesor
console-role-editor = editor
console-sign-out = Cerrar sesión
console-to-kiosk = Devolver la pantalla al quiosco
console-back = Atrás

## Setup and sign-in

console-setup-title = Primer uso: crear la cuenta de administrador
console-setup-intro = Todavía no existe ninguna cuenta en este dispositivo. Después, el administrador crea las cuentas de los asesores.
console-setup-create = Crear la cuenta de administrador
console-setup-done = Se ha creado la cuenta de administrador. Inicie sesión ahora.
console-sign-in-title = Acceso del personal
console-account-name = Nombre de la cuenta
console-passphrase = Frase de contraseña o PIN
console-sign-in = Iniciar sesión
console-wrong-credentials = Ese nombre y esa frase de contraseña no corresponden a ninguna cuenta.
console-locked = Demasiados intentos fallidos. Esta cuenta podrá volver a intentarlo más tarde. Segundos restantes: { $seconds }.
console-locked-idle = La consola se ha bloqueado tras un rato sin actividad. Vuelva a iniciar sesión.
console-sign-in-first = Inicie sesión primero.
console-editor-not-here = Las cuentas de editor sirven para el contenido y las traducciones, no para los expedientes de consentimiento.
console-account-exists = Ya existe una cuenta con este nombre.
console-bad-name = Un nombre de cuenta tiene de 2 a 32 caracteres: letras, cifras, puntos, guiones o guiones bajos.
console-weak-secret = Una frase de contraseña o un PIN necesita al menos 6 caracteres.
console-already-set-up = Ya existen cuentas: las nuevas las añade un administrador.
console-admin-only = Solo un administrador puede hacer esto.

## Dashboard

console-dashboard-title = Consentimientos en este dispositivo
console-concerns-title = Le necesitan ahora en el quiosco: { $count }
console-concern-pressured = se siente presionado y pidió hablar en privado con el personal
console-concern-lost-code = perdió su código y quiere retirar su consentimiento
console-concern-seen = Voy
console-guided-start = Iniciar una sesión guiada
console-export = Exportar
console-suspend = Suspender un destino
console-review-content = Revisar los consentimientos tras un cambio de contenido
console-list-all = Todos ({ $count })
console-list-cooling-off = En tiempo para pensar ({ $count })
console-list-effective = Vigentes ({ $count })
console-list-flagged = Señalados ({ $count })
console-list-needs-review = Por revisar ({ $count })
console-list-withdrawn = Retirados ({ $count })
console-list-departed = Salida realizada ({ $count })
console-state-cooling-off = en tiempo para pensar
console-state-effective = vigente
console-state-flagged = señalado
console-state-needs-review = por revisar
console-state-withdrawn = retirado
console-state-departed = salida realizada
console-state-declined = la persona no aceptó
console-hours-left = horas restantes: { $hours }
console-search = Buscar: código, idioma o destino
console-list-empty = No hay ningún consentimiento en esta lista.
console-list-more = Mostrados: { $shown } de { $count }. Escriba más caracteres del código para acotar la lista.
console-open = Abrir { $code }

## Opening a record

console-reason-title = ¿Por qué abre este expediente?
console-reason-intro = La apertura de un expediente queda registrada con su cuenta y su motivo.
console-reason = Motivo
console-reason-needed = Indique un motivo (unas pocas palabras).
console-open-confirm = Abrir el expediente
console-not-found = No se encuentra este consentimiento.
console-record-title = Expediente de consentimiento
console-fact-code = Código de referencia: { $value }
console-fact-state = Estado: { $value }
console-fact-signed = Firmado: { $value }
console-fact-cooling-off = Fin del tiempo para pensar: { $value }
console-fact-destination = Destino: { $value }
console-fact-language = Idioma: { $value }
console-fact-content = Versión del contenido: { $value }
console-fact-departed = Salida: { $value }
console-fact-escort = Acompañante: { $value }
console-fact-reception = Acuerdo de acogida: { $value }
console-fact-household = Hogar: { $value }
console-fact-review = Por revisar porque: { $value }
console-review-content-changed = la información mostrada ha cambiado desde la firma
console-review-child-objection = el niño o la niña se opuso
console-flag-pressure = La persona dijo que se sentía bajo presión o pidió hablar en privado.
console-flag-re-explained = Hubo que volver a explicar una respuesta de las preguntas de comprensión.
console-present = Presentes:
console-items = Respuestas:
console-withdraw = Retirar a petición de la persona
console-departure = Registrar la salida
console-reconsent = Recoger una nueva firma
console-saved = Guardado.
console-conflict = Otra persona acaba de modificar este consentimiento. No se ha guardado nada. Vuelva a abrirlo para ver el cambio.
console-failed = Esto no ha funcionado: { $why }

## Re-consent

console-reconsent-title = Qué ha cambiado desde la firma
console-reconsent-intro = Lea el nuevo texto con la persona, en su idioma. Después, la persona vuelve a firmar o retira su consentimiento.
console-reconsent-not-needed = Este consentimiento no necesita revisión.
console-reconsent-no-text-change = Los textos mostrados son los mismos; la revisión se debía a otro motivo.
console-reconsent-before = Al firmar
console-reconsent-now = Ahora
console-reconsent-gone = (ya no se muestra)
console-reconsent-sign-as = Nombre escrito de: { $role }
console-reconsent-sign = Registrar la nueva firma

## Suspension and content review

console-suspend-title = Suspender la ayuda para el retorno
console-suspend-intro = Todos los consentimientos pendientes para este destino pasan de inmediato a revisión, y el quiosco deja de ofrecerlo.
console-suspend-area = Solo una zona (código ISO 3166-2, opcional)
console-suspend-reason = Motivo
console-suspend-confirm = Suspender
console-suspend-unknown-country = Elija un país de la lista.
console-suspend-done = Suspendido. Consentimientos pasados a revisión: { $count }.
console-review-done = Consentimientos firmados con información anterior y pasados a revisión: { $count }.

## Export

console-export-title = Exportar al sistema de gestión de casos
console-export-intro = Todo lo que hay en este dispositivo se escribe en un solo archivo dentro de la carpeta.
console-export-folder = Carpeta
console-export-jsonl = JSON Lines (eventos sellados)
console-export-csv = CSV (una fila por consentimiento)
console-export-fhir = FHIR R4 Bundle
console-exported = Registros escritos en { $path }: { $count }

## Guided session

console-guided-title = Sesión guiada: quién está presente
console-guided-language = Idioma de la persona
console-guided-adult = 18 años o más
console-guided-minor = Menos de 18 años
console-guided-capacity-doubt = Tengo dudas sobre la capacidad de la persona para decidir
console-guided-interpreter = Intérprete presente: idioma (déjelo vacío si no hay)
console-guided-witness = Testigo presente: nombre (necesario para una marca)
console-guided-household = Referencia del hogar, común a los consentimientos de una misma familia (déjelo vacío si no hay)
console-guided-representative = Nombre del tutor o representante legal
console-guided-best-interests = Referencia de la decisión sobre el interés superior del menor
console-guided-child-view = La opinión del propio menor
console-guided-child-agrees = El menor está de acuerdo (pictograma)
console-guided-child-objects = El menor se opone (pictograma)
console-guided-assent = Asentimiento
console-guided-objection = Oposición
console-guided-child-words = Las palabras del menor
console-guided-unaccompanied = ¿Está el niño o la niña aquí sin su padre, su madre o el adulto responsable?
console-guided-unaccompanied-yes = Menor no acompañado
console-guided-unaccompanied-no = Con su padre, su madre o el adulto responsable
console-guided-escort = Acompañante en el viaje: organización y referencia (sin nombres)
console-guided-reception = Referencia del acuerdo de acogida en el país de retorno
console-guided-covers-separation = La decisión sobre el interés superior cubre un retorno separado de los padres
console-guided-begin = Empezar con la persona

## Why the rules refuse

rule-mark-without-witness = Una marca necesita un testigo presente en esta sesión.
rule-guardian-signature-missing = El consentimiento de un menor necesita la firma de un tutor o representante legal.
rule-child-view-missing = Registre primero la opinión del propio menor (asentimiento u oposición).
rule-best-interests-reference-missing = El consentimiento de un menor para el retorno necesita la referencia de la decisión sobre el interés superior del menor.
rule-representative-signature-missing = Hay dudas sobre la capacidad: el representante legal debe firmar.
rule-migrant-signature-missing = La persona todavía no ha firmado.
rule-empty-signature = Una firma está vacía.
rule-unknown-signer = Ha firmado alguien que no consta como presente.
rule-not-withdrawable = Este consentimiento no se puede retirar en su estado actual.
rule-already-departed = La salida ya se ha registrado: ya no es posible retirarlo.
rule-not-departable = La salida solo se puede registrar cuando el consentimiento está vigente.
rule-not-awaiting-reconsent = Solo se recoge una nueva firma para un consentimiento que necesita revisión.

## Salvaguardas: alertas, entrevista de confirmación, salida, retirada sin el código

console-list-on-hold = A la espera de un asesor ({ $count })
console-state-on-hold = a la espera de un asesor (una alerta abierta o la entrevista de confirmación)
console-find-without-code = Retirar sin el código
console-flag-capacity-doubt = Un asesor anotó dudas sobre la capacidad de decidir.
console-flag-child-objection = El niño o la niña se opuso.
console-flags-open = Alertas abiertas: el consentimiento no puede surtir efecto ni registrarse la salida hasta resolver cada una.
console-flag-reason = Motivo de la resolución
console-flag-cleared = Resuelta tras una conversación privada
console-flag-referred = Derivada (sigue abierta)
console-flag-review = A revisión: una nueva firma, con la opinión del niño o la niña recogida de nuevo
console-flag-resolution = { $flag } Resolución: { $outcome }. { $reason }
console-fact-interview = Entrevista de confirmación: { $outcome }, { $when }
console-fact-departure-corrected = Salida corregida { $when }: { $reason }
console-confirmation = Entrevista de confirmación
console-confirmation-not-needed = Este consentimiento no espera una entrevista de confirmación.
console-confirmation-title = Entrevista de confirmación en privado
console-confirmation-intro = Hable a solas con la persona, con intérprete si hace falta. Haga cada pregunta; el consentimiento surte efecto solo tras el periodo de reflexión y una confirmación.
console-confirmation-interpreter-language = Intérprete: idioma (vacío si no hay)
console-confirmation-interpreter-id = Intérprete: número de la lista
console-confirmation-others = Otras personas en la sala:
console-confirmation-fear = ¿Teme la persona sufrir daño al regresar?
console-confirmation-fear-none = No expresa temor
console-confirmation-fear-asylum-info = Expresa temor: se dio información sobre asilo
console-confirmation-referred = Derivación hecha
console-confirmation-signs = ¿Señales de trata o violencia?
console-confirmation-signs-none = Ninguna
console-confirmation-fitness = Salud y aptitud para viajar
console-confirmation-fit = Apta para viajar
console-confirmation-fit-with-support = Apta con apoyo (acompañante, medicación)
console-confirmation-not-fit = No apta para viajar ahora
console-confirmation-legal = Asesoría jurídica independiente
console-confirmation-legal-offered = Ofrecida, sin decidir aún
console-confirmation-legal-taken = Ofrecida y aceptada
console-confirmation-legal-declined = Ofrecida y rechazada
console-confirmation-detained = ¿Está la persona detenida?
console-confirmation-person = ¿Confirmó la persona, con sus propias palabras, que quiere regresar?
console-confirmation-confirmed = Registrar: confirmado
console-confirmation-outcome-referred = Registrar: derivado (sigue pendiente)
console-confirmation-withdrawn = Registrar: la persona retira su consentimiento
console-reconfirm-departure = La persona volvió a confirmar hoy
console-departure-correction-reason = Por qué se registró la salida por error
console-departure-correct = Corregir la salida
console-find-title = Retirar sin el código
console-find-intro = La persona está aquí y perdió su código. Pregunte lo que recuerda; dé al menos dos datos. Cada dato debe coincidir.
console-find-date = Día de la firma (AAAA-MM-DD)
console-find-language = Idioma en que leyó (p. ej. ar)
console-find-destination = País de retorno (p. ej. GE)
console-find-code = Parte del código
console-find-search = Buscar
console-find-two-facts = Dé al menos dos datos.
console-find-too-many = Coinciden más de tres consentimientos: pida otro dato.
console-find-none = Ningún consentimiento que aún pueda retirarse coincide con todos los datos.
console-find-reason = Motivo de la retirada
console-find-person-present = La persona está aquí conmigo
console-withdrawn-without-code = Retirado. Entregue a la persona un recibo de retirada.
rule-held = Este consentimiento aún no cuenta: hay una alerta abierta o la entrevista de confirmación no lo ha confirmado.
rule-flag-not-open = Esta alerta no está abierta en este consentimiento.
rule-not-awaiting-safeguard = No hay nada que resolver ni confirmar en este consentimiento ahora.
rule-interview-incomplete = Las respuestas de la entrevista no permiten confirmar (confirmación de la persona, derivación pendiente, aptitud para viajar o asesoría jurídica en detención).
rule-reason-missing = Indique un motivo.
rule-reconfirmation-missing = La persona debe volver a confirmar hoy, en privado, antes de registrar la salida.
rule-not-departed = No se ha registrado ninguna salida.
rule-not-identified = Retirar sin el código exige a la persona presente y al menos dos datos que coincidan.
rule-child-objection-needs-review = La objeción de un niño o una niña no se puede dar por resuelta: pase el consentimiento a revisión o derívelo.
rule-escort-missing = El retorno de un menor no acompañado necesita que conste el acompañante.
rule-reception-arrangement-missing = El retorno de un menor no acompañado necesita la referencia del acuerdo de acogida en el país de retorno.
rule-household-apart = El consentimiento de un niño o una niña avanza con el de un progenitor del mismo hogar (al mismo país, en vigor), salvo que la decisión sobre el interés superior cubra un retorno separado.
console-fact-waiting-for = A la espera de: { $value }
console-fact-shareable-from = Los datos que salen del centro pueden compartirse desde: { $value }
console-confirmation-unanswered = Responda a cada pregunta antes de registrar la entrevista.
console-hold-household = el consentimiento de un progenitor del mismo hogar
console-suspend-unknown-area = Elija una de las regiones indicadas para este país, o el país entero.
console-suspend-whole-country = El país entero
console-suspensions-active = Suspensiones decididas desde esta consola, en vigor:
console-suspension-line = { $destination }, desde el { $when }: { $reason }
console-lift = Levantar esta suspensión
console-lift-title = Levantar una suspensión
console-lift-intro = Una vez levantada, el quiosco vuelve a ofrecer este destino. Los consentimientos pasados a revisión por ella siguen en revisión: cada uno solo sigue adelante con una nueva firma, o se retira.
console-lift-count = Consentimientos en revisión por esta suspensión: { $count }
console-lift-content-still = El contenido (countries.toml) también suspende este destino: sigue suspendido hasta que cambie el contenido.
console-lift-reason = ¿Por qué se levanta? (para el expediente)
console-lift-confirm = Levantar la suspensión
console-lift-done = Suspensión levantada. Consentimientos aún en revisión, cada uno a la espera de una nueva firma: { $count }
console-lift-not-active = Esta suspensión ya no está en vigor.
console-reconsent-region = La región de retorno: vuelva a preguntarla a la persona.
rule-area-not-chosen = Un retorno a este país indica la región a la que vuelve la persona, entre las indicadas.
rule-unaccompanied-unanswered = Para un menor, indique primero si está aquí sin su padre o madre ni el adulto responsable de él: sí o no.

## The table and its queue

console-needs-you-title = Consentimientos que le necesitan ahora: { $count }
console-needs-you-none = Nada en la cola le necesita ahora.
console-needs-you-more = { $count } más en la cola: elija una lista abajo para verlos todos.
console-urgent-flag = alerta abierta
console-chip-on-hold = a la espera de un asesor
console-urgent-confirmation = toca la entrevista de confirmación
console-urgent-cooling-off = el plazo de reflexión termina hoy
console-column-code = Código
console-column-state = Estado
console-column-hours = Horas restantes
console-column-flags = Alertas
console-column-language = Idioma
console-column-destination = Destino
console-sort-by = Ordenar por { $column }
console-filter-all-languages = Todos los idiomas
console-filter-all-countries = Todos los países
console-filter-open-flags = Solo alertas abiertas
console-flag-short-pressure = presión
console-flag-short-comprehension = comprensión
console-flag-short-capacity-doubt = capacidad
console-flag-short-child-objection = el niño se opone
console-flag-open = Alerta abierta: { $reason }
console-flag-resolved = Alerta resuelta: { $reason }
console-reason-for = Registro { $code }
console-reason-quick = Elija un motivo habitual o escriba otro abajo.
console-reason-asked = La persona lo pidió en el mostrador
console-reason-flag = Para resolver una alerta
console-reason-interview = La entrevista de confirmación
console-reason-departure = Preparar la salida
console-reason-other = Otro motivo (escríbalo)
console-suspend-confirm-count = Suspender { $destination }: consentimientos pendientes que pasan a revisión: { $count }
console-export-drives = Unidades extraíbles: pulse una y luego un formato.
console-export-drive = Unidad { $name }
console-export-no-drive = No se encontró ninguna unidad extraíble. Conecte una o escriba una carpeta.

## Central sync

console-central-sync-last = Última aceptación por la base de datos central: { $date }, { $time }
console-central-sync-never = La base de datos central aún no lo ha aceptado.
