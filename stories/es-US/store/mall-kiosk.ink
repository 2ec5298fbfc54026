// translation-of: sha256:9500c5b89efc7f7b
# grammar: 1
# id: store.mall_kiosk
# title: Patrullaje en el centro comercial: el quiosco que nunca cierra
# setting: store
# summary: Un quiosco elegante de uñas y reparación de teléfonos abre desde que amanece hasta que anochece, una encargada vigila cada palabra, y un muchacho vende chocolates en día de escuela. Fíjese en el patrón y comuníquelo por la vía correcta.
# minutes: 10
# situation: labour_trafficking
# minor: yes
# content_note: Esta historia trata de un posible trabajo forzoso de trabajadores adultos de un quiosco y de un muchacho de 15 años obligado a vender en día de escuela. Menciona deudas. En uno de los caminos, una mujer jala al muchacho de la muñeca. No se muestra otra violencia. Puede tomar una pausa en cualquier momento.
# focus: Ver más allá de una buena apariencia, pasar el caso más arriba cuando hay un menor de edad, y mantener la calma con la encargada cerca
# variants: 2
# character: nadia; Nadia; Una limpiadora del centro comercial de cuarenta y tantos años, con uniforme azul y pañuelo en la cabeza, que lleva años en el turno temprano. Su compañera.
# character: vera; Vera; La encargada del quiosco, una mujer de cincuenta y tantos años con traje negro de pantalón, dos teléfonos y una bolsa grande.
# character: dara; Dara; Una técnica de uñas de veintitantos años con abrigo color camello, uñas perfectas y pelo brillante.
# character: tomas; Tomas; El trabajador de reparación de teléfonos, un hombre delgado de treinta y tantos años con ojos cansados.
# character: ollie; Ollie; Un muchacho de unos quince años con sudadera roja y una caja de barras de chocolate en las rodillas.
# distractor: not.speaks_other_language
# distractor: not.tired_or_shy
# distractor: not.accent
# teaches: myth.well_dressed
# teaches: myth.traffickers_men
# teaches: myth.not_in_nice_places
# teaches: myth.only_underground
# teaches: myth.trauma_hostile_or_flat

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

-> start

=== start ===
# phase: briefing
# bg: mall_kiosk_concourse
# ambience: mall_concourse
# show: nadia:calm
Miércoles, cuarto para las once. Usted está de patrulla para {org_name} en Lakeview, el centro comercial más elegante de la ciudad.
Bajo el techo de vidrio, el pasillo está iluminado y tranquilo. La fuente salpica.
Nadia, la limpiadora del turno temprano, detiene su carrito junto a usted.
¿Le puedo decir algo? Me tiene inquieta. # speaker: nadia
El salón de uñas. La muchacha y el de reparación de teléfonos. Ya están detrás de la cortina metálica cuando yo empiezo a las seis. # speaker: nadia
Yo cierro los botes de basura a las diez de la noche. Y siguen ahí. Todos los días. Los domingos también. # speaker: nadia
Y hay un muchacho. Vende chocolates en las bancas. Es miércoles. ¿No debería estar en la escuela? # speaker: nadia
+ ["Gracias. Voy a echar un vistazo con discreción." # score: observe +1 # why: Tomar en serio la preocupación de una compañera y observar con discreción, sin mostrar sospecha, es como se nota un patrón y se comunica.]
  Gracias. No sabía a quién decirle. # speaker: nadia # show: nadia:relieved
+ ["¿La muchacha del abrigo camello? Mírela. Le va bien." # score: observe -1 # myth: myth.well_dressed # why: La ropa buena y una sonrisa segura no le dicen nada sobre si alguien es libre. A veces quienes controlan a otros los visten bien. Fíjese en lo que pasa, no en cómo se ve la gente.]
  Bonito abrigo. Pregúntese quién lo pagó. # speaker: nadia # show: nadia:guarded
+ ["¿Le ha contado a alguien más? ¿A la oficina del centro comercial, o a la policía?" # score: collaboration +1 # why: Preguntar qué se ha comunicado ya evita que se crucen dos informes, y la trata como compañera. También le dice, sin decirlo, que usted lo toma en serio.]
  Solo a usted. No sabía a quién decirle. # speaker: nadia
- Nadia sigue empujando su carrito hacia la escalera eléctrica. # hide: nadia
-> kiosk

=== kiosk ===
# phase: observe
# show: vera:calm
# show: dara:calm
# show: tomas:calm
Pasa junto al quiosco como si revisara el equipo contra incendios de la columna. Camine despacio. Mire, pero sin quedarse mirando.
Una mujer con traje negro está parada en medio del quiosco con un teléfono en cada mano. Nadia la llama Vera.
Puede mirar bien una cosa sin que parezca raro.
+ [Mirar el cuarto de almacenaje detrás del quiosco # observe: kiosk_storage # reveals: retail.tenant_worker_lives_onsite]
  La puerta del cuarto está abierta un palmo.
  Adentro: dos tapetes para dormir enrollados, una tetera eléctrica, una bolsa de arroz y tres cepillos de dientes en una taza.
  Nadia dice que se lavan en los lavabos del personal antes de que abra el centro comercial. Una camioneta blanca los deja en la puerta de servicio a las seis y los recoge, a todos juntos, a las nueve y media de la noche.
  El letrero del poste dice: Abierto de 9 a 9, los siete días. Solo efectivo.
+ [Observar el salón de uñas un minuto # observe: nail_bar # reveals: retail.worker_coached_monitored]
  Dara le pinta las uñas a una clienta. Las suyas están perfectas. Aretes de oro, pelo brillante, un abrigo camello en el gancho.
  La clienta le pregunta cuánto tiempo lleva haciendo uñas, y si le gusta trabajar aquí.
  Antes de que Dara pueda contestar, Vera ya está a su lado.
  Tres años. Le encanta. ¿Verdad, Dara? # speaker: vera
  Me encanta. # speaker: dara
  Las mismas palabras, la misma sonrisa. Vera se queda a su lado hasta que la clienta se va.
+ [Mirar el mostrador de reparación de teléfonos # observe: phone_repair # reveals: nothing # ambiguous: retail.tenant_worker_lives_onsite]
  Tomas le pone una pantalla nueva al teléfono de un cliente. Conversan en un idioma que usted no habla, y el cliente se ríe.
  El cliente regatea el precio, paga y recibe un recibo escrito.
  Debajo del mostrador, junto a los pies de Tomas, hay una almohada y una cobija enrollada metidas en una bolsa del supermercado.
- -> concourse

=== concourse ===
# hide: vera
# hide: tomas
Veinte minutos después se va acercando a la fuente y al área de comidas. Puede detenerse en una cosa.
+ [Mirar la fuente # observe: fountain # reveals: retail.recruiter_approaching_youth]
  Ahora Dara está junto a la fuente, con el abrigo camello y un montón de volantes.
  Detiene a dos muchachas con uniforme escolar. Ustedes dos tienen muy buenas manos. Podrían hacer uñas. Efectivo todos los días. Yo las enseño. # speaker: dara
  ¿Cuál es su Snap? Las agrego. # speaker: dara
  Una de las muchachas escribe su nombre en el teléfono de Dara. Desde el quiosco, Vera las observa.
+ [Mirar las bancas junto al área de comidas # observe: benches # reveals: retail.minors_selling_begging]
  Un muchacho de unos quince años está sentado en una banca con una caja de barras de chocolate en las rodillas. # show: ollie:guarded
  Son las once de la mañana de un miércoles. Le ofrece una barra a todo el que pasa.
  La caja no tiene el nombre de ninguna escuela. Nadia dice que ha estado aquí todos los días de esta semana.
+ [Mirar la escalera eléctrica # observe: escalator # reveals: nothing]
  Un hombre con chaleco reflejante graba los escalones de la escalera eléctrica con su teléfono.
  Su gafete dice que es de la compañía de elevadores. Un escalón lleva una semana rechinando. Nada más aquí.
- -> food

=== food ===
# show: vera:calm
# show: dara:calm
# show: tomas:calm
Poco antes de las doce, Vera y sus dos trabajadores caminan hacia el área de comidas.
+ [Observar el mostrador del área de comidas mientras compra un café # observe: food_court # reveals: retail.not_allowed_to_buy_or_speak]
  Vera pide seis veces la misma comida y paga de un rollo grueso de billetes. # indicator: retail.bulk_supply_purchases # sound: till_beep
  Ninguno de los dos trabajadores le dice una palabra al empleado. # indicator: retail.group_led_by_one_payer
  Tomas pide en voz baja un refresco. Vera niega con la cabeza. Agua. Ella paga. Él no discute.
  Rápido. La cortina no se queda abajo mucho tiempo. # speaker: vera
+ [Echar un vistazo a la puerta del pasillo de servicio # observe: service_door # reveals: nothing]
  Un repartidor detuvo la puerta con un carrito de cajas de zapatos.
  Firma el registro de entregas, le hace un saludo con la mano y lleva las cajas hacia la zapatería. Nada más aquí.
+ [Tomar su café y regresar]
- Llevan las bandejas de vuelta al quiosco. Vera va adelante. # hide: vera # hide: dara # hide: tomas
-> bench

=== bench ===
# phase: talk
# requires: police
# show: ollie:guarded
En la banca junto al área de comidas, el muchacho de la caja de chocolates sigue ahí. # indicator: retail.minors_selling_begging # discuss: Puede que sea menor de 18 años. ¿Qué cambia en su respuesta cuando la persona podría ser un niño?
{variant == 2: Al otro lado del pasillo, Vera le sonríe a una clienta. Cada pocos minutos mira hacia la banca.|Al otro lado del pasillo, Vera está parada con los brazos cruzados. Cada pocos minutos mira hacia la banca.}
Pase lo que pase aquí, un muchacho de unos quince años está vendiendo solo en día de escuela.
+ [Decirle que no se permite vender en el centro comercial y que tiene que irse # score: safety -1 # score: choice -1 # why: Echarlo lo manda directo de vuelta con quien lo mandó, y aprende que no se puede hablar con el personal. Un niño que vende en horario de escuela necesita que su caso se comunique, no que lo echen.]
  -> moved_on
+ [No acercarse mientras ella mira. Ponerse detrás de la columna y pedirle al centro de control policía y protección de menores # score: safety +1 # score: report +1 # action: police # why: Con la mujer que quizá lo controla mirando, no acercarse evita que ella sepa que alguien se dio cuenta, y la preocupación igual llega adonde debe. El costo: nadie le dice a él que no está en problemas.]
  -> from_pillar
+ [Ir al quiosco y preguntarle a Vera por qué el muchacho no está en la escuela # critical: confront_controller # score: safety -2 # why: Enfrentar a la mujer que quizá lo controla la pone sobre aviso y pone en riesgo al muchacho. Mantenga la calma y una actitud neutral cerca de ella, y pase la preocupación a quienes pueden actuar.]
  -> vera_confronted
+ [Sentarse en la otra punta de la banca: "¿Qué está vendiendo?" # score: trust +1 # score: safety +1 # why: Empezar relajado y a distancia no lo asusta, y le da espacio para hablar si quiere. Pero Vera ve que usted se sienta, y puede que él pague por haber hablado.]
  -> ollie_talk

=== from_pillar ===
Desde detrás de la columna llama por radio a {escalation_first}: un muchacho de unos quince años, vendiendo solo en horario de escuela, vigilado desde el quiosco del salón de uñas. Pide policía y {child_protection_name}.
No pierde de vista la banca ni el quiosco. Vera nunca mira hacia usted.
-> help_late

=== ollie_talk ===
{variant == 2: Chocolates. # speaker: ollie|¡Chocolates! Para mi escuela. # speaker: ollie}
{variant == 2: No mira hacia usted. Mira el quiosco.|Sonríe, y luego echa una mirada al quiosco.}
{variant == 2: ¿Va a comprar o no? # speaker: ollie|Es para el equipo de fútbol. Para los uniformes. # speaker: ollie}
+ ["¿No debería estar en la escuela? Si sigue vendiendo, le llamo a la policía." # critical: threaten_arrest_or_immigration # score: trust -2 # score: safety -1 # why: Amenazar a un niño con la policía le enseña que los adultos que podrían ayudarlo son un peligro, que es justo lo que le dice quien lo controla. Dígale que no está en problemas.]
  -> ollie_shut
+ ["Deme uno. ¿Ya comió algo hoy?" # score: trust +2 # score: safety +1 # why: Comprar una barra es un motivo normal para estar ahí, y preguntar por la comida pone primero sus necesidades sin preguntar por nadie más.]
  -> ollie_open
+ ["¿Esa mujer del salón de uñas lo obliga a hacer esto? ¿Es usted víctima de trata?" # critical: labelling_question # myth: myth.ask_directly # score: trust -2 # why: Un muchacho al que le preguntan eso, con la mujer a la vista, va a decir que no y puede que lo castiguen por haber hablado. Mejor haga preguntas abiertas y con tacto sobre su día.]
  -> ollie_shut
+ ["¿Cuántos años tiene? ¿Dónde vive? ¿Para quién es el dinero?" # critical: interrogate_victim # score: trust -2 # score: safety -1 # why: Una serie de preguntas sobre su edad, su casa y el dinero es una entrevista, y un niño en su situación se va a cerrar o va a decir lo que le dijeron que dijera. La policía y protección de menores hacen esas preguntas después, de forma segura.]
  -> ollie_shut

=== ollie_open ===
{variant == 2: Se encoge de hombros. Toma el dinero y no contesta. # show: ollie:guarded|Se encoge de hombros. # show: ollie:calm}
{variant == 2: Luego, sin mirar hacia usted: Comemos cuando se vende. # speaker: ollie|Todavía no. Nos dan de comer cuando se vende la caja. # speaker: ollie}
Vuelve a mirar el quiosco. # show: ollie:anxious
+ [Sentarse en silencio a una banca de distancia y dejarlo vender # score: trust +1 # score: safety +1 # why: Quedarse cerca sin presionar le deja decidir si quiere decir más. Toma tiempo, y Vera puede ver lo que usted hace.]
  -> ollie_more
+ ["¿Quiénes comen?" # resolves: retail.tenant_worker_lives_onsite # score: trust -1 # score: observe +1 # why: Una pregunta pequeña y natural que puede decirle quién más está involucrado, pero le pide nombrar a personas a las que quizá les tiene miedo, con una de ellas mirando. Se cierra un poco.]
  {variant == 2: Los del negocio. # speaker: ollie|Yo. Tomas. Dara. # speaker: ollie}
  {variant == 2: Señala con la cabeza el mostrador de reparación de teléfonos.|Echa una mirada al mostrador de reparación de teléfonos.}
  {variant == 2: Tomas duerme ahí. En las noches también, cuando no viene la camioneta.|Todos nos vamos en la camioneta. Aunque Tomas casi siempre se queda. Duerme debajo de su mostrador.} # speaker: ollie # indicator: retail.tenant_worker_lives_onsite
  -> ollie_more

=== ollie_more ===
{variant == 2: Tengo dieciséis. Antes de que pregunte. # speaker: ollie|Me quedo en casa de mi tía Vera. Es lejos en la camioneta. No sé el camino. # speaker: ollie # indicator: retail.cannot_say_where_lives}
{variant == 2: Le da vueltas y vueltas a una barra. Luego: No me dejan ir a mi casa hasta que se pague. El dinero de mi mamá. # speaker: ollie|Le da vueltas y vueltas a una barra. No es mi tía de verdad. # speaker: ollie}
Tengo que vender todos estos. # speaker: ollie
-> ollie_act

=== ollie_shut ===
Se pone tenso. # show: ollie:anxious
{variant == 2: No dice nada.|Tengo dieciséis. Sí puedo. # speaker: ollie}
Agarra la caja y camina rápido de vuelta al quiosco.
Vera lo recibe en el mostrador. Le clava la mirada a usted desde allá un largo segundo, y luego sonríe. # show: vera:calm
-> after_shut

=== moved_on ===
Le dice que no puede vender en el centro comercial. Él no discute. # show: ollie:anxious
Camina de vuelta al quiosco. Vera le quita la caja, le da una nueva y le señala la entrada norte. # show: vera:calm
Él se va. No voltea hacia usted.
-> after_shut

=== vera_confronted ===
# show: vera:impatient
Camina hasta el quiosco. Vera deja los dos teléfonos.
El muchacho de la banca. ¿Viene con usted? ¿Por qué no está en la escuela? # speaker: officer
Es mi sobrino. Ayuda a su familia. ¿Ahora eso es delito? # speaker: vera
Dara deja de pintar. Tomas se queda mirando su destornillador. # show: dara:anxious # show: tomas:anxious
Vera camina directo a la banca. # show: ollie:anxious
-> danger

=== ollie_act ===
# phase: act
+ [Llevarlo del brazo a la oficina de seguridad, donde estará a salvo # critical: detain_or_rescue # score: safety -2 # score: choice -1 # myth: myth.security_rescues # why: Agarrarlo lo asusta y, con la mujer mirando, puede provocar justo el peligro que usted teme. Mantenga la calma, no lo pierda de vista y llame a la policía y a protección de menores.]
  -> grabbed
+ [Comprarle toda la caja para que deje de vender por hoy, darle dinero para comer, y dejarlo ahí # score: safety -1 # score: report -1 # why: Es amable, pero lo manda de vuelta con la mujer que lo mandó, y nada cambia. Un niño que vende en horario de escuela con estas señales tiene que comunicarse a la policía y a protección de menores.]
  -> bought_box
+ ["Tengo que llamar a unas personas cuyo trabajo es cuidar a los niños. Le voy a decir lo que pasa." Luego pedirle al centro de control policía y protección de menores # score: choice +1 # score: report +2 # score: trust +1 # action: police # why: Una preocupación por un niño tiene que ir a la policía y a protección de menores aunque él prefiera que no. Decírselo con honestidad, y explicarle cada paso, conserva su confianza mientras lo hace.]
  -> help_comes
+ ["Esto queda entre nosotros. No le voy a decir a nadie, se lo prometo." # critical: promise_cannot_keep # score: trust -2 # why: Una preocupación por un niño se tiene que comunicar, así que esta promesa se va a romper, y él va a aprender que quienes ayudan mienten. Sea honesto: tiene que avisar a personas cuyo trabajo es mantenerlo a salvo.]
  -> promise_broken

=== help_comes ===
Se le queda mirando. # show: ollie:anxious
¿Se va a enterar mi tía Vera? # speaker: ollie
Puede que se entere. Por eso voy a llamar a personas cuyo trabajo es mantenerlo a salvo. Me quedo aquí con usted hasta que lleguen. # speaker: officer
Llama en voz baja por radio a {escalation_first} y pide policía y {child_protection_name}. Da la banca, el quiosco y la edad que calcula que tiene.
Le compra un jugo y un sándwich y se sienta a una banca de distancia, donde puede verlo a él y al quiosco.
Veinte minutos después llegan un agente de policía y una trabajadora de protección de menores. Se sientan junto a Ollie y hablan con él con calma. # show: ollie:calm
En el quiosco, Vera hace una llamada y luego baja la cortina metálica. Es la primera vez en meses que alguien la ve cerrada de día.
-> dara_beat ->
# ending: help_came; Llegó ayuda para Ollie
Ollie se va con la trabajadora de protección de menores. Se lleva el jugo. Deja los chocolates.
-> file_report(-> epilogue_help)

=== dara_beat ===
Dara sale por un costado de la cortina. Su abrigo está perfecto. Le tiemblan las manos. # show: dara:guarded
Vera me compró este abrigo. Las uñas, el teléfono. Todo. # speaker: dara # indicator: retail.older_companion_gifts
Todo se suma a lo que le debo. Igual que cada muchacha que traigo. # speaker: dara
Dice que va a llamar a inmigración. Estoy bien. No escriba mi nombre. # speaker: dara
Usted le explica con claridad qué es {hotline_name}{hotline_not_police:, y que no es la policía}{hotline_consent_based:, y que trabajan con el consentimiento de la persona adulta}, y deja una tarjeta en la banca. Ella no la recoge mientras usted está mirando. # hide: dara
->->

=== promise_broken ===
Suelta el aire. Por un momento parece de su edad. # show: ollie:calm
Luego usted llama por radio a {escalation_first} para pedir policía y protección de menores, como debe hacerlo. Él oye las palabras. # show: ollie:anxious
Usted me lo prometió. # speaker: ollie
Agarra la caja y corre de vuelta al quiosco.
-> help_late

=== bought_box ===
Le compra toda la caja. Él cuenta el dinero dos veces. # show: ollie:calm
Gracias. # speaker: ollie
Corre al quiosco y le da el efectivo a Vera. Ella lo cuenta, le da una caja nueva y le señala la entrada norte.
A las dos de la tarde ya está otra vez en una banca, ofreciéndole barras de chocolate a la gente que pasa.
# ending: another_box; Otra caja para vender
Nadie fuera del quiosco sabe dónde va a dormir esta noche.
-> file_report(-> epilogue_box)

=== grabbed ===
Lo toma del brazo y lo pone de pie. La caja de chocolates cae al piso. # show: ollie:anxious
¡Suélteme! # speaker: ollie
Se zafa y corre directo al quiosco. Vera ya viene caminando a su encuentro. # show: vera:impatient
-> danger

=== after_shut ===
# phase: act
+ [Dejarlo así. Dice que tiene dieciséis, y no es asunto suyo # score: safety -2 # score: report -1 # why: Que un niño diga que tiene edad suficiente no es motivo para detenerse. Una preocupación por un posible menor de edad siempre va a la policía y a protección de menores, que pueden comprobarlo de forma segura.]
  -> went_back
+ [Informarlo de todos modos: policía y protección de menores # score: report +2 # score: safety +1 # action: police # why: Aunque el muchacho no quiera hablar, un niño que vende en horario de escuela con estas señales tiene que comunicarse a la policía y a protección de menores. Siga observando a distancia.]
  -> help_late

=== help_late ===
# phase: act
Mantiene la distancia y no pierde de vista al muchacho. # show: ollie:guarded
Media hora después llegan un agente de policía y una trabajadora de protección de menores. Para entonces el muchacho está dentro del quiosco, detrás del mostrador, y Vera es la que habla. # show: vera:calm
Es mi sobrino. Faltó a la escuela porque está enfermo. # speaker: vera
El agente pide hablar a solas con el muchacho. Vera dice que no. Hablan un buen rato.
-> dara_beat ->
# ending: help_late; La policía llegó, más tarde
Al final, el muchacho se va con la trabajadora de protección de menores, con la cabeza baja, sin mirar a nadie.
-> file_report(-> epilogue_late)

=== went_back ===
A las nueve y media, la camioneta blanca se para en la puerta de servicio. # show: vera:calm
Vera, Dara, Tomas y el muchacho se suben, todos juntos. La cortina metálica baja. # hide: vera # hide: ollie
# ending: went_back; Volvió al quiosco
Mañana a las seis, Nadia los va a encontrar otra vez en los lavabos del personal.
-> file_report(-> epilogue_back)

=== danger ===
# phase: act
# requires: emergency
Vera toma al muchacho de la muñeca y lo levanta de la banca de un jalón. La caja de chocolates se cae. # show: vera:impatient
Tía, espérese, ya casi vendí... # speaker: ollie
Lo jala hacia la puerta del pasillo de servicio. Él se resiste. Ella no lo suelta.
+ [Correr a la puerta de servicio y bloquearla para que no se lo pueda llevar # critical: detain_or_rescue # score: safety -3 # myth: myth.security_rescues # why: Un forcejeo en una puerta puede lastimar al muchacho y a usted, y puede volverla más peligrosa. Llame al número de emergencias, manténgase atrás y observe.]
  -> blocked
+ [Llamar al {emergency_number}. Mantenerse atrás y observar # score: safety +3 # score: report +2 # action: emergency # why: A un niño se lo están llevando en contra de su voluntad en este momento. Eso es una emergencia: llame primero, manténgase atrás, y sea el mejor testigo que pueda.]
  -> called_emergency
+ [Gritarle desde el otro lado del pasillo que lo suelte # score: safety -1 # score: report -1 # why: Puede hacerla dudar, pero también puede hacer que se apure, y no es una llamada de ayuda: nadie que pueda detener la camioneta se ha enterado todavía. Llame primero al número de emergencias.]
  -> shouted
+ [Avisar por radio a {escalation_first} y esperar a que le digan qué hacer # critical: no_emergency_call # score: safety -2 # why: Cuando a un niño se lo están llevando a la fuerza en este momento, la llamada de emergencia va primero. Avise a su supervisor justo después.]
  -> radioed

=== called_emergency ===
Llama al {emergency_number}. Da el nombre del centro comercial, el pasillo de servicio y lo que puede ver.
Los sigue a distancia y se detiene en la puerta. Al fondo del pasillo, Vera empuja al muchacho hacia el andén de carga.
Se queda en la línea y le cuenta todo a quien atiende la llamada: la camioneta blanca, la dirección, el traje negro de ella.
Dos patrullas llegan al andén de carga antes de que la camioneta pueda salir. # show: ollie:anxious
El muchacho está sentado en el borde de la acera con un agente de policía. Poco después llega una trabajadora de protección de menores. Usted no participa en esa conversación.
# ending: emergency; Los detuvieron en el andén de carga
Nadia le trae una taza de café. A ella le tiemblan las manos más que a usted.
-> file_report(-> epilogue_emergency)

=== shouted ===
¡Suéltelo! # speaker: officer
Vera voltea, y luego camina más rápido. La puerta de servicio se cierra detrás de ellos. # hide: vera # hide: ollie
Llama al {emergency_number} mientras corre. Para cuando la policía llega al andén de carga, la camioneta ya se fue.
# ending: taken; Se fueron antes de que llegara la ayuda
Tiene el color de la camioneta y la mitad de la placa.
-> file_report(-> epilogue_taken)

=== blocked ===
Corre por delante y se planta frente a la puerta de servicio.
Vera se detiene. Luego se da la vuelta y saca al muchacho por las puertas principales. Él está llorando. # hide: vera # hide: ollie
Para cuando llama al {emergency_number}, la camioneta blanca ya no está en el estacionamiento.
# ending: taken; Se fueron antes de que llegara la ayuda
Tiene el color de la camioneta. No vio la placa.
-> file_report(-> epilogue_taken)

=== radioed ===
Aprieta el botón del radio. {escalation_first} tarda unos segundos en contestar.
Lo primero que oye es: llame al {emergency_number}, ya.
Para cuando marca, la puerta de servicio ya se cerró detrás de ellos. # hide: vera # hide: ollie
# ending: taken; Se fueron antes de que llegara la ayuda
Cuando llega la policía, el andén de carga está vacío.
-> file_report(-> epilogue_taken)

=== epilogue_help ===
Una semana después, el quiosco sigue cerrado. Un aviso en la cortina metálica dice "Cerrado por remodelación".
Nadia dice que no ha vuelto a ver la camioneta.
-> aftermath

=== epilogue_late ===
Al día siguiente, el quiosco abre a las nueve como siempre. Dara está en el salón de uñas. La tarjeta ya no está en la banca.
-> aftermath

=== epilogue_box ===
Tres días después, otro muchacho vende chocolates junto a la entrada norte.
-> aftermath

=== epilogue_back ===
El viernes, el muchacho está otra vez en la banca a las once.
-> aftermath

=== epilogue_emergency ===
Más tarde, su supervisor le dice que inspectores laborales van a visitar el quiosco con la policía. No se entera de más. Eso es normal.
-> aftermath

=== epilogue_taken ===
A la mañana siguiente el quiosco no abre. Nadie sabe adónde se fue la camioneta.
-> aftermath

=== aftermath ===
{
- report_action == "emergency":
  Su informe va a la policía. Al día siguiente, un agente llama para confirmar las horas con usted.
- report_action == "police":
  Más tarde esa semana, en el centro de control, {escalation_first} le dice que su informe llegó a la policía, a protección de menores y a {hotline_name}. Nadie le cuenta más; eso es normal.
- report_action == "hotline":
  En el cambio de turno, en el centro de control, {escalation_first} lee su informe. Llegó a {hotline_name}, pero con una persona joven de por medio, la policía y {child_protection_name} lo necesitaban de inmediato.
- report_action == "supervisor":
  Al final del turno, en el centro de control, {escalation_first} lee su informe. Cuando se trata de un niño, eso solo no basta: había que avisar a la policía y a protección de menores ese mismo día.
- report_action == "log":
  Su informe queda en el registro de incidentes del centro comercial. Cuando se trata de un niño, eso no basta: nadie fuera del centro comercial se ha enterado.
- else:
  Nada sobre el muchacho queda en el registro. Para la próxima semana, los detalles ya se están borrando.
}
{variant == 2: En el cambio de turno, Nadia le pregunta por qué el muchacho fue tan grosero con usted. Las respuestas sin emoción, cortantes u hostiles son comunes en jóvenes a los que les han dicho que no se puede confiar en los adultos. No dicen nada sobre si necesitaba ayuda.}
Su turno termina a las seis.
-> END
