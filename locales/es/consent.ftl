# The consent items a person answers one by one, and the questions that check
# understanding. A wrong answer is never graded: the kiosk explains again.

## Consent items

statement-return-assistance-title = ¿Está de acuerdo en recibir ayuda para volver a su país?
statement-return-assistance-detail = Esto significa ayuda con los documentos, el viaje y su llegada, como se explicó antes.
statement-personal-data-title = ¿Está de acuerdo en que se usen sus datos para organizar su retorno y el apoyo?
statement-personal-data-detail = La ven el personal que organiza su regreso, en el sistema de expedientes del programa, y el socio que da apoyo en su país. La página sobre su información dice quién más recibe qué.
statement-share-identity-title = ¿Está de acuerdo en que sus datos de identidad se compartan con las autoridades de su país, solo para conseguir documentos de viaje?
statement-share-identity-detail = Solo después de que su consentimiento sea válido, y una vez compartidos no se pueden recuperar. Sin esto, la ayuda para regresar no puede seguir. Por qué se fue o una solicitud de asilo nunca se comparte con ellas.
statement-share-health-title = ¿Está de acuerdo en que la información sobre su salud se comparta con el personal médico que viaja con usted?
statement-share-health-detail = Así pueden cuidarle durante el viaje. Puede decir que no y viajar igualmente.
statement-contact-after-return-title = ¿Está de acuerdo en que le contacten después de llegar, para saber cómo está y cómo va el apoyo?
statement-contact-after-return-detail = Esto ayuda a mejorar el apoyo para usted y para otras personas. Puede decir que no.

## Questions that check understanding

question-change-mind = Después de firmar, ¿todavía puede cambiar de opinión?
question-change-mind-yes = Sí, hasta que me vaya
question-change-mind-no = No, la firma es definitiva

question-other-options = ¿Volver es la única opción que tiene?
question-other-options-only-return = Sí, es la única opción
question-other-options-several = No, puede haber otras opciones

question-when-it-counts = ¿Cuándo empieza a ser válido su consentimiento?
question-when-it-counts-at-once = En cuanto firmo
question-when-it-counts-after-waiting = Cuando ha pasado el tiempo para pensar

question-who-sees-data = ¿Quién puede ver sus datos?
question-who-sees-data-anyone = Cualquier persona que lo pida
question-who-sees-data-only-named = Solo los nombrados para mi regreso, algunos solo si dije que sí

question-free-choice = ¿Tiene que firmar hoy?
question-free-choice-must-sign = Sí, tengo que firmar
question-free-choice-my-choice = No, es mi libre decisión

question-help-after = ¿Hay ayuda después de llegar a su país?
question-help-after-yes = Sí, puede haber apoyo para empezar de nuevo
question-help-after-no = No, la ayuda termina en el aeropuerto

## Limits, legal help, rights, and what a return changes

question-support-sure = ¿Es seguro que recibirá apoyo después de regresar?
question-support-sure-yes = Sí, todo el mundo lo recibe
question-support-sure-no = No, depende del programa y del lugar
question-sharing-undo = Una vez compartida su identidad con las autoridades de su país, ¿se puede deshacer?
question-sharing-undo-yes = Sí, puedo recuperarla más tarde
question-sharing-undo-no = No, no se puede deshacer
