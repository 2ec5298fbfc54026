// translation-of: sha256:ff7ebe435fbc0df8
# grammar: 1
# id: transit.stranded_after_dark
# title: Turno de noche: sin forma de volver a casa
# setting: transit
# summary: Un domingo oscuro por la noche en la terminal de autobuses. Un muchacho de unos dieciséis años lleva dos horas junto a la misma banca, sin abrigo, sin dinero y sin forma de volver a casa, y un carro no deja de dar vueltas por el camino de servicio. Manténgalo seguro, y haga que intervengan las personas indicadas antes de que cierre la sala.
# minutes: 12
# situation: sex_trafficking
# minor: yes
# variants: 2
# content_note: Esta historia trata de un muchacho de dieciséis años al que un conocido mayor trató de presionar para que vendiera sexo, y de una joven a la que quizá otras personas están vendiendo cerca de la terminal. No se muestra ni se describe nada sexual. En un camino, un hombre agarra del brazo al muchacho. Puede tomar una pausa en cualquier momento.
# focus: Una persona joven que se quedó varada después de decir que no, y lo que usted ve por las puertas de atrás mientras espera la ayuda
# character: nell; Nell; La agente de boletos de la ventanilla 2, de unos sesenta años, con lentes para leer colgados de un cordón y un humor seco. Su compañera esta noche.
# character: kit; Kit; Muchacho de dieciséis años con una sudadera gris delgada, una mochila deportiva de la escuela y sin abrigo.
# character: shay; Shay; Hombre de unos veinticinco años con un conjunto deportivo oscuro y las llaves del carro en la mano. Dice que es amigo del primo de Kit.
# distractor: not.tired_or_shy
# distractor: not.cheap_clothes
# distractor: not.late_arrival
# teaches: myth.only_women
# teaches: myth.offender_not_victim
# teaches: myth.initial_consent
# teaches: myth.trauma_story_changes

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

-> start

=== start ===
# phase: briefing
# bg: bus_station_hall
# ambience: bus_station
# show: nell:calm
Son las ocho menos diez de un domingo a fines de noviembre. Está oscuro desde las cuatro y media.
Usted está en el turno de noche para {org_name} en la terminal de autobuses Crossways. La sala cierra a las diez.
Nell, en la ventanilla 2, se levanta los lentes y le hace una seña para que se acerque.
El muchacho junto a la banca del fondo, el de la sudadera gris. Está ahí desde antes de las seis. # speaker: nell
El autobús a Eastbury salió a las siete y cuarto. Lo vio irse y no se subió. # speaker: nell
Y ese hatchback plateado volvió a pasar por el camino de servicio. Tercera vez esta noche. # speaker: nell
+ ["Los muchachos pierden el autobús todo el tiempo. Ya verá cómo se las arregla." # score: observe -1 # why: Perder un autobús es normal. Dos horas en la sala sin forma de volver a casa, un domingo por la noche con la sala a punto de cerrar, es una persona joven que podría estar en problemas.]
  ¿Un domingo en la noche? ¿Sin abrigo? # speaker: nell # show: nell:guarded
  Hágame caso. No le quite el ojo de encima. # speaker: nell
+ ["Voy a salir atrás a decirle a ese carro que se vaya." # score: safety -2 # myth: myth.security_rescues # why: Mover el carro pone en alerta a quien va adentro y lo manda a donde nadie vigila. Mejor anote las horas y la placa y páselas.]
  Y luego se va a la vuelta de la esquina, donde no lo vemos. # speaker: nell # show: nell:guarded
  Anótelo. Eso sirve más. # speaker: nell
+ ["Anote las horas. Yo recorro la sala." # score: observe +1 # score: document +1 # why: Observar con calma y tomar notas simples, en el momento, es la base de un informe útil.]
  Bien. Le grito si se va a algún lado. # speaker: nell
+ ["¿El centro de control puede poner una cámara en el camino de servicio?" # score: document +1 # why: Una cámara deja registro sin que nadie se acerque al carro. Recorrer usted también la sala le habría permitido ver al muchacho de cerca.]
  Voy a preguntar. Allá afuera solo tienen una, y apunta a los autobuses. # speaker: nell
- Usted anota la hora y lo que dijo Nell. # requires: log
  -> hall

=== hall ===
# phase: observe
# show: kit:guarded
Empieza una ronda lenta por la sala. Mire, pero sin quedarse mirando.
A lo largo de la pared izquierda, tiene tiempo para mirar bien una sola cosa.
+ {variant == 1} [Mirar al muchacho junto a la banca del fondo # observe: far_bench # reveals: transit.recruiter_at_terminal]
  Un muchacho de unos dieciséis años está parado al final de la banca del fondo, con una mochila deportiva al hombro, mirando las salidas.
  La joven sentada en la banca está metida en su teléfono, con su mochila al lado. No viene con él.
  Un hombre con un abrigo largo gris, que no ha comprado ningún boleto en toda la noche, se le acerca.
  Le pregunta si perdió su autobús. Le dice que tiene un sillón, y que lo puede llevar a su casa en la mañana. Sin costo.
  El muchacho niega con la cabeza y se aparta.
  El hombre escribe un número en un horario, lo mete entre las tablas de la banca junto a él y sale al estacionamiento.
+ {variant == 2} [Mirar al muchacho junto a la banca del fondo # observe: far_bench # reveals: transit.few_belongings_wrong_clothes]
  Un muchacho de unos dieciséis años está parado solo al final de la banca del fondo, con una sudadera delgada. Sin abrigo. Una mochila deportiva al hombro.
  Cuenta unas monedas en la palma de la mano, mira los precios del quiosco y se vuelve a guardar las monedas en el bolsillo.
  Afuera hace treinta y siete grados Fahrenheit, y lleva dos horas aquí.
+ [Revisar la ventanilla de objetos perdidos # observe: lost_property # reveals: nothing]
  Una estudiante universitaria con bufanda firma para recoger un cargador de teléfono que dejó el viernes.
  El empleado le pide el nombre de la cuenta. Ella lo da, luego se ríe y corrige cómo se escribe.
+ [Mirar la reserva en la pantalla de Nell # observe: ticket_window # reveals: transit.ticket_bought_by_other # ambiguous: transit.stranded_after_refusal]
  Nell gira la pantalla hacia usted. Buscó el nombre del muchacho cuando él se acercó a la ventanilla.
  Un boleto juvenil, de Eastbury a aquí, para el viernes en la tarde, comprado en línea por alguien llamado S. Marsh.
  Vino a la ventanilla y preguntó si lo podía cambiar para esta noche. No hay nada que cambiar. Era solo de ida. # speaker: nell
  Preguntó cuánto cuesta un boleto de regreso, contó su cambio y volvió a la banca. # speaker: nell
  Dijo que un amigo se lo compró. Y su amigo no está aquí, ¿verdad? # speaker: nell
+ [Mirar el tablero de salidas # observe: departure_board # reveals: nothing]
  Ya salieron todos los autobuses del tablero, menos el de las 8:30 al aeropuerto. El siguiente a Eastbury sale mañana a las 6:05.
  Debajo del tablero, un hombre con chaqueta de trabajo discute en voz baja por teléfono. Lo dejaron sin transporte. Pide un viaje por aplicación y se sienta a esperar.
+ [Seguir hacia la banca del fondo]
- -> approach

=== approach ===
# phase: talk
A las nueve, usted recorre la sala avisando a la gente que se cierra a las diez.
Al acercarse a la banca del fondo, el muchacho ve su uniforme y da un paso atrás. # show: kit:anxious
Ya me voy, ya me voy. No estoy haciendo nada. # speaker: kit # indicator: transit.fear_of_uniforms
De cerca parece tener dieciséis años cuando mucho. Una sudadera delgada, sin abrigo, una mochila deportiva, y nada más. # indicator: transit.few_belongings_wrong_clothes # requires: police # discuss: Parece menor de 18 y no tiene a dónde ir esta noche. ¿Qué quiere saber, y qué no necesita preguntar?
+ ["Aquí no puede dormir, ¿sabe? ¿Dónde debería estar esta noche? Enséñeme una identificación, por favor." # score: trust -2 # score: safety -1 # why: Tratarlo como alguien que merodea, y pedirle una identificación que quizá no tiene, le dice a una persona joven asustada que usted es un problema más. Deja de hablar.]
  -> shut_down
+ [Quedarse donde está. "La sala cierra a las diez. El quiosco está abierto hasta las nueve y media si quiere calentarse." # score: trust +2 # score: safety +1 # why: Las mismas palabras que recibe todo el mundo, con algo caliente de por medio, le quitan la amenaza al uniforme y lo dejan libre de decir más o de no decir nada.]
  -> talk_ok
+ ["Oiga, no está en problemas. ¿Tiene cómo volver a casa esta noche?" # score: trust +1 # score: safety +1 # why: Decirle que no está en problemas y preguntar lo único que importa es razonable. Pero una pregunta directa a alguien que acaba de dar un paso atrás todavía puede sentirse como una prueba, así que empezar con algo más fácil quizá lo habría mantenido hablando más tiempo.]
  -> talk_ok
+ ["¿Usted es de los que trabajan con ese carro plateado?" # critical: labelling_question # score: trust -2 # myth: myth.offender_not_victim # why: Una pregunta así suena a acusación y le pone una etiqueta. Una persona joven a la que presionan para vender sexo es una víctima, no un delincuente, y no la va a contestar.]
  -> labelled

=== talk_ok ===
Mira hacia las puertas principales, y luego a usted. # show: kit:guarded
Perdí mi autobús. Ya veré qué hago. # speaker: kit
+ ["¿Quiere un chocolate caliente y algo de comer mientras ve qué hace? Yo invito." # score: trust +1 # score: safety +1 # why: Algo caliente y comida atienden una necesidad real, sin pedir nada a cambio, y le dan un motivo para quedarse donde la gente lo puede ver.]
  -> food
+ ["Está bien. Pues tiene que resolver algo antes de las diez." # score: choice -1 # score: safety -1 # why: Esto deja a una persona joven sin dinero sola ante una noche en la calle. Preguntar qué le ayudaría, y ofrecerle algo caliente, no cuesta nada.]
  Se recarga en el extremo de la banca y se pone la capucha. # show: kit:guarded
  -> decide_quiet

=== food ===
Usted regresa con un chocolate caliente y un sándwich de queso. Se come el sándwich en cuatro bocados. # show: kit:guarded # indicator: transit.malnourished_drugged
Perdón. No he comido desde ayer. # speaker: kit
Usted se queda a un poco de distancia de él, mirando hacia la sala, no hacia él.
+ ["¿Qué pasó esta noche? Solo me cuenta lo que quiera contar." # score: trust +1 # score: choice +1 # why: Una pregunta abierta le deja decidir qué contar, y decirle que puede parar le devuelve algo de control.]
  -> disclosure
+ [No decir nada por un rato. Dejar que se lo tome. # score: trust +1 # why: Una compañía tranquila sin preguntas puede ser lo que permite que una persona joven hable. Pero también gasta un tiempo que quizá no tenga antes de las diez, así que una pregunta abierta poco después habría ayudado.]
  -> silence
+ ["¿Qué querían exactamente que hiciera? ¿Quiénes eran los hombres de los carros?" # score: trust -2 # critical: interrogate_victim # why: Las preguntas por detalles o por curiosidad hacen que una persona joven lo vuelva a vivir, y la policía y protección de menores preguntarán lo que necesiten después, con las personas indicadas presentes. Pregunte solo lo que lo mantiene seguro ahora.]
  -> details_asked
+ ["Si ha estado haciendo cosas por dinero allá atrás, podría estar en un problema serio. Mejor cuénteme todo." # critical: threaten_arrest_or_immigration # score: trust -2 # score: safety -1 # myth: myth.offender_not_victim # why: Amenazar con problemas es lo que los explotadores les dicen a los jóvenes que hará la policía. Es un menor que quizá es víctima, y una amenaza así asegura que nunca se lo cuente a nadie.]
  -> threatened

=== silence ===
Se toma la mitad. Por los altavoces pasa un anuncio de autobuses. # sound: pa_chime
No fue que perdí el autobús. Nunca tuve boleto de regreso. # speaker: kit
No dice nada más por un rato.
-> disclosure

=== disclosure ===
Sostiene el vaso con las dos manos.
{not silence:
  En realidad nunca tuve boleto de regreso. # speaker: kit
}
Vine a quedarme con un amigo de mi primo. El fin de semana. Salió mal. # speaker: kit
Él tiene mi cartera. Mi identificación, mi tarjeta. # speaker: kit # indicator: transit.companion_holds_documents_ticket
También tuvo mi teléfono todo el fin de semana. # speaker: kit # indicator: transit.restricted_monitored_movement
Se detiene. Mira las puertas del andén, no a usted.
+ ["No tiene que contarme nada más. ¿Él va a volver aquí por usted esta noche?" # resolves: transit.stranded_after_refusal # score: safety +2 # why: Una pregunta sobre su seguridad esta noche es todo lo que necesita. Le dice que usted no va a escarbar, y su respuesta le dice a usted para qué prepararse.]
  -> disclosure_safety
+ ["No está bien que él se quede con sus cosas. Tómese su tiempo." # score: trust +1 # why: Nombrar lo que estuvo mal y darle tiempo lo respeta. Tal vez diga más, pero usted todavía no sabe si alguien va a volver por él esta noche, que es lo que necesita saber.]
  -> disclosure_time

=== disclosure_safety ===
A lo mejor. Shay. Tiene carro. # speaker: kit
Quería que yo... Había tipos en carros allá atrás que iban a pagar. Le dije que no. # speaker: kit
Entonces dijo que me fuera caminando a mi casa. # speaker: kit # indicator: transit.stranded_after_refusal
-> disclosure_end

=== disclosure_time ===
Al principio fue amable. Luego dijo que le debía. Por el boleto y la comida. # speaker: kit
Esta noche me trajo aquí en su carro. Dijo que había una forma de pagarlo, allá atrás. Le dije que no. # speaker: kit
Dijo que bueno, que me fuera caminando a mi casa. # speaker: kit # indicator: transit.stranded_after_refusal
-> disclosure_end

=== disclosure_end ===
No sé en qué calle está su casa. Ni siquiera sé qué día yo... # speaker: kit # indicator: transit.unsure_destination_or_contact
Niega con la cabeza, como si se le hubiera ido el resto de la frase.
Yo fui allá por mi cuenta. Así que es mi culpa, ¿no? # speaker: kit
No llame a mi mamá. Y no llame a la policía. No he hecho nada. # speaker: kit # show: kit:anxious # discuss: Dice que fue decisión suya ir, no recuerda partes del fin de semana, y le ruega que no llame a nadie. ¿Qué le dice, y qué hace?
-> tell_him

=== details_asked ===
Deja el vaso. # show: kit:anxious
Nada. Olvídelo. No quiero hablar de eso. # speaker: kit
Se pone la capucha y mira al piso.
-> decide_quiet

=== threatened ===
Se pone pálido. # show: kit:anxious
¡No he hecho nada! ¡Dije que no! # speaker: kit
Es todo lo que dice. Se pone la capucha y mira hacia las puertas principales.
-> decide_quiet

=== shut_down ===
No tengo identificación. Olvídelo. # speaker: kit # show: kit:anxious
Toma su mochila y camina hacia las puertas principales.
-> closing

=== labelled ===
Se le queda mirando. Se pone rojo. # show: kit:anxious
¿Qué? ¡No! Yo no... # speaker: kit
Agarra su mochila y se aleja a lo largo de la pared, lo más lejos de usted que puede.
No lo vuelve a mirar.
-> decide_quiet

=== tell_him ===
# phase: act
+ ["Está bien. No le voy a decir a nadie, se lo prometo. Lo subimos al primer autobús de las seis y ya." # critical: promise_cannot_keep # score: safety -2 # score: report -1 # why: A un muchacho de dieciséis años al que presionaron para vender sexo hay que pasarlo a la policía y a protección de menores. Una promesa que tendrá que romper le enseña que quienes ayudan mienten, y una noche solo en la ciudad lo deja otra vez al alcance del hombre que le hizo esto.]
  -> first_bus
+ [Decirle las cosas claras: tiene dieciséis años, así que esta noche se llama a la policía y a protección de menores. Preguntarle dónde prefiere esperar. # score: trust +2 # score: report +1 # score: safety +1 # action: police # why: Su seguridad no puede esperar a que él esté de acuerdo, pero decírselo antes de actuar, y dejarle elegir lo que pueda, mantiene su confianza.]
  -> escalate_honest
+ [No decir nada todavía. Apartarse donde no lo vea y llamar por radio a {escalation_first} para pedir policía y protección de menores, y luego volver y decirle que viene ayuda. # score: report +1 # score: safety +1 # score: trust -1 # action: police # why: Pasar el caso más arriba es correcto, y llamar primero significa que él no lo puede convencer de no hacerlo. Pero se entera después, y una persona joven que se siente engañada quizá no confíe en la siguiente persona que quiera ayudarle. Decírselo primero también suele hacer que se quede.]
  -> escalate_after
+ ["Vamos atrás a buscar ese carro. Le quitamos su cartera." # critical: confront_controller # score: safety -3 # myth: myth.security_rescues # why: Ir tras el hombre le avisa que lo notaron, los pone en peligro a usted y a Kit, y puede arruinar un caso policial más adelante. Mantenga a Kit seguro donde está y pase lo que sabe.]
  -> car_hunt

=== escalate_honest ===
Le dije que no. # speaker: kit # show: kit:anxious
Lo sé. Usted no ha hecho nada malo. Se trata de que esta noche esté seguro, no de meterlo en problemas. # speaker: officer
Mira las puertas un largo rato. Luego toma su mochila y sigue a Nell a la sala del personal. Ella deja la puerta abierta. # hide: kit
Usted se aparta donde no lo vean y llama por radio a {escalation_first}.
-> radioed

=== escalate_after ===
Usted va detrás del quiosco y llama por radio a {escalation_first}. Luego vuelve a la banca.
Viene gente que le puede ayudar esta noche. La policía, y alguien de protección de menores. # speaker: officer
Usted dijo que no iba a... No dijo nada. Nada más lo hizo. # speaker: kit # show: kit:anxious
No se va. Pero se sienta en el otro extremo de la banca, y no lo vuelve a mirar. Nell le trae otro chocolate caliente.
-> radioed

=== radioed ===
Lo dice en pocas palabras. Un muchacho de dieciséis años, sin dinero, sin identificación, sin forma de volver a casa. Un hombre mayor que se quedó con su teléfono y su cartera y quería que vendiera sexo. Un hatchback plateado en el camino de servicio.
La llamada pasa a la policía y a protección de menores. La policía dice que llegará en menos de media hora.
-> bay_doors

=== decide_quiet ===
# phase: act
Ahora no le habla. Pero usted sabe lo que vio. # discuss: No quiere hablar con usted. ¿Es eso un motivo para hacer menos, o más?
Un muchacho que parece tener unos dieciséis años, sin abrigo, sin dinero, sin forma de volver a casa, y un carro que da vueltas por el camino de servicio.
+ [Dejarlo en paz. Si sigue aquí a las diez, se tendrá que ir como todos. # score: safety -2 # score: report -1 # why: Una persona joven sin a dónde ir, sola de noche cerca de un carro que no deja de dar vueltas, necesita que intervengan las personas indicadas esta noche, no una puerta cerrada.]
  -> closing
+ [Llamar por radio a {escalation_first} desde detrás del quiosco: menor de 18, solo, sin dinero, sin forma de volver a casa. Pedir policía y protección de menores. # score: report +2 # score: safety +1 # action: police # why: No necesita que él le diga nada. Una persona joven tan vulnerable, sola de noche con un carro dando vueltas afuera, se pasa más arriba ahora.]
  Nell le lleva un chocolate caliente y se queda cerca con su crucigrama.
  La llamada pasa a la policía y a protección de menores. La policía dice que llegará en menos de media hora.
  -> bay_doors

=== bay_doors ===
Usted va a las puertas del andén 4 para esperar la patrulla. Desde aquí se ve el camino de servicio.
Más allá del autobús estacionado, bajo la única lámpara amarilla, el hatchback plateado se detuvo.
Se baja una joven, con la capucha puesta, sin abrigo. No parece mayor que Kit.
Otro carro se para detrás. Ella se inclina en la ventanilla del conductor, y luego se sube. # indicator: transit.commercial_sex_around_terminal # requires: emergency
El hatchback plateado espera, con el motor encendido. # discuss: La policía ya viene por Kit. ¿Lo que acaba de ver cambia lo que usted hace, y qué tan rápido?
+ [Llamar por radio a {escalation_first} y agregarlo a la llamada a la policía que ya está en curso # score: safety -1 # score: report +1 # why: Al final llega a la policía, pero pasa por una segunda persona mientras ella está en el carro de un desconocido. Una posible menor a la que venden en este momento es una emergencia: llame usted directamente al número de emergencias, y luego avise a su supervisor.]
  -> bay_relayed
+ [Llamar al {emergency_number} ahora # score: safety +3 # score: report +2 # action: emergency # why: Una joven que podría ser menor de 18 y que se sube al carro de un desconocido detrás de la terminal es una posible menor a la que están vendiendo con fines sexuales en este momento. Es una emergencia: llame primero, desde adentro, y sea el mejor testigo posible.]
  -> bay_called
+ [Salir por las puertas y detenerla antes de que arranque el carro # critical: detain_or_rescue # score: safety -3 # myth: myth.security_rescues # why: Acercarse a los carros puede lastimarla a ella y a usted, y les dice a los dos conductores que se vayan. Quédese adentro, llame al número de emergencias y observe.]
  -> bay_rushed
+ [Anotar la hora, los carros y las letras de la placa. De todos modos la policía llega pronto # score: safety -2 # score: document +1 # why: Las buenas notas importan, pero ella ya está en el carro de un desconocido, y la policía que viene por Kit no lo sabe. Primero llame al número de emergencias, luego anótelo.]
  -> bay_noted

=== bay_called ===
Usted se queda adentro de las puertas y llama al {emergency_number}.
Dice lo que ve: una muchacha que podría ser menor de 18, un hatchback plateado esperando, un segundo carro al que ella se subió, hacia dónde se fue.
Quien atiende la llamada lo mantiene en la línea. Usted lee la placa del hatchback.
Nadie corre. El conductor del hatchback se baja, mira su teléfono y se va caminando sin prisa hacia el frente del edificio. Nunca mira las puertas.
Seis minutos después, una patrulla entra al camino de servicio, con las luces apagadas, y espera junto a la lámpara a que vuelva el segundo carro.
-> shay_back

=== bay_relayed ===
Usted usa el radio. {escalation_first} tarda unos segundos en responder, y más en pasar la llamada.
El conductor del hatchback se baja y se va caminando sin prisa hacia el frente del edificio.
Para cuando una patrulla entra al camino de servicio, el segundo carro ya volvió, y la joven se está bajando.
La policía lo detiene al final del camino. Tuvo suerte con los minutos.
-> shay_back

=== bay_noted ===
Usted anota la hora, los colores y las letras de la placa que alcanza a leer.
Once minutos después, el segundo carro la deja otra vez bajo la lámpara y se va. Ella se aleja caminando por el camino de servicio, sola.
El conductor del hatchback se baja y se va caminando sin prisa hacia el frente del edificio.
-> shay_back

=== bay_rushed ===
Usted sale empujando las puertas. # sound: door_slide
El segundo carro arranca con ella adentro antes de que usted llegue a la mitad. El hatchback lo sigue, rápido.
El conductor del hatchback lo mira desde debajo de la lámpara, y luego arranca despacio tras él.
Usted ve el color de los dos carros, y ninguna placa. Solo ahora llama al {emergency_number}.
Dos agentes de policía entran a las diez menos veinte, por Kit, y después una trabajadora de protección de menores. Usted les cuenta todo, y hacia dónde se fueron los carros.
La trabajadora de protección de menores se sienta con Kit en la sala del personal. Usted no está en la sala. # show: kit:guarded
# ending: bay_lost; Kit quedó a salvo, pero a la joven se la llevaron en carro
Nadie sabe a dónde fue.
-> file_report(-> epilogue_police)

=== shay_back ===
{bay_called: Mientras la policía habla con el conductor en el camino de servicio, se|Se} abren las puertas principales. # sound: door_slide # show: shay:calm
Entra un hombre con un conjunto deportivo oscuro, con las llaves del carro en una mano y una cartera café en la otra, y va directo a la ventanilla 2.
{variant == 2: ¿Dónde está el muchacho? Flaco, sudadera gris. Viene conmigo. # speaker: shay|Hola. Estoy buscando a mi primito. Un muchacho flaco, sudadera gris. Se perdió un poco. # speaker: shay}
Aquí tengo su cartera. La va a necesitar. # speaker: shay # indicator: transit.companion_holds_documents_ticket
Nell lo mira a usted por encima de los lentes. # discuss: El hombre del que habló Kit está en la ventanilla, con su cartera en la mano. ¿Cuál es su trabajo ahora?
+ ["La policía viene en camino, amigo. Van a querer hablar con usted de lo que ha estado haciendo allá atrás." # critical: confront_controller # score: safety -2 # why: Advertirle le da todos los motivos para irse ya, antes de que la policía pueda hablar con él. Mantenga todo normal hasta que llegue la ayuda.]
  -> shay_warned
+ [Pedirle que le deje la cartera a Nell, para que le llegue al muchacho # score: safety -1 # score: trust +1 # why: Kit necesita que le devuelvan su identificación, y el pedido suena a ayuda. Pero le dice a Shay que el personal sabe quién es el muchacho, y la policía puede recuperar la cartera. Mantenerse al margen era más seguro.]
  -> shay_wallet
+ [Dejar que Nell lo atienda como a cualquiera. Quedarse donde está y anotar lo que dice y lo que lleva # score: safety +2 # score: document +1 # why: Con el hombre mismo en la ventanilla, usted no interviene y no muestra interés. La respuesta de rutina de Nell no le da nada, y sus notas van a la policía, que está a minutos.]
  -> shay_leaves

=== shay_wallet ===
Mira a Nell, y luego a usted. Entrecierra los ojos. # show: shay:guarded
Así que lo han visto. # speaker: shay
Se vuelve a guardar la cartera en el bolsillo.
Yo se la doy en persona. # speaker: shay
-> shay_leaves

=== shay_leaves ===
No puedo dar información de los pasajeros, joven. La sala cierra a las diez. # speaker: nell
Él da golpecitos en el mostrador. # show: shay:impatient
{variant == 2: Dígale que salga al carro. No voy a esperar toda la noche. # speaker: shay|Como sea. Si aparece, dígale que Shay está afuera. # speaker: shay}
Sale a la banqueta y se queda junto a las puertas, fumando, sin ninguna prisa. # sound: door_slide # hide: shay
Dos agentes de policía entran a las diez menos veinte. Poco después llega una trabajadora de protección de menores.
Usted los recibe junto al quiosco. Les da las horas, las placas, lo que vio en el andén 4, y lo que dijo Kit, con sus palabras. Les señala al hombre de afuera.
Ellos se hacen cargo. Uno sale a la banqueta. La trabajadora de protección de menores se sienta con Kit en la sala del personal. Usted no está en la sala. # show: kit:guarded
{escalate_after: Kit no lo mira cuando se va.|Más tarde, Kit sale con ella. Le hace un gesto con la cabeza, una vez.}
# ending: police_came; Llegaron la policía y protección de menores, y Kit quedó a salvo
Usted cierra la sala a las diez, como siempre.
-> file_report(-> epilogue_police)

=== shay_warned ===
Su cara se queda inmóvil. # show: shay:impatient
No sé de qué me habla. # speaker: shay
Sale y se sube a un carro junto a la banqueta sin apurarse. Arranca antes de que la policía llegue al frente. # sound: door_slide # hide: shay
Diez minutos después entran dos agentes de policía. Usted les cuenta lo que vio, y hacia dónde se fue el carro. # show: kit:guarded
Llega una trabajadora de protección de menores y se sienta con Kit en la sala del personal. Usted no está en la sala.
# ending: car_warned; Kit quedó a salvo, pero Shay se escapó
Nadie sabe a dónde fue.
-> file_report(-> epilogue_warned)

=== first_bus ===
Suelta el aire. # show: kit:relieved
Está bien. Gracias. # speaker: kit
Usted le cuenta el plan a Nell. Ella frunce el ceño, pero no dice nada.
A las diez cierra la sala. La zona de espera nocturna es una parada de autobús techada junto a las puertas principales.
-> closing

=== car_hunt ===
Usted sale por las puertas del andén y rodea el autobús por detrás. # sound: door_slide
El hatchback plateado se está alejando de la lámpara cuando usted llega. Usted toca la ventanilla del conductor.
El hombre de adentro lo mira, se ríe y arranca. En el asiento del copiloto va una joven. Usted ve el color, no la placa.
Cuando vuelve a la sala, el muchacho ya se fue. # hide: kit
Salió por el frente en cuanto usted se fue. Dijo que usted lo iba a empeorar. # speaker: nell # show: nell:anxious
# ending: walked_out; Kit se fue solo de la terminal
Usted llama a {escalation_first}. Ya no queda nadie en la sala a quien mantener seguro.
-> file_report(-> epilogue_walked)

=== closing ===
A las diez menos veinte, el hatchback plateado se para junto a la banqueta, afuera de las puertas principales. # sound: door_slide
Se baja un hombre con un conjunto deportivo oscuro, con las llaves del carro en una mano y una cartera café en la otra. # show: shay:impatient
{variant == 2: Ahí estás. Súbete al carro. Ya. # speaker: shay|Ahí estás, amigo. Ándale, yo te llevo a tu casa. Sin rencores. # speaker: shay}
El muchacho retrocede. El hombre lo agarra del brazo. # show: kit:anxious
-> danger

=== danger ===
# phase: act
Jala al muchacho hacia el carro. Una joven mira desde el asiento del copiloto. # requires: emergency
¡Suélteme! ¡Le dije que no! # speaker: kit
+ [Llamar por radio a {escalation_first} y esperar instrucciones # critical: no_emergency_call # score: safety -2 # why: Cuando a alguien se lo llevan a la fuerza en este momento, primero va la llamada de emergencia. Avise a su supervisor justo después.]
  -> radio_wait
+ [Salir corriendo y jalar al muchacho para separarlo de él # critical: detain_or_rescue # score: safety -3 # myth: myth.security_rescues # why: Un forcejeo puede lastimarlo a él y a usted, y puede hacer más peligroso al hombre. Llame al número de emergencias, manténgase atrás y observe.]
  -> tug
+ [Desde adentro de las puertas, marcar al {emergency_number}, lo bastante fuerte para que él lo oiga # score: safety +2 # score: report +2 # action: emergency # why: La llamada es correcta. Que él la oiga a veces hace que un hombre suelte y a veces que se apure; esta noche le da unos segundos, y usted se queda fuera de su alcance.]
  -> called_emergency
+ [Marcar al {emergency_number} en voz baja desde adentro. Fijarse en la placa # score: safety +2 # score: report +2 # score: document +1 # action: emergency # why: La llamada es correcta, y quedarse callado observando consigue la placa y la dirección, que es lo que permite encontrarlo después. Usted no puede saber hacia dónde lo va a empujar una llamada que él vea.]
  -> called_quiet

=== called_emergency ===
Usted se detiene justo adentro de las puertas y llama al {emergency_number}, en voz alta.
El hombre lo oye. No lo suelta. Arrastra al muchacho dos pasos más hacia el carro.
Entonces el muchacho se zafa, deja su mochila y corre de vuelta por las puertas. El carro arranca. # hide: shay
Usted alcanza a ver la mitad de la placa.
-> after_call

=== called_quiet ===
Usted se detiene justo adentro de las puertas y llama al {emergency_number}, con voz baja y firme, leyendo la placa mientras habla.
El hombre abre la puerta del carro. El muchacho apoya un pie en el marco. Entra un autobús y sus luces los iluminan. # sound: door_slide
El hombre lo suelta, maldiciendo, y se sube. El carro arranca. Usted le da la dirección a quien atiende la llamada. # hide: shay
-> after_call

=== after_call ===
El muchacho se queda justo adentro de las puertas, sobándose el brazo. Está temblando.
Usted se queda a unos pasos y habla en voz baja.
La policía viene en camino. Usted no está en problemas. ¿Quiere esperar en la sala del personal, con Nell? # speaker: officer
Él asiente una vez. Nell abre la sala del personal. # show: nell:anxious
# ending: emergency; Llegó la policía, y el carro se fue sin él
Un agente de policía y una trabajadora de protección de menores se sientan con él en la sala del personal. Usted no está en la sala.
-> file_report(-> epilogue_emergency)

=== tug ===
Usted sale corriendo y agarra al muchacho del otro brazo.
Él grita, atrapado entre los dos. El hombre lo empuja a usted con fuerza, y los dos tropiezan. # show: kit:anxious
El muchacho se suelta de los dos y sale corriendo calle abajo, en la oscuridad. # hide: kit
El carro arranca rápido. # sound: door_close # hide: shay
Solo ahora llama al {emergency_number}. Le tiemblan las manos.
# ending: ran_off; Salió corriendo solo en la noche
Puede describir el carro. La placa pasó demasiado rápido.
-> file_report(-> epilogue_ranoff)

=== radio_wait ===
Usted usa el radio. {escalation_first} tarda unos segundos en responder.
Lo primero que oye es: llame al {emergency_number}, ya.
Para cuando marca, el hatchback plateado ya se fue, y el muchacho con él. # hide: shay # hide: kit
# ending: car_left; El carro se lo llevó
Vio el color. No vio la placa.
-> file_report(-> epilogue_carleft)

=== epilogue_police ===
{
- bay_called || bay_relayed:
  Una semana después, {escalation_first} le dice que Kit volvió con su familia, y que la joven del andén 4 tenía quince años. Está en un lugar seguro.
- else:
  Una semana después, {escalation_first} le dice que Kit volvió con su familia. Nadie sabe quién era la joven del andén 4.
}
Nadie le dice más que eso.
-> aftermath

=== epilogue_warned ===
Dos días después, la policía encuentra el hatchback plateado estacionado afuera de otra terminal. Está vacío.
-> aftermath

=== epilogue_walked ===
{
- report_action == "emergency" || report_action == "police":
  Gracias a su informe, la policía lo busca esa noche. Usted solo sabe que lo encontraron, helado, en una gasolinera junto a la autopista.
- else:
  Nadie sabe dónde pasó la noche.
}
-> aftermath

=== epilogue_emergency ===
La noche siguiente, Nell le pregunta si ha sabido algo. No ha sabido nada. Es lo normal.
-> aftermath

=== epilogue_ranoff ===
La policía busca por las calles alrededor de la terminal. A la mañana siguiente, usted se entera de que un muchacho llegó a un hospital al otro lado de la ciudad con la muñeca torcida. Nadie le puede decir si era él.
-> aftermath

=== epilogue_carleft ===
La policía tiene el color del carro y una descripción del conductor, pero no la placa.
-> aftermath

=== aftermath ===
{
- report_action == "emergency":
  Su informe va a la policía con el registro de la llamada. Un agente lo llama al día siguiente para repasar las horas con usted.
- report_action == "police":
  En el cambio de turno, {escalation_first} lee su informe y confirma que la policía y {child_protection_name} lo tienen.
- report_action == "hotline":
  En el cambio de turno, {escalation_first} lee su informe. Fue a {hotline_name}, pero con una persona joven de por medio, la policía y {child_protection_name} lo necesitaban de inmediato.
- report_action == "supervisor":
  En el cambio de turno, {escalation_first} lee su informe. Con una persona joven de por medio, tenía que haber llegado más lejos, y más rápido.
- report_action == "log":
  Su informe va al registro del turno. Con una persona joven de por medio, una anotación en el registro no bastaba.
- else:
  Nada de esta noche queda en el registro.
}
La historia de Kit cambió dos veces esta noche, y no podía decir qué día era. El miedo y la vergüenza le hacen eso a la memoria. No lo hace menos creíble.
El gerente de la terminal pide una cámara en el camino de servicio, y una luz sobre los últimos andenes.
Su turno termina a las once.
-> END
