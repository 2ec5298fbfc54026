// translation-of: sha256:3702a143f74266ab
# grammar: 1
# id: transit.bus_station_minor
# title: Turno de la tarde: el autobús a Northfield
# setting: transit
# summary: Anochece en una terminal de autobuses llena de gente. Una mujer y su sobrina adolescente esperan el último autobús al norte. La mujer tiene los dos boletos, las dos identificaciones y todas las respuestas. Observe, mantenga la calma y haga que intervengan las personas indicadas a tiempo.
# minutes: 10
# situation: sex_trafficking
# minor: yes
# variants: 2
# content_note: Esta historia trata de una muchacha de quince años que podría estar en riesgo de explotación sexual organizada por una familiar. No se muestra ni se describe nada sexual. En un camino, una persona adulta jala a la muchacha de la muñeca. Puede tomar una pausa en cualquier momento.
# focus: Una persona joven con una familiar que lo controla todo: actúe con normalidad, siga observando y pase el caso más arriba aunque ella diga que está bien
# character: gail; Gail; Agente de boletos de unos cincuenta años en la ventanilla 2, con credencial al cuello y voz tranquila. Su compañera esta noche.
# character: della; Della; Mujer de unos cuarenta años con un abrigo abrigador color ciruela y una maleta grande con ruedas. Dice que es la tía de la muchacha.
# character: tessa; Tessa; Muchacha de quince años con una sudadera gris delgada, una mochila pequeña de cordón y sin abrigo.
# character: jay; Jay; Hombre de veintitantos años con chamarra inflada roja y gorra, que ha estado rondando las bancas.
# distractor: not.tired_or_shy
# distractor: not.cheap_clothes
# distractor: not.late_arrival
# teaches: myth.stranger_kidnap
# teaches: myth.traffickers_men
# teaches: myth.would_ask_for_help
# teaches: myth.trauma_hostile_or_flat

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

-> start

=== start ===
# phase: briefing
# bg: bus_station_hall
# ambience: bus_station
# show: gail:calm
Son las ocho menos veinte de la noche. Afuera de los andenes, el cielo se pone azul oscuro.
Usted está en el turno de la tarde para {org_name} en la terminal de autobuses Crossways.
Gail, en la ventanilla 2, toca el vidrio y le hace una seña para que se acerque.
El autobús a Northfield viene tarde otra vez. Veinte minutos por lo menos. # speaker: gail
Y su amigo de la chamarra roja volvió. Es la tercera noche esta semana. # speaker: gail
Se sienta junto a las bancas. Cualquier joven que entra solo, y él va directo. # speaker: gail
Les compra un chocolate caliente. Les habla de un cuarto libre, un trabajo, un boleto a algún lado. # speaker: gail # indicator: transit.recruiter_at_terminal
Nunca se sube a ningún autobús. # speaker: gail
+ ["Seguro solo es amigable. La gente platica en las terminales." # score: observe -1 # why: Platicar es normal, pero escoger a jóvenes que andan solos y ofrecerles una cama o un boleto es un patrón conocido. Estar alerta no cuesta nada.]
  Tal vez. # speaker: gail # show: gail:guarded
  Pero la gente amigable no suele escoger a los muchachos que andan solos. # speaker: gail
+ ["Voy a decirle que se retire." # score: safety -2 # myth: myth.security_rescues # why: Sacarlo solo lo manda afuera, donde nadie lo ve, y le avisa que lo notaron. Observar e informar protege más a los jóvenes.]
  Y luego hace lo mismo en la banqueta, donde no lo vemos. # speaker: gail # show: gail:guarded
  Mejor lo anotamos y lo pasamos. # speaker: gail
+ ["Pídale al centro de control que deje una cámara en las bancas y lo registre." # score: document +1 # why: Una grabación ayuda sin mostrar interés en él. Sus propios ojos sobre a quién se acerca habrían agregado lo que la cámara no puede oír.]
  Yo llamo. Van a refunfuñar. # speaker: gail
+ ["Vamos a vigilarlo. Horas, y con quién habla." # score: observe +1 # score: document +1 # why: Observar con calma y tomar notas simples, en el momento, es la base de un informe útil.]
  Trato hecho. Yo anoto cuándo llega y cuándo se va. # speaker: gail
- Usted anota la hora y una breve descripción de él. # requires: supervisor
  -> hall

=== hall ===
# phase: observe
# show: jay:calm
Empieza una ronda lenta por la sala. Mire, pero sin quedarse mirando.
A lo largo de la pared izquierda, tiene tiempo para mirar bien una sola cosa.
+ [Mirar a la joven viajera de la banca del fondo # observe: far_bench # reveals: transit.recruiter_at_terminal]
  Una joven, de unos diecinueve años, está sentada sola con una mochila grande, mirando su teléfono.
  El hombre de la chamarra roja se sienta a un asiento de distancia. Le ofrece un vaso de papel.
  Larga espera, ¿eh? Si te quedas sin transporte, tengo un cuarto libre. Sin costo. # speaker: jay
  Ella niega con la cabeza, se pone los audífonos y se cambia de banca.
  Él se encoge de hombros. Escribe algo en una servilleta y la deja en el asiento donde estaba ella.
+ [Revisar la ventanilla de objetos perdidos # observe: lost_property # reveals: nothing]
  Un señor mayor con gorro de lana le describe un paraguas plegable a la empleada. Ella le muestra dos. Él no sabe cuál es el suyo.
+ [Mirar la reserva que Gail tiene en la pantalla # observe: ticket_window # reveals: transit.ticket_bought_by_other # ambiguous: transit.unsure_destination_or_contact]
  Gail gira la pantalla hacia usted. Es la reserva del andén 4 por la que recibió una llamada.
  Dos boletos a Northfield, uno de adulto y uno juvenil, comprados en línea esta tarde.
  La tarjeta que pagó está a nombre de J. Hollis. Ninguna de las pasajeras se llama Hollis.
  La señora dijo que una amistad les regaló el viaje. # speaker: gail
  Y el hombre de la chamarra roja me preguntó a qué hora sale el autobús a Northfield. Dos veces. # speaker: gail
+ [Seguir caminando hacia el andén 4]
- -> bay

=== bay ===
# show: della:calm
# show: tessa:guarded
Arriba, el tablero de salidas cambia: el de las 8:15 a Northfield, andén 4, viene retrasado.
Cerca de las puertas del andén 4, una mujer y una adolescente esperan junto a una banca.
La mujer tiene unos cuarenta años y lleva un abrigo color ciruela. La muchacha parece tener unos quince.
Lleva una sudadera gris delgada y se jala las mangas sobre las manos.
{variant == 2: La mujer le tiene una mano en el hombro todo el tiempo.|La mujer habla en voz baja por teléfono y no le quita los ojos de encima a la muchacha.}
Al pasar, puede detenerse en una cosa sin que se vea raro.
+ [Mirar de reojo las maletas en la banca # observe: bench_bags # reveals: transit.few_belongings_wrong_clothes]
  Una maleta grande con ruedas y etiqueta nueva, y un abrigo grueso de invierno doblado encima. Son de la mujer.
  Al lado hay una mochila pequeña de cordón. Se asoman un cargador de teléfono y una sudadera de escuela.
  El autobús va al norte esta noche, y allá pronostican nieve. La muchacha no tiene abrigo.
+ [Vigilar el pasillo de los baños # observe: restrooms # reveals: transit.not_allowed_to_speak_or_separate]
  La muchacha se levanta y señala con la cabeza el letrero de los baños.
  Siéntate. Vas en el autobús. # speaker: della
  La muchacha dice algo que usted no alcanza a oír.
  Entonces voy contigo. # speaker: della
  Caminan juntas al pasillo. La mujer espera justo afuera de la puerta, mirando el reloj.
+ [Mirar el autobús por las puertas del andén 4 # observe: bay_doors # reveals: nothing]
  Afuera, el chofer le da la vuelta al autobús con una linterna, revisando las llantas.
  Un hombre con gorra roja fuma apoyado en la barrera, mirando las puertas. Cuando el chofer le hace una seña, apaga el cigarro y se sube: es el chofer de relevo.
+ [Seguir caminando]
- -> approach

=== approach ===
# phase: talk
Parte de su ronda es avisar a la fila del andén 4 sobre el retraso.
Cuando usted se acerca, la muchacha ve su uniforme. Se pone tensa y se esconde a medias detrás de la mujer. # show: tessa:anxious # indicator: transit.fear_of_uniforms # discuss: Puede que sea menor de 18 años. ¿Qué buscaría después, y por qué su edad cambia lo que usted debe hacer?
Buenas noches. ¿Van en el de las 8:15 a Northfield? Viene como veinte minutos tarde. # speaker: officer
Sí. Gracias por avisar. # speaker: della
Le da unas palmaditas a una cartera con cierre. Por el frente transparente se ven dos boletos y dos identificaciones. # indicator: transit.companion_holds_documents_ticket
¿Van a visitar a alguien allá? # speaker: officer
{variant == 2: A su abuela. Mi mamá. Ha estado enferma. # speaker: della|A mi mamá. No ha estado bien. # speaker: della}
Yo pensé que íbamos con tu amigo. Por lo del trabajo. # speaker: tessa # indicator: transit.scripted_inconsistent_story
Della se ríe, un poco demasiado rápido.
Las dos cosas. Vamos a ver a todos. Es mi sobrina. Yo la cuido mientras su mamá está... fuera. # speaker: della
No le gusta hablar con desconocidos. Yo contesto por ella. # speaker: della # indicator: transit.not_allowed_to_speak_or_separate
La muchacha mira al piso. Della le pone una mano en la nuca. # requires: police
+ [Voltear hacia la muchacha. "¿De verdad es su tía? Me puede decir si algo anda mal." # critical: suspicion_in_front_of_controller # score: safety -2 # score: trust -1 # why: No puede contestar libremente con la mano de la mujer en la nuca, y ahora la mujer sabe que usted sospecha. Espere un momento seguro en que la muchacha esté sola.]
  -> asked_in_front
+ ["Gracias. El quiosco está abierto si se alarga." # score: safety +2 # why: Un servicio amable y normal no muestra sospecha, así que la mujer no tiene motivo para llevarse a la muchacha con prisa, y usted puede seguir observando de cerca.]
  -> watch
+ ["Los boletos juveniles en autobuses nocturnos necesitan una revisión rápida en la ventanilla 2. Solo la señorita, es un minuto." # score: safety -1 # score: trust +1 # why: Un motivo de rutina para verla a solas vale la pena solo si de verdad es rutina, y pone en alerta a la mujer si se niega. Si dice que no, usted se detiene.]
  -> pretext
+ ["¿De dónde conoce al hombre de la chamarra roja? Lleva toda la semana hablándoles a muchachos aquí." # critical: confront_controller # score: safety -2 # why: Enfrentar a la adulta le avisa a ella, y al hombre con quien quizá trabaja, que los notaron. La muchacha puede pagarlo después. Siga con la rutina y pase lo que vio.]
  -> confronted

=== pretext ===
Della levanta la cartera con cierre.
Aquí tengo su boleto. Lo que necesite, lo hago yo. Ella se queda conmigo. # speaker: della # show: della:guarded
La muchacha no se mueve.
+ ["Claro, no hay problema. Buen viaje." Y alejarse # score: safety +2 # why: Cuando la adulta se niega, usted se detiene. Insistir mostraría sospecha y la muchacha podría pagarlo. Aprendió algo real, y eso va en su informe.]
  -> watch
+ [No decir nada más. Asentir y seguir avisando del retraso # score: safety +1 # why: Dejarlo es correcto. Una despedida simple habría hecho que la negativa pareciera aún más normal, pero no decir nada no hace daño.]
  -> watch
+ ["Disculpe, la política dice que tiene que ser la pasajera. Es solo un minuto." # critical: suspicion_in_front_of_controller # score: safety -2 # why: Insistir después de una negativa convierte un pedido de rutina en un enfrentamiento, y le dice a la mujer que usted vigila a la muchacha. Deténgase, anote la negativa e informe.]
  -> asked_in_front

=== asked_in_front ===
La muchacha mira de inmediato a Della.
Sí. Es mi tía. Estoy bien. # speaker: tessa
Claro que soy su tía. ¿Qué clase de pregunta es esa? # speaker: della # show: della:impatient
Vámonos, Tess. Esperamos junto al autobús. # speaker: della
-> outside_wait

=== confronted ===
La sonrisa de Della no se mueve.
No sé de quién habla. # speaker: della # show: della:impatient
Toma el asa de su maleta.
Esperamos junto al autobús. # speaker: della
Al otro lado de la sala, el hombre de la chamarra roja se levanta y sale por las puertas principales. # hide: jay
-> outside_wait

=== outside_wait ===
# phase: act
Salen al frío por las puertas del andén. # sound: door_slide # hide: della # hide: tessa
Por el vidrio usted ve que Della le quita el teléfono de la mano a la muchacha y lo mete en su propia bolsa. # indicator: transit.restricted_monitored_movement
Se para entre la muchacha y las puertas. Ahora no puede acercarse sin empeorar las cosas. # discuss: Ahora no puede llegar a ella sin empeorar las cosas. ¿Qué puede hacer todavía desde donde está?
-> decide

=== watch ===
Usted avanza unos pasos hasta el quiosco de bocadillos, desde donde todavía ve el andén 4.
{variant == 2: Suena el teléfono de Della. Mira la pantalla y sale por las puertas del andén para contestar.|Della toma la cartera con cierre y se va sola a los baños.}
Cuida las maletas. Dos minutos. # speaker: della # hide: della
La muchacha se queda sola en la banca. Mira el pasillo de los baños, luego las puertas.
El hombre de la chamarra roja se levanta y se deja caer en el asiento junto a ella. # show: jay:calm
Le dice algo en voz baja que usted no alcanza a oír, y le pone en las piernas la caja de un teléfono. # indicator: transit.recruiter_at_terminal
Allá lo vas a necesitar. # speaker: jay
Sale por las puertas principales sin voltear. # hide: jay
La muchacha mira la caja. No la ha abierto. # show: tessa:anxious
Tiene un minuto, quizá dos.
+ [Acercarse rápido. "¿Quién era ese hombre? ¿Qué le dio? ¿Qué está pasando de verdad?" # score: trust -2 # score: safety -1 # critical: interrogate_victim # why: Una ráfaga de preguntas de alguien de uniforme se siente como estar en problemas, y preguntarle a una persona joven lo que le hicieron les toca a la policía y a protección de menores, no a usted. Ella se cierra, y el poco tiempo que tenía se acaba.]
  -> rapid_questions
+ [Quedarse en el quiosco y seguir observando # score: safety +1 # score: choice -1 # why: Mantenerse lejos evita que tenga problemas con su tía si Della vuelve rápido. Pero era un momento corto y seguro para hacerle saber que hay ayuda, y tal vez no tenga otro.]
  -> no_talk
+ [Sentarse en el otro extremo de su banca. "El autobús sigue retrasado, lo siento. ¿Todo bien?" # score: trust +2 # score: safety +1 # why: Avisar del retraso es algo que usted hace con todos, así que no llama la atención, y sentarse a distancia con una pregunta sencilla le deja a ella el control de lo que pasa después.]
  -> private_talk

=== private_talk ===
Mueve su mochila para hacer espacio, y no dice nada. # show: tessa:guarded
Usted se sienta en el otro extremo de la banca, mirando hacia la sala, no hacia ella.
Estoy bien, ¿sí? Della es mi tía. De verdad. La hermana de mi mamá. # speaker: tessa
+ ["Lo que me diga queda entre nosotros. No le voy a decir a nadie." # critical: promise_cannot_keep # score: trust -2 # why: Con una persona joven en riesgo, usted va a tener que pasar la información. Una promesa que tendrá que romper le enseña que quienes ayudan mienten. Diga con honestidad lo que tiene que hacer.]
  -> promise_q
+ ["Antes de que me diga algo: si usted no está segura, no me lo puedo guardar. A su edad, eso significa policía." # score: trust +1 # why: Decir los límites antes de que hable es honesto, y ella puede elegir qué decir. También puede hacer que se cierre, y usted solo tiene un minuto, así que empezar con una pregunta sencilla puede ser el orden más amable.]
  -> limits_first
+ ["Está bien. Viaje largo esta noche. ¿Cómo lo lleva?" # resolves: transit.unsure_destination_or_contact # score: trust +1 # score: choice +1 # why: Una pregunta sencilla y abierta le deja decidir qué contar, sin sentirse interrogada.]
  -> opens_up
+ ["¿Es usted víctima de trata? Me lo puede decir." # critical: labelling_question # score: trust -2 # myth: myth.ask_directly # why: Esa palabra asusta y suena a acusación, y la mayoría de los jóvenes en su lugar dirían que no. Funcionan mejor las preguntas abiertas y los pasos siguientes dichos con honestidad.]
  -> label_q

=== limits_first ===
Se jala las mangas sobre las manos.
Entonces no digo nada. # speaker: tessa
Una pausa larga. Mira la caja del teléfono.
Es lejos. Ni sé dónde nos vamos a quedar. Alguien nos va a recoger. # speaker: tessa # indicator: transit.unsure_destination_or_contact
Ya mero vuelve. # speaker: tessa
-> tell_her

=== opens_up ===
Se encoge de hombros y se jala todavía más las mangas sobre las manos.
Es lejos. Ni sé dónde nos vamos a quedar. Alguien nos va a recoger. # speaker: tessa # indicator: transit.unsure_destination_or_contact
Se queda callada un rato.
La amiga de Della tiene trabajo para mí. Hasta que se pague lo que debe mi mamá. # speaker: tessa
Si no voy, le va a ir peor a mi mamá. # speaker: tessa
Por primera vez, la mira a usted de frente.
Tengo quince. No es para tanto. # speaker: tessa
Mira hacia {variant == 2: las puertas del andén|el pasillo de los baños}.
Ya mero vuelve. No le diga nada. Por favor. # speaker: tessa
-> tell_her

=== label_q ===
La muchacha se queda muy quieta. # show: tessa:anxious
¿Qué? No. Eso es, como, de película. # speaker: tessa
Vuelve a poner su mochila en el asiento entre ella y usted.
Estoy bien. # speaker: tessa
-> della_back

=== promise_q ===
Lo mira un largo rato. # show: tessa:guarded
Eso dicen todos. # speaker: tessa
Le da vueltas y vueltas a la caja del teléfono en las manos, y no dice nada más.
-> della_back

=== rapid_questions ===
La muchacha aprieta la caja contra el pecho. # show: tessa:anxious
Nada. Es amigo de Della. Déjeme en paz. # speaker: tessa
Me va a meter en un problema enorme. # speaker: tessa
-> della_back

=== no_talk ===
Nadie se le acerca. Se queda muy quieta con la caja en las piernas.
-> della_back

=== della_back ===
# phase: act
Della regresa. # show: della:calm
Ve la caja y la mete en su propia bolsa, junto con el teléfono de la muchacha. # indicator: transit.restricted_monitored_movement
El abordaje en el andén 4 empieza en diez minutos. # sound: pa_chime
-> decide

=== decide ===
El autobús sale pronto, y la muchacha va a ir en él.
+ [Apartarse donde no lo vean, llamar por radio a {escalation_first} y pedir que la policía y protección de menores vengan antes de que salga el autobús # score: report +2 # score: safety +1 # action: police # why: No necesita que ella confirme nada. Una persona joven con tantas señales de control se pasa más arriba, y el momento es antes de que salga el autobús.]
  -> escalate_quiet
+ [Dejarlas abordar. Escribir todo para el registro de la mañana # score: safety -2 # score: report -1 # why: Las notas están bien, pero una muchacha de quince años con estas señales necesita que intervengan las personas indicadas esta noche, no en el registro de mañana.]
  -> bus_left

=== tell_her ===
# phase: act
+ ["Está bien. Si dice que está bien, usted decide. Aquí tiene un número, por si acaso." # score: safety -2 # score: choice -1 # why: Con una persona adulta, respetar un no es lo correcto. Una muchacha de quince años con estas señales siempre se pasa más arriba, diga lo que diga, o se queda sola con esto.]
  -> card_only
+ ["Venga conmigo ahora. Yo la mantengo lejos de ella." # critical: detain_or_rescue # score: safety -2 # myth: myth.security_rescues # why: Llevársela por su cuenta puede ponerla en peligro en cuanto Della lo vea, y no es su trabajo. Pase el caso más arriba y deje que actúen la policía y protección de menores.]
  -> rescue_try
+ ["No me puedo guardar esto. Va a venir la policía y alguien de protección de menores. Yo me quedo donde me pueda ver." # score: trust +2 # score: report +1 # action: police # why: La seguridad de una persona joven no puede esperar a que ella esté de acuerdo, pero ser honesto sobre lo que sigue, y quedarse a la vista, la sigue respetando.]
  -> escalate_honest

=== escalate_honest ===
No. Ni loca. Se va a poner como loca. Y mi mamá se va a enterar. # speaker: tessa # show: tessa:anxious
La entiendo. Usted no hizo nada malo. No se trata de meterla en problemas. # speaker: officer
Ella mira al piso. No se levanta ni se va.
Usted vuelve al quiosco, desde donde todavía la ve, y llama por radio a {escalation_first}.
Lo dice en pocas palabras. Una muchacha de quince años. Una adulta que tiene su identificación y su boleto. Un hombre que le da un teléfono. Trabajo para pagar una deuda. Sale en el de las 8:15.
La llamada pasa a la policía y a protección de menores. La policía dice que llegará antes del abordaje.
Gail pone un aviso en el tablero: el abordaje del andén 4 se retrasa unos minutos más.
-> della_returns

=== escalate_quiet ===
Usted se va detrás del quiosco y llama por radio a {escalation_first}.
Lo dice en pocas palabras. Una muchacha que parece de quince años, con boleto juvenil. Una adulta que tiene su identificación y su boleto. El hombre de la chamarra roja. Sale en el de las 8:15.
La llamada pasa a la policía y a protección de menores. La policía dice que llegará antes del abordaje.
Gail pone un aviso en el tablero: el abordaje del andén 4 se retrasa unos minutos más.
-> police_arrive

=== della_returns ===
Della regresa y ve la cara de la muchacha. Luego la caja en sus piernas. # show: della:impatient
¿Qué pasa? ¿Por qué lloras? # speaker: della
La muchacha niega con la cabeza. Della voltea a mirarlo a usted.
+ [Dejárselo a Gail en la ventanilla. Quedarse donde está # score: safety +1 # why: Quedarse al margen no revela nada, pero Della ya está haciendo preguntas, y una respuesta simple de usted la habría calmado más rápido.]
  Gail se acerca a su micrófono. El abordaje se retrasa unos minutos. Cambio de chofer. # speaker: gail
  Della se sienta, toma la caja y la mete en su bolsa con el teléfono de la muchacha. # show: della:calm # indicator: transit.restricted_monitored_movement
  -> police_arrive
+ [Mantener la rutina: "Cambio de chofer, lo siento. Unos minutos más." # score: safety +2 # why: El mismo aviso que recibe todo el mundo la mantiene tranquila y en su lugar hasta que llegue la policía, sin decirle nada.]
  Lo de siempre. # speaker: della # show: della:calm
  Toma la caja, se sienta y la mete en su bolsa con el teléfono de la muchacha. # indicator: transit.restricted_monitored_movement
  -> police_arrive
+ ["La policía viene en camino. Tiene que quedarse aquí mismo." # critical: suspicion_in_front_of_controller # score: safety -2 # why: Decirle a la adulta que viene la policía le da todos los motivos para irse ya, con la muchacha. Mantenga todo normal hasta que llegue la ayuda.]
  -> della_runs

=== police_arrive ===
Dos agentes de policía entran por las puertas principales. Unos minutos después llega una trabajadora de protección de menores.
Usted los recibe junto al quiosco y les señala el andén 4. Les cuenta lo que vio y oyó, y hacia dónde se fue el hombre de la chamarra roja.
Ellos se hacen cargo. Uno habla con Della junto a las puertas del andén. Otra se sienta con la muchacha, lejos de su tía.
La voz de Della sube. Luego vuelve a bajar.
La muchacha lo mira una vez. Se ve furiosa. Luego mira al piso. # show: tessa:guarded
Dice que se lo inventó todo. Dice que quiere ir a Northfield. La trabajadora de protección de menores solo asiente y se queda sentada con ella.
# ending: police_before_boarding; La policía llegó antes de que saliera el autobús
El de las 8:15 a Northfield sale a las 8:41. Ninguna de las dos va en él. # hide: della # hide: tessa
-> file_report(-> epilogue_police)

=== card_only ===
Ella toma la tarjeta y se la mete en la manga.
Della regresa. Ve la caja del teléfono y la guarda en su bolsa con el teléfono de la muchacha. # show: della:calm # indicator: transit.restricted_monitored_movement
A las 8:20 se abren las puertas del andén. Suben juntas. # sound: door_slide # hide: della # hide: tessa
La muchacha no voltea.
# ending: coach_left; El autobús se fue con ella
El de las 8:15 a Northfield sale a las 8:35.
-> file_report(-> epilogue_bus)

=== bus_left ===
A las 8:20 se abren las puertas del andén. Della le da dos boletos al chofer. # sound: door_slide
La muchacha la sigue por los escalones. No tiene abrigo. # hide: della # hide: tessa
Usted anota la hora y la ropa que llevaba cada una.
# ending: coach_left; El autobús se fue con ella
El de las 8:15 a Northfield sale a las 8:35.
-> file_report(-> epilogue_bus)

=== rescue_try ===
Usted se levanta y le tiende la mano.
Venga. Vamos a la oficina. # speaker: officer
Ella se aparta de golpe. # show: tessa:anxious
¡Suélteme! ¡No voy a ningún lado con usted! # speaker: tessa
La gente voltea a mirar. Della ya viene de regreso, rápido. # show: della:impatient
-> della_runs

=== della_runs ===
Muy bien. Nos vamos. Ya. # speaker: della # show: della:impatient
-> danger

=== danger ===
Della agarra a la muchacha de la muñeca y la jala hacia las puertas principales. # requires: emergency # show: tessa:anxious
Afuera, un carro plateado espera junto a la banqueta con el motor encendido. El hombre de la chamarra roja está al volante.
La muchacha se planta y no se deja llevar.
¡Della, para! ¡Me estás lastimando! # speaker: tessa
+ [Marcar al {emergency_number} desde adentro de las puertas. Leer en voz alta la placa del carro que espera # score: safety +3 # score: report +2 # action: emergency # why: Están llevando a una persona joven hacia un carro en contra de su voluntad. Es una emergencia: llame primero, mantenga la distancia y sea el mejor testigo posible.]
  -> called_emergency
+ [Correr tras ellas y jalar a la muchacha hacia atrás # critical: detain_or_rescue # score: safety -3 # myth: myth.security_rescues # why: Un forcejeo puede lastimarla a ella y a usted, y puede hacer más peligrosos a los adultos. Llame al número de emergencias, manténgase atrás y observe.]
  -> tug
+ [Llamar por radio a {escalation_first} y esperar instrucciones # critical: no_emergency_call # score: safety -2 # why: Cuando a alguien se lo llevan a la fuerza en este momento, primero va la llamada de emergencia. Avise a su supervisor justo después.]
  -> radio_wait

=== called_emergency ===
Usted se detiene justo adentro de las puertas principales y llama al {emergency_number}.
Dice lo que ve: una mujer con abrigo color ciruela jala a una muchacha de unos quince años hacia un carro plateado.
Della ve el teléfono en su oído. Se detiene. # hide: jay
El carro arranca sin ella. Usted le lee la placa a quien atiende la llamada mientras se aleja.
Della suelta la muñeca de la muchacha y se va caminando rápido por la calle. # hide: della
La muchacha se queda en la banqueta, sobándose la muñeca. Está temblando.
Usted se queda unos pasos atrás y habla en voz baja.
Soy de seguridad de la terminal. Usted no está en problemas. La policía viene en camino. ¿Quiere esperar adentro, donde hace calor? # speaker: officer
Ella asiente una vez. Gail le trae un té y una chamarra de objetos perdidos. # show: gail:anxious
# ending: emergency; Llegó la policía, y el carro se fue sin ella
Una agente de policía y una trabajadora de protección de menores se sientan con ella en la oficina de atrás. Usted no está en la sala.
-> file_report(-> epilogue_emergency)

=== tug ===
Usted agarra a la muchacha del otro brazo.
Ella grita, atrapada entre las dos personas. # show: tessa:anxious
Della la jala con un giro, y usted la suelta. La puerta del carro se cierra de golpe y el carro arranca rápido. # sound: door_close # hide: della # hide: tessa # hide: jay
Solo ahora llama al {emergency_number}. Le tiemblan las manos.
Puede dar el color del carro. La placa pasó demasiado rápido.
# ending: car_left; El carro se la llevó
La policía le toma la declaración en la oficina.
-> file_report(-> epilogue_carleft)

=== radio_wait ===
Usted usa el radio. {escalation_first} tarda unos segundos en responder.
Lo primero que oye es: llame al {emergency_number}, ya.
Para cuando marca, el carro plateado ya se fue. Vio el color. No vio la placa. # hide: della # hide: tessa # hide: jay
# ending: car_left; El carro se la llevó
La policía le toma la declaración en la oficina.
-> file_report(-> epilogue_carleft)

=== epilogue_police ===
Más tarde, {escalation_first} le cuenta que la madre de la muchacha fue a recogerla a la estación de policía.
Nadie le cuenta más que eso.
-> aftermath

=== epilogue_bus ===
{
- report_action == "emergency" || report_action == "police" || report_action == "hotline":
  Gracias a su informe, la policía espera el autobús en su primera parada, dos horas al norte. Usted solo sabe eso.
- else:
  El autobús llega a Northfield poco después de las dos de la mañana. Nadie lo espera, salvo quienes hicieron la reserva.
}
-> aftermath

=== epilogue_emergency ===
La noche siguiente, Gail le pregunta si ha sabido algo. No ha sabido nada. Es lo normal.
-> aftermath

=== epilogue_carleft ===
La policía tiene el color del carro y una descripción del conductor, pero no la placa.
-> aftermath

=== aftermath ===
{
- report_action == "emergency":
  Su informe va a la policía. Un agente lo llama al día siguiente para repasar las horas con usted.
- report_action == "police":
  En el cambio de turno, {escalation_first} lee su informe y confirma que la policía y protección de menores lo tienen. Una persona de apoyo de {hotline_name} hace seguimiento con la terminal sobre el hombre de la chamarra roja.
- report_action == "hotline":
  En el cambio de turno, {escalation_first} lee su informe. Fue a {hotline_name}, pero con una persona joven de por medio, la policía y {child_protection_name} lo necesitaban de inmediato.
- report_action == "supervisor":
  En el cambio de turno, {escalation_first} lee su informe. Con una persona joven de por medio, tenía que haber llegado más lejos, y más rápido.
- report_action == "log":
  Su informe va al registro del turno. Con una persona joven de por medio, una anotación en el registro no bastaba.
- else:
  Nada de esta noche queda en el registro.
}
{police_arrive: Estaba enojada con usted, y se retractó de todo. El miedo a lo que le pase a su mamá, y la lealtad a la familia, pueden causar eso. No significa que no pasara nada.}
Gail pega un cartel nuevo junto a los baños: un número al que los jóvenes pueden mandar un mensaje de texto para pedir ayuda.
Su turno termina a las once.
-> END
