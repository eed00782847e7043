# Names of the countries of return and a short summary of the support in each.
# EXAMPLE CONTENT: a deployment replaces the summaries with current information
# from its partners.

country-ge-name = Georgia
country-ge-reintegration = Support can include help to start a small business, job training, and short-term help with housing.
country-iq-name = Iraq
country-iq-reintegration = Support can include help to start a small business, job placement, and counselling for people who lived through hard experiences.
country-ng-name = Nigeria
country-ng-reintegration = Support can include help to start a small business, training for a trade, and medical help for those who need it.
area-ng-bo-name = Borno State
area-ng-bo-suspension-reason = Travel to this area is not safe at the moment, so help to return there is paused. Help to return to other parts of the country continues.
country-sn-name = Senegal
country-sn-reintegration = Support can include help to start a small business, training, and joining community projects.
country-gn-name = Guinea
country-gn-reintegration = Support can include help to start a small business, training for a trade, and help with school costs for children.
country-et-name = Ethiopia
country-et-reintegration = Support can include help to start a small business, job training, and counselling.
country-so-name = Somalia
country-so-reintegration = Support can include help with income, training, and a place to stay in the first weeks.
country-bd-name = Bangladesh
country-bd-reintegration = Support can include help to start a small business, job training, and help to deal with debts from the journey.
country-pk-name = Pakistan
country-pk-reintegration = Support can include help to start a small business, job training, and medical help for those who need it.
country-ma-name = Morocco
country-ma-reintegration = Support can include help to start a small business, training, and help to go back to school.
country-tn-name = Tunisia
country-tn-reintegration = Support can include help to start a small business, training, and counselling.
country-af-name = Afghanistan
country-af-reintegration = Support is described by a counsellor, because help to return is paused at the moment.
country-af-suspension-reason = Because of the safety situation, help to return to this country is paused. No new consent can be signed for it.
country-sd-name = Sudan
country-sd-reintegration = Support is described by a counsellor, because help to return is paused at the moment.
country-sd-suspension-reason = Because of the armed conflict, help to return to this country is paused. No new consent can be signed for it.

## Limits, legal help, rights, and what a return changes

# Each country's (and described area's) own situation: a deployment replaces
# the EXAMPLE with what its partners report, for that place alone.
country-ge-situation = EXAMPLE — { country-ge-name }: here the centre describes the current safety, respect for rights, and access to housing, health care, schools and work in this country or area.
country-iq-situation = EXAMPLE — { country-iq-name }: here the centre describes the current safety, respect for rights, and access to housing, health care, schools and work in this country or area.
country-ng-situation = EXAMPLE — { country-ng-name }: here the centre describes the current safety, respect for rights, and access to housing, health care, schools and work in this country or area.
country-sn-situation = EXAMPLE — { country-sn-name }: here the centre describes the current safety, respect for rights, and access to housing, health care, schools and work in this country or area.
country-gn-situation = EXAMPLE — { country-gn-name }: here the centre describes the current safety, respect for rights, and access to housing, health care, schools and work in this country or area.
country-et-situation = EXAMPLE — { country-et-name }: here the centre describes the current safety, respect for rights, and access to housing, health care, schools and work in this country or area.
country-so-situation = EXAMPLE — { country-so-name }: here the centre describes the current safety, respect for rights, and access to housing, health care, schools and work in this country or area.
country-bd-situation = EXAMPLE — { country-bd-name }: here the centre describes the current safety, respect for rights, and access to housing, health care, schools and work in this country or area.
country-pk-situation = EXAMPLE — { country-pk-name }: here the centre describes the current safety, respect for rights, and access to housing, health care, schools and work in this country or area.
country-ma-situation = EXAMPLE — { country-ma-name }: here the centre describes the current safety, respect for rights, and access to housing, health care, schools and work in this country or area.
country-tn-situation = EXAMPLE — { country-tn-name }: here the centre describes the current safety, respect for rights, and access to housing, health care, schools and work in this country or area.
country-af-situation = EXAMPLE — { country-af-name }: here the centre describes the current safety, respect for rights, and access to housing, health care, schools and work in this country or area.
country-sd-situation = EXAMPLE — { country-sd-name }: here the centre describes the current safety, respect for rights, and access to housing, health care, schools and work in this country or area.
area-ng-bo-situation = EXAMPLE — { area-ng-bo-name }: here the centre describes the current safety, respect for rights, and access to housing, health care, schools and work in this country or area.
country-situation-source = Source: { $source }. As of { $date }.
country-support-limits = Support is not guaranteed: it depends on the programme's rules and funds when you arrive, and it cannot solve everything.

## Regions of Nigeria (ISO 3166-2:NG), for the region question

area-ng-ab-name = Abia State
area-ng-ad-name = Adamawa State
area-ng-ak-name = Akwa Ibom State
area-ng-an-name = Anambra State
area-ng-ba-name = Bauchi State
area-ng-by-name = Bayelsa State
area-ng-be-name = Benue State
area-ng-cr-name = Cross River State
area-ng-de-name = Delta State
area-ng-eb-name = Ebonyi State
area-ng-ed-name = Edo State
area-ng-ek-name = Ekiti State
area-ng-en-name = Enugu State
area-ng-fc-name = Federal Capital Territory (Abuja)
area-ng-go-name = Gombe State
area-ng-im-name = Imo State
area-ng-ji-name = Jigawa State
area-ng-kd-name = Kaduna State
area-ng-kn-name = Kano State
area-ng-kt-name = Katsina State
area-ng-ke-name = Kebbi State
area-ng-ko-name = Kogi State
area-ng-kw-name = Kwara State
area-ng-la-name = Lagos State
area-ng-na-name = Nasarawa State
area-ng-ni-name = Niger State
area-ng-og-name = Ogun State
area-ng-on-name = Ondo State
area-ng-os-name = Osun State
area-ng-oy-name = Oyo State
area-ng-pl-name = Plateau State
area-ng-ri-name = Rivers State
area-ng-so-name = Sokoto State
area-ng-ta-name = Taraba State
area-ng-yo-name = Yobe State
area-ng-za-name = Zamfara State
