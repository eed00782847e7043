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
return-assistance-medical = Salud: si tiene una enfermedad o necesita cuidados, personal médico puede viajar con usted, y se puede organizar su atención médica para cuando llegue.
return-assistance-arrival = Llegada: alguien puede recibirle cuando llegue y ayudarle los primeros días, por ejemplo con el transporte hasta su ciudad o con un lugar donde alojarse.

## Reintegration

reintegration-title = Ayuda después de llegar
reintegration-intro = Empezar de nuevo lleva tiempo. El apoyo después del retorno busca ayudarle a vivir con seguridad y bienestar, para que cualquier otro traslado sea una decisión libre, no una necesidad.
reintegration-individual = Para usted y su familia: por ejemplo, ayuda para encontrar trabajo, montar un pequeño negocio, ir a la escuela o hacer una formación, recibir atención médica o apoyo psicológico.
reintegration-community = Para su comunidad: algunos proyectos ayudan al lugar al que usted vuelve, para que salgan ganando tanto las personas que se quedaron como las que regresan.
reintegration-structural = A través de los servicios locales: las organizaciones socias trabajan con las autoridades locales para que servicios como la atención médica, las escuelas y las oficinas de empleo estén abiertos a las personas que regresan.
reintegration-your-plan = El plan es suyo. Un asesor en su país planificará el apoyo con usted, según lo que necesite.

## Your rights

rights-title = Derechos que usted conserva
rights-choice = Volver es su derecho, nunca su obligación en este programa. Nadie puede obligarle a firmar.
rights-non-refoulement = Ninguna persona puede ser enviada a un país donde sufriría persecución, tortura u otros daños graves. Esta protección es para todas las personas.
rights-no-collective-expulsion = El caso de cada persona debe estudiarse por separado. No se puede expulsar a grupos de personas todos juntos sin hacer esto.
rights-children = En el caso de niños, niñas y adolescentes, lo que es mejor para el niño o la niña es lo primero en cada decisión. Se escucha su propia opinión.
rights-change-mind = Puede cambiar de opinión y retirar su consentimiento en cualquier momento antes de irse.
rights-complaints = Si cree que le han tratado de forma injusta, puede presentar una queja. Un asesor puede explicarle cómo hacerlo, y una queja no perjudicará su caso.

## Personal data

data-use-title = Cómo se usan sus datos
data-use-what = Solo pedimos los datos necesarios para ayudarle, como su nombre, su fecha de nacimiento, su nacionalidad y sus documentos de viaje.
data-use-why = Sus datos se usan para organizar su retorno y el apoyo posterior, y para nada más.
data-use-who = Solo el personal que organiza su ayuda puede verlos. Se guardan bajo llave y protegidos.
data-use-country-of-return = Para conseguir documentos de viaje, quizá haya que compartir algunos datos de identidad con las autoridades de su país. Esto solo se hace si usted está de acuerdo. La información sobre por qué se fue o por qué pidió asilo nunca se comparte con ellas.
data-use-your-rights = Puede pedir ver sus datos, pedir que se corrijan los errores y presentar una queja si cree que se usaron mal.
data-use-how-long = Sus datos se guardan solo el tiempo necesario para su retorno y el apoyo, y después se archivan o se borran según las normas.

## Time to think

time-to-think-title = Tiempo para pensar y cambiar de opinión
time-to-think-cooling-off = Después de firmar, hay un tiempo para pensar antes de que su consentimiento sea válido. Durante ese tiempo no se organiza nada que usted no pueda deshacer.
time-to-think-withdraw = Puede retirar su consentimiento en cualquier momento hasta que se vaya: durante el tiempo para pensar y también después. Retirarlo es tan fácil como firmar.
time-to-think-receipt = Usted recibe un comprobante con un código de referencia. Con este código puede retirar su consentimiento aquí, en el quiosco, o con un asesor.
