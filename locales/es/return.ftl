# What return assistance and reintegration support include, the rights that stay
# with you, how personal data is used, and the time to think.

## Return assistance

return-assistance-title = Ayuda para volver
return-assistance-intro = Si elige volver con ayuda, esto es lo que puede incluir la ayuda. Lo que reciba depende de su país y de sus necesidades.
return-assistance-documents = Documentos de viaje: si no tiene un pasaporte válido, el personal le ayuda a conseguir los papeles que necesita para viajar.
return-assistance-travel = El viaje: un billete, y ayuda en los aeropuertos o estaciones del camino.
return-assistance-luggage = Equipaje: puede llevar sus pertenencias, dentro de los límites del billete.
# Translator note (es): "medical escort" is rendered as "personal médico que le
# acompaña" (plainer than "escolta médica"); the same words are used in consent.ftl.
return-assistance-medical = Salud: si está enfermo o necesita cuidados, dígalo pronto. Un acompañante médico puede viajar con usted, y el personal puede intentar buscar atención para cuando llegue, pero lo que hay allí depende de su país.
return-assistance-arrival = Llegada: donde el programa tiene un socio, alguien puede recibirle y ayudarle los primeros días, por ejemplo con el transporte hasta su ciudad. Pregunte qué está previsto para su país.

## Reintegration

reintegration-title = Ayuda después de llegar
reintegration-intro = Empezar de nuevo lleva tiempo. El apoyo después del retorno busca ayudarle a vivir con seguridad y bienestar, para que cualquier otro traslado sea una decisión libre, no una necesidad.
reintegration-individual = Para usted y su familia: por ejemplo, ayuda para encontrar trabajo, montar un pequeño negocio, ir a la escuela o hacer una formación, recibir atención médica o apoyo psicológico.
reintegration-community = Para su comunidad: algunos proyectos ayudan al lugar al que usted vuelve, para que salgan ganando tanto las personas que se quedaron como las que regresan.
reintegration-structural = A través de los servicios locales: las organizaciones socias trabajan con las autoridades locales para que servicios como la atención médica, las escuelas y las oficinas de empleo estén abiertos a las personas que regresan.
reintegration-your-plan = Usted decide qué contiene su plan. Donde se ofrece apoyo, normalmente un asesor o un socio en su país lo planifica con usted. Lo que es posible depende del programa y del lugar.

## Your rights

rights-title = Derechos que usted conserva
rights-choice = Volver es su derecho, nunca su obligación en este programa. Nadie puede obligarle a firmar.
rights-non-refoulement = Ninguna persona puede ser enviada a un país donde sufriría persecución, tortura u otros daños graves. Esta protección es para todas las personas.
rights-no-collective-expulsion = El caso de cada persona debe estudiarse por separado. No se puede expulsar a grupos de personas todos juntos sin hacer esto.
rights-children = En el caso de niños, niñas y adolescentes, lo que es mejor para el niño o la niña es lo primero en cada decisión. Se escucha su propia opinión.
rights-change-mind = Puede cambiar de opinión y retirar su consentimiento en cualquier momento antes de irse.
rights-complaints = Si cree que le trataron injustamente, puede presentar una queja, también sin pasar por los asesores: la dirección está en «Obtener ayuda legal» y en su recibo. Una queja no debe perjudicar su caso.

## Personal data

data-use-title = Cómo se usan sus datos
data-use-what = Solo pedimos los datos necesarios para ayudarle, como su nombre, su fecha de nacimiento, su nacionalidad y sus documentos de viaje.
data-use-why = Su información se usa para organizar su regreso y el apoyo posterior. La ley de aquí también puede exigir que se guarde o se muestre a una autoridad; un asesor puede decirle qué normas se aplican.
data-use-who = Quién recibe qué, y por qué: el personal que organiza su regreso, en el sistema de expedientes del programa; el socio en su país que da apoyo después de la llegada (sus datos de contacto y su plan); un acompañante médico (datos de salud, solo si dijo que sí). Se guarda bajo llave y protegida.
data-use-country-of-return = Para los documentos de viaje, sus datos de identidad (como nombre, fecha de nacimiento y foto) se envían a las autoridades de su país, solo si dice que sí y solo después de que su consentimiento sea válido. Una vez enviados, no se puede deshacer. Si dice que no, la ayuda para regresar no puede seguir, pero sus otras opciones siguen abiertas. Por qué se fue o por qué pidió asilo nunca se comparte con ellas.
data-use-your-rights = Puede pedir ver sus datos, pedir que se corrijan los errores y presentar una queja si cree que se usaron mal.
data-use-how-long = Sus datos se guardan solo el tiempo necesario para su retorno y el apoyo, y después se archivan o se borran según las normas.

## Time to think

time-to-think-title = Tiempo para pensar y cambiar de opinión
time-to-think-cooling-off = Después de firmar, hay un tiempo para pensar antes de que su consentimiento sea válido. Durante ese tiempo el personal puede empezar a preparar, por ejemplo buscar una fecha de viaje, pero no se envía nada a las autoridades de su país. Su identidad se comparte con ellas solo cuando su consentimiento ya es válido, y eso no se puede deshacer.
time-to-think-withdraw = Puede retirar su consentimiento en cualquier momento hasta que se vaya: durante el tiempo para pensar y también después. Necesita su código de referencia, o un asesor que encuentre su consentimiento con usted. No tiene que dar ninguna razón.
time-to-think-receipt = Usted recibe un comprobante con un código de referencia. Con este código puede retirar su consentimiento aquí, en el quiosco, o con un asesor.

## Limits, legal help, rights, and what a return changes

reintegration-who = Quién puede recibir apoyo, en qué forma (a menudo servicios, formación o bienes en lugar de dinero), durante cuánto tiempo y con qué condiciones depende del programa y de su país. Pídalas por escrito antes de decidir.
reintegration-limits = El apoyo no puede resolverlo todo. Algunas personas encuentran deudas, estigma o rechazo de su familia o comunidad al regresar. Puede hablarlo con un asesor antes de decidir.
before-you-go-title = Lo que cambia un regreso
before-you-go-claim = Si su solicitud de asilo o su recurso aún no se ha decidido, irse normalmente le pone fin. Pregunte a un abogado qué significa para usted antes de firmar.
before-you-go-entry-ban = Según su caso y la ley de aquí, puede que se le prohíba volver a este país, o a un grupo de países, durante un tiempo. Pregunte a un abogado si esto le afecta.
before-you-go-money = Antes de irse, reclame los salarios que le deben, las fianzas y otro dinero al que tenga derecho. Un asesor puede ayudarle a arreglarlo.
before-you-go-third-country = La ayuda para regresar normalmente le lleva a su propio país. Ir a otro país solo es posible si tiene derecho a vivir allí. Pregunte a un asesor.
rights-asylum = Tiene derecho a pedir protección (asilo). Puede pedirla en cualquier momento, también después de firmar para regresar, hasta que se vaya.
rights-trafficking = Si alguien le obligó a trabajar, le quitó sus documentos o controla su dinero, puede ser víctima de trata. Puede haber protección especial, tiempo para recuperarse y un permiso de residencia. Puede pedir ayuda discretamente: use el botón para hablar en privado, o el contacto en «Obtener ayuda legal».
rights-gender = Puede pedir un asesor o un intérprete del género que prefiera. El centro intentará encontrar uno.
legal-help-title = Obtener ayuda legal
legal-help-intro = Un abogado o una organización de ayuda legal puede decirle qué opciones tiene, ayudarle a pedir asilo o a recurrir, y revisar sus plazos. No trabajan para el programa de regreso, y su ayuda a menudo es gratuita. Lleve cualquier carta de las autoridades.
