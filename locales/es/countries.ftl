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

country-ge-situation = EJEMPLO — { country-ge-name }: aquí el centro describe la seguridad actual, el respeto de los derechos y el acceso a vivienda, atención médica, escuela y trabajo en este país o zona.
country-iq-situation = EJEMPLO — { country-iq-name }: aquí el centro describe la seguridad actual, el respeto de los derechos y el acceso a vivienda, atención médica, escuela y trabajo en este país o zona.
country-ng-situation = EJEMPLO — { country-ng-name }: aquí el centro describe la seguridad actual, el respeto de los derechos y el acceso a vivienda, atención médica, escuela y trabajo en este país o zona.
country-sn-situation = EJEMPLO — { country-sn-name }: aquí el centro describe la seguridad actual, el respeto de los derechos y el acceso a vivienda, atención médica, escuela y trabajo en este país o zona.
country-gn-situation = EJEMPLO — { country-gn-name }: aquí el centro describe la seguridad actual, el respeto de los derechos y el acceso a vivienda, atención médica, escuela y trabajo en este país o zona.
country-et-situation = EJEMPLO — { country-et-name }: aquí el centro describe la seguridad actual, el respeto de los derechos y el acceso a vivienda, atención médica, escuela y trabajo en este país o zona.
country-so-situation = EJEMPLO — { country-so-name }: aquí el centro describe la seguridad actual, el respeto de los derechos y el acceso a vivienda, atención médica, escuela y trabajo en este país o zona.
country-bd-situation = EJEMPLO — { country-bd-name }: aquí el centro describe la seguridad actual, el respeto de los derechos y el acceso a vivienda, atención médica, escuela y trabajo en este país o zona.
country-pk-situation = EJEMPLO — { country-pk-name }: aquí el centro describe la seguridad actual, el respeto de los derechos y el acceso a vivienda, atención médica, escuela y trabajo en este país o zona.
country-ma-situation = EJEMPLO — { country-ma-name }: aquí el centro describe la seguridad actual, el respeto de los derechos y el acceso a vivienda, atención médica, escuela y trabajo en este país o zona.
country-tn-situation = EJEMPLO — { country-tn-name }: aquí el centro describe la seguridad actual, el respeto de los derechos y el acceso a vivienda, atención médica, escuela y trabajo en este país o zona.
country-af-situation = EJEMPLO — { country-af-name }: aquí el centro describe la seguridad actual, el respeto de los derechos y el acceso a vivienda, atención médica, escuela y trabajo en este país o zona.
country-sd-situation = EJEMPLO — { country-sd-name }: aquí el centro describe la seguridad actual, el respeto de los derechos y el acceso a vivienda, atención médica, escuela y trabajo en este país o zona.
area-ng-bo-situation = EJEMPLO — { area-ng-bo-name }: aquí el centro describe la seguridad actual, el respeto de los derechos y el acceso a vivienda, atención médica, escuela y trabajo en este país o zona.
country-situation-source = Fuente: { $source }. Situación al { $date }.
country-support-limits = El apoyo no está garantizado: depende de las normas y los fondos del programa cuando llegue, y no puede resolverlo todo.

## Regions of Nigeria (ISO 3166-2:NG), for the region question

area-ng-ab-name = Estado de Abia
area-ng-ad-name = Estado de Adamawa
area-ng-ak-name = Estado de Akwa Ibom
area-ng-an-name = Estado de Anambra
area-ng-ba-name = Estado de Bauchi
area-ng-by-name = Estado de Bayelsa
area-ng-be-name = Estado de Benue
area-ng-cr-name = Estado de Cross River
area-ng-de-name = Estado de Delta
area-ng-eb-name = Estado de Ebonyi
area-ng-ed-name = Estado de Edo
area-ng-ek-name = Estado de Ekiti
area-ng-en-name = Estado de Enugu
area-ng-fc-name = Territorio de la Capital Federal (Abuya)
area-ng-go-name = Estado de Gombe
area-ng-im-name = Estado de Imo
area-ng-ji-name = Estado de Jigawa
area-ng-kd-name = Estado de Kaduna
area-ng-kn-name = Estado de Kano
area-ng-kt-name = Estado de Katsina
area-ng-ke-name = Estado de Kebbi
area-ng-ko-name = Estado de Kogi
area-ng-kw-name = Estado de Kwara
area-ng-la-name = Estado de Lagos
area-ng-na-name = Estado de Nasarawa
area-ng-ni-name = Estado de Niger
area-ng-og-name = Estado de Ogun
area-ng-on-name = Estado de Ondo
area-ng-os-name = Estado de Osun
area-ng-oy-name = Estado de Oyo
area-ng-pl-name = Estado de Plateau
area-ng-ri-name = Estado de Rivers
area-ng-so-name = Estado de Sokoto
area-ng-ta-name = Estado de Taraba
area-ng-yo-name = Estado de Yobe
area-ng-za-name = Estado de Zamfara
