// translation-of: sha256:3ace8f625090cafe
# grammar: 1
# id: transit.courier
# title: Turno de la tarde: ida y vuelta el mismo día
# setting: transit
# summary: Un muchacho de dieciséis años espera el autobús a Eastgate con una mochila pequeña de cordón que nunca suelta. Es su tercer martes seguido, y su teléfono no deja de vibrar.
# minutes: 12
# situation: labour_trafficking
# minor: yes
# variants: 2
# content_note: Esta historia trata de un muchacho de dieciséis años al que quizá obligan a llevar paquetes, posiblemente drogas, para personas adultas que lo controlan con una deuda y amenazas contra su familia. No se muestran ni se tocan drogas, y no hay violencia en pantalla. Puede tomar una pausa en cualquier momento.
# focus: Una persona joven que quizá transporta drogas bajo el control de alguien: primero una posible víctima, nunca un sospechoso al que revisar
# character: omar; Omar; Conserje de la terminal de unos sesenta años, con un carrito de limpieza y un radio. Su compañero hoy.
# character: nico; Nico; Muchacho de dieciséis años con un suéter polar gris delgado y una mochila pequeña negra de cordón que lleva sobre las piernas.
# character: ash; Ash; Joven de unos diecinueve años con chamarra deportiva roja, siempre con el teléfono.
# distractor: not.tired_or_shy
# distractor: not.cheap_clothes
# distractor: not.any_tattoo
# teaches: myth.offender_not_victim
# teaches: myth.only_women
# teaches: myth.trauma_hostile_or_flat

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

-> start

=== start ===
# phase: briefing
# bg: bus_station_hall
# ambience: bus_station
# show: omar:calm
Es la una y cuarenta de un martes por la tarde en la terminal de autobuses Crossways. La sala está medio vacía.
Usted está en el turno de día para {org_name}.
Omar se apoya en su carrito de limpieza junto al quiosco.
El muchacho de la banca junto al andén 4. Es el tercer martes que lo veo. # speaker: omar
Se va en el de las dos y cuarenta a Eastgate, regresa en el de las seis y diez. Siempre con la misma mochilita. # speaker: omar
Dieciséis, le dijo a la chofer la semana pasada, cuando ella le preguntó por la tarifa juvenil. # speaker: omar
Hay clases hoy, ¿no? # speaker: omar
+ ["Tal vez va a ver a su papá. ¿Qué más ha notado?" # score: observe +1 # why: Dejar abierta la explicación normal y pedir más hechos es como se arma una imagen útil.]
  Nunca compra nada. Nunca suelta la mochila, ni en el baño. # speaker: omar
+ ["Lo voy a vigilar y anotar las horas." # score: observe +1 # score: document +1 # why: Observar con calma y anotar las horas en el momento es la base de un informe, y nadie se entera.]
  Bien. Yo ando por aquí. # speaker: omar
+ ["Parece que está moviendo drogas. Voy a revisar esa mochila antes de que llegue el autobús." # score: safety -2 # score: trust -2 # myth: myth.offender_not_victim # why: Un muchacho de dieciséis años que lleva una mochila para alguien puede ser a quien están usando. Tratarlo primero como sospechoso lo asusta y le avisa a quien lo mandó que lo vieron.]
  Omar frunce el ceño. # show: omar:guarded
  Usted no es la policía. Y es un muchacho. # speaker: omar
+ ["Faltar a la escuela no es asunto nuestro. Tiene boleto, puede sentarse ahí." # score: observe -1 # why: Faltar a la escuela no es un delito que le toque a seguridad, pero un menor que viaja solo en día de clases con una mochila que nunca suelta merece una mirada.]
  Claro. Yo solo dije que viene mucho. # speaker: omar
- Usted anota la hora: la una y cuarenta y dos. # requires: supervisor
  -> hall

=== hall ===
# phase: observe
# hide: omar
Usted hace una ronda lenta por la sala. Mire, pero sin quedarse mirando.
- (around)
* [Mirar al muchacho de la banca junto al andén 4 # observe: bench_bags # reveals: transit.few_belongings_wrong_clothes]
  Un suéter polar delgado, sin abrigo, sin más equipaje que la mochila de cordón en las piernas. Es un viaje de tres horas ida y vuelta, y afuera hace cuarenta grados Fahrenheit.
  Tiene las dos manos sobre la mochila, incluso cuando mira el teléfono.
  -> around
* [Preguntar en la ventanilla 2 # observe: ticket_window # reveals: transit.ticket_bought_by_other # ambiguous: transit.unsure_destination_or_contact]
  La agente de la ventanilla 2 baja la voz.
  Sus boletos se compran en línea, ida y vuelta el mismo día, en una cuenta a nombre de otra persona. Nunca ha pagado uno él mismo.
  Me mostró el código en el teléfono. No sabía a qué hora iba a regresar.
  -> around
* [Mirar hacia la ventanilla de objetos perdidos # observe: lost_property # reveals: transit.restricted_monitored_movement]
  {
  - variant == 2:
    La empleada de objetos perdidos señala el andén 4 con la cabeza sin que nadie le pregunte.
    Su teléfono suena cada pocos minutos. Cada vez lo levanta y le toma una foto al tablero de salidas. Como si alguien quisiera pruebas de dónde está.
  - else:
    Un joven con chamarra deportiva roja se apoya en el mostrador de objetos perdidos, con el teléfono.
    No está esperando nada. Cada vez que el muchacho de la banca se mueve, él lo mira, y una vez levanta el teléfono y le toma una foto. # show: ash:calm
  }
  -> around
* [Pasar por el quiosco de bocadillos # observe: snack_kiosk # reveals: transit.scripted_inconsistent_story]
  La empleada del quiosco también lo ha visto.
  La semana pasada me dijo que iba a ver a su papá en Eastgate. La anterior, que a su primo. Las mismas palabras las dos veces, como si lo hubiera ensayado.
  -> around
* [Revisar el tablero de salidas # observe: departure_board # reveals: nothing]
  El de las 2:40 a Eastgate ahora dice RETRASADO 20 MIN.
  Media sala se queja. Un hombre con el estuche de un violonchelo llama a alguien para avisar que va a llegar tarde.
  -> around
* [Mirar hacia el pasillo de los baños # observe: restrooms # reveals: nothing]
  Dos adolescentes con camisetas de fútbol comparten una bolsa de papitas junto a la puerta del baño, esperando a su entrenador.
  Una mujer con una tabla de notas dice sus nombres y ellos corren de vuelta al grupo.
  -> around
+ [Caminar hacia la banca junto al andén 4]
- -> first_talk

=== first_talk ===
# phase: talk
# show: nico:guarded
El muchacho ve su uniforme antes de que usted se acerque. Sube los hombros y aprieta la mochila con las manos. # indicator: transit.fear_of_uniforms
Mira al piso. # discuss: ¿Qué ha visto hasta ahora, y qué es lo que eso no le dice?
+ ["Por cierto, su autobús viene veinte minutos tarde." # score: trust +1 # score: safety +1 # why: Una información útil y normal no le pide nada y le da motivo para pensar que usted no está ahí por él.]
  -> late_bus
+ [Sentarse en el otro extremo de la banca y no decir nada por ahora # score: trust +1 # score: choice +1 # why: Estar cerca sin preguntar nada le deja decidir si quiere hablar. Es más lento, y el autobús ya viene.]
  -> sat_down
+ ["¿En qué escuela debería estar hoy?" # score: trust -1 # score: choice -1 # why: Empezar por la falta a clases lo convierte en un muchacho en problemas, y un muchacho en problemas tiene todos los motivos para no decir nada.]
  -> school_question
+ ["¿Qué lleva en la mochila?" # critical: interrogate_victim # score: trust -2 # myth: myth.offender_not_victim # why: Preguntar por la mochila lo trata como sospechoso y le pide que le cuente lo que lo obligan a hacer. No puede contestar eso sin riesgo, y ahora sabe que usted lo está vigilando.]
  -> bag_question

=== late_bus ===
Ya sé. Sé leer. # speaker: nico
-> hostile

=== sat_down ===
Pasa un minuto. Su teléfono vibra. Lo mira y no contesta.
¿Qué? # speaker: nico
-> hostile

=== school_question ===
Medio día. # speaker: nico # show: nico:anxious
Lo dice demasiado rápido.
-> hostile

=== bag_question ===
Mis cosas. # speaker: nico # show: nico:anxious
Aprieta el cordón y se lo enreda en la muñeca.
-> hostile

=== hostile ===
# show: nico:guarded
¿Y por qué me habla? No he hecho nada. # speaker: nico
Su teléfono vuelve a vibrar. Esta vez lo levanta y le toma una foto al tablero de salidas, y luego escribe con el pulgar.
+ ["No ha hecho nada. No estoy aquí por nada que usted haya hecho." # resolves: transit.unsure_destination_or_contact # score: trust +2 # why: Decirle claramente que no está en problemas responde al miedo que hay debajo de la hostilidad, sin pedirle nada a cambio.]
  -> not_in_trouble
+ ["Está bien. En el quiosco dan agua gratis si quiere. Yo ando por aquí." # score: trust +1 # score: choice +1 # why: Retirarse respeta su no y deja una puerta abierta. También deja menos tiempo antes del autobús, y tal vez él no la use.]
  -> backed_off
+ ["Si hay algo en esa mochila, al que arrestan es a usted, no a quien se la dio. Piénselo." # critical: threaten_arrest_or_immigration # score: trust -2 # score: safety -1 # why: Amenazar con el arresto es justo lo que le dicen quienes lo mandan que va a pasar si habla con alguien. Les da la razón.]
  -> threatened

=== threatened ===
Nico se levanta, con la mochila apretada contra el pecho. # show: nico:anxious
Pues arrésteme. Ándele. # speaker: nico
Camina al otro extremo de la sala y se para junto a las puertas del andén 4, de espaldas a usted.
-> act

=== backed_off ===
No contesta. Usted va al quiosco, trae dos vasos de agua de todos modos y deja uno en la banca.
Cinco minutos después el vaso está vacío. No lo mira, pero tampoco se aleja.
-> disclosure

=== not_in_trouble ===
Lo mira un segundo y aparta la vista. # show: nico:guarded
Eso dicen todos ustedes. # speaker: nico
-> disclosure

=== disclosure ===
Alguien me recoge en Eastgate. Un tipo diferente cada vez. Él me encuentra, yo no lo busco. # speaker: nico # indicator: transit.unsure_destination_or_contact
Perdí una, en el otoño. Alguien me la quitó. Así que ahora debo. # speaker: nico
Vengo los martes hasta que quede pagado. # speaker: nico
Lo dice sin emoción, como quien lee un horario de autobuses. Luego, más bajo:
Saben dónde vive mi mamá. Así que no. Lo que vaya a hacer, no lo haga. # speaker: nico # show: nico:anxious # discuss: Nico le contó un poco y le pidió que no haga nada. ¿Qué le debe ahora, y qué no puede prometerle?
+ ["¿Quiénes son? Deme un nombre, un número, lo que sea, y me aseguro de que nunca se acerquen a su mamá." # critical: interrogate_victim # score: trust -2 # why: Presionarlo para que dé nombres es investigar, no protegerlo, y la promesa es una que usted no puede cumplir. La policía y protección de menores preguntan, a su tiempo, con apoyo para él.]
  -> pressed
+ ["Le creo. Usted tiene dieciséis años, así que no me puedo guardar esto. Lo voy a hacer con discreción, y le voy a decir cada paso." # score: trust +2 # score: safety +1 # score: report +1 # action: police # why: Honesto sobre lo que tiene que pasar y por qué, y cuidadoso en cómo. Puede que se enoje, pero no se va a sentir sorprendido ni traicionado.]
  -> told_honestly
+ ["Está bien. No voy a llamar a nadie, se lo prometo. Si cambia de opinión, búsqueme a mí o a Omar en el quiosco." # score: safety -2 # score: choice +1 # myth: myth.would_ask_for_help # why: Con una persona adulta, respetar un no es lo correcto. Un muchacho de dieciséis años que carga cosas para gente que amenaza a su familia es un caso de protección de menores, pida lo que pida.]
  -> promised_nothing

=== pressed ===
Nico se ríe, corto y sin gracia. # show: nico:anxious
Me van a matar por su culpa. # speaker: nico
Se levanta y se para junto a las puertas del andén 4, de espaldas a usted.
-> act

=== promised_nothing ===
Asiente una vez y vuelve a mirar su teléfono.
El tablero cambia: el de las 2:40 a Eastgate empieza a abordar en el andén 4 en quince minutos.
-> act

=== told_honestly ===
Nico se le queda mirando.
Se van a enterar. # speaker: nico
No por mí. Y no delante de nadie. # speaker: officer
No se levanta. Se jala las mangas del suéter sobre las manos y mira el tablero.
-> act

=== act ===
# phase: act
# requires: police
El tablero cambia: el de las 2:40 a Eastgate empieza a abordar en el andén 4 en quince minutos.
{
- variant == 2:
  El teléfono de Nico vibra. Lee el mensaje y se levanta.
- else:
  En la ventanilla de objetos perdidos, el joven de la chamarra deportiva roja guarda el teléfono y mira la banca. # show: ash:calm
}
Omar acerca su carrito a su lado. # show: omar:calm
Usted decide. ¿Qué quiere que haga? # speaker: omar # discuss: El autobús aborda en quince minutos y quizá alguien esté mirando. ¿Qué opciones tiene, y qué cuesta cada una?
+ ["No lo pierda de vista." Apartarse donde no lo vean y llamar por radio a {escalation_first} # score: safety +2 # score: report +2 # action: police # why: Un menor que carga cosas para gente que amenaza a su familia es un caso para la policía y protección de menores, y hacer la llamada fuera de la vista evita que quien vigila sepa que lo notaron.]
  -> called_quiet
+ [Hacer la llamada desde la banca, justo al lado de Nico, para que oiga cada palabra que usted dice de él # score: trust +1 # score: safety -1 # score: report +2 # action: police # why: Nico oye exactamente lo que usted dice de él, y eso mantiene su confianza. Pero cualquiera que vigile la banca ve a alguien de uniforme hablando por radio a su lado.]
  -> called_open
+ [Pedirle al chofer de Eastgate que no lo deje subir # score: safety -1 # score: collaboration -1 # why: Rechazarlo en la puerta le dice a quien lo mandó que algo salió mal, y lo deja en la sala sin que nadie venga a ayudar.]
  -> driver
+ [Quitarle la mochila y guardarla para la policía hasta que llegue, para que no se pierda nada # critical: detain_or_rescue # score: safety -2 # score: trust -2 # myth: myth.security_rescues # why: Quitarle la mochila es una revisión y un decomiso, no seguridad. Lo pone en peligro con la gente a la que le debe, y no es trabajo de seguridad.]
  -> bag_taken
+ {variant == 1} [Ir hacia el joven de objetos perdidos y preguntarle, con amabilidad, con quién viene hoy y por qué # critical: confront_controller # score: safety -2 # why: Enfrentar a alguien que quizá vigila para quienes controlan muestra sus cartas. Él mismo puede estar bajo el mismo control, y Nico lo paga.]
  -> confronted

=== driver ===
Omar niega con la cabeza. # show: omar:guarded
Entonces lo pierde, y alguien va a querer saber por qué. # speaker: omar
Y sigue siendo un muchacho solo aquí adentro. # speaker: omar
+ ["Tiene razón." Ir detrás del quiosco y llamar por radio a {escalation_first} para pedir policía y protección de menores # action: police]
  -> called_quiet

=== called_open ===
Usted se sienta en el extremo de la banca y llama por radio a {escalation_first}. Dieciséis años. Boletos de ida y vuelta el mismo día en la cuenta de otra persona. Dice que debe, y que saben dónde vive su madre. Autobús a las dos y cuarenta.
Nico escucha sin moverse.
{
- variant == 1:
  En la ventanilla de objetos perdidos, el joven de la chamarra deportiva roja lo ve hablar, saca el teléfono y sale por las puertas principales. # hide: ash
  El teléfono de Nico vibra. Lee el mensaje y se pone pálido.
- else:
  El teléfono de Nico vibra. Esta vez no toma la foto.
}
La llamada pasa a la policía y a {child_protection_name}. La policía dice que quince minutos.
-> wait_for_police

=== called_quiet ===
Lo dice en pocas palabras. Dieciséis años, viaja solo en día de clases, con boletos que compra otra persona. Su teléfono pide fotos del tablero. Dice que debe, y que saben dónde vive su madre. Autobús a las dos y cuarenta.
La llamada pasa a la policía y a {child_protection_name}. La policía dice que quince minutos.
-> wait_for_police

=== wait_for_police ===
# show: nico:guarded
Se abren las puertas del andén 4. El chofer a Eastgate empieza a recibir boletos.
Nico se levanta con la mochila y lo mira a usted, luego a la fila.
+ ["Quédese un minuto. Hoy su transporte viene a usted." # score: trust +1 # score: safety +1 # why: Un pedido simple y tranquilo le da un motivo para quedarse sin ponerle una mano encima. Puede que igual se vaya, y eso le toca decidirlo a él.]
  {
  - variant == 2:
    Nico mira el autobús un largo rato. Luego se vuelve a sentar.
    Pone el teléfono boca abajo en la banca.
  - else:
    Nico mira hacia la ventanilla de objetos perdidos. Vea lo que vea ahí, se vuelve a sentar.
  }
  -> police_arrive
+ [No decir nada. Pararse donde pueda ver las puertas y la banca # score: safety +1 # score: observe +1 # why: Observar sin decir nada mantiene la calma y no lo presiona, pero lo deja adivinando qué está haciendo usted.]
  Nico se queda al final de la fila sin decidirse. Cuando el chofer hace la última llamada para abordar, sigue ahí.
  -> police_arrive
+ [Pararse delante de las puertas del andén 4 para que no pueda subir # score: safety -2 # score: choice -1 # myth: myth.security_rescues # why: Bloquear una puerta es retenerlo contra su voluntad. Lo asusta, no es su función, y la policía está a minutos.]
  Nico retrocede y se sienta en el piso junto a la pared, con la mochila en las piernas. No lo vuelve a mirar. # show: nico:anxious
  -> police_arrive

=== bag_taken ===
Usted extiende la mano para que le dé la mochila.
Nico se echa hacia atrás. El vaso de agua se cae. # show: nico:anxious
{
- variant == 1:
  El joven de la chamarra deportiva roja ya viene cruzando la sala. Toma a Nico del brazo y lo lleva rápido hacia las puertas principales. # show: ash:impatient
- else:
  Nico corre hacia las puertas principales con la mochila. Afuera, un carro se detuvo junto a la banqueta con la puerta del copiloto abierta.
}
# requires: emergency
-> danger

=== confronted ===
# show: ash:impatient
El joven de la chamarra deportiva roja lo mira a usted, y luego a Nico, detrás de usted.
Estoy esperando un autobús. ¿Algún problema? # speaker: ash
Hace una llamada mientras camina. Para cuando usted se da la vuelta, ya tiene a Nico del brazo y lo lleva hacia las puertas principales. Afuera, un carro se detuvo junto a la banqueta con la puerta del copiloto abierta.
# requires: emergency
-> danger

=== danger ===
Nico no se resiste. Va a donde lo llevan. # show: nico:anxious
+ [Mantener la distancia, marcar al {emergency_number} y darles el carro y su placa # score: safety +3 # score: report +2 # action: emergency # why: Un menor al que meten en un carro en el que quizá no quiere subir está en peligro inmediato. La distancia le da seguridad a usted, y lo que usted ve es lo que la policía va a necesitar.]
  -> called_emergency
+ [Gritar desde el otro lado de la sala: "¡Nico! ¡No tiene que irse con él!", e ir tras ellos # score: safety -2 # score: trust -1 # why: Gritar obliga a Nico a decidir delante de la gente a la que le tiene miedo, y les dice que se apuren. No acerca la ayuda: la llamada de emergencia sí.]
  Nico no voltea. Caminan más rápido.
  -> car_gone
+ [Correr tras ellos y meterse entre él y el carro # critical: detain_or_rescue # score: safety -3 # why: Meterse entre un menor y un carro puede lastimarlos a los dos, y no detiene el carro. Llame, mantenga la distancia y sea testigo.]
  -> car_gone
+ [Llamar por radio a {escalation_first} y preguntarle al centro de control qué quiere que haga # critical: no_emergency_call # score: safety -2 # why: Un menor al que se llevan a algún lado en este momento necesita primero el número de emergencias. El centro de control va justo después.]
  -> car_gone

=== called_emergency ===
Usted llama al {emergency_number} y dice lo que ve: llevan a un muchacho de dieciséis años hacia un carro junto a la banqueta, el color, la placa.
{
- variant == 1:
  En la banqueta, Nico se detiene. El joven de la chamarra deportiva mira su teléfono, suelta el brazo de Nico y se va caminando por la calle. # hide: ash
  El carro arranca sin ninguno de los dos.
- else:
  Nico se sube al carro. Arranca, y usted le lee la placa a quien atiende la llamada mientras se aleja. # hide: nico
}
# ending: emergency_called; Se llamó al número de emergencias mientras pasaba
La policía llega en minutos. Usted les da la placa y las horas.
-> file_report(-> epilogue_emergency)

=== car_gone ===
Para cuando usted termina, el carro ya se fue, y Nico con él. Vio el color, no la placa. # hide: nico # hide: ash
# ending: car_left; El carro se fue con Nico
-> file_report(-> epilogue_gone)

=== police_arrive ===
# show: nico:guarded
Dos agentes de policía entran por las puertas principales. Una persona de {child_protection_name} viene diez minutos detrás.
Usted los recibe junto al quiosco, donde Nico no puede oír.
{variant == 1: El joven de la chamarra deportiva roja ya no está en la ventanilla de objetos perdidos. Nadie lo vio irse. # hide: ash}
Un agente le pregunta cómo describiría lo que está pasando.
+ ["Un muchacho que mueve drogas para una pandilla, apuesto lo que sea. Esa mochila seguro está llena, y tenía lista una historia de medio día de clases. Van a querer revisarlo." # score: culture -2 # score: trust -1 # myth: myth.offender_not_victim # why: Nadie ha visto lo que hay en la mochila, y llamarlo mensajero de drogas lo pone en el lugar del delincuente. Lo que usted vio es un menor al que quizá usan personas adultas.]
  -> handover_labelled
+ ["Dieciséis años, solo, con boletos que compra otra persona, y un teléfono que pide fotos de dónde está. Dice que debe, y que saben dónde vive su mamá. Nadie ha abierto la mochila." # score: document +2 # score: culture +1 # why: Hechos, sus propias palabras donde importan, y nada que usted no haya visto. Permite que la policía y protección de menores empiecen desde donde está él, como posible víctima.]
  -> handover
+ ["Tiene dieciséis años, y me preocupa. Omar lo ha visto tres martes." # score: document +1 # score: collaboration +1 # why: Es cierto y no juzga, y les señala un segundo testigo. La cuenta de los boletos y el teléfono les habrían ayudado a empezar.]
  -> handover

=== handover ===
El agente lo anota.
La persona de {child_protection_name} se sienta en el otro extremo de la banca de Nico, no muy cerca, y le dice algo que usted no alcanza a oír. Nico se encoge de hombros. Es un comienzo.
# ending: police_met; La policía y protección de menores recibieron a Nico en la terminal
-> file_report(-> epilogue_police)

=== handover_labelled ===
El agente lo anota y mira hacia la banca.
Nico oyó la palabra "drogas". Se pone la capucha y no le dice nada a nadie durante un buen rato. # show: nico:anxious
# ending: police_met; La policía y protección de menores recibieron a Nico en la terminal
-> file_report(-> epilogue_police)

=== epilogue_police ===
Al final del turno, {escalation_first} le dice que protección de menores está a cargo de Nico, y que la policía lo trata como una persona joven en riesgo, no como sospechoso.
Nadie le dice más que eso. Con una persona joven, es lo que corresponde saber.
-> aftermath

=== epilogue_emergency ===
El martes siguiente, la banca junto al andén 4 está vacía a las dos y cuarenta. Omar revisa dos veces.
-> aftermath

=== epilogue_gone ===
{
- report_action == "emergency" || report_action == "police":
  La policía tiene el color del carro, las horas de su informe y la cuenta de los boletos de la ventanilla 2.
- else:
  Hoy nadie fuera de la terminal se entera de lo de Nico.
}
-> aftermath

=== aftermath ===
{
- report_action == "emergency":
  Su informe va a la policía. Un agente lo llama al día siguiente para repasar las horas con usted.
- report_action == "police":
  {escalation_first} lee su informe y confirma que la policía y {child_protection_name} lo tienen.
- report_action == "hotline":
  {escalation_first} lee su informe. Fue a {hotline_name}, pero con un muchacho de dieciséis años de por medio, la policía y {child_protection_name} lo necesitaban hoy.
- report_action == "supervisor":
  {escalation_first} lee su informe. Con un muchacho de dieciséis años de por medio, tenía que llegar más lejos, y más rápido.
- report_action == "log":
  Su informe va al registro del turno. Con un menor de por medio, una anotación en el registro no bastaba.
- else:
  Nada de hoy queda en el registro.
}
Omar dice que va a estar pendiente de la banca los martes. Usted le pide que lo llame a usted, no que se acerque él solo.
-> END
