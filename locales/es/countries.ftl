# Names of the countries of return and a short summary of the support in each.
# EXAMPLE CONTENT: a deployment replaces the summaries with current information
# from its partners.

country-ge-name = Georgia
country-ge-reintegration = El apoyo puede incluir ayuda para montar un pequeño negocio, formación para el empleo y ayuda temporal con la vivienda.
country-iq-name = Irak
country-iq-reintegration = El apoyo puede incluir ayuda para montar un pequeño negocio, ayuda para encontrar empleo y apoyo psicológico para personas que han vivido experiencias difíciles.
country-ng-name = Nigeria
country-ng-reintegration = El apoyo puede incluir ayuda para montar un pequeño negocio, formación en un oficio y atención médica para quien la necesite.
area-ng-bo-name = Estado de Borno
area-ng-bo-suspension-reason = Viajar a esta zona no es seguro en este momento, por eso la ayuda para volver allí está suspendida. La ayuda para volver a otras partes del país continúa.
country-sn-name = Senegal
country-sn-reintegration = El apoyo puede incluir ayuda para montar un pequeño negocio, formación y participación en proyectos comunitarios.
country-gn-name = Guinea
country-gn-reintegration = El apoyo puede incluir ayuda para montar un pequeño negocio, formación en un oficio y ayuda con los gastos escolares de los niños y niñas.
country-et-name = Etiopía
country-et-reintegration = El apoyo puede incluir ayuda para montar un pequeño negocio, formación para el empleo y apoyo psicológico.
country-so-name = Somalia
country-so-reintegration = El apoyo puede incluir ayuda para tener ingresos, formación y un lugar donde alojarse las primeras semanas.
country-bd-name = Bangladesh
country-bd-reintegration = El apoyo puede incluir ayuda para montar un pequeño negocio, formación para el empleo y ayuda para hacer frente a las deudas del viaje.
country-pk-name = Pakistán
country-pk-reintegration = El apoyo puede incluir ayuda para montar un pequeño negocio, formación para el empleo y atención médica para quien la necesite.
country-ma-name = Marruecos
country-ma-reintegration = El apoyo puede incluir ayuda para montar un pequeño negocio, formación y ayuda para volver a estudiar.
country-tn-name = Túnez
country-tn-reintegration = El apoyo puede incluir ayuda para montar un pequeño negocio, formación y apoyo psicológico.
country-af-name = Afganistán
country-af-reintegration = Un asesor le explicará el apoyo, porque la ayuda para el retorno está suspendida en este momento.
country-af-suspension-reason = Debido a la situación de seguridad, la ayuda para volver a este país está suspendida. No se puede firmar ningún consentimiento nuevo para este país.
country-sd-name = Sudán
country-sd-reintegration = Un asesor le explicará el apoyo, porque la ayuda para el retorno está suspendida en este momento.
country-sd-suspension-reason = Debido al conflicto armado, la ayuda para volver a este país está suspendida. No se puede firmar ningún consentimiento nuevo para este país.

## Limits, legal help, rights, and what a return changes

country-situation-example = EJEMPLO: aquí el centro describe la seguridad actual, el respeto de los derechos y el acceso a vivienda, atención médica, escuela y trabajo en este país o zona.
country-situation-source = Fuente: { $source }. Situación al { $date }.
country-support-limits = El apoyo no está garantizado: depende de las normas y los fondos del programa cuando llegue, y no puede resolverlo todo.
